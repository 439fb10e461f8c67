//! The registry against the IANA export in `fixtures/iana-status-codes.csv`: every registered code is
//! present with the IANA phrase, reference and lifecycle, and no code IANA leaves unassigned is
//! claimed for IANA.

use crate::common;

use status_registry::{Lifecycle, StatusCode};
use status_registry_codegen::iana::{self, Export};
use status_registry_codegen::model;

/// The export, read by the same reader as `statusreg diff --iana`.
fn export() -> Export {
    let text = std::fs::read_to_string(common::fixture("iana-status-codes.csv")).unwrap();
    iana::parse_csv(&text).unwrap()
}

fn runtime_lifecycle(lifecycle: model::Lifecycle) -> Lifecycle {
    match lifecycle {
        model::Lifecycle::Registered => Lifecycle::Registered,
        model::Lifecycle::InUse => Lifecycle::InUse,
        model::Lifecycle::Temporary => Lifecycle::Temporary,
        model::Lifecycle::Unused => Lifecycle::Unused,
        model::Lifecycle::Obsolete => Lifecycle::Obsolete,
        model::Lifecycle::Deprecated => Lifecycle::Deprecated,
    }
}

#[test]
fn every_iana_code_is_present_with_its_phrase_reference_and_lifecycle() {
    let export = export();
    assert_eq!(export.assigned.len(), 64, "the IANA export lists 64 codes");
    for row in &export.assigned {
        let status = StatusCode::lookup(row.code).unwrap_or_else(|| panic!("{} is missing", row.code));
        let info = status.info().unwrap();
        assert_eq!(info.vendor, None, "{} must be the IANA meaning", row.code);
        // 306 and 418 keep the phrases software sends; IANA lists both as `(Unused)`.
        if row.reason != "(Unused)" {
            assert_eq!(info.reason, row.reason, "reason of {}", row.code);
        }
        assert_eq!(info.spec, Some(row.reference.as_str()), "reference of {}", row.code);
        assert_eq!(info.expires, row.expires.as_deref(), "expiry of {}", row.code);
        // IANA marks only unused, temporary and obsoleted codes; 305 is deprecated by RFC 9110 itself.
        let expected = if row.code == 305 { Lifecycle::Deprecated } else { runtime_lifecycle(row.lifecycle) };
        assert_eq!(info.lifecycle, expected, "lifecycle of {}", row.code);
    }
}

#[test]
fn no_unassigned_code_is_claimed_for_iana() {
    let export = export();
    let unassigned: Vec<u16> = export.unassigned.iter().flat_map(|&(lo, hi)| lo..=hi).collect();
    assert_eq!(export.assigned.len() + unassigned.len(), 500, "the export covers 100..=599");
    for code in unassigned {
        assert!(StatusCode::meanings(code).all(|s| s.vendor().is_some()), "{code} is unassigned at IANA");
    }
    for status in StatusCode::ALL.iter().filter(|s| s.vendor().is_none()) {
        assert!(export.assigned.iter().any(|a| a.code == status.code()), "{status} is not in the IANA export");
    }
}

#[test]
fn the_registry_diffs_clean_against_the_export() {
    let checked = status_registry_codegen::load(status_registry_codegen::EMBEDDED, "registry.yaml").unwrap();
    assert_eq!(iana::diff(&checked, &export()), []);
}

#[test]
fn vendor_codes_are_in_use_and_iana_codes_are_not() {
    for status in StatusCode::ALL {
        let lifecycle = status.info().unwrap().lifecycle;
        match status.vendor() {
            Some(_) => assert_ne!(lifecycle, Lifecycle::Registered, "{status} is a vendor code"),
            None => assert_ne!(lifecycle, Lifecycle::InUse, "{status} is an IANA code"),
        }
    }
}

#[test]
fn unused_parses_to_306_and_every_status_line_of_the_export_reads() {
    assert_eq!("(Unused)".parse(), Ok(StatusCode::SwitchProxy));
    assert_eq!("306 (Unused)".parse(), Ok(StatusCode::SwitchProxy));
    for row in &export().assigned {
        let line = format!("HTTP/1.1 {} {}", row.code, row.reason);
        let parsed = status_registry::StatusLine::parse(&line).unwrap();
        assert_eq!(parsed.status(), StatusCode::lookup(row.code).unwrap(), "{line}");
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
