//! `statusreg check`: validate a registry or extension file with the macro's located errors, and
//! warn about temporary registrations that have expired.

use std::time::{SystemTime, UNIX_EPOCH};

use status_registry_codegen::model::{Checked, Lifecycle};

use crate::{Failure, read_bytes};

/// Overrides today's date (`YYYY-MM-DD`) for the expiry warnings, so output can be reproduced.
pub(crate) const TODAY_VAR: &str = "STATUSREG_TODAY";

/// Checks `file`; with `strict`, a temporary registration past its date fails the check.
pub(crate) fn run(file: &str, extension: bool, strict: bool, base: &Checked) -> Result<String, Failure> {
    let bytes = read_bytes(file)?;
    let checked = status_registry_codegen::decode(&bytes, file).and_then(|source| {
        if extension {
            status_registry_codegen::load_extension(source, file, base)
        } else {
            status_registry_codegen::load(source, file)
        }
    });
    match checked {
        Ok(checked) => {
            let expired = expired(&checked, &today());
            for warning in &expired {
                eprintln!("{file}:{warning}");
            }
            if strict && !expired.is_empty() {
                let count = expired.len();
                return Err(Failure::Failed(format!(
                    "{file}: {count} expired temporary {} (--strict)",
                    plural(count, "registration", "registrations")
                )));
            }
            let kind = if extension { "extension file" } else { "registry" };
            let (statuses, vendors) = (checked.statuses.len(), checked.vendors.len());
            Ok(format!(
                "{file}: valid {kind}: {statuses} {}, {vendors} {}\n",
                plural(statuses, "status", "statuses"),
                plural(vendors, "vendor", "vendors")
            ))
        }
        Err(diags) => {
            let count = diags.len();
            let noun = if count == 1 { "error" } else { "errors" };
            Err(Failure::Failed(format!("{diags}\n{file}: {count} {noun}")))
        }
    }
}

/// A warning, located as `line:column: ...`, for each temporary entry whose `expires` is before
/// `today` (both `YYYY-MM-DD`, which compare as text).
fn expired(checked: &Checked, today: &str) -> Vec<String> {
    checked
        .statuses
        .iter()
        .map(|s| &s.entry)
        .filter(|e| e.lifecycle.value == Lifecycle::Temporary)
        .filter_map(|e| {
            let expires = e.expires.as_ref()?;
            (expires.value.as_str() < today).then(|| {
                format!(
                    "{}:{}: warning: the temporary registration of {:03} {} expired on {}; check IANA's \
                     current list and renew, register or drop it",
                    expires.loc.line, expires.loc.col, e.code.value, e.reason.value, expires.value
                )
            })
        })
        .collect()
}

/// Today's date as `YYYY-MM-DD`: from `STATUSREG_TODAY` when set, else the system clock (UTC).
fn today() -> String {
    if let Some(date) = std::env::var(TODAY_VAR).ok().filter(|d| !d.is_empty()) {
        return date;
    }
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
    status_registry_codegen::iso_date_of_day(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// The noun for `count` things: `one` for exactly one, `many` otherwise.
pub(crate) fn plural(count: usize, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 { one } else { many }
}
