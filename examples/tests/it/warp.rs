//! warp replies from the registry, read as raw bytes from a warp server on 127.0.0.1: a vendor's
//! phrase, a member's own phrase, problem details with a 4xx's detail and without a 5xx's, header
//! fields from members, `000` as a 500, no body where the status has none, and a rejection turned
//! back into its member's response by `rejection::recover`, by the same rules as axum's. Every
//! response read passes the crate's own `conformance::check`.

use std::time::Duration;

use status_registry::conformance;
use status_registry::rejection::recover;
use status_registry::{Problem, RetryAfter, StatusCode, StatusRegistry};
use warp::Filter;

use crate::common::{Raw, raw_get};

#[derive(StatusRegistry, Debug)]
#[status_registry(warp, problem)]
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
    #[status(204)]
    Nothing,
}

impl std::fmt::Display for ShelfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShelfError::NoShelf(name) => write!(f, "there is no shelf called {name}"),
            ShelfError::Storage(message) => write!(f, "storage failed: {message}"),
            ShelfError::ReadOnly => f.write_str("read-only today"),
            ShelfError::Dusting(_) => f.write_str("dusting"),
            ShelfError::NoResponse => f.write_str("no answer"),
            ShelfError::Nothing => f.write_str("nothing"),
        }
    }
}

/// The member a path names, as a reply (`/reply/...`) or a rejection (`/reject/...`).
fn member(name: &str) -> ShelfError {
    match name {
        "no-shelf" => ShelfError::NoShelf("attic".into()),
        "storage" => ShelfError::Storage("password hunter2".into()),
        "read-only" => ShelfError::ReadOnly,
        "dusting" => ShelfError::Dusting(RetryAfter::Delay(Duration::from_secs(90))),
        "no-response" => ShelfError::NoResponse,
        _ => ShelfError::Nothing,
    }
}

async fn serve() -> std::net::SocketAddr {
    let nginx = warp::path!("nginx").map(|| StatusCode::from(499));
    let problem = warp::path!("problem").map(|| Problem::new(StatusCode::Conflict).with_detail("taken"));
    let reply = warp::path!("reply" / String).map(|name: String| Err::<String, _>(member(&name)));
    let reject = warp::path!("reject" / String)
        .and_then(|name: String| async move { Err::<String, _>(warp::reject::custom(member(&name))) })
        .recover(recover::<ShelfError>);
    let routes = nginx.or(problem).or(reply).or(reject);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(warp::serve(routes).incoming(listener).run());
    addr
}

/// What `conformance::check` says of a raw response: its status (by code), its header fields and
/// whether it has a body.
fn violations(response: &Raw) -> Vec<conformance::Violation> {
    let code: u16 = response.line.split(' ').nth(1).and_then(|c| c.parse().ok()).expect("a status code");
    let mut headers = http::HeaderMap::new();
    for (name, value) in &response.headers {
        let name = http::HeaderName::from_bytes(name.as_bytes()).unwrap();
        headers.append(name, http::HeaderValue::from_str(value).unwrap());
    }
    conformance::check(StatusCode::from(code), &headers, !response.body.is_empty())
}

#[test]
fn warp_replies_and_rejections_obey_the_registry() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let addr = serve().await;
        let get = |path: String| async move {
            let response = Raw::parse(&raw_get(addr, &path).await);
            let violations = violations(&response);
            assert!(violations.is_empty(), "{path}: {violations:?}");
            response
        };

        let response = get("/nginx".into()).await;
        assert_eq!((response.line.as_str(), response.body.as_str()), ("HTTP/1.1 499 Client Closed Request", ""));
        let response = get("/problem".into()).await;
        assert_eq!(response.line, "HTTP/1.1 409 Conflict");
        assert_eq!(response.header("content-type"), Some(Problem::CONTENT_TYPE));

        // A member sends the same response as a reply and as a recovered rejection.
        for way in ["reply", "reject"] {
            let response = get(format!("/{way}/no-shelf")).await;
            assert_eq!(response.line, "HTTP/1.1 404 No Such Shelf", "{way}");
            assert_eq!(response.header("content-type"), Some(Problem::CONTENT_TYPE));
            assert_eq!(
                response.json(),
                serde_json::json!({"type": "about:blank", "title": "Not Found", "status": 404,
                                   "detail": "there is no shelf called attic"})
            );
            // A 5xx keeps its text on the server.
            let response = get(format!("/{way}/storage")).await;
            assert_eq!(response.line, "HTTP/1.1 500 Internal Server Error");
            assert!(!response.body.contains("hunter2"), "{}", response.body);
            assert_eq!(response.json()["title"], "Internal Server Error");
            let response = get(format!("/{way}/read-only")).await;
            assert_eq!(response.line, "HTTP/1.1 405 Method Not Allowed");
            assert_eq!(response.header("allow"), Some("GET, HEAD"));
            let response = get(format!("/{way}/dusting")).await;
            assert_eq!(response.line, "HTTP/1.1 503 Service Unavailable");
            assert_eq!(response.header("retry-after"), Some("90"));
            // `000` is no status a response can carry: a 500 that says so.
            let response = get(format!("/{way}/no-response")).await;
            assert_eq!(response.line, "HTTP/1.1 500 Internal Server Error");
            assert_eq!(response.json()["status"], 500);
            // 204 has no body and no content type.
            let response = get(format!("/{way}/nothing")).await;
            assert_eq!(response.line, "HTTP/1.1 204 No Content");
            assert_eq!((response.body.as_str(), response.header("content-type")), ("", None));
        }
    });
}
