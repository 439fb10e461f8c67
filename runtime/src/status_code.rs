//! The built-in [`StatusCode`] and [`Vendor`]: their rows from `registry.yaml`, expanded by the
//! macros of `define.rs`, and the public methods and trait implementations, written here.

use core::cmp::Ordering;
use core::fmt;
use core::str::FromStr;

use crate::error::{ParseErrorKind, ParseStatusError};
use crate::phrase_table::{PhraseTable, slots_for};
use crate::unregistered::render_code;
use crate::{Class, GrpcCode, Info, Lang, Registry, SpanKind, SpanStatus, Status, Unregistered};

// The rows: read from registry.yaml at compile time by the proc-macro, or without it the same
// rows checked in (`builtin_rows.rs`, kept equal to what the proc-macro emits by a test).
#[cfg(feature = "macros")]
status_registry_macros::__builtin!();
#[cfg(not(feature = "macros"))]
include!("builtin_rows.rs");

/// Every enabled registered status, ascending by code; at one code, in precedence order. A stable
/// sort by code of the declaration order, which is precedence first.
const SORTED: [StatusCode; ENABLED] = {
    let mut sorted = DECLARED;
    let mut i = 1;
    while i < ENABLED {
        let mut j = i;
        while j > 0 && sorted[j - 1].code() > sorted[j].code() {
            let moved = sorted[j - 1];
            sorted[j - 1] = sorted[j];
            sorted[j] = moved;
            j -= 1;
        }
        i += 1;
    }
    sorted
};

/// Code to value: every slot holds a value, `Unregistered` where no enabled variant has the code,
/// so a conversion is one load. The first enabled meaning of a code in declaration order, its
/// preferred one, fills the slot. Codes span 0..=999; the slots go on to 1023 so that an index
/// masked with 1023 needs no bounds check.
static BY_CODE: [StatusCode; 1024] = {
    let mut table = [StatusCode::Unregistered(Unregistered::new(0)); 1024];
    let mut code = 0;
    while code < table.len() {
        table[code] = StatusCode::Unregistered(Unregistered::new(code as u16));
        code += 1;
    }
    // Backwards, so that the first meaning of each code is written last.
    let mut position = ENABLED;
    while position > 0 {
        position -= 1;
        table[CODES[position] as usize] = DECLARED[position];
    }
    table
};

/// How many texts the phrase table holds: each enabled variant's reason, aliases and name.
const PHRASE_COUNT: usize = {
    let mut count = 0;
    let mut position = 0;
    while position < ENABLED {
        count += 2 + INFOS[position].aliases.len();
        position += 1;
    }
    count
};

/// Reason phrases, aliases and variant names of the enabled statuses, for parsing. The first text
/// inserted wins: phrases in declaration order, so IANA's before any vendor's and one vendor's
/// before the next one's, and every name after every phrase, so that a phrase never loses to a
/// name.
static PHRASES: PhraseTable<StatusCode, { slots_for(PHRASE_COUNT) }> = {
    let mut table = PhraseTable::new();
    let mut position = 0;
    while position < ENABLED {
        let info = &INFOS[position];
        table.insert(info.reason, DECLARED[position]);
        let mut alias = 0;
        while alias < info.aliases.len() {
            table.insert(info.aliases[alias], DECLARED[position]);
            alias += 1;
        }
        position += 1;
    }
    let mut position = 0;
    while position < ENABLED {
        table.insert(INFOS[position].name, DECLARED[position]);
        position += 1;
    }
    table
};

impl StatusCode {
    /// Every enabled registered status, ascending by code; at one code, IANA first and then
    /// vendors in precedence order.
    pub const ALL: &'static [StatusCode] = &SORTED;

    /// The numeric code.
    #[must_use]
    #[inline]
    pub const fn code(self) -> u16 {
        match self {
            StatusCode::Unregistered(u) => u.get(),
            registered => CODES[registered.position()],
        }
    }

