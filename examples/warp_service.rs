//! The shelf service on warp 0.4: one error enum (`common/shelves.rs`) states each status once,
//! and the same declaration is warp's `Reply` (the member's phrase on the wire where hyper keeps
//! it, its header fields, problem details as the body) and a rejection that `rejection::recover`
//! turns back into that response.
//!
//! The server listens on 127.0.0.1 (an ephemeral port); a client asks it a few questions and
//! prints what it read back, then the server stops.
//!
//! ```sh
//! cargo run --example warp_service
//! ```

use status_registry::StatusCode;
use status_registry::rejection::recover;
use warp::Filter;

#[path = "common/read_back.rs"]
mod read_back;
#[path = "common/shelves.rs"]
mod shelves;

use shelves::ApiError;

async fn run() -> Result<(), String> {
    let items = warp::path!("items" / u64).map(shelves::item);
    // A shelf that is not there is a rejection, which `recover` answers with its response.
    let shelves = warp::path!("shelves" / String)
        .and_then(|name: String| async move { shelves::shelf(&name).map_err(warp::reject::custom) });
    let write = warp::path!("write").map(|| ApiError::ReadOnly);
    let gone = warp::path!("gone").map(|| StatusCode::from(499));
    let routes = items.or(shelves).or(write).or(gone).recover(recover::<ApiError>);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(|e| e.to_string())?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let server = tokio::spawn(warp::serve(routes).incoming(listener).run());
    shelves::ask(addr).await?;
    server.abort();
    println!("server stopped");
    Ok(())
}

fn main() -> std::process::ExitCode {
    shelves::main_with("warp_service", run)
}
