//! The one model of precedence: which meaning of a code is preferred, in which order phrases claim
//! their statuses, and what a code written in a user's source means.
//!
//! Validation sorts entries with [`order`], the built-in expansion fills its tables with
//! [`fill_order`] and [`phrase_rows`], the standalone generator picks [`preferred`] meanings, and the
//! derive and `status!` resolve codes with [`source_meaning`]. Nothing else ranks entries.

use crate::model::{Checked, CheckedEntry, VendorDef};

/// Precedence among the meanings of one code: 0 for IANA, then 1 + the vendor's index in the
/// registry's list of vendors. Lower wins.
#[must_use]
pub fn rank(status: &CheckedEntry) -> usize {
    status.vendor.map_or(0, |v| v + 1)
}

/// The sort key of the registry's entries: by code, then precedence. This is the order of
/// `StatusCode`'s variants, of `ALL`, of `meanings` and of `Ord`.
#[must_use]
pub fn order(status: &CheckedEntry) -> (u16, usize) {
    (status.entry.code.value, rank(status))
}

/// Every meaning of `code`, in precedence order (the registry is sorted by [`order`]).
pub fn meanings(checked: &Checked, code: u16) -> impl Iterator<Item = &CheckedEntry> {
    checked.statuses.iter().filter(move |s| s.entry.code.value == code)
}

/// The preferred meaning of `code` among the entries whose vendor `enabled` accepts (IANA entries
/// are always in): what `StatusCode::from(code)` gives in a build with those vendors.
pub fn preferred(checked: &Checked, code: u16, enabled: impl Fn(&VendorDef) -> bool) -> Option<&CheckedEntry> {
    meanings(checked, code).find(|s| checked.vendor_of(s).is_none_or(&enabled))
}

/// The entries from lowest to highest precedence, for tables filled by overwriting: each slot
/// ends up holding the highest enabled meaning.
#[must_use]
pub fn fill_order(statuses: &[CheckedEntry]) -> Vec<&CheckedEntry> {
    let mut entries: Vec<&CheckedEntry> = statuses.iter().collect();
    entries.sort_by_key(|s| std::cmp::Reverse(rank(s)));
    entries
}

/// The entries in the order the runtime declares its variants: by precedence (IANA, then each
/// vendor as declared), then by code. Within one code this is the precedence order, so a table
/// filled in this order with the first meaning winning holds the preferred one; and the phrases of
/// the entries, taken in this order, are in the order [`phrase_rows`] gives them.
#[must_use]
pub fn declaration_order(statuses: &[CheckedEntry]) -> Vec<&CheckedEntry> {
    let mut entries: Vec<&CheckedEntry> = statuses.iter().collect();
    entries.sort_by_key(|s| (rank(s), s.entry.code.value));
    entries
}

/// What a phrase row holds: a reason, an alias, or a variant name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PhraseKind {
    /// The canonical reason phrase.
    Reason,
    /// An alias.
    Alias,
    /// The variant name (`NotFound`).
    Name,
}

/// One text that parsing maps to a status.
#[derive(Clone, Copy, Debug)]
pub struct PhraseRow<'c> {
    /// The text, matched ignoring ASCII case.
    pub text: &'c str,
    /// What kind of text it is.
    pub kind: PhraseKind,
    /// The status it names.
    pub status: &'c CheckedEntry,
}

/// Every reason, alias and variant name of `statuses`, in the order in which a first-insertion-wins
/// table must receive them: phrases by precedence (IANA first, then vendors as declared), reasons
/// before aliases, and all names after every phrase, so that a phrase never loses to a name.
#[must_use]
pub fn phrase_rows(statuses: &[CheckedEntry]) -> Vec<PhraseRow<'_>> {
    let mut rows: Vec<PhraseRow<'_>> = Vec::new();
    for status in statuses {
        rows.push(PhraseRow { text: &status.entry.reason.value, kind: PhraseKind::Reason, status });
        for alias in &status.entry.aliases {
            rows.push(PhraseRow { text: &alias.value, kind: PhraseKind::Alias, status });
        }
        rows.push(PhraseRow { text: &status.name, kind: PhraseKind::Name, status });
    }
    rows.sort_by_key(|row| {
        let phrase_rank = if row.kind == PhraseKind::Name { usize::MAX } else { rank(row.status) };
        (phrase_rank, row.status.entry.code.value, row.kind)
    });
    rows
}

/// What a bare code written in a user's source (`#[status(499)]`, `status!(499)`) means. It never
/// depends on which vendor features are on, so a crate's source means the same in every build.
#[derive(Debug)]
pub enum SourceMeaning<'c> {
    /// The IANA meaning, which always wins.
    Iana(&'c CheckedEntry),
    /// The only meaning, a vendor's.
    Vendor(&'c CheckedEntry),
    /// No IANA meaning and several vendor meanings: the source must name a vendor.
    Ambiguous(Vec<&'c CheckedEntry>),
    /// The registry has no meaning for the code.
    Missing,
}

/// Resolves a bare code by the rule of [`SourceMeaning`].
#[must_use]
pub fn source_meaning(checked: &Checked, code: u16) -> SourceMeaning<'_> {
    let all: Vec<&CheckedEntry> = meanings(checked, code).collect();
    match all.as_slice() {
        [] => SourceMeaning::Missing,
        [first, ..] if first.vendor.is_none() => SourceMeaning::Iana(first),
        [only] => SourceMeaning::Vendor(only),
        _ => SourceMeaning::Ambiguous(all),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn registry() -> &'static Checked {
        crate::embedded().unwrap()
    }

    #[test]
    fn bare_codes_mean_the_same_whatever_the_vendors() {
        let r = registry();
        assert!(matches!(source_meaning(r, 404), SourceMeaning::Iana(s) if s.name == "NotFound"));
        assert!(matches!(source_meaning(r, 522), SourceMeaning::Vendor(s) if s.name == "CloudflareConnectionTimedOut"));
        let SourceMeaning::Ambiguous(many) = source_meaning(r, 499) else { panic!("499 is shared") };
        let names: Vec<&str> = many.iter().map(|s| s.name.as_str()).collect();
        assert!(names.contains(&"NginxClientClosedRequest") && names.contains(&"ArcGisTokenRequired"));
        assert!(matches!(source_meaning(r, 799), SourceMeaning::Missing));
    }

    #[test]
    fn preferred_follows_the_enabled_vendors() {
        let r = registry();
        let arcgis_only = |v: &VendorDef| v.id.value == "arcgis";
        assert_eq!(preferred(r, 499, arcgis_only).map(|s| s.name.as_str()), Some("ArcGisTokenRequired"));
        assert_eq!(preferred(r, 499, |_| true).map(|s| s.name.as_str()), Some("NginxClientClosedRequest"));
        assert_eq!(preferred(r, 499, |_| false), None);
        assert_eq!(preferred(r, 404, |_| false).map(|s| s.name.as_str()), Some("NotFound"));
    }

    #[test]
    fn phrases_come_before_names_and_iana_before_vendors() {
        let rows = phrase_rows(&registry().statuses);
        let first_name = rows.iter().position(|r| r.kind == PhraseKind::Name).unwrap();
        assert!(rows[first_name..].iter().all(|r| r.kind == PhraseKind::Name));
        let first_vendor = rows.iter().position(|r| r.status.vendor.is_some()).unwrap();
        assert!(rows[..first_vendor].iter().all(|r| r.status.vendor.is_none()));
        assert!(rows[first_vendor..first_name].iter().all(|r| r.status.vendor.is_some()));
    }
}
