//! Every HTTP status code as typed Rust: the IANA registry and the vendor codes real traffic
//! carries (nginx 499, Cloudflare 520-530, AWS ELB 000 and 460, IIS 440 and 449, LinkedIn 999,
//! ...), generated at compile time from one data file, `registry.yaml`, with your own enums of
//! codes checked against it.
//!
//! ```toml
//! [dependencies]
//! status-registry = { version = "0.6", features = ["vendor-nginx", "vendor-cloudflare"] }
//! ```
//!
//! | you have | start at |
//! |---|---|
//! | a code, a phrase or a status line | [`StatusCode`], [`StatusLine`] |
//! | the codes of your own API or error type | [`StatusRegistry`](derive.StatusRegistry.html) (the derive and every attribute), [`status!`](macro.status.html) |
//! | an axum, actix-web, warp, poem, salvo or rocket service, OpenAPI | [In a web service](derive.StatusRegistry.html#in-a-web-service), [`rejection`](rejection/index.html) for warp |
//! | problem details (RFC 9457) | [`problem`](problem/index.html), [`ProblemType`](struct.ProblemType.html) |
//! | responses to hold to their status's rules | [`conformance`](conformance/index.html) |
//! | a client that retries | [`client`](client/index.html), [`Status::retry_decision_for`](trait.Status.html#method.retry_decision_for) |
//! | spans, metrics and gRPC codes | [`telemetry`], [`GrpcCode`] |
//! | a tonic service that shares the error enum | [`StatusRegistry`](derive.StatusRegistry.html)'s `tonic` key |
//! | a `Proxy-Status` field (RFC 9209) | [`proxy_status`](proxy_status/index.html) |
//! | a terminal | `cargo install statusreg`, then `statusreg explain 499` |
//!
//! ```
//! use status_registry::{Class, Retry, Status, StatusCode};
//!
//! let status = StatusCode::from(404);                        // From<u16> is total
//! assert_eq!(status.to_string(), "404 Not Found");
//! assert_eq!(status.class(), Class::ClientError);
//! assert_eq!("413 request entity too large".parse(), Ok(StatusCode::ContentTooLarge));
//! assert_eq!(StatusCode::ServiceUnavailable.retry(), Retry::Always);
//! assert_eq!(u16::from(StatusCode::from(799)), 799);          // unregistered, kept
//! ```
//!
//! Each meaning has its record ([`Info`]): reason, Japanese label, aliases, vendor, specification,
//! lifecycle, whether it is cacheable by default and may carry content, the header fields its
//! specification requires or recommends, a retry hint with its reason, and descriptions in English
//! and Japanese. Beside the status codes, the same file holds RFC 9457's problem types and RFC
//! 9209's proxy error types.
//!
//! # Cargo features
//!
//! Every feature is additive. Without `std` the crate is `no_std` and never allocates; without
//! `macros` no proc-macro is compiled and `StatusCode` comes from rows checked in beside the code.
//!
//! <!-- features: begin -->
//! | feature | what it gives |
//! |---|---|
//! | `std` (default) | Links the standard library; needed by `http`. Without it the crate is `no_std` and never allocates. The error types implement `core::error::Error` either way. |
//! | `macros` (default) | `#[derive(StatusRegistry)]` and `status!`. Without it, `StatusCode` and the rest are all there and no proc-macro is compiled. The proc-macro compiles the derive's code for each web interop below only when that feature is on. |
//! | `http` | Conversions to and from `http::StatusCode` (the type hyper, axum, reqwest and tower use), also for derived enums. Needs `std`, like the http crate. Turns on `std`. |
//! | `tower` | `conformance::ConformanceLayer`: a tower layer that checks each response against the rules of its status; with `problem`, `problem::ProblemLayer`, which turns bare error responses into problem details. Brings tower's two interface crates, `http-body`, `bytes` and `pin-project-lite`, which every tower stack already has. Turns on `http`. |
//! | `hyper` | `StatusCode::from_response`/`from_http_parts`: a response's status read with the phrase hyper's HTTP/1 client keeps (`ReasonPhrase`). Brings hyper with `http1`, which reqwest and axum build. Turns on `http`. |
//! | `axum` | `IntoResponse` for `StatusCode` (and derived enums that ask with `#[status_registry(axum)]`), with the registry's phrase on the wire over HTTP/1. Turns on `hyper`. |
//! | `problem` | `Problem`: RFC 9457 problem details titled from the registry, for derived enums that ask with `#[status_registry(problem)]` too. Brings serde_json for the extension members. Turns on `serde`, `std`. |
//! | `utoipa` | OpenAPI through utoipa 6 (what `cargo add utoipa` gives; utoipa-axum 0.3 needs it): `IntoResponses` for derived enums that ask with `#[status_registry(utoipa)]`, and with `problem`, `ToSchema` for `Problem`. utoipa 6 needs Rust 1.88. Turns on `std`. |
//! | `utoipa5` | The same for utoipa 5, for services that stay on it. With both features, derived enums implement both versions' `IntoResponses`. Turns on `std`. |
//! | `reqwest-middleware` | `client::RetryMiddleware`: retries for reqwest-middleware 0.5 (reqwest 0.13) by the registry's hints, `Retry-After` and `RateLimit`, within a retry budget. Brings reqwest-middleware and, from the crates reqwest already builds, tower's retry budget and tokio's timer. Turns on `http`. |
//! | `tower-retry` | `client::RetryPolicy`: the same rules as a `tower::retry::Policy` for `http` requests. Brings tower with its `retry` feature and tokio's timer. Turns on `http`. |
//! | `tracing` | Events of `client::RetryMiddleware` and `client::RetryPolicy` through the `tracing` crate, target `status_registry::client`: one for each retry, one for each retryable failure returned without one, and the span's `http.request.resend_count`; and an error event, target `status_registry::response`, for each derived response answered 500 because a header field or a problem member could not be sent; with `tower-http`, `telemetry::MakeSpan` (tower-http's `trace` feature on, which brings nothing `tracing` does not). Without those features it does nothing. Brings `tracing`, which reqwest already builds (a `tower-retry` build without reqwest gains `tracing`, `tracing-core` and `once_cell`). |
//! | `reqwest` | `client::classify`: the registry's retry rule as the classifier of reqwest's own retry policy. It speaks only `http` types, so it brings nothing beyond the `http` feature. Turns on `http`. |
//! | `actix` | actix-web 4: `Responder` for `StatusCode` (and `Problem` with `problem`), with the registry's phrase on the wire, and for derived enums that ask with `#[status_registry(actix)]` a `Responder` (fieldless) or `ResponseError` (with data). Brings actix-web without default features. Turns on `http`. |
//! | `aide` | OpenAPI through aide 0.15 (axum 0.8): `OperationOutput` for derived enums that ask with `#[status_registry(aide)]`, and with `problem`, `JsonSchema` for `Problem`. Brings aide and the schemars 0.9 it builds. Turns on `std`. |
//! | `tower-http` | `telemetry::StatusClassifier`: tower-http 0.7's response classifier by the OpenTelemetry HTTP conventions (server spans fail on 5xx, client spans on 4xx and 5xx), for `TraceLayer` and tower-http's metrics. Brings tower-http without default features. Turns on `http`. |
//! | `warp` | warp 0.4: `Reply` for `StatusCode` (and `Problem` with `problem`), with the registry's phrase on HTTP/1 where hyper keeps it, and for derived enums that ask with `#[status_registry(warp)]` a `Reply` and a rejection, with `rejection::recover`. Brings warp without default features (no server). Turns on `hyper`. |
//! | `poem` | poem 3: `IntoResponse` for `StatusCode` (and `Problem` with `problem`), with the registry's phrase on HTTP/1 (poem hands hyper the phrase), and for derived enums that ask with `#[status_registry(poem)]` a `ResponseError` (the enum's own `std::error::Error` makes it a `poem::Error`) and an `IntoResponse`. Brings poem without default features (no server), and tokio's `net`, without which poem 3.1 does not build (its server turns it on). Turns on `hyper`. |
//! | `poem-openapi` | poem-openapi 5: `ApiResponse` for derived enums that ask with `#[status_registry(poem_openapi)]`, one response per code as utoipa's, and with `problem`, `Problem` as a poem-openapi type (its schema, and JSON both ways, for `Json<Problem>` payloads). Brings poem-openapi without default features. Turns on `poem`. |
//! | `salvo` | salvo 1.1: `Scribe` for `StatusCode` (and `Problem` with `problem`), with the registry's phrase on HTTP/1, and for derived enums that ask with `#[status_registry(salvo)]` a `Scribe` (so a `Writer`, and handlers may return `Result<_, E>`) and `From<&E>` for salvo's `StatusError`; with `problem`, `Problem` to and from salvo's own RFC 9457 `Problem`. Brings salvo's core without default features, with its `rfc9457` module. salvo 1.1 needs Rust 1.95, newer than this crate's 1.88: the feature builds only there. Turns on `hyper`. |
//! | `rocket` | rocket 0.5 (0.5.2 or later, on hyper 1): `Responder` for `StatusCode` (and `Problem` with `problem`), and for derived enums that ask with `#[status_registry(rocket)]`, with their header fields and no body where the status has none. rocket writes hyper's own phrase for a code, or none for a code hyper does not know (`499 <none>`): the status is right, the phrase is not the registry's. Brings rocket without default features. rocket 0.5.2 needs Rust 1.89, newer than this crate's 1.88: the feature builds only there. Turns on `hyper`. |
//! | `tonic` | tonic 0.14: `From<&E>` and `From<E>` for `tonic::Status` for derived enums that ask with `#[status_registry(tonic)]` (the code a server means by each member's status, as `google.rpc.Code` maps HTTP, or the member's own `grpc = "..."`), and conversions between `GrpcCode` and `tonic::Code`. Brings tonic without default features (no transport). Turns on `std`. |
//! | `serde` | `Serialize`/`Deserialize` as the numeric code, also for derived enums. Works without `std`. |
//! | `all-vendors` | Every vendor's codes: each `vendor-<id>` feature below, one per vendor of registry.yaml in its precedence order. |
//! | `vendor-nginx` | nginx: 444, 494-497, 499 |
//! | `vendor-cloudflare` | Cloudflare: 520-527, 530 |
//! | `vendor-aws-elb` | AWS Elastic Load Balancing: 000, 460, 463, 464, 561 |
//! | `vendor-iis` | Microsoft IIS: 440, 449 |
//! | `vendor-windows` | Microsoft Windows Parental Controls: 450 |
//! | `vendor-exchange` | Microsoft Exchange ActiveSync: 451 |
//! | `vendor-apache` | Apache HTTP Server: 218, 509 |
//! | `vendor-cpanel` | cPanel: 508, 509 |
//! | `vendor-laravel` | Laravel: 419 |
//! | `vendor-twitter` | Twitter: 420 |
//! | `vendor-spring` | Spring Framework: 420 |
//! | `vendor-shopify` | Shopify: 430, 530, 540, 783 |
//! | `vendor-arcgis` | ArcGIS Server: 498, 499 |
//! | `vendor-ssl-labs` | SSL Labs (Qualys): 529 |
//! | `vendor-pantheon` | Pantheon: 530 |
//! | `vendor-linkedin` | LinkedIn: 999 |
//! | `vendor-smoothwall` | Smoothwall: 419 |
//! | `vendor-unofficial` | Unofficial conventions: 103, 499, 598, 599 |
//! <!-- features: end -->
//!
//! When several vendors give a meaning to one code, `StatusCode::from` picks the IANA meaning, then
//! the vendor that comes first in this table; [`StatusCode::lookup_in`] asks for one vendor's
//! meaning. Vendors that send the same code with the same phrase share one meaning (Apache's and
//! cPanel's `509 Bandwidth Limit Exceeded`), listed in [`Info::vendors`]. Features unify across a build, so another crate may enable a vendor for yours:
//! [`StatusCode`] is `#[non_exhaustive]`.
#![cfg_attr(not(feature = "std"), no_std)]
// docs.rs builds with `--cfg docsrs` on nightly and shows which feature each item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg_attr(not(feature = "std"), allow(dead_code, reason = "read by Retry-After, which needs std"))]
mod calendar;
mod class;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http"), auto_cfg(hide(feature = "http"))))]
pub mod client;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http"), auto_cfg(hide(feature = "http"))))]
pub use web::conformance;
#[cfg_attr(not(feature = "std"), allow(dead_code, reason = "read by Retry-After, which needs std"))]
mod date;
mod define;
mod error;
mod grpc;
#[cfg(feature = "http")]
mod http_interop;
mod info;
mod keywords;
mod language;
#[doc(hidden)]
pub mod __private {
    #[cfg(feature = "http")]
    pub use crate::http_interop::to_http;
    pub use crate::private::{FieldlessIsCopy, Members, Words, assert_copy, parse_member};
    #[cfg(feature = "serde")]
    pub use crate::serde_impls::deserialize_code;
    #[cfg(feature = "axum")]
    pub use crate::web::axum::{header_failure, insert_header, respond};
    #[cfg(feature = "problem")]
    pub use crate::web::problem::{problem_of, with_member};
    #[cfg(feature = "axum")]
    pub use axum_core;
    #[cfg(feature = "http")]
    pub use http;
    #[cfg(feature = "serde")]
    pub use serde_core as serde;
    #[cfg(feature = "macros")]
    pub use status_registry_macros::status;
    /// What a derived enum's actix-web impls use.
    #[cfg(feature = "actix")]
    pub mod actix {
        pub use crate::web::actix::{header_failure, insert_header, respond, status_code};
        pub use actix_web;
    }
    /// What a derived enum's warp `Reply` and `Rejected` use.
    #[cfg(feature = "warp")]
    pub mod warp {
        pub use crate::web::warp::{header_failure, insert_header, respond};
        pub use warp;
    }
    /// What a derived enum's poem `ResponseError` and `IntoResponse` use.
    #[cfg(feature = "poem")]
    pub mod poem {
        pub use crate::web::poem::{header_failure, insert_header, respond, status_code};
        pub use poem;
    }
    /// The `http` crate's response of a derived member, which the salvo and rocket impls write
    /// into the framework's own.
    #[cfg(any(feature = "axum", feature = "warp", feature = "poem", feature = "salvo", feature = "rocket"))]
    pub use crate::web::http1;
    /// What a derived enum's salvo `Scribe` and `StatusError` use.
    #[cfg(feature = "salvo")]
    pub mod salvo {
        pub use crate::web::http1::{header_failure, insert_header, respond};
        pub use crate::web::salvo::{render, status_error};
        pub use salvo_core;
    }
    /// What a derived enum's rocket `Responder` uses.
    #[cfg(feature = "rocket")]
    pub mod rocket {
        pub use crate::web::http1::{header_failure, insert_header, respond};
        pub use crate::web::rocket::finish;
        pub use rocket;
    }
    /// What a derived enum's `ApiResponse` for poem-openapi uses.
    #[cfg(feature = "poem-openapi")]
    pub mod poem_openapi {
        pub use crate::web::openapi::for_poem::{Registry, Responses, register, responses};
        pub use poem_openapi;
    }
    /// What a derived enum's `From<&E> for tonic::Status` uses.
    #[cfg(feature = "tonic")]
    pub mod tonic {
        pub use crate::web::tonic::status;
        pub use tonic;
    }
    /// What a derived enum's `OperationOutput` for aide uses.
    #[cfg(feature = "aide")]
    pub mod aide {
        pub use crate::web::openapi::for_aide::{Responses, responses};
        pub use aide;
    }
    /// What a derived enum's `IntoResponses` for utoipa 6 uses.
    #[cfg(feature = "utoipa")]
    pub mod utoipa6 {
        pub use crate::web::openapi::v6::{Responses, responses};
        pub use utoipa;
    }
    /// What a derived enum's `IntoResponses` for utoipa 5 uses.
    #[cfg(feature = "utoipa5")]
    pub mod utoipa5 {
        pub use crate::web::openapi::v5::{Responses, responses};
        pub use utoipa5 as utoipa;
    }
}
mod non_member;
/// README's Rust examples, compiled and run as doctests in the configuration they need.
#[cfg(all(doctest, feature = "macros", feature = "vendor-cloudflare", feature = "reqwest-middleware"))]
#[doc = include_str!("../../README.md")]
mod readme {}
mod private;
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
pub use web::problem;
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
pub mod problem_type;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http"), auto_cfg(hide(feature = "http"))))]
pub mod proxy_status;
#[cfg(feature = "warp")]
#[cfg_attr(docsrs, doc(cfg(feature = "warp")))]
pub use web::rejection;
#[cfg(feature = "http")]
mod ratelimit;
mod retry;
mod rules;
#[cfg(feature = "serde")]
mod serde_impls;
#[cfg(feature = "http")]
mod sf;
mod status_code;
mod status_enum;
mod status_line;
mod tables;
pub use web::telemetry;
mod text;
mod traits;
mod unregistered;
mod web;

