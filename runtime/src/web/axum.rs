//! Statuses as axum responses (feature `axum`): a `StatusCode`, a `Problem` and a derived member
//! carry the registry's phrase (or the member's `reason = "..."`) on HTTP/1, by the rules of
//! `wire`.

use axum_core::response::{IntoResponse, Response};
use bytes::Bytes;
use hyper::ext::ReasonPhrase;

use crate::StatusCode;
use crate::web::wire::{Problem, wire};

/// The response of `status` as a derived member, a `StatusCode` or a `Problem` sends it, by
/// `wire`'s rules, with `reason` (a member's own phrase) on HTTP/1 and `problem`, when given
/// and the status may have content, as the body. `problem` must already state the status that
/// goes out (`Problem::new` and the derived conversions see to it).
#[must_use]
#[cfg_attr(not(feature = "problem"), allow(clippy::needless_pass_by_value, reason = "no problem without `problem`"))]
pub fn respond(status: StatusCode, reason: &'static str, problem: Option<Problem>) -> Response {
    let (status, reason) = crate::web::wire::problem_status(status, reason, problem.as_ref());
    let wire = wire(status, reason);
    let line = http::StatusCode::from_u16(wire.code).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = line.into_response();
    with_reason(&mut response, wire.reason);
    #[cfg(feature = "problem")]
    if let (Some(problem), true) = (problem, wire.content) {
        put_body(&mut response, &problem);
    }
    response
}

/// Adds the header field `name` (lower case, checked by the derive) with `value`; `false`, and
/// nothing added, when `value` is not a valid field value (a line break in a `String`), which
/// the derived impl answers with [`header_failure`].
#[must_use]
pub fn insert_header<V>(response: &mut Response, name: &'static str, value: V) -> bool
where
    http::HeaderValue: TryFrom<V>,
{
    let Ok(value) = http::HeaderValue::try_from(value) else { return false };
    response.headers_mut().append(http::HeaderName::from_static(name), value);
    true
}

/// The response of a derived member whose header field `field` could not be sent: a `500
/// Internal Server Error` (problem details when the member's enum sends them), reported as
/// an error event (feature `tracing`). A response without a field its status requires would
/// break the rule the derive checked at compile time; one that drops a field silently would
/// hide the bug.
#[must_use]
pub fn header_failure(member: &'static str, field: &'static str, problem: bool) -> Response {
    crate::private::report_failure(member, field, "the value is not a valid header field value");
    respond(
        StatusCode::InternalServerError,
        StatusCode::InternalServerError.reason(),
        crate::web::wire::failure_problem(problem),
    )
}

/// Sets `reason` as the response's HTTP/1 phrase.
fn with_reason(response: &mut Response, reason: &'static str) {
    if let Some(phrase) = reason_phrase(reason) {
        response.extensions_mut().insert(phrase);
    }
}

/// The status with an empty body and, on HTTP/1, the registry's phrase: `StatusCode::from(499)`
/// with `vendor-nginx` sends `HTTP/1.1 499 Client Closed Request` where hyper alone sends
/// `499 <none>`. `000`, a vendor's 999 and every other code outside HTTP's 100 to 599 send
/// `500 Internal Server Error`; a code the registry does not know sends its class's name
/// (`HTTP/1.1 432 Client Error`).
#[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
impl IntoResponse for StatusCode {
    fn into_response(self) -> Response {
        respond(self, self.reason(), None)
    }
}

/// The reason phrase as hyper's response extension, when hyper accepts it (the registry's phrase
/// rule keeps to bytes it does).
fn reason_phrase(reason: &'static str) -> Option<ReasonPhrase> {
    if reason.is_empty() {
        return None;
    }
    ReasonPhrase::try_from(Bytes::from_static(reason.as_bytes())).ok()
}

/// The problem as `application/problem+json`, with its status and that status's registry
/// phrase on HTTP/1. A problem without a status, or with one no response can carry (`000`),
/// goes out as a 500 and says so in its body: the body's `status` is always the status
/// line's (RFC 9457, Section 3.1.2), and with type `about:blank` its title is then the 500's
/// phrase. A status that has no content (1xx, 204, 205, 304, nginx 444 and 499) goes out
/// with neither body nor content type.
///
/// ```
/// use axum_core::response::IntoResponse;
/// use status_registry::{Problem, StatusCode};
///
/// let response = Problem::new(StatusCode::NotModified).into_response();
/// assert_eq!(response.status(), 304);
/// assert!(response.headers().get("content-type").is_none());
/// ```
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "axum"))))]
impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let (status, problem) = self.into_sent();
        respond(status, status.reason(), Some(problem))
    }
}

/// The body of `problem` in `response`, as `application/problem+json`.
#[cfg(feature = "problem")]
fn put_body(response: &mut Response, problem: &Problem) {
    // A map of JSON values always serializes; were it not to, the status still goes out.
    if let Ok(body) = serde_json::to_vec(problem) {
        *response.body_mut() = axum_core::body::Body::from(body);
        response
            .headers_mut()
            .insert(http::header::CONTENT_TYPE, http::HeaderValue::from_static(Problem::CONTENT_TYPE));
        crate::language::language_headers(response.headers_mut(), problem.language());
    }
}
