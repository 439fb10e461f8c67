//! Every kind of bad registry input fails with a message that names the file, line and column.

use status_registry_codegen::{Diagnostics, load};

/// A valid entry for code `code`, indented as an item of `statuses:`: registered with IANA, or in
/// use when `extra` names a vendor.
fn entry(code: &str, reason: &str, extra: &str) -> String {
    let lifecycle = if extra.contains("vendor:") { "in-use" } else { "registered" };
    format!(
        "  - code: {code}\n    reason: {reason}\n    reason_ja: ラベル\n    spec: RFC 9110\n    lifecycle: {lifecycle}\n    \
         retry: never\n{extra}    description:\n      en: Text.\n      ja: 説明。\n"
    )
}

fn errors(source: &str) -> Vec<String> {
    match load(source, "test.yaml") {
        Ok(_) => panic!("expected errors for:\n{source}"),
        Err(diags) => diags.items().iter().map(ToString::to_string).collect(),
    }
}

fn load_ok(source: &str) {
    if let Err(diags) = load(source, "test.yaml") {
        panic!("expected no errors, got:\n{diags}");
    }
}

#[test]
fn a_minimal_registry_loads() {
    load_ok(&format!("statuses:\n{}", entry("404", "Not Found", "")));
}

#[test]
fn syntax_errors_are_located() {
    // The bracket that was never closed, not the line where the reader noticed.
    assert_eq!(
        errors("statuses:\n  - code: [404\n    reason: x\n"),
        ["test.yaml:2:11: this `[` is not closed; add `]` at its end"]
    );
    assert_eq!(
        errors("statuses:\n  - code: \"404\n"),
        ["test.yaml:2:11: this quoted value is not closed; add `\"` at its end"]
    );
    assert_eq!(
        errors("statuses:\n  - code: 404\n      reason: x\n"),
        ["test.yaml:3:7: this line continues a plain value but looks like a new entry; check its indentation"]
    );
    assert_eq!(
        errors("statuses:\n  - reason: Not: Found\n"),
        ["test.yaml:2:16: a plain value cannot hold `: `; quote the whole value"]
    );
}

#[test]
fn tabs_in_indentation_are_refused_with_a_location() {
    let errs = errors("statuses:\n\t- code: 404\n");
    assert_eq!(errs.len(), 1);
    assert!(errs[0].starts_with("test.yaml:2:"), "{errs:?}");
}

#[test]
fn missing_fields_are_named() {
    let source = "statuses:\n  - code: 404\n    reason: Not Found\n    lifecycle: registered\n    retry: never\n";
    assert_eq!(
        errors(source),
        [
            "test.yaml:2:5: a status entry is missing `reason_ja`; add `reason_ja:`",
            "test.yaml:2:5: a status entry is missing `description`; add `description:`",
        ]
    );
}

#[test]
fn codes_outside_the_range_are_refused() {
    let source = format!("statuses:\n{}{}", entry("1000", "Big", ""), entry("-1", "Negative", ""));
    assert_eq!(
        errors(&source),
        [
            "test.yaml:2:11: code 1000 is outside 0..=999; HTTP status codes have three digits",
            "test.yaml:11:11: code -1 is outside 0..=999; HTTP status codes have three digits",
        ]
    );
}

#[test]
fn a_code_must_be_a_number() {
    let source = format!("statuses:\n{}", entry("4o4", "Typo", ""));
    assert_eq!(errors(&source), ["test.yaml:2:11: `code` must be a whole number from 0 to 999, found `4o4`"]);
}

#[test]
fn duplicate_codes_within_one_vendor_are_refused() {
    let vendors = "vendors:\n  - id: nginx\n    name: nginx\n";
    let source = format!(
        "{vendors}statuses:\n{}{}",
        entry("499", "Client Closed Request", "    vendor: nginx\n"),
        entry("499", "Other Meaning", "    vendor: nginx\n")
    );
    assert_eq!(
        errors(&source),
        ["test.yaml:15:11: duplicate code 499 for vendor `nginx` (first at 5:11); merge the two entries"]
    );
}

#[test]
fn the_same_code_for_different_vendors_is_fine() {
    let vendors = "vendors:\n  - id: nginx\n    name: nginx\n  - id: arcgis\n    name: ArcGIS\n";
    load_ok(&format!(
        "{vendors}statuses:\n{}{}",
        entry("499", "Client Closed Request", "    vendor: nginx\n"),
        entry("499", "Token Required", "    vendor: arcgis\n")
    ));
}

const TWO_HOSTS: &str = "vendors:\n  - id: apache\n    name: Apache\n  - id: cpanel\n    name: cPanel\n";

