//! Every HTTP status code, IANA-registered and vendor-specific, as typed Rust.
//!
//! [`StatusCode`] is generated from `registry.yaml`, one data file that lists every
//! code of the IANA registry and the private codes real traffic carries: nginx 499, Cloudflare
//! 520-530, AWS ELB 000 and 460, IIS 440 and 449, Shopify 430 and 783, LinkedIn 999 and more. Each
//! entry has its reason phrase and aliases, the specification, a lifecycle, semantics (cacheable by
//! default, content allowed, Retry-After, a retry hint) and a description in English and Japanese.
//!
//! ```
//! use status_registry::{Class, Status, StatusCode};
//!
//! let status = StatusCode::from(404);
//! assert_eq!(status, StatusCode::NotFound);
//! assert_eq!(status.reason(), "Not Found");
//! assert_eq!(status.to_string(), "404 Not Found");
//! assert_eq!(status.class(), Class::ClientError);
//! assert!(status.is_cacheable());
//!
//! // Old and alternative phrases parse too.
//! assert_eq!("Payload Too Large".parse(), Ok(StatusCode::ContentTooLarge));
//!
//! // A code the registry does not know still converts, and keeps its number.
//! assert!(!StatusCode::from(799).is_registered());
//! assert_eq!(u16::from(StatusCode::from(799)), 799);
//! ```
//!
//! Two registries beside the status codes come from the same file: `ProblemType` (RFC 9457's
//! problem types, with feature `problem`, for `Problem::of_type`) and `proxy_status::ProxyError`
//! (RFC 9209's proxy error types, with feature `http`, read from `Proxy-Status` by
//! `proxy_status::ProxyStatus` and by the retry rule).
//!
//! # Your own enums
//!
//! A service rarely returns all codes. `#[derive(StatusRegistry)]` turns an enum of the codes it does
//! return into a status type checked against the registry at compile time: a typo, an unregistered
//! code or a vendor code without its feature does not compile.
//!
//! ```
//! use status_registry::{NonMember, Registry, Status, StatusCode, StatusRegistry};
//!
//! #[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
//! enum ApiStatus {
//!     Ok,                                         // by name: 200
//!     NotFound,                                   // 404
//!     #[status(429)] SlowDown,                    // by code; the reason comes from the registry
//!     #[status(503, reason = "Down for maintenance")] Maintenance,
//!     #[status(other)] Other(NonMember<Self>),    // optional catch-all: makes From<u16> total
//! }
//!
//! assert_eq!(ApiStatus::from(404), ApiStatus::NotFound);
//! assert_eq!(ApiStatus::SlowDown.reason(), "Too Many Requests");
//! assert_eq!(ApiStatus::Maintenance.to_string(), "503 Down for maintenance");
//! assert_eq!(ApiStatus::from(418).code(), 418);
//! assert_eq!(StatusCode::from(ApiStatus::NotFound), StatusCode::NotFound);
//! assert_eq!(ApiStatus::from(StatusCode::TooManyRequests), ApiStatus::SlowDown);
//! assert_eq!(ApiStatus::ALL, &[ApiStatus::Ok, ApiStatus::NotFound, ApiStatus::SlowDown, ApiStatus::Maintenance]);
//!
//! // Parsing knows codes and each member's own words: its names and the phrases of its meaning.
//! assert_eq!("Not Found".parse::<ApiStatus>(), Ok(ApiStatus::NotFound));
//! assert_eq!("notfound".parse::<ApiStatus>(), Ok(ApiStatus::NotFound));
//! assert_eq!("TooManyRequests".parse::<ApiStatus>(), Ok(ApiStatus::SlowDown));
//! assert_eq!("503 Down for maintenance".parse::<ApiStatus>(), Ok(ApiStatus::Maintenance));
//! assert_eq!("410 Gone".parse::<ApiStatus>().map(|s| s.code()), Ok(410)); // the catch-all
//! assert!("Gone".parse::<ApiStatus>().is_err());                          // no member's word
//!
//! // Codes work in constants.
//! const MAINTENANCE: u16 = ApiStatus::Maintenance.code();
//! assert_eq!(MAINTENANCE, 503);
//!
//! // Without a catch-all, conversion from a number can fail.
//! #[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
//! enum Strict { Ok, Created }
//! assert!(Strict::try_from(404u16).is_err());
//! assert_eq!(Strict::try_from(StatusCode::Created), Ok(Strict::Created));
//! ```
//!
//! The derive implements [`Status`], [`Registry`] (`ALL` ascending by code), `Display`, `FromStr`,
//! `From<Enum> for u16`, `From<Enum> for StatusCode`, an inherent `const fn code(self) -> u16`, and
//! with a catch-all `From<u16>` and `From<StatusCode>`, without one `TryFrom<u16>` and
//! `TryFrom<StatusCode>` (error [`UnknownStatusError`]), `PartialEq<u16>` both ways, and inherent
//! `ALL`, `code()`, `reason()` and `status()`. Every path agrees with every other:
//! `x.to_string().parse() == Ok(x)` for every value.
//!
//! ## Error enums with data
//!
//! Members may carry data, named by their status (`NotFound { id: u64 }`) or given a code
//! (`#[status(404)] NoUser(String)`), checked against the registry as above:
//!
//! ```
//! use status_registry::{StatusCode, StatusRegistry};
//!
//! #[derive(StatusRegistry, Debug)]
//! enum AppError {
//!     NotFound { id: u64 },
//!     #[status(404, reason = "No Such User")] NoUser(String),
//!     #[status(500)] Database(String),
//! }
//!
//! let error = AppError::NoUser("ada".into());
//! assert_eq!((error.status(), error.code(), error.reason()), (StatusCode::NotFound, 404, "No Such User"));
//! assert_eq!(StatusCode::from(&AppError::Database("down".into())), StatusCode::InternalServerError);
//! ```
//!
//! Such an enum is built from its values, never from a code, so it gets `status(&self)`,
//! `code(&self)`, `reason(&self)` and `From<&Enum> for StatusCode`, and none of `From<u16>`,
//! `FromStr`, `ALL`, the [`Status`] trait or a catch-all: a code does not say which value (two
//! members may share 404), and the enum need not be `Copy`. `#[status_registry(axum, problem,
//! utoipa)]` make it a response, problem details and OpenAPI responses (features of the same names).
//!
//! It may borrow and be generic; every impl carries the parameters, bounds and where clause, and
//! the problem impls ask for `Display` where they need it:
//!
//! ```
//! use status_registry::{StatusCode, StatusRegistry};
//!
//! #[derive(StatusRegistry, Debug)]
//! enum LookupError<'a, E> {
//!     NotFound(&'a str),
//!     #[status(502)] Backend(E),
//! }
//!
//! let name = String::from("ada");
//! let error: LookupError<'_, std::io::Error> = LookupError::NotFound(&name);
//! assert_eq!(StatusCode::from(&error), StatusCode::NotFound);
//! assert_eq!(LookupError::<'_, u8>::Backend(7).code(), 502);
//! ```
//!
//! Parsing is fixed by the enum's source, never by the vendors on: a code (`404`) is its value; a
//! phrase or name is a member only if it is that member's own (its variant name, the registry's
//! name, its `reason = "..."`, the reason and aliases of the meaning it names); a phrase of
//! another meaning of a member's code (Exchange's `Redirect` for an IANA 451 member) is an error;
//! a code with a phrase (`451 Unavailable For Legal Reasons`) must carry a member's phrase for a
//! member's code.
//!
//! # What follows the vendors on at run time
//!
//! Features decide which meanings exist in a build, so a few answers about a *number* follow them,
//! by design, since a number off the wire carries no vendor: [`StatusCode::from`] (and
//! [`StatusCode::lookup`], parsing a bare code, [`StatusLine`]) give the preferred enabled meaning
//! of a code; a derived catch-all shows that meaning's phrase in its `Display` and accepts a
//! phrase of an enabled meaning with the code (`522 Connection Timed Out`). Everything your source
//! says (a member, `status!`, a derived enum's words) means the same in every build. For one
//! vendor's answer whatever else is on, use [`StatusCode::lookup_in`].
//!
//! The catch-all holds [`NonMember<Self>`](NonMember), which is only made for codes no member has,
//! so `Other` never holds a member's code and every code has one value. `Other(u16)` also works,
//! but lets `Other(404)` be written beside `NotFound`.
//!
//! A variant's code is, in order: `#[status(N)]`; the discriminant `= N` of a `#[repr(u16)]` enum
//! (in such an enum every member's discriminant must be its code); the registry entry whose variant
//! name is the variant's name (`NotFound`, `NginxClientClosedRequest`). What a code means never
//! depends on which vendor features are on, here or in any other crate of the build: a code with an
//! IANA meaning means that; a code that one vendor uses means that vendor's (a compile error naming
//! the feature if it is off); a code that several vendors use and IANA does not must name one,
//! `#[status(499, vendor = "arcgis")]`. `reason = "..."` replaces the phrase in `reason()` and
//! `Display` (metadata still comes from the registry); it must be visible ASCII words with single
//! spaces and not another code's registry phrase, so the status line parses back. On the enum,
//! `#[status_registry(...)]` takes:
//!
//! - `extend = "codes.yaml"`: codes of your own, in a file of the registry's schema (no vendors),
//!   read relative to your crate's `Cargo.toml`; editing it rebuilds your crate. Mistakes in it are
//!   reported as `codes.yaml:LINE:COL: ...`. Only `code` and `reason` are required; a phrase or
//!   alias that a registry code has is refused. Every key, with its default:
//!
//! ```yaml
//! statuses:
//!   - code: 790                       # required: 0..=999, a code the registry does not have
//!     reason: Quota Exhausted         # required: visible ASCII words, single spaces, no registry phrase
//!     reason_ja: 割り当て超過            # default: the reason
//!     name: QuotaExhausted            # default: the reason in UpperCamelCase
//!     aliases: [Out of Quota]         # default: none; no phrase of the registry
//!     spec: Our API guide, section 4  # default: none
//!     lifecycle: in-use               # default: in-use; or registered, temporary, unused, obsolete, deprecated
//!     # expires: 2027-06-30           # required with `lifecycle: temporary`, and only then
//!     cacheable: false                # default: false
//!     content: true                   # default: true
//!     retry_after: true               # default: false
//!     retry: after                    # default: never; or idempotent, always, after
//!     description:                    # default: empty
//!       en: The caller used up its daily request quota.
//!       ja: 一日のリクエスト割り当てを使い切りました。  # default: the English text
//! ```
//! - `extend_inline = "statuses: ..."`: the same, written in the attribute.
//! - `serde`: `Serialize`/`Deserialize` as the numeric code; needs this crate's `serde` feature.
//! - `http`: conversions with `http::StatusCode`; needs this crate's `http` feature. To `http` it is
//!   `From` when every member is in 100..=999 and there is no catch-all, `TryFrom` otherwise.
//! - `crate = "path::to::status_registry"`: where to find this crate if you renamed or re-exported
//!   it. The derive reads your `Cargo.toml` and says so when the default path cannot work.
//!
//! Interop impls are asked for per enum, never added because a feature is on: features unify
//! across a build, and a crate that writes its own `impl Serialize` must keep compiling when
//! another crate turns `serde` on.
//!
//! `status!` names a built-in status by its code, checked the same way; the result is a constant
//! path, so it works in `const` items and in patterns:
//!
//! ```
//! use status_registry::{status, StatusCode};
//!
//! const NOT_FOUND: StatusCode = status!(404);
//! let throttled = matches!(StatusCode::from(429), status!(429) | status!(503));
//! assert!(throttled);
//! # assert_eq!(NOT_FOUND, StatusCode::NotFound);
//! ```
//!
//! `status!(nginx 499)` or `status!(aws-elb 460)` names a vendor's meaning; a code several vendors
//! share needs it.
//!
//! # Cargo features
//!
//! - `std` (default): links the standard library, which `http` needs. Without it the crate is
//!   `no_std` and does not allocate; the error types implement `core::error::Error` either way.
//! - `macros` (default): the proc-macro reads `registry.yaml` as this crate compiles and emits the
//!   rows [`StatusCode`] and [`Vendor`] expand from, and gives `#[derive(StatusRegistry)]` and
//!   `status!`. Everything else, [`StatusCode`] included, is there without it: the same rows come
//!   from a checked-in copy and a build compiles no proc-macro, so a service that only uses
//!   [`StatusCode`] can depend on the crate with `default-features = false, features = ["std", ...]`
//!   and save the macro's build time.
//! - `http`: conversions to and from `http::StatusCode` for [`StatusCode`], and for derived enums
//!   that ask with `#[status_registry(http)]` (implies `std`). Codes `http` cannot hold (`000`,
//!   above 999) fail with `HttpRangeError`. Also `conformance::check`, which checks a response
//!   against the header and content rules of its status, and
//!   `Status::retry_decision_for`, a retry decision from a method and a response's headers
//!   (`Retry-After`, `RateLimit`), and `client::request_is_idempotent`.
//! - `hyper` (implies `http`): `StatusCode::from_http_parts` and `from_response`, a response's
//!   status read with the phrase hyper's HTTP/1 client keeps, which picks among a code's meanings.
//! - `axum` (implies `hyper`): `IntoResponse` for [`StatusCode`], and for derived enums that ask
//!   with `#[status_registry(axum)]`, with the registry's phrase (or a member's `reason = "..."`)
//!   on HTTP/1. A code `http` cannot carry (`000`) is sent as `500 Internal Server Error`.
//! - `problem` (implies `serde`): `Problem`, RFC 9457 problem details titled from the registry;
//!   derived enums that ask with `#[status_registry(problem)]` convert to it (the value's
//!   `Display` as the detail of a 4xx, no detail for a 5xx), and with `axum` too respond with it.
//! - `utoipa`: `utoipa::IntoResponses` for derived enums that ask with
//!   `#[status_registry(utoipa)]`, one response per code; with `problem`, `ToSchema` for
//!   `Problem` and problem bodies in those responses.
//! - `tower` (implies `http`): `conformance::ConformanceLayer`, a tower layer that checks every
//!   response a service sends and reports each violation to a callback.
//! - `reqwest-middleware` (implies `http`): `client::RetryMiddleware`, retries decided by the
//!   registry for reqwest-middleware 0.5 (reqwest 0.13), honouring `Retry-After` and `RateLimit`
//!   within a retry budget.
//! - `tower-retry` (implies `http`): `client::RetryPolicy`, the same rules as a
//!   `tower::retry::Policy`. Brings tower's `retry` feature and tokio's timer.
//! - `reqwest` (implies `http`): `client::classify`, the registry's rule as the classifier of
//!   reqwest's own retry policy.
//! - `serde`: `Serialize`/`Deserialize` as the numeric code for [`StatusCode`], and for derived
//!   enums that ask with `#[status_registry(serde)]`. Binary formats (postcard, bincode) read and
//!   write a `u16`; human-readable ones also read a string of digits. Works without `std`.
//! - `vendor-<id>`: the codes of one vendor. None is on by default; `all-vendors` turns on all.
//!
//! <!-- vendors: begin -->
//! | feature | vendor | codes |
//! |---|---|---|
//! | `vendor-nginx` | nginx | 444, 494-497, 499 |
//! | `vendor-cloudflare` | Cloudflare | 520-527, 530 |
//! | `vendor-aws-elb` | AWS Elastic Load Balancing | 000, 460, 463, 464, 561 |
//! | `vendor-iis` | Microsoft IIS | 440, 449 |
//! | `vendor-windows` | Microsoft Windows Parental Controls | 450 |
//! | `vendor-exchange` | Microsoft Exchange ActiveSync | 451 |
//! | `vendor-apache` | Apache HTTP Server | 218, 509 |
//! | `vendor-cpanel` | cPanel | 508, 509 |
//! | `vendor-laravel` | Laravel | 419 |
//! | `vendor-twitter` | Twitter | 420 |
//! | `vendor-spring` | Spring Framework | 420 |
//! | `vendor-shopify` | Shopify | 430, 530, 540, 783 |
//! | `vendor-arcgis` | ArcGIS Server | 498, 499 |
//! | `vendor-ssl-labs` | SSL Labs (Qualys) | 529 |
//! | `vendor-pantheon` | Pantheon | 530 |
//! | `vendor-linkedin` | LinkedIn | 999 |
//! | `vendor-smoothwall` | Smoothwall | 419 |
//! | `vendor-unofficial` | Unofficial conventions | 103, 499, 598, 599 |
//! <!-- vendors: end -->
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
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod client;
#[cfg(feature = "http")]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub use web::conformance;
#[cfg_attr(not(feature = "std"), allow(dead_code, reason = "read by Retry-After, which needs std"))]
mod date;
mod define;
mod error;
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
#[cfg(all(
    doctest,
    feature = "http",
    feature = "serde",
    feature = "tower",
    feature = "axum",
    feature = "problem",
    feature = "utoipa",
    feature = "vendor-nginx",
    feature = "vendor-cloudflare",
    feature = "reqwest-middleware",
    feature = "tower-retry",
    feature = "reqwest",
    feature = "tower-http",
    feature = "tracing"
))]
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
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub mod proxy_status;
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

/// Every attribute and the rules a code follows are in [the guide to derived enums](crate#your-own-enums).
#[cfg(feature = "macros")]
#[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
#[doc(inline)]
pub use status_registry_macros::StatusRegistry;

// Gates for code that `#[derive(StatusRegistry)]` emits in other crates: each opt-in interop
// (`#[status_registry(http)]`, `serde`, `axum`, `actix`, `problem`, `utoipa`, `aide`) compiles its
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
/// The guide to derived enums and checked codes is in the [crate documentation](crate#your-own-enums).
#[cfg(feature = "macros")]
#[cfg_attr(docsrs, doc(cfg(feature = "macros")))]
#[macro_export]
macro_rules! status {
    ($($input:tt)*) => {
        $crate::__private::status!($crate; $($input)*)
    };
}