pub use class::{Class, ParseClassError};
pub use error::{ParseStatusError, ParseStatusErrorKind, UnknownStatusError};
/// The former name of [`ParseStatusErrorKind`].
#[deprecated(since = "0.6.0", note = "renamed `ParseStatusErrorKind`: each error `XError` has its `XErrorKind`")]
pub type ParseErrorKind = ParseStatusErrorKind;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub use http_interop::HttpRangeError;
#[doc(hidden)]
pub use info::InfoRow;
pub use info::{Info, Lang};
pub use keywords::{Level, Lifecycle, ParseLevelError, Retry};
pub use non_member::NonMember;
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
pub use problem_type::ProblemType;
pub use retry::RetryDecision;
#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
pub use retry::{ParseRetryAfterError, ParseRetryAfterErrorKind, RetryAfter};
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(feature = "problem")))]
pub use web::problem::Problem;
/// The former name of [`ParseRetryAfterErrorKind`].
#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
#[deprecated(since = "0.6.0", note = "renamed `ParseRetryAfterErrorKind`: each error `XError` has its `XErrorKind`")]
pub type RetryAfterErrorKind = ParseRetryAfterErrorKind;
pub use rules::HeaderRule;
pub use status_code::{ParseVendorError, StatusCode, Vendor};
pub use status_line::{StatusLine, StatusLineError, StatusLineErrorKind};
pub use traits::{Registry, Status};
pub use unregistered::Unregistered;
pub use web::telemetry::{GrpcCode, SpanKind, SpanStatus};

