//! Error enums may borrow and be generic: members carry `&'a str` or a `T`, bounds and where
//! clauses are kept, and every impl the derive writes (status, code, reason, `From<&E>` for
//! `StatusCode` and `Problem`, axum's `IntoResponse`, utoipa's `IntoResponses`) carries them.

use std::fmt;

use status_registry::{Problem, StatusCode, StatusRegistry};

#[derive(StatusRegistry, Debug)]
#[status_registry(axum, problem, utoipa)]
enum Lookup<'a, E>
where
    E: fmt::Debug,
{
    NotFound(&'a str),
    #[status(503, reason = "Backend Unavailable")]
    Backend(E),
    #[status(400)]
    Invalid {
        field: &'a str,
    },
}

impl<E: fmt::Debug> fmt::Display for Lookup<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Lookup::NotFound(what) => write!(f, "no {what}"),
            Lookup::Backend(error) => write!(f, "backend: {error:?}"),
            Lookup::Invalid { field } => write!(f, "bad field {field}"),
        }
    }
}

/// Without `Display`, the enum still has its status; only the problem impls need the text.
#[derive(StatusRegistry, Debug)]
enum Bare<T: Clone + 'static> {
    #[status(409)]
    Conflict(T),
}

fn owned_name() -> String {
    "shelf".to_owned()
}

#[test]
fn borrowed_and_generic_members_have_their_status() {
    let name = owned_name();
    let missing: Lookup<'_, std::io::Error> = Lookup::NotFound(&name);
    assert_eq!((missing.code(), missing.reason()), (404, "Not Found"));
    assert_eq!(StatusCode::from(&missing), StatusCode::NotFound);
    let backend: Lookup<'_, &str> = Lookup::Backend("timeout");
    assert_eq!((backend.code(), backend.reason()), (503, "Backend Unavailable"));
    assert_eq!(backend.status(), StatusCode::ServiceUnavailable);
    let invalid: Lookup<'_, ()> = Lookup::Invalid { field: "isbn" };
    assert_eq!(invalid.code(), 400);
    assert_eq!(Bare::Conflict(vec![1]).code(), 409);
    assert_eq!(StatusCode::from(&Bare::Conflict(1u8)), StatusCode::Conflict);
}

#[test]
fn generic_members_become_problems_and_responses() {
    let name = owned_name();
    let problem = Problem::from(&Lookup::<'_, ()>::NotFound(&name));
    assert_eq!((problem.code(), problem.title(), problem.detail()), (Some(404), Some("Not Found"), Some("no shelf")));
    let problem = Problem::from(&Lookup::<'_, &str>::Backend("password rejected"));
    assert_eq!((problem.code(), problem.detail()), (Some(503), None), "a 5xx keeps its text");
    let invalid: Lookup<'_, ()> = Lookup::Invalid { field: "isbn" };
    let response = axum_core::response::IntoResponse::into_response(invalid);
    assert_eq!(response.status(), http::StatusCode::BAD_REQUEST);
    assert_eq!(response.headers()[http::header::CONTENT_TYPE], "application/problem+json");
    let responses = <Lookup<'_, ()> as utoipa::IntoResponses>::responses();
    let codes: Vec<&String> = responses.keys().collect();
    assert_eq!(codes, ["400", "404", "503"]);
}
