//! One error enum for a service that speaks both REST and gRPC: the same declaration is axum's
//! response (problem details with the member's phrase) and tonic's `Status`, with the code a
//! server means by each member's status (`google.rpc.Code`'s HTTP mapping: 404 is `NOT_FOUND`,
//! where a gRPC client that got a bare HTTP 404 would report `UNIMPLEMENTED`), or the member's
//! own `grpc = "..."`.
//!
//! Both servers listen on 127.0.0.1 (ephemeral ports); a tonic client and a raw HTTP client ask
//! them the same questions and print what they read back, then the servers stop.
//!
//! ```sh
//! cargo run --example grpc_service
//! ```

use std::fmt;
use std::process::ExitCode;

use status_registry::StatusRegistry;

#[path = "common/grpc.rs"]
mod grpc;
#[path = "common/read_back.rs"]
mod read_back;

/// Everything that can go wrong when asking for a shelf, over HTTP or gRPC alike.
#[derive(StatusRegistry, Debug)]
#[status_registry(axum, problem, tonic)]
enum ShelfError {
    NotFound {
        id: u64,
    },
    #[status(400, reason = "Not A Shelf Number")]
    NotANumber(String),
    #[status(409, grpc = "already_exists")]
    Taken(u64),
    #[status(500)]
    Storage(String),
}

impl fmt::Display for ShelfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShelfError::NotFound { id } => write!(f, "there is no shelf {id}"),
            ShelfError::NotANumber(text) => write!(f, "{text:?} is not a shelf number"),
            ShelfError::Taken(id) => write!(f, "shelf {id} is already taken"),
            ShelfError::Storage(message) => write!(f, "storage failed: {message}"),
        }
    }
}

/// The one lookup both protocols answer with.
fn shelf(text: &str) -> Result<String, ShelfError> {
    let id: u64 = text.trim().parse().map_err(|_| ShelfError::NotANumber(text.to_owned()))?;
    match id {
        1 => Ok("shelf 1: teapots".to_owned()),
        2 => Err(ShelfError::Taken(2)),
        13 => Err(ShelfError::Storage("disk /dev/sdb1 is read-only".to_owned())),
        id => Err(ShelfError::NotFound { id }),
    }
}

async fn rest(axum::extract::Path(id): axum::extract::Path<String>) -> Result<String, ShelfError> {
    shelf(&id)
}

async fn run() -> Result<(), String> {
    let grpc_addr = grpc::serve(grpc::Shelves::new(shelf)).await.map_err(|e| e.to_string())?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(|e| e.to_string())?;
    let http_addr = listener.local_addr().map_err(|e| e.to_string())?;
    let client = reqwest::Client::new();
    let router = axum::Router::new().route("/shelves/{id}", axum::routing::get(rest));
    tokio::spawn(async move { axum::serve(listener, router).await });

    for question in ["1", "7", "two", "2", "13"] {
        match grpc::get(grpc_addr, question).await {
            Ok(answer) => println!("gRPC Get({question:?}): OK {answer:?}"),
            Err(status) => println!("gRPC Get({question:?}): {:?} {:?}", status.code(), status.message()),
        }
        println!("HTTP {}", read_back::read_back(&client, http_addr, &format!("/shelves/{question}")).await?);
    }
    Ok(())
}

fn main() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_current_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("grpc_service: cannot start a runtime: {error}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("grpc_service: {error}");
            ExitCode::FAILURE
        }
    }
}
