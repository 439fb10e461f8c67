//! The rows of the built-in `Vendor` and `StatusCode`: one row per vendor and one per meaning,
//! as Rust source text.
//!
//! The runtime crate hand-writes the types, their documentation and their tables as two
//! `macro_rules!` (`runtime/src/define.rs`) that expand these rows. With the runtime's `macros`
//! feature the proc-macro `__builtin!()` emits this text, parsed, at compile time; without it the
//! runtime includes the same text from its checked-in `runtime/src/builtin_rows.rs`. A test keeps the file
//! equal to [`rows`] byte for byte.
//!
//! Rows come in declaration order (`precedence::declaration_order`): IANA meanings by code, then
//! each vendor's meanings by code. Nothing in a row refers to another row, so a change to one
//! registry entry changes one row.

use std::fmt::Write;

use crate::docs::{DocContext, variant_about};
use crate::model::{Checked, CheckedEntry, Entry, Level, ProblemTypeDef, ProxyErrorDef, TypeLifecycle, VendorDef};
use crate::precedence;

/// The gate macro of a vendor, which the runtime defines to pass its tokens through when the
/// vendor's feature is on and to emit its alternative when it is off: `__vendor_aws_elb`.
#[must_use]
pub fn gate_name(vendor: &VendorDef) -> String {
    format!("__vendor_{}", vendor.id.value.replace('-', "_"))
}

/// `text` as a Rust string literal.
fn lit(text: &str) -> String {
    format!("{text:?}")
}

/// `Some("text")` or `None`.
fn opt(text: Option<&str>) -> String {
    text.map_or_else(|| "None".to_owned(), |t| format!("Some({})", lit(t)))
}

/// The built-in rows for `checked`: `crate::define::vendors! { .. }` and
/// `crate::define::statuses! { .. }`, formatted as they are checked in.
#[must_use]
pub fn rows(checked: &Checked) -> String {
    let mut out = String::new();
    out.push_str("crate::define::vendors! {\n");
    for vendor in &checked.vendors {
        vendor_row(&mut out, vendor);
    }
    out.push_str("}\n\ncrate::define::statuses! {\n");
    for status in precedence::declaration_order(&checked.statuses) {
        status_row(&mut out, checked, status);
    }
    out.push_str("}\n\ncrate::define::problem_types! {\n");
    for ty in &checked.problem_types {
        problem_type_row(&mut out, ty);
    }
    out.push_str("}\n\ncrate::define::proxy_errors! {\n");
    for error in &checked.proxy_errors {
        proxy_error_row(&mut out, error);
    }
    out.push_str("}\n");
    out
}

/// A JSON or Structured Field type word (`token-or-string`) as the runtime's variant name.
fn type_variant(word: &str) -> String {
    crate::naming::upper_camel(word)
}

fn problem_type_row(out: &mut String, ty: &ProblemTypeDef) {
    let members: Vec<String> = ty
        .members
        .iter()
        .map(|m| {
            let items =
                m.items.as_ref().map_or_else(|| "None".to_owned(), |i| format!("Some({})", type_variant(&i.value)));
            format!("({}, {}, {items})", lit(&m.name.value), type_variant(&m.json_type.value))
        })
        .collect();
    let lifecycle = match &ty.lifecycle.value {
        TypeLifecycle::Registered => "Registered".to_owned(),
        TypeLifecycle::Draft { name, revision } => format!("Draft {{ name: {}, revision: {revision} }}", lit(name)),
    };
    let fields: [(&str, String); 10] = [
        ("id", lit(&ty.id.value)),
        ("uri", lit(&ty.uri.value)),
        ("title", lit(&ty.title.value)),
        ("title_ja", lit(&ty.title_ja.value)),
        ("status", ty.status.as_ref().map_or_else(|| "None".to_owned(), |s| format!("Some({})", s.value))),
        ("members", format!("[{}]", members.join(", "))),
        ("lifecycle", lifecycle),
        ("spec", lit(&ty.spec.value)),
        ("description", lit(&ty.description.value)),
        ("description_ja", lit(&ty.description_ja.value)),
    ];
    write_row(out, "    ", &ty.variant(), &fields);
}

