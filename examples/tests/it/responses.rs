//! Every response the derive and `Problem` make obeys the registry, read as raw bytes from an axum
//! service on 127.0.0.1: the header fields a status requires come from the members, a code `http`
//! cannot carry is a 500 in the status line and the body alike, a status without content has none,
//! and a problem's title is its status's phrase unless the member names its own problem type. The
//! whole service runs inside `ConformanceLayer`, which must find nothing to report.

use crate::common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use axum::Router;
use axum::routing::get;
use common::{Raw, Served, raw_get};
use status_registry::conformance::{ConformanceLayer, Violation};
use status_registry::{Problem, RetryAfter, StatusCode, StatusRegistry};
use tower_layer::Layer;

/// A service's errors, with the header fields their statuses call for.
#[derive(StatusRegistry, Debug)]
#[status_registry(axum, problem)]
enum ShelfError {
    #[status(405, header("allow", "GET, HEAD"))]
    ReadOnly,
    #[status(401)]
    LoggedOut {
        #[header("www-authenticate")]
        challenge: String,
    },
    #[status(503)]
    Maintenance(#[header("retry-after")] RetryAfter),
    #[status(404, reason = "No Such Shelf")]
    NoShelf(String),
    #[status(404, reason = "No Such Book", problem_type = "https://example.com/probs/no-book")]
    NoBook(String),
    #[status(499, vendor = "nginx")]
    ClientGone,
    #[status(000)]
    NoResponse,
    #[status(301, header("location", "/shelves/new"))]
    Moved,
    #[status(429, problem_type = "quota-exceeded")]
    OverQuota {
        #[member("violated-policies")]
        policies: Vec<String>,
    },
}

impl std::fmt::Display for ShelfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShelfError::ReadOnly => f.write_str("shelves are read-only today"),
            ShelfError::LoggedOut { .. } => f.write_str("log in first"),
            ShelfError::Maintenance(_) => f.write_str("we are dusting"),
            ShelfError::NoShelf(name) => write!(f, "there is no shelf called {name}"),
            ShelfError::NoBook(title) => write!(f, "there is no book called {title}"),
            ShelfError::ClientGone => f.write_str("the client left"),
            ShelfError::NoResponse => f.write_str("the backend never answered"),
            ShelfError::Moved => f.write_str("moved"),
            ShelfError::OverQuota { .. } => f.write_str("you borrowed too much today"),
        }
    }
}

/// A fieldless enum: its `Display` is its status line, so its problems have no detail.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(axum, problem)]
enum Health {
    TooManyRequests,
    #[status(000)]
    NoResponse,
    #[status(204)]
    Empty,
}

fn app() -> Router {
    let dusting = RetryAfter::Delay(Duration::from_secs(120));
    let reopens = RetryAfter::Date(SystemTime::UNIX_EPOCH + Duration::from_secs(784_111_777));
    Router::new()
        .route("/read-only", get(|| async { ShelfError::ReadOnly }))
        .route("/logged-out", get(|| async { ShelfError::LoggedOut { challenge: "Bearer realm=\"shelves\"".into() } }))
        .route("/dusting", get(move || async move { ShelfError::Maintenance(dusting) }))
        .route("/reopens", get(move || async move { ShelfError::Maintenance(reopens) }))
        .route("/no-shelf", get(|| async { ShelfError::NoShelf("attic".into()) }))
        .route("/no-book", get(|| async { ShelfError::NoBook("Dune".into()) }))
        .route("/client-gone", get(|| async { ShelfError::ClientGone }))
        .route("/no-response", get(|| async { ShelfError::NoResponse }))
        .route("/moved", get(|| async { ShelfError::Moved }))
        .route(
            "/over-quota",
            get(|| async { ShelfError::OverQuota { policies: vec!["daily".into(), "bandwidth".into()] } }),
        )
        .route("/busy", get(|| async { Health::TooManyRequests }))
        .route("/health-none", get(|| async { Health::NoResponse }))
        .route("/empty", get(|| async { Health::Empty }))
        .route("/problem-zero", get(|| async { Problem::new(StatusCode::from(0)).with_detail("lost") }))
        .route("/problem-304", get(|| async { Problem::new(StatusCode::NotModified) }))
}

async fn exchange() -> (Vec<(String, Raw)>, Vec<Violation>) {
    let seen: Arc<Mutex<Vec<Violation>>> = Arc::default();
    let report = {
        let seen = seen.clone();
        move |violation: &Violation| seen.lock().unwrap().push(violation.clone())
    };
    let served = Served::start(ConformanceLayer::new(report).layer(app())).await;
    let mut responses = Vec::new();
    for path in [
        "/read-only",
        "/logged-out",
        "/dusting",
        "/reopens",
        "/no-shelf",
        "/no-book",
        "/client-gone",
        "/no-response",
        "/moved",
        "/over-quota",
        "/busy",
        "/health-none",
        "/empty",
        "/problem-zero",
        "/problem-304",
    ] {
        responses.push((path.to_owned(), Raw::parse(&raw_get(served.addr, path).await)));
    }
    served.stop().await;
    let violations = seen.lock().unwrap().clone();
    (responses, violations)
}

