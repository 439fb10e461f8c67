//! The shelf service on rocket 0.5: one error enum (`common/shelves.rs`) states each status once,
//! and the same declaration is rocket's `Responder`, so a route returns `Result<_, ApiError>`
//! and the member sends its status, header fields and problem details as the body.
//!
//! rocket hands hyper the code alone, so the phrase on the wire is hyper's: `404 Not Found` for
//! the member whose own is `No Such Shelf`, and `499 <none>` for nginx's 499. The status is
//! always the member's.
//!
//! ```sh
//! cargo run --example rocket_service
//! ```

use rocket::{get, routes};
use status_registry::StatusCode;

#[path = "common/read_back.rs"]
mod read_back;
#[path = "common/rocket_launch.rs"]
mod rocket_launch;
#[path = "common/shelves.rs"]
mod shelves;

use shelves::ApiError;

#[get("/items/<id>")]
fn item(id: u64) -> Result<String, ApiError> {
    shelves::item(id)
}

#[get("/shelves/<name>")]
fn shelf(name: &str) -> Result<String, ApiError> {
    shelves::shelf(name)
}

#[get("/write")]
fn write() -> ApiError {
    ApiError::ReadOnly
}

#[get("/gone")]
fn gone() -> StatusCode {
    StatusCode::from(499)
}

async fn run() -> Result<(), String> {
    let rocket = rocket::custom(rocket_launch::config()).mount("/", routes![item, shelf, write, gone]);
    let (addr, server) = rocket_launch::launch(rocket).await?;
    shelves::ask(addr).await?;
    server.abort();
    println!("server stopped");
    Ok(())
}

fn main() -> std::process::ExitCode {
    shelves::main_with("rocket_service", run)
}
