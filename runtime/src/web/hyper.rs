//! A response's status read back with the phrase hyper keeps for it (feature `hyper`).

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
