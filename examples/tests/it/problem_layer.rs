//! `ProblemLayer` on an axum 0.8 router on 127.0.0.1: the error responses axum writes on its own
//! (a body that is not JSON, a missing content type, a route that does not exist) become problem
//! details titled from the registry, and everything else passes unchanged.

use crate::common;

use std::time::Duration;

use axum::routing::{get, post};
use axum::{Json, Router};
use common::{Raw, Served, raw, raw_get};
use status_registry::problem::ProblemLayer;
use status_registry::{Problem, StatusCode};

#[derive(serde::Deserialize)]
struct Shelf {
    #[allow(dead_code, reason = "only parsed")]
    name: String,
}

fn app() -> Router {
    Router::new()
        .route("/shelves", post(|Json(_): Json<Shelf>| async { "made" }))
        .route("/crash", get(|| async { (http::StatusCode::INTERNAL_SERVER_ERROR, "password hunter2 rejected") }))
        .route(
            "/json-404",
            get(|| async { (http::StatusCode::NOT_FOUND, Json(serde_json::json!({"error": "no shelf"}))) }),
        )
        .route("/gone", get(|| async { StatusCode::from(499) }))
        .route("/ok", get(|| async { "fine" }))
        .layer(ProblemLayer::new())
}

async fn exchange() -> Vec<(&'static str, Raw)> {
    let served = Served::start(app()).await;
    let addr = served.addr;
    let json = "Content-Type: application/json";
    let responses = vec![
        ("bad json", Raw::parse(&raw(addr, &format!("POST /shelves HTTP/1.1\r\n{json}"), "{\"name\": ").await)),
        ("no content type", Raw::parse(&raw(addr, "POST /shelves HTTP/1.1", "{\"name\": \"attic\"}").await)),
        ("no route", Raw::parse(&raw_get(addr, "/nowhere").await)),
        ("crash", Raw::parse(&raw_get(addr, "/crash").await)),
        ("json 404", Raw::parse(&raw_get(addr, "/json-404").await)),
        ("gone", Raw::parse(&raw_get(addr, "/gone").await)),
        ("ok", Raw::parse(&raw_get(addr, "/ok").await)),
        ("made", Raw::parse(&raw(addr, &format!("POST /shelves HTTP/1.1\r\n{json}"), "{\"name\": \"attic\"}").await)),
    ];
    served.stop().await;
    responses
}

#[test]
fn bare_error_responses_become_problems() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let responses = runtime
        .block_on(async { tokio::time::timeout(Duration::from_secs(30), exchange()).await })
        .expect("the exchanges finished within 30 seconds");
    let get = |name: &str| &responses.iter().find(|(n, _)| *n == name).unwrap().1;
    let problem_json = Some(Problem::CONTENT_TYPE);

    // axum's rejections: their text is the detail, the registry's phrase the title.
    for (name, line, title) in [
        ("bad json", "HTTP/1.1 400 Bad Request", "Bad Request"),
        ("no content type", "HTTP/1.1 415 Unsupported Media Type", "Unsupported Media Type"),
    ] {
        let response = get(name);
        assert_eq!(response.line, line, "{name}");
        assert_eq!(response.header("content-type"), problem_json, "{name}");
        let problem = response.json();
        assert_eq!((problem["type"].as_str(), problem["title"].as_str()), (Some("about:blank"), Some(title)));
        assert_eq!(problem["status"], line[9..12].parse::<u16>().unwrap(), "{name}");
        let detail = problem["detail"].as_str().unwrap_or_default();
        assert!(!detail.is_empty(), "{name}: {problem}");
        assert_eq!(response.header("content-length"), Some(response.body.len().to_string().as_str()), "{name}");
    }
    assert!(get("bad json").json()["detail"].as_str().unwrap().contains("JSON"), "axum's own words");
    assert!(get("no content type").json()["detail"].as_str().unwrap().contains("Content-Type"));

    // The router's empty 404.
    let nowhere = get("no route");
    assert_eq!(nowhere.line, "HTTP/1.1 404 Not Found");
    assert_eq!(nowhere.json(), serde_json::json!({"type": "about:blank", "title": "Not Found", "status": 404}));

    // A 5xx's text stays on the server.
    let crash = get("crash");
    assert_eq!(
        crash.json(),
        serde_json::json!({"type": "about:blank", "title": "Internal Server Error", "status": 500})
    );
    assert!(!crash.body.contains("hunter2"));

    // What the handler wrote as JSON, a status without content and a success pass unchanged.
    let json_404 = get("json 404");
    assert_eq!(json_404.header("content-type"), Some("application/json"));
    assert_eq!(json_404.json(), serde_json::json!({"error": "no shelf"}));
    let gone = get("gone");
    assert_eq!(
        (gone.line.as_str(), gone.header("content-type"), gone.body.as_str()),
        ("HTTP/1.1 499 Client Closed Request", None, "")
    );
    assert_eq!((get("ok").line.as_str(), get("ok").body.as_str()), ("HTTP/1.1 200 OK", "fine"));
    assert_eq!(get("made").body, "made");
}

