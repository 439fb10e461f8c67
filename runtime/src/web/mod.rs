//! The web: statuses and problem details on the wire of a service, the documents that describe
//! them, and what they mean to the tools that watch it. One file per integration, over one set of
//! response rules:
//!
//! | file | feature | what |
//! |---|---|---|
//! | `wire.rs` | any framework's | what a response of a status carries, decided once for every framework |
//! | `hyper.rs` | `hyper` | a response's status read back with the phrase hyper keeps |
//! | `http1.rs` | `axum`, `warp`, `poem`, `salvo`, `rocket` | the `http` crate's response with the phrase hyper writes, generic over the framework's body |
//! | `axum.rs` | `axum` | `IntoResponse` for `StatusCode`, `Problem` and derived enums |
//! | `warp.rs`, `rejection.rs` | `warp` | `Reply` for the same; derived error enums as rejections, and `recover` |
//! | `actix.rs` | `actix` | `Responder` for the same |
//! | `poem.rs` | `poem` | `IntoResponse` for the same; `ResponseError` for derived error enums |
//! | `salvo.rs` | `salvo` | `Scribe` for the same; `StatusError` from derived enums |
//! | `rocket.rs` | `rocket` | `Responder` for the same, without the registry's phrase (rocket writes hyper's) |
//! | `problem/` | `problem` | RFC 9457 problem details (`details.rs`) and `ProblemLayer` (`layer.rs`, with `tower`) |
//! | `openapi.rs` | `utoipa`, `utoipa5`, `aide`, `poem-openapi` | the responses a derived enum documents |
//! | `conformance.rs` | `http` | a response checked against its status's rules, and `ConformanceLayer` |
//! | `telemetry.rs` | none | span status and gRPC code of a status; tower-http's classifier and span maker |
//! | `tonic.rs` | `tonic` | `tonic::Status` from derived enums; `GrpcCode` and `tonic::Code` both ways |
//!
//! Imports run one way: the integrations read `wire` and `problem`; `problem` reads neither.

#[cfg(feature = "actix")]
pub(crate) mod actix;
#[cfg(feature = "axum")]
pub(crate) mod axum;
#[cfg(feature = "http")]
pub mod conformance;
#[cfg(any(feature = "axum", feature = "warp", feature = "poem", feature = "salvo", feature = "rocket"))]
pub mod http1;
#[cfg(feature = "hyper")]
mod hyper;
// Its impls name their one feature each, not the module's choice of three.
#[cfg(any(feature = "utoipa", feature = "utoipa5", feature = "aide", feature = "poem-openapi"))]
#[cfg_attr(docsrs, doc(auto_cfg = false))]
pub(crate) mod openapi;
#[cfg(feature = "poem")]
pub(crate) mod poem;
#[cfg(feature = "problem")]
pub mod problem;
#[cfg(feature = "warp")]
pub mod rejection;
#[cfg(feature = "rocket")]
pub(crate) mod rocket;
#[cfg(feature = "salvo")]
pub(crate) mod salvo;
pub mod telemetry;
#[cfg(feature = "tonic")]
pub(crate) mod tonic;
#[cfg(feature = "warp")]
pub(crate) mod warp;
#[cfg(any(
    feature = "axum",
    feature = "actix",
    feature = "warp",
    feature = "poem",
    feature = "salvo",
    feature = "rocket"
))]
pub(crate) mod wire;
