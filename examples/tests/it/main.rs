//! The examples' tests, one module per subject, in one test binary: the examples run as a user
//! would run them, and the integrations on 127.0.0.1 (axum, actix-web, aide, the tower layers).

mod actix;
mod aide;
mod common;
mod conformance_layer;
mod failures;
mod grpc;
mod hygiene;
mod openapi_headers;
mod poem;
mod problem_layer;
mod responses;
mod rocket;
mod run_examples;
mod salvo;
mod warp;
mod wire;
