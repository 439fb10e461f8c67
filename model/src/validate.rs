//! Rules that a parsed registry must follow before code is generated from it.
//!
//! Each rule is one function that records every violation it finds, so a user sees all problems of
//! a file at once. Messages say what is wrong, where the earlier conflicting value is, and how to fix it.

use std::collections::HashMap;

use crate::diag::{Diagnostics, Loc};
use crate::model::{Checked, CheckedEntry, Entry, Lifecycle, Located, Registry, VendorDef};
use crate::naming;

/// Checks `registry` and resolves names and vendors. `origin` is the file name shown in messages.
pub(crate) fn validate(registry: Registry, origin: &str) -> Result<Checked, Diagnostics> {
    let mut diags = Diagnostics::new(origin);
    check_spec_references(&registry.statuses, &mut diags);
    check_lifecycle_owner(&registry.statuses, &mut diags);
    check_problem_types(&registry, &mut diags);
    check_proxy_errors(&registry, &mut diags);
    check_proxy_error_refs(&registry, &mut diags);
    let checked = check(registry, "the IANA registry", &mut diags);
    diags.finish(checked)
}

/// Checks a user's extension file against the `base` registry it extends.
///
/// An extension adds the user's own codes: it declares no vendors, its entries belong to no vendor
/// and need no `spec`, and neither its codes nor its names may repeat the base registry's. Their
/// lifecycle may be `in-use` or any other: the IANA-only rules of the registry do not apply.
pub(crate) fn validate_extension(registry: Registry, origin: &str, base: &Checked) -> Result<Checked, Diagnostics> {
    let mut diags = Diagnostics::new(origin);
    if let Some(vendor) = registry.vendors.first() {
        diags.error(vendor.loc, "an extension file cannot declare vendors; its codes are your own, so drop `vendors:`");
    }
    let mut statuses = registry.statuses;
    for entry in &mut statuses {
        // Reported once here; dropping the vendors keeps "unknown vendor" from repeating it.
        if let Some(vendor) = entry.vendors.first() {
            diags.error(vendor.loc, "entries of an extension file belong to no vendor; remove `vendor`");
        }
        entry.vendors.clear();
        if let Some(iana) = &entry.iana_reason {
            diags.error(
                iana.loc,
                "entries of an extension file are your own codes, which IANA does not list; remove `iana_reason`",
            );
        }
        if let Some(error) = entry.proxy_error.take() {
            diags.error(
                error.loc,
                "`proxy_error` maps a vendor's code to RFC 9209, and an extension's codes are your own; remove it",
            );
        }
    }
    let registry = Registry { vendors: Vec::new(), statuses, ..Registry::default() };
    check_against_base(&registry.statuses, base, &mut diags);
    check_phrases_against_base(&registry.statuses, base, &mut diags);
    let checked = check(registry, "this extension file", &mut diags);
    for status in &checked.statuses {
        let code_taken = base.statuses.iter().any(|b| b.entry.code.value == status.entry.code.value);
        // An entry whose code is taken has been reported; its default name repeats the registry's.
        if code_taken && status.entry.name.is_none() {
            continue;
        }
        if let Some(taken) = base.statuses.iter().find(|b| b.name == status.name) {
            let loc = status.entry.name.as_ref().map_or(status.entry.reason.loc, |n| n.loc);
            diags.error(
                loc,
                format!(
                    "the name `{}` is already the registry's {} {}; give this entry another `name`",
                    status.name, taken.entry.code.value, taken.entry.reason.value
                ),
            );
        }
    }
    diags.finish(checked)
}

/// The rules shared by the registry and extension files; returns the resolved, sorted entries.
fn check(registry: Registry, unowned: &str, diags: &mut Diagnostics) -> Checked {
    check_vendor_ids(&registry.vendors, diags);
    check_vendor_prefixes(&registry.vendors, diags);
    let vendor_index = resolve_vendors(&registry, diags);
    check_duplicate_codes(&registry.statuses, unowned, diags);
    check_one_meaning_per_phrase(&registry.statuses, diags);
    check_expiry(&registry.statuses, diags);
    check_phrases(&registry.statuses, diags);
    check_descriptions(&registry.statuses, diags);
    check_rules(&registry.statuses, diags);
    check_content_rules(&registry.statuses, diags);

    let mut statuses: Vec<CheckedEntry> = registry
        .statuses
        .into_iter()
        .zip(vendor_index)
        .map(|(entry, vendors)| {
            let vendor = vendors.first().copied();
            let name = entry.variant_name(vendor.map(|v| &registry.vendors[v]));
            CheckedEntry { entry, name, vendor, vendors }
        })
        .collect();
    check_names(&statuses, diags);
    statuses.sort_by_key(crate::precedence::order);
    Checked {
        vendors: registry.vendors,
        statuses,
        problem_types: registry.problem_types,
        proxy_errors: registry.proxy_errors,
    }
}

