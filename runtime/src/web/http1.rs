//! Responses of the `http` crate's type with the registry's phrase on HTTP/1, for the frameworks
//! that hyper serves (axum, warp): one function for each step, generic over the framework's body,
//! by the rules of `wire`.

use bytes::Bytes;
use hyper::ext::ReasonPhrase;

use crate::StatusCode;
use crate::web::wire::{Problem, wire};

/// The response of `status` as a derived member, a `StatusCode` or a `Problem` sends it, by
/// `wire`'s rules, with `reason` (a member's own phrase) on HTTP/1 and `problem`, when given and
/// the status may have content, as the body. `problem` must already state the status that goes
/// out (`Problem::new` and the derived conversions see to it).
#[must_use]
#[cfg_attr(not(feature = "problem"), allow(clippy::needless_pass_by_value, reason = "no problem without `problem`"))]
pub fn respond<B: Default + From<Bytes>>(
    status: StatusCode,
    reason: &'static str,
    problem: Option<Problem>,
) -> http::Response<B> {
    let (status, reason) = crate::web::wire::problem_status(status, reason, problem.as_ref());
    let wire = wire(status, reason);
    let mut response = http::Response::new(B::default());
    *response.status_mut() = http::StatusCode::from_u16(wire.code).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    // hyper writes the phrase of this extension on HTTP/1 (the registry's phrase rule keeps to
    // bytes it accepts).
    if !wire.reason.is_empty()
        && let Ok(phrase) = ReasonPhrase::try_from(Bytes::from_static(wire.reason.as_bytes()))
    {
        response.extensions_mut().insert(phrase);
    }
    #[cfg(feature = "problem")]
    if let (Some(problem), true) = (problem, wire.content) {
        put_body(&mut response, &problem);
    }
    response
}

/// Adds the header field `name` (lower case, checked by the derive) with `value`; `false`, and
/// nothing added, when `value` is not a valid field value (a line break in a `String`), which
/// the derived impl answers with [`header_failure`].
pub fn insert_header<B, V>(response: &mut http::Response<B>, name: &'static str, value: V) -> bool
where
    http::HeaderValue: TryFrom<V>,
{
    insert_field(response.headers_mut(), name, value)
}

/// [`insert_header`] into a framework's own response, by its header fields.
pub(crate) fn insert_field<V>(headers: &mut http::HeaderMap, name: &'static str, value: V) -> bool
where
    http::HeaderValue: TryFrom<V>,
{
    let Ok(value) = http::HeaderValue::try_from(value) else { return false };
    headers.append(http::HeaderName::from_static(name), value);
    true
}

/// The response of a derived member whose header field `field` could not be sent: a `500
/// Internal Server Error` (problem details when the member's enum sends them), reported as an
/// error event (feature `tracing`). A response without a field its status requires would break
/// the rule the derive checked at compile time; one that drops a field silently would hide the
/// bug.
#[must_use]
pub fn header_failure<B: Default + From<Bytes>>(
    member: &'static str,
    field: &'static str,
    problem: bool,
) -> http::Response<B> {
    crate::private::report_failure(member, field, "the value is not a valid header field value");
    respond(
        StatusCode::InternalServerError,
        StatusCode::InternalServerError.reason(),
        crate::web::wire::failure_problem(problem),
    )
}

/// The body of `problem` in `response`, as `application/problem+json`.
#[cfg(feature = "problem")]
fn put_body<B: From<Bytes>>(response: &mut http::Response<B>, problem: &Problem) {
    // A map of JSON values always serializes; were it not to, the status still goes out.
    if let Ok(body) = serde_json::to_vec(problem) {
        *response.body_mut() = B::from(Bytes::from(body));
        response
            .headers_mut()
            .insert(http::header::CONTENT_TYPE, http::HeaderValue::from_static(Problem::CONTENT_TYPE));
        crate::language::language_headers(response.headers_mut(), problem.language());
    }
}
