use status_registry::{Status, StatusRegistry};

#[derive(StatusRegistry, Clone, Copy)]
enum Api {
    Ok,
    NotFund,
}

fn main() {
    // Only the derive's error is reported; these uses compile against the stub impls.
    let status = Api::try_from(200u16).ok();
    let _ = status.map(Status::code);
    let _ = "Ok".parse::<Api>();
    let _ = http::StatusCode::try_from(Api::Ok);
    let _ = serde_json::to_string(&Api::Ok);
}
