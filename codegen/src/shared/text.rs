// @generated from runtime/src/text.rs by `cargo run -p status-registry-regen`; do not edit by hand.
//! Status text, read and written: the parts of parsing and `Display` that every status type shares.
//!
//! This file uses nothing but `core` and the parse error of its parent module, so that
//! `statusreg generate` can copy it, unchanged, into the self-contained module it writes: the
//! generated `StatusCode` parses and prints with this same code.

use core::fmt;

use super::{ParseStatusError, ParseStatusErrorKind};

/// The code that three ASCII digits spell (`"404"`, `"000"`), as an index into a code table;
/// `None` for anything else, which takes the general path.
#[inline]
pub(crate) const fn three_digits(bytes: &[u8]) -> Option<usize> {
    let [a, b, c] = *bytes else { return None };
    // The three bytes side by side, one byte lane each, all checked at once. A lane holds a digit
    // when subtracting '0' sets no top bit (it is at least '0') and adding 0x80 - ':' sets none
    // (it is at most '9'). A failing lane sets its own top bit, and a borrow or carry it passes
    // on only reaches the lanes above it, so the lowest failing lane always shows.
    let lanes = a as u32 | (b as u32) << 8 | (c as u32) << 16;
    if (lanes.wrapping_sub(0x30_3030) | lanes.wrapping_add(0x46_4646)) & 0x80_8080 != 0 {
        return None;
    }
    // The bytes are ASCII digits, each at least b'0', so this takes 111 * b'0' (5328) off the sum
    // of their weights without underflow; the compiler folds the constant into the table index.
    Some(a as usize * 100 + b as usize * 10 + c as usize - 5328)
}

/// The code that `digits` (ASCII digits) spell, if they are a code as status text writes it: three
/// digits (`000` to `999`), or for the codes above 999 that only a conversion from a number makes,
/// their decimal form without leading zeros (`1000` to `65535`). `0404`, `7` and `00404` are not.
pub(crate) fn code_digits(digits: &str) -> Option<u16> {
    let canonical = digits.len() == 3 || (digits.len() > 3 && !digits.starts_with('0'));
    if canonical { digits.parse().ok() } else { None }
}

/// Splits `404 Not Found` into the code and the trimmed reason, if any.
pub(crate) fn split_code(text: &str) -> Result<(u16, Option<&str>), ParseStatusError> {
    let end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (digits, rest) = text.split_at(end);
    let code = code_digits(digits).ok_or(ParseStatusError::new(ParseStatusErrorKind::InvalidCode))?;
    if rest.is_empty() {
        return Ok((code, None));
    }
    if !rest.starts_with([' ', '\t']) {
        return Err(ParseStatusError::new(ParseStatusErrorKind::InvalidCode));
    }
    Ok((code, Some(rest.trim())))
}

/// How a status type answers the parser: the value of a code, the value a phrase or name names,
/// and the meaning of a code that has a given reason or alias.
pub(crate) struct Lookups<T> {
    /// The value of a code: its preferred meaning, or the type's value for codes it does not know.
    pub(crate) from_code: fn(u16) -> T,
    /// The value a reason phrase, alias or name names, ignoring ASCII case.
    pub(crate) named: fn(&str) -> Option<T>,
    /// The meaning of the code whose reason or alias is the phrase, ignoring ASCII case.
    pub(crate) with_phrase: fn(u16, &str) -> Option<T>,
}

/// Parses everything but a bare three-digit code, which callers read first on their fast path: a
/// code above 999 (`"1000"`), a code and reason (`"404 Not Found"`), a reason phrase, alias or name.
pub(crate) fn parse_general<T>(s: &str, lookups: &Lookups<T>) -> Result<T, ParseStatusError> {
    let text = s.trim();
    if text.is_empty() {
        return Err(ParseStatusError::new(ParseStatusErrorKind::Empty));
    }
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        let (code, reason) = split_code(text)?;
        let Some(reason) = reason else { return Ok((lookups.from_code)(code)) };
        // The reason picks between the meanings of a shared code (530 is three vendors' code).
        return (lookups.with_phrase)(code, reason)
            .ok_or(ParseStatusError::new(ParseStatusErrorKind::ReasonMismatch { code }));
    }
    (lookups.named)(text).ok_or(ParseStatusError::new(ParseStatusErrorKind::UnknownPhrase))
}

/// The first of `meanings` (in precedence order) with the code `code` whose reason or one of whose
/// aliases is `phrase`, ignoring ASCII case. `phrases` gives a meaning's code, reason and aliases.
pub(crate) fn meaning_with_phrase<T: Copy>(
    meanings: &[T],
    phrases: fn(T) -> (u16, &'static str, &'static [&'static str]),
    code: u16,
    phrase: &str,
) -> Option<T> {
    meanings.iter().copied().find(|meaning| {
        let (own, reason, aliases) = phrases(*meaning);
        own == code && (reason.eq_ignore_ascii_case(phrase) || aliases.iter().any(|a| a.eq_ignore_ascii_case(phrase)))
    })
}

/// Whether `text` has the form of `http`'s constant names (`NOT_FOUND`, `not_found`,
/// `IM_A_TEAPOT`), in any ASCII case: ASCII letters, digits and single underscores between words.
pub(crate) fn is_constant(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.contains(&b'_')
        && bytes.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'_')
        && !bytes.starts_with(b"_")
        && !bytes.ends_with(b"_")
        && !bytes.windows(2).any(|pair| pair == b"__")
}

/// Whether the constant name `constant` spells `phrase`, ignoring ASCII case: the phrase's words
/// (runs of letters and digits; an apostrophe joins, any other character separates) joined by
/// underscores. `REQUEST_URI_TOO_LARGE` spells `Request-URI Too Large`, `IM_A_TEAPOT` spells
/// `I'm a teapot`.
pub(crate) fn spells_phrase(constant: &str, phrase: &str) -> bool {
    let mut want = constant.bytes();
    let (mut separated, mut started) = (false, false);
    for b in phrase.bytes() {
        if b.is_ascii_alphanumeric() {
            if separated && started && want.next() != Some(b'_') {
                return false;
            }
            if !want.next().is_some_and(|w| w.eq_ignore_ascii_case(&b)) {
                return false;
            }
            (separated, started) = (false, true);
        } else if b != b'\'' {
            separated = true;
        }
    }
    want.next().is_none()
}

/// Whether the constant name `constant` spells the variant name `name`: its words run together,
/// ignoring ASCII case (`IM_A_TEAPOT` and `ImATeapot`).
pub(crate) fn spells_name(constant: &str, name: &str) -> bool {
    let mut letters = constant.bytes().filter(|b| *b != b'_');
    name.bytes().all(|b| letters.next().is_some_and(|w| w.eq_ignore_ascii_case(&b))) && letters.next().is_none()
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

/// Writes a status as `Display` does: its pre-rendered `text` (`404 Not Found`), or for a code
/// without one its digits (`799`); honouring width, fill and alignment.
pub(crate) fn display(f: &mut fmt::Formatter<'_>, text: Option<&str>, code: u16) -> fmt::Result {
    if let Some(text) = text {
        f.pad(text)
    } else {
        let mut buf = [0u8; 5];
        f.pad(render_code(code, &mut buf))
    }
}
