//! What a response of a status carries, decided once for every framework the crate answers in
//! (axum's `IntoResponse`, actix-web's `Responder`), for derived members, `StatusCode` and
//! `Problem` alike.

use crate::status_code::sendable;
use crate::{Status, StatusCode};

/// Without feature `problem` there is never a body; the type only fills the signature of the
/// frameworks' `respond`.
#[cfg(not(feature = "problem"))]
pub enum Problem {}
#[cfg(feature = "problem")]
pub(crate) use crate::Problem;

/// The status line and whether a body may follow it.
pub(crate) struct Wire {
    /// The code of the status line, 100 to 599.
    pub(crate) code: u16,
    /// Its phrase; never empty.
    pub(crate) reason: &'static str,
    /// Whether the response may carry content.
    #[cfg_attr(not(feature = "problem"), allow(dead_code, reason = "only a problem is a body"))]
    pub(crate) content: bool,
}

/// The wire form of `status` with `reason` (a member's own phrase, or the registry's). A code
/// outside HTTP's 100 to 599 (`000`, which logs write for no response at all, or a vendor's 999)
/// is `500 Internal Server Error`: a handler that answers with it has a bug the client should see
/// as a server error, and `conformance::check` would call the code itself a MUST violation. A
/// code without a phrase (one the registry does not know) gets its class's name, `432 Client
/// Error` or `532 Server Error`, where hyper alone would write `<none>`. A status without content
/// (the registry's `content: false`: 1xx, 204, 205, 304, nginx 444 and 499) has no body.
pub(crate) fn wire(status: StatusCode, reason: &'static str) -> Wire {
    let code = status.code();
    if !sendable(code) {
        return Wire { code: 500, reason: StatusCode::InternalServerError.reason(), content: true };
    }
    let reason = if reason.is_empty() { crate::Class::from_code(code).description() } else { reason };
    Wire { code, reason, content: status.allows_content() }
}

/// The status a response goes out with when it carries `problem`: the problem's, where it states
/// another (a derived member's problem that could not be made is a 500, and the status line says
/// what the body says, RFC 9457, Section 3.1.2); otherwise `status` with `reason`.
#[cfg_attr(not(feature = "problem"), allow(unused_variables))]
pub(crate) fn problem_status(
    status: StatusCode,
    reason: &'static str,
    problem: Option<&Problem>,
) -> (StatusCode, &'static str) {
    #[cfg(feature = "problem")]
    if let Some(stated) = problem.and_then(Problem::status)
        && stated.code() != status.code()
    {
        return (stated, stated.reason());
    }
    (status, reason)
}

/// The body of a failed response: the problem of a 500 when the enum sends problem details.
#[cfg_attr(not(feature = "problem"), allow(unused_variables))]
pub(crate) fn failure_problem(problem: bool) -> Option<Problem> {
    #[cfg(feature = "problem")]
    if problem {
        return Some(Problem::new(StatusCode::InternalServerError));
    }
    None
}
