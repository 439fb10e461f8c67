//! `statusreg list`: the registry as a table, JSON or Markdown, filtered by vendor and class.

use std::fmt::Write;

use serde_json::{Value, json};
use status_registry_codegen::model::{Checked, CheckedEntry};

use crate::Failure;
use crate::args::{ClassFilter, Format};

pub(crate) fn run(
    registry: &Checked,
    vendor: Option<&str>,
    class: Option<ClassFilter>,
    format: Format,
) -> Result<String, Failure> {
    // Vendor ids are kebab-case lowercase; any ASCII case is accepted, as `Vendor::from_id` does.
    let vendor = vendor.map(str::to_ascii_lowercase);
    let vendor = vendor.as_deref();
    if let Some(id) = vendor.filter(|id| *id != "iana" && !registry.vendors.iter().any(|v| v.id.value == *id)) {
        let ids: Vec<&str> = registry.vendors.iter().map(|v| v.id.value.as_str()).collect();
        return Err(Failure::Usage(format!("unknown vendor `{id}`; use iana or one of {}", ids.join(", "))));
    }
    let rows: Vec<&CheckedEntry> = registry
        .statuses
        .iter()
        .filter(|s| match vendor {
            None => true,
            Some("iana") => s.vendor.is_none(),
            Some(id) => registry.vendor_of(s).is_some_and(|v| v.id.value == id),
        })
        .filter(|s| class.is_none_or(|c| c.contains(s.entry.code.value)))
        .collect();
    Ok(match format {
        Format::Table => table(registry, &rows),
        Format::Json => json_rows(registry, &rows),
        Format::Markdown => markdown(registry, &rows),
    })
}

fn owner(registry: &Checked, status: &CheckedEntry) -> String {
    registry.vendor_of(status).map_or_else(|| "iana".to_owned(), |v| v.id.value.clone())
}

fn table(registry: &Checked, rows: &[&CheckedEntry]) -> String {
    let width = rows.iter().map(|s| s.entry.reason.value.chars().count()).max().unwrap_or(6).max(6);
    let mut text = format!("CODE  {:<width$}  {:<11}  LIFECYCLE\n", "REASON", "VENDOR");
    for s in rows {
        let _ = writeln!(
            text,
            "{:03}   {:<width$}  {:<11}  {}",
            s.entry.code.value,
            s.entry.reason.value,
            owner(registry, s),
            s.entry.lifecycle.value.keyword()
        );
    }
    let _ = writeln!(text, "{} statuses", rows.len());
    text
}

fn markdown(registry: &Checked, rows: &[&CheckedEntry]) -> String {
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
            owner(registry, s),
            s.entry.lifecycle.value.keyword(),
            spec.replace('|', "\\|")
        );
    }
    text
}

fn json_rows(registry: &Checked, rows: &[&CheckedEntry]) -> String {
    let values: Vec<Value> = rows
        .iter()
        .map(|s| {
            let e = &s.entry;
            json!({
                "code": e.code.value,
                "name": s.name,
                "reason": e.reason.value,
                "reason_ja": e.reason_ja.value,
                "aliases": e.aliases.iter().map(|a| a.value.as_str()).collect::<Vec<_>>(),
                "vendor": registry.vendor_of(s).map(|v| v.id.value.as_str()),
                "spec": e.spec.as_ref().map(|x| x.value.as_str()),
                "spec_link": e.spec_link(),
                "lifecycle": e.lifecycle.value.keyword(),
                "expires": e.expires.as_ref().map(|x| x.value.as_str()),
                "cacheable": e.cacheable,
                "content": e.allows_content,
                "retry_after": e.retry_after,
                "retry": e.retry.value.keyword(),
                "description": { "en": e.description.value, "ja": e.description_ja.value },
            })
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&values).unwrap_or_else(|_| "[]".to_owned());
    text.push('\n');
    text
}
