//! What a specification asks of a response with a given status: the header fields it must or
//! should carry. The rules are registry data; [`Status`] reads them, and `conformance::check`
//! (feature `http`) applies them, with the content rule, to a response.
//!
//! [`Status`]: crate::Status

use crate::Level;

/// A header field that a response with some status carries by a rule of its specification:
/// `allow` on a 405 (MUST, RFC 9110, Section 15.5.6), `location` on a 301 (SHOULD).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HeaderRule {
    /// The field name, in lower case (`www-authenticate`).
    pub name: &'static str,
    /// Whether the specification requires the field or recommends it.
    pub level: Level,
    /// Where the rule is written (`RFC 9110, Section 15.5.6`).
    pub spec: &'static str,
}