    /// The registry's metadata for this status; `None` for [`StatusCode::Unregistered`].
    #[must_use]
    #[inline]
    pub const fn info(self) -> Option<&'static Info> {
        let position = self.position();
        if position < ENABLED { Some(&INFOS[position]) } else { None }
    }

    /// The reason phrase (`Not Found`); empty for [`StatusCode::Unregistered`].
    #[must_use]
    #[inline]
    pub const fn reason(self) -> &'static str {
        match self.info() {
            Some(info) => info.reason,
            None => "",
        }
    }

    /// The variant name (`"NotFound"`); `"Unregistered"` for unregistered codes.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        match self.info() {
            Some(info) => info.name,
            None => "Unregistered",
        }
    }

    /// The status a reason phrase, alias or variant name names, ignoring ASCII case.
    fn by_phrase(phrase: &str) -> Option<Self> {
        PHRASES.get(phrase)
    }

    /// The status for `code`: its registered variant, or [`StatusCode::Unregistered`].
    ///
    /// When several enabled entries share the code, the IANA meaning wins, then vendors in the
    /// precedence order of the registry ([`Vendor::ALL`]). Same as `StatusCode::from(code)`.
    #[must_use]
    #[inline]
    pub fn from_code(code: u16) -> Self {
        match BY_CODE.get(usize::from(code)) {
            Some(status) => *status,
            None => StatusCode::Unregistered(Unregistered::new(code)),
        }
    }

    /// The registered status for `code`, or `None` when no enabled entry has it.
    ///
    /// ```
    /// use status_registry::StatusCode;
    /// assert_eq!(StatusCode::lookup(404), Some(StatusCode::NotFound));
    /// assert_eq!(StatusCode::lookup(799), None);
    /// ```
    #[must_use]
    #[inline]
    pub fn lookup(code: u16) -> Option<Self> {
        match BY_CODE.get(usize::from(code)) {
            Some(StatusCode::Unregistered(_)) | None => None,
            Some(status) => Some(*status),
        }
    }

    /// `vendor`'s own meaning of `code`, when that vendor's feature is on and it defines the code.
    ///
    /// Unlike [`StatusCode::lookup`], this ignores the IANA meaning and other vendors.
    #[must_use]
    #[inline]
    pub const fn lookup_in(vendor: Vendor, code: u16) -> Option<Self> {
        let mut position = 0;
        while position < ENABLED {
            let info = &INFOS[position];
            if info.code == code && matches!(info.vendor, Some(v) if v as usize == vendor as usize) {
                return Some(DECLARED[position]);
            }
            position += 1;
        }
        None
    }

    /// Every enabled meaning of `code`, in precedence order (IANA first).
    pub fn meanings(code: u16) -> impl Iterator<Item = StatusCode> {
        Self::ALL.iter().copied().filter(move |s| s.code() == code)
    }

    /// The reason in `lang`: the wire phrase in English, the registry's label in Japanese; empty for
    /// [`StatusCode::Unregistered`].
    ///
    /// ```
    /// use status_registry::{Lang, StatusCode};
    /// assert_eq!(StatusCode::NotFound.reason_in(Lang::Ja), "未検出");
    /// assert_eq!(StatusCode::NotFound.to_string(), "404 Not Found"); // Display stays English
    /// ```
    #[must_use]
    #[inline]
    pub const fn reason_in(self, lang: Lang) -> &'static str {
        match self.info() {
            Some(info) => info.reason_in(lang),
            None => "",
        }
    }

    /// The description in `lang`; empty for [`StatusCode::Unregistered`].
    #[must_use]
    pub const fn description_in(self, lang: Lang) -> &'static str {
        match self.info() {
            Some(info) => info.description_in(lang),
            None => "",
        }
    }

    /// The OpenTelemetry status of an HTTP span of `kind` that ended with this code; the same as
    /// [`Status::span_status`], usable in `const`.
    #[must_use]
    pub const fn span_status(self, kind: SpanKind) -> SpanStatus {
        SpanStatus::for_code(self.code(), kind)
    }

    /// The gRPC status for an HTTP response with this code and no gRPC status; the same as
    /// [`Status::grpc_code`], usable in `const`.
    #[must_use]
    pub const fn grpc_code(self) -> GrpcCode {
        GrpcCode::from_http(self.code())
    }

    /// The class, from the first digit.
    #[must_use]
    #[inline]
    pub const fn class(self) -> Class {
        Class::from_code(self.code())
    }

    /// The vendor that defines this meaning; `None` for IANA and unregistered codes.
    #[must_use]
    #[inline]
    pub const fn vendor(self) -> Option<Vendor> {
        match self.info() {
            Some(info) => info.vendor,
            None => None,
        }
    }

    /// Whether this is a registered status (not [`StatusCode::Unregistered`]).
    #[must_use]
    #[inline]
    pub const fn is_registered(self) -> bool {
        !matches!(self, StatusCode::Unregistered(_))
    }
}

