// @generated from runtime/src/keywords.rs by `cargo run -p status-registry-regen`; do not edit by hand.
//! The small enums of a status's record, with their registry keywords: `Lifecycle`, `Retry` and
//! `Level`. The runtime exports them; `status-registry-model` compiles this same file (through
//! `model/src/keywords.rs`), so the registry's reader and the runtime name each value once. The
//! file uses `core` only and nothing else of its crate.

use core::fmt;
use core::str::FromStr;

/// Where a status code stands in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lifecycle {
    /// Registered with IANA. Only IANA codes have it.
    Registered,
    /// In current use by its vendor. Vendor codes are not registered anywhere, so a vendor code
    /// that is neither historic nor discouraged has this lifecycle.
    InUse,
    /// Provisionally registered until an expiry date (the record's `expires`).
    Temporary,
    /// Reserved and not sent (306, 418).
    Unused,
    /// Its specification or product is historic (510, Cloudflare 527).
    Obsolete,
    /// Still understood but discouraged (305, Spring 420).
    Deprecated,
}

impl Lifecycle {
    /// The registry keyword: `registered`, `in-use`, `temporary`, ...
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Lifecycle::Registered => "registered",
            Lifecycle::InUse => "in-use",
            Lifecycle::Temporary => "temporary",
            Lifecycle::Unused => "unused",
            Lifecycle::Obsolete => "obsolete",
            Lifecycle::Deprecated => "deprecated",
        }
    }
}

impl Lifecycle {
    /// Every lifecycle.
    pub const ALL: [Lifecycle; 6] = [
        Lifecycle::Registered,
        Lifecycle::InUse,
        Lifecycle::Temporary,
        Lifecycle::Unused,
        Lifecycle::Obsolete,
        Lifecycle::Deprecated,
    ];

    /// The lifecycle with the given registry keyword (`in-use`), ignoring ASCII case.
    #[must_use]
    pub fn from_keyword(keyword: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.as_str().eq_ignore_ascii_case(keyword))
    }
}

impl fmt::Display for Lifecycle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// Whether a client may repeat a request that got this status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Retry {
    /// Repeating the same request will not help.
    Never,
    /// Idempotent requests (GET, HEAD, PUT, DELETE, ...) may be repeated.
    Idempotent,
    /// Any request may be repeated, because the server did not act on it (408, 421, 425, 429,
    /// 503).
    Always,
    /// Repeat only when the response carried Retry-After, and not before the time it gives: the
    /// condition lasts unless the server says when it ends (413, 509).
    AfterRetryAfter,
}

impl Retry {
    /// The registry keyword: `never`, `idempotent`, `always`, `after`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Retry::Never => "never",
            Retry::Idempotent => "idempotent",
            Retry::Always => "always",
            Retry::AfterRetryAfter => "after",
        }
    }

    /// Whether a request may be retried, given whether its method is idempotent and whether the
    /// response carried a Retry-After field.
    #[must_use]
    pub const fn allows(self, idempotent: bool, has_retry_after: bool) -> bool {
        match self {
            Retry::Never => false,
            Retry::Idempotent => idempotent,
            Retry::Always => true,
            Retry::AfterRetryAfter => has_retry_after,
        }
    }
}

impl Retry {
    /// Every retry hint.
    pub const ALL: [Retry; 4] = [Retry::Never, Retry::Idempotent, Retry::Always, Retry::AfterRetryAfter];

    /// The hint with the given registry keyword (`after`), ignoring ASCII case.
    #[must_use]
    pub fn from_keyword(keyword: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str().eq_ignore_ascii_case(keyword))
    }
}

impl fmt::Display for Retry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

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
