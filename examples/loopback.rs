//! A server and a client on 127.0.0.1 that speak vendor status codes.
//!
//! An axum server answers `/status/{code}` with that code, including codes only vendors use (nginx
//! 499, Cloudflare 522 and 530, AWS ELB 460). A reqwest client fetches each one, turns the
//! response status into `StatusCode` and into the API's own derived enum, prints the registry's
//! view of it, and decides from the retry hint whether it would try again. A second, bare client
//! reads the raw status line off the socket with `StatusLine`, which must agree.
//!
//! ```text
//! cargo run --example loopback               # a fixed set of codes
//! cargo run --example loopback -- 418 522    # the codes you name
//! ```
//!
//! The server listens on an ephemeral port, every request has a timeout, and the program shuts the
//! server down and exits by itself.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use axum::Router;
use axum::extract::Path;
use axum::http::HeaderValue;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use status_registry::{Status, StatusCode, StatusLine, StatusRegistry};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

/// What the client side of this API expects to see.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(http)]
enum Edge {
    Ok,
    TooManyRequests,
    ServiceUnavailable,
    NginxClientClosedRequest,
    CloudflareConnectionTimedOut,
    #[status(other)]
    Other(u16),
}

const DEFAULT_CODES: &[u16] = &[200, 404, 429, 499, 503, 522, 530, 460, 999];

/// Answers with the code in the path; the body is the registry's description of it.
async fn answer(Path(code): Path<u16>) -> Response {
    let status = StatusCode::from(code);
    let Ok(wire) = http::StatusCode::try_from(status) else {
        // 000 and codes above 999 cannot go on the wire; say so with a real status instead.
        return (http::StatusCode::BAD_REQUEST, format!("{code} cannot be sent over HTTP\n")).into_response();
    };
    let mut response = (wire, format!("{}\n", status.description())).into_response();
    if status.uses_retry_after() {
        response.headers_mut().insert(http::header::RETRY_AFTER, HeaderValue::from_static("1"));
    }
    response
}

fn main() -> ExitCode {
    let mut codes = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.parse::<u16>() {
            Ok(code) if (100..=999).contains(&code) => codes.push(code),
            _ => {
                eprintln!("loopback: `{arg}` is not a code HTTP can carry (100-999)");
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
            eprintln!("loopback: cannot start the runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(async { tokio::time::timeout(Duration::from_secs(30), run(&codes)).await }) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(error)) => {
            eprintln!("loopback: {error}");
            ExitCode::FAILURE
        }
        Err(_) => {
            eprintln!("loopback: gave up after 30 seconds");
            ExitCode::FAILURE
        }
    }
}

async fn run(codes: &[u16]) -> Result<(), String> {
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .map_err(|e| format!("cannot listen on 127.0.0.1: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let app = Router::new().route("/status/{code}", get(answer));
    let server = tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = stopped.await;
            })
            .await
    });
    println!("server on http://{addr}");

    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .no_proxy()
        .build()
        .map_err(|e| format!("cannot build the client: {e}"))?;
    let mut failures = 0;
    for &code in codes {
        let response = client
            .get(format!("http://{addr}/status/{code}"))
            .send()
            .await
            .map_err(|e| format!("GET /status/{code}: {e}"))?;
        let status = StatusCode::from(response.status());
        let edge = Edge::from(response.status());
        let has_retry_after = response.headers().contains_key(http::header::RETRY_AFTER);
        let retry = if status.is_success() {
            "done"
        } else if status.retry().allows(true, has_retry_after) {
            "retry"
        } else {
            "give up"
        };
        let vendor = status.vendor().map(|v| format!(" [{v}]")).unwrap_or_default();
        let wire = raw_status_line(addr, code).await?;
        let line = StatusLine::parse(&wire).map_err(|e| format!("GET /status/{code}: `{wire}`: {e}"))?;
        let intact = if status.code() == code && line.code() == code { "intact" } else { "CHANGED" };
        if status.code() != code || line.code() != code {
            failures += 1;
        }
        println!(
            "GET /status/{code} -> {status}{vendor}; wire `{}`; as Edge: {edge:?}; {retry}; {intact}",
            wire.trim_end()
        );
    }

    let _ = stop.send(());
    match server.await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => return Err(format!("server: {e}")),
        Err(e) => return Err(format!("server task: {e}")),
    }
    println!("server stopped; {} of {} codes arrived intact", codes.len() - failures, codes.len());
    if failures == 0 { Ok(()) } else { Err(format!("{failures} codes changed on the way")) }
}

/// The status line of `GET /status/{code}` read straight off a socket, as sent.
async fn raw_status_line(addr: SocketAddr, code: u16) -> Result<String, String> {
    let exchange = async {
        let mut stream = tokio::net::TcpStream::connect(addr).await?;
        let request = format!("GET /status/{code} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
        stream.write_all(request.as_bytes()).await?;
        let mut line = String::new();
        BufReader::new(stream).read_line(&mut line).await?;
        Ok::<_, std::io::Error>(line)
    };
    match tokio::time::timeout(Duration::from_secs(5), exchange).await {
        Ok(Ok(line)) => Ok(line),
        Ok(Err(e)) => Err(format!("raw GET /status/{code}: {e}")),
        Err(_) => Err(format!("raw GET /status/{code}: no answer within 5 s")),
    }
}
