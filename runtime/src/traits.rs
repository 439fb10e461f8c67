//! The traits that the built-in [`StatusCode`](crate::StatusCode) and derived enums implement.

use core::fmt;

use crate::{Class, GrpcCode, HeaderRule, Info, Lang, Lifecycle, Retry, SpanKind, SpanStatus, StatusCode, Vendor};

/// A status code with registry metadata.
///
/// Implemented by [`StatusCode`] and by enums with `#[derive(StatusRegistry)]`. Everything but
/// [`code`](Status::code) and [`info`](Status::info) has a default built on those two.
///
/// A code the registry does not know has no [`Info`]; its semantic answers then follow RFC 9110,
/// Section 15: an unrecognized code is treated like the `x00` code of its class, except that it is
/// never heuristically cacheable (Section 15.1 allows that only for codes defined as such).
pub trait Status: Copy + fmt::Display + 'static {
    /// The numeric code.
    fn code(self) -> u16;

    /// The registry's record of this status; `None` when the registry does not know the code.
    fn info(self) -> Option<&'static Info>;

    /// The reason phrase (`Not Found`); empty when the registry does not know the code.
    fn reason(self) -> &'static str {
        self.info().map_or("", |i| i.reason)
    }

    /// The class, from the first digit.
    fn class(self) -> Class {
        Class::from_code(self.code())
    }

    /// The vendor that defines this meaning; `None` for IANA codes and unknown codes.
    fn vendor(self) -> Option<Vendor> {
        self.info().and_then(|i| i.vendor)
    }

    /// Whether the registry knows this code.
    fn is_registered(self) -> bool {
        self.info().is_some()
    }

    /// 1xx.
    fn is_informational(self) -> bool {
        self.class() == Class::Informational
    }

    /// 2xx.
    fn is_success(self) -> bool {
        self.class() == Class::Success
    }

    /// 3xx.
    fn is_redirection(self) -> bool {
        self.class() == Class::Redirection
    }

    /// 4xx.
    fn is_client_error(self) -> bool {
        self.class() == Class::ClientError
    }

    /// 5xx.
    fn is_server_error(self) -> bool {
        self.class() == Class::ServerError
    }

    /// 4xx or 5xx.
    fn is_error(self) -> bool {
        matches!(self.class(), Class::ClientError | Class::ServerError)
    }

    /// Outside 100..=599.
    fn is_nonstandard(self) -> bool {
        self.class() == Class::Nonstandard
    }

    /// Where the code stands in its life; `None` when the registry does not know it.
    fn lifecycle(self) -> Option<Lifecycle> {
        self.info().map(|i| i.lifecycle)
    }

    /// The English description; empty when the registry does not know the code.
    fn description(self) -> &'static str {
        self.info().map_or("", |i| i.description)
    }

    /// The reason in `lang`. English is [`reason`](Status::reason), including a derived variant's
    /// own reason; other languages come from the registry, empty when it does not know the code.
    fn reason_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.reason(),
            _ => self.info().map_or("", |i| i.reason_in(lang)),
        }
    }

    /// The description in `lang`; empty when the registry does not know the code.
    fn description_in(self, lang: Lang) -> &'static str {
        self.info().map_or("", |i| i.description_in(lang))
    }

    /// Cacheable by default without explicit freshness information (RFC 9110, Section 15.1).
    ///
    /// Only codes defined as heuristically cacheable are: a code the registry does not know never
    /// is, whatever its class (unlike the other semantic answers, which follow the class's `x00`).
    fn is_cacheable(self) -> bool {
        self.info().is_some_and(|i| i.cacheable)
    }

    /// Whether a response with this status may carry content (1xx, 204 and 304 may not).
    fn allows_content(self) -> bool {
        semantic_info(self).is_none_or(|i| i.allows_content)
    }

    /// Whether a Retry-After field has a meaning with this status (503, 429, 3xx, ...).
    fn uses_retry_after(self) -> bool {
        semantic_info(self).is_some_and(|i| i.retry_after)
    }

    /// Whether a client may repeat the request.
    fn retry(self) -> Retry {
        semantic_info(self).map_or(Retry::Never, |i| i.retry)
    }

    /// The RFC 9209 proxy error type this status reports, for the vendor codes the registry maps
    /// to one (Cloudflare's 521 is `connection_refused`, which is why its retry hint is `always`:
    /// the origin never saw the request); `None` for IANA codes and unmapped ones.
    ///
    /// ```
    /// use status_registry::proxy_status::ProxyError;
    /// use status_registry::{Status, StatusCode};
    /// assert_eq!(StatusCode::BadGateway.proxy_error(), None);
    /// # #[cfg(feature = "vendor-cloudflare")]
    /// let down = StatusCode::CloudflareWebServerIsDown;
    /// # #[cfg(feature = "vendor-cloudflare")]
    /// assert_eq!(down.proxy_error(), Some(ProxyError::ConnectionRefused));
    /// ```
    #[cfg(feature = "http")]
    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    fn proxy_error(self) -> Option<crate::proxy_status::ProxyError> {
        self.info()?.proxy_error?.parse().ok()
    }

    /// What a client should do after a response with this status: the registry's
    /// [`retry`](Status::retry) hint decides whether, `idempotent` (whether the request's method
    /// is, RFC 9110, Section 9.2.2) where the hint asks for it, and `retry_after` (the response's
    /// parsed `Retry-After`, if it had a valid one) how long, measured from `now`.
    ///
    /// A hint of [`Retry::AfterRetryAfter`] retries only with a `Retry-After`; the others honour
    /// one when it is there. The decision allocates nothing.
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    /// use status_registry::{RetryAfter, RetryDecision, Status, StatusCode};
    ///
    /// let now = SystemTime::now();
    /// let wait = RetryAfter::parse("1").unwrap();
    /// let decide = |status: StatusCode, idempotent, retry_after| {
    ///     status.retry_decision(idempotent, retry_after, now)
    /// };
    /// let one_second = RetryDecision::Retry { after: Some(Duration::from_secs(1)) };
    /// assert_eq!(decide(StatusCode::ServiceUnavailable, false, Some(&wait)), one_second);
    /// assert_eq!(decide(StatusCode::TooManyRequests, false, None), RetryDecision::Retry { after: None });
    /// // A POST is not idempotent.
    /// assert_eq!(decide(StatusCode::BadGateway, false, None), RetryDecision::Stop);
    /// assert_eq!(decide(StatusCode::NotImplemented, true, Some(&wait)), RetryDecision::Stop);
    /// ```
    #[cfg(feature = "std")]
    #[cfg_attr(docsrs, doc(cfg(feature = "std")))]
    fn retry_decision(
        self,
        idempotent: bool,
        retry_after: Option<&crate::RetryAfter>,
        now: std::time::SystemTime,
    ) -> crate::RetryDecision {
        self.retry().decide(idempotent, retry_after.map(|r| r.delay_from(now)))
    }

    /// [`retry_decision`](Status::retry_decision) for an `http` response: the request's `method`
    /// says whether it is idempotent (RFC 9110, Section 9.2.2; QUERY, RFC 10008, is), and the
    /// response's `headers` give
    /// the wait. `Retry-After` sets it; a 429 or 503 without one waits until the reset of a quota
    /// that its `RateLimit` field (draft-ietf-httpapi-ratelimit-headers-11) names as used up
    /// (`RateLimit: "default";r=0;t=30` waits 30 seconds). Without that field, the older pairs
    /// count: `RateLimit-Remaining: 0` with `RateLimit-Reset: 30` (the draft's revisions before
    /// -07), and `X-RateLimit-Remaining: 0` with `X-RateLimit-Reset`, seconds or, from
    /// 1,000,000,000 on, a Unix time (GitHub's form). An invalid field counts as absent.
    ///
    /// The adapters of [`client`](crate::client) decide with this rule too; they also count a
    /// request that carries an `Idempotency-Key` as idempotent. This method decides by the meaning
    /// of `self`: for `StatusCode::from(521)` that is Cloudflare's when a crate of the build turns
    /// `vendor-cloudflare` on. The adapters read a code off the wire by its IANA meaning (or its
    /// class) unless told which vendors count, so that no feature changes what a client retries.
    ///
    /// ```
    /// use std::time::{Duration, SystemTime};
    /// use status_registry::{RetryDecision, Status, StatusCode};
    ///
    /// let mut headers = http::HeaderMap::new();
    /// headers.insert("ratelimit", http::HeaderValue::from_static("\"default\";r=0;t=30"));
    /// let now = SystemTime::now();
    /// let decision = StatusCode::TooManyRequests.retry_decision_for(&http::Method::POST, &headers, now);
    /// assert_eq!(decision, RetryDecision::Retry { after: Some(Duration::from_secs(30)) });
    /// ```
    #[cfg(feature = "http")]
    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    fn retry_decision_for(
        self,
        method: &http::Method,
        headers: &http::HeaderMap,
        now: std::time::SystemTime,
    ) -> crate::RetryDecision {
        crate::http_interop::decide_response(self, method.is_idempotent(), headers, now)
    }

    /// Every header rule for a response with this status: the fields it must or should carry,
    /// each with its source. Empty for most statuses.
    fn header_rules(self) -> &'static [HeaderRule] {
        semantic_info(self).map_or(&[], |i| i.headers)
    }

    /// The rules of the header fields that a response with this status must carry
    /// (`www-authenticate` on 401, `allow` on 405): the first part of
    /// [`header_rules`](Status::header_rules).
    ///
    /// ```
    /// use status_registry::{Status, StatusCode};
    /// let names = |rules: &[status_registry::HeaderRule]| {
    ///     rules.iter().map(|r| r.name).collect::<Vec<_>>()
    /// };
    /// assert_eq!(names(StatusCode::MethodNotAllowed.required_headers()), ["allow"]);
    /// assert_eq!(names(StatusCode::MovedPermanently.recommended_headers()), ["location"]);
    /// assert!(StatusCode::Ok.required_headers().is_empty());
    /// ```
    fn required_headers(self) -> &'static [HeaderRule] {
        semantic_info(self).map_or(&[], Info::required_headers)
    }

    /// The rules of the header fields that a response with this status should carry (`location`
    /// on 301, 302, 303, 307 and 308, `content-range` on 416): the rest of
    /// [`header_rules`](Status::header_rules).
    fn recommended_headers(self) -> &'static [HeaderRule] {
        semantic_info(self).map_or(&[], Info::recommended_headers)
    }

    /// The OpenTelemetry status of an HTTP span of `kind` that ended with this code; see
    /// [`SpanStatus`] for the rules and their source.
    fn span_status(self, kind: SpanKind) -> SpanStatus {
        SpanStatus::for_code(self.code(), kind)
    }

    /// The gRPC status a gRPC client reports for an HTTP response with this code and no gRPC
    /// status; see [`GrpcCode`] for the mapping and its source.
    fn grpc_code(self) -> GrpcCode {
        GrpcCode::from_http(self.code())
    }
}

/// The record that answers semantic questions: the status's own, or for an unknown code the `x00`
/// code of its class, as RFC 9110, Section 15 tells clients to do.
fn semantic_info<S: Status>(status: S) -> Option<&'static Info> {
    status.info().or_else(|| class_info(status.code()))
}

/// The record of `code`'s class: its `x00` code's, for a code from 100 to 599; none outside.
pub(crate) fn class_info(code: u16) -> Option<&'static Info> {
    if (100..600).contains(&code) { StatusCode::from(code / 100 * 100).info() } else { None }
}

/// A set of statuses: every member and a lookup by code.
pub trait Registry: Status + Sized {
    /// Every member, ascending by code.
    const ALL: &'static [Self];

    /// The member for `code`, if there is one (catch-all variants never match).
    fn lookup(code: u16) -> Option<Self>;
}
