//! `ConformanceLayer` around an axum app on 127.0.0.1: each response is checked against the rules
//! of its status, violations reach the callback with the request they answer, and the responses
//! reach the client unchanged.

use crate::common;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::routing::{get, post};
use status_registry::conformance::{ConformanceLayer, Level, Rule, Violation};
use tower_layer::Layer;

async fn serve_and_ask() -> Vec<Violation> {
    let seen: Arc<Mutex<Vec<Violation>>> = Arc::default();
    let report = {
        let seen = seen.clone();
        move |violation: &Violation| seen.lock().unwrap().push(violation.clone())
    };
    let app = Router::new()
        // A handler that refuses a method and forgets `Allow`, as services often do.
        .route("/bare", post(|| async { http::StatusCode::METHOD_NOT_ALLOWED }))
        .route("/allowed", post(|| async { (http::StatusCode::METHOD_NOT_ALLOWED, [(http::header::ALLOW, "GET")]) }))
        .route("/empty", get(|| async { http::StatusCode::NO_CONTENT }))
        .route("/moved", get(|| async { (http::StatusCode::MOVED_PERMANENTLY, [(http::header::LOCATION, "/empty")]) }))
        .route("/hello", get(|| async { "hello" }));
    // Around the whole router, so that the 405 the router makes for `GET /bare` is checked with
    // the `allow` field it carries.
    let served = common::Served::start(ConformanceLayer::new(report).layer(app)).await;
    let addr = served.addr;
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .no_proxy()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let bare = client.post(format!("http://{addr}/bare")).send().await.unwrap();
    assert_eq!(bare.status(), http::StatusCode::METHOD_NOT_ALLOWED);
    assert!(!bare.headers().contains_key(http::header::ALLOW), "the layer does not change the response");
    assert_eq!(bare.text().await.unwrap(), "");
    for (method, path, status) in [
        (reqwest::Method::POST, "allowed", 405),
        (reqwest::Method::GET, "bare", 405),
        (reqwest::Method::GET, "empty", 204),
        (reqwest::Method::GET, "moved", 301),
        (reqwest::Method::GET, "hello", 200),
    ] {
        let response = client.request(method, format!("http://{addr}/{path}")).send().await.unwrap();
        assert_eq!(response.status().as_u16(), status, "{path}");
    }
    let hello = client.get(format!("http://{addr}/hello")).send().await.unwrap();
    assert_eq!(hello.text().await.unwrap(), "hello");
    served.stop().await;
    let seen = seen.lock().unwrap();
    seen.clone()
}

#[test]
fn a_405_without_allow_is_the_one_violation() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let violations = runtime.block_on(async { tokio::time::timeout(Duration::from_secs(30), serve_and_ask()).await });
    let violations = violations.expect("the exchange finished within 30 seconds");
    assert_eq!(violations.len(), 1, "{violations:?}");
    let violation = &violations[0];
    assert_eq!(violation.level, Level::Must);
    assert_eq!(violation.method(), Some(&http::Method::POST));
    assert_eq!(violation.uri().map(http::Uri::path), Some("/bare"));
    assert_eq!(violation.code, 405);
    assert_eq!(violation.rule, Rule::MissingHeader("allow"));
    assert_eq!(
        violation.to_string(),
        "POST /bare: 405 Method Not Allowed without the `allow` header field: MUST (RFC 9110, Section 15.5.6)"
    );
}
