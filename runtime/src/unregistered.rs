//! The payload of [`StatusCode::Unregistered`](crate::StatusCode::Unregistered).

use core::fmt;

/// A code that the registry does not know, or whose vendor feature is off.
///
/// It can only be made by converting a number into a [`StatusCode`](crate::StatusCode), which
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

/// `code` in decimal with at least three digits (`000`, `799`, `65535`), without allocating.
pub(crate) fn render_code(code: u16, buf: &mut [u8; 5]) -> &str {
    let mut n = code;
    let mut start = buf.len();
    while n > 0 || buf.len() - start < 3 {
        start -= 1;
        buf[start] = b'0' + (n % 10) as u8;
        n /= 10;
    }
    // Only ASCII digits were written.
    core::str::from_utf8(&buf[start..]).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::render_code;

    #[test]
    fn codes_render_with_three_digits_at_least() {
        let mut buf = [0; 5];
        assert_eq!(render_code(0, &mut buf), "000");
        assert_eq!(render_code(7, &mut buf), "007");
        assert_eq!(render_code(799, &mut buf), "799");
        assert_eq!(render_code(1000, &mut buf), "1000");
        assert_eq!(render_code(u16::MAX, &mut buf), "65535");
    }
}
