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

/// Equal when the codes are, as with `u16`: every meaning of 499 equals `http`'s 499.
///
/// ```
/// use status_registry::StatusCode;
/// assert_eq!(StatusCode::NotFound, http::StatusCode::NOT_FOUND);
/// assert_eq!(http::StatusCode::NOT_FOUND, StatusCode::NotFound);
/// assert_ne!(StatusCode::Ok, http::StatusCode::CREATED);
/// ```
#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl PartialEq<http::StatusCode> for StatusCode {
    fn eq(&self, other: &http::StatusCode) -> bool {
        self.code() == other.as_u16()
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl PartialEq<StatusCode> for http::StatusCode {
    fn eq(&self, other: &StatusCode) -> bool {
        self.as_u16() == other.code()
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
    /// [`Status::retry_decision_for`](crate::Status::retry_decision_for), callable without importing
    /// the trait.
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    /// use status_registry::{RetryDecision, StatusCode};
    ///
    /// let mut headers = http::HeaderMap::new();
    /// headers.insert(http::header::RETRY_AFTER, http::HeaderValue::from_static("2"));
    /// let now = SystemTime::now();
    /// let unavailable = StatusCode::ServiceUnavailable;
    /// let decision = unavailable.retry_decision_for(&http::Method::POST, &headers, now);
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
        crate::Status::retry_decision_for(self, method, headers, now)
    }
}

/// The retry rule for a response: the registry's hint decides whether (with `idempotent` where the
/// hint asks for it; a 5xx whose `Proxy-Status` says the request never reached the next hop is
/// `always`), `Retry-After` how long; a 429 or 503 without one waits for the reset of an
/// exhausted quota in `RateLimit`, or in the older fields (`RateLimit-Remaining`/`-Reset`,
/// `X-RateLimit-Remaining`/`-Reset`). Every retrying path of the crate ends here.
pub(crate) fn decide_response<S: crate::Status>(
    status: S,
    idempotent: bool,
    headers: &http::HeaderMap,
    now: std::time::SystemTime,
) -> crate::RetryDecision {
    decide_hint(status.retry(), status.code(), idempotent, headers, now)
}

/// [`decide_response`] for a hint chosen by the caller (the client adapters choose it by the IANA
/// meaning of `code`, whatever vendors the build has on).
pub(crate) fn decide_hint(
    hint: crate::Retry,
    code: u16,
    idempotent: bool,
    headers: &http::HeaderMap,
    now: std::time::SystemTime,
) -> crate::RetryDecision {
    decide_for_response(response_hint(hint, code, headers), code, idempotent, headers, now)
}

/// [`decide_hint`] for a hint that [`response_hint`] has already read the response's
/// `Proxy-Status` into (the adapters, which read that hint for their idempotency check too).
pub(crate) fn decide_for_response(
    hint: crate::Retry,
    code: u16,
    idempotent: bool,
    headers: &http::HeaderMap,
    now: std::time::SystemTime,
) -> crate::RetryDecision {
    let retry_after = crate::RetryAfter::from_headers(headers);
    match hint.decide(idempotent, retry_after.map(|r| r.delay_from(now))) {
        crate::RetryDecision::Retry { after: None } if matches!(code, 429 | 503) => {
            crate::RetryDecision::Retry { after: quota_reset(headers, now) }
        }
        decision => decision,
    }
}

/// The hint for a response of `code` with `headers`: `hint`, or `always` for a 5xx whose
/// `Proxy-Status` says the request never reached the next hop. [`decide_hint`] and the client
/// adapters' idempotency check both read it.
pub(crate) fn response_hint(hint: crate::Retry, code: u16, headers: &http::HeaderMap) -> crate::Retry {
    if (500..600).contains(&code) && next_hop_never_saw_it(headers) { crate::Retry::Always } else { hint }
}

/// Whether the last `Proxy-Status` entry (the intermediary nearest the client) names an error
/// after which the request had not gone on to the next hop (RFC 9209; `connection_refused`, not
/// `http_response_timeout`): then the origin never saw it, and any method may be sent again. A
/// field line that is not a List makes the whole field count for nothing. Allocates nothing.
fn next_hop_never_saw_it(headers: &http::HeaderMap) -> bool {
    /// The `error` of the last member seen.
    #[derive(Default)]
    struct LastError<'a> {
        error: Option<&'a str>,
    }
    impl<'a> crate::sf::Visitor<'a> for LastError<'a> {
        fn member(&mut self, _: bool) {
            self.error = None;
        }
        fn param(&mut self, key: &'a str, value: crate::sf::BareRef<'a>, of_item: bool) {
            if key == "error" && !of_item {
                self.error = match value {
                    crate::sf::BareRef::Token(name) | crate::sf::BareRef::String(name) => Some(name),
                    _ => None,
                };
            }
        }
    }
    let mut last = LastError::default();
    for value in headers.get_all("proxy-status") {
        let mut line = LastError::default();
        if crate::sf::walk_list(value.as_bytes(), &mut line).is_none() {
            return false;
        }
        // An empty line adds no member; the last member is that of the last line that has one.
        if !value.as_bytes().trim_ascii().is_empty() {
            last = line;
        }
    }
    last.error
        .and_then(|name| name.parse::<crate::proxy_status::ProxyError>().ok())
        .is_some_and(crate::proxy_status::ProxyError::never_forwarded)
}

