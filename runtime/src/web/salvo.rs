//! Statuses as salvo 1.1 responses (feature `salvo`): a `StatusCode`, a `Problem` and a derived
//! member render into salvo's `Response` with the registry's phrase (or the member's `reason =
//! "..."`) on HTTP/1, by the rules of `wire`, through `http1`: salvo hands its response's
//! extensions to hyper, which writes the phrase it finds there.
//!
//! What they render is the response axum sends, body included: an error status without a
//! problem renders an empty body, which salvo's catcher leaves as it is. A service that wants
//! salvo's catcher to write its page converts a derived member into salvo's `StatusError`
//! instead.

use std::string::{String, ToString};

use bytes::Bytes;
use salvo_core::http::{ResBody, Response, StatusError};
use salvo_core::writing::Scribe;

#[cfg(feature = "problem")]
use crate::Problem;
use crate::StatusCode;

/// Writes `response` (a derived member's, made by `http1`) into salvo's `res`: its status, its header fields (after any the handler's
/// middleware set), its extensions (the phrase) and its body, empty rather than none, so that
/// salvo's catcher does not replace it.
pub fn render(res: &mut Response, response: http::Response<Bytes>) {
    let (parts, body) = response.into_parts();
    res.status_code(parts.status);
    let mut last = None;
    for (name, value) in parts.headers {
        // `HeaderMap`'s iterator names a field once, before its first value.
        last = name.or(last);
        if let Some(name) = &last {
            res.headers_mut().append(name.clone(), value);
        }
    }
    res.extensions.extend(parts.extensions);
    res.replace_body(ResBody::Once(body));
}

/// salvo's `StatusError` of a derived member: its status (a code no status line can carry is a
/// 500), `reason` as its name, and as its brief `value`'s text for a 4xx and `reason` otherwise,
/// as the problem details keep a server error's text to the server.
#[must_use]
pub fn status_error(code: u16, reason: &'static str, value: &impl core::fmt::Display) -> StatusError {
    let status = StatusCode::from_code(code);
    let wire = crate::web::wire::wire(status, reason);
    let mut error = StatusError::internal_server_error();
    error.code = http::StatusCode::from_u16(wire.code).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
    error.name = String::from(wire.reason);
    error.brief = if wire.code == code && (400..500).contains(&code) { value.to_string() } else { error.name.clone() };
    error
}

/// The status with an empty body and, on HTTP/1, the registry's phrase: `StatusCode::from(499)`
/// with `vendor-nginx` sends `HTTP/1.1 499 Client Closed Request`. `000` sends `500 Internal
/// Server Error`; a code the registry does not know sends its class's name.
#[cfg_attr(docsrs, doc(cfg(feature = "salvo")))]
impl Scribe for StatusCode {
    fn render(self, res: &mut Response) {
        render(res, crate::web::http1::respond(self, self.reason(), None));
    }
}

/// The problem as `application/problem+json`, by the rules of its `IntoResponse` for axum: its
/// status (500 for none or `000`, and then said in the body), no body for a status without
/// content.
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "salvo"))))]
impl Scribe for Problem {
    fn render(self, res: &mut Response) {
        let (status, problem) = self.into_sent();
        render(res, crate::web::http1::respond(status, status.reason(), Some(problem)));
    }
}

/// salvo's own problem details (`salvo_core::http::Problem`, its `rfc9457` module) with
/// free-form extension members.
#[cfg(feature = "problem")]
type SalvoProblem = salvo_core::http::Problem<serde_json::Map<String, serde_json::Value>>;

/// The problem as salvo's own, as it is sent: salvo's always has a status and a title, so a
/// problem without a status (or with `000`) is the 500 its response would be, and one without a
/// title takes its status's phrase from the registry. The members and extensions are kept.
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "salvo"))))]
impl From<Problem> for SalvoProblem {
    fn from(problem: Problem) -> Self {
        let (status, problem) = problem.into_sent();
        let code = http::StatusCode::from_u16(status.code()).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let mut theirs = salvo_core::http::Problem::new(code)
            .with_extensions(problem.extensions().clone())
            .kind(problem.type_uri())
            .title(problem.title().unwrap_or(status.reason()));
        if let Some(detail) = problem.detail() {
            theirs = theirs.detail(detail);
        }
        if let Some(instance) = problem.instance() {
            theirs = theirs.instance(instance);
        }
        theirs
    }
}

/// salvo's problem details as this crate's, member for member: its `type`, `title`, `status`,
/// `detail`, `instance` and extension members.
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "salvo"))))]
impl From<SalvoProblem> for Problem {
    fn from(theirs: SalvoProblem) -> Self {
        let extensions = theirs.extensions().clone();
        let mut problem =
            Problem::new(StatusCode::from(theirs.status.as_u16())).with_type(theirs.kind).with_title(theirs.title);
        if let Some(detail) = theirs.detail {
            problem = problem.with_detail(detail);
        }
        if let Some(instance) = theirs.instance {
            problem = problem.with_instance(instance);
        }
        extensions.into_iter().fold(problem, |problem, (key, value)| problem.with_extension(key, value))
    }
}

/// salvo's problem details without extension members (`PlainProblem`, what salvo makes of a
/// `StatusError`) as this crate's.
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "salvo"))))]
impl From<salvo_core::http::PlainProblem> for Problem {
    fn from(theirs: salvo_core::http::PlainProblem) -> Self {
        Problem::from(theirs.with_extensions(serde_json::Map::new()))
    }
}
