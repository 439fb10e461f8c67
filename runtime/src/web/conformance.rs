//! A response checked against the rules of its status: the header fields the specification
//! requires or recommends for it, and whether it may carry content.
//!
//! [`check`] looks at one response; with feature `tower`, `ConformanceLayer` checks every
//! response a service sends and hands each [`Violation`] to a callback, leaving the response as it
//! was.
//!
//! ```
//! use status_registry::conformance::{self, Level};
//! use status_registry::StatusCode;
//!
//! let mut headers = http::HeaderMap::new();
//! let violations = conformance::check(StatusCode::MethodNotAllowed, &headers, false);
//! assert_eq!(violations.len(), 1);
//! assert_eq!(violations[0].level, Level::Must);
//! assert_eq!(
//!     violations[0].to_string(),
//!     "405 Method Not Allowed without the `allow` header field: MUST (RFC 9110, Section 15.5.6)"
//! );
//! headers.insert(http::header::ALLOW, "GET, HEAD".parse().unwrap());
//! assert!(conformance::check(StatusCode::MethodNotAllowed, &headers, false).is_empty());
//! ```
//!
//! The rules are the registry's: each status's required and recommended header fields, each with
//! its source (`StatusCode::required_headers`, `recommended_headers`), whether it may carry
//! content, and HTTP's range of codes (100 to 599: a vendor's 999 may be read, never sent). The
//! responses the crate sends itself (axum, actix-web, derived enums) keep them.
#![cfg_attr(feature = "tower", doc = include_str!("../../docs/conformance-layer.md"))]
#![doc(alias = "lint", alias = "validate", alias = "rfc9110")]

use std::fmt;

pub use crate::Level;
use crate::{Status, StatusCode};

/// One rule of a status that a response breaks.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Violation {
    /// Whether the broken rule is a requirement or a recommendation.
    pub level: Level,
    /// The response's status code.
    pub code: u16,
    /// What is wrong.
    pub rule: Rule,
    /// Where the rule is written (`RFC 9110, Section 15.5.6`).
    pub spec: &'static str,
    method: Option<http::Method>,
    uri: Option<http::Uri>,
}

impl Violation {
    /// The method of the request the response answered, when `ConformanceLayer` saw it;
    /// `None` from [`check`], which sees only the response.
    #[must_use]
    pub fn method(&self) -> Option<&http::Method> {
        self.method.as_ref()
    }

    /// The target of the request the response answered (`/orders/7?full=1`), when
    /// `ConformanceLayer` saw it; `None` from [`check`].
    #[must_use]
    pub fn uri(&self) -> Option<&http::Uri> {
        self.uri.as_ref()
    }
}

/// The kinds of rule a response can break.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// A header field the status calls for is absent (its lower-case name).
    MissingHeader(&'static str),
    /// The code is outside 100 to 599, the range of HTTP status codes (RFC 9110, Section 15):
    /// a vendor's code of 600 or more (LinkedIn's 999, Shopify's 783) is one a client may read but
    /// not one a response may carry.
    CodeOutOfRange,
    /// The response has content, and a response with this status may not.
    ContentNotAllowed,
}

/// `405 Method Not Allowed without the `allow` header field: MUST (RFC 9110, Section 15.5.6)`,
/// after `POST /orders: ` when the request is known.
impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let (Some(method), Some(uri)) = (&self.method, &self.uri) {
            write!(f, "{method} {uri}: ")?;
        }
        let status = StatusCode::from(self.code);
        match self.rule {
            Rule::MissingHeader(name) => write!(f, "{status} without the `{name}` header field")?,
            Rule::ContentNotAllowed => write!(f, "{status} with content, which it may not carry")?,
            Rule::CodeOutOfRange => write!(f, "{status}, a code outside 100 to 599")?,
        }
        write!(f, ": {} ({})", self.level, self.spec)
    }
}

/// Checks a response with `status`, its `headers` and whether it has content against the rules
/// of the status: a missing required header, or content where the status forbids it, is a
/// [`Level::Must`] violation; a missing recommended header a [`Level::Should`] one. The
/// violations come required first, in the registry's order.
///
/// A status the registry does not know is checked as its class's `x00` (RFC 9110, Section 15).
/// A code outside 100 to 599 is a [`Level::Must`] violation of its own ([`Rule::CodeOutOfRange`]):
/// RFC 9110 allows no other (an erratum to widen the range, 8459, was rejected).
#[must_use]
pub fn check<S: Status>(status: S, headers: &http::HeaderMap, has_content: bool) -> Vec<Violation> {
    let code = status.code();
    let mut violations = Vec::new();
    if !(100..600).contains(&code) {
        violations.push(Violation {
            level: Level::Must,
            code,
            rule: Rule::CodeOutOfRange,
            spec: "RFC 9110, Section 15",
            method: None,
            uri: None,
        });
    }
    for rule in status.header_rules() {
        if !headers.contains_key(rule.name) {
            violations.push(Violation {
                level: rule.level,
                code,
                rule: Rule::MissingHeader(rule.name),
                spec: rule.spec,
                method: None,
                uri: None,
            });
        }
    }
    if has_content && !status.allows_content() {
        let spec = content_rule_spec(status);
        violations.push(Violation {
            level: Level::Must,
            code,
            rule: Rule::ContentNotAllowed,
            spec,
            method: None,
            uri: None,
        });
    }
    violations.sort_by_key(|v| v.level);
    violations
}