fn proxy_error_row(out: &mut String, error: &ProxyErrorDef) {
    let params: Vec<String> =
        error.params.iter().map(|p| format!("({}, {})", lit(&p.name.value), type_variant(&p.sf_type.value))).collect();
    let fields: [(&str, String); 7] = [
        ("name", lit(&error.name.value)),
        ("status", error.status.as_ref().map_or_else(|| "None".to_owned(), |s| format!("Some({})", s.value))),
        ("params", format!("[{}]", params.join(", "))),
        ("never_forwarded", error.never_forwarded.to_string()),
        ("spec", lit(&error.spec.value)),
        ("description", lit(&error.description.value)),
        ("description_ja", lit(&error.description_ja.value)),
    ];
    write_row(out, "    ", &error.variant(), &fields);
}

/// `Name {\n    key: value,\n ..}\n`, each line starting with `indent`: every row's shape.
fn write_row(out: &mut String, indent: &str, name: &str, fields: &[(&str, String)]) {
    let _ = writeln!(out, "{indent}{name} {{");
    for (key, value) in fields {
        let _ = writeln!(out, "{indent}    {key}: {value},");
    }
    let _ = writeln!(out, "{indent}}}");
}

fn vendor_row(out: &mut String, vendor: &VendorDef) {
    let url = opt(vendor.url.as_ref().map(|u| u.value.as_str()));
    // Writing to a String cannot fail.
    let _ = write!(
        out,
        "    {} {{\n        id: {},\n        name: {},\n        feature: {},\n        url: {url},\n        gate: {},\n    }}\n",
        vendor.prefix.value,
        lit(&vendor.id.value),
        lit(&vendor.name.value),
        lit(&vendor.feature()),
        gate_name(vendor),
    );
}

fn status_row(out: &mut String, checked: &Checked, status: &CheckedEntry) {
    let entry = &status.entry;
    let vendors = checked.vendors_of(status);
    let features: Vec<String> = vendors.iter().map(|v| format!("feature = {}", lit(&v.feature()))).collect();
    match features.as_slice() {
        [] => {}
        [one] => {
            let _ = writeln!(out, "    #[cfg({one})]");
        }
        many => {
            let _ = writeln!(out, "    #[cfg(any({}))]", many.join(", "));
        }
    }
    let about = variant_about(checked, status, DocContext::Crate);
    entry_row(out, "    ", &status.name, entry, &vendors, &about);
}

/// The rows of the module `statusreg generate` writes, for `runtime/src/status_enum.rs`'s
/// `vendors!` and `statuses!`: the vendors whose ids are in `vendors`, and the IANA meanings with
/// those of the kept vendors, in declaration order. No row has a `cfg` (the module has what it was
/// generated with), and each is documented for that module. The first string holds the vendors,
/// the second the statuses, indented as the built-in rows are.
#[must_use]
pub fn module_rows(checked: &Checked, vendors: &[String]) -> (String, String) {
    let kept = |vendor: &VendorDef| vendors.contains(&vendor.id.value);
    let mut vendor_rows = String::new();
    for vendor in checked.vendors.iter().filter(|v| kept(v)) {
        vendor_row(&mut vendor_rows, vendor);
    }
    let mut status_rows = String::new();
    for status in precedence::declaration_order(&checked.statuses) {
        let owners = checked.vendors_of(status);
        if !owners.is_empty() && !owners.iter().any(|v| kept(v)) {
            continue;
        }
        // The module has only the kept vendors: a meaning several vendors send names those.
        let owners: Vec<&VendorDef> = owners.into_iter().filter(|v| kept(v)).collect();
        let about = variant_about(checked, status, DocContext::Generated);
        entry_row(&mut status_rows, "    ", &status.name, &status.entry, &owners, &about);
    }
    (vendor_rows, status_rows)
}

/// The row of an entry of an extension file, as the derive writes it for the runtime's
/// `__status_row!`: no vendor, no documentation.
#[must_use]
pub fn extension_row(name: &str, entry: &Entry) -> String {
    let mut out = String::new();
    entry_row(&mut out, "", name, entry, &[], "");
    out
}

