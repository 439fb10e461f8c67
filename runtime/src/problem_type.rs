//! Problem types (RFC 9457, Section 4.2): [`ProblemType`], one variant per type of the IANA "HTTP
//! Problem Types" registry and of the drafts that ask to join it, with each type's URI, title,
//! recommended status and extension members, from `registry.yaml`.
//!
//! A problem's `type` says what happened more exactly than its status: a `429` may be
//! [`ProblemType::QuotaExceeded`] (wait for the quota) or [`ProblemType::AbnormalUsageDetected`]
//! (waiting will not help). With feature `problem`, `Problem::of_type` makes a problem of a type,
//! and `Problem::problem_type` tells a client which registered type it received.

use core::fmt;
use core::str::FromStr;

pub use crate::status_code::ProblemType;
use crate::{Lang, StatusCode};

/// A JSON type, of a problem type's extension member or of an array member's items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JsonType {
    /// A JSON string.
    String,
    /// A JSON number without a fraction.
    Integer,
    /// Any JSON number.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A JSON array.
    Array,
    /// A JSON object.
    Object,
}

/// An extension member a problem type defines (RFC 9457, Section 3.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Member {
    /// The member's name in the problem object (`violated-policies`).
    pub name: &'static str,
    /// Its JSON type.
    pub json_type: JsonType,
    /// For an array, the JSON type of its items.
    pub items: Option<JsonType>,
}

/// Where a problem type stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TypeLifecycle {
    /// In the IANA "HTTP Problem Types" registry.
    Registered,
    /// Asked for by an Internet-Draft, which may still change it: the draft's name without its
    /// revision, and the revision the registry follows.
    Draft {
        /// The draft's name, `draft-ietf-httpapi-ratelimit-headers`.
        name: &'static str,
        /// The revision, `10`.
        revision: u8,
    },
}

/// One problem type's record, as its registry row gives it.
#[derive(Debug)]
pub(crate) struct TypeRow {
    pub(crate) id: &'static str,
    pub(crate) uri: &'static str,
    pub(crate) title: &'static str,
    pub(crate) title_ja: &'static str,
    pub(crate) status: Option<u16>,
    pub(crate) members: &'static [Member],
    pub(crate) lifecycle: TypeLifecycle,
    pub(crate) spec: &'static str,
    pub(crate) description: &'static str,
    pub(crate) description_ja: &'static str,
}

impl ProblemType {
    /// The short name: the type URI's fragment (`quota-exceeded`), `about-blank` for `about:blank`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.row().id
    }

    /// The type URI a problem's `type` member carries.
    #[must_use]
    pub const fn uri(self) -> &'static str {
        self.row().uri
    }

    /// The title its registration gives (`Quota Exceeded`).
    #[must_use]
    pub const fn title(self) -> &'static str {
        self.row().title
    }

    /// The title in `lang`.
    #[must_use]
    pub const fn title_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.row().title,
            Lang::Ja => self.row().title_ja,
        }
    }

    /// The status its registration recommends. `about:blank` recommends none (its registration
    /// says "N/A": such a problem is its status), and gives `500 Internal Server Error`, the status
    /// of a problem nothing more is known of; [`recommends_status`](Self::recommends_status) tells
    /// the two apart.
    #[must_use]
    pub const fn status(self) -> StatusCode {
        match self.row().status {
            Some(code) => StatusCode::from_code(code),
            None => StatusCode::InternalServerError,
        }
    }

    /// Whether the registration recommends a status: every type but `about:blank`.
    #[must_use]
    pub const fn recommends_status(self) -> bool {
        self.row().status.is_some()
    }

    /// The extension members the type defines.
    #[must_use]
    pub const fn members(self) -> &'static [Member] {
        self.row().members
    }

    /// The member named `name`, when the type defines one.
    #[must_use]
    pub fn member(self, name: &str) -> Option<&'static Member> {
        self.members().iter().find(|m| m.name == name)
    }

    /// Registered, or a draft's (with the revision the registry follows).
    #[must_use]
    pub const fn lifecycle(self) -> TypeLifecycle {
        self.row().lifecycle
    }

    /// Where the type is defined, with the section (`RFC 9457, Section 4.2.1`).
    #[must_use]
    pub const fn spec(self) -> &'static str {
        self.row().spec
    }

    /// A sentence on what the type means, in `lang`.
    #[must_use]
    pub const fn description_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.row().description,
            Lang::Ja => self.row().description_ja,
        }
    }

    /// The type whose URI is exactly `uri`.
    #[must_use]
    pub fn from_uri(uri: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|t| t.uri() == uri)
    }
}

impl fmt::Display for ProblemType {
    /// The type URI.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.uri())
    }
}

impl FromStr for ProblemType {
    type Err = UnknownProblemTypeError;

    /// The type with this URI (exactly), or with this short name (in any ASCII case).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::from_uri(text)
            .or_else(|| Self::ALL.iter().copied().find(|t| t.name().eq_ignore_ascii_case(text)))
            .ok_or(UnknownProblemTypeError)
    }
}

/// A text that is neither the URI nor the short name of a problem type the registry has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownProblemTypeError;

impl fmt::Display for UnknownProblemTypeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not the URI or the short name of a problem type the registry has")
    }
}

impl core::error::Error for UnknownProblemTypeError {}
