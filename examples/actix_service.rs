//! The service of `examples/service.rs` on actix-web: one error enum states each status once, and
//! the same declaration is actix's `ResponseError`, with the member's phrase on the wire, its
//! header fields, and problem details as the body (a 4xx's text as the detail, never a 5xx's).
//!
//! The server listens on 127.0.0.1 (an ephemeral port); a client asks it a few questions and
//! prints what it read back, then the server stops.
//!
//! ```sh
//! cargo run --example actix_service
//! ```

use std::fmt;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use actix_web::{App, HttpServer, web};
use status_registry::{RetryAfter, StatusCode, StatusRegistry};

#[path = "common/read_back.rs"]
mod read_back;
use read_back::read_back;

/// Everything that can go wrong in this service, each with its status, checked against the
/// registry when it compiles.
#[derive(StatusRegistry, Debug)]
#[status_registry(actix, problem)]
enum ApiError {
    NotFound {
        id: u64,
    },
    #[status(404, reason = "No Such Shelf")]
    NoShelf(String),
    #[status(405, header("allow", "GET, HEAD"))]
    ReadOnly,
    #[status(503)]
    Dusting(#[header("retry-after")] RetryAfter),
    #[status(500)]
    Storage(String),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::NotFound { id } => write!(f, "there is no item {id}"),
            ApiError::NoShelf(name) => write!(f, "there is no shelf called {name}"),
            ApiError::ReadOnly => f.write_str("the shelves are read-only today"),
            ApiError::Dusting(_) => f.write_str("we are dusting"),
            ApiError::Storage(message) => write!(f, "storage failed: {message}"),
        }
    }
}

/// One item by id.
async fn item(id: web::Path<u64>) -> Result<String, ApiError> {
    match id.into_inner() {
        1 => Ok("a teapot\n".to_owned()),
        13 => Err(ApiError::Storage("disk /dev/sdb1 is read-only".to_owned())),
        id => Err(ApiError::NotFound { id }),
    }
}

/// The items on a shelf.
async fn shelf(name: web::Path<String>) -> Result<String, ApiError> {
    match name.as_str() {
        "kitchen" => Ok("1\n".to_owned()),
        "cellar" => Err(ApiError::Dusting(RetryAfter::Delay(Duration::from_secs(120)))),
        _ => Err(ApiError::NoShelf(name.into_inner())),
    }
}

/// Writing is refused.
async fn write() -> Result<String, ApiError> {
    Err(ApiError::ReadOnly)
}

async fn run() -> Result<(), String> {
    let server = HttpServer::new(|| {
        App::new()
            .route("/items/{id}", web::get().to(item))
            .route("/shelves/{name}", web::get().to(shelf))
            .route("/write", web::get().to(write))
            // `StatusCode` is a `Responder` too: nginx's 499 with its phrase.
            .route("/gone", web::get().to(|| async { StatusCode::from(499) }))
    })
    .workers(1)
    .bind(SocketAddr::from(([127, 0, 0, 1], 0)))
    .map_err(|e| format!("cannot listen on 127.0.0.1: {e}"))?;
    let addr = *server.addrs().first().ok_or("the server has no address")?;
    let server = server.run();
    let handle = server.handle();
    let running = actix_web::rt::spawn(server);
    println!("server on http://{addr}");

    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .no_proxy()
        .build()
        .map_err(|e| format!("cannot build the client: {e}"))?;
    for path in ["/items/1", "/items/7", "/items/13", "/shelves/attic", "/shelves/cellar", "/write", "/gone"] {
        println!("{}", read_back(&client, addr, path).await?);
    }
    let write = client.get(format!("http://{addr}/write")).send().await.map_err(|e| e.to_string())?;
    let allow = write.headers().get(http::header::ALLOW).and_then(|v| v.to_str().ok()).unwrap_or("(none)");
    println!("allow on /write: {allow}");

    handle.stop(true).await;
    running.await.map_err(|e| e.to_string())?.map_err(|e| e.to_string())?;
    println!("server stopped");
    Ok(())
}

fn main() -> ExitCode {
    if let Some(other) = std::env::args().nth(1) {
        eprintln!("actix_service: unknown argument `{other}`; it takes none");
        return ExitCode::from(2);
    }
    let outcome = actix_web::rt::System::new()
        .block_on(async { actix_web::rt::time::timeout(Duration::from_secs(30), run()).await });
    match outcome {
        Ok(Ok(())) => ExitCode::SUCCESS,
        Ok(Err(error)) => {
            eprintln!("actix_service: {error}");
            ExitCode::FAILURE
        }
        Err(_) => {
            eprintln!("actix_service: gave up after 30 seconds");
            ExitCode::FAILURE
        }
    }
}
