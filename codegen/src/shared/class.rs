// @generated from runtime/src/class.rs by `cargo run -p status-registry-regen`; do not edit by hand.
//! The class of a status code: its first digit.

use core::fmt;
use core::str::FromStr;

/// The class of a status code, from its first digit (RFC 9110, Section 15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Class {
    /// 1xx: an interim response; the final one follows.
    Informational,
    /// 2xx: the request worked.
    Success,
    /// 3xx: the client has to act further, usually by following a redirect.
    Redirection,
    /// 4xx: the request was at fault.
    ClientError,
    /// 5xx: the server was at fault.
    ServerError,
    /// Anything outside 100..=599: `000` in load balancer logs, 6xx-9xx from some vendors.
    Nonstandard,
}

impl Class {
    /// Every class, in code order.
    pub const ALL: [Class; 6] = [
        Class::Informational,
        Class::Success,
        Class::Redirection,
        Class::ClientError,
        Class::ServerError,
        Class::Nonstandard,
    ];

    /// The class of `code`.
    #[must_use]
    pub const fn from_code(code: u16) -> Self {
        match code {
            100..=199 => Class::Informational,
            200..=299 => Class::Success,
            300..=399 => Class::Redirection,
            400..=499 => Class::ClientError,
            500..=599 => Class::ServerError,
            _ => Class::Nonstandard,
        }
    }

    /// The usual short name: `1xx` to `5xx`, and `nonstandard`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Class::Informational => "1xx",
            Class::Success => "2xx",
            Class::Redirection => "3xx",
            Class::ClientError => "4xx",
            Class::ServerError => "5xx",
            Class::Nonstandard => "nonstandard",
        }
    }

    /// A descriptive name: `Informational`, `Client Error`, ...
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Class::Informational => "Informational",
            Class::Success => "Successful",
            Class::Redirection => "Redirection",
            Class::ClientError => "Client Error",
            Class::ServerError => "Server Error",
            Class::Nonstandard => "Nonstandard",
        }
    }
}

impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Parses a class from its short name (`4xx`, `nonstandard`) or its descriptive name
/// (`Client Error`, `Successful`), ignoring ASCII case.
impl FromStr for Class {
    type Err = ParseClassError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let text = s.trim();
        Class::ALL
            .iter()
            .copied()
            .find(|c| c.as_str().eq_ignore_ascii_case(text) || c.description().eq_ignore_ascii_case(text))
            .ok_or(ParseClassError)
    }
}

/// A string that names no [`Class`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParseClassError;

impl fmt::Display for ParseClassError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown status class; expected 1xx to 5xx, nonstandard, or a name such as Client Error")
    }
}

impl core::error::Error for ParseClassError {}
