use status_registry::{NonMember, StatusRegistry};

// An error enum is built from its values: no catch-all, and nothing that converts from codes.
#[derive(StatusRegistry, Debug)]
#[status_registry(serde)]
enum AppError {
    NotFound { id: u64 },
    #[status(other)]
    Other(NonMember<Self>),
}

// Its members are checked against the registry like any other; after the errors, uses of the
// enum and of its web impls add none of their own.
#[derive(StatusRegistry, Debug)]
#[status_registry(axum, problem, utoipa)]
enum Typos {
    NotFund { id: u64 },
    #[status(799)]
    Unknown(String),
}

impl std::fmt::Display for Typos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self, f)
    }
}

fn uses(typo: Typos) -> (u16, status_registry::StatusCode, status_registry::Problem, usize) {
    let problem = status_registry::Problem::from(&typo);
    let count = <Typos as utoipa::IntoResponses>::responses().len();
    let code = typo.code();
    let _ = axum_core::response::IntoResponse::into_response(typo);
    (code, status_registry::StatusCode::NotFound, problem, count)
}

fn main() {
    let _ = uses;
}
