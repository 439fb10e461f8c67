//! The registry against the IANA export in `fixtures/iana-status-codes.csv`: every registered code is
//! present with the IANA phrase, reference and lifecycle, and no code IANA leaves unassigned is
//! claimed for IANA.

mod common;

use status_registry::{Lifecycle, StatusCode};

struct Row {
    code: u16,
    reason: String,
    reference: String,
    lifecycle: Lifecycle,
    expires: Option<String>,
}

/// `[RFC9110, Section 15.2.1]` -> `RFC 9110, Section 15.2.1`; `[RFC2774][Status change ...]` -> `RFC 2774`.
fn reference(raw: &str) -> String {
    let first = raw.trim_start_matches('[').split(']').next().unwrap();
    match first.strip_prefix("RFC") {
        Some(rest) => format!("RFC {rest}"),
        None => first.to_owned(),
    }
}

fn iana() -> (Vec<Row>, Vec<u16>) {
    let text = std::fs::read_to_string(common::fixture("iana-status-codes.csv")).unwrap();
    let mut rows = Vec::new();
    let mut unassigned = Vec::new();
    for line in text.lines().skip(1) {
        let f = common::csv_fields(line);
        if f[1] == "Unassigned" {
            let (lo, hi) = f[0].split_once('-').unwrap_or((&f[0], &f[0]));
            unassigned.extend(lo.parse::<u16>().unwrap()..=hi.parse::<u16>().unwrap());
            continue;
        }
        let code = f[0].parse().unwrap();
        let description = f[1].as_str();
        let (reason, lifecycle, expires) = if description == "(Unused)" {
            (None, Lifecycle::Unused, None)
        } else if let Some(reason) = description.strip_suffix(" (OBSOLETED)") {
            (Some(reason), Lifecycle::Obsolete, None)
        } else if let Some((reason, note)) = description.split_once(" (TEMPORARY") {
            let expires = note.split("expires ").nth(1).unwrap().trim_end_matches(')').to_owned();
            (Some(reason), Lifecycle::Temporary, Some(expires))
        } else {
            (Some(description), Lifecycle::Registered, None)
        };
        rows.push(Row {
            code,
            reason: reason.unwrap_or_default().to_owned(),
            reference: reference(&f[2]),
            lifecycle,
            expires,
        });
    }
    (rows, unassigned)
}

#[test]
fn every_iana_code_is_present_with_its_phrase_reference_and_lifecycle() {
    let (rows, _) = iana();
    assert_eq!(rows.len(), 64, "the IANA export lists 64 codes");
    for row in &rows {
        let status = StatusCode::lookup(row.code).unwrap_or_else(|| panic!("{} is missing", row.code));
        let info = status.info().unwrap();
        assert_eq!(info.vendor, None, "{} must be the IANA meaning", row.code);
        if !row.reason.is_empty() {
            assert_eq!(info.reason, row.reason, "reason of {}", row.code);
        }
        assert_eq!(info.spec, Some(row.reference.as_str()), "reference of {}", row.code);
        assert_eq!(info.expires, row.expires.as_deref(), "expiry of {}", row.code);
        // IANA marks only unused, temporary and obsoleted codes; 305 is deprecated by RFC 9110 itself.
        let expected = if row.code == 305 { Lifecycle::Deprecated } else { row.lifecycle };
        assert_eq!(info.lifecycle, expected, "lifecycle of {}", row.code);
    }
}

#[test]
fn no_unassigned_code_is_claimed_for_iana() {
    let (rows, unassigned) = iana();
    assert_eq!(rows.len() + unassigned.len(), 500, "the export covers 100..=599");
    for code in unassigned {
        assert!(StatusCode::meanings(code).all(|s| s.vendor().is_some()), "{code} is unassigned at IANA");
    }
    let iana_codes: Vec<u16> = rows.iter().map(|r| r.code).collect();
    for status in StatusCode::ALL.iter().filter(|s| s.vendor().is_none()) {
        assert!(iana_codes.contains(&status.code()), "{status} is not in the IANA export");
    }
}

#[test]
fn rfc_references_link_to_the_section() {
    let info = StatusCode::NotFound.info().unwrap();
    assert_eq!(info.spec_link, Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"));
    assert_eq!(StatusCode::TooManyRequests.info().unwrap().spec_link, Some("https://www.rfc-editor.org/rfc/rfc6585"));
    assert_eq!(StatusCode::UploadResumptionSupported.info().unwrap().spec_link, None);
}

#[test]
fn the_teapot_keeps_its_phrase_and_is_recorded_unused() {
    let teapot = StatusCode::from(418);
    assert_eq!(teapot, StatusCode::ImATeapot);
    assert_eq!(teapot.reason(), "I'm a teapot");
    assert_eq!(teapot.info().unwrap().lifecycle, Lifecycle::Unused);
}

#[test]
fn rfc_9110_semantics_are_recorded() {
    // Heuristically cacheable codes, RFC 9110 Section 15.1.
    let cacheable: Vec<u16> =
        StatusCode::ALL.iter().filter(|s| s.info().unwrap().cacheable).map(|s| s.code()).collect();
    assert_eq!(cacheable, [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501]);
    // No content in 1xx, 204 and 304.
    for status in StatusCode::ALL.iter().filter(|s| s.vendor().is_none()) {
        let code = status.code();
        let forbidden = (100..200).contains(&code) || code == 204 || code == 304 || code == 205;
        assert_eq!(status.info().unwrap().allows_content, !forbidden, "content of {code}");
    }
}
