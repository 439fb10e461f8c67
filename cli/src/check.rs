//! `statusreg check`: validate a registry or extension file with the macro's located errors, and
//! warn about temporary registrations that have expired.

use std::time::{SystemTime, UNIX_EPOCH};

use status_registry_codegen::model::{Checked, Lifecycle};

use crate::{Failure, read_bytes};

/// Overrides today's date (`YYYY-MM-DD`) for the expiry warnings, so output can be reproduced.
pub(crate) const TODAY_VAR: &str = "STATUSREG_TODAY";

pub(crate) fn run(file: &str, extension: bool, base: &Checked) -> Result<String, Failure> {
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
            for warning in expired(&checked, &today()) {
                eprintln!("{file}:{warning}");
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
    let (y, m, d) = civil_date(i64::try_from(secs / 86_400).unwrap_or(0));
    format!("{y:04}-{m:02}-{d:02}")
}

/// The proleptic Gregorian date `days` after 1970-01-01.
fn civil_date(days: i64) -> (i64, i64, i64) {
    // Count in 400-year eras starting on 0000-03-01, so leap days fall at the end of a year.
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// The noun for `count` things: `one` for exactly one, `many` otherwise.
pub(crate) fn plural(count: usize, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 { one } else { many }
}

#[cfg(test)]
mod tests {
    use super::civil_date;

    #[test]
    fn civil_dates_match_known_days() {
        assert_eq!(civil_date(0), (1970, 1, 1));
        assert_eq!(civil_date(11_016), (2000, 2, 29));
        assert_eq!(civil_date(11_017), (2000, 3, 1));
        assert_eq!(civil_date(20_414), (2025, 11, 22));
        assert_eq!(civil_date(-1), (1969, 12, 31));
    }
}
