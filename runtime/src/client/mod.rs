//! Retries decided by the registry, where Rust clients retry.
//!
//! ```
//! use std::time::{Duration, SystemTime};
//! use status_registry::{RetryAfter, RetryDecision, Status, StatusCode};
//!
//! // Without a client library the decision is one call: a POST that got a 503 with Retry-After.
//! let mut headers = http::HeaderMap::new();
//! headers.insert(http::header::RETRY_AFTER, RetryAfter::Delay(Duration::from_secs(2)).into());
//! let now = SystemTime::now();
//! let unavailable = StatusCode::ServiceUnavailable;
//! let decision = unavailable.retry_decision_for(&http::Method::POST, &headers, now);
//! assert_eq!(decision, RetryDecision::Retry { after: Some(Duration::from_secs(2)) });
//! // A 502 is retried only for an idempotent request.
//! assert_eq!(StatusCode::BadGateway.retry_decision(false, None, now), RetryDecision::Stop);
//! ```
//!
//! One rule decides for every adapter here:
//!
//! - the registry's [`Retry`](crate::Retry) hint of the status decides whether: `never` stops,
//!   `idempotent` retries idempotent requests only, `always` retries any request, `after` retries
//!   only when the response says when (`Retry-After`). The adapters read a code by its IANA
//!   meaning, or by its class where IANA has none, whatever vendor features the build has on (any
//!   crate of the build may turn one on); `.vendors(&[Vendor::Cloudflare])` opts into a vendor's
//!   meanings. [`Status::retry_decision_for`](crate::Status::retry_decision_for) decides by the
//!   meaning of the status value it is called on: use it when you hold a status you have already
//!   read, and the adapters' rule when you hold a code off the wire;
//! - a request is idempotent when its method is (RFC 9110, Section 9.2.2: GET, HEAD, OPTIONS,
//!   TRACE, PUT, DELETE; and QUERY, RFC 10008) or when it carries an `Idempotency-Key` header
//!   (draft-ietf-httpapi-idempotency-key-header-07, expired), with which the server recognises a
//!   repeat;
//! - `Retry-After` decides how long to wait; a 429 or 503 without it waits for the reset of a quota
//!   that its `RateLimit` field (draft-ietf-httpapi-ratelimit-headers-11) names as used up
//!   (`RateLimit: "default";r=0;t=30`), or that the older fields announce (`RateLimit-Remaining: 0`
//!   with `RateLimit-Reset`, `X-RateLimit-Remaining: 0` with `X-RateLimit-Reset` in seconds or as
//!   a Unix time); otherwise the wait is an exponential backoff with jitter. A wait of zero (or a
//!   date gone by) waits the backoff's lower bound, never nothing;
//! - no response at all retries every request when the connection was never made (the request
//!   never left the client), and idempotent requests only otherwise, since the server may have
//!   acted on the request before the failure.
//!
//! The adapters:
//!
//! - `RetryMiddleware` (feature `reqwest-middleware`) for reqwest-middleware 0.5;
//! - `RetryPolicy` (feature `tower-retry`), a `tower::retry::Policy` for `http` requests;
//! - `classify` (feature `reqwest`), the classifier of reqwest 0.13's own retry policy.
//!
//! What each can see and do:
//!
//! | | `RetryMiddleware` | `RetryPolicy` | `classify` |
//! |---|---|---|---|
//! | status and method | yes | yes | yes |
//! | `Idempotency-Key` | yes | yes | no: it sees no header |
//! | `Retry-After`, `RateLimit`, `X-RateLimit-*` | yes | yes | no |
//! | backoff between attempts | yes | yes | no: reqwest retries at once |
//! | a connection never made | reqwest's `is_connect` | an I/O error in a `BoxError`'s or `io::Error`'s sources, or the `never_connected` hook | no: it sees only "no status" |
//! | budget | a reserve per host | a reserve per host | reqwest's own |
//! | `RetryReport`, events (`tracing`) | yes | yes | no |
//! | a body that is a stream | sent once | needs a `Clone` body | reqwest's rule |
//!
//! The two that wait share their settings: a cap on retries per request (3), the first backoff
//! (250 ms, doubling, half of each wait random), the longest wait they will make (`max_delay`,
//! 60 s: when the server asks for longer, the response is returned at once rather than waited
//! on), and a retry budget kept per host (scheme, host, port) and shared by the clones of one
//! middleware or policy. Each host has a reserve of 20 retries; only requests that end in success
//! refill it, by `max_extra_load` (0.2) of a retry each, up to the 20. Time refills nothing, so a
//! host that keeps failing sees at most `(1 + max_extra_load) × requests + 20` arrivals over any
//! duration and at any request rate (tower's `TpsBudget`, used before, renews a floor every
//! second, so a slow client never met it). Measured against a server on 127.0.0.1 that answers
//! every request with 503, 60 s at each rate, default settings (`bench/examples/retry_load.rs`):
//!
//! | rate | requests | arrivals, `RetryMiddleware` | arrivals, `RetryPolicy` |
//! |---|---:|---:|---:|
//! | 1 a second | 60 | 80 | 80 |
//! | 20 a second | 1,200 | 1,220 | 1,220 |
//! | 200 a second | 12,000 | 12,020 | 12,020 |
//!
//! A short outage in healthy traffic is still ridden out: at 20 requests a second, 5 s answered
//! 200, half a second of 503s, then 200 again, all 150 requests of each adapter ended in 200
//! (the server saw 17 and 18 retries). `idempotent_only()` never retries a
//! response to a request that is not idempotent, whatever the status (urllib3's default).
//!
//! Every response that comes back through `RetryMiddleware` or `RetryPolicy` carries a
//! `RetryReport` in its extensions: how many retries were made and why there was no other
//! (`Stop`). With feature `tracing`, each retry is an event (target `status_registry::client`,
//! level INFO, fields `attempt`, `status` or `error`, `reason`, `wait_ms`), and so is each result
//! the rule would retry that is returned instead (WARN, or INFO for a request that is not
//! idempotent); a span that declares `http.request.resend_count` (OpenTelemetry's HTTP client
//! conventions) gets the count of resends recorded.
//!
//! [`request_is_idempotent`] and [`Status::retry_decision_for`](crate::Status::retry_decision_for)
//! are the rule's parts, for clients of other kinds.
#![cfg_attr(
    all(feature = "reqwest-middleware", feature = "tower-retry", feature = "reqwest"),
    doc = include_str!("../../docs/client-adapters.md")
)]
#![doc(alias = "retry", alias = "backoff", alias = "retry-after", alias = "reqwest")]

