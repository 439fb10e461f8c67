//! Statuses on the wire of a web service. With feature `hyper`, a response's status is read back
//! with the phrase hyper keeps for it; with feature `axum`, statuses are responses that carry the
//! registry's phrase (or a derived member's `reason = "..."`) on HTTP/1.

use hyper::ext::ReasonPhrase;

use crate::StatusCode;

impl StatusCode {
    /// The status of a response from its `http` status and extensions. hyper's HTTP/1 client puts
    /// a phrase that is not the canonical one in a [`ReasonPhrase`] extension; when it is there,
    /// it picks among the code's meanings, as [`StatusCode::with_phrase`] does. So a reqwest or
    /// hyper client gets Pantheon's 530 for `HTTP/1.1 530 Site is frozen` (with
    /// `vendor-pantheon`), where `From<http::StatusCode>` gives the preferred meaning of 530.
    ///
    /// ```
    /// use status_registry::StatusCode;
    /// let mut extensions = http::Extensions::new();
    /// let status = http::StatusCode::PAYLOAD_TOO_LARGE;
    /// assert_eq!(StatusCode::from_http_parts(status, &extensions), StatusCode::ContentTooLarge);
    /// extensions.insert(hyper::ext::ReasonPhrase::from_static(b"Request Entity Too Large"));
    /// assert_eq!(StatusCode::from_http_parts(status, &extensions), StatusCode::ContentTooLarge);
    /// ```
    #[must_use]
    pub fn from_http_parts(status: http::StatusCode, extensions: &http::Extensions) -> StatusCode {
        let phrase = extensions.get::<ReasonPhrase>().and_then(|p| core::str::from_utf8(p.as_bytes()).ok());
        match phrase {
            Some(phrase) => StatusCode::with_phrase(status.as_u16(), phrase),
            None => StatusCode::from(status),
        }
    }

    /// [`StatusCode::from_http_parts`] of a response.
    #[must_use]
    pub fn from_response<B>(response: &http::Response<B>) -> StatusCode {
        StatusCode::from_http_parts(response.status(), response.extensions())
    }
}

#[cfg(feature = "axum")]
pub(crate) mod axum {
    use axum_core::response::{IntoResponse, Response};
    use bytes::Bytes;
    use hyper::ext::ReasonPhrase;

    use crate::StatusCode;
    use crate::wire::{Problem, wire};

    /// The response of `status` as a derived member, a `StatusCode` or a `Problem` sends it, by
    /// `wire`'s rules, with `reason` (a member's own phrase) on HTTP/1 and `problem`, when given
    /// and the status may have content, as the body. `problem` must already state the status that
    /// goes out (`Problem::new` and the derived conversions see to it).
    #[must_use]
    #[cfg_attr(
        not(feature = "problem"),
        allow(clippy::needless_pass_by_value, reason = "no problem without `problem`")
    )]
    pub fn respond(status: StatusCode, reason: &'static str, problem: Option<Problem>) -> Response {
        let (status, reason) = crate::wire::problem_status(status, reason, problem.as_ref());
        let wire = wire(status, reason);
        let line = http::StatusCode::from_u16(wire.code).unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR);
        let mut response = line.into_response();
        with_reason(&mut response, wire.reason);
        #[cfg(feature = "problem")]
        if let (Some(problem), true) = (problem, wire.content) {
            crate::problem::response::put_body(&mut response, &problem);
        }
        response
    }

    /// Adds the header field `name` (lower case, checked by the derive) with `value`; `false`, and
    /// nothing added, when `value` is not a valid field value (a line break in a `String`), which
    /// the derived impl answers with [`header_failure`].
    #[must_use]
    pub fn insert_header<V>(response: &mut Response, name: &'static str, value: V) -> bool
    where
        http::HeaderValue: TryFrom<V>,
    {
        let Ok(value) = http::HeaderValue::try_from(value) else { return false };
        response.headers_mut().append(http::HeaderName::from_static(name), value);
        true
    }

    /// The response of a derived member whose header field `field` could not be sent: a `500
    /// Internal Server Error` (problem details when the member's enum sends them), reported as
    /// an error event (feature `tracing`). A response without a field its status requires would
    /// break the rule the derive checked at compile time; one that drops a field silently would
    /// hide the bug.
    #[must_use]
    pub fn header_failure(member: &'static str, field: &'static str, problem: bool) -> Response {
        crate::private::report_failure(member, field, "the value is not a valid header field value");
        respond(
            StatusCode::InternalServerError,
            StatusCode::InternalServerError.reason(),
            crate::wire::failure_problem(problem),
        )
    }

    /// Sets `reason` as the response's HTTP/1 phrase.
    fn with_reason(response: &mut Response, reason: &'static str) {
        if let Some(phrase) = reason_phrase(reason) {
            response.extensions_mut().insert(phrase);
        }
    }

    /// The status with an empty body and, on HTTP/1, the registry's phrase: `StatusCode::from(499)`
    /// with `vendor-nginx` sends `HTTP/1.1 499 Client Closed Request` where hyper alone sends
    /// `499 <none>`. `000`, a vendor's 999 and every other code outside HTTP's 100 to 599 send
    /// `500 Internal Server Error`; a code the registry does not know sends its class's name
    /// (`HTTP/1.1 432 Client Error`).
    #[cfg_attr(docsrs, doc(cfg(feature = "axum")))]
    impl IntoResponse for StatusCode {
        fn into_response(self) -> Response {
            respond(self, self.reason(), None)
        }
    }

    /// The reason phrase as hyper's response extension, when hyper accepts it (the registry's phrase
    /// rule keeps to bytes it does).
    fn reason_phrase(reason: &'static str) -> Option<ReasonPhrase> {
        if reason.is_empty() {
            return None;
        }
        ReasonPhrase::try_from(Bytes::from_static(reason.as_bytes())).ok()
    }
}
