fn main() {
    // The build script's side has no feature of its own; it may see the user's proc-macro's.
    assert_eq!(status_registry::StatusCode::from(404).code(), 404);
}
