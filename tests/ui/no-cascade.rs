use status_registry::{Status, StatusRegistry};

#[derive(StatusRegistry, Clone, Copy)]
#[status_registry(serde, http)]
enum Api {
    Ok,
    NotFund,
}

fn main() {
    // Only the derive's error is reported; these uses compile against the stub impls.
    let status = Api::try_from(200u16).ok();
    let _ = status.map(Status::code);
    let _ = Api::Ok.code();
    let _ = Api::try_from(status_registry::StatusCode::Ok);
    let _ = "Ok".parse::<Api>();
    let _ = http::StatusCode::try_from(Api::Ok);
    let _ = serde_json::to_string(&Api::Ok);
}