/// A service's errors, derived, whose problems the layer titles for the reader.
#[derive(status_registry::StatusRegistry, Clone, Copy, Debug)]
#[status_registry(axum, problem)]
enum ShelfError {
    #[status(403)]
    Shut,
    #[status(429, problem_type = "quota-exceeded")]
    OverQuota,
    #[status(409, problem_type = "https://example.com/probs/shelf-clash")]
    Clash,
}

/// `ProblemLayer::negotiate_language()`: with `Accept-Language: ja;q=0.9, en;q=0.5` a problem is
/// titled from the registry's Japanese text and says `Content-Language: ja`; without the field it
/// is English and says `en`; either way it varies by `Accept-Language`, and the status line stays
/// English. A title of the service's own stays English.
#[test]
fn negotiate_language_titles_problems_for_the_reader() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let responses = runtime.block_on(async {
        let app = Router::new()
            .route("/locked", get(|| async { Err::<(), _>(ShelfError::Shut) }))
            .route("/quota", get(|| async { Err::<(), _>(ShelfError::OverQuota) }))
            .route("/clash", get(|| async { Err::<(), _>(ShelfError::Clash) }))
            .route("/problem", get(|| async { Problem::new(StatusCode::Gone) }))
            .layer(ProblemLayer::new().negotiate_language());
        let served = Served::start(app).await;
        let mut responses = Vec::new();
        for path in ["/locked", "/quota", "/clash", "/problem", "/missing"] {
            for accept in ["Accept-Language: ja;q=0.9, en;q=0.5", "Accept-Language: en;q=0.9, ja;q=0.5", ""] {
                let head = if accept.is_empty() {
                    format!("GET {path} HTTP/1.1")
                } else {
                    format!("GET {path} HTTP/1.1\r\n{accept}")
                };
                responses.push((path, accept, Raw::parse(&raw(served.addr, &head, "").await)));
            }
        }
        served.stop().await;
        responses
    });
    let japanese = [
        ("/locked", "HTTP/1.1 403 Forbidden", "禁止", "Forbidden"),
        ("/quota", "HTTP/1.1 429 Too Many Requests", "クォータ超過", "Quota Exceeded"),
        ("/problem", "HTTP/1.1 410 Gone", "消滅", "Gone"),
        ("/missing", "HTTP/1.1 404 Not Found", "未検出", "Not Found"),
    ];
    for (path, accept, response) in &responses {
        assert_eq!(response.header("vary"), Some("accept-language"), "{path} {accept}");
        assert_eq!(response.header("content-type"), Some(Problem::CONTENT_TYPE), "{path} {accept}");
        let title = response.json()["title"].as_str().unwrap().to_owned();
        if *path == "/clash" {
            assert_eq!((title.as_str(), response.header("content-language")), ("Conflict", Some("en")), "{accept}");
            continue;
        }
        let (_, line, ja, en) = japanese.iter().find(|(p, ..)| p == path).unwrap();
        assert_eq!(response.line, *line, "{path} {accept}: the status line stays English");
        if accept.starts_with("Accept-Language: ja") {
            assert_eq!((title.as_str(), response.header("content-language")), (*ja, Some("ja")), "{path}");
        } else {
            assert_eq!((title.as_str(), response.header("content-language")), (*en, Some("en")), "{path} {accept}");
        }
    }
}