#[cfg(feature = "macros")]
#[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
#[doc = include_str!("../docs/derive.md")]
#[cfg_attr(all(feature = "axum", feature = "problem", feature = "utoipa"), doc = include_str!("../docs/derive-web.md"))]
#[cfg_attr(
    not(all(feature = "axum", feature = "problem", feature = "utoipa")),
    doc = "\n# In a web service\n\nWith features `axum`, `problem` and `utoipa`, one derived enum is the \
           axum response, the problem details and the OpenAPI responses of a service; the example is in \
           these docs when they are built with those features, as on docs.rs.\n"
)]
#[doc(alias = "derive", alias = "axum", alias = "actix", alias = "openapi", alias = "utoipa", alias = "aide")]
#[doc(alias = "warp", alias = "poem", alias = "salvo", alias = "rocket", alias = "tonic")]
#[doc(inline)]
pub use status_registry_macros::StatusRegistry;

// Gates for code that `#[derive(StatusRegistry)]` emits in other crates: each opt-in interop
// (`#[status_registry(http)]`, `serde`, `axum`, `actix`, `problem`, `utoipa`, `aide`, ...) compiles its
// impls only when this crate, as compiled for the target, has the feature; otherwise the derive's
// error naming it. The vendor gates are defined
// with `Vendor`, one per vendor.
define::gate!($ __if_http, "http");
define::gate!($ __if_serde, "serde");
define::gate!($ __if_axum, "axum");
define::gate!($ __if_problem, "problem");
define::gate!($ __if_utoipa, "utoipa");
define::gate!($ __if_utoipa5, "utoipa5");
define::gate!($ __if_actix, "actix");
define::gate!($ __if_aide, "aide");
define::gate!($ __if_tonic, "tonic");
define::gate!($ __if_warp, "warp");
define::gate!($ __if_poem, "poem");
define::gate!($ __if_poem_openapi, "poem-openapi");
define::gate!($ __if_salvo, "salvo");
define::gate!($ __if_rocket, "rocket");

