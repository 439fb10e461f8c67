//! What the registry answers about codes it knows and codes it does not, over every u16 and in
//! whatever vendor configuration the run has: RFC 9110, Section 15 for unrecognised codes, and
//! Section 15.1's list of heuristically cacheable codes.

use status_registry::{NonMember, Retry, Status, StatusCode, StatusRegistry};

/// RFC 9110, Section 15.1: the status codes defined as heuristically cacheable.
const HEURISTICALLY_CACHEABLE: [u16; 12] = [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 501];

#[test]
fn the_cacheable_iana_codes_are_exactly_rfc_9110s() {
    let cacheable: Vec<u16> =
        StatusCode::ALL.iter().filter(|s| s.vendor().is_none() && s.is_cacheable()).map(|s| s.code()).collect();
    assert_eq!(cacheable, HEURISTICALLY_CACHEABLE);
    // No vendor code claims it.
    assert!(StatusCode::ALL.iter().filter(|s| s.vendor().is_some()).all(|s| !s.is_cacheable()));
}

#[test]
fn an_unrecognised_code_is_never_cacheable_and_otherwise_follows_its_class() {
    for code in 0..=u16::MAX {
        let status = StatusCode::from(code);
        match status.info() {
            Some(info) => {
                assert_eq!(status.is_cacheable(), info.cacheable, "{code}");
                assert_eq!(status.allows_content(), info.allows_content, "{code}");
                assert_eq!(status.retry(), info.retry, "{code}");
            }
            None => {
                assert!(!status.is_cacheable(), "{code} is not defined as cacheable");
                let class = StatusCode::from(code / 100 * 100);
                if (100..600).contains(&code) {
                    assert_eq!(status.allows_content(), class.allows_content(), "{code}");
                    assert_eq!(status.uses_retry_after(), class.uses_retry_after(), "{code}");
                    assert_eq!(status.retry(), class.retry(), "{code}");
                } else {
                    assert!(status.allows_content() && !status.uses_retry_after(), "{code}");
                    assert_eq!(status.retry(), Retry::Never, "{code}");
                }
            }
        }
    }
    // The cases that were wrong: 2xx and 3xx codes nobody defined took 200's and 300's answer.
    for code in [218, 250, 299, 350, 399] {
        let status = StatusCode::from(code);
        if !status.is_registered() {
            assert!(!status.is_cacheable(), "{code}");
        }
    }
}

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Api {
    Ok,
    NotFound,
    #[status(other)]
    Other(NonMember<Self>),
}

#[test]
fn a_derived_catch_all_answers_as_the_built_in_type_does() {
    for code in 0..=u16::MAX {
        let ours = Api::from(code);
        let built_in = StatusCode::from(code);
        assert_eq!(ours.is_cacheable(), built_in.is_cacheable(), "{code}");
        assert_eq!(ours.allows_content(), built_in.allows_content(), "{code}");
        assert_eq!(ours.retry(), built_in.retry(), "{code}");
    }
    assert!(Api::Ok.is_cacheable() && Api::NotFound.is_cacheable());
    assert!(!Api::from(250).is_cacheable());
    assert_eq!(Api::ALL.len(), 2);
}
