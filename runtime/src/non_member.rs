//! [`NonMember`], the recommended payload of a derived enum's catch-all variant.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;

use crate::text::render_code;

/// A code that is not a member of the derived enum `E`: the payload of its catch-all variant,
/// written `#[status(other)] Other(NonMember<Self>)`.
///
/// Only the enum's conversions build one (`From<u16>`, `From<StatusCode>`, parsing, serde), after
/// finding that no member has the code; so `Other` never holds the code of a member and every code
/// has exactly one value of `E`. A plain `Other(u16)` payload also works, but it lets anyone write
/// `Other(404)` beside `NotFound`, two values for one code that compare unequal.
///
/// ```
/// use status_registry::{NonMember, StatusRegistry};
///
/// #[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
/// enum Api {
///     Ok,
///     NotFound,
///     #[status(other)]
///     Other(NonMember<Self>),
/// }
///
/// assert_eq!(Api::from(404), Api::NotFound);
/// let Api::Other(other) = Api::from(418) else { unreachable!() };
/// assert_eq!(other.get(), 418);
/// assert_eq!(Api::from(418).code(), 418);
/// ```
pub struct NonMember<E> {
    code: u16,
    enum_type: PhantomData<fn() -> E>,
}

impl<E> NonMember<E> {
    /// Only the conversions that the derive generates for `E` call this, after checking that `code`
    /// has no member.
    #[doc(hidden)]
    #[must_use]
    pub const fn __new(code: u16) -> Self {
        Self { code, enum_type: PhantomData }
    }

    /// The numeric code.
    #[must_use]
    pub const fn get(self) -> u16 {
        self.code
    }
}

// Written by hand: derives would require `E` itself to implement each trait.
impl<E> Clone for NonMember<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for NonMember<E> {}

impl<E> PartialEq for NonMember<E> {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl<E> Eq for NonMember<E> {}

impl<E> PartialOrd for NonMember<E> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl<E> Ord for NonMember<E> {
    fn cmp(&self, other: &Self) -> Ordering {
        self.code.cmp(&other.code)
    }
}

impl<E> Hash for NonMember<E> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.code.hash(state);
    }
}

impl<E> fmt::Debug for NonMember<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.code, f)
    }
}

/// The code with at least three digits (`418`, `000`).
impl<E> fmt::Display for NonMember<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut buf = [0u8; 5];
        f.pad(render_code(self.code, &mut buf))
    }
}

impl<E> From<NonMember<E>> for u16 {
    fn from(value: NonMember<E>) -> Self {
        value.code
    }
}
