//! `Serialize` and `Deserialize` for [`StatusCode`], with the `serde` feature.
//!
//! A status is written as its number, the way HTTP APIs and logs carry it. Binary formats
//! (postcard, bincode: `is_human_readable() == false`) read it back as the `u16` they wrote, since
//! they cannot say what comes next. Human-readable formats (JSON, YAML, TOML) read a number or a
//! string of digits (`"404"`), which some producers emit. Anything else, or a number outside `u16`,
//! is an error from the deserializer, never a panic.

use core::fmt;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::StatusCode;

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for StatusCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl<'de> Deserialize<'de> for StatusCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_code(deserializer).map(StatusCode::from_code)
    }
}

/// Reads a status code: a `u16` from a binary format, a number or a string of digits from a
/// human-readable one. Shared with derived enums.
pub fn deserialize_code<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u16, D::Error> {
    if deserializer.is_human_readable() {
        deserializer.deserialize_any(CodeVisitor)
    } else {
        deserializer.deserialize_u16(CodeVisitor)
    }
}

struct CodeVisitor;

impl Visitor<'_> for CodeVisitor {
    type Value = u16;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an HTTP status code as a number from 0 to 65535, or a string of its digits")
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<u16, E> {
        u16::try_from(value).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(value), &self))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<u16, E> {
        u16::try_from(value).map_err(|_| E::invalid_value(de::Unexpected::Signed(value), &self))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<u16, E> {
        let digits = value.trim();
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(E::invalid_value(de::Unexpected::Str(value), &self));
        }
        digits.parse().map_err(|_| E::invalid_value(de::Unexpected::Str(value), &self))
    }
}