/// A status a problem or proxy error type recommends is one IANA registered.
fn check_recommended(code: &Located<u16>, registry: &Registry, what: &str, diags: &mut Diagnostics) {
    if !registry.statuses.iter().any(|e| e.is_iana() && e.code.value == code.value) {
        diags.error(
            code.loc,
            format!("{what} recommends {:03}, which is not an IANA status code of this registry", code.value),
        );
    }
}

/// `names` each written once, else an error at the second naming the first.
fn check_unique<'a>(names: impl Iterator<Item = &'a Located<String>>, what: &str, diags: &mut Diagnostics) {
    let mut seen: HashMap<&str, Loc> = HashMap::new();
    for name in names {
        if let Some(first) = seen.get(name.value.as_str()) {
            diags.error(name.loc, format!("{what} `{}` is given twice (first at {first}); keep one", name.value));
        } else {
            seen.insert(&name.value, name.loc);
        }
    }
}

/// Problem types: short names in lower-case kebab case, names and URIs once each, absolute URIs,
/// a recommended status (IANA's) for every type but `about:blank`, members named once.
fn check_problem_types(registry: &Registry, diags: &mut Diagnostics) {
    let types = &registry.problem_types;
    check_unique(types.iter().map(|t| &t.id), "the problem type", diags);
    check_unique(types.iter().map(|t| &t.uri), "the problem type URI", diags);
    for ty in types {
        let id = &ty.id.value;
        let kebab =
            id.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()));
        if !kebab || !id.starts_with(|c: char| c.is_ascii_lowercase()) {
            diags.error(
                ty.id.loc,
                format!("problem type id `{id}` is not lower-case kebab case, as in `quota-exceeded`"),
            );
        }
        let uri = &ty.uri.value;
        if !crate::model::is_absolute_uri(uri) {
            diags.error(
                ty.uri.loc,
                format!("`{uri}` is not an absolute URI; a problem type is named by one (RFC 9457, Section 3.1.1)"),
            );
        }
        match (&ty.status, uri == "about:blank") {
            (Some(status), true) => diags.error(
                status.loc,
                "`about:blank` recommends no status (its status is the response's); remove `status`",
            ),
            (None, false) => diags.error(
                ty.loc,
                format!("problem type `{id}` is missing `status`, the status its registration recommends"),
            ),
            (Some(status), false) => check_recommended(status, registry, &format!("problem type `{id}`"), diags),
            (None, true) => {}
        }
        check_unique(ty.members.iter().map(|m| &m.name), &format!("the member of `{id}`"), diags);
        check_description_length([&ty.description, &ty.description_ja], diags);
    }
}

/// Proxy error types: names that are Structured Field tokens in `snake_case`, each once, and
/// recommended statuses that IANA registered.
fn check_proxy_errors(registry: &Registry, diags: &mut Diagnostics) {
    let errors = &registry.proxy_errors;
    check_unique(errors.iter().map(|e| &e.name), "the proxy error type", diags);
    for error in errors {
        let name = &error.name.value;
        let snake = name.starts_with(|c: char| c.is_ascii_lowercase())
            && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
        if !snake {
            diags.error(
                error.name.loc,
                format!("proxy error type `{name}` is not lower-case snake case, as in `connection_refused`"),
            );
        }
        if let Some(status) = &error.status {
            check_recommended(status, registry, &format!("proxy error type `{name}`"), diags);
        }
        check_unique(error.params.iter().map(|p| &p.name), &format!("the parameter of `{name}`"), diags);
        check_description_length([&error.description, &error.description_ja], diags);
    }
}