#[cfg(any(feature = "reqwest-middleware", feature = "tower-retry"))]
mod budget;
#[cfg(any(feature = "reqwest-middleware", feature = "tower-retry"))]
mod report;
#[cfg(any(feature = "reqwest-middleware", feature = "tower-retry"))]
mod settings;

#[cfg(feature = "reqwest-middleware")]
mod middleware;
#[cfg(feature = "tower-retry")]
mod policy;

#[cfg(feature = "reqwest-middleware")]
pub use middleware::RetryMiddleware;
#[cfg(feature = "tower-retry")]
pub use policy::RetryPolicy;
#[cfg(any(feature = "reqwest-middleware", feature = "tower-retry"))]
pub use report::{RetryReport, Stop};

#[cfg(feature = "reqwest")]
use crate::RetryDecision;
#[cfg(any(feature = "reqwest-middleware", feature = "tower-retry", feature = "reqwest"))]
use crate::StatusCode;

/// Whether a request may be repeated without risk of doing its work twice: its method is
/// idempotent (RFC 9110, Section 9.2.2, and QUERY, RFC 10008), or it carries an
/// `Idempotency-Key` header (draft-ietf-httpapi-idempotency-key-header-07, expired), which lets
/// the server recognise the repeat.
///
/// ```
/// use status_registry::client::request_is_idempotent;
///
/// let mut headers = http::HeaderMap::new();
/// assert!(request_is_idempotent(&http::Method::PUT, &headers));
/// assert!(request_is_idempotent(&http::Method::from_bytes(b"QUERY").unwrap(), &headers));
/// assert!(!request_is_idempotent(&http::Method::POST, &headers));
/// headers.insert("idempotency-key", http::HeaderValue::from_static("\"8e03978e-40d5\""));
/// assert!(request_is_idempotent(&http::Method::POST, &headers));
/// ```
#[must_use]
pub fn request_is_idempotent(method: &http::Method, headers: &http::HeaderMap) -> bool {
    method.is_idempotent() || headers.contains_key(IDEMPOTENCY_KEY)
}

