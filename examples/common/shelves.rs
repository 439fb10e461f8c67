//! The error enum of the example services on warp, poem, salvo and rocket: one declaration
//! states each status once, and the derive makes it each framework's response (asked for by
//! name in `#[status_registry(...)]`), with problem details as the body.

use std::fmt;

use status_registry::StatusRegistry;

/// Everything that can go wrong in the shelf service, each with its status, checked against the
/// registry when it compiles.
#[derive(StatusRegistry, Debug)]
#[status_registry(warp, poem, poem_openapi, salvo, rocket, problem)]
pub(crate) enum ApiError {
    NotFound {
        id: u64,
    },
    #[status(404, reason = "No Such Shelf")]
    NoShelf(String),
    #[status(405, header("allow", "GET, HEAD"))]
    ReadOnly,
    #[status(500)]
    Storage(String),
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ApiError::NotFound { id } => write!(f, "there is no item {id}"),
            ApiError::NoShelf(name) => write!(f, "there is no shelf called {name}"),
            ApiError::ReadOnly => f.write_str("the shelves are read-only today"),
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
        _ => Err(ApiError::NoShelf(name.to_owned())),
    }
}

/// The paths each example service asks of itself, in order.
pub(crate) const PATHS: [&str; 6] = ["/items/1", "/items/7", "/items/13", "/shelves/attic", "/write", "/gone"];

/// Runs `serve` on a current-thread runtime and exits as the examples do: 0 when it went well, 1
/// with the error on stderr otherwise, 2 for arguments (they take none).
pub(crate) fn main_with<F>(name: &str, serve: impl FnOnce() -> F) -> std::process::ExitCode
where
    F: std::future::Future<Output = Result<(), String>>,
{
    if std::env::args().len() > 1 {
        eprintln!("usage: {name}");
        return std::process::ExitCode::from(2);
    }
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("{name}: cannot start a runtime: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    match runtime.block_on(serve()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("{name}: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Asks the service at `addr` each of `PATHS` and prints what came back.
pub(crate) async fn ask(addr: std::net::SocketAddr) -> Result<(), String> {
    let client = reqwest::Client::new();
    for path in PATHS {
        println!("{}", super::read_back::read_back(&client, addr, path).await?);
    }
    Ok(())
}
