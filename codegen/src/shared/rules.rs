// @generated from runtime/src/rules.rs by `cargo run -p status-registry-regen`; do not edit by hand.
//! What a specification asks of a response with a given status: the header fields it must or
//! should carry. The rules are registry data, in each status's record; the `Status` trait reads
//! them, and `conformance::check` (feature `http`) applies them, with the content rule, to a
//! response.
//!
//! This file uses nothing but `core` and its parent module, so `statusreg generate` copies it,
//! unchanged, into the module it writes.

use super::Level;

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