/// A status's `proxy_error` names a type of `proxy_errors`, on a vendor's code, and a code whose
/// hint is `always` names a type whose request never went on: the hint says any method may be
/// sent again, which only holds when the next hop never saw it.
fn check_proxy_error_refs(registry: &Registry, diags: &mut Diagnostics) {
    for entry in &registry.statuses {
        let Some(name) = &entry.proxy_error else { continue };
        if entry.is_iana() {
            diags.error(
                name.loc,
                format!(
                    "`proxy_error` is for vendor codes; {:03} is IANA's, whose meaning is not one proxy's",
                    entry.code.value
                ),
            );
            continue;
        }
        let Some(error) = registry.proxy_errors.iter().find(|e| e.name.value == name.value) else {
            let names: Vec<&str> = registry.proxy_errors.iter().map(|e| e.name.value.as_str()).collect();
            let hint = naming::nearest(&name.value, names.iter().copied())
                .map_or_else(String::new, |n| format!("; did you mean `{n}`?"));
            diags.error(
                name.loc,
                format!("unknown proxy error type `{}` (RFC 9209 names them under `proxy_errors`){hint}", name.value),
            );
            continue;
        };
        if entry.retry.value == crate::model::Retry::Always && !error.never_forwarded {
            diags.error(
                entry.retry.loc,
                format!(
                    "{:03} has retry `always` but reports `{}`, after which the next hop may have seen the request; \
                     use `idempotent`, or a proxy error type with `never_forwarded: true`",
                    entry.code.value, name.value
                ),
            );
        }
    }
}

/// An extension adds codes the registry lacks; reusing one would make a code mean two things.
fn check_against_base(statuses: &[Entry], base: &Checked, diags: &mut Diagnostics) {
    for entry in statuses {
        let code = entry.code.value;
        if let Some(taken) = base.statuses.iter().find(|b| b.entry.code.value == code) {
            let owner = base.vendor_of(taken).map_or_else(|| "IANA".to_owned(), |v| v.name.value.clone());
            diags.error(
                entry.code.loc,
                format!(
                    "code {code:03} is already in the registry ({owner}: {}); an extension may only add codes \
                     the registry lacks",
                    taken.entry.reason.value
                ),
            );
        }
    }
}

/// An extension's phrases name its own codes only: a phrase that a registry code has would parse
/// to one code for `StatusCode` and to another for the derived enum.
fn check_phrases_against_base(statuses: &[Entry], base: &Checked, diags: &mut Diagnostics) {
    // An entry whose code the registry has is reported as such; its phrases would repeat it.
    let own = statuses.iter().filter(|e| !base.statuses.iter().any(|b| b.entry.code.value == e.code.value));
    for entry in own {
        for phrase in core::iter::once(&entry.reason).chain(&entry.aliases) {
            let owner = base.statuses.iter().find(|b| {
                core::iter::once(&b.entry.reason)
                    .chain(&b.entry.aliases)
                    .any(|p| p.value.eq_ignore_ascii_case(&phrase.value))
            });
            if let Some(owner) = owner {
                let who = base.vendor_of(owner).map_or_else(|| "IANA".to_owned(), |v| v.name.value.clone());
                diags.error(
                    phrase.loc,
                    format!(
                        "`{}` is the registry's phrase for {:03} ({who}: {}); an extension's phrases name only its \
                         own codes, so choose other words",
                        phrase.value, owner.entry.code.value, owner.entry.reason.value
                    ),
                );
            }
        }
    }
}

/// Vendor ids become cargo feature names, so they must be kebab-case and unique.
fn check_vendor_ids(vendors: &[VendorDef], diags: &mut Diagnostics) {
    let mut seen: HashMap<&str, Loc> = HashMap::new();
    for vendor in vendors {
        let id = vendor.id.value.as_str();
        let well_formed = id.starts_with(|c: char| c.is_ascii_lowercase())
            && !id.ends_with('-')
            && !id.contains("--")
            && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !well_formed {
            diags.error(
                vendor.id.loc,
                format!("vendor id `{id}` is not kebab-case; use lowercase letters, digits and single dashes"),
            );
        }
        if let Some(first) = seen.insert(id, vendor.id.loc) {
            diags.error(vendor.id.loc, format!("vendor `{id}` is declared twice (first at {first}); keep one"));
        }
    }
}

