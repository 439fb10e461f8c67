//! actix-web responses from the registry, read as raw bytes from an actix-web server on
//! 127.0.0.1: a vendor's phrase, a member's own phrase, problem details with a 4xx's detail and
//! without a 5xx's, header fields from members, `000` as a 500 and no body where the status has
//! none, by the same rules as axum's responses.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use actix_web::{App, HttpServer, web};
use status_registry::{Problem, RetryAfter, StatusCode, StatusRegistry};

use crate::common::Raw;

#[derive(StatusRegistry, Debug)]
#[status_registry(actix, problem)]
enum ShelfError {
    #[status(404, reason = "No Such Shelf")]
    NoShelf(String),
    #[status(500)]
    Storage(String),
    #[status(405, header("allow", "GET, HEAD"))]
    ReadOnly,
    #[status(503)]
    Dusting(#[header("retry-after")] RetryAfter),
    #[status(000)]
    NoResponse,
    #[status(499, vendor = "nginx")]
    ClientGone,
}

impl std::fmt::Display for ShelfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShelfError::NoShelf(name) => write!(f, "there is no shelf called {name}"),
            ShelfError::Storage(message) => write!(f, "storage failed: {message}"),
            ShelfError::ReadOnly => f.write_str("read-only today"),
            ShelfError::Dusting(_) => f.write_str("dusting"),
            ShelfError::NoResponse => f.write_str("no answer"),
            ShelfError::ClientGone => f.write_str("gone"),
        }
    }
}

/// A fieldless enum is a `Responder`.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(actix)]
enum Health {
    Ok,
    #[status(503, reason = "Down for maintenance")]
    Maintenance,
}

fn fail(error: ShelfError) -> Result<&'static str, ShelfError> {
    Err(error)
}

/// Sends `GET path` over a blocking socket (the server runs its own runtime) and takes the
/// response apart.
fn get(addr: SocketAddr, path: &str) -> Raw {
    let mut socket = TcpStream::connect(addr).unwrap();
    socket.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(socket, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut text = String::new();
    socket.read_to_string(&mut text).unwrap();
    Raw::parse(&text)
}

#[test]
fn actix_responses_obey_the_registry() {
    let listener = std::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).unwrap();
    let addr = listener.local_addr().unwrap();
    let (started, handle) = std::sync::mpsc::channel();
    let server = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(|| {
                App::new()
                    .route("/nginx", web::get().to(|| async { StatusCode::from(499) }))
                    .route("/health", web::get().to(|| async { Health::Maintenance }))
                    .route("/no-shelf", web::get().to(|| async { fail(ShelfError::NoShelf("attic".into())) }))
                    .route("/storage", web::get().to(|| async { fail(ShelfError::Storage("password hunter2".into())) }))
                    .route("/read-only", web::get().to(|| async { fail(ShelfError::ReadOnly) }))
                    .route(
                        "/dusting",
                        web::get()
                            .to(|| async { fail(ShelfError::Dusting(RetryAfter::Delay(Duration::from_secs(90)))) }),
                    )
                    .route("/no-response", web::get().to(|| async { fail(ShelfError::NoResponse) }))
                    .route("/client-gone", web::get().to(|| async { fail(ShelfError::ClientGone) }))
                    .route(
                        "/problem",
                        web::get().to(|| async { Problem::new(StatusCode::Conflict).with_detail("taken") }),
                    )
            })
            .workers(1)
            .listen(listener)
            .unwrap()
            .run();
            started.send(server.handle()).unwrap();
            server.await
        })
    });
    let handle = handle.recv_timeout(Duration::from_secs(30)).unwrap();

    let response = get(addr, "/nginx");
    let (line, body) = (response.line.clone(), response.body.clone());
    assert_eq!((line.as_str(), body.as_str()), ("HTTP/1.1 499 Client Closed Request", ""));
    assert_eq!(response.header("content-type"), None);
    assert_eq!(get(addr, "/health").line, "HTTP/1.1 503 Down for maintenance");

    // A 4xx: the member's phrase on the wire, the status's as the title, the text as detail.
    let response = get(addr, "/no-shelf");
    let (line, body) = (response.line.clone(), response.body.clone());
    assert_eq!(line, "HTTP/1.1 404 No Such Shelf");
    assert_eq!(response.header("content-type"), Some(Problem::CONTENT_TYPE));
    let problem: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        problem,
        serde_json::json!({"type": "about:blank", "title": "Not Found", "status": 404,
                           "detail": "there is no shelf called attic"})
    );
    // A 5xx keeps its text.
    let Raw { line, body, .. } = get(addr, "/storage");
    assert_eq!(line, "HTTP/1.1 500 Internal Server Error");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&body).unwrap(),
        serde_json::json!({"type": "about:blank", "title": "Internal Server Error", "status": 500})
    );
    // Header fields from the members.
    let response = get(addr, "/read-only");
    let line = response.line.clone();
    assert_eq!((line.as_str(), response.header("allow")), ("HTTP/1.1 405 Method Not Allowed", Some("GET, HEAD")));
    assert_eq!(get(addr, "/dusting").header("retry-after"), Some("90"));
    // 000 goes out as a 500 and says so; 499 has no body.
    let Raw { line, body, .. } = get(addr, "/no-response");
    assert_eq!(line, "HTTP/1.1 500 Internal Server Error");
    assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap()["status"], 500);
    let response = get(addr, "/client-gone");
    let (line, body) = (response.line.clone(), response.body.clone());
    assert_eq!(
        (line.as_str(), response.header("content-type"), body.as_str()),
        ("HTTP/1.1 499 Client Closed Request", None, "")
    );
    // `Problem` itself.
    let response = get(addr, "/problem");
    let (line, body) = (response.line.clone(), response.body.clone());
    assert_eq!(
        (line.as_str(), response.header("content-type")),
        ("HTTP/1.1 409 Conflict", Some(Problem::CONTENT_TYPE))
    );
    assert_eq!(serde_json::from_str::<serde_json::Value>(&body).unwrap()["detail"], "taken");

    actix_web::rt::System::new().block_on(handle.stop(true));
    server.join().unwrap().unwrap();
}