#[test]
fn vendors_that_send_the_same_code_and_phrase_share_one_entry() {
    let source = format!(
        "{TWO_HOSTS}statuses:\n{}{}",
        entry("509", "Bandwidth Limit Exceeded", "    vendor: apache\n"),
        entry("509", "bandwidth limit exceeded", "    vendor: cpanel\n")
    );
    assert_eq!(
        errors(&source),
        ["test.yaml:18:13: `509 bandwidth limit exceeded` is already the meaning at 8:13; vendors that send the same \
          code with the same phrase share one entry: `vendor: [apache, cpanel]`"]
    );
    load_ok(&format!(
        "{TWO_HOSTS}statuses:\n{}",
        entry("509", "Bandwidth Limit Exceeded", "    vendor: [apache, cpanel]\n")
    ));
}

#[test]
fn a_vendor_entry_may_not_repeat_an_iana_meaning() {
    let vendors = "vendors:\n  - id: nginx\n    name: nginx\n";
    let source = format!(
        "{vendors}statuses:\n{}{}",
        entry("404", "Not Found", ""),
        entry("404", "Not Found", "    vendor: nginx\n")
    );
    assert_eq!(
        errors(&source),
        [
            "test.yaml:15:13: `404 Not Found` is already the IANA meaning at 6:13; a vendor that sends it sends the IANA \
          status, so remove this entry"
        ]
    );
}

#[test]
fn a_shared_entry_lists_each_vendor_once_in_declaration_order() {
    let twice =
        format!("{TWO_HOSTS}statuses:\n{}", entry("509", "Bandwidth Limit Exceeded", "    vendor: [apache, apache]\n"));
    assert_eq!(errors(&twice), ["test.yaml:13:22: vendor `apache` is listed twice; keep one"]);
    let reversed =
        format!("{TWO_HOSTS}statuses:\n{}", entry("509", "Bandwidth Limit Exceeded", "    vendor: [cpanel, apache]\n"));
    assert_eq!(
        errors(&reversed),
        ["test.yaml:13:22: list `apache` before `cpanel`, in the order of `vendors:`: the first vendor is the \
          meaning's precedence and name"]
    );
    let clash = format!(
        "{TWO_HOSTS}statuses:\n{}{}",
        entry("509", "Bandwidth Limit Exceeded", "    vendor: [apache, cpanel]\n"),
        entry("509", "Other Limit", "    vendor: cpanel\n")
    );
    assert_eq!(
        errors(&clash),
        ["test.yaml:17:11: duplicate code 509 for vendor `cpanel` (first at 7:11); merge the two entries"]
    );
}

#[test]
fn two_entries_with_the_same_variant_name_are_refused() {
    let source = format!("statuses:\n{}{}", entry("404", "Not Found", ""), entry("405", "Not-Found", ""));
    assert_eq!(
        errors(&source),
        ["test.yaml:12:13: two entries are named `NotFound` (first at 3:13); give one of them another `name`"]
    );
}

#[test]
fn unknown_vendors_are_refused() {
    let source = format!("statuses:\n{}", entry("522", "Timed Out", "    vendor: cloudfare\n"));
    assert_eq!(
        errors(&source),
        ["test.yaml:8:13: unknown vendor `cloudfare`; declare it under `vendors:` (known: none are declared)"]
    );
}

#[test]
fn invalid_identifiers_are_refused() {
    let source =
        format!("statuses:\n{}{}", entry("299", "3D Secure", ""), entry("298", "Fine", "    name: not_a_variant\n"));
    assert_eq!(
        errors(&source),
        [
            "test.yaml:3:13: the reason `3D Secure` gives the variant name `3dSecure`, which is not usable: \
             it must start with an ASCII capital letter; set `name`",
            "test.yaml:17:11: `name` gives the variant name `not_a_variant`, which is not usable: \
             it must start with an ASCII capital letter; set `name`",
        ]
    );
}

#[test]
fn unknown_keys_are_refused_and_the_valid_ones_listed() {
    let source = format!("statuses:\n{}", entry("404", "Not Found", "    cachable: true\n"));
    let errs = errors(&source);
    assert_eq!(errs.len(), 1);
    assert!(errs[0].starts_with("test.yaml:8:5: unknown key `cachable` in a status entry; expected one of `code`"));
    assert!(errs[0].contains("`cacheable`"));
}

#[test]
fn wrong_types_say_what_was_expected() {
    let source = format!("statuses:\n{}", entry("404", "[Not, Found]", "    content: maybe\n"));
    assert_eq!(
        errors(&source),
        [
            "test.yaml:3:13: expected a string for `reason`, found a list",
            "test.yaml:8:14: `content` must be `true` or `false`, found `maybe`",
        ]
    );
}

