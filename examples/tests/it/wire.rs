//! The registry's phrases on the wire, read as raw status lines from an axum server on 127.0.0.1,
//! and read back by a reqwest client from a server that sends a vendor's phrase.

use crate::common;

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::routing::get;
use status_registry::{Problem, StatusCode, StatusRegistry};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(axum)]
enum Health {
    Ok,
    #[status(503, reason = "Down for maintenance")]
    Maintenance,
}

#[derive(StatusRegistry, Debug)]
#[status_registry(axum, problem)]
enum AppError {
    #[status(404, reason = "No Such User")]
    NoUser(String),
    #[status(500)]
    Database(String),
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AppError::NoUser(name) => write!(f, "nobody is called {name}"),
            AppError::Database(message) => write!(f, "database: {message}"),
        }
    }
}

use common::raw_get;

async fn server_side() {
    let app = Router::new()
        .route("/nginx", get(|| async { StatusCode::from(499) }))
        .route("/cloudflare", get(|| async { StatusCode::CloudflareWebServerIsDown }))
        .route("/elb", get(|| async { StatusCode::from(0) }))
        .route("/rfc", get(|| async { StatusCode::ContentTooLarge }))
        .route("/unregistered", get(|| async { StatusCode::from(799) }))
        .route("/linkedin", get(|| async { StatusCode::from(999) }))
        .route("/unassigned", get(|| async { StatusCode::from(432) }))
        .route("/maintenance", get(|| async { Health::Maintenance }))
        .route("/user", get(|| async { AppError::NoUser("ada".into()) }))
        .route("/database", get(|| async { AppError::Database("password hunter2 rejected".into()) }));
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    for (path, line) in [
        ("/nginx", "HTTP/1.1 499 Client Closed Request"),
        ("/cloudflare", "HTTP/1.1 521 Web Server Is Down"),
        // AWS ELB 000 stands for no response; a handler that answers with it sends a 500.
        ("/elb", "HTTP/1.1 500 Internal Server Error"),
        // RFC 9110's phrase, where `http` still has "Payload Too Large".
        ("/rfc", "HTTP/1.1 413 Content Too Large"),
        // Codes nobody registered carry their class's name, not hyper's `<none>`.
        ("/unassigned", "HTTP/1.1 432 Client Error"),
        // Codes outside 100 to 599 are no HTTP status (RFC 9110, Section 15), registered by a
        // vendor or not: `conformance::check` calls sending one a MUST violation, so a 500 goes out.
        ("/unregistered", "HTTP/1.1 500 Internal Server Error"),
        ("/linkedin", "HTTP/1.1 500 Internal Server Error"),
        ("/maintenance", "HTTP/1.1 503 Down for maintenance"),
        ("/user", "HTTP/1.1 404 No Such User"),
        ("/database", "HTTP/1.1 500 Internal Server Error"),
    ] {
        let response = raw_get(addr, path).await;
        assert_eq!(response.lines().next(), Some(line), "{path}:\n{response}");
    }
    let user = raw_get(addr, "/user").await;
    assert!(user.to_ascii_lowercase().contains("content-type: application/problem+json"), "{user}");
    let body = user.split("\r\n\r\n").nth(1).unwrap();
    let problem: Problem = serde_json::from_str(body).unwrap();
    assert_eq!(
        (problem.code(), problem.title(), problem.detail()),
        (Some(404), Some("Not Found"), Some("nobody is called ada"))
    );
    let database = raw_get(addr, "/database").await;
    assert!(!database.contains("hunter2"), "a 5xx keeps its text on the server:\n{database}");
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}

/// A server that answers every connection with `line` and no body.
async fn client_side(line: &'static str) -> (reqwest::StatusCode, StatusCode) {
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut request = [0u8; 1024];
        let _ = socket.read(&mut request).await.unwrap();
        let response = format!("{line}\r\ncontent-length: 0\r\nconnection: close\r\n\r\n");
        socket.write_all(response.as_bytes()).await.unwrap();
    });
    let client = reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(5)).build().unwrap();
    let response = client.get(format!("http://{addr}/")).send().await.unwrap();
    server.await.unwrap();
    (response.status(), StatusCode::from_http_parts(response.status(), response.extensions()))
}

#[test]
fn phrases_cross_the_loopback_both_ways() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        tokio::time::timeout(Duration::from_secs(30), async {
            server_side().await;
            // Three vendors send 530; the phrase says which one this is.
            let (wire, frozen) = client_side("HTTP/1.1 530 Site is frozen").await;
            assert_eq!(StatusCode::from(wire), StatusCode::CloudflareOriginUnavailable, "the code alone");
            assert_eq!(frozen, StatusCode::PantheonSiteIsFrozen);
            let (_, shopify) = client_side("HTTP/1.1 530 Origin DNS Error").await;
            assert_eq!(shopify, StatusCode::ShopifyOriginDnsError);
            let (_, plain) = client_side("HTTP/1.1 530 Something Else").await;
            assert_eq!(plain, StatusCode::CloudflareOriginUnavailable);
        })
        .await
        .expect("the exchanges finished within 30 seconds");
    });
}