/// Where it is written that a response with `status` has no content: RFC 9110 for 1xx, 204 and
/// 304 (Section 6.4.1) and for 205 (Section 15.3.6); the status's own source for a vendor code
/// that stands for a closed connection (nginx 444 and 499, AWS ELB 000 and 460).
fn content_rule_spec<S: Status>(status: S) -> &'static str {
    match status.code() {
        205 => "RFC 9110, Section 15.3.6",
        100..=199 | 204 | 304 => "RFC 9110, Section 6.4.1",
        _ => status.info().and_then(|i| i.spec).unwrap_or("the registry's record of the status"),
    }
}

#[cfg(feature = "tower")]
pub use layer::{Conformance, ConformanceFuture, ConformanceLayer};

#[cfg(feature = "tower")]
mod layer {
    use core::future::Future;
    use core::pin::Pin;
    use core::task::{Context, Poll};

    use http_body::Body;
    use pin_project_lite::pin_project;

    use super::{Violation, check};
    use crate::StatusCode;

    /// A tower layer that checks every response of the service it wraps with [`check`] and calls
    /// `report` with each violation, which names the request ([`Violation::method`],
    /// [`Violation::uri`]). Responses pass through unchanged.
    ///
    /// Wrap the whole service, not the routes: axum's `Router::layer` and `Router::route_layer`
    /// both wrap each route, and a route's `405 Method Not Allowed` gets its `allow` field from
    /// the router after the layer has seen it, so under either the layer would report a field
    /// that does go out. Only the placement around the router sees the final response. With axum:
    /// `axum::serve(listener, axum::ServiceExt::into_make_service(layer.layer(router)))`, or
    /// `ServiceBuilder::new().layer(layer).service(router)`.
    ///
    /// A response has content unless its body says it is at its end or exactly empty
    /// (`http_body::Body::is_end_stream`, `size_hint`); a streamed body of unknown length counts
    /// as content.
    #[derive(Clone, Debug)]
    pub struct ConformanceLayer<F> {
        report: F,
    }

    impl<F> ConformanceLayer<F>
    where
        F: Fn(&Violation) + Clone,
    {
        /// A layer that hands each violation to `report`: a log line, a metric, or a test's
        /// collector.
        pub fn new(report: F) -> Self {
            Self { report }
        }
    }

    impl<S, F: Clone> tower_layer::Layer<S> for ConformanceLayer<F> {
        type Service = Conformance<S, F>;

        fn layer(&self, inner: S) -> Self::Service {
            Conformance { inner, report: self.report.clone() }
        }
    }

    /// The service `ConformanceLayer` wraps around another.
    #[derive(Clone, Debug)]
    pub struct Conformance<S, F> {
        inner: S,
        report: F,
    }

    impl<S, F, ReqBody, ResBody> tower_service::Service<http::Request<ReqBody>> for Conformance<S, F>
    where
        S: tower_service::Service<http::Request<ReqBody>, Response = http::Response<ResBody>>,
        F: Fn(&Violation) + Clone,
        ResBody: Body,
    {
        type Response = S::Response;
        type Error = S::Error;
        type Future = ConformanceFuture<S::Future, F>;

        fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
            self.inner.poll_ready(cx)
        }

        fn call(&mut self, request: http::Request<ReqBody>) -> Self::Future {
            let method = request.method().clone();
            let uri = request.uri().clone();
            ConformanceFuture { inner: self.inner.call(request), report: self.report.clone(), method, uri }
        }
    }

    pin_project! {
        /// The response future of [`Conformance`]: the inner service's, checked when it is ready.
        pub struct ConformanceFuture<Fut, F> {
            #[pin]
            inner: Fut,
            report: F,
            method: http::Method,
            uri: http::Uri,
        }
    }

    impl<Fut, F, ResBody, E> Future for ConformanceFuture<Fut, F>
    where
        Fut: Future<Output = Result<http::Response<ResBody>, E>>,
        F: Fn(&Violation),
        ResBody: Body,
    {
        type Output = Fut::Output;

        fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
            let this = self.project();
            let output = core::task::ready!(this.inner.poll(cx));
            if let Ok(response) = &output {
                let body = response.body();
                let has_content = !body.is_end_stream() && body.size_hint().exact() != Some(0);
                let status = StatusCode::from(response.status().as_u16());
                for mut violation in check(status, response.headers(), has_content) {
                    violation.method = Some(this.method.clone());
                    violation.uri = Some(this.uri.clone());
                    (this.report)(&violation);
                }
            }
            Poll::Ready(output)
        }
    }
}