#[test]
fn every_response_obeys_the_registry() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let (responses, violations) = runtime
        .block_on(async { tokio::time::timeout(Duration::from_secs(30), exchange()).await })
        .expect("the exchanges finished within 30 seconds");
    let get = |path: &str| &responses.iter().find(|(p, _)| p == path).unwrap().1;
    let problem_json = Some(Problem::CONTENT_TYPE);

    let read_only = get("/read-only");
    assert_eq!(read_only.line, "HTTP/1.1 405 Method Not Allowed");
    assert_eq!(read_only.header("allow"), Some("GET, HEAD"));
    assert_eq!(read_only.header("content-type"), problem_json);
    assert_eq!(read_only.json()["detail"], "shelves are read-only today");

    let logged_out = get("/logged-out");
    assert_eq!(logged_out.line, "HTTP/1.1 401 Unauthorized");
    assert_eq!(logged_out.header("www-authenticate"), Some("Bearer realm=\"shelves\""));

    assert_eq!(get("/dusting").line, "HTTP/1.1 503 Service Unavailable");
    assert_eq!(get("/dusting").header("retry-after"), Some("120"));
    assert_eq!(get("/reopens").header("retry-after"), Some("Sun, 06 Nov 1994 08:49:37 GMT"), "RFC 9110's date");
    assert!(get("/dusting").json().get("detail").is_none(), "a 5xx keeps its text");

    // The override is the phrase on the wire; the title of an about:blank problem is the status's.
    let no_shelf = get("/no-shelf");
    assert_eq!(no_shelf.line, "HTTP/1.1 404 No Such Shelf");
    assert_eq!(
        no_shelf.json(),
        serde_json::json!({"type": "about:blank", "title": "Not Found", "status": 404,
                           "detail": "there is no shelf called attic"})
    );
    // A member with its own problem type titles it with its own phrase.
    let no_book = get("/no-book");
    assert_eq!(no_book.json()["type"], "https://example.com/probs/no-book");
    assert_eq!(no_book.json()["title"], "No Such Book");

    // nginx 499 has no content: no body, no content type.
    let gone = get("/client-gone");
    assert_eq!(gone.line, "HTTP/1.1 499 Client Closed Request");
    assert_eq!((gone.header("content-type"), gone.body.as_str()), (None, ""));
    let empty = get("/empty");
    assert_eq!(
        (empty.line.as_str(), empty.header("content-type"), empty.body.as_str()),
        ("HTTP/1.1 204 No Content", None, "")
    );
    let not_modified = get("/problem-304");
    assert_eq!((not_modified.line.as_str(), not_modified.header("content-type")), ("HTTP/1.1 304 Not Modified", None));

    // 000 stands for no response: a handler that answers with it sends a 500, and says so in the body.
    for path in ["/no-response", "/health-none", "/problem-zero"] {
        let response = get(path);
        assert_eq!(response.line, "HTTP/1.1 500 Internal Server Error", "{path}");
        assert_eq!(response.json()["status"], 500, "{path}");
        assert_eq!(response.json()["title"], "Internal Server Error", "{path}");
    }

    let moved = get("/moved");
    assert_eq!(
        (moved.line.as_str(), moved.header("location")),
        ("HTTP/1.1 301 Moved Permanently", Some("/shelves/new"))
    );

    // A registered problem type: its URI and title, and the member's field under the type's name;
    // a client reading the body learns the type.
    let over_quota = get("/over-quota");
    assert_eq!(over_quota.line, "HTTP/1.1 429 Too Many Requests");
    assert_eq!(
        over_quota.json(),
        serde_json::json!({"type": "https://iana.org/assignments/http-problem-types#quota-exceeded",
                           "title": "Quota Exceeded", "status": 429, "detail": "you borrowed too much today",
                           "violated-policies": ["daily", "bandwidth"]})
    );
    let read: Problem = serde_json::from_str(&over_quota.body).expect("a problem");
    assert_eq!(read.problem_type(), Some(status_registry::ProblemType::QuotaExceeded));

    // A fieldless enum's Display is its status line: no detail repeats the title.
    let busy = get("/busy").json();
    assert_eq!(busy, serde_json::json!({"type": "about:blank", "title": "Too Many Requests", "status": 429}));

    assert!(violations.is_empty(), "the crate's own responses break its rules: {violations:#?}");
}
