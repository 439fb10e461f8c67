//! The IANA "HTTP Status Code Registry" export and its comparison with a registry.
//!
//! IANA publishes the registry as CSV with the columns `Value`, `Description` and `Reference`
//! (`https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv`). A value is a
//! code or a range (`105-199`); a description is a phrase, `Unassigned`, or a phrase with a status
//! note (`Not Extended (OBSOLETED)`, `... (TEMPORARY - registered ..., expires 2026-11-13)`);
//! references are bracketed (`[RFC9110, Section 15.2.1]`, `[RFC2774][Status change ...]`).
//!
//! [`diff`] lists every way the IANA entries of a [`Checked`] registry differ from an [`Export`].
//! Deviations made on purpose are declared in the registry (`iana_reason` for 306 and 418) and do
//! not count; IANA does not mark deprecation, so a `deprecated` code matches a plain IANA row.

use std::fmt;

use crate::model::{Checked, Lifecycle};

/// One assigned code of the export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assigned {
    /// The code.
    pub code: u16,
    /// The phrase, without IANA's status note.
    pub reason: String,
    /// The references in the registry's spelling, joined with `; ` (`RFC 9110, Section 15.2.1`).
    pub reference: String,
    /// The status IANA notes: registered, temporary, obsoleted or unused.
    pub lifecycle: Lifecycle,
    /// The expiry date of a temporary registration.
    pub expires: Option<String>,
    /// The line of the CSV, from 1.
    pub line: usize,
}

/// An IANA export: its assigned codes and its unassigned ranges, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Export {
    /// Every assigned code.
    pub assigned: Vec<Assigned>,
    /// Every `Unassigned` row, as an inclusive range.
    pub unassigned: Vec<(u16, u16)>,
}

/// A line of the CSV that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvError {
    /// The line, from 1.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for CsvError {}

/// Reads an export in IANA's CSV format. The first line is the header.
///
/// # Errors
///
/// The first line that is not three fields with a code or range in the first.
pub fn parse_csv(text: &str) -> Result<Export, CsvError> {
    let mut export = Export::default();
    let mut lines = text.lines().enumerate().map(|(i, l)| (i + 1, l));
    match lines.next() {
        Some((_, header)) if fields(header).is_some_and(|f| f.len() == 3 && f[0] == "Value") => {}
        _ => {
            return Err(CsvError { line: 1, message: "expected the header `Value,Description,Reference`".to_owned() });
        }
    }
    for (line, text) in lines {
        if text.trim().is_empty() {
            continue;
        }
        let error = |message: String| CsvError { line, message };
        let row = fields(text).ok_or_else(|| error("an unclosed quote".to_owned()))?;
        let [value, description, reference] = row.as_slice() else {
            return Err(error(format!("expected 3 fields, found {}", row.len())));
        };
        let number = |s: &str| s.trim().parse::<u16>().map_err(|_| error(format!("`{s}` is not a code")));
        let (first, last) = match value.split_once('-') {
            Some((a, b)) => (number(a)?, number(b)?),
            None => (number(value)?, number(value)?),
        };
        if first > last {
            return Err(error(format!("the range `{value}` is empty")));
        }
        if description == "Unassigned" {
            export.unassigned.push((first, last));
            continue;
        }
        let (reason, lifecycle, expires) = status_note(description);
        for code in first..=last {
            export.assigned.push(Assigned {
                code,
                reason: reason.clone(),
                reference: references(reference),
                lifecycle,
                expires: expires.clone(),
                line,
            });
        }
    }
    Ok(export)
}

/// The fields of one CSV line, with RFC 4180 quoting; `None` for an unclosed quote.
fn fields(line: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(std::mem::take(&mut field)),
            _ => field.push(c),
        }
    }
    out.push(field);
    (!quoted).then_some(out)
}

