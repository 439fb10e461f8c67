//! The module `statusreg generate --vendors nginx,cloudflare` writes (the snapshot that
//! `cli.rs` compares with the tool's output), compiled under `clippy::pedantic` with warnings denied,
//! and held to the same agreements as the crate's own `StatusCode`.

#![deny(warnings, clippy::pedantic)]

// The file is the tool's output byte for byte, so rustfmt leaves it alone. It allows, itself, the
// dead code of the items a program does not use; its items are `pub` for the user's crate, where
// this workspace's own lint against `pub` in private modules does not apply.
#[allow(unreachable_pub)]
#[rustfmt::skip]
#[path = "../snapshots/generated.rs"]
mod module;

use module::{Class, ParseStatusErrorKind, StatusCode};

#[test]
fn every_code_converts_and_round_trips() {
    for code in 0..=u16::MAX {
        let status = StatusCode::from(code);
        assert_eq!(u16::from(status), code);
        assert_eq!(status.to_string().parse::<StatusCode>(), Ok(status), "{code}");
        if let StatusCode::Unregistered(payload) = status {
            assert_eq!(payload.get(), code);
            assert!(status.info().is_none() && status.reason().is_empty());
        }
    }
}

#[test]
fn every_variant_prints_and_parses_back() {
    assert!(StatusCode::ALL.windows(2).all(|w| w[0].code() <= w[1].code()), "ALL ascends");
    for status in StatusCode::ALL.iter().copied() {
        let info = status.info().expect("a variant has a record");
        assert_eq!(status.to_string(), info.text);
        assert_eq!(info.text.parse::<StatusCode>(), Ok(status), "{status:?}");
        assert_eq!(info.name.parse::<StatusCode>(), Ok(status), "{status:?}");
        assert_eq!(status.class(), Class::from_code(status.code()));
        assert!(status.is_registered());
    }
}

#[test]
fn the_generated_vendors_are_in_and_the_others_are_not() {
    assert_eq!(StatusCode::from(404), StatusCode::NotFound);
    assert_eq!(StatusCode::from(499), StatusCode::NginxClientClosedRequest);
    assert_eq!(StatusCode::from(522).reason(), "Connection Timed Out");
    assert_eq!(StatusCode::from(522).info().and_then(|i| i.vendor).map(module::Vendor::id), Some("cloudflare"));
    assert!(!StatusCode::from(460).is_registered(), "AWS ELB was not generated");
    assert_eq!("payload too large".parse(), Ok(StatusCode::ContentTooLarge));
    assert_eq!("PAYLOAD_TOO_LARGE".parse(), Ok(StatusCode::ContentTooLarge), "http's constant name");
    assert_eq!("413 Request Entity Too Large".parse(), Ok(StatusCode::ContentTooLarge));
    assert_eq!("ContentTooLarge".parse(), Ok(StatusCode::ContentTooLarge));
}

#[test]
fn display_pads_and_parse_errors_say_why() {
    assert_eq!(format!("[{:>16}]", StatusCode::NotFound), "[   404 Not Found]");
    assert_eq!(format!("[{:<5}]", StatusCode::from(7)), "[007  ]");
    let kind = |text: &str| text.parse::<StatusCode>().map_err(|e| e.kind());
    assert_eq!(kind(""), Err(ParseStatusErrorKind::Empty));
    assert_eq!(kind("404 Gone"), Err(ParseStatusErrorKind::ReasonMismatch { code: 404 }));
    assert_eq!(kind("4O4"), Err(ParseStatusErrorKind::InvalidCode));
    assert_eq!(kind("No Such Phrase"), Err(ParseStatusErrorKind::UnknownPhrase));
    assert_eq!("404 Gone".parse::<StatusCode>().unwrap_err().to_string(), "the reason is not a phrase of status 404");
}

/// The module's `StatusCode` is the crate's code over the generated rows: every meaning of the
/// chosen vendors and IANA answers as the crate's own `StatusCode` does.
#[test]
fn the_module_agrees_with_the_crate_on_every_meaning_it_has() {
    use status_registry::{StatusCode as Crate, Vendor};
    let chosen = |s: &Crate| {
        let vendors = s.info().map_or(&[][..], |i| i.vendors);
        vendors.is_empty() || vendors.iter().any(|v| matches!(v, Vendor::Nginx | Vendor::Cloudflare))
    };
    let mut seen = 0;
    for ours in Crate::ALL.iter().copied().filter(chosen) {
        let generated: StatusCode = ours.name().parse().unwrap_or_else(|e| panic!("{ours:?}: {e}"));
        assert_eq!(format!("{generated:?}"), format!("{ours:?}"));
        assert_eq!((generated.code(), generated.reason(), generated.name()), (ours.code(), ours.reason(), ours.name()));
        assert_eq!(generated.to_string(), ours.to_string());
        assert_eq!(generated, ours.code(), "PartialEq<u16>");
        assert!(StatusCode::meanings(ours.code()).any(|m| m == generated));
        assert_eq!(StatusCode::with_phrase(ours.code(), ours.reason()), generated);
        // The same record, field by field (the two crates' types are distinct).
        let (a, b) = (generated.info().unwrap(), ours.info().unwrap());
        assert_eq!(
            (a.code, a.name, a.reason, a.reason_ja, a.text, a.aliases),
            (b.code, b.name, b.reason, b.reason_ja, b.text, b.aliases)
        );
        assert_eq!((a.spec, a.spec_link, a.expires), (b.spec, b.spec_link, b.expires), "{ours:?}");
        assert_eq!(
            (a.lifecycle.as_str(), a.retry.as_str(), a.retry_note),
            (b.lifecycle.as_str(), b.retry.as_str(), b.retry_note)
        );
        assert_eq!((a.cacheable, a.allows_content, a.retry_after), (b.cacheable, b.allows_content, b.retry_after));
        assert_eq!((a.description, a.description_ja), (b.description, b.description_ja));
        let ours_rules: Vec<(&str, &str, &str)> =
            b.headers.iter().map(|r| (r.name, r.level.as_str(), r.spec)).collect();
        let module_rules: Vec<(&str, &str, &str)> =
            a.headers.iter().map(|r| (r.name, r.level.as_str(), r.spec)).collect();
        assert_eq!(module_rules, ours_rules, "{ours:?}");
        let kept: Vec<&str> =
            b.vendors.iter().map(|v| v.id()).filter(|id| ["nginx", "cloudflare"].contains(id)).collect();
        assert_eq!(a.vendors.iter().map(|v| v.id()).collect::<Vec<_>>(), kept, "{ours:?}");
        seen += 1;
    }
    assert_eq!(seen, StatusCode::ALL.len(), "a meaning of the module is not the crate's");
    for code in 0..=999 {
        let any = Crate::meanings(code).any(|s| chosen(&s));
        assert_eq!(StatusCode::lookup(code).is_some(), any, "{code}");
    }
    assert!(StatusCode::from(404) < StatusCode::from(499), "Ord goes by code");
}
