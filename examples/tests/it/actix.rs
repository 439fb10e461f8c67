//! actix-web responses from the registry, read as raw bytes from an actix-web server on
//! 127.0.0.1 by the checks every framework shares (`common::shelf`): the members as the errors of
//! handlers that return `Result<&str, ShelfError>`, with the registry's phrases, and a fieldless
//! enum as a `Responder`.

use std::net::SocketAddr;
use std::time::Duration;

use actix_web::{App, HttpServer, web};
use status_registry::{Problem, StatusCode, StatusRegistry};

use crate::common::shelf::{Phrases, ShelfError, check_shelf, get, member};

/// A fieldless enum is a `Responder`.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(actix)]
enum Health {
    Ok,
    #[status(503, reason = "Down for maintenance")]
    Maintenance,
}

#[test]
fn actix_responses_obey_the_registry() {
    let listener = std::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).unwrap();
    let addr = listener.local_addr().unwrap();
    let (started, handle) = std::sync::mpsc::channel();
    // actix-web's server runs on its own runtime, in a thread of its own.
    let server = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(|| {
                App::new()
                    .route("/nginx", web::get().to(|| async { StatusCode::from(499) }))
                    .route("/health", web::get().to(|| async { Health::Maintenance }))
                    .route(
                        "/error/{name}",
                        web::get().to(|name: web::Path<String>| async move {
                            Err::<&'static str, ShelfError>(member(&name))
                        }),
                    )
                    .route(
                        "/problem",
                        web::get().to(|| async { Problem::new(StatusCode::Conflict).with_detail("taken") }),
                    )
            })
            .workers(1)
            .listen(listener)
            .unwrap()
            .run();
            started.send(server.handle()).unwrap();
            server.await
        })
    });
    let handle = handle.recv_timeout(Duration::from_secs(30)).unwrap();

    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        check_shelf(addr, Phrases::Registry, "/error", Phrases::Registry).await;
        assert_eq!(get(addr, "/health").await.line, "HTTP/1.1 503 Down for maintenance");
    });

    actix_web::rt::System::new().block_on(handle.stop(true));
    server.join().unwrap().unwrap();
}