/// `Not Extended (OBSOLETED)` -> the phrase and the status IANA notes.
fn status_note(description: &str) -> (String, Lifecycle, Option<String>) {
    if description == "(Unused)" {
        return (description.to_owned(), Lifecycle::Unused, None);
    }
    if let Some(reason) = description.strip_suffix(" (OBSOLETED)") {
        return (reason.to_owned(), Lifecycle::Obsolete, None);
    }
    if let Some((reason, note)) = description.split_once(" (TEMPORARY") {
        let expires = note.split("expires ").nth(1).map(|d| d.trim_end_matches(')').trim().to_owned());
        return (reason.to_owned(), Lifecycle::Temporary, expires);
    }
    (description.to_owned(), Lifecycle::Registered, None)
}

/// `[RFC9110, Section 15.2.1]` -> `RFC 9110, Section 15.2.1`; several are joined with `; `.
fn references(raw: &str) -> String {
    raw.split(['[', ']'])
        .filter(|r| !r.trim().is_empty())
        .map(|r| match r.strip_prefix("RFC") {
            Some(number) if number.starts_with(|c: char| c.is_ascii_digit()) => format!("RFC {number}"),
            _ => r.trim().to_owned(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// One way the registry and the export differ.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Difference {
    /// IANA assigns the code and the registry has no IANA entry for it.
    Missing {
        /// The code.
        code: u16,
        /// IANA's phrase.
        iana: String,
    },
    /// The registry has an IANA entry for a code IANA does not assign.
    Extra {
        /// The code.
        code: u16,
        /// The registry's phrase.
        registry: String,
    },
    /// The phrases differ (the registry's `iana_reason` when it declares one).
    Phrase {
        /// The code.
        code: u16,
        /// The registry's phrase.
        registry: String,
        /// IANA's phrase.
        iana: String,
    },
    /// The references differ.
    Reference {
        /// The code.
        code: u16,
        /// The registry's `spec`.
        registry: String,
        /// IANA's references, in the registry's spelling.
        iana: String,
    },
    /// The lifecycle or expiry date differs.
    Lifecycle {
        /// The code.
        code: u16,
        /// The registry's lifecycle, with its expiry date.
        registry: String,
        /// IANA's status note, with its expiry date.
        iana: String,
    },
    /// An unassigned range of the export is not a gap between the registry's IANA codes, or a gap
    /// is not an unassigned range of the export.
    Range {
        /// The export's range, if it has this one.
        iana: Option<(u16, u16)>,
        /// The registry's gap, if it has this one.
        registry: Option<(u16, u16)>,
    },
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let range = |r: (u16, u16)| if r.0 == r.1 { format!("{}", r.0) } else { format!("{}-{}", r.0, r.1) };
        match self {
            Difference::Missing { code, iana } => write!(f, "missing   {code:03}: IANA assigns `{iana}`"),
            Difference::Extra { code, registry } => {
                write!(f, "extra     {code:03}: the registry has `{registry}`, which IANA does not assign")
            }
            Difference::Phrase { code, registry, iana } => {
                write!(f, "phrase    {code:03}: registry `{registry}`, IANA `{iana}`")
            }
            Difference::Reference { code, registry, iana } => {
                write!(f, "reference {code:03}: registry `{registry}`, IANA `{iana}`")
            }
            Difference::Lifecycle { code, registry, iana } => {
                write!(f, "lifecycle {code:03}: registry {registry}, IANA {iana}")
            }
            Difference::Range { iana: Some(r), registry: None } => {
                write!(f, "range     {}: unassigned at IANA, not a gap in the registry", range(*r))
            }
            Difference::Range { iana: None, registry: Some(r) } => {
                write!(f, "range     {}: a gap in the registry, not an unassigned range at IANA", range(*r))
            }
            Difference::Range { iana, registry } => write!(f, "range     {iana:?} against {registry:?}"),
        }
    }
}

/// A lifecycle and expiry as the diff prints them: `temporary (expires 2026-11-13)`.
fn lifecycle_text(lifecycle: Lifecycle, expires: Option<&str>) -> String {
    match expires {
        Some(date) => format!("{} (expires {date})", lifecycle.as_str()),
        None => lifecycle.as_str().to_owned(),
    }
}

/// Every difference between the IANA entries of `checked` and `export`, by code, then the ranges.
#[must_use]
pub fn diff(checked: &Checked, export: &Export) -> Vec<Difference> {
    let ours: Vec<_> = checked.statuses.iter().map(|s| &s.entry).filter(|e| e.is_iana()).collect();
    let mut out = Vec::new();
    let mut codes: Vec<u16> = ours.iter().map(|e| e.code.value).chain(export.assigned.iter().map(|a| a.code)).collect();
    codes.sort_unstable();
    codes.dedup();
    for code in codes {
        let entry = ours.iter().find(|e| e.code.value == code);
        let row = export.assigned.iter().find(|a| a.code == code);
        let (entry, row) = match (entry, row) {
            (Some(entry), Some(row)) => (entry, row),
            (None, Some(row)) => {
                out.push(Difference::Missing { code, iana: row.reason.clone() });
                continue;
            }
            (Some(entry), None) => {
                out.push(Difference::Extra { code, registry: entry.reason.value.clone() });
                continue;
            }
            (None, None) => continue,
        };
        let phrase = entry.iana_reason.as_ref().unwrap_or(&entry.reason).value.as_str();
        if phrase != row.reason {
            out.push(Difference::Phrase { code, registry: phrase.to_owned(), iana: row.reason.clone() });
        }
        let spec = entry.spec.as_ref().map_or("", |s| s.value.as_str());
        if spec != row.reference {
            out.push(Difference::Reference { code, registry: spec.to_owned(), iana: row.reference.clone() });
        }
        let ours = entry.lifecycle.value;
        let expires = entry.expires.as_ref().map(|e| e.value.as_str());
        let same = match row.lifecycle {
            Lifecycle::Registered => matches!(ours, Lifecycle::Registered | Lifecycle::Deprecated),
            theirs => ours == theirs && expires == row.expires.as_deref(),
        };
        if !same {
            out.push(Difference::Lifecycle {
                code,
                registry: lifecycle_text(ours, expires),
                iana: lifecycle_text(row.lifecycle, row.expires.as_deref()),
            });
        }
    }

    // The registry's gaps: runs of 100..=599 with no IANA entry, the span IANA's export covers.
    let mut gaps = Vec::new();
    let mut start = None;
    for code in 100..=600u16 {
        let free = code < 600 && !ours.iter().any(|e| e.code.value == code);
        match (free, start) {
            (true, None) => start = Some(code),
            (false, Some(s)) => {
                gaps.push((s, code - 1));
                start = None;
            }
            _ => {}
        }
    }
    for range in &export.unassigned {
        if !gaps.contains(range) {
            out.push(Difference::Range { iana: Some(*range), registry: None });
        }
    }
    for gap in gaps {
        if !export.unassigned.contains(&gap) {
            out.push(Difference::Range { iana: None, registry: Some(gap) });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoting_notes_and_references() {
        let export = parse_csv(
            "Value,Description,Reference\n\
             104,\"Upload Resumption Supported (TEMPORARY - registered 2024-11-13, expires 2026-11-13)\",[draft-x-05]\n\
             105-199,Unassigned,\n\
             510,Not Extended (OBSOLETED),[RFC2774][Status change of HTTP experiments to Historic]\n",
        )
        .unwrap();
        assert_eq!(export.unassigned, [(105, 199)]);
        let temp = &export.assigned[0];
        assert_eq!((temp.reason.as_str(), temp.lifecycle), ("Upload Resumption Supported", Lifecycle::Temporary));
        assert_eq!(temp.expires.as_deref(), Some("2026-11-13"));
        let old = &export.assigned[1];
        assert_eq!(old.reference, "RFC 2774; Status change of HTTP experiments to Historic");
        assert_eq!((old.lifecycle, old.line), (Lifecycle::Obsolete, 4));
    }

    #[test]
    fn malformed_rows_name_their_line() {
        assert_eq!(parse_csv("code,phrase\n").unwrap_err().line, 1);
        let error = parse_csv("Value,Description,Reference\n200,OK,[RFC9110]\n2x0,Odd,\n").unwrap_err();
        assert_eq!(error.to_string(), "line 3: `2x0` is not a code");
        assert_eq!(parse_csv("Value,Description,Reference\n200,\"OK,[RFC9110]\n").unwrap_err().line, 2);
    }
}
