//! salvo responses from the registry, read as raw bytes from a salvo server on 127.0.0.1 by the
//! checks every framework shares (`common::shelf`): the members as the errors of handlers that
//! return `Result<String, ShelfError>`, and as salvo's own `StatusError`, which its catcher
//! writes.

use salvo_core::conn::{Acceptor, Listener, TcpListener};
use salvo_core::http::StatusError;
use salvo_core::{Request, Router, Server, handler};
use status_registry::{Problem, StatusCode};

use crate::common::shelf::{Phrases, ShelfError, check_shelf, member, violations};
use crate::common::{Raw, raw_get};

/// salvo's own problem details (its `rfc9457` module), with free-form extension members.
type SalvoProblem = salvo_core::http::Problem<serde_json::Map<String, serde_json::Value>>;

/// The problem the `/salvo-problem` route sends through salvo's own type.
fn conflict() -> Problem {
    Problem::new(StatusCode::Conflict)
        .with_detail("taken")
        .with_instance("/shelves/attic")
        .with_extension("balance", 30)
}

#[handler]
fn nginx() -> StatusCode {
    StatusCode::from(499)
}

#[handler]
fn problem() -> Problem {
    Problem::new(StatusCode::Conflict).with_detail("taken")
}

#[handler]
fn salvo_problem() -> SalvoProblem {
    SalvoProblem::from(conflict())
}

#[handler]
fn error(req: &mut Request) -> Result<String, ShelfError> {
    Err(member(&req.param::<String>("name").unwrap_or_default()))
}

#[handler]
fn status_error(req: &mut Request) -> Result<String, StatusError> {
    Err(StatusError::from(member(&req.param::<String>("name").unwrap_or_default())))
}

async fn serve() -> std::net::SocketAddr {
    let router = Router::new()
        .push(Router::with_path("nginx").get(nginx))
        .push(Router::with_path("problem").get(problem))
        .push(Router::with_path("salvo-problem").get(salvo_problem))
        .push(Router::with_path("error/{name}").get(error))
        .push(Router::with_path("caught/{name}").get(status_error));
    let acceptor = TcpListener::new("127.0.0.1:0").bind().await;
    let addr = acceptor.holdings()[0].local_addr.clone().into_std().unwrap();
    tokio::spawn(Server::new(acceptor).serve(router));
    addr
}

#[test]
fn salvo_responses_and_errors_obey_the_registry() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let addr = serve().await;
        check_shelf(addr, Phrases::Registry, "/error", Phrases::Registry).await;

        // As salvo's `StatusError`, a member is written by salvo's catcher: the status and the
        // member's phrase as the error's name, a 4xx's text as its brief, a 5xx's kept back.
        let caught = |name: &'static str| async move { Raw::parse(&raw_get(addr, &format!("/caught/{name}")).await) };
        let response = caught("no-shelf").await;
        assert_eq!(response.line, "HTTP/1.1 404 Not Found");
        assert!(response.body.contains("No Such Shelf"), "{}", response.body);
        assert!(response.body.contains("there is no shelf called attic"), "{}", response.body);
        let response = caught("storage").await;
        assert_eq!(response.line, "HTTP/1.1 500 Internal Server Error");
        assert!(!response.body.contains("hunter2"), "{}", response.body);
        let response = caught("no-response").await;
        assert_eq!(response.line, "HTTP/1.1 500 Internal Server Error");
    });
}

/// A `Problem` converted to salvo's own and written by salvo reads back as the same problem, and
/// passes the crate's conformance check.
#[test]
fn a_problem_sent_as_salvos_own_reads_back_the_same() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let response = runtime.block_on(async {
        let addr = serve().await;
        Raw::parse(&raw_get(addr, "/salvo-problem").await)
    });
    assert_eq!(response.line, "HTTP/1.1 409 Conflict");
    assert_eq!(response.header("content-type"), Some(Problem::CONTENT_TYPE));
    assert_eq!(serde_json::from_str::<Problem>(&response.body).unwrap(), conflict());
    assert_eq!(violations(&response), []);
}

/// RFC 9457's own examples, through salvo's `Problem` and back: every member and extension is
/// kept, and the status salvo requires is the 500 the problem would be sent with, since neither
/// example has one.
#[test]
fn rfc_9457_examples_convert_to_salvos_problem_and_back() {
    for example in [
        include_str!("../../../tests/fixtures/rfc9457/out-of-credit.json"),
        include_str!("../../../tests/fixtures/rfc9457/validation-error.json"),
    ] {
        let ours: Problem = serde_json::from_str(example).unwrap();
        let mut sent: serde_json::Value = serde_json::from_str(example).unwrap();
        sent["status"] = 500.into();
        let theirs = SalvoProblem::from(ours);
        assert_eq!(serde_json::to_value(&theirs).unwrap(), sent);
        assert_eq!(serde_json::to_value(Problem::from(theirs)).unwrap(), sent);
    }
}

/// Every status's problem is the same after a trip through salvo's `Problem` (`000` as the 500
/// it is sent as), and salvo's problem of a `StatusError` keeps its status, name and brief.
#[test]
fn every_status_problem_survives_salvos_problem() {
    for &status in StatusCode::ALL {
        let expected = Problem::new(status);
        assert_eq!(Problem::from(SalvoProblem::from(expected.clone())), expected, "{status:?}");
    }
    let plain = salvo_core::http::PlainProblem::from(StatusError::not_found().brief("no shelf called attic"));
    let ours = Problem::from(plain);
    assert_eq!(
        (ours.code(), ours.title(), ours.detail()),
        (Some(404), Some("Not Found"), Some("no shelf called attic"))
    );
}
