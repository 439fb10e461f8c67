//! Statuses as rocket 0.5 responses (feature `rocket`): a `StatusCode`, a `Problem` and a derived
//! member are rocket `Responder`s by the rules of `wire`, through `http1`: the status (`000` as a
//! 500), the header fields, and no body where the status has none.
//!
//! rocket hands hyper the code alone, so the phrase on the wire is hyper's own for the codes it
//! knows and none for the rest (`HTTP/1.1 499 <none>`): the status is right, the registry's
//! phrase and a member's `reason = "..."` do not reach the wire.

use std::io::Cursor;
use std::string::ToString;

use bytes::Bytes;
use rocket::Request;
use rocket::http::Status;
use rocket::response::{self, Responder, Response};

#[cfg(feature = "problem")]
use crate::Problem;
use crate::StatusCode;

/// rocket's response of `response` (a derived member's, made by `http1`): its code, its header
/// fields and its body. A field value that is not text (obsolete bytes) is left out: rocket's
/// header values are strings, and no value the derive or `Problem` writes is one.
#[must_use]
pub fn finish(response: http::Response<Bytes>) -> Response<'static> {
    let (parts, body) = response.into_parts();
    let mut built = Response::build();
    built.status(Status::new(parts.status.as_u16()));
    for (name, value) in &parts.headers {
        if let Ok(value) = value.to_str() {
            built.raw_header_adjoin(name.as_str().to_string(), value.to_string());
        }
    }
    if !body.is_empty() {
        built.sized_body(body.len(), Cursor::new(body));
    }
    built.finalize()
}

/// The status with an empty body: `StatusCode::from(499)` sends a 499 (without the registry's
/// phrase: rocket writes hyper's, which has none for 499). `000` sends `500 Internal Server
/// Error`.
#[cfg_attr(docsrs, doc(cfg(feature = "rocket")))]
impl<'r> Responder<'r, 'static> for StatusCode {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        Ok(finish(crate::web::http1::respond(self, self.reason(), None)))
    }
}

/// The problem as `application/problem+json`, by the rules of its `IntoResponse` for axum: its
/// status (500 for none or `000`, and then said in the body), no body for a status without
/// content.
#[cfg(feature = "problem")]
#[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "rocket"))))]
impl<'r> Responder<'r, 'static> for Problem {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        let (status, problem) = self.into_sent();
        Ok(finish(crate::web::http1::respond(status, status.reason(), Some(problem))))
    }
}