/// Prefixes start variant names, so they must be valid names and must not make two vendors' names meet.
fn check_vendor_prefixes(vendors: &[VendorDef], diags: &mut Diagnostics) {
    let mut seen: HashMap<&str, Loc> = HashMap::new();
    let mut ids: Vec<&str> = Vec::new();
    for vendor in vendors {
        // A vendor declared twice is reported by the id check; its prefix would only repeat that.
        if ids.contains(&vendor.id.value.as_str()) {
            continue;
        }
        ids.push(&vendor.id.value);
        let prefix = vendor.prefix.value.as_str();
        if let Some(problem) = naming::variant_name_problem(prefix) {
            diags.error(vendor.prefix.loc, format!("vendor prefix `{prefix}` is not usable: {problem}; set `prefix`"));
        }
        if let Some(first) = seen.insert(prefix, vendor.prefix.loc) {
            diags.error(
                vendor.prefix.loc,
                format!("vendor prefix `{prefix}` is already used at {first}; give this vendor another `prefix`"),
            );
        }
    }
}

/// Every `vendor:` must name declared vendors, each once, in the order of `vendors:` (so that the
/// first is the one the meaning's precedence and name come from). Returns each entry's vendor
/// indices.
fn resolve_vendors(registry: &Registry, diags: &mut Diagnostics) -> Vec<Vec<usize>> {
    registry
        .statuses
        .iter()
        .map(|entry| {
            let mut indices: Vec<usize> = Vec::new();
            for vendor in &entry.vendors {
                let Some(index) = registry.vendors.iter().position(|v| v.id.value == vendor.value) else {
                    let known: Vec<String> = registry.vendors.iter().map(|v| format!("`{}`", v.id.value)).collect();
                    let known = if known.is_empty() { "none are declared".to_owned() } else { known.join(", ") };
                    diags.error(
                        vendor.loc,
                        format!("unknown vendor `{}`; declare it under `vendors:` (known: {known})", vendor.value),
                    );
                    continue;
                };
                if indices.contains(&index) {
                    diags.error(vendor.loc, format!("vendor `{}` is listed twice; keep one", vendor.value));
                    continue;
                }
                match indices.last() {
                    Some(last) if *last > index => diags.error(
                        vendor.loc,
                        format!(
                            "list `{}` before `{}`, in the order of `vendors:`: the first vendor is the meaning's \
                             precedence and name",
                            vendor.value, registry.vendors[*last].id.value
                        ),
                    ),
                    _ => {}
                }
                indices.push(index);
            }
            indices.sort_unstable();
            indices
        })
        .collect()
}

/// Within IANA (or an extension file, `unowned`), and within each vendor, a code has one meaning.
fn check_duplicate_codes(statuses: &[Entry], unowned: &str, diags: &mut Diagnostics) {
    let mut seen: HashMap<(Option<&str>, u16), Loc> = HashMap::new();
    for entry in statuses {
        let code = entry.code.value;
        let owners = owners(entry);
        for owner in owners {
            if let Some(first) = seen.insert((owner, code), entry.code.loc) {
                let owner = owner.map_or_else(|| unowned.to_owned(), |v| format!("vendor `{v}`"));
                diags.error(
                    entry.code.loc,
                    format!("duplicate code {code:03} for {owner} (first at {first}); merge the two entries"),
                );
            }
        }
    }
}

/// The owners of an entry for the per-owner rules: `None` for IANA, else each vendor id once (a
/// vendor listed twice is reported by `resolve_vendors`).
fn owners(entry: &Entry) -> Vec<Option<&str>> {
    if entry.vendors.is_empty() {
        return vec![None];
    }
    let mut owners: Vec<Option<&str>> = Vec::new();
    for vendor in &entry.vendors {
        if !owners.contains(&Some(vendor.value.as_str())) {
            owners.push(Some(vendor.value.as_str()));
        }
    }
    owners
}

/// Whether two entries belong to the same owners (IANA, or the same vendors).
fn same_owners(a: &Entry, b: &Entry) -> bool {
    a.vendors.iter().map(|v| &v.value).eq(b.vendors.iter().map(|v| &v.value))
}

