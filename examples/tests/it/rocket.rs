//! rocket responses from the registry, read as raw bytes from a rocket server on 127.0.0.1 by
//! the checks every framework shares (`common::shelf`): the members as the errors of routes that
//! return `Result<String, ShelfError>`. rocket writes hyper's phrase, not the registry's: the
//! checks expect hyper's (`499 <none>`), and every status is the member's.

use rocket::{get, routes};
use status_registry::{Problem, StatusCode};

use crate::common::shelf::{Phrases, ShelfError, check_shelf, member};

#[get("/nginx")]
fn nginx() -> StatusCode {
    StatusCode::from(499)
}

#[get("/problem")]
fn problem() -> Problem {
    Problem::new(StatusCode::Conflict).with_detail("taken")
}

#[get("/error/<name>")]
fn error(name: &str) -> Result<String, ShelfError> {
    Err(member(name))
}

#[path = "../../common/rocket_launch.rs"]
mod rocket_launch;

#[test]
fn rocket_responses_and_errors_obey_the_registry() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let rocket = rocket::custom(rocket_launch::config()).mount("/", routes![nginx, problem, error]);
        let (addr, _) = rocket_launch::launch(rocket).await.unwrap();
        check_shelf(addr, Phrases::Hyper, "/error", Phrases::Hyper).await;
    });
}
