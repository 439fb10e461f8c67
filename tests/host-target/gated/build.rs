fn main() {
    // The host side has nginx's codes.
    assert_eq!(status_registry::StatusCode::NginxClientClosedRequest.code(), 499);
}
