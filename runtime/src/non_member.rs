//! [`NonMember`], the recommended payload of a derived enum's catch-all variant.

use core::cmp::Ordering;
use core::fmt;
use core::hash::{Hash, Hasher};
use core::marker::PhantomData;

use crate::text::render_code;

/// A code that is not a member of the derived enum `E`: the payload of its catch-all variant,
/// written `#[status(other)] Other(NonMember<Self>)`.
///
/// It is built by the enum's conversions (`From<u16>`, `From<StatusCode>`, parsing, serde) and by
/// [`NonMember::new`], all of which check the code against `E`'s members; so `Other` never holds the
/// code of a member and every code has exactly one value of `E`. A plain `Other(u16)` payload also works, but it lets anyone write
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

impl<E: crate::__private::Members> NonMember<E> {
    /// `code` as a code that no member of `E` has; `None` when a member has it. This is what the
    /// conversions the derive generates call, so no `NonMember<E>` ever holds a member's code.
    ///
    /// ```
    /// use status_registry::{NonMember, StatusRegistry};
    ///
    /// #[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
    /// enum Api {
    ///     Ok,
    ///     #[status(other)]
    ///     Other(NonMember<Self>),
    /// }
    ///
    /// assert_eq!(NonMember::<Api>::new(418).map(NonMember::get), Some(418));
    /// assert_eq!(NonMember::<Api>::new(200), None, "200 is `Api::Ok`");
    /// ```
    #[must_use]
    pub const fn new(code: u16) -> Option<Self> {
        let members = E::CODES;
        let mut i = 0;
        while i < members.len() {
            if members[i] == code {
                return None;
            }
            i += 1;
        }
        Some(Self { code, enum_type: PhantomData })
    }
}

impl<E> NonMember<E> {
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
