//! Retry decisions from the registry, plugged into reqwest, against a server on 127.0.0.1.
//!
//! The server answers `GET /{client}/flaky` with `503 Service Unavailable` and `Retry-After: 1` the
//! first time and `200 OK` after that, `GET /{client}/unimplemented` with `501 Not Implemented`,
//! and `POST /{client}/upstream` with `502 Bad Gateway`. Two clients ask:
//!
//! - `policy`: reqwest's own retry policy, with `client::classify` as its classifier. It sees the
//!   method and the status, not the headers, and has no backoff of its own.
//! - `middleware`: a reqwest-middleware client with `client::RetryMiddleware`, which also reads
//!   `Retry-After` and waits as long as it says (up to its `max_delay`), within a retry budget.
//!
//! Both retry the 503 once and never repeat the 501 or the POST that got a 502. The middleware
//! says why each response is the last (its `RetryReport`). The program prints how many requests
//! the server saw for each path, then shuts the server down and exits.
//!
//! ```text
//! cargo run --example retry
//! ```

use std::collections::HashMap;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use status_registry::StatusCode;
use status_registry::client::{RetryMiddleware, RetryReport, classify};

/// How many requests the server saw, by path.
type Seen = Arc<Mutex<HashMap<String, usize>>>;

fn count(seen: &Seen, path: String) -> usize {
    let mut seen = seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let n = seen.entry(path).or_default();
    *n += 1;
    *n
}

async fn flaky(State(seen): State<Seen>, Path(client): Path<String>) -> Response {
    if count(&seen, format!("/{client}/flaky")) == 1 {
        (http::StatusCode::SERVICE_UNAVAILABLE, [(http::header::RETRY_AFTER, "1")], "down for a second\n")
            .into_response()
    } else {
        (http::StatusCode::OK, "up\n").into_response()
    }
}

async fn unimplemented(State(seen): State<Seen>, Path(client): Path<String>) -> http::StatusCode {
    count(&seen, format!("/{client}/unimplemented"));
    http::StatusCode::NOT_IMPLEMENTED
}

async fn upstream(State(seen): State<Seen>, Path(client): Path<String>) -> http::StatusCode {
    count(&seen, format!("/{client}/upstream"));
    http::StatusCode::BAD_GATEWAY
}

/// reqwest's retry policy for this host, deciding with the registry. reqwest hands the classifier
/// the method and the status only, so it cannot honour `Retry-After`, and it retries at once.
fn registry_policy(host: &'static str) -> reqwest::retry::Builder {
    reqwest::retry::for_host(host)
        .max_retries_per_request(3)
        .classify_fn(|rr| if classify(rr.method(), rr.status()) { rr.retryable() } else { rr.success() })
}

async fn run() -> Result<(), String> {
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .map_err(|e| format!("cannot listen on 127.0.0.1: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let seen = Seen::default();
    let app = Router::new()
        .route("/{client}/flaky", get(flaky))
        .route("/{client}/unimplemented", get(unimplemented))
        .route("/{client}/upstream", post(upstream))
        .with_state(seen.clone());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    println!("server on http://{addr}");

    let base = || reqwest::Client::builder().timeout(Duration::from_secs(5)).no_proxy();
    let with_policy = base().retry(registry_policy("127.0.0.1")).build().map_err(|e| e.to_string())?;
    // The middleware does the retrying, so reqwest's own policy is turned off under it.
    let plain = base().retry(reqwest::retry::never()).build().map_err(|e| e.to_string())?;
    let with_middleware = reqwest_middleware::ClientBuilder::new(plain)
        .with(RetryMiddleware::new().max_delay(Duration::from_secs(10)))
        .build();

    let requests =
        [(reqwest::Method::GET, "flaky"), (reqwest::Method::GET, "unimplemented"), (reqwest::Method::POST, "upstream")];
    for (method, route) in &requests {
        let url = format!("http://{addr}/policy/{route}");
        let response =
            with_policy.request(method.clone(), &url).send().await.map_err(|e| format!("{method} {url}: {e}"))?;
        let status = StatusCode::from(response.status());
        println!("policy: {method} /policy/{route} -> {status}");
    }
    for (method, route) in &requests {
        let url = format!("http://{addr}/middleware/{route}");
        let started = Instant::now();
        let response =
            with_middleware.request(method.clone(), &url).send().await.map_err(|e| format!("{method} {url}: {e}"))?;
        let status = StatusCode::from(response.status());
        let took = started.elapsed().as_secs();
        // Why this response is the one that came back, and after how many retries.
        let report =
            response.extensions().get::<RetryReport>().map_or_else(|| "no report".to_owned(), ToString::to_string);
        println!("middleware: {method} /middleware/{route} -> {status}; took {took}s; {report}");
    }

    let _ = stop.send(());
    server.await.map_err(|e| e.to_string())?.map_err(|e| e.to_string())?;
    let seen = seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let mut paths: Vec<_> = seen.iter().collect();
    paths.sort();
    for (path, n) in paths {
        println!("server saw {n} request{} for {path}", if *n == 1 { "" } else { "s" });
    }
    Ok(())
}

fn main() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("retry: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(async { tokio::time::timeout(Duration::from_secs(30), run()).await }) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(message)) => {
            eprintln!("retry: {message}");
            ExitCode::FAILURE
        }
        Err(_) => {
            eprintln!("retry: gave up after 30 seconds");
            ExitCode::FAILURE
        }
    }
}
