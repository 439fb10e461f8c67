// @generated from runtime/src/error.rs by `cargo run -p status-registry-regen`; do not edit by hand.
//! Error types of the runtime.

use core::fmt;

/// Why a string could not be parsed as a status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseStatusError {
    kind: ParseStatusErrorKind,
}

/// What was wrong with the string, in [`ParseStatusError::kind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseStatusErrorKind {
    /// The string was empty or only white space.
    Empty,
    /// It started with a digit but was not a code: three digits (`000` to `999`; `0404` and `7`
    /// are not), or above 999 the number without leading zeros, optionally followed by a space and
    /// a reason.
    InvalidCode,
    /// It was neither a number nor a known reason phrase, alias or variant name.
    UnknownPhrase,
    /// A code and a reason were given, and no meaning of the code has that reason.
    ReasonMismatch {
        /// The code that was given.
        code: u16,
    },
    /// The status is known but is not a member of the target type (a derived enum without it).
    NotAMember {
        /// The code of the status.
        code: u16,
    },
    /// Not a code, and not a phrase or name of the target type's members (a derived enum knows
    /// only its members' own words).
    NoMemberWord,
}

impl ParseStatusError {
    /// An error of the given kind.
    #[must_use]
    pub const fn new(kind: ParseStatusErrorKind) -> Self {
        Self { kind }
    }

    /// What was wrong.
    #[must_use]
    pub const fn kind(&self) -> ParseStatusErrorKind {
        self.kind
    }
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ParseStatusErrorKind::Empty => f.write_str("empty status string"),
            ParseStatusErrorKind::InvalidCode => f.write_str(
                "invalid status code; a status code is three digits (000 to 999) or, above 999, the number \
                 without leading zeros, up to 65535",
            ),
            ParseStatusErrorKind::UnknownPhrase => f.write_str("unknown status phrase"),
            ParseStatusErrorKind::ReasonMismatch { code } => {
                write!(f, "the reason is not a phrase of status {code:03}")
            }
            ParseStatusErrorKind::NotAMember { code } => write!(f, "status {code:03} is not a member of this type"),
            ParseStatusErrorKind::NoMemberWord => f.write_str("not a code, phrase or name of this type's members"),
        }
    }
}

impl core::error::Error for ParseStatusError {}

/// A code that is not a member of the target type, from `TryFrom<u16>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownStatusError {
    code: u16,
    type_name: &'static str,
}

impl UnknownStatusError {
    /// An error for `code`, of a type the message does not name.
    #[must_use]
    pub const fn new(code: u16) -> Self {
        Self { code, type_name: "" }
    }

    /// An error for `code`, which is not a member of the type named `type_name` (derived enums
    /// give their own name).
    #[must_use]
    pub const fn of_type(code: u16, type_name: &'static str) -> Self {
        Self { code, type_name }
    }

    /// The name of the type `code` is not a member of; empty when it was not given.
    #[must_use]
    pub const fn type_name(&self) -> &'static str {
        self.type_name
    }

    /// The code that was refused.
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.code
    }
}

impl fmt::Display for UnknownStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.type_name {
            "" => write!(f, "status code {:03} is not a member of this type", self.code),
            name => write!(f, "status code {:03} is not a member of `{name}`", self.code),
        }
    }
}

impl core::error::Error for UnknownStatusError {}
