//! Statuses as warp 0.4 replies (feature `warp`): a `StatusCode`, a `Problem` and a derived member
//! carry the registry's phrase (or the member's `reason = "..."`) on HTTP/1, where hyper keeps it,
//! by the rules of `wire`, through `http1`; derived error enums are rejections too, which
//! [`recover`](crate::rejection::recover) turns back into their responses.

use warp::reply::{Reply, Response};

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

/// The status with an empty body and, on HTTP/1, the registry's phrase (`499 Client Closed
/// Request` with `vendor-nginx`); a code outside HTTP's 100 to 599 (`000`) is a 500.
#[cfg_attr(docsrs, doc(cfg(feature = "warp")))]
impl Reply for StatusCode {
    fn into_response(self) -> Response {
        respond(self, self.reason(), None)
    }
}

/// The problem as `application/problem+json` with its status, as axum's `IntoResponse` sends it.
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "warp"))))]
impl Reply for Problem {
    fn into_response(self) -> Response {
        let (status, problem) = self.into_sent();
        respond(status, status.reason(), Some(problem))
    }
}
