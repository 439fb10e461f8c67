use status_registry::{Problem, Status, StatusRegistry};

#[derive(StatusRegistry, Clone, Copy)]
#[status_registry(serde, http, axum, problem, utoipa)]
enum Api {
    Ok,
    NotFund,
}

#[derive(StatusRegistry, Clone, Copy)]
#[status_registry(http)]
enum Open {
    #[status(404)]
    Missing,
    #[status(other)]
    Other(u16),
    #[status(4040)]
    Typo,
}

fn main() {
    // Only the derive's errors are reported; these uses compile against the stub impls, which
    // have the signatures of the real ones.
    let status = Api::try_from(200u16).ok();
    let _ = status.map(Status::code);
    let _ = Api::Ok.code();
    let _ = Api::try_from(status_registry::StatusCode::Ok);
    let _ = "Ok".parse::<Api>();
    let _ = http::StatusCode::from(Api::Ok);
    let _ = serde_json::to_string(&Api::Ok);
    let _ = axum::response::IntoResponse::into_response(Api::Ok);
    let _ = Problem::from(&Api::Ok);
    let _ = <Api as utoipa::IntoResponses>::responses();
    let _ = Open::from(http::StatusCode::NOT_FOUND);
    let _ = Open::from(404u16);
}