impl Status for StatusCode {
    #[inline]
    fn code(self) -> u16 {
        StatusCode::code(self)
    }

    #[inline]
    fn info(self) -> Option<&'static Info> {
        StatusCode::info(self)
    }
}

impl Registry for StatusCode {
    const ALL: &'static [Self] = StatusCode::ALL;

    fn lookup(code: u16) -> Option<Self> {
        StatusCode::lookup(code)
    }
}

impl From<u16> for StatusCode {
    #[inline]
    fn from(code: u16) -> Self {
        StatusCode::from_code(code)
    }
}

impl From<StatusCode> for u16 {
    #[inline]
    fn from(status: StatusCode) -> Self {
        status.code()
    }
}

impl PartialEq<u16> for StatusCode {
    fn eq(&self, other: &u16) -> bool {
        self.code() == *other
    }
}

impl PartialEq<StatusCode> for u16 {
    fn eq(&self, other: &StatusCode) -> bool {
        *self == other.code()
    }
}

/// Ordered by code; at one code, IANA first and then vendors in precedence order (the order of
/// declaration, which within a code is precedence).
impl Ord for StatusCode {
    fn cmp(&self, other: &Self) -> Ordering {
        (self.code(), self.position()).cmp(&(other.code(), other.position()))
    }
}

impl PartialOrd for StatusCode {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// `404 Not Found`; an unregistered code shows only its number (`799`).
impl fmt::Display for StatusCode {
    #[inline]
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.info() {
            Some(info) => f.pad(info.text),
            None => {
                let mut buf = [0u8; 5];
                f.pad(render_code(self.code(), &mut buf))
            }
        }
    }
}

/// The variant name (`NotFound`), or `Unregistered(799)`.
impl fmt::Debug for StatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StatusCode::Unregistered(u) => f.debug_tuple("Unregistered").field(&u.get()).finish(),
            other => f.write_str(other.name()),
        }
    }
}

/// Parses a code (`"404"`), a code and reason (`"404 Not Found"`), a reason phrase or alias
/// (`"Payload Too Large"`) or a variant name (`"NotFound"`), ignoring ASCII case.
///
/// ```
/// use status_registry::StatusCode;
/// assert_eq!("404".parse(), Ok(StatusCode::NotFound));
/// assert_eq!("payload too large".parse(), Ok(StatusCode::ContentTooLarge));
/// assert_eq!("404 Not Found".parse(), Ok(StatusCode::NotFound));
/// assert!("404 Gone".parse::<StatusCode>().is_err());
/// ```
impl FromStr for StatusCode {
    type Err = ParseStatusError;

    #[inline]
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // The hot path of log readers and proxies, a bare code, before any trimming; the rest is
        // out of line, so this stays a few instructions wherever it is inlined.
        match three_digits(s.as_bytes()) {
            // The mask costs one instruction and spares the bounds check: the table has 1024
            // slots and the code is below 1000.
            Some(code) => Ok(BY_CODE[code & (BY_CODE.len() - 1)]),
            None => parse_general(s),
        }
    }
}

/// Everything but a bare three-digit code.
#[inline(never)]
fn parse_general(s: &str) -> Result<StatusCode, ParseStatusError> {
    let text = s.trim();
    if text.is_empty() {
        return Err(ParseStatusError::new(ParseErrorKind::Empty));
    }
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        let (code, reason) = split_code(text)?;
        let preferred = StatusCode::from_code(code);
        let Some(reason) = reason else { return Ok(preferred) };
        // The reason picks between the meanings of a shared code (530 is three vendors' code).
        return meaning_with_phrase(code, reason).ok_or(ParseStatusError::new(ParseErrorKind::ReasonMismatch { code }));
    }
    StatusCode::by_phrase(text).ok_or(ParseStatusError::new(ParseErrorKind::UnknownPhrase))
}