/// The wait until an exhausted quota comes back: the longest among the `RateLimit` field's used-up
/// quotas; without that field, the older field pairs.
fn quota_reset(headers: &http::HeaderMap, now: std::time::SystemTime) -> Option<core::time::Duration> {
    if headers.contains_key(RATELIMIT) {
        return headers
            .get_all(RATELIMIT)
            .iter()
            .filter_map(|value| crate::ratelimit::exhausted_reset(value.as_bytes()))
            .max();
    }
    let field = |name: &http::HeaderName| headers.get(name).map(http::HeaderValue::as_bytes);
    let now_unix = now.duration_since(std::time::UNIX_EPOCH).map_or(0, |since| since.as_secs());
    crate::ratelimit::legacy_reset(
        [
            (field(&RATELIMIT_REMAINING), field(&RATELIMIT_RESET), false),
            (field(&X_RATELIMIT_REMAINING), field(&X_RATELIMIT_RESET), true),
        ],
        now_unix,
    )
}

/// The `RateLimit` field of draft-ietf-httpapi-ratelimit-headers-11.
const RATELIMIT: http::HeaderName = http::HeaderName::from_static("ratelimit");
/// The separate fields of the RateLimit draft's revisions before -07.
const RATELIMIT_REMAINING: http::HeaderName = http::HeaderName::from_static("ratelimit-remaining");
const RATELIMIT_RESET: http::HeaderName = http::HeaderName::from_static("ratelimit-reset");
/// The fields many APIs send without a specification (GitHub, X, GitLab).
const X_RATELIMIT_REMAINING: http::HeaderName = http::HeaderName::from_static("x-ratelimit-remaining");
const X_RATELIMIT_RESET: http::HeaderName = http::HeaderName::from_static("x-ratelimit-reset");

#[cfg_attr(docsrs, doc(cfg(feature = "http")))]
impl From<crate::RetryAfter> for http::HeaderValue {
    /// The field value as a server sends it: delay-seconds as a number, a date as an IMF-fixdate.
    ///
    /// ```
    /// use std::time::{Duration, UNIX_EPOCH};
    /// use status_registry::RetryAfter;
    ///
    /// let wait = http::HeaderValue::from(RetryAfter::Delay(Duration::from_secs(120)));
    /// assert_eq!(wait, "120");
    /// let date = RetryAfter::Date(UNIX_EPOCH + Duration::from_secs(784_111_777));
    /// assert_eq!(http::HeaderValue::from(date), "Sun, 06 Nov 1994 08:49:37 GMT");
    /// ```
    fn from(retry_after: crate::RetryAfter) -> Self {
        match retry_after {
            crate::RetryAfter::Delay(delay) => http::HeaderValue::from(delay.as_secs()),
            // An IMF-fixdate is visible ASCII, which a header value always accepts.
            crate::RetryAfter::Date(_) => http::HeaderValue::from_str(&retry_after.to_string())
                .unwrap_or_else(|_| http::HeaderValue::from_static("0")),
        }
    }
}
