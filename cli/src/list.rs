//! `statusreg list`: the registry as a table, JSON or Markdown, filtered by vendor and class.

use std::fmt::Write;

use serde_json::{Value, json};
use status_registry_codegen::model::{Checked, CheckedEntry, Entry, Level};

use crate::Failure;
use crate::args::{ClassFilter, Format};

pub(crate) fn run(
    extended: &crate::Extended,
    embedded: bool,
    vendor: Option<&str>,
    class: Option<ClassFilter>,
    format: Format,
) -> Result<String, Failure> {
    let registry = &extended.registry;
    // Vendor ids are kebab-case lowercase; any ASCII case is accepted, as `Vendor::from_id` does.
    let vendor = vendor.map(str::to_ascii_lowercase);
    let vendor = vendor.as_deref();
    let known = |id: &str| matches!(id, "iana" | "extension") || registry.vendors.iter().any(|v| v.id.value == id);
    if let Some(id) = vendor.filter(|id| !known(id)) {
        let ids: Vec<&str> = registry.vendors.iter().map(|v| v.id.value.as_str()).collect();
        return Err(Failure::Usage(format!("unknown vendor `{id}`; use iana, extension or one of {}", ids.join(", "))));
    }
    let mut rows: Vec<&CheckedEntry> = registry
        .statuses
        .iter()
        .filter(|s| match vendor {
            None => true,
            Some("extension") => extended.extension_of(s).is_some(),
            Some("iana") => s.vendor.is_none() && extended.extension_of(s).is_none(),
            Some(id) => registry.vendors_of(s).iter().any(|v| v.id.value == id),
        })
        .filter(|s| class.is_none_or(|c| c.contains(s.entry.code.value)))
        .collect();
    // An extension's entries come after the registry's; the list goes by code (a stable sort keeps
    // the registry's precedence within a code).
    rows.sort_by_key(|s| s.entry.code.value);
    Ok(match format {
        Format::Table => table(extended, &rows),
        Format::Json => json_rows(extended, &rows, embedded),
        Format::Markdown => markdown(extended, &rows),
    })
}

/// `statusreg list --problem-types`: the problem types, as a table or JSON (Markdown is the table).
pub(crate) fn problem_types(registry: &Checked, format: Format) -> String {
    let types = &registry.problem_types;
    if format == Format::Json {
        let rows: Vec<Value> = types
            .iter()
            .map(|t| {
                let members: Vec<Value> =
                    t.members.iter().map(|m| json!({"name": m.name.value, "type": m.json_type.value})).collect();
                json!({"name": t.id.value, "uri": t.uri.value, "title": t.title.value,
                       "status": t.status.as_ref().map(|s| s.value), "members": members, "spec": t.spec.value})
            })
            .collect();
        return format!("{}\n", serde_json::to_string_pretty(&rows).unwrap_or_default());
    }
    let width = types.iter().map(|t| t.id.value.len()).max().unwrap_or(4).max(4);
    let mut text = format!("{:<width$}  STATUS  TITLE\n", "NAME");
    for t in types {
        let status = t.status.as_ref().map_or_else(|| "-".to_owned(), |s| format!("{:03}", s.value));
        let _ = writeln!(text, "{:<width$}  {status:<6}  {}", t.id.value, t.title.value);
    }
    text
}

/// `statusreg list --proxy-errors`: the proxy error types, as a table or JSON.
pub(crate) fn proxy_errors(registry: &Checked, format: Format) -> String {
    let errors = &registry.proxy_errors;
    if format == Format::Json {
        let rows: Vec<Value> = errors
            .iter()
            .map(|e| {
                json!({"name": e.name.value, "status": e.status.as_ref().map(|s| s.value),
                       "never_forwarded": e.never_forwarded, "spec": e.spec.value})
            })
            .collect();
        return format!("{}\n", serde_json::to_string_pretty(&rows).unwrap_or_default());
    }
    let width = errors.iter().map(|e| e.name.value.len()).max().unwrap_or(4).max(4);
    let mut text = format!("{:<width$}  STATUS  NEVER FORWARDED\n", "NAME");
    for e in errors {
        let status = e.status.as_ref().map_or_else(|| "-".to_owned(), |s| format!("{:03}", s.value));
        let _ =
            writeln!(text, "{:<width$}  {status:<6}  {}", e.name.value, if e.never_forwarded { "yes" } else { "no" });
    }
    text
}

fn owner(extended: &crate::Extended, status: &CheckedEntry) -> String {
    if extended.extension_of(status).is_some() {
        return "extension".to_owned();
    }
    let ids: Vec<&str> = extended.registry.vendors_of(status).iter().map(|v| v.id.value.as_str()).collect();
    if ids.is_empty() { "iana".to_owned() } else { ids.join(",") }
}

