//! The error enum of the example services on actix-web, warp, poem, salvo and rocket: one
//! declaration states each status once, and the derive makes it each framework's response (asked
//! for by name in `#[status_registry(...)]`), with problem details as the body.

use std::fmt;
use std::time::Duration;

use status_registry::{RetryAfter, StatusRegistry};

/// Everything that can go wrong in the shelf service, each with its status, checked against the
/// registry when it compiles.
#[derive(StatusRegistry, Debug)]
#[status_registry(actix, warp, poem, poem_openapi, salvo, rocket, problem)]
pub(crate) enum ApiError {
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

/// poem turns an error into its response through `std::error::Error`.
impl std::error::Error for ApiError {}

/// One item by id.
pub(crate) fn item(id: u64) -> Result<String, ApiError> {
    match id {
        1 => Ok("a teapot".to_owned()),
        13 => Err(ApiError::Storage("disk /dev/sdb1 is read-only".to_owned())),
        id => Err(ApiError::NotFound { id }),
    }
}

/// One shelf by name.
pub(crate) fn shelf(name: &str) -> Result<String, ApiError> {
    match name {
        "kitchen" => Ok("teapots".to_owned()),
        "cellar" => Err(ApiError::Dusting(RetryAfter::Delay(Duration::from_secs(120)))),
        _ => Err(ApiError::NoShelf(name.to_owned())),
    }
}

/// The paths each example service asks of itself, in order.
pub(crate) const PATHS: [&str; 7] =
    ["/items/1", "/items/7", "/items/13", "/shelves/attic", "/shelves/cellar", "/write", "/gone"];

/// Runs `serve` on a current-thread runtime and exits as `exit_with` says.
#[allow(dead_code, reason = "actix_service runs on actix's own runtime instead")]
pub(crate) fn main_with<F>(name: &str, serve: impl FnOnce() -> F) -> std::process::ExitCode
where
    F: std::future::Future<Output = Result<(), String>>,
{
    exit_with(name, || {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|error| format!("cannot start a runtime: {error}"))?;
        runtime.block_on(serve())
    })
}

/// Runs `serve` and exits as the examples do: 0 when it went well, 1 with the error on stderr
/// otherwise, 2 for arguments (they take none).
pub(crate) fn exit_with(name: &str, serve: impl FnOnce() -> Result<(), String>) -> std::process::ExitCode {
    if std::env::args().len() > 1 {
        eprintln!("usage: {name}");
        return std::process::ExitCode::from(2);
    }
    match serve() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{name}: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Asks the service at `addr` each of `PATHS` and prints what came back, and the `allow` field
/// of the refused write.
pub(crate) async fn ask(addr: std::net::SocketAddr) -> Result<(), String> {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .no_proxy()
        .build()
        .map_err(|e| format!("cannot build the client: {e}"))?;
    for path in PATHS {
        println!("{}", super::read_back::read_back(&client, addr, path).await?);
    }
    let write = client.get(format!("http://{addr}/write")).send().await.map_err(|e| e.to_string())?;
    let allow = write.headers().get(http::header::ALLOW).and_then(|v| v.to_str().ok()).unwrap_or("(none)");
    println!("allow on /write: {allow}");
    Ok(())
}