/// A code and a phrase have one meaning: vendors that send the same code with the same phrase
/// share one entry that lists them all, so the text of a status reads back as that status.
fn check_one_meaning_per_phrase(statuses: &[Entry], diags: &mut Diagnostics) {
    let mut seen: HashMap<(u16, String), (usize, Loc)> = HashMap::new();
    for (index, entry) in statuses.iter().enumerate() {
        for phrase in core::iter::once(&entry.reason).chain(&entry.aliases) {
            let key = (entry.code.value, phrase.value.to_ascii_lowercase());
            match seen.get(&key) {
                // The same entry twice, or the same owners twice, is the phrase or code rule's to report.
                Some(&(first, _)) if first == index || same_owners(&statuses[first], entry) => {}
                Some(&(first, at)) if statuses[first].vendors.is_empty() || entry.vendors.is_empty() => diags.error(
                    phrase.loc,
                    format!(
                        "`{:03} {}` is already the IANA meaning at {at}; a vendor that sends it sends the IANA \
                         status, so remove this entry",
                        entry.code.value, phrase.value
                    ),
                ),
                Some(&(first, at)) => {
                    let ids: Vec<&str> =
                        statuses[first].vendors.iter().chain(&entry.vendors).map(|v| v.value.as_str()).collect();
                    diags.error(
                        phrase.loc,
                        format!(
                            "`{:03} {}` is already the meaning at {at}; vendors that send the same code with the \
                             same phrase share one entry: `vendor: [{}]`",
                            entry.code.value,
                            phrase.value,
                            ids.join(", ")
                        ),
                    );
                }
                None => {
                    seen.insert(key, (index, phrase.loc));
                }
            }
        }
    }
}

/// IANA codes are defined by a specification, and the generated docs link to it.
fn check_spec_references(statuses: &[Entry], diags: &mut Diagnostics) {
    for entry in statuses.iter().filter(|e| e.is_iana() && e.spec.is_none()) {
        diags.error(
            entry.loc,
            format!(
                "code {} has no vendor, so it needs a `spec` reference (e.g. `RFC 9110, Section 15.5.5`); \
                 or set `vendor`",
                entry.code.value
            ),
        );
    }
}

/// `registered` means registered with IANA, and a vendor code is only ever in use: each side keeps
/// its own word, so a listing never calls a vendor code registered. Only IANA codes declare the
/// phrase IANA lists.
fn check_lifecycle_owner(statuses: &[Entry], diags: &mut Diagnostics) {
    for entry in statuses {
        let code = entry.code.value;
        match (entry.lifecycle.value, entry.is_iana()) {
            (Lifecycle::Registered, false) => diags.error(
                entry.lifecycle.loc,
                format!(
                    "code {code} belongs to a vendor, and nobody registers vendor codes; \
                     use `lifecycle: in-use` (or obsolete, deprecated)"
                ),
            ),
            (Lifecycle::InUse, true) => diags.error(
                entry.lifecycle.loc,
                format!("code {code} has no vendor, so it is an IANA code; use `lifecycle: registered`"),
            ),
            _ => {}
        }
        if let (Some(iana), false) = (&entry.iana_reason, entry.is_iana()) {
            diags.error(
                iana.loc,
                format!("code {code} belongs to a vendor, which IANA does not list; remove `iana_reason`"),
            );
        }
    }
}

/// A temporary registration has an expiry date, and only a temporary one does.
fn check_expiry(statuses: &[Entry], diags: &mut Diagnostics) {
    for entry in statuses {
        let temporary = entry.lifecycle.value == Lifecycle::Temporary;
        match &entry.expires {
            None if temporary => diags.error(
                entry.lifecycle.loc,
                format!("code {} is temporary but has no `expires` date; add `expires: YYYY-MM-DD`", entry.code.value),
            ),
            Some(expires) if !temporary => diags.error(
                expires.loc,
                "`expires` applies only to `lifecycle: temporary`; remove it or change the lifecycle",
            ),
            Some(expires) if !is_iso_date(&expires.value) => {
                diags.error(
                    expires.loc,
                    format!("`expires` must be a date the calendar has, as YYYY-MM-DD; found `{}`", expires.value),
                );
            }
            _ => {}
        }
    }
}

/// A `YYYY-MM-DD` date the calendar has (`2025-02-31` is not one).
fn is_iso_date(text: &str) -> bool {
    crate::calendar::iso_date(text).is_some()
}

/// Phrases go on the wire and into the parser: each follows [`crate::phrase::problem`]'s rule, and
/// within IANA or one vendor a phrase names one code, so parsing it is never ambiguous.
fn check_phrases(statuses: &[Entry], diags: &mut Diagnostics) {
    let mut seen: HashMap<(Option<&str>, String), (u16, Loc)> = HashMap::new();
    for entry in statuses {
        let owners = owners(entry);
        for phrase in core::iter::once(&entry.reason).chain(&entry.aliases) {
            if let Some(problem) = crate::phrase::problem(&phrase.value) {
                diags.error(phrase.loc, format!("the phrase {problem}"));
            }
            for owner in &owners {
                let key = (*owner, phrase.value.to_ascii_lowercase());
                match seen.get(&key) {
                    Some(&(code, first)) if code == entry.code.value => {
                        diags.error(
                            phrase.loc,
                            format!(
                                "phrase `{}` is listed twice for code {code} (first at {first}); keep one",
                                phrase.value
                            ),
                        );
                        break;
                    }
                    Some(&(code, first)) => {
                        diags.error(
                            phrase.loc,
                            format!(
                                "phrase `{}` already names code {code} at {first}; a phrase may name one code per vendor",
                                phrase.value
                            ),
                        );
                        break;
                    }
                    None => {
                        seen.insert(key, (entry.code.value, phrase.loc));
                    }
                }
            }
        }
    }
}

