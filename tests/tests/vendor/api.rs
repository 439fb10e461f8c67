//! The public API of the built-in `StatusCode`, as its users rely on it.

use std::collections::HashSet;

use status_registry::{Class, ParseStatusErrorKind, Registry, Retry, Status, StatusCode, Vendor};

#[test]
fn the_documented_contract_holds() {
    let s = StatusCode::from(404u16);
    assert_eq!(s, StatusCode::NotFound);
    assert_eq!((s.code(), u16::from(s)), (404, 404));
    assert_eq!(s.reason(), "Not Found");
    assert_eq!(s.to_string(), "404 Not Found");
    assert_eq!(s.class(), Class::ClientError);
    assert!(s.is_client_error() && s.vendor().is_none());
    assert_eq!(StatusCode::lookup(404), Some(StatusCode::NotFound));
    assert_eq!(StatusCode::lookup(799), None);
    assert!(matches!(StatusCode::from(799), StatusCode::Unregistered(_)));
    assert_eq!("Payload Too Large".parse::<StatusCode>(), Ok(StatusCode::ContentTooLarge));
    assert!(StatusCode::ALL.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn variant_names_follow_the_canonical_phrase() {
    assert_eq!(StatusCode::from(413), StatusCode::ContentTooLarge);
    assert_eq!(StatusCode::from(418), StatusCode::ImATeapot);
    assert_eq!(StatusCode::from(505), StatusCode::HttpVersionNotSupported);
    assert_eq!(StatusCode::from(422), StatusCode::UnprocessableContent);
    assert_eq!(StatusCode::from(203), StatusCode::NonAuthoritativeInformation);
    assert_eq!(StatusCode::from(200), StatusCode::Ok);
    assert_eq!(StatusCode::Ok.name(), "Ok");
}

#[test]
fn code_and_reason_are_const() {
    const CODE: u16 = StatusCode::TooManyRequests.code();
    const REASON: &str = StatusCode::TooManyRequests.reason();
    assert_eq!((CODE, REASON), (429, "Too Many Requests"));
}

#[test]
fn the_type_is_small() {
    assert!(size_of::<StatusCode>() <= 4);
    assert_eq!(size_of::<Option<StatusCode>>(), size_of::<StatusCode>());
}

#[test]
fn common_traits_behave() {
    let set: HashSet<StatusCode> = StatusCode::ALL.iter().copied().collect();
    assert_eq!(set.len(), StatusCode::ALL.len());
    assert!(StatusCode::Continue < StatusCode::NotFound);
    assert!(StatusCode::NotFound < StatusCode::from(799));
    assert!(StatusCode::from(0) < StatusCode::from(1));
    assert_eq!(format!("{:?}", StatusCode::NotFound), "NotFound");
    assert_eq!(format!("{:?}", StatusCode::from(799)), "Unregistered(799)");
    assert_eq!(format!("{}", StatusCode::from(799)), "799");
    assert_eq!(format!("{}", StatusCode::from(7)), "007");
    assert_eq!(format!("[{:>16}]", StatusCode::Ok), "[          200 OK]");
    assert!(StatusCode::NotFound == 404u16);
    assert!(404u16 == StatusCode::NotFound);
}

#[test]
fn parsing_accepts_codes_phrases_and_names_and_rejects_the_rest() {
    assert_eq!("404".parse(), Ok(StatusCode::NotFound));
    assert_eq!(" 404 not found ".parse(), Ok(StatusCode::NotFound));
    assert_eq!("NOT FOUND".parse(), Ok(StatusCode::NotFound));
    assert_eq!("NotFound".parse(), Ok(StatusCode::NotFound));
    assert_eq!("799".parse::<StatusCode>().map(status_registry::StatusCode::code), Ok(799));
    let kind = |s: &str| s.parse::<StatusCode>().unwrap_err().kind();
    assert_eq!(kind(""), ParseStatusErrorKind::Empty);
    assert_eq!(kind("   "), ParseStatusErrorKind::Empty);
    assert_eq!(kind("65536"), ParseStatusErrorKind::InvalidCode);
    assert_eq!(kind("404x"), ParseStatusErrorKind::InvalidCode);
    assert_eq!(kind("Not Fund"), ParseStatusErrorKind::UnknownPhrase);
    assert_eq!(kind("404 Gone"), ParseStatusErrorKind::ReasonMismatch { code: 404 });
    assert_eq!(kind("799 Anything"), ParseStatusErrorKind::ReasonMismatch { code: 799 });
    let err = "404 Gone".parse::<StatusCode>().unwrap_err();
    assert_eq!(err.to_string(), "the reason is not a phrase of status 404");
    let _: &dyn std::error::Error = &err;
}

#[test]
fn status_trait_defaults_follow_the_registry() {
    fn via_trait<S: Status>(s: S) -> (u16, &'static str, Class, bool) {
        (s.code(), s.reason(), s.class(), s.is_error())
    }
    assert_eq!(via_trait(StatusCode::BadGateway), (502, "Bad Gateway", Class::ServerError, true));
    assert_eq!(StatusCode::ServiceUnavailable.retry(), Retry::Always);
    assert!(StatusCode::ServiceUnavailable.uses_retry_after());
    assert_eq!(StatusCode::ContentTooLarge.retry(), Retry::AfterRetryAfter);
    assert_eq!(StatusCode::RequestTimeout.retry(), Retry::Always);
    assert_eq!(StatusCode::BadGateway.retry(), Retry::Idempotent);
    assert_eq!(StatusCode::MisdirectedRequest.retry(), Retry::Always);
    assert!(!StatusCode::NoContent.allows_content() && !StatusCode::Continue.allows_content());
    assert!(StatusCode::Ok.is_cacheable() && !StatusCode::Created.is_cacheable());
}

#[test]
fn unknown_codes_behave_like_the_x00_of_their_class() {
    let weird_5xx = StatusCode::from(597);
    assert!(!weird_5xx.is_registered());
    assert_eq!(weird_5xx.reason(), "");
    assert_eq!(weird_5xx.retry(), StatusCode::InternalServerError.retry());
    let weird_1xx = StatusCode::from(150);
    assert!(!weird_1xx.allows_content());
    let beyond = StatusCode::from(799);
    assert_eq!(beyond.class(), Class::Nonstandard);
    assert_eq!(beyond.retry(), Retry::Never);
    assert!(beyond.allows_content() && !beyond.is_cacheable());
}

#[test]
fn registry_trait_matches_the_inherent_items() {
    assert_eq!(<StatusCode as Registry>::ALL, StatusCode::ALL);
    assert_eq!(<StatusCode as Registry>::lookup(503), Some(StatusCode::ServiceUnavailable));
}

#[test]
fn vendors_describe_themselves() {
    assert_eq!(Vendor::Cloudflare.id(), "cloudflare");
    assert_eq!(Vendor::AwsElb.feature(), "vendor-aws-elb");
    assert_eq!(Vendor::AwsElb.to_string(), "AWS Elastic Load Balancing");
    assert_eq!(Vendor::ALL.first(), Some(&Vendor::Nginx), "nginx has the highest precedence");
}

#[cfg(feature = "all-vendors")]
#[test]
fn vendor_codes_with_their_features_on() {
    assert_eq!(StatusCode::from(522), StatusCode::CloudflareConnectionTimedOut);
    assert_eq!(StatusCode::CloudflareConnectionTimedOut.vendor(), Some(Vendor::Cloudflare));
    assert!(StatusCode::lookup_in(Vendor::Cloudflare, 530).is_some_and(|s| s.vendor() == Some(Vendor::Cloudflare)));
    assert_eq!(StatusCode::from(499), StatusCode::NginxClientClosedRequest);
    assert_eq!(StatusCode::from(0).to_string(), "000 No Response Status");
    assert_eq!(StatusCode::from(0), StatusCode::AwsElbNoResponseStatus);
    assert_eq!(StatusCode::from(999).class(), Class::Nonstandard);
    assert_eq!("Site is frozen".parse(), Ok(StatusCode::PantheonSiteIsFrozen));
    assert_eq!("530 Site is frozen".parse(), Ok(StatusCode::PantheonSiteIsFrozen));
    assert_eq!("530".parse(), Ok(StatusCode::CloudflareOriginUnavailable));
}