/// The header of draft-ietf-httpapi-idempotency-key-header-07 (expired 2026-04-18).
const IDEMPOTENCY_KEY: http::HeaderName = http::HeaderName::from_static("idempotency-key");

/// The retry hint the adapters use for `code`: its IANA meaning; for a code IANA does not have,
/// the meaning of the first vendor in `vendors` (a set of [`vendor_bit`]s, in the registry's
/// precedence) that has it and is on in this build; otherwise its class's (as RFC 9110, Section 15
/// tells clients to read an unknown code). So a client decides alike whatever vendor features
/// other crates of the build turn on.
#[cfg(any(feature = "reqwest-middleware", feature = "tower-retry", feature = "reqwest"))]
pub(crate) fn hint(code: u16, vendors: u64) -> crate::Retry {
    let asked = |info: &crate::Info| info.vendors.iter().any(|&vendor| vendors & vendor_bit(vendor) != 0);
    let info = match StatusCode::from_code(code).info() {
        // IANA's meaning wins over every vendor's, so the first meaning is IANA's when it has one.
        Some(info) if info.vendors.is_empty() => Some(info),
        Some(_) => StatusCode::meanings(code).filter_map(StatusCode::info).find(|info| asked(info)),
        None => None,
    };
    info.or_else(|| crate::traits::class_info(code)).map_or(crate::Retry::Never, |info| info.retry)
}

// The adapters' set of vendors is a u64: a registry with more vendors needs a wider set, and
// stops the build here rather than shifting past the end.
#[cfg(any(feature = "reqwest-middleware", feature = "tower-retry", feature = "reqwest"))]
const _: () = assert!(crate::Vendor::ALL.len() <= 64, "more vendors than bits in the adapters' vendor set");

/// A vendor's bit in the adapters' set of vendors.
#[cfg(any(feature = "reqwest-middleware", feature = "tower-retry", feature = "reqwest"))]
pub(crate) const fn vendor_bit(vendor: crate::Vendor) -> u64 {
    1 << (vendor as u32)
}

/// The rule of this module for one attempt: `response` is the status and headers of the response,
/// or `None` when there was none.
#[cfg(feature = "reqwest")]
pub(crate) fn decide(
    idempotent: bool,
    response: Option<(http::StatusCode, &http::HeaderMap)>,
    now: std::time::SystemTime,
) -> RetryDecision {
    match response {
        Some((status, headers)) => {
            let code = status.as_u16();
            crate::http_interop::decide_hint(hint(code, 0), code, idempotent, headers, now)
        }
        None if idempotent => RetryDecision::Retry { after: None },
        None => RetryDecision::Stop,
    }
}

/// Whether reqwest's own retry policy should retry: the registry's hint for `status` with the
/// request's `method` (`None`: the connection failed before a response, which retries idempotent
/// requests only).
///
/// reqwest 0.13 hands its classifier the method and the status, not the headers, and names
/// neither its `ReqRep` nor its `Action` type, so this plugs in through a closure:
///
/// ```
/// use status_registry::client::classify;
///
/// let retries = reqwest::retry::for_host("api.example.com").classify_fn(|rr| {
///     if classify(rr.method(), rr.status()) { rr.retryable() } else { rr.success() }
/// });
/// let client = reqwest::Client::builder().retry(retries).build();
/// # drop(client);
///
/// assert!(classify(&http::Method::POST, Some(http::StatusCode::SERVICE_UNAVAILABLE)));
/// assert!(!classify(&http::Method::POST, Some(http::StatusCode::BAD_GATEWAY)));
/// assert!(classify(&http::Method::PUT, Some(http::StatusCode::BAD_GATEWAY)));
/// assert!(!classify(&http::Method::GET, Some(http::StatusCode::NOT_IMPLEMENTED)));
/// assert!(classify(&http::Method::GET, None));
/// ```
///
/// reqwest brings its own budget (20% extra load by default) but retries at once, with no backoff
/// and no regard for `Retry-After`, and a status whose hint is `after` (413) is never retried
/// because the field is out of its sight. Where waiting matters, use `RetryMiddleware` or
/// `RetryPolicy`.
#[cfg(feature = "reqwest")]
#[must_use]
pub fn classify(method: &http::Method, status: Option<http::StatusCode>) -> bool {
    let none = http::HeaderMap::new();
    let idempotent = method.is_idempotent();
    decide(idempotent, status.map(|s| (s, &none)), std::time::SystemTime::UNIX_EPOCH).is_retry()
}
