//! The shelf service on poem 3: one error enum (`common/shelves.rs`) states each status once,
//! and the same declaration is poem's `ResponseError` (its status, header fields and problem
//! details as the body) and, through poem-openapi's `ApiResponse`, one documented response per
//! member in the service's OpenAPI document, which the example prints first.
//!
//! A `StatusCode` or `Problem` a handler returns carries the registry's phrase on HTTP/1; a
//! member that travels as a `poem::Error` carries hyper's (`404 Not Found` for `No Such Shelf`),
//! since poem gives an error's response the error's own extensions.
//!
//! ```sh
//! cargo run --example poem_service
//! ```

use poem::listener::{Acceptor, Listener, TcpListener};
use poem::{Route, Server, get, handler};
use poem_openapi::param::Path;
use poem_openapi::payload::PlainText;
use poem_openapi::{OpenApi, OpenApiService};
use status_registry::StatusCode;

#[path = "common/read_back.rs"]
mod read_back;
#[path = "common/shelves.rs"]
mod shelves;

use shelves::ApiError;

/// The documented part of the service.
struct Shelves;

#[OpenApi]
#[allow(clippy::unused_async, reason = "poem-openapi's operations are `async fn`s")]
impl Shelves {
    /// One item by id.
    #[oai(path = "/items/:id", method = "get")]
    async fn item(&self, id: Path<u64>) -> Result<PlainText<String>, ApiError> {
        shelves::item(id.0).map(PlainText)
    }

    /// One shelf by name.
    #[oai(path = "/shelves/:name", method = "get")]
    async fn shelf(&self, name: Path<String>) -> Result<PlainText<String>, ApiError> {
        shelves::shelf(&name.0).map(PlainText)
    }
}

#[handler]
fn write() -> Result<(), ApiError> {
    Err(ApiError::ReadOnly)
}

#[handler]
fn gone() -> StatusCode {
    StatusCode::from(499)
}

async fn run() -> Result<(), String> {
    let api = OpenApiService::new(Shelves, "shelves", "1.0");
    let document: serde_json::Value = serde_json::from_str(&api.spec()).map_err(|e| e.to_string())?;
    for (path, operations) in document["paths"].as_object().into_iter().flatten() {
        let responses = operations["get"]["responses"].as_object().into_iter().flatten();
        let codes: Vec<String> = responses
            .map(|(code, r)| format!("{code} {}", r["description"].as_str().unwrap_or("")).trim_end().to_owned())
            .collect();
        println!("documented: GET {path}: {}", codes.join(", "));
    }
    let app = Route::new().nest("/", api).at("/write", get(write)).at("/gone", get(gone));
    let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await.map_err(|e| e.to_string())?;
    let addr = acceptor.local_addr().first().and_then(|a| a.as_socket_addr().copied()).ok_or("no local address")?;
    let server = tokio::spawn(Server::new_with_acceptor(acceptor).run(app));
    shelves::ask(addr).await?;
    server.abort();
    println!("server stopped");
    Ok(())
}

fn main() -> std::process::ExitCode {
    shelves::main_with("poem_service", run)
}
