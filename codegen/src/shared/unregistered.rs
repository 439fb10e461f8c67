// @generated from runtime/src/unregistered.rs by `cargo run -p status-registry-regen`; do not edit by hand.
//! The payload of [`StatusCode::Unregistered`](super::StatusCode::Unregistered).
//!
//! This file uses nothing but `core` and its parent module, so `statusreg generate` copies it,
//! unchanged, into the module it writes.

use core::fmt;

use super::text::render_code;

/// A code that the registry does not know, or whose vendor feature is off.
///
/// It can only be made by converting a number into a [`StatusCode`](super::StatusCode), which
/// picks a registered variant whenever there is one; so it never holds an enabled registered code.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Unregistered(u16);

impl Unregistered {
    /// Only `StatusCode::from` may build one, after checking that the code has no variant.
    pub(crate) const fn new(code: u16) -> Self {
        Self(code)
    }

    /// The numeric code.
    #[must_use]
    pub const fn get(self) -> u16 {
        self.0
    }
}

impl fmt::Debug for Unregistered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Unregistered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 5];
        f.pad(render_code(self.0, &mut buf))
    }
}
