//! Statuses as poem 3 responses (feature `poem`): a `StatusCode`, a `Problem` and a derived member
//! carry the registry's phrase (or the member's `reason = "..."`) on HTTP/1, by the rules of
//! `wire`, through `http1`: poem hands its response's extensions to hyper, which writes the
//! phrase it finds there.

use poem::{Body, IntoResponse, Response, ResponseParts};

use crate::StatusCode;
use crate::status_code::sent_code;
use crate::web::wire::Problem;

/// poem's response of an `http` response: the same head, extensions (the phrase) included.
fn from_http(response: http::Response<Body>) -> Response {
    let (parts, body) = response.into_parts();
    let parts = ResponseParts {
        status: parts.status,
        version: parts.version,
        headers: parts.headers,
        extensions: parts.extensions,
    };
    Response::from_parts(parts, body)
}

/// The response of `status`, with `reason` on HTTP/1 and `problem` as the body where the status
/// may have one (`http1::respond`).
#[must_use]
pub fn respond(status: StatusCode, reason: &'static str, problem: Option<Problem>) -> Response {
    from_http(crate::web::http1::respond(status, reason, problem))
}

/// The status of a derived member, as poem's `ResponseError::status` reports it: a code no status
/// line can carry is a 500.
#[must_use]
pub fn status_code(code: u16) -> poem::http::StatusCode {
    poem::http::StatusCode::from_u16(sent_code(code)).unwrap_or(poem::http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// Adds the header field `name` with `value`; `false`, and nothing added, when `value` is not a
/// valid field value, which the derived impl answers with [`header_failure`].
#[must_use]
pub fn insert_header<V>(response: &mut Response, name: &'static str, value: V) -> bool
where
    http::HeaderValue: TryFrom<V>,
{
    crate::web::http1::insert_field(response.headers_mut(), name, value)
}

/// The 500 of a derived member whose header field `field` could not be sent, reported.
#[must_use]
pub fn header_failure(member: &'static str, field: &'static str, problem: bool) -> Response {
    from_http(crate::web::http1::header_failure(member, field, problem))
}

/// The status with an empty body and, on HTTP/1, the registry's phrase: `StatusCode::from(499)`
/// with `vendor-nginx` sends `HTTP/1.1 499 Client Closed Request`. `000` sends `500 Internal
/// Server Error`; a code the registry does not know sends its class's name.
#[cfg_attr(docsrs, doc(cfg(feature = "poem")))]
impl IntoResponse for StatusCode {
    fn into_response(self) -> Response {
        respond(self, self.reason(), None)
    }
}

/// The problem as `application/problem+json`, by the rules of its `IntoResponse` for axum: its
/// status (500 for none or `000`, and then said in the body), no body for a status without
/// content.
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "poem"))))]
impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let (status, problem) = self.into_sent();
        respond(status, status.reason(), Some(problem))
    }
}
