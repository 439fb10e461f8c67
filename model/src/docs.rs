//! The text the generators share: a status's `Display` text and the last paragraph of a variant's
//! documentation, for the built-in rows, derived enums and the standalone module alike (the row
//! grammar, `__status_row!`, puts a variant's documentation together from its row).

use std::fmt::Write;

use crate::model::{Checked, CheckedEntry};

/// The Display form of a status: `404 Not Found`, `000 No Response Status`.
#[must_use]
pub fn display_text(code: u16, reason: &str) -> String {
    format!("{code:03} {reason}")
}

/// Who reads a variant's documentation, which decides how a vendor's availability is described.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocContext {
    /// The `status-registry` crate, where a vendor's codes come with a cargo feature.
    Crate,
    /// A file written by `statusreg generate`, where the vendors were chosen at generation.
    Generated,
}

/// The last paragraph of a variant's documentation: who defines it and where, its lifecycle and
/// the other phrases it parses from.
#[must_use]
pub fn variant_about(checked: &Checked, status: &CheckedEntry, context: DocContext) -> String {
    let entry = &status.entry;
    let reference = match (&entry.spec, entry.spec_link()) {
        (Some(spec), Some(link)) => format!("[{}]({link})", spec.value),
        (Some(spec), None) => spec.value.clone(),
        (None, _) => "no public specification".to_owned(),
    };
    let vendors = checked.vendors_of(status);
    let names: Vec<&str> = vendors.iter().map(|v| v.name.value.as_str()).collect();
    let mut about = match (vendors.as_slice(), context) {
        ([], _) => format!("IANA registry. Specification: {reference}."),
        ([vendor], DocContext::Crate) => {
            format!("Vendor: {} (feature `{}`). Source: {reference}.", vendor.name.value, vendor.feature())
        }
        ([vendor], DocContext::Generated) => {
            format!("Vendor: {} (`{}`). Source: {reference}.", vendor.name.value, vendor.id.value)
        }
        (many, DocContext::Crate) => {
            let features: Vec<String> = many.iter().map(|v| format!("`{}`", v.feature())).collect();
            format!("Vendors: {} (feature {}). Source: {reference}.", names.join(" and "), features.join(" or "))
        }
        (many, DocContext::Generated) => {
            let ids: Vec<String> = many.iter().map(|v| format!("`{}`", v.id.value)).collect();
            format!("Vendors: {} ({}). Source: {reference}.", names.join(" and "), ids.join(", "))
        }
    };
    // Writing to a String cannot fail.
    let _ = match &entry.expires {
        Some(expires) => write!(about, " Lifecycle: {} (expires {}).", entry.lifecycle.value.as_str(), expires.value),
        None => write!(about, " Lifecycle: {}.", entry.lifecycle.value.as_str()),
    };
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry.aliases.iter().map(|a| format!("\"{}\"", a.value)).collect();
        let _ = write!(about, " Also parsed from: {}.", aliases.join(", "));
    }
    about
}
