//! Statuses as axum responses (feature `axum`): a `StatusCode`, a `Problem` and a derived member
//! carry the registry's phrase (or the member's `reason = "..."`) on HTTP/1, by the rules of
//! `wire`, through `http1`.

use axum_core::response::{IntoResponse, Response};

use crate::StatusCode;
use crate::web::wire::Problem;

/// The response of `status`, with `reason` on HTTP/1 and `problem` as the body where the status
/// may have one (`http1::respond`).
#[must_use]
pub fn respond(status: StatusCode, reason: &'static str, problem: Option<Problem>) -> Response {
    crate::web::http1::respond(status, reason, problem)
}

/// Adds the header field `name` with `value`; `false`, and nothing added, when `value` is not a
/// valid field value, which the derived impl answers with [`header_failure`].
#[must_use]
pub fn insert_header<V>(response: &mut Response, name: &'static str, value: V) -> bool
where
    http::HeaderValue: TryFrom<V>,
{
    crate::web::http1::insert_header(response, name, value)
}

/// The 500 of a derived member whose header field `field` could not be sent, reported.
#[must_use]
pub fn header_failure(member: &'static str, field: &'static str, problem: bool) -> Response {
    crate::web::http1::header_failure(member, field, problem)
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
