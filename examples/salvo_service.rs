//! The shelf service on salvo 1.1: one error enum (`common/shelves.rs`) states each status once,
//! and the same declaration is salvo's `Scribe`, so a handler returns `Result<_, ApiError>` and
//! the member renders its response (the member's phrase on HTTP/1, its header fields, problem
//! details as the body), which salvo's catcher leaves as it is.
//!
//! ```sh
//! cargo run --example salvo_service
//! ```

use salvo_core::conn::{Acceptor, Listener, TcpListener};
use salvo_core::{Request, Router, Server, handler};
use status_registry::StatusCode;

#[path = "common/read_back.rs"]
mod read_back;
#[path = "common/shelves.rs"]
mod shelves;

use shelves::ApiError;

#[handler]
fn item(req: &mut Request) -> Result<String, ApiError> {
    shelves::item(req.param::<u64>("id").unwrap_or_default())
}

#[handler]
fn shelf(req: &mut Request) -> Result<String, ApiError> {
    shelves::shelf(&req.param::<String>("name").unwrap_or_default())
}

#[handler]
fn write() -> ApiError {
    ApiError::ReadOnly
}

#[handler]
fn gone() -> StatusCode {
    StatusCode::from(499)
}

async fn run() -> Result<(), String> {
    let router = Router::new()
        .push(Router::with_path("items/{id}").get(item))
        .push(Router::with_path("shelves/{name}").get(shelf))
        .push(Router::with_path("write").get(write))
        .push(Router::with_path("gone").get(gone));
    let acceptor = TcpListener::new("127.0.0.1:0").bind().await;
    let addr = acceptor.holdings().first().and_then(|h| h.local_addr.clone().into_std()).ok_or("no local address")?;
    let server = tokio::spawn(Server::new(acceptor).serve(router));
    shelves::ask(addr).await?;
    server.abort();
    println!("server stopped");
    Ok(())
}

fn main() -> std::process::ExitCode {
    shelves::main_with("salvo_service", run)
}
