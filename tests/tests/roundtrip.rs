//! Conversions over every u16 value.

use status_registry::{Class, Registry, StatusCode};

#[test]
fn every_u16_round_trips_through_status_code() {
    for code in 0..=u16::MAX {
        let status = StatusCode::from(code);
        assert_eq!(u16::from(status), code);
        assert_eq!(status.code(), code);
        assert_eq!(status.class(), Class::from_code(code));
        let text = status.to_string();
        assert!(text.starts_with(&format!("{code:03}")), "{text}");
        assert_eq!(text.parse::<StatusCode>(), Ok(status), "`{text}` does not parse back");
        // One representation per code: Unregistered never holds a code that has a variant.
        assert_eq!(matches!(status, StatusCode::Unregistered(_)), StatusCode::lookup(code).is_none());
        assert_eq!(<StatusCode as Registry>::lookup(code), StatusCode::lookup(code));
    }
}

#[test]
fn lookup_agrees_with_all() {
    for status in StatusCode::ALL {
        let preferred = StatusCode::lookup(status.code()).unwrap();
        assert_eq!(preferred.code(), status.code());
        assert!(preferred <= *status, "the preferred meaning comes first");
        assert_eq!(StatusCode::meanings(status.code()).next(), Some(preferred));
    }
    let mut sorted = StatusCode::ALL.to_vec();
    sorted.sort();
    assert_eq!(sorted, StatusCode::ALL, "ALL is ascending");
    for code in 0..=999 {
        assert_eq!(StatusCode::lookup(code).is_some(), StatusCode::ALL.iter().any(|s| s.code() == code));
    }
}

#[test]
fn each_meaning_round_trips_through_its_display_text() {
    for status in StatusCode::ALL {
        // Apache and cPanel both send `509 Bandwidth Limit Exceeded`: the text names the code and the
        // phrase, and the preferred of the meanings that share both is what it parses to.
        let same_text = StatusCode::meanings(status.code()).find(|s| s.reason() == status.reason());
        assert_eq!(status.to_string().parse::<StatusCode>().ok(), same_text, "{status}");
        assert_eq!(status.name().parse::<StatusCode>(), Ok(*status), "{}", status.name());
    }
}

#[test]
fn bare_codes_parse_the_same_on_the_fast_path_and_the_general_one() {
    for code in 0..=u16::MAX {
        let status = Ok(StatusCode::from(code));
        // One to three digits take the fast path; padded, longer or spaced forms the general one.
        assert_eq!(code.to_string().parse::<StatusCode>(), status, "{code}");
        assert_eq!(format!("{code:03}").parse::<StatusCode>(), status, "{code:03}");
        assert_eq!(format!(" {code}\t").parse::<StatusCode>(), status, "{code} with spaces");
        assert_eq!(format!("{code:05}").parse::<StatusCode>(), status, "{code:05}");
    }
    for bad in ["", " ", "4O4", "40x", "-1", "+404", "65536", "99999"] {
        assert!(bad.parse::<StatusCode>().is_err(), "{bad:?}");
    }
}
