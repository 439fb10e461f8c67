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
