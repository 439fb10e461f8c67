//! The one model of precedence: which meaning of a code is preferred, in which order phrases claim
//! their statuses, and what a code written in a user's source means.
//!
//! Validation sorts entries with [`order`]; the built-in rows and the standalone module are emitted
//! in [`declaration_order`], from which the runtime's tables let the first meaning of a code, and
//! the first claim on a phrase, win (`runtime/src/tables.rs`); the derive and `status!` resolve
//! codes with [`source_meaning`]. Nothing else ranks entries.

use crate::model::{Checked, CheckedEntry};

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

/// The entries in the order the runtime declares its variants: by precedence (IANA, then each
/// vendor as declared), then by code. Within one code this is the precedence order, so a table
/// filled in this order with the first meaning winning holds the preferred one; and the phrases of
/// the entries, taken in this order, are in the order codegen's `builtin::phrase_rows` gives them.
#[must_use]
pub fn declaration_order(statuses: &[CheckedEntry]) -> Vec<&CheckedEntry> {
    let mut entries: Vec<&CheckedEntry> = statuses.iter().collect();
    entries.sort_by_key(|s| (rank(s), s.entry.code.value));
    entries
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
    fn declaration_order_is_iana_then_each_vendor_by_code() {
        let r = registry();
        let declared = declaration_order(&r.statuses);
        let keys: Vec<(usize, u16)> = declared.iter().map(|s| (rank(s), s.entry.code.value)).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(keys, sorted);
        // Within one code, declaration order is precedence: nginx's 499 before ArcGIS's.
        let at_499: Vec<&str> =
            declared.iter().filter(|s| s.entry.code.value == 499).map(|s| s.name.as_str()).collect();
        assert_eq!(at_499, ["NginxClientClosedRequest", "ArcGisTokenRequired", "UnofficialForbiddenByAntivirus"]);
    }
}
