//! What a status means to tracing and to gRPC: the OpenTelemetry span status of an HTTP span, and
//! the gRPC status code a gRPC client reports for an HTTP response without a gRPC status.
//!
//! Both are tables from the code alone, `const`, allocation-free and `no_std`, so they work for any
//! code, registered or not, and for derived enums through [`Status`](crate::Status). With feature
//! `tower-http`, `StatusClassifier` applies the same rule to tower-http's tracing and metrics
//! layers, and with `tracing` too, `MakeSpan` opens the span those fields are recorded on.
//!
//! ```
//! use status_registry::{GrpcCode, SpanKind, SpanStatus, Status, StatusCode};
//!
//! let closed = StatusCode::from(499); // nginx's Client Closed Request, with `vendor-nginx`
//! assert_eq!(closed.span_status(SpanKind::Server), SpanStatus::Unset);
//! assert_eq!(closed.span_status(SpanKind::Client), SpanStatus::Error);
//! assert_eq!(StatusCode::ServiceUnavailable.grpc_code(), GrpcCode::Unavailable);
//! assert_eq!(StatusCode::NotFound.grpc_code(), GrpcCode::Unimplemented); // gRPC's own mapping
//! ```
#![cfg_attr(all(feature = "tower-http", feature = "tracing"), doc = include_str!("../../docs/trace-layer.md"))]
#![doc(alias = "tracing", alias = "opentelemetry", alias = "grpc", alias = "tonic", alias = "span")]

use core::fmt;

/// The kind of an HTTP span, in OpenTelemetry's terms: who made the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpanKind {
    /// The span of the side that sent the request (`SpanKind.CLIENT`).
    Client,
    /// The span of the side that answered it (`SpanKind.SERVER`).
    Server,
}

/// The status an HTTP span should get from its response code.
///
/// The OpenTelemetry semantic conventions for HTTP spans
/// (<https://opentelemetry.io/docs/specs/semconv/http/http-spans/>, section "Status") leave the
/// status unset for 1xx, 2xx and 3xx; for 4xx they leave it unset on the server, whose job was done
/// when it refused a bad request, and set it to error on the client, whose request failed; 5xx and
/// any code outside 100..=599 (AWS ELB's `000`, LinkedIn's `999`) are errors for both.
///
/// ```
/// use status_registry::{SpanKind, SpanStatus, Status, StatusCode};
///
/// assert_eq!(StatusCode::NotFound.span_status(SpanKind::Server), SpanStatus::Unset);
/// assert_eq!(StatusCode::NotFound.span_status(SpanKind::Client), SpanStatus::Error);
/// assert_eq!(StatusCode::from(503).span_status(SpanKind::Server), SpanStatus::Error);
/// assert_eq!(StatusCode::from(0).span_status(SpanKind::Client), SpanStatus::Error);
/// const FOUND: SpanStatus = SpanStatus::for_code(302, SpanKind::Client);
/// assert_eq!(FOUND, SpanStatus::Unset);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SpanStatus {
    /// Leave the span status unset.
    Unset,
    /// Set the span status to error.
    Error,
}

impl SpanStatus {
    /// The span status for a response with `code`, seen from a span of `kind`.
    #[must_use]
    pub const fn for_code(code: u16, kind: SpanKind) -> Self {
        match (code, kind) {
            (100..=399, _) | (400..=499, SpanKind::Server) => SpanStatus::Unset,
            _ => SpanStatus::Error,
        }
    }

    /// `"UNSET"` or `"ERROR"`, as OpenTelemetry spells the status codes.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            SpanStatus::Unset => "UNSET",
            SpanStatus::Error => "ERROR",
        }
    }
}

impl fmt::Display for SpanStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

pub use crate::grpc::GrpcCode;

#[cfg(feature = "tower-http")]
pub use classifier::{StatusClassifier, StatusFailure};
#[cfg(all(feature = "tower-http", feature = "tracing"))]
pub use span::MakeSpan;

/// The span `TraceLayer` opens for a request, with the OpenTelemetry fields a failure records.
#[cfg(all(feature = "tower-http", feature = "tracing"))]
mod span {
    use super::SpanKind;

    /// A tower-http `MakeSpan` whose span declares the fields the OpenTelemetry HTTP conventions
    /// name, so that `span.record(..)` in an `on_failure` or `on_response` sets them: a `tracing`
    /// span records only fields it declared, and tower-http's default span declares none of
    /// these. Declared: `otel.kind` (`server` or `client`), `http.request.method`, `url.path`,
    /// and, empty until recorded, `http.response.status_code`, `otel.status_code` and
    /// `error.type`. Level INFO, target `status_registry::telemetry`, name `request`.
    ///
    /// ```
    /// use status_registry::telemetry::{MakeSpan, StatusClassifier, StatusFailure};
    /// use tower_http::{classify::SharedClassifier, trace::TraceLayer};
    ///
    /// let trace = TraceLayer::new(SharedClassifier::new(StatusClassifier::server()))
    ///     .make_span_with(MakeSpan::server())
    ///     .on_failure(|failure: StatusFailure, _latency: std::time::Duration, span: &tracing::Span| {
    ///         span.record("otel.status_code", "ERROR");
    ///         span.record("error.type", failure.to_string()); // "500"
    ///     });
    /// # let _ = trace;
    /// ```
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    #[cfg_attr(docsrs, doc(cfg(all(feature = "tower-http", feature = "tracing"))))]
    pub struct MakeSpan {
        kind: SpanKind,
    }

