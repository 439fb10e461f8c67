//! tower-http's `TraceLayer` with status-registry's `StatusClassifier`: each request's span fails
//! as the OpenTelemetry HTTP conventions say (a server span on 5xx), with the status code as its
//! `error.type`, and the gRPC status a gRPC gateway would report comes from the same registry.
//!
//! The server answers `/status/{code}` with that code on 127.0.0.1 (an ephemeral port); the
//! layer's callbacks record the server-side span status, `error.type` and gRPC code of every
//! response; a client asks for each code and classifies it as a client span. With
//! `tracing-opentelemetry`, `on_failure` would write the same values into the span's
//! `otel.status_code` and `error.type` fields; here they go to a log the example prints, so the
//! run shows what a trace would carry.
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
use axum::extract::Path;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use status_registry::telemetry::{StatusClassifier, StatusFailure};
use status_registry::{GrpcCode, SpanStatus, StatusCode};
use tower_http::classify::SharedClassifier;
use tower_http::trace::TraceLayer;

/// What the layer's callbacks record for one request: what a tracing layer would put on the span.
#[derive(Clone, Debug)]
struct SpanRecord {
    path: String,
    status: Option<StatusCode>,
    span_status: SpanStatus,
    error_type: Option<String>,
    grpc: Option<GrpcCode>,
}

/// The spans recorded so far, shared with the callbacks. The example's requests come one at a
/// time, so each callback belongs to the last span.
type Spans = Arc<Mutex<Vec<SpanRecord>>>;

const DEFAULT_CODES: &[u16] = &[200, 301, 404, 429, 499, 503, 522];

/// Answers with the code in the path.
async fn answer(Path(code): Path<u16>) -> Response {
    match http::StatusCode::from_u16(code) {
        Ok(status) => status.into_response(),
        Err(_) => http::StatusCode::BAD_REQUEST.into_response(),
    }
}

/// Runs `change` on the record of the request in flight.
fn on_last(spans: &Spans, change: impl FnOnce(&mut SpanRecord)) {
    if let Some(last) = spans.lock().ok().as_mut().and_then(|spans| spans.last_mut()) {
        change(last);
    }
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
    // `TraceLayer` classified by the registry, recording each span in `spans`.
    let (requests, responses, failures) = (spans.clone(), spans.clone(), spans.clone());
    let trace = TraceLayer::new(SharedClassifier::new(StatusClassifier::server()))
        .on_request(move |request: &axum::extract::Request, _: &tracing::Span| {
            if let Ok(mut spans) = requests.lock() {
                let path = request.uri().path().to_owned();
                spans.push(SpanRecord {
                    path,
                    status: None,
                    span_status: SpanStatus::Unset,
                    error_type: None,
                    grpc: None,
                });
            }
        })
        .on_response(move |response: &Response, _: Duration, _: &tracing::Span| {
            let status = StatusCode::from(response.status());
            on_last(&responses, |record| {
                record.status = Some(status);
                record.grpc = Some(status.grpc_code());
            });
        })
        .on_failure(move |failure: StatusFailure, _: Duration, _: &tracing::Span| {
            on_last(&failures, |record| {
                record.span_status = SpanStatus::Error;
                record.error_type = Some(failure.to_string());
            });
        });
    let app = Router::new().route("/status/{code}", get(answer)).layer(trace);
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
        let failed = StatusClassifier::client().classify_code(response.status().as_u16()).is_some();
        client_spans.push(if failed { SpanStatus::Error } else { SpanStatus::Unset });
    }
    let _ = stop.send(());
    match server.await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => return Err(format!("server: {e}")),
        Err(e) => return Err(format!("server task: {e}")),
    }

    let spans = spans.lock().map_err(|_| "the span log was poisoned".to_owned())?;
    if spans.len() != codes.len() {
        return Err(format!("the layer saw {} of {} requests", spans.len(), codes.len()));
    }
    for (server_span, client_span) in spans.iter().zip(client_spans) {
        let SpanRecord { path, status, span_status, error_type, grpc } = server_span;
        let (Some(status), Some(grpc)) = (status, grpc) else {
            return Err(format!("no response was recorded for {path}"));
        };
        let error_type = error_type.as_ref().map(|e| format!(" (error.type {e})")).unwrap_or_default();
        println!(
            "GET {path} -> {status}; server span {span_status}{error_type}; client span {client_span}; grpc {grpc} ({})",
            grpc.value()
        );
    }
    Ok(())
}
