//! What the waiting adapters tell about each request: the [`RetryReport`] in the response's
//! extensions, and with feature `tracing`, an event per retry and per retryable failure given back.

use core::fmt;

/// How a request went through `RetryMiddleware` or `RetryPolicy` (see the [module](crate::client)):
/// put into the extensions of every response either returns,
/// so a caller can tell a 503 retried three times from one returned at once.
///
/// ```
/// use status_registry::client::{RetryReport, Stop};
///
/// # let response = http::Response::new(());
/// # let mut response = response;
/// # response.extensions_mut().insert(RetryReport { retries: 3, stop: Stop::RetriesExhausted });
/// // `response` came back through one of the adapters.
/// match response.extensions().get::<RetryReport>() {
///     Some(RetryReport { retries, stop: Stop::RetriesExhausted }) => {
///         println!("gave up after {retries} retries")
///     }
///     Some(report) => println!("{report}"),
///     None => println!("not sent through a retry adapter"),
/// }
/// ```
///
/// An error that comes back (no response) has no extensions to carry it; with feature `tracing`
/// the event says the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RetryReport {
    /// How many times the request was sent again (0: the response is the first attempt's).
    pub retries: u32,
    /// Why this response is the last.
    pub stop: Stop,
}

impl fmt::Display for RetryReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let noun = if self.retries == 1 { "retry" } else { "retries" };
        write!(f, "{} {noun}, then stopped: {}", self.retries, self.stop)
    }
}

/// Why an adapter returned what it got instead of retrying.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Stop {
    /// The status needs no retry (a success, a 404, a 501), or its hint needs what the response
    /// did not give (413 without `Retry-After`).
    NotRetryable,
    /// The status would be retried for an idempotent request, and this one is not (a POST that
    /// got a 502), or `idempotent_only` is set.
    NotIdempotent,
    /// `Retry-After` or a rate-limit field asked for a longer wait than `max_delay`.
    WaitTooLong,
    /// The host's retry budget had nothing left.
    BudgetSpent,
    /// The request was retried `max_retries_per_request` times already.
    RetriesExhausted,
    /// The request's body is a stream, which cannot be sent twice.
    BodyNotCloneable,
}

impl Stop {
    /// The name of the reason in snake case (`budget_spent`), as the `reason` field of the
    /// adapters' events has it.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Stop::NotRetryable => "not_retryable",
            Stop::NotIdempotent => "not_idempotent",
            Stop::WaitTooLong => "wait_too_long",
            Stop::BudgetSpent => "budget_spent",
            Stop::RetriesExhausted => "retries_exhausted",
            Stop::BodyNotCloneable => "body_not_cloneable",
        }
    }
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// What came back from one attempt, as the events name it.
#[derive(Clone, Copy)]
#[cfg_attr(not(feature = "tracing"), allow(dead_code, reason = "only the events read it"))]
pub(crate) enum Outcome<'a> {
    /// A response with this status.
    Status(u16),
    /// No response: this error.
    Error(&'a dyn fmt::Display),
}

/// Why an attempt's result is worth another try: the `reason` of a retry event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Why {
    /// The registry retries the response's status for this request.
    Status,
    /// The connection failed after it was made: the request may have reached the server.
    ConnectionFailed,
    /// The connection was never made: the request never left.
    NeverConnected,
}

impl Why {
    /// The `reason` of a retry event.
    #[cfg_attr(not(feature = "tracing"), allow(dead_code, reason = "only the events read it"))]
    pub(crate) const fn as_str(self) -> &'static str {
        match self {
            Why::Status => "retryable_status",
            Why::ConnectionFailed => "connection_failed",
            Why::NeverConnected => "never_connected",
        }
    }
}

/// Says that attempt number `attempt` (1 for the first) came back with `outcome` and is retried
/// after `wait`: a tracing event, and the resend count on the current span where it declares one.
#[cfg_attr(not(feature = "tracing"), allow(unused_variables, reason = "only tracing reads them"))]
pub(crate) fn retrying(attempt: u32, outcome: Outcome<'_>, why: Why, wait: core::time::Duration) {
    #[cfg(feature = "tracing")]
    {
        let wait_ms = u64::try_from(wait.as_millis()).unwrap_or(u64::MAX);
        let reason = why.as_str();
        match outcome {
            Outcome::Status(status) => {
                tracing::info!(target: "status_registry::client", attempt, status, reason, wait_ms, "retrying");
            }
            Outcome::Error(error) => {
                tracing::info!(target: "status_registry::client", attempt, error = %error, reason, wait_ms, "retrying");
            }
        }
        // OpenTelemetry's HTTP client conventions: the ordinal of the resend. A span that does
        // not declare the field ignores it.
        tracing::Span::current().record("http.request.resend_count", attempt);
    }
}

/// Says that attempt number `attempt` came back with `outcome`, which the rule would retry, and
/// is returned because of `stop` (`asked`: the wait the server asked for, when it was too long).
/// A result that needs no retry ([`Stop::NotRetryable`]) says nothing.
#[cfg_attr(not(feature = "tracing"), allow(unused_variables, reason = "only tracing reads them"))]
pub(crate) fn giving_back(attempt: u32, outcome: Outcome<'_>, stop: Stop, asked: Option<core::time::Duration>) {
    #[cfg(feature = "tracing")]
    {
        if stop == Stop::NotRetryable {
            return;
        }
        let wait_ms = asked.map_or(0, |asked| u64::try_from(asked.as_millis()).unwrap_or(u64::MAX));
        let reason = stop.as_str();
        let retries = attempt - 1;
        match (outcome, stop) {
            // A request that is not idempotent is the caller's choice: worth knowing, not a warning.
            (Outcome::Status(status), Stop::NotIdempotent) => {
                tracing::info!(target: "status_registry::client", attempt, status, reason, wait_ms, "not retried after {retries} retries");
            }
            (Outcome::Error(error), Stop::NotIdempotent) => {
                tracing::info!(target: "status_registry::client", attempt, error = %error, reason, wait_ms, "not retried after {retries} retries");
            }
            (Outcome::Status(status), _) => {
                tracing::warn!(target: "status_registry::client", attempt, status, reason, wait_ms, "failed after {retries} retries");
            }
            (Outcome::Error(error), _) => {
                tracing::warn!(target: "status_registry::client", attempt, error = %error, reason, wait_ms, "failed after {retries} retries");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{RetryReport, Stop};

    #[test]
    fn reports_read_as_a_sentence() {
        assert_eq!(
            RetryReport { retries: 1, stop: Stop::NotRetryable }.to_string(),
            "1 retry, then stopped: not_retryable"
        );
        assert_eq!(
            RetryReport { retries: 3, stop: Stop::RetriesExhausted }.to_string(),
            "3 retries, then stopped: retries_exhausted"
        );
        assert_eq!(format!("[{:>14}]", Stop::BudgetSpent), "[  budget_spent]", "Display pads");
        let names = [
            Stop::NotRetryable,
            Stop::NotIdempotent,
            Stop::WaitTooLong,
            Stop::BudgetSpent,
            Stop::RetriesExhausted,
            Stop::BodyNotCloneable,
        ]
        .map(Stop::as_str);
        let expected = [
            "not_retryable",
            "not_idempotent",
            "wait_too_long",
            "budget_spent",
            "retries_exhausted",
            "body_not_cloneable",
        ];
        assert_eq!(names, expected);
    }
}
