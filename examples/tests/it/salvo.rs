//! salvo responses from the registry, read as raw bytes from a salvo server on 127.0.0.1 by the
//! checks every framework shares (`common::shelf`): the members as the errors of handlers that
//! return `Result<String, ShelfError>`, and as salvo's own `StatusError`, which its catcher
//! writes.

use salvo_core::conn::{Acceptor, Listener, TcpListener};
use salvo_core::http::StatusError;
use salvo_core::{Request, Router, Server, handler};
use status_registry::{Problem, StatusCode};

use crate::common::shelf::{Phrases, ShelfError, check_shelf, member};
use crate::common::{Raw, raw_get};

#[handler]
fn nginx() -> StatusCode {
    StatusCode::from(499)
}

#[handler]
fn problem() -> Problem {
    Problem::new(StatusCode::Conflict).with_detail("taken")
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
