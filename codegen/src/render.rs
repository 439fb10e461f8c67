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

/// The Markdown table of the vendor features, in precedence order: feature, vendor, codes.
#[must_use]
pub fn vendor_table(checked: &Checked) -> String {
    let mut table = String::from("| feature | vendor | codes |\n|---|---|---|\n");
    for vendor in &checked.vendors {
        // Writing to a String cannot fail.
        let _ =
            writeln!(table, "| `{}` | {} | {} |", vendor.feature(), vendor.name.value, vendor_codes(checked, vendor));
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
