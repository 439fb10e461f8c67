//! An axum middleware that gives each request's span its OpenTelemetry status from the response
//! code, and the gRPC status a gRPC gateway would report, both from status-registry's tables.
//!
//! The server answers `/status/{code}` with that code on 127.0.0.1 (an ephemeral port); the
//! middleware records the server-side span status and gRPC code of every response; a client asks
//! for each code and records the client-side span status. With `tracing-opentelemetry`, the
//! middleware would write the same value into the request span's `otel.status_code` field; here it
//! goes to a log the example prints, so the run shows what a trace would carry.
//!
//! ```sh
//! cargo run --example span_status              # 200 301 404 429 499 503 522
//! cargo run --example span_status -- 401 504
//! ```

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::{Path, Request, State};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use status_registry::{GrpcCode, SpanKind, SpanStatus, StatusCode};

/// What the middleware records for one request: what a tracing layer would put on the span.
#[derive(Clone, Debug)]
struct SpanRecord {
    path: String,
    status: StatusCode,
    span_status: SpanStatus,
    grpc: GrpcCode,
}

/// The spans recorded so far, shared with the middleware.
type Spans = Arc<Mutex<Vec<SpanRecord>>>;

const DEFAULT_CODES: &[u16] = &[200, 301, 404, 429, 499, 503, 522];

/// Answers with the code in the path.
async fn answer(Path(code): Path<u16>) -> Response {
    match http::StatusCode::from_u16(code) {
        Ok(status) => status.into_response(),
        Err(_) => http::StatusCode::BAD_REQUEST.into_response(),
    }
}

/// The middleware: runs the request, then sets the span status from the response code.
async fn record_span_status(State(spans): State<Spans>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let status = StatusCode::from(response.status());
    let record =
        SpanRecord { path, status, span_status: status.span_status(SpanKind::Server), grpc: status.grpc_code() };
    if let Ok(mut spans) = spans.lock() {
        spans.push(record);
    }
    response
}

fn main() -> ExitCode {
    let mut codes = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.parse::<u16>() {
            Ok(code) if (100..=999).contains(&code) => codes.push(code),
            _ => {
                eprintln!("span_status: `{arg}` is not a code HTTP can carry (100-999)");
                return ExitCode::from(2);
            }
        }
    }
    if codes.is_empty() {
        codes = DEFAULT_CODES.to_vec();
    }
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("span_status: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(async { tokio::time::timeout(Duration::from_secs(30), run(&codes)).await }) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(error)) => {
            eprintln!("span_status: {error}");
            ExitCode::FAILURE
        }
        Err(_) => {
            eprintln!("span_status: gave up after 30 seconds");
            ExitCode::FAILURE
        }
    }
}

async fn run(codes: &[u16]) -> Result<(), String> {
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .map_err(|e| format!("cannot listen on 127.0.0.1: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let spans: Spans = Arc::default();
    let app = Router::new()
        .route("/status/{code}", get(answer))
        .layer(middleware::from_fn_with_state(spans.clone(), record_span_status));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });

    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .no_proxy()
        .build()
        .map_err(|e| format!("cannot build the client: {e}"))?;
    let mut client_spans = Vec::new();
    for &code in codes {
        let response =
            client.get(format!("http://{addr}/status/{code}")).send().await.map_err(|e| format!("GET {code}: {e}"))?;
        client_spans.push(StatusCode::from(response.status()).span_status(SpanKind::Client));
    }
    let _ = stop.send(());
    match server.await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => return Err(format!("server: {e}")),
        Err(e) => return Err(format!("server task: {e}")),
    }

    let spans = spans.lock().map_err(|_| "the span log was poisoned".to_owned())?;
    if spans.len() != codes.len() {
        return Err(format!("the middleware saw {} of {} requests", spans.len(), codes.len()));
    }
    for (server_span, client_span) in spans.iter().zip(client_spans) {
        let SpanRecord { path, status, span_status, grpc } = server_span;
        println!(
            "GET {path} -> {status}; server span {span_status}; client span {client_span}; grpc {grpc} ({})",
            grpc.value()
        );
    }
    Ok(())
}