fn table(extended: &crate::Extended, rows: &[&CheckedEntry]) -> String {
    let width = rows.iter().map(|s| s.entry.reason.value.chars().count()).max().unwrap_or(6).max(6);
    let mut text = format!("CODE  {:<width$}  {:<11}  LIFECYCLE\n", "REASON", "VENDOR");
    for s in rows {
        let _ = writeln!(
            text,
            "{:03}   {:<width$}  {:<11}  {}",
            s.entry.code.value,
            s.entry.reason.value,
            owner(extended, s),
            s.entry.lifecycle.value.as_str()
        );
    }
    let _ = writeln!(text, "{} {}", rows.len(), crate::check::plural(rows.len(), "status", "statuses"));
    text
}

fn markdown(extended: &crate::Extended, rows: &[&CheckedEntry]) -> String {
    let mut text = String::from("| code | reason | vendor | lifecycle | reference |\n|---|---|---|---|---|\n");
    for s in rows {
        let spec = match (&s.entry.spec, s.entry.spec_link()) {
            (Some(spec), Some(link)) => format!("[{}]({link})", spec.value),
            (Some(spec), None) => spec.value.clone(),
            (None, _) => String::new(),
        };
        let _ = writeln!(
            text,
            "| {:03} | {} | {} | {} | {} |",
            s.entry.code.value,
            s.entry.reason.value.replace('|', "\\|"),
            owner(extended, s),
            s.entry.lifecycle.value.as_str(),
            spec.replace('|', "\\|")
        );
    }
    text
}

fn json_rows(extended: &crate::Extended, rows: &[&CheckedEntry], embedded: bool) -> String {
    let registry = &extended.registry;
    let values: Vec<Value> = rows
        .iter()
        .map(|s| {
            let own = embedded && extended.extension_of(s).is_none();
            match own.then(|| built_in(registry, s)).flatten() {
                // The embedded registry is the crate's own: its records serialize themselves.
                Some(info) => serde_json::to_value(info).unwrap_or(Value::Null),
                None => record(registry, s),
            }
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&values).unwrap_or_else(|_| "[]".to_owned());
    text.push('\n');
    text
}

/// The crate's record of an entry of the embedded registry.
fn built_in(registry: &Checked, status: &CheckedEntry) -> Option<&'static status_registry::Info> {
    let code = status.entry.code.value;
    let found = match registry.vendor_of(status) {
        Some(vendor) => {
            status_registry::StatusCode::lookup_in(status_registry::Vendor::from_id(&vendor.id.value)?, code)
        }
        None => status_registry::StatusCode::meanings(code).find(|s| s.vendor().is_none()),
    };
    found.and_then(status_registry::StatusCode::info)
}

/// An entry of another registry file, in the shape the crate's `Info` serializes to.
fn record(registry: &Checked, status: &CheckedEntry) -> Value {
    let e = &status.entry;
    json!({
        "code": e.code.value,
        "name": status.name,
        "reason": e.reason.value,
        "reason_ja": e.reason_ja.value,
        "text": status_registry_codegen::display_text(e.code.value, &e.reason.value),
        "aliases": e.aliases.iter().map(|a| a.value.as_str()).collect::<Vec<_>>(),
        "vendor": registry.vendor_of(status).map(|v| v.id.value.as_str()),
        "vendors": registry.vendors_of(status).iter().map(|v| v.id.value.as_str()).collect::<Vec<_>>(),
        "spec": e.spec.as_ref().map(|x| x.value.as_str()),
        "spec_link": e.spec_link(),
        "lifecycle": e.lifecycle.value.as_str(),
        "expires": e.expires.as_ref().map(|x| x.value.as_str()),
        "cacheable": e.cacheable,
        "allows_content": e.allows_content,
        "retry_after": e.retry_after,
        "retry": e.retry.value.as_str(),
        "retry_note": e.retry_note.as_ref().map_or("", |n| n.value.as_str()),
        "proxy_error": e.proxy_error.as_ref().map(|p| p.value.as_str()),
        "headers": rules(e, None),
        "required_headers": rules(e, Some(Level::Must)),
        "recommended_headers": rules(e, Some(Level::Should)),
        "description": e.description.value,
        "description_ja": e.description_ja.value,
    })
}

/// The entry's header rules as records (`level` `None`: every rule, required ones first), or one
/// level's field names.
fn rules(entry: &Entry, level: Option<Level>) -> Value {
    let of = |level: Level| entry.headers.iter().filter(move |r| r.level.value == level);
    match level {
        Some(level) => of(level).map(|r| r.name.value.as_str()).collect::<Vec<_>>().into(),
        None => of(Level::Must)
            .chain(of(Level::Should))
            .map(|r| json!({"name": r.name.value, "level": r.level.value.keyword(), "spec": r.spec.value}))
            .collect::<Vec<_>>()
            .into(),
    }
}

#[cfg(test)]
mod tests {
    /// Another registry file's JSON has exactly the shape and the values the crate's own records
    /// serialize to, entry for entry.
    #[test]
    fn hand_built_records_match_the_crates_serialization() {
        let registry = status_registry_codegen::embedded().unwrap();
        assert!(registry.statuses.len() > 100);
        for status in &registry.statuses {
            let info = super::built_in(registry, status).unwrap_or_else(|| panic!("{} has no record", status.name));
            assert_eq!(super::record(registry, status), serde_json::to_value(info).unwrap(), "{}", status.name);
        }
    }
}
