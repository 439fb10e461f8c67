// @generated from runtime/src/status_core.rs by `cargo run -p status-registry-regen`; do not edit by hand.
//! The tables and methods of `StatusCode` and `Vendor` that read nothing but their rows: `ALL`,
//! the code and phrase tables, `code`, `info`, `from_code`, `lookup`, `Display`, `Debug`,
//! `FromStr`, `Ord` and the conversions; a vendor's id, name and the rest.
//!
//! This file uses nothing but `core` and its parent module, where the rows expand (`status_enum.rs`:
//! `StatusCode` with `ENABLED`, `DECLARED`, `CODES`, `INFOS` and `position()`, `Vendor` with its
//! `VENDOR_*` tables), and `Info`. So
//! `statusreg generate` copies it, unchanged, into the self-contained module it writes, and the
//! generated `StatusCode` is this same code over that module's rows.

use core::cmp::Ordering;
use core::fmt;
use core::str::FromStr;

use super::tables::{self, PhraseTable};
use super::text::{self, three_digits};
use super::{
    CODES, Class, DECLARED, ENABLED, INFOS, Info, ParseStatusError, StatusCode, Unregistered, VENDOR_ENABLED,
    VENDOR_FEATURES, VENDOR_IDS, VENDOR_NAMES, VENDOR_URLS, VENDORS, Vendor,
};

/// Every enabled registered status, ascending by code; at one code, in precedence order.
const SORTED: [StatusCode; ENABLED] = tables::sorted_by_code(DECLARED, &CODES);

/// Code to value: every slot holds a value, `Unregistered` where no enabled variant has the code,
/// so a conversion is one load; the preferred meaning of a code fills its slot. Codes span
/// 0..=999; the slots go on to 1023 so that an index masked with 1023 needs no bounds check.
static BY_CODE: [StatusCode; 1024] = {
    let mut table = [StatusCode::Unregistered(Unregistered::new(0)); 1024];
    let mut code = 0;
    while code < table.len() {
        table[code] = StatusCode::Unregistered(Unregistered::new(code as u16));
        code += 1;
    }
    tables::fill_codes(table, &DECLARED, &CODES)
};

/// The reason, aliases and name of each enabled variant, by position, for the phrase table.
const REASONS: [&str; ENABLED] = {
    let mut reasons = [""; ENABLED];
    let mut position = 0;
    while position < ENABLED {
        reasons[position] = INFOS[position].reason;
        position += 1;
    }
    reasons
};
const ALIASES: [&[&str]; ENABLED] = {
    let mut aliases: [&[&str]; ENABLED] = [&[]; ENABLED];
    let mut position = 0;
    while position < ENABLED {
        aliases[position] = INFOS[position].aliases;
        position += 1;
    }
    aliases
};
const NAMES: [&str; ENABLED] = {
    let mut names = [""; ENABLED];
    let mut position = 0;
    while position < ENABLED {
        names[position] = INFOS[position].name;
        position += 1;
    }
    names
};

/// Reason phrases, aliases and variant names of the enabled statuses, for parsing, sized for them.
static PHRASES: PhraseTable<StatusCode, { tables::slots_for(tables::phrase_count(&ALIASES)) }> =
    PhraseTable::filled(&DECLARED, &REASONS, &ALIASES, &NAMES);

/// What the shared parser asks of `StatusCode`.
const LOOKUPS: text::Lookups<StatusCode> =
    text::Lookups { from_code: StatusCode::from_code, named: StatusCode::by_phrase, with_phrase: meaning_with_phrase };

impl StatusCode {
    /// Every enabled registered status, ascending by code; at one code, IANA first and then
    /// vendors in precedence order.
    pub const ALL: &'static [StatusCode] = &SORTED;

    /// The numeric code.
    #[must_use]
    #[inline]
    pub const fn code(self) -> u16 {
        let position = self.position();
        if position < ENABLED { CODES[position] } else { self.unregistered_code() }
    }