/// The code that three ASCII digits spell (`"404"`, `"000"`), as an index into the code table;
/// `None` for anything else, which takes the general path (shorter codes such as `"7"` included,
/// with the same result).
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

/// The first enabled meaning of `code`, in precedence order, whose reason or alias is `phrase`.
pub(crate) fn meaning_with_phrase(code: u16, phrase: &str) -> Option<StatusCode> {
    StatusCode::meanings(code).find(|s| s.info().is_some_and(|i| phrase_matches(i, phrase)))
}

/// Whether `phrase` is the reason or an alias of `info`, ignoring ASCII case.
fn phrase_matches(info: &Info, phrase: &str) -> bool {
    info.reason.eq_ignore_ascii_case(phrase) || info.aliases.iter().any(|a| a.eq_ignore_ascii_case(phrase))
}

/// Splits `404 Not Found` into the code and the trimmed reason, if any.
pub(crate) fn split_code(text: &str) -> Result<(u16, Option<&str>), ParseStatusError> {
    let end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (digits, rest) = text.split_at(end);
    let code: u16 = digits.parse().map_err(|_| ParseStatusError::new(ParseErrorKind::InvalidCode))?;
    if rest.is_empty() {
        return Ok((code, None));
    }
    if !rest.starts_with([' ', '\t']) {
        return Err(ParseStatusError::new(ParseErrorKind::InvalidCode));
    }
    Ok((code, Some(rest.trim())))
}

impl Vendor {
    /// Every vendor, in precedence order.
    pub const ALL: &'static [Vendor] = VENDORS;

    /// The kebab-case id (`aws-elb`), as in the feature name.
    #[must_use]
    pub const fn id(self) -> &'static str {
        VENDOR_IDS[self as usize]
    }

    /// The display name (`AWS Elastic Load Balancing`).
    #[must_use]
    pub const fn name(self) -> &'static str {
        VENDOR_NAMES[self as usize]
    }

    /// The cargo feature of `status-registry` that enables this vendor's codes.
    #[must_use]
    pub const fn feature(self) -> &'static str {
        VENDOR_FEATURES[self as usize]
    }

    /// Where the vendor documents its codes, when known.
    #[must_use]
    pub const fn url(self) -> Option<&'static str> {
        VENDOR_URLS[self as usize]
    }

    /// Whether this build of `status-registry` has the vendor's feature on.
    #[must_use]
    pub const fn is_enabled(self) -> bool {
        VENDOR_ENABLED[self as usize]
    }

    /// The vendor with the given id (`"cloudflare"`), ignoring ASCII case.
    #[must_use]
    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.id().eq_ignore_ascii_case(id))
    }
}

/// The display name (`Cloudflare`).
impl fmt::Display for Vendor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

// The bare-code path masks its index with `BY_CODE.len() - 1`.
const _: () = assert!(BY_CODE.len().is_power_of_two() && BY_CODE.len() >= 1000);

#[cfg(test)]
mod tests {
    extern crate std;

    use super::three_digits;

    /// Every string of three bytes, against the obvious reading.
    #[test]
    fn three_digits_reads_exactly_the_three_digit_strings() {
        for a in 0..=u8::MAX {
            for b in 0..=u8::MAX {
                for c in 0..=u8::MAX {
                    let bytes = [a, b, c];
                    let expected = bytes
                        .iter()
                        .all(u8::is_ascii_digit)
                        .then(|| usize::from(a - b'0') * 100 + usize::from(b - b'0') * 10 + usize::from(c - b'0'));
                    assert_eq!(three_digits(&bytes), expected, "{bytes:?}");
                }
            }
        }
    }

    #[test]
    fn other_lengths_take_the_general_path() {
        for text in ["", "7", "42", "4040", "404 "] {
            assert_eq!(three_digits(text.as_bytes()), None, "{text:?}");
        }
    }
}
