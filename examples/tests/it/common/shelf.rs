//! One error enum for every framework the registry answers in, and what each must send for it:
//! the raw responses of a framework's server on 127.0.0.1 are held to the same expectations
//! (the member's phrase where the framework keeps it, problem details with a 4xx's detail and
//! without a 5xx's, header fields, `000` as a 500, no body where the status has none, a vendor's
//! member) and to the crate's own `conformance::check`.

use std::net::SocketAddr;
use std::time::Duration;

use status_registry::{Problem, RetryAfter, StatusCode, StatusRegistry, conformance};

use super::{Raw, raw_get};

/// The members every framework's test sends, as a reply and, where the framework has them, as a
/// rejection or an error.
#[derive(StatusRegistry, Debug)]
#[status_registry(actix, warp, poem, poem_openapi, salvo, rocket, problem)]
pub(crate) enum ShelfError {
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
            ShelfError::Nothing => f.write_str("nothing"),
            ShelfError::ClientGone => f.write_str("gone"),
        }
    }
}

impl std::error::Error for ShelfError {}

/// The member a path's last segment names.
pub(crate) fn member(name: &str) -> ShelfError {
    match name {
        "no-shelf" => ShelfError::NoShelf("attic".into()),
        "storage" => ShelfError::Storage("password hunter2".into()),
        "read-only" => ShelfError::ReadOnly,
        "dusting" => ShelfError::Dusting(RetryAfter::Delay(Duration::from_secs(90))),
        "no-response" => ShelfError::NoResponse,
        "client-gone" => ShelfError::ClientGone,
        _ => ShelfError::Nothing,
    }
}

/// The names `member` knows, in the order the checks read them.
pub(crate) const MEMBERS: [&str; 7] =
    ["no-shelf", "storage", "read-only", "dusting", "no-response", "nothing", "client-gone"];

/// What `conformance::check` says of a raw response: its status (by code), its header fields and
/// whether it has a body.
pub(crate) fn violations(response: &Raw) -> Vec<conformance::Violation> {
    let code: u16 = response.line.split(' ').nth(1).and_then(|c| c.parse().ok()).expect("a status code");
    let mut headers = http::HeaderMap::new();
    for (name, value) in &response.headers {
        let name = http::HeaderName::from_bytes(name.as_bytes()).unwrap();
        headers.append(name, http::HeaderValue::from_str(value).unwrap());
    }
    conformance::check(StatusCode::from(code), &headers, !response.body.is_empty())
}

/// Whether a framework writes the registry's phrase (or a member's own) on HTTP/1, or hyper's.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phrases {
    Registry,
    Hyper,
}

impl Phrases {
    /// The status line of `code` when the registry's phrase would be `registry`.
    fn line(self, code: u16, registry: &str) -> String {
        let phrase = match self {
            Phrases::Registry => registry,
            Phrases::Hyper => http::StatusCode::from_u16(code).unwrap().canonical_reason().unwrap_or("<none>"),
        };
        format!("HTTP/1.1 {code} {phrase}")
    }
}

/// `GET path` off `addr`, which must pass `conformance::check`.
pub(crate) async fn get(addr: SocketAddr, path: &str) -> Raw {
    let response = Raw::parse(&raw_get(addr, path).await);
    let violations = violations(&response);
    assert!(violations.is_empty(), "{path}: {violations:?}\n{}", response.line);
    response
}

/// The server at `addr` answers `/nginx` with `StatusCode` 499 and `/problem` with a `Problem` of
/// 409, with `phrases`, and `{prefix}/{member}` with each of `MEMBERS`, by the registry's rules,
/// with `member_phrases`.
pub(crate) async fn check_shelf(addr: SocketAddr, phrases: Phrases, prefix: &str, member_phrases: Phrases) {
    let response = get(addr, "/nginx").await;
    assert_eq!(response.line, phrases.line(499, "Client Closed Request"));
    assert_eq!((response.body.as_str(), response.header("content-type")), ("", None));
    let response = get(addr, "/problem").await;
    assert_eq!(response.line, phrases.line(409, "Conflict"));
    assert_eq!(response.header("content-type"), Some(Problem::CONTENT_TYPE));
    assert_eq!(response.json()["detail"], "taken");

    let phrases = member_phrases;
    let response = get(addr, &format!("{prefix}/no-shelf")).await;
    assert_eq!(response.line, phrases.line(404, "No Such Shelf"), "{prefix}");
    assert_eq!(response.header("content-type"), Some(Problem::CONTENT_TYPE));
    assert_eq!(
        response.json(),
        serde_json::json!({"type": "about:blank", "title": "Not Found", "status": 404,
                           "detail": "there is no shelf called attic"})
    );
    // A 5xx keeps its text on the server.
    let response = get(addr, &format!("{prefix}/storage")).await;
    assert_eq!(response.line, phrases.line(500, "Internal Server Error"));
    assert!(!response.body.contains("hunter2"), "{}", response.body);
    assert_eq!(
        response.json(),
        serde_json::json!({"type": "about:blank", "title": "Internal Server Error", "status": 500})
    );
    let response = get(addr, &format!("{prefix}/read-only")).await;
    assert_eq!(response.line, phrases.line(405, "Method Not Allowed"));
    assert_eq!(response.header("allow"), Some("GET, HEAD"));
    let response = get(addr, &format!("{prefix}/dusting")).await;
    assert_eq!(response.line, phrases.line(503, "Service Unavailable"));
    assert_eq!(response.header("retry-after"), Some("90"));
    // `000` is no status a response can carry: a 500 that says so.
    let response = get(addr, &format!("{prefix}/no-response")).await;
    assert_eq!(response.line, phrases.line(500, "Internal Server Error"));
    assert_eq!(response.json()["status"], 500);
    // 204 has no body and no content type.
    let response = get(addr, &format!("{prefix}/nothing")).await;
    assert_eq!(response.line, phrases.line(204, "No Content"));
    assert_eq!((response.body.as_str(), response.header("content-type")), ("", None));
    // A vendor's member: its phrase where the framework keeps it, and no body (499 has none).
    let response = get(addr, &format!("{prefix}/client-gone")).await;
    assert_eq!(response.line, phrases.line(499, "Client Closed Request"));
    assert_eq!((response.body.as_str(), response.header("content-type")), ("", None));
}
