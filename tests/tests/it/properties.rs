//! Property tests: no input panics the parsers, and what they accept is consistent.

use proptest::prelude::*;
use status_registry::{StatusCode, StatusRegistry};

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(serde, http)]
enum Api {
    Ok,
    NotFound,
    #[status(other)]
    Other(u16),
}

/// Text that looks like registry YAML often enough to reach deep into the loader.
fn yamlish() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("statuses:".to_owned()),
        Just("vendors:".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("  ".to_owned()),
        Just("\t".to_owned()),
        Just("- ".to_owned()),
        Just("code: ".to_owned()),
        Just("reason: ".to_owned()),
        Just("reason_ja: ".to_owned()),
        Just("lifecycle: registered".to_owned()),
        Just("lifecycle: in-use".to_owned()),
        Just("iana_reason: ".to_owned()),
        Just("retry: never".to_owned()),
        Just("description:".to_owned()),
        Just("en: ".to_owned()),
        Just("ja: ".to_owned()),
        Just("vendor: nginx".to_owned()),
        Just("id: nginx".to_owned()),
        Just("[".to_owned()),
        Just("]".to_owned()),
        Just("{".to_owned()),
        Just("}".to_owned()),
        Just(", ".to_owned()),
        Just("&a ".to_owned()),
        Just("*a".to_owned()),
        Just("'".to_owned()),
        Just("\"".to_owned()),
        Just("#".to_owned()),
        Just("---".to_owned()),
        Just("\u{feff}".to_owned()),
        (0u32..2000).prop_map(|n| n.to_string()),
        "[a-zA-Z ]{0,12}",
        "\\PC{0,4}",
    ];
    proptest::collection::vec(pieces, 0..80).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parsing_any_string_never_panics(text in "\\PC{0,40}") {
        if let Ok(status) = text.parse::<StatusCode>() {
            // Whatever parses names a code that the status reports back.
            prop_assert_eq!(status.to_string().parse::<StatusCode>().map(status_registry::StatusCode::code), Ok(status.code()));
        }
        let _ = text.parse::<Api>();
    }

    #[test]
    fn parsing_code_like_strings_never_panics(text in "[0-9 ]{0,8}[A-Za-z' -]{0,30}") {
        let _ = text.parse::<StatusCode>();
        let _ = text.parse::<Api>();
    }

    #[test]
    fn deserializing_any_bytes_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..40)) {
        if let Ok(status) = serde_json::from_slice::<StatusCode>(&bytes) {
            prop_assert_eq!(serde_json::to_string(&status).unwrap(), status.code().to_string());
        }
        let _ = serde_json::from_slice::<Api>(&bytes);
    }

    #[test]
    fn deserializing_numbers_is_total_over_u16(n in any::<i64>()) {
        let parsed = serde_json::from_str::<StatusCode>(&n.to_string());
        prop_assert_eq!(parsed.is_ok(), (0..=i64::from(u16::MAX)).contains(&n));
    }

    #[test]
    fn the_loader_never_panics_and_locates_its_errors(text in yamlish()) {
        let lines = text.split('\n').count() + 1;
        if let Err(diags) = status_registry_codegen::load(&text, "fuzz.yaml") {
            prop_assert!(!diags.is_empty());
            for diag in diags.items() {
                prop_assert_eq!(&diag.origin, "fuzz.yaml");
                if let Some(loc) = diag.loc {
                    prop_assert!(loc.line >= 1 && loc.line <= lines, "{} in {} lines", diag, lines);
                    prop_assert!(loc.col >= 1);
                }
                prop_assert!(!diag.message.is_empty());
            }
        }
    }

    #[test]
    fn status_lines_from_any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..48)) {
        check_status_line(&String::from_utf8_lossy(&bytes))?;
    }

    #[test]
    fn status_line_shaped_text_never_panics(text in status_lineish()) {
        check_status_line(&text)?;
    }
}

/// Text that looks like a status line often enough to reach every branch of the reader.
fn status_lineish() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("HTTP/".to_owned()),
        Just("HTTP/1.1 ".to_owned()),
        Just("http/2".to_owned()),
        Just(" ".to_owned()),
        Just("\t".to_owned()),
        Just("\r".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just(".".to_owned()),
        Just("Not Found".to_owned()),
        Just("Site is frozen".to_owned()),
        Just("\u{fe0f}\u{0301}é漢".to_owned()),
        (0u32..20_000).prop_map(|n| n.to_string()),
        "[0-9O]{0,5}",
        "\\PC{0,6}",
    ];
    proptest::collection::vec(pieces, 0..10).prop_map(|p| p.concat())
}

/// Whatever `StatusLine::parse` accepts is consistent: a code of three digits, the status of that
/// code, a reason without line breaks, and a `Display` form that reads back the same.
fn check_status_line(text: &str) -> Result<(), TestCaseError> {
    use status_registry::StatusLine;
    match StatusLine::parse(text) {
        Ok(line) => {
            prop_assert!(line.code() <= 999);
            prop_assert_eq!(line.status().code(), line.code());
            prop_assert!(!line.reason().contains(['\r', '\n']));
            prop_assert!(text.contains(line.reason()));
            let shown = line.to_string();
            let again = StatusLine::parse(&shown).map_err(|e| TestCaseError::fail(format!("`{shown}`: {e}")))?;
            prop_assert_eq!(again, line);
        }
        Err(error) => {
            prop_assert!(error.offset() <= text.len());
            prop_assert!(!error.to_string().is_empty());
        }
    }
    Ok(())
}