    /// The code an `Unregistered` holds; out of line, so that `code()` is a compare and a load.
    #[cold]
    #[inline(never)]
    const fn unregistered_code(self) -> u16 {
        match self {
            StatusCode::Unregistered(u) => u.get(),
            _ => 0,
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

    /// The status a reason phrase, alias or variant name names, ignoring ASCII case; or an IANA
    /// status by the name of its constant in the `http` crate (`NOT_FOUND`, `IM_A_TEAPOT`).
    fn by_phrase(phrase: &str) -> Option<Self> {
        PHRASES.get(phrase).or_else(|| Self::by_http_constant(phrase))
    }

    /// `http::StatusCode`'s constant names are the phrase in upper snake case (`NOT_FOUND`,
    /// `PAYLOAD_TOO_LARGE`, an alias here) or, where the phrase has punctuation, the words of the
    /// variant name (`IM_A_TEAPOT`, `NON_AUTHORITATIVE_INFORMATION`); read in any ASCII case
    /// (`not_found`), as every other word is, and spelling a phrase before a name. Only IANA
    /// statuses: the names are `http`'s, and `http` has no vendor codes.
    fn by_http_constant(name: &str) -> Option<Self> {
        if !text::is_constant(name) {
            return None;
        }
        let iana = || SORTED.iter().copied().filter_map(|s| s.info().filter(|i| i.vendors.is_empty()).map(|i| (s, i)));
        iana()
            .find(|(_, info)| {
                text::spells_phrase(name, info.reason) || info.aliases.iter().any(|a| text::spells_phrase(name, a))
            })
            .or_else(|| iana().find(|(_, info)| text::spells_name(name, info.name)))
            .map(|(status, _)| status)
    }

    /// The status for `code`: its registered variant, or [`StatusCode::Unregistered`].
    ///
    /// When several enabled entries share the code, the IANA meaning wins, then vendors in the
    /// order the registry lists them in. Same as `StatusCode::from(code)`, and
    /// `const`:
    #[must_use]
    #[inline]
    pub const fn from_code(code: u16) -> Self {
        let index = code as usize;
        if index < BY_CODE.len() { BY_CODE[index] } else { StatusCode::Unregistered(Unregistered::new(code)) }
    }

    /// The registered status for `code`, or `None` when no enabled entry has it.
    #[must_use]
    #[inline]
    pub fn lookup(code: u16) -> Option<Self> {
        match BY_CODE.get(usize::from(code)) {
            Some(StatusCode::Unregistered(_)) | None => None,
            Some(status) => Some(*status),
        }
    }

    /// Every enabled meaning of `code`, in precedence order (IANA first).
    pub fn meanings(code: u16) -> impl Iterator<Item = StatusCode> {
        Self::ALL.iter().copied().filter(move |s| s.code() == code)
    }

    /// The class, from the first digit.
    #[must_use]
    #[inline]
    pub const fn class(self) -> Class {
        Class::from_code(self.code())
    }

    /// Whether this is a registered status (not [`StatusCode::Unregistered`]).
    #[must_use]
    #[inline]
    pub const fn is_registered(self) -> bool {
        !matches!(self, StatusCode::Unregistered(_))
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
        text::display(f, self.info().map(|info| info.text), self.code())
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
    text::parse_general(s, &LOOKUPS)
}

impl StatusCode {
    /// The meaning of `code` that `phrase` names, as a status line picks it: the first enabled
    /// meaning of the code, in precedence order, whose reason or alias is `phrase` (any ASCII
    /// case), else what `From<u16>` gives. So `530` with `Site is frozen` is Pantheon's 530 when
    /// `vendor-pantheon` is on, whatever other vendors have 530.
    #[must_use]
    pub fn with_phrase(code: u16, phrase: &str) -> StatusCode {
        meaning_with_phrase(code, phrase.trim()).unwrap_or_else(|| StatusCode::from_code(code))
    }
}

/// The first enabled meaning of `code`, in precedence order, whose reason or alias is `phrase`.
pub(crate) fn meaning_with_phrase(code: u16, phrase: &str) -> Option<StatusCode> {
    text::meaning_with_phrase(StatusCode::ALL, phrases, code, phrase)
}

/// The code, reason and aliases of a registered status.
fn phrases(status: StatusCode) -> (u16, &'static str, &'static [&'static str]) {
    match status.info() {
        Some(info) => (info.code, info.reason, info.aliases),
        None => (status.code(), "", &[]),
    }
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

/// Parses a vendor from its id (`cloudflare`, `aws-elb`), ignoring ASCII case, as
/// [`Vendor::from_id`] does.
impl FromStr for Vendor {
    type Err = ParseVendorError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Vendor::from_id(s.trim()).ok_or(ParseVendorError)
    }
}

/// A string that is no vendor's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ParseVendorError;

impl fmt::Display for ParseVendorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("unknown vendor; expected one of")?;
        for (i, vendor) in Vendor::ALL.iter().enumerate() {
            f.write_str(if i == 0 { " " } else { ", " })?;
            f.write_str(vendor.id())?;
        }
        Ok(())
    }
}

impl core::error::Error for ParseVendorError {}

/// The display name (`Cloudflare`).
impl fmt::Display for Vendor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

// The bare-code path masks its index with `BY_CODE.len() - 1`.
const _: () = assert!(BY_CODE.len().is_power_of_two() && BY_CODE.len() >= 1000);