    impl MakeSpan {
        /// The span of a request a server answers (`otel.kind = "server"`).
        #[must_use]
        pub const fn server() -> Self {
            MakeSpan { kind: SpanKind::Server }
        }

        /// The span of a request a client sends (`otel.kind = "client"`).
        #[must_use]
        pub const fn client() -> Self {
            MakeSpan { kind: SpanKind::Client }
        }
    }

    impl<B> tower_http::trace::MakeSpan<B> for MakeSpan {
        fn make_span(&mut self, request: &http::Request<B>) -> tracing::Span {
            let kind = match self.kind {
                SpanKind::Server => "server",
                SpanKind::Client => "client",
            };
            tracing::info_span!(
                target: "status_registry::telemetry",
                "request",
                "otel.kind" = kind,
                "http.request.method" = %request.method(),
                "url.path" = request.uri().path(),
                "http.response.status_code" = tracing::field::Empty,
                "otel.status_code" = tracing::field::Empty,
                "error.type" = tracing::field::Empty,
            )
        }
    }
}

#[cfg(feature = "tower-http")]
mod classifier {
    use core::fmt;

    use tower_http::classify::{ClassifiedResponse, ClassifyResponse, NeverClassifyEos};

    use super::{SpanKind, SpanStatus};
    use crate::StatusCode;

    /// A tower-http response classifier that fails a response as the OpenTelemetry HTTP
    /// conventions fail its span ([`SpanStatus::for_code`]): on a server, 5xx; on a client, 4xx
    /// and 5xx; on both, a code outside 100..=599 (AWS ELB's `000`). Vendor codes go by their
    /// number, so nginx's 499 fails a client span only.
    ///
    /// ```
    /// use status_registry::telemetry::StatusClassifier;
    /// use tower_http::classify::SharedClassifier;
    /// use tower_http::trace::TraceLayer;
    ///
    /// let layer = TraceLayer::new(SharedClassifier::new(StatusClassifier::server()));
    /// # let _ = layer;
    /// ```
    ///
    /// tower-http's own `ServerErrorsAsFailures` fails 5xx only, on either side, and
    /// `StatusInRangeAsFailures` a range the caller picks.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct StatusClassifier {
        kind: SpanKind,
    }

    impl StatusClassifier {
        /// The classifier of a server's responses: 5xx fail.
        #[must_use]
        pub const fn server() -> Self {
            StatusClassifier { kind: SpanKind::Server }
        }

        /// The classifier of a client's responses: 4xx and 5xx fail.
        #[must_use]
        pub const fn client() -> Self {
            StatusClassifier { kind: SpanKind::Client }
        }

        /// The side it classifies for.
        #[must_use]
        pub const fn kind(self) -> SpanKind {
            self.kind
        }

        /// The failure of a response with `code`, if it fails.
        #[must_use]
        pub fn classify_code(self, code: u16) -> Option<StatusFailure> {
            match SpanStatus::for_code(code, self.kind) {
                SpanStatus::Unset => None,
                SpanStatus::Error => Some(StatusFailure { cause: Cause::Code(code) }),
            }
        }
    }

    /// Why [`StatusClassifier`] failed a request. Its `Display` is the OpenTelemetry
    /// `error.type` attribute: the status code as three digits (`"503"`), or for an error before
    /// any response, the error's type name.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct StatusFailure {
        cause: Cause,
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    enum Cause {
        /// The code of a response with a failing status; its meaning is looked up when asked for.
        Code(u16),
        /// The type of the error the service failed with, before any response.
        Error(&'static str),
    }

    impl StatusFailure {
        /// The status of the failing response, if there was one.
        #[must_use]
        pub fn status(self) -> Option<StatusCode> {
            self.code().map(StatusCode::from)
        }

        /// The code of the failing response, if there was one.
        #[must_use]
        pub const fn code(self) -> Option<u16> {
            match self.cause {
                Cause::Code(code) => Some(code),
                Cause::Error(_) => None,
            }
        }

        /// The type name of the error the service failed with (`hyper::Error`), when it sent no
        /// response.
        #[must_use]
        pub const fn error_type(self) -> Option<&'static str> {
            match self.cause {
                Cause::Code(_) => None,
                Cause::Error(type_name) => Some(type_name),
            }
        }
    }

    impl fmt::Display for StatusFailure {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self.cause {
                Cause::Code(code) => write!(f, "{code:03}"),
                Cause::Error(type_name) => f.write_str(type_name),
            }
        }
    }

    impl ClassifyResponse for StatusClassifier {
        type FailureClass = StatusFailure;
        type ClassifyEos = NeverClassifyEos<StatusFailure>;

        fn classify_response<B>(
            self,
            response: &http::Response<B>,
        ) -> ClassifiedResponse<StatusFailure, Self::ClassifyEos> {
            ClassifiedResponse::Ready(match self.classify_code(response.status().as_u16()) {
                None => Ok(()),
                Some(failure) => Err(failure),
            })
        }

        fn classify_error<E>(self, _error: &E) -> StatusFailure
        where
            E: fmt::Display + 'static,
        {
            StatusFailure { cause: Cause::Error(core::any::type_name::<E>()) }
        }
    }
}
