//! Conversions between [`StatusCode`] and `http::StatusCode`, with the `http` feature.
//!
//! `http::StatusCode` holds 100..=999; ours holds every `u16`. Converting to http is therefore
//! fallible, and converting from it is total and keeps every vendor meaning the build enables.

use core::fmt;

use crate::StatusCode;

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl From<http::StatusCode> for StatusCode {
    /// ```
    /// use status_registry::StatusCode;
    /// assert_eq!(StatusCode::from(http::StatusCode::NOT_FOUND), StatusCode::NotFound);
    /// ```
    fn from(status: http::StatusCode) -> Self {
        StatusCode::from_code(status.as_u16())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl TryFrom<StatusCode> for http::StatusCode {
    type Error = HttpRangeError;

    /// ```
    /// use status_registry::StatusCode;
    /// assert_eq!(http::StatusCode::try_from(StatusCode::NotFound), Ok(http::StatusCode::NOT_FOUND));
    /// assert!(http::StatusCode::try_from(StatusCode::from(0)).is_err());
    /// ```
    fn try_from(status: StatusCode) -> Result<Self, Self::Error> {
        to_http(status.code())
    }
}

/// Converts a code for derived enums and for [`StatusCode`].
pub fn to_http(code: u16) -> Result<http::StatusCode, HttpRangeError> {
    http::StatusCode::from_u16(code).map_err(|_| HttpRangeError { code })
}

/// A code that `http::StatusCode` cannot hold: below 100 (`000` in load balancer logs) or above 999.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
pub struct HttpRangeError {
    code: u16,
}

impl HttpRangeError {
    /// The code that did not fit.
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }
}

impl fmt::Display for HttpRangeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "status code {:03} does not fit `http::StatusCode`, which holds 100 to 999", self.code)
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl std::error::Error for HttpRangeError {}

impl crate::RetryAfter {
    /// The response's `Retry-After`, when it has one that parses; a value that does not is
    /// treated as absent, as RFC 9110 lets a recipient ignore an invalid field.
    #[must_use]
    pub fn from_headers(headers: &http::HeaderMap) -> Option<Self> {
        let value = headers.get(http::header::RETRY_AFTER)?.to_str().ok()?;
        crate::RetryAfter::parse(value).ok()
    }
}

impl StatusCode {
    /// [`Status::retry_decision`](crate::Status::retry_decision) for an `http` response: the
    /// request's `method` says whether it is idempotent (RFC 9110, Section 9.2.2), and the
    /// response's `headers` give `Retry-After`.
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    /// use status_registry::{RetryDecision, StatusCode};
    ///
    /// let mut headers = http::HeaderMap::new();
    /// headers.insert(http::header::RETRY_AFTER, http::HeaderValue::from_static("2"));
    /// let now = SystemTime::now();
    /// let decision = StatusCode::ServiceUnavailable.retry_decision_for(&http::Method::POST, &headers, now);
    /// assert_eq!(decision, RetryDecision::Retry { after: Some(Duration::from_secs(2)) });
    /// let decision = StatusCode::BadGateway.retry_decision_for(&http::Method::POST, &headers, now);
    /// assert_eq!(decision, RetryDecision::Stop);
    /// ```
    #[must_use]
    pub fn retry_decision_for(
        self,
        method: &http::Method,
        headers: &http::HeaderMap,
        now: std::time::SystemTime,
    ) -> crate::RetryDecision {
        let retry_after = crate::RetryAfter::from_headers(headers);
        crate::Status::retry_decision(self, method.is_idempotent(), retry_after.as_ref(), now)
    }
}
