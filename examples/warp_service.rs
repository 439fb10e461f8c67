//! The service of `examples/service.rs` on warp 0.4: one error enum states each status once, and
//! the same declaration is warp's `Reply` (the member's phrase on the wire where hyper keeps it,
//! its header fields, problem details as the body) and a rejection that
//! `rejection::recover` turns back into that response.
//!
//! The server listens on 127.0.0.1 (an ephemeral port); a client asks it a few questions and
//! prints what it read back, then the server stops.
//!
//! ```sh
//! cargo run --example warp_service
//! ```

use std::fmt;
use std::process::ExitCode;

use status_registry::rejection::recover;
use status_registry::{StatusCode, StatusRegistry};
use warp::Filter;

#[path = "common/read_back.rs"]
mod read_back;

/// Everything that can go wrong in this service, each with its status, checked against the
/// registry when it compiles.
#[derive(StatusRegistry, Debug)]
#[status_registry(warp, problem)]
enum ApiError {
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

/// One item by id: a reply either way.
fn item(id: u64) -> Result<String, ApiError> {
    match id {
        1 => Ok("a teapot".to_owned()),
        13 => Err(ApiError::Storage("disk /dev/sdb1 is read-only".to_owned())),
        id => Err(ApiError::NotFound { id }),
    }
}

/// One shelf by name: found, or a rejection that `recover` answers.
async fn shelf(name: String) -> Result<String, warp::Rejection> {
    match name.as_str() {
        "kitchen" => Ok("teapots".to_owned()),
        _ => Err(warp::reject::custom(ApiError::NoShelf(name))),
    }
}

async fn run() -> Result<(), String> {
    let items = warp::path!("items" / u64).map(item);
    let shelves = warp::path!("shelves" / String).and_then(shelf);
    let write = warp::path!("write").map(|| ApiError::ReadOnly);
    let gone = warp::path!("gone").map(|| StatusCode::from(499));
    let routes = items.or(shelves).or(write).or(gone).recover(recover::<ApiError>);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let server = tokio::spawn(warp::serve(routes).incoming(listener).run());

    let client = reqwest::Client::new();
    for path in ["/items/1", "/items/7", "/items/13", "/shelves/attic", "/write", "/gone"] {
        println!("{}", read_back::read_back(&client, addr, path).await?);
    }
    server.abort();
    println!("server stopped");
    Ok(())
}

fn main() -> ExitCode {
    if std::env::args().len() > 1 {
        eprintln!("usage: warp_service");
        return ExitCode::from(2);
    }
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("warp_service: cannot start a runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("warp_service: {error}");
            ExitCode::FAILURE
        }
    }
}
