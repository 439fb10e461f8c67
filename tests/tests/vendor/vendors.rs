//! Every vendor code of the reference material is present under its vendor's feature, and absent
//! without it. The test adapts to the features of the build; `features.rs` checks that the test
//! matrix really runs with none and with all vendors.

use crate::common;

use status_registry::{StatusCode, Vendor};

fn vendor_codes() -> Vec<(Vendor, u16, String)> {
    common::tsv("vendor-codes.tsv")
        .into_iter()
        .map(|row| {
            let vendor = Vendor::from_id(&row[0]).unwrap_or_else(|| panic!("unknown vendor {}", row[0]));
            (vendor, row[1].parse().unwrap(), row[2].clone())
        })
        .collect()
}

#[test]
fn every_listed_vendor_code_follows_its_feature() {
    let codes = vendor_codes();
    assert!(codes.len() >= 45);
    for (vendor, code, reason) in codes {
        let found = StatusCode::lookup_in(vendor, code);
        if vendor.is_enabled() {
            let status = found.unwrap_or_else(|| panic!("{vendor} {code} missing with `{}`", vendor.feature()));
            let info = status.info().unwrap();
            assert_eq!(status.code(), code);
            assert!(info.vendors.contains(&vendor), "{vendor} {code}");
            // A meaning several vendors send names the first of them that is on.
            let first_on = info.vendors.iter().copied().find(|v| v.is_enabled());
            assert_eq!(status.vendor(), first_on, "{vendor} {code}");
            assert_eq!(info.vendor, first_on, "{vendor} {code}");
            assert_eq!(status.reason(), reason, "{vendor} {code}");
            assert!(StatusCode::ALL.contains(&status));
            // The variant is named after the first vendor the registry lists for it.
            let prefix = status_prefix(info.vendors[0]);
            assert!(status.name().starts_with(&prefix), "{} lacks the vendor prefix", status.name());
        } else {
            assert_eq!(found, None, "{vendor} {code} exists without `{}`", vendor.feature());
            assert!(StatusCode::meanings(code).all(|s| s.vendor() != Some(vendor)));
        }
    }
}

/// The variant prefix of a vendor is the Debug name of its `Vendor` variant.
fn status_prefix(vendor: Vendor) -> String {
    format!("{vendor:?}")
}

#[test]
fn a_disabled_vendor_code_is_unregistered_unless_iana_or_another_vendor_has_it() {
    for (vendor, code, _) in vendor_codes() {
        let status = StatusCode::from(code);
        match status.vendor() {
            None if status.is_registered() => assert!(status.info().is_some()),
            None => assert!(StatusCode::meanings(code).next().is_none()),
            Some(owner) => assert!(owner.is_enabled()),
        }
        if !vendor.is_enabled() && StatusCode::meanings(code).next().is_none() {
            assert!(matches!(status, StatusCode::Unregistered(_)), "{code}");
        }
    }
}

#[test]
fn every_vendor_has_codes_and_documents_its_feature() {
    for vendor in Vendor::ALL {
        assert_eq!(vendor.feature(), format!("vendor-{}", vendor.id()));
        assert!(vendor_codes().iter().any(|(v, _, _)| v == vendor), "{vendor} has no listed code");
        assert_eq!(Vendor::from_id(&vendor.id().to_uppercase()), Some(*vendor));
    }
    assert_eq!(Vendor::from_id("nonesuch"), None);
}

#[test]
fn vendor_descriptions_are_present_in_both_languages() {
    for status in StatusCode::ALL {
        let info = status.info().unwrap();
        assert!(info.description.ends_with('.'), "{status}: {}", info.description);
        assert!(info.description_ja.ends_with('。'), "{status}: {}", info.description_ja);
        assert!(!info.reason_ja.is_empty());
        assert!(info.description.len() < 400, "{status}: keep descriptions to one or two sentences");
    }
}

/// A status line's phrase picks among the enabled meanings of its code; the code decides.
#[test]
fn status_line_phrases_pick_the_vendor_meaning() {
    use status_registry::StatusLine;
    let status = |line: &str| StatusLine::parse(line).unwrap().status();
    #[cfg(feature = "vendor-pantheon")]
    assert_eq!(status("HTTP/1.1 530 Site is frozen"), StatusCode::PantheonSiteIsFrozen);
    #[cfg(feature = "vendor-arcgis")]
    assert_eq!(status("499 Token Required"), StatusCode::ArcGisTokenRequired);
    // Without the vendor, or with a phrase no meaning has, the code's preferred meaning. The
    // runtime's features decide, and another package of the build may have turned ArcGIS on.
    assert_eq!(status("HTTP/1.1 530 Something else"), StatusCode::from(530));
    assert_eq!(status("499 Token Required").code(), 499);
    if !Vendor::ArcGis.is_enabled() {
        assert_eq!(status("499 Token Required"), StatusCode::from(499));
    }
}
