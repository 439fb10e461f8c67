//! The shelf service on actix-web 4: one error enum (`common/shelves.rs`) states each status once,
//! and the same declaration is actix's `ResponseError`, with the member's phrase on the wire, its
//! header fields, and problem details as the body (a 4xx's text as the detail, never a 5xx's).
//!
//! The server listens on 127.0.0.1 (an ephemeral port); a client asks it a few questions and
//! prints what it read back, then the server stops.
//!
//! ```sh
//! cargo run --example actix_service
//! ```

use std::net::SocketAddr;

use actix_web::{App, HttpServer, web};
use status_registry::StatusCode;

#[path = "common/read_back.rs"]
mod read_back;
#[path = "common/shelves.rs"]
mod shelves;

use shelves::ApiError;

async fn run() -> Result<(), String> {
    let server = HttpServer::new(|| {
        App::new()
            .route("/items/{id}", web::get().to(|id: web::Path<u64>| async move { shelves::item(*id) }))
            .route("/shelves/{name}", web::get().to(|name: web::Path<String>| async move { shelves::shelf(&name) }))
            .route("/write", web::get().to(|| async { Err::<String, _>(ApiError::ReadOnly) }))
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

    shelves::ask(addr).await?;
    handle.stop(true).await;
    running.await.map_err(|e| e.to_string())?.map_err(|e| e.to_string())?;
    println!("server stopped");
    Ok(())
}

fn main() -> std::process::ExitCode {
    // actix-web's server runs on its own runtime, a `System`.
    shelves::exit_with("actix_service", || actix_web::rt::System::new().block_on(run()))
}