/// `Name { code: .., .. }`, the fields in the order of the runtime's row grammar, each line
/// starting with `indent`.
fn entry_row(out: &mut String, indent: &str, name: &str, entry: &Entry, vendors: &[&VendorDef], about: &str) {
    let aliases: Vec<String> = entry.aliases.iter().map(|a| lit(&a.value)).collect();
    let vendor_names: Vec<String> = vendors.iter().map(|v| v.prefix.value.clone()).collect();
    let rules = |level: Level| {
        let rules: Vec<String> = entry
            .headers
            .iter()
            .filter(|r| r.level.value == level)
            .map(|r| format!("({}, {})", lit(&r.name.value), lit(&r.spec.value)))
            .collect();
        format!("[{}]", rules.join(", "))
    };
    let fields: [(&str, String); 21] = [
        ("code", entry.code.value.to_string()),
        ("reason", lit(&entry.reason.value)),
        ("reason_ja", lit(&entry.reason_ja.value)),
        ("text", lit(&crate::docs::display_text(entry.code.value, &entry.reason.value))),
        ("aliases", format!("[{}]", aliases.join(", "))),
        ("vendors", format!("[{}]", vendor_names.join(", "))),
        ("spec", opt(entry.spec.as_ref().map(|s| s.value.as_str()))),
        ("spec_link", opt(entry.spec_link().as_deref())),
        // The model's enums are the runtime's (`keywords.rs`): a variant's name is its `Debug`.
        ("lifecycle", format!("{:?}", entry.lifecycle.value)),
        ("expires", opt(entry.expires.as_ref().map(|e| e.value.as_str()))),
        ("cacheable", entry.cacheable.to_string()),
        ("allows_content", entry.allows_content.to_string()),
        ("retry_after", entry.retry_after.to_string()),
        ("retry", format!("{:?}", entry.retry.value)),
        ("retry_note", lit(entry.retry_note.as_ref().map_or("", |n| n.value.as_str()))),
        ("proxy_error", opt(entry.proxy_error.as_ref().map(|e| e.value.as_str()))),
        ("required_headers", rules(Level::Must)),
        ("recommended_headers", rules(Level::Should)),
        ("description", lit(&entry.description.value)),
        ("description_ja", lit(&entry.description_ja.value)),
        ("about", lit(about)),
    ];
    write_row(out, indent, name, &fields);
}

#[cfg(test)]
mod tests {
    use super::rows;

    #[test]
    fn one_row_per_meaning_and_per_vendor() {
        let checked = crate::embedded().unwrap();
        let text = rows(checked);
        assert_eq!(text.matches("\n        code: ").count(), checked.statuses.len());
        assert_eq!(text.matches("\n        gate: ").count(), checked.vendors.len());
        // Each meaning is named once: a registry edit changes one row.
        assert_eq!(text.matches("    NotFound {\n").count(), 1);
        assert_eq!(text.matches(" NotFound ").count(), 1);
        // One row per problem type and per proxy error type.
        assert_eq!(text.matches("\n        uri: ").count(), checked.problem_types.len());
        assert_eq!(text.matches("\n        never_forwarded: ").count(), checked.proxy_errors.len());
        assert_eq!(text.matches("    QuotaExceeded {\n").count(), 1);
        assert_eq!(text.matches("    ConnectionRefused {\n").count(), 1);
    }

    #[test]
    fn a_meaning_of_several_vendors_is_one_row_present_with_any_of_them() {
        let text = rows(crate::embedded().unwrap());
        assert!(text.contains(
            "    #[cfg(any(feature = \"vendor-apache\", feature = \"vendor-cpanel\"))]\n    ApacheBandwidthLimitExceeded {\n"
        ));
        assert!(text.contains("        vendors: [Apache, Cpanel],\n"));
        assert!(!text.contains("CpanelBandwidthLimitExceeded"));
    }

    #[test]
    fn iana_rows_come_first_and_vendor_rows_carry_their_feature() {
        let text = rows(crate::embedded().unwrap());
        let first_cfg = text.find("#[cfg(").unwrap();
        assert!(!text[first_cfg..].contains("vendors: []"), "an IANA row after a vendor row");
        assert!(text.contains("    #[cfg(feature = \"vendor-nginx\")]\n    NginxClientClosedRequest {\n"));
    }
}