/// Descriptions are one or two sentences; a runaway one would bloat every binary that links it.
fn check_descriptions(statuses: &[Entry], diags: &mut Diagnostics) {
    for entry in statuses {
        check_description_length([&entry.description, &entry.description_ja], diags);
    }
}

/// A description (of a status, a problem type or a proxy error type) is one or two sentences.
fn check_description_length(texts: [&Located<String>; 2], diags: &mut Diagnostics) {
    for text in texts {
        if text.value.len() > crate::MAX_DESCRIPTION_LEN {
            diags.error(
                text.loc,
                format!(
                    "the description is {} bytes long; keep it to one or two sentences (at most {} bytes)",
                    text.value.len(),
                    crate::MAX_DESCRIPTION_LEN
                ),
            );
        }
    }
}

/// A header rule names a field as HTTP spells it in lower case, once per entry, and says where the
/// rule is written; a retry note is a sentence.
fn check_rules(statuses: &[Entry], diags: &mut Diagnostics) {
    for entry in statuses {
        let mut seen: HashMap<&str, Loc> = HashMap::new();
        for rule in &entry.headers {
            let name = rule.name.value.as_str();
            // A field name is a token (RFC 9110, Section 5.1); the registry writes it in lower case.
            let token = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b"!#$%&'*+-.^_`|~".contains(&b);
            if name.is_empty() || !name.bytes().all(token) {
                diags.error(
                    rule.name.loc,
                    format!("`{name}` is not a header field name in lower case (letters, digits and `-`: `www-authenticate`)"),
                );
            }
            if let Some(first) = seen.insert(name, rule.name.loc) {
                diags.error(
                    rule.name.loc,
                    format!("header `{name}` has two rules for this code (first at {first}); keep one"),
                );
            }
            if rule.spec.value.trim().is_empty() {
                diags.error(rule.spec.loc, "a header rule needs a `spec` that says where the rule is written");
            }
        }
        if let Some(note) = &entry.retry_note {
            let text = note.value.trim();
            if text.is_empty() || !text.ends_with('.') || text.len() > crate::MAX_DESCRIPTION_LEN {
                diags.error(
                    note.loc,
                    format!("`retry_note` is one sentence ending in `.`, at most {} bytes", crate::MAX_DESCRIPTION_LEN),
                );
            }
        }
    }
}

/// RFC 9110 forbids content in 1xx, 204 and 304 responses; the registry must agree.
fn check_content_rules(statuses: &[Entry], diags: &mut Diagnostics) {
    for entry in statuses.iter().filter(|e| e.is_iana() && e.allows_content) {
        let code = entry.code.value;
        if (100..200).contains(&code) || code == 204 || code == 304 {
            diags.error(entry.loc, format!("code {code} may not carry content (RFC 9110); add `content: false`"));
        }
    }
}

/// Names must be valid variant names, and two entries must not end up with the same one.
fn check_names(statuses: &[CheckedEntry], diags: &mut Diagnostics) {
    let mut seen: HashMap<&str, Loc> = HashMap::new();
    for status in statuses {
        let entry = &status.entry;
        let (loc, from) = match &entry.name {
            Some(name) => (name.loc, "`name`".to_owned()),
            None => (entry.reason.loc, format!("the reason `{}`", entry.reason.value)),
        };
        if let Some(problem) = naming::variant_name_problem(&status.name) {
            diags.error(
                loc,
                format!("{from} gives the variant name `{}`, which is not usable: {problem}; set `name`", status.name),
            );
        }
        if let Some(first) = seen.insert(&status.name, loc) {
            diags.error(
                loc,
                format!("two entries are named `{}` (first at {first}); give one of them another `name`", status.name),
            );
        }
    }
}
