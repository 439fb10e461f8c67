//! `Serialize` and `Deserialize` with the `serde` feature: for [`StatusCode`], the metadata enums
//! ([`Vendor`], [`Class`], [`Lifecycle`], [`Retry`]) and, to write, [`Info`].
//!
//! A status is written as its number, the way HTTP APIs and logs carry it. Binary formats
//! (postcard, bincode: `is_human_readable() == false`) read it back as the `u16` they wrote, since
//! they cannot say what comes next. Human-readable formats (JSON, YAML, TOML) read a number or a
//! string of digits (`"404"`), which some producers emit. Anything else, or a number outside `u16`,
//! is an error from the deserializer, never a panic.

use core::fmt;

use serde_core::de::{self, Deserializer, Visitor};
use serde_core::ser::SerializeStruct;
use serde_core::{Deserialize, Serialize, Serializer};

use crate::{Class, HeaderRule, Info, Level, Lifecycle, Retry, StatusCode, Vendor};

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

/// The metadata enums are written as the words the registry and the CLI use: a vendor as its id
/// (`aws-elb`), a class as its short name (`4xx`), a lifecycle and a retry hint as their keywords
/// (`in-use`, `after`). They are read back from the same words, in any ASCII case.
macro_rules! as_words {
    ($($ty:ty => $write:expr, $read:expr, $expecting:literal;)*) => {$(
        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str($write(*self))
            }
        }

        #[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Words;

                impl Visitor<'_> for Words {
                    type Value = $ty;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }

                    fn visit_str<E: de::Error>(self, value: &str) -> Result<$ty, E> {
                        $read(value).ok_or_else(|| E::invalid_value(de::Unexpected::Str(value), &self))
                    }
                }

                deserializer.deserialize_str(Words)
            }
        }
    )*};
}

as_words! {
    Vendor => Vendor::id, Vendor::from_id, "a vendor id such as `nginx` or `aws-elb`";
    Class => Class::as_str, |s: &str| s.parse::<Class>().ok(), "a status class such as `4xx`";
    Lifecycle => Lifecycle::as_str, Lifecycle::from_keyword, "a lifecycle such as `registered` or `in-use`";
    Retry => Retry::as_str, Retry::from_keyword, "a retry hint: `never`, `idempotent`, `always` or `after`";
    Level => Level::keyword, Level::from_keyword, "a requirement level: `must` or `should`";
}

/// `{"name": "allow", "level": "must", "spec": "RFC 9110, Section 15.5.6"}`.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for HeaderRule {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut rule = serializer.serialize_struct("HeaderRule", 3)?;
        rule.serialize_field("name", self.name)?;
        rule.serialize_field("level", &self.level)?;
        rule.serialize_field("spec", self.spec)?;
        rule.end()
    }
}

/// The names of some header rules, as a list of strings: `Info`'s `required_headers` and
/// `recommended_headers`, which its serialized form keeps.
struct HeaderNames(&'static [HeaderRule]);

impl Serialize for HeaderNames {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|rule| rule.name))
    }
}

/// The record field by field, under the names of its fields; the vendor as its id.
#[cfg_attr(docsrs, doc(cfg(feature = "serde")))]
impl Serialize for Info {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut record = serializer.serialize_struct("Info", 23)?;
        record.serialize_field("code", &self.code)?;
        record.serialize_field("name", self.name)?;
        record.serialize_field("reason", self.reason)?;
        record.serialize_field("reason_ja", self.reason_ja)?;
        record.serialize_field("text", self.text)?;
        record.serialize_field("aliases", self.aliases)?;
        record.serialize_field("vendor", &self.vendor)?;
        record.serialize_field("vendors", self.vendors)?;
        record.serialize_field("spec", &self.spec)?;
        record.serialize_field("spec_link", &self.spec_link)?;
        record.serialize_field("lifecycle", &self.lifecycle)?;
        record.serialize_field("expires", &self.expires)?;
        record.serialize_field("cacheable", &self.cacheable)?;
        record.serialize_field("allows_content", &self.allows_content)?;
        record.serialize_field("retry_after", &self.retry_after)?;
        record.serialize_field("retry", &self.retry)?;
        record.serialize_field("retry_note", self.retry_note)?;
        record.serialize_field("proxy_error", &self.proxy_error)?;
        record.serialize_field("headers", self.headers)?;
        record.serialize_field("required_headers", &HeaderNames(self.required_headers()))?;
        record.serialize_field("recommended_headers", &HeaderNames(self.recommended_headers()))?;
        record.serialize_field("description", self.description)?;
        record.serialize_field("description_ja", self.description_ja)?;
        record.end()
    }
}
