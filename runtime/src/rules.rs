//! What a specification asks of a response with a given status: the header fields it must or
//! should carry. The rules are registry data; [`Status`] reads them, and `conformance::check`
//! (feature `http`) applies them, with the content rule, to a response.
//!
//! [`Status`]: crate::Status

use core::fmt;
use core::str::FromStr;

/// How strongly a rule binds, in the requirement words of RFC 2119.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    /// An absolute requirement: a response without it is wrong (`MUST`).
    Must,
    /// A recommendation: leave it out only for a reason you understand (`SHOULD`).
    Should,
}

impl Level {
    /// Both levels, the stronger first.
    pub const ALL: [Level; 2] = [Level::Must, Level::Should];

    /// The registry keyword: `must` or `should`.
    #[must_use]
    pub const fn keyword(self) -> &'static str {
        match self {
            Level::Must => "must",
            Level::Should => "should",
        }
    }

    /// The word as RFCs write it: `MUST` or `SHOULD`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Must => "MUST",
            Level::Should => "SHOULD",
        }
    }

    /// The level with the given keyword (`must`), ignoring ASCII case.
    #[must_use]
    pub fn from_keyword(keyword: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.keyword().eq_ignore_ascii_case(keyword))
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Parses a level from its keyword (`must`, `SHOULD`), ignoring ASCII case.
impl FromStr for Level {
    type Err = ParseLevelError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Level::from_keyword(s.trim()).ok_or(ParseLevelError)
    }
}

/// A string that is neither `must` nor `should`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParseLevelError;

impl fmt::Display for ParseLevelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected a requirement level: `must` or `should`")
    }
}

impl core::error::Error for ParseLevelError {}

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

#[cfg(test)]
mod tests {
    use super::Level;

    #[test]
    fn levels_read_and_write_their_words() {
        for level in Level::ALL {
            assert_eq!(level.keyword().parse(), Ok(level));
            assert_eq!(level.as_str().parse(), Ok(level));
        }
        assert!("may".parse::<Level>().is_err());
        assert!(Level::Must < Level::Should, "the stronger level sorts first");
    }
}
