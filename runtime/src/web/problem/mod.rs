//! Problem details for HTTP APIs (RFC 9457), titled from the registry: [`Problem`], and with
//! feature `tower`, [`ProblemLayer`], which makes the error responses a framework writes on its
//! own problem details too.

mod details;
#[cfg(feature = "tower")]
mod layer;

pub use details::Problem;
#[doc(hidden)]
pub use details::{problem_of, with_member};
#[cfg(feature = "tower")]
#[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "tower"))))]
pub use layer::{DEFAULT_LIMIT, ProblemBody, ProblemFuture, ProblemLayer, ProblemService};
