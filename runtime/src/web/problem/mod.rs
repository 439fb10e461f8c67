//! Problem details for HTTP APIs (RFC 9457), titled from the registry: [`Problem`], and with
//! feature `tower`, `ProblemLayer`, which makes the error responses a framework writes on its own
//! problem details too.
//!
//! ```
//! use status_registry::{Lang, Problem, ProblemType, StatusCode};
//!
//! // The problem that is only its status: type `about:blank`, titled by the status's phrase.
//! let problem = Problem::new(StatusCode::NotFound).with_detail("there is no shelf called attic");
//! assert_eq!(problem.title(), Some("Not Found"));
//! assert_eq!(serde_json::to_value(&problem).unwrap()["status"], 404);
//! // A registered problem type brings its URI, title and status.
//! let quota = Problem::of_type(ProblemType::QuotaExceeded);
//! assert_eq!((quota.code(), quota.title()), (Some(429), Some("Quota Exceeded")));
//! // Titles in the reader's language, where the registry has it.
//! assert_eq!(Problem::new(StatusCode::NotFound).in_language(Lang::Ja).title(), Some("未検出"));
//! // Any server's body reads; a member of the wrong type is ignored (RFC 9457, Section 3.1).
//! let read: Problem = serde_json::from_str(r#"{"status": "oops", "title": "Gone"}"#).unwrap();
//! assert_eq!((read.code(), read.title()), (None, Some("Gone")));
//! ```
//!
//! A derived enum with `#[status_registry(problem)]` converts to a `Problem` per member: see the
//! derive, [`StatusRegistry`](../derive.StatusRegistry.html), and its web service. With a framework's
//! feature (`axum`, `actix`, `warp`, `poem`, `salvo`, `rocket`), a `Problem` is a response:
//! `application/problem+json` with its status (a status without content, such as 204 or 304, goes
//! out without a body; a code no response can carry, such as `000`, as a 500 that says so). With
//! `utoipa`, `utoipa5`, `aide` or `poem-openapi` its schema is documented; with `poem-openapi` it is
//! a poem-openapi type too, for `Json<Problem>` payloads.
#![cfg_attr(feature = "tower", doc = include_str!("../../../docs/problem-layer.md"))]
#![doc(alias = "rfc9457", alias = "rfc7807", alias = "problem+json", alias = "error response")]

mod details;
#[cfg(feature = "tower")]
mod layer;

pub use details::Problem;
#[doc(hidden)]
pub use details::{problem_of, with_member};
#[cfg(feature = "tower")]
#[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "tower"))))]
pub use layer::{DEFAULT_LIMIT, ProblemBody, ProblemFuture, ProblemLayer, ProblemService};
