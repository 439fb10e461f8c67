//! A small web service that states each status once: an error enum derived against the registry
//! is its axum response (RFC 9457 problem details, the registry's phrase on the wire), its OpenAPI
//! responses (utoipa) and what its client reads back.
//!
//! The server runs on 127.0.0.1 with an ephemeral port. The program prints the OpenAPI responses
//! of each operation, then asks the server as a client would and prints what each answer means,
//! reading problem bodies back with `Problem`; then it shuts the server down and exits.
//!
//! ```text
//! cargo run --example service               # the responses and the client's view
//! cargo run --example service -- --openapi  # the whole OpenAPI document as JSON
//! ```

use std::fmt;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use axum::Router;
use axum::extract::Path;
use axum::routing::get;
use status_registry::{Problem, StatusRegistry};
use utoipa::OpenApi;

#[path = "common/read_back.rs"]
mod read_back;
use read_back::read_back;

/// Everything that can go wrong in this service, each with its status, checked against the
/// registry when it compiles. Two members share 404; the 5xx keeps its text to the server.
#[derive(StatusRegistry, Debug)]
#[status_registry(axum, problem, utoipa)]
enum ApiError {
    NotFound {
        id: u64,
    },
    #[status(404, reason = "No Such Shelf")]
    NoShelf(String),
    #[status(429)]
    SlowDown,
    #[status(500)]
    Storage(String),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::NotFound { id } => write!(f, "there is no item {id}"),
            ApiError::NoShelf(name) => write!(f, "there is no shelf called {name}"),
            ApiError::SlowDown => f.write_str("one request at a time, please"),
            ApiError::Storage(message) => write!(f, "storage failed: {message}"),
        }
    }
}

/// Health of the service: a fieldless enum, with the phrase the operators chose for 503.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(axum, utoipa)]
enum Health {
    Ok,
    #[status(503, reason = "Down for maintenance")]
    Maintenance,
}

/// One item by id.
#[utoipa::path(
    get,
    path = "/items/{id}",
    params(("id" = u64, Path, description = "The item's number")),
    responses((status = 200, description = "The item's name"), ApiError)
)]
async fn item(Path(id): Path<u64>) -> Result<String, ApiError> {
    match id {
        1 => Ok("a teapot\n".to_owned()),
        13 => Err(ApiError::Storage("disk /dev/sdb1 is read-only".to_owned())),
        42 => Err(ApiError::SlowDown),
        _ => Err(ApiError::NotFound { id }),
    }
}

/// The items on a shelf.
#[utoipa::path(
    get,
    path = "/shelves/{name}",
    params(("name" = String, Path, description = "The shelf's name")),
    responses((status = 200, description = "The shelf's items"), ApiError)
)]
async fn shelf(Path(name): Path<String>) -> Result<String, ApiError> {
    if name == "kitchen" { Ok("1\n".to_owned()) } else { Err(ApiError::NoShelf(name)) }
}

/// Whether the service is up.
#[utoipa::path(get, path = "/health", responses(Health))]
async fn health() -> Health {
    Health::Maintenance
}

/// The document. utoipa collects no schemas from `IntoResponses`, so `Problem`, which the error
/// responses refer to, is listed here.
#[derive(OpenApi)]
#[openapi(paths(item, shelf, health), components(schemas(Problem)))]
struct Document;

/// Each operation with its responses: `GET /items/{id}: 200 The item's name; 404 ...`.
fn print_responses(document: &utoipa::openapi::OpenApi) {
    for (path, item) in &document.paths.paths {
        let Some(operation) = &item.get else { continue };
        let responses: Vec<String> = operation
            .responses
            .responses
            .iter()
            .map(|(code, response)| match response {
                utoipa::openapi::RefOr::T(response) => {
                    let media: Vec<&str> = response.content.keys().map(String::as_str).collect();
                    let media = if media.is_empty() { String::new() } else { format!(" [{}]", media.join(", ")) };
                    format!("{code} {}{media}", response.description)
                }
                utoipa::openapi::RefOr::Ref(reference) => format!("{code} see {}", reference.ref_location),
            })
            .collect();
        println!("GET {path}: {}", responses.join("; "));
    }
}

async fn run(openapi_only: bool) -> Result<(), String> {
    let document = Document::openapi();
    if openapi_only {
        println!("{}", document.to_pretty_json().map_err(|e| e.to_string())?);
        return Ok(());
    }
    print_responses(&document);

    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .map_err(|e| format!("cannot listen on 127.0.0.1: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let app = Router::new()
        .route("/items/{id}", get(item))
        .route("/shelves/{name}", get(shelf))
        .route("/health", get(health));
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
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
    for path in ["/items/1", "/items/7", "/items/42", "/items/13", "/shelves/attic", "/health"] {
        println!("{}", read_back(&client, addr, path).await?);
    }

    let _ = stop.send(());
    server.await.map_err(|e| e.to_string())?.map_err(|e| e.to_string())?;
    println!("server stopped");
    Ok(())
}

fn main() -> ExitCode {
    let openapi_only = match std::env::args().nth(1).as_deref() {
        None => false,
        Some("--openapi") => true,
        Some(other) => {
            eprintln!("service: unknown argument `{other}`; the only one is `--openapi`");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("service: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(async { tokio::time::timeout(Duration::from_secs(30), run(openapi_only)).await }) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(message)) => {
            eprintln!("service: {message}");
            ExitCode::FAILURE
        }
        Err(_) => {
            eprintln!("service: gave up after 30 seconds");
            ExitCode::FAILURE
        }
    }
}
