//! Codes with several meanings: `From<u16>` picks the IANA meaning, then vendors in registry order,
//! and `lookup_in` returns each vendor's own meaning.

use status_registry::{StatusCode, Vendor};

/// Codes with more than one meaning, and every owner in precedence order (`None` is IANA).
const SHARED: &[(u16, &[Option<Vendor>])] = &[
    (103, &[None, Some(Vendor::Unofficial)]),
    (419, &[Some(Vendor::Laravel), Some(Vendor::Smoothwall)]),
    (420, &[Some(Vendor::Twitter), Some(Vendor::Spring)]),
    (451, &[None, Some(Vendor::Exchange)]),
    (499, &[Some(Vendor::Nginx), Some(Vendor::ArcGis), Some(Vendor::Unofficial)]),
    (508, &[None, Some(Vendor::Cpanel)]),
    (530, &[Some(Vendor::Cloudflare), Some(Vendor::Shopify), Some(Vendor::Pantheon)]),
];

fn enabled(owner: Option<Vendor>) -> bool {
    owner.is_none_or(Vendor::is_enabled)
}

#[test]
fn the_first_enabled_owner_wins() {
    for &(code, owners) in SHARED {
        let expected = owners.iter().copied().find(|o| enabled(*o));
        let status = StatusCode::from(code);
        match expected {
            Some(owner) => {
                assert!(status.is_registered(), "{code}");
                assert_eq!(status.vendor(), owner, "{code}");
            }
            None => assert!(!status.is_registered(), "{code}"),
        }
    }
}

#[test]
fn each_vendor_keeps_its_own_meaning() {
    for &(code, owners) in SHARED {
        let meanings: Vec<Option<Vendor>> =
            StatusCode::meanings(code).map(status_registry::StatusCode::vendor).collect();
        let expected: Vec<Option<Vendor>> = owners.iter().copied().filter(|o| enabled(*o)).collect();
        assert_eq!(meanings, expected, "{code}");
        for vendor in owners.iter().flatten() {
            let own = StatusCode::lookup_in(*vendor, code);
            assert_eq!(
                own.map(status_registry::StatusCode::vendor),
                vendor.is_enabled().then_some(Some(*vendor)),
                "{vendor} {code}"
            );
        }
    }
}

#[test]
fn distinct_meanings_are_distinct_values() {
    for &(code, _) in SHARED {
        let meanings: Vec<StatusCode> = StatusCode::meanings(code).collect();
        for (i, a) in meanings.iter().enumerate() {
            for b in &meanings[i + 1..] {
                assert_ne!(a, b);
                assert!(a < b, "precedence order is the sort order");
                assert_eq!(a.code(), b.code());
            }
        }
    }
}

/// Apache's bandwidth modules and cPanel send `509 Bandwidth Limit Exceeded` alike: one meaning,
/// compiled in when either vendor is on, that both vendors' lookups find.
#[test]
fn a_meaning_two_vendors_share_is_one_value() {
    let owners = [Vendor::Apache, Vendor::Cpanel];
    let meanings: Vec<StatusCode> = StatusCode::meanings(509).collect();
    if owners.iter().any(|v| v.is_enabled()) {
        assert_eq!(meanings.len(), 1, "{meanings:?}");
        let shared = meanings[0];
        assert_eq!(shared.info().unwrap().vendors, owners);
        assert_eq!(shared.vendor(), owners.iter().copied().find(|v| v.is_enabled()));
        assert_eq!(StatusCode::from(509), shared);
        for vendor in owners {
            assert_eq!(StatusCode::lookup_in(vendor, 509), vendor.is_enabled().then_some(shared), "{vendor}");
        }
        assert_eq!("509 Bandwidth Limit Exceeded".parse(), Ok(shared));
    } else {
        assert!(meanings.is_empty(), "{meanings:?}");
        assert!(!StatusCode::from(509).is_registered());
    }
}