/// A [`StatusCode`] variant named by its code, checked at compile time: `status!(404)`,
/// `status!(arcgis 499)`.
///
/// The result is a constant path such as `StatusCode::NotFound`, so it works in `const` items and
/// in patterns. It reaches this crate through `$crate`, so it works under a renamed dependency
/// (`sr = { package = "status-registry" }` then `sr::status!(404)`) and through re-exports.
///
/// What a code means never depends on which vendor features are on, so a crate's source means
/// the same alone and in any build:
///
/// - a code with an IANA meaning means that (`status!(404)`);
/// - a code that only one vendor uses means that vendor's meaning, and is a compile error naming
///   the feature when the feature is off (`status!(522)` needs `vendor-cloudflare`);
/// - a code that several vendors use and IANA does not is a compile error that lists them; name
///   one with `status!(nginx 499)` or `status!(arcgis 499)`.
///
/// The code is a plain decimal literal (`404`, `000`, optionally `404u16`).
///
/// ```
/// use status_registry::{StatusCode, status};
///
/// const NOT_FOUND: StatusCode = status!(404);
/// let throttled = matches!(StatusCode::from(429), status!(429) | status!(503));
/// assert!(throttled);
/// assert_eq!(NOT_FOUND, StatusCode::NotFound);
/// ```
///
/// What a code means whatever vendors are on, and the derive that checks whole enums of codes the
/// same way, are on the page of [`StatusRegistry`](derive.StatusRegistry.html).
#[cfg(feature = "macros")]
#[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
#[macro_export]
macro_rules! status {
    ($($input:tt)*) => {
        $crate::__private::status!($crate; $($input)*)
    };
}