#[test]
fn unknown_keywords_list_the_choices() {
    let source = format!("statuses:\n{}", entry("404", "Not Found", "")).replace("retry: never", "retry: sometimes");
    assert_eq!(
        errors(&source),
        ["test.yaml:7:12: unknown retry `sometimes`; expected one of `never`, `idempotent`, `always`, `after`"]
    );
}

#[test]
fn all_problems_are_reported_at_once() {
    let source = format!(
        "statuses:\n{}{}{}",
        entry("404", "Not Found", "    colour: red\n"),
        entry("404", "Not Found Again", ""),
        entry("2000", "Too Big", "")
    );
    let errs = errors(&source);
    assert_eq!(errs.len(), 3, "{errs:?}");
    assert!(errs[0].starts_with("test.yaml:8:5: unknown key `colour`"));
    assert!(errs[1].starts_with("test.yaml:12:11: duplicate code 404 for the IANA registry (first at 2:11)"));
    assert!(errs[2].starts_with("test.yaml:21:11: code 2000 is outside"));
}

#[test]
fn duplicate_keys_are_refused() {
    let source = format!("statuses:\n{}", entry("404", "Not Found", "    reason: Missing\n"));
    assert_eq!(
        errors(&source),
        ["test.yaml:8:5: key `reason` appears twice in a status entry (first value at 3:13); keep one"]
    );
}

#[test]
fn temporary_codes_need_an_expiry_date() {
    let source = format!("statuses:\n{}", entry("104", "Upload Resumption Supported", "    content: false\n"))
        .replace("lifecycle: registered", "lifecycle: temporary");
    assert_eq!(
        errors(&source),
        ["test.yaml:6:16: code 104 is temporary but has no `expires` date; add `expires: YYYY-MM-DD`"]
    );
}

#[test]
fn rfc_rules_on_content_are_enforced() {
    let source = format!("statuses:\n{}", entry("204", "No Content", ""));
    assert_eq!(errors(&source), ["test.yaml:2:5: code 204 may not carry content (RFC 9110); add `content: false`"]);
}

#[test]
fn a_phrase_names_one_code_per_vendor() {
    let source =
        format!("statuses:\n{}{}", entry("404", "Not Found", ""), entry("410", "Gone", "    aliases: [not found]\n"));
    assert_eq!(
        errors(&source),
        ["test.yaml:17:15: phrase `not found` already names code 404 at 3:13; a phrase may name one code per vendor"]
    );
}

#[test]
fn empty_files_and_aliases_are_refused() {
    assert_eq!(errors("  \n"), ["test.yaml: the registry file is empty; it needs at least a `statuses:` list"]);
    let bomb = "a: &a [x, x]\nb: &b [*a, *a]\nstatuses: [*b]\n";
    assert_eq!(errors(bomb), ["test.yaml:1:4: YAML anchors (`&name`) are not supported; write each value out"]);
    assert_eq!(
        errors("statuses: [*b]\n"),
        ["test.yaml:1:12: YAML aliases (`*name`) are not supported; write the value out"]
    );
    assert_eq!(
        errors("statuses: !!seq []\n"),
        ["test.yaml:1:11: YAML tags (`!name`) are not supported; write the value without one"]
    );
}

#[test]
fn deep_nesting_is_refused_quickly() {
    let deep = format!("statuses: {}{}", "[".repeat(10_000), "]".repeat(10_000));
    let errs = errors(&deep);
    assert_eq!(errs.len(), 1);
    assert!(errs[0].starts_with("test.yaml:1:"), "{errs:?}");
    assert!(errs[0].contains("recursion limit") || errs[0].contains("nests deeper"), "{errs:?}");
}

#[test]
fn diagnostics_display_one_per_line() {
    let source = format!("statuses:\n{}", entry("1000", "[x]", ""));
    let diags: Diagnostics = load(&source, "test.yaml").unwrap_err();
    assert_eq!(diags.len(), 2);
    assert_eq!(diags.to_string().lines().count(), 2);
}

#[test]
fn nesting_past_the_schema_depth_is_refused() {
    let deep = format!("statuses: {}{}", "[".repeat(40), "]".repeat(40));
    assert_eq!(errors(&deep), ["test.yaml:1:42: the YAML nests deeper than 32 levels; the schema needs four"]);
}

#[test]
fn a_byte_order_mark_and_crlf_line_ends_are_accepted() {
    let source = format!("\u{feff}statuses:\n{}", entry("404", "Not Found", "")).replace('\n', "\r\n");
    load_ok(&source);
}
