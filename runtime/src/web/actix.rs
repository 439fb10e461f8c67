//! Statuses as actix-web responses, with the registry's phrase on the wire. actix-web 4 speaks
//! `http` 0.2, so statuses and header values cross into it by number and by bytes.
//!
//! The rules are axum's (`wire.rs` decides them for both): a code no status line can carry is `500 Internal Server
//! Error`, a status without content has no body, and a problem is the body of the rest.

use actix_web::body::BoxBody;
use actix_web::{HttpRequest, HttpResponse, Responder};

use crate::StatusCode;
use crate::status_code::sent_code;

use crate::web::wire::{Problem, wire};

/// actix's status with `code`, which `wire` has kept to 100..=999.
fn actix_status(code: u16) -> actix_web::http::StatusCode {
    actix_web::http::StatusCode::from_u16(code).unwrap_or(actix_web::http::StatusCode::INTERNAL_SERVER_ERROR)
}

/// The status of a derived member, as actix's `ResponseError::status_code` reports it: a code no
/// status line can carry is a 500.
#[must_use]
pub fn status_code(code: u16) -> actix_web::http::StatusCode {
    actix_status(sent_code(code))
}

/// The response of `status` as a derived member, a `StatusCode` or a `Problem` sends it, by
/// `wire`'s rules (the same as axum's), with `reason` on HTTP/1 and `problem`, when given and the
/// status may have content, as the body; `problem` must already state the status that goes out.
#[must_use]
#[cfg_attr(not(feature = "problem"), allow(clippy::needless_pass_by_value, reason = "no problem without `problem`"))]
pub fn respond(status: StatusCode, reason: &'static str, problem: Option<Problem>) -> HttpResponse {
    let (status, reason) = crate::web::wire::problem_status(status, reason, problem.as_ref());
    let wire = wire(status, reason);
    let mut builder = HttpResponse::build(actix_status(wire.code));
    builder.reason(wire.reason);
    #[cfg(feature = "problem")]
    if let (Some(problem), true) = (problem, wire.content) {
        // A map of JSON values always serializes; were it not to, the status still goes out.
        if let Ok(body) = serde_json::to_vec(&problem) {
            if let Some(lang) = problem.language() {
                builder.insert_header((actix_web::http::header::CONTENT_LANGUAGE, lang.tag()));
                builder.append_header((actix_web::http::header::VARY, "accept-language"));
            }
            return builder.content_type(Problem::CONTENT_TYPE).body(body);
        }
    }
    builder.finish()
}

/// Appends the header field `name` (lower case, checked by the derive) with `value`; `false`, and
/// nothing added, when `value` is not a valid field value (a line break in a `String`), which the
/// derived impl answers with [`header_failure`].
#[must_use]
pub fn insert_header<V>(response: &mut HttpResponse, name: &'static str, value: V) -> bool
where
    http::HeaderValue: TryFrom<V>,
{
    let Ok(value) = http::HeaderValue::try_from(value) else { return false };
    let Ok(value) = actix_web::http::header::HeaderValue::from_bytes(value.as_bytes()) else { return false };
    let name = actix_web::http::header::HeaderName::from_static(name);
    response.headers_mut().append(name, value);
    true
}

/// The response of a derived member whose header field `field` could not be sent, as axum's: a
/// `500 Internal Server Error` (problem details when the enum sends them) and an error event.
#[must_use]
pub fn header_failure(member: &'static str, field: &'static str, problem: bool) -> HttpResponse {
    crate::private::report_failure(member, field, "the value is not a valid header field value");
    respond(
        StatusCode::InternalServerError,
        StatusCode::InternalServerError.reason(),
        crate::web::wire::failure_problem(problem),
    )
}

/// The status with an empty body and, on HTTP/1, the registry's phrase: `StatusCode::from(499)`
/// with `vendor-nginx` sends `HTTP/1.1 499 Client Closed Request`. `000` sends `500 Internal
/// Server Error`; a code the registry does not know sends its class's name.
#[cfg_attr(docsrs, doc(cfg(feature = "actix")))]
impl Responder for StatusCode {
    type Body = BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        respond(self, self.reason(), None)
    }
}

/// The problem as `application/problem+json`, by the rules of its `IntoResponse` for axum: its
/// status (500 for none or `000`, and then said in the body), no body for a status without
/// content.
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "actix"))))]
impl Responder for crate::Problem {
    type Body = BoxBody;

    fn respond_to(self, _: &HttpRequest) -> HttpResponse {
        let (status, problem) = self.into_sent();
        respond(status, status.reason(), Some(problem))
    }
}
