//! Conversions over every u16 value.

use status_registry::{Class, ParseStatusErrorKind, Registry, StatusCode};

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
        // No two meanings share a code and a phrase, so the text names exactly one of them.
        assert_eq!(status.to_string().parse::<StatusCode>(), Ok(*status), "{status}");
        assert_eq!(status.name().parse::<StatusCode>(), Ok(*status), "{}", status.name());
    }
}

#[test]
fn bare_codes_are_three_digits_or_the_plain_number_above_999() {
    for code in 0..=u16::MAX {
        let status = Ok(StatusCode::from(code));
        // The form Display writes parses, on the fast path (three digits) or the general one, and so
        // does it with white space around it.
        let canonical = format!("{code:03}");
        assert_eq!(canonical.parse::<StatusCode>(), status, "{canonical}");
        assert_eq!(format!(" {canonical}\t").parse::<StatusCode>(), status, "{canonical} with spaces");
        // Any other spelling of the number is refused, as `http` refuses it: `7`, `42`, `0404`.
        for other in [code.to_string(), format!("{code:04}"), format!("{code:05}"), format!("0{canonical}")] {
            if other != canonical {
                let kind = other.parse::<StatusCode>().map_err(|e| e.kind());
                assert_eq!(kind, Err(ParseStatusErrorKind::InvalidCode), "{other}");
            }
        }
    }
    for bad in ["", " ", "4O4", "40x", "-1", "+404", "65536", "99999", "0404", "00000000404"] {
        assert!(bad.parse::<StatusCode>().is_err(), "{bad:?}");
    }
    // The message states both accepted forms, since `1000` parses while `65536` and `0404` do not.
    for refused in ["0404", "65536", "7"] {
        let message = refused.parse::<StatusCode>().unwrap_err().to_string();
        assert_eq!(
            message,
            "invalid status code; a status code is three digits (000 to 999) or, above 999, the number without \
             leading zeros, up to 65535",
            "{refused}"
        );
    }
    assert_eq!("1000".parse::<StatusCode>().map(StatusCode::code), Ok(1000));
}
