//! Generated code as formatted source files (feature `render`; the regeneration tool, `statusreg`
//! and the tests turn it on, the macro does not, so its users never compile a formatter).

use std::fmt::Write;

use proc_macro2::TokenStream;

use crate::model::{Checked, CheckedEntry, VendorDef};

/// `tokens`, which must be a sequence of items, formatted as a Rust source file.
///
/// # Errors
/// When the tokens are not a valid file, which would be a bug of the generator.
pub fn pretty(tokens: TokenStream) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(prettyplease::unparse(&file))
}

/// The header of the runtime's `runtime/src/builtin_rows.rs`.
pub(crate) const BUILTIN_HEADER: &str = "\
// @generated from registry.yaml by `cargo run -p status-registry-regen`; do not edit by hand.
// The rows the proc-macro `__builtin!()` emits, for builds without the `macros` feature; expanded
// by `define.rs`. `regen/src/main.rs`'s test fails when this copy is out of date.

";

/// The runtime's `runtime/src/builtin_rows.rs` for `checked`: [`crate::builtin::rows`] under a header
/// naming its source and how to regenerate it.
#[must_use]
pub fn builtin_file(checked: &Checked) -> String {
    format!("{BUILTIN_HEADER}{}", crate::builtin::rows(checked))
}

/// The codes of `vendor`, ascending, with runs of three or more written as ranges:
/// `444, 494-497, 499`.
#[must_use]
fn vendor_codes(checked: &Checked, vendor: &VendorDef) -> String {
    let mut codes: Vec<u16> = checked
        .statuses
        .iter()
        .filter(|s| checked.vendors_of(s).iter().any(|v| v.id == vendor.id))
        .map(|s| s.entry.code.value)
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < codes.len() {
        let mut j = i;
        while j + 1 < codes.len() && codes[j + 1] == codes[j] + 1 {
            j += 1;
        }
        if j - i >= 2 {
            parts.push(format!("{:03}-{:03}", codes[i], codes[j]));
        } else {
            parts.extend(codes[i..=j].iter().map(|c| format!("{c:03}")));
        }
        i = j + 1;
    }
    parts.join(", ")
}

/// A documented feature of the runtime, as its manifest describes it: the name, the features it
/// turns on, and the text of its `##` comment.
pub struct Feature {
    /// `axum`.
    pub name: String,
    /// The features it turns on (`hyper`), without the dependencies (`dep:...`).
    pub implies: Vec<String>,
    /// The text of its `##` comment lines, joined into one paragraph.
    pub doc: String,
    /// Whether `default` names it.
    pub default: bool,
}

/// The table of every feature, as README and the crate docs show it: the documented features in
/// the manifest's order, then one row per vendor with its codes.
#[must_use]
pub fn feature_table(checked: &Checked, features: &[Feature]) -> String {
    let mut table = String::from("| feature | what it gives |\n|---|---|\n");
    for feature in features {
        let default = if feature.default { " (default)" } else { "" };
        let implies: Vec<String> = feature.implies.iter().map(|f| format!("`{f}`")).collect();
        let implies = if implies.is_empty() { String::new() } else { format!(" Turns on {}.", implies.join(", ")) };
        // Writing to a String cannot fail.
        let _ = writeln!(table, "| `{}`{default} | {}{implies} |", feature.name, feature.doc);
    }
    for vendor in &checked.vendors {
        let _ =
            writeln!(table, "| `{}` | {}: {} |", vendor.feature(), vendor.name.value, vendor_codes(checked, vendor));
    }
    table
}

/// The vendors with a meaning of a code that another meaning, of another vendor, also has, in
/// precedence order: the ones whose combinations decide what a shared code means. (Vendors that
/// share one meaning do not collide: the meaning is the same whichever is on.)
#[must_use]
pub fn colliding_vendors(checked: &Checked) -> Vec<&VendorDef> {
    let has = |status: &CheckedEntry, vendor: &VendorDef| checked.vendors_of(status).iter().any(|v| v.id == vendor.id);
    checked
        .vendors
        .iter()
        .filter(|vendor| {
            checked.statuses.iter().any(|own| {
                has(own, vendor)
                    && checked.statuses.iter().any(|other| {
                        !std::ptr::eq(other, own)
                            && other.entry.code.value == own.entry.code.value
                            && !other.vendors.is_empty()
                            && !has(other, vendor)
                    })
            })
        })
        .collect()
}
