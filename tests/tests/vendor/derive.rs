//! `#[derive(StatusRegistry)]` and `status!` on users' own enums, as the documented contract says.

#![deny(warnings, clippy::pedantic)]

use status_registry::{Class, ParseStatusErrorKind, Registry, Status, StatusCode, StatusRegistry, status};

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum ApiStatus {
    Ok,
    NotFound,
    #[status(429)]
    SlowDown,
    #[status(503, reason = "Down for maintenance")]
    Maintenance,
    #[status(other)]
    Other(u16),
}

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Strict {
    Ok,
    Created,
}

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
enum ByDiscriminant {
    Fine = 200,
    Teapot = 418,
}

#[test]
fn the_documented_contract_holds() {
    assert_eq!(ApiStatus::from(404), ApiStatus::NotFound);
    assert_eq!(u16::from(ApiStatus::SlowDown), 429);
    assert_eq!(ApiStatus::SlowDown.reason(), "Too Many Requests");
    assert_eq!(ApiStatus::Maintenance.to_string(), "503 Down for maintenance");
    assert_eq!(ApiStatus::from(418), ApiStatus::Other(418));
    assert_eq!(StatusCode::from(ApiStatus::NotFound), StatusCode::NotFound);
    assert_eq!(ApiStatus::ALL, &[ApiStatus::Ok, ApiStatus::NotFound, ApiStatus::SlowDown, ApiStatus::Maintenance]);
    assert_eq!("Not Found".parse::<ApiStatus>(), Ok(ApiStatus::NotFound));
    assert!(Strict::try_from(404u16).is_err());
    assert_eq!(NF, StatusCode::NotFound);
    let advice = match StatusCode::from(429) {
        status!(429) | status!(503) => "back off",
        status!(404) => "check the address",
        _ => "other",
    };
    assert_eq!(advice, "back off");
}

const NF: StatusCode = status!(404);

#[test]
fn the_catch_all_carries_registry_metadata() {
    let teapot = ApiStatus::from(418);
    assert_eq!(teapot.reason(), "I'm a teapot");
    assert_eq!(teapot.to_string(), "418 I'm a teapot");
    assert_eq!(ApiStatus::from(799).to_string(), "799");
    assert_eq!(ApiStatus::from(799).reason(), "");
    assert_eq!(u16::from(ApiStatus::Other(799)), 799);
    assert_eq!(StatusCode::from(ApiStatus::Other(418)), StatusCode::ImATeapot);
    assert_eq!(ApiStatus::lookup(418), None, "the catch-all is not a member");
}

#[test]
fn metadata_comes_from_the_registry() {
    assert_eq!(ApiStatus::Maintenance.info().map(|i| i.reason), Some("Service Unavailable"));
    assert_eq!(ApiStatus::Maintenance.class(), Class::ServerError);
    assert!(ApiStatus::Maintenance.uses_retry_after());
    assert!(ApiStatus::Ok.is_cacheable());
    assert_eq!(ApiStatus::NotFound.vendor(), None);
    assert_eq!(Strict::Created.reason(), "Created");
}

#[test]
fn every_u16_converts_and_round_trips() {
    for code in 0..=u16::MAX {
        let status = ApiStatus::from(code);
        assert_eq!(u16::from(status), code);
        assert_eq!(status.to_string().parse::<ApiStatus>(), Ok(status), "{status}");
        match Strict::try_from(code) {
            Ok(member) => assert_eq!(member.code(), code),
            Err(err) => {
                assert_eq!(err.code(), code);
                assert_eq!(err.type_name(), "Strict");
                assert_eq!(err.to_string(), format!("status code {code:03} is not a member of `Strict`"));
            }
        }
    }
}

/// The renamed error kinds and accessor keep their old names, deprecated.
#[test]
#[allow(deprecated)]
fn the_former_names_still_compile() {
    let kind: status_registry::ParseErrorKind = "".parse::<status_registry::StatusCode>().unwrap_err().kind();
    assert_eq!(kind, status_registry::ParseErrorKind::Empty);
    let kind: status_registry::RetryAfterErrorKind = status_registry::RetryAfter::parse("").unwrap_err().kind();
    assert_eq!(kind, status_registry::ParseRetryAfterErrorKind::Empty);
    let error = status_registry::StatusLine::parse("HTTP/1.1 4O4").unwrap_err();
    assert_eq!(error.position(), error.offset());
}

#[test]
fn parsing_accepts_codes_names_and_phrases() {
    assert_eq!("SlowDown".parse::<ApiStatus>(), Ok(ApiStatus::SlowDown));
    assert_eq!("too many requests".parse::<ApiStatus>(), Ok(ApiStatus::SlowDown));
    assert_eq!("down for maintenance".parse::<ApiStatus>(), Ok(ApiStatus::Maintenance));
    assert_eq!("503 Service Unavailable".parse::<ApiStatus>(), Ok(ApiStatus::Maintenance));
    // A phrase alone is a member's word or nothing; with its code it reaches the catch-all.
    assert_eq!("Gone".parse::<ApiStatus>().unwrap_err().kind(), ParseStatusErrorKind::NoMemberWord);
    assert_eq!("410 Gone".parse::<ApiStatus>(), Ok(ApiStatus::Other(410)));
    assert_eq!("404".parse::<Strict>().unwrap_err().kind(), ParseStatusErrorKind::NotAMember { code: 404 });
    assert_eq!("410 Gone".parse::<Strict>().unwrap_err().kind(), ParseStatusErrorKind::NotAMember { code: 410 });
    assert_eq!("Gone".parse::<Strict>().unwrap_err().kind(), ParseStatusErrorKind::NoMemberWord);
    assert_eq!("nonsense".parse::<Strict>().unwrap_err().kind(), ParseStatusErrorKind::NoMemberWord);
    assert_eq!("200 Created".parse::<Strict>().unwrap_err().kind(), ParseStatusErrorKind::ReasonMismatch { code: 200 });
    assert_eq!("".parse::<Strict>().unwrap_err().kind(), ParseStatusErrorKind::Empty);
}

#[test]
fn discriminants_of_a_repr_u16_enum_are_codes() {
    assert_eq!(ByDiscriminant::Teapot.code(), 418);
    assert_eq!(ByDiscriminant::Teapot as u16, 418);
    assert_eq!(ByDiscriminant::try_from(200), Ok(ByDiscriminant::Fine));
    assert_eq!(ByDiscriminant::Teapot.reason(), "I'm a teapot");
}

#[test]
fn exhaustive_matching_is_the_point() {
    fn describe(status: Strict) -> &'static str {
        match status {
            Strict::Ok => "fine",
            Strict::Created => "made",
        }
    }
    assert_eq!(describe(Strict::try_from(201).unwrap()), "made");
}

#[cfg(feature = "all-vendors")]
mod vendors {
    use status_registry::{Status, StatusCode, StatusRegistry, Vendor, status};

    #[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
    enum Edge {
        NginxClientClosedRequest,
        #[status(522)]
        OriginTimeout,
        #[status(530, vendor = "pantheon")]
        Frozen,
    }

    #[test]
    fn vendor_codes_resolve_by_name_code_and_vendor() {
        assert_eq!(Edge::NginxClientClosedRequest.code(), 499);
        assert_eq!(Edge::NginxClientClosedRequest.vendor(), Some(Vendor::Nginx));
        assert_eq!(StatusCode::from(Edge::OriginTimeout), StatusCode::CloudflareConnectionTimedOut);
        assert_eq!(Edge::Frozen.reason(), "Site is frozen");
        assert_eq!(StatusCode::from(Edge::Frozen), StatusCode::PantheonSiteIsFrozen);
        assert_eq!("530 Site is frozen".parse::<Edge>(), Ok(Edge::Frozen));
    }

    #[test]
    fn status_macro_names_a_vendor() {
        assert_eq!(status!(nginx 499), StatusCode::NginxClientClosedRequest);
        assert_eq!(status!(arcgis 499), StatusCode::ArcGisTokenRequired);
        assert_eq!(status!(aws-elb 460), StatusCode::AwsElbClientClosedConnection);
        assert_eq!(status!(522), StatusCode::CloudflareConnectionTimedOut);
    }
}

/// An enum of nothing but the catch-all is a `u16` with registry metadata.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum AnyCode {
    #[status(other)]
    Code(u16),
}

#[test]
fn an_enum_with_only_a_catch_all_works() {
    assert_eq!(AnyCode::from(404).reason(), "Not Found");
    assert_eq!(AnyCode::from(404).to_string(), "404 Not Found");
    assert!(AnyCode::ALL.is_empty());
    assert_eq!("410 Gone".parse::<AnyCode>(), Ok(AnyCode::Code(410)));
    assert!("Gone".parse::<AnyCode>().is_err(), "no member has the phrase");
}

/// A crate that re-exports status-registry under another path.
mod reexport {
    pub(crate) use status_registry as sr;
}

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(crate = "crate::derive::reexport::sr")]
enum Renamed {
    Accepted,
}

#[test]
fn the_crate_path_can_be_overridden() {
    assert_eq!(Renamed::Accepted.code(), 202);
    assert_eq!(Renamed::try_from(202u16), Ok(Renamed::Accepted));
}

/// An extension record is built through the overridden path too (its row names the record's
/// types from there).
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(
    crate = "crate::derive::reexport::sr",
    extend_inline = "
statuses:
  - code: 787
    reason: Renamed Extension
    headers:
      - {name: x-why, level: must, spec: 'Local API, Section 1'}
"
)]
enum RenamedWithExtension {
    RenamedExtension,
}

#[test]
fn an_extension_record_follows_the_crate_path() {
    let info = RenamedWithExtension::RenamedExtension.info().unwrap();
    assert_eq!((info.code, info.reason, info.name), (787, "Renamed Extension", "RenamedExtension"));
    assert_eq!(info.required_headers().iter().map(|r| r.name).collect::<Vec<_>>(), ["x-why"]);
}

#[test]
fn a_non_member_is_made_only_for_codes_no_member_has() {
    #[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
    enum Api {
        Ok,
        NotFound,
        #[status(other)]
        Other(status_registry::NonMember<Self>),
    }
    for code in 0..=u16::MAX {
        let made = status_registry::NonMember::<Api>::new(code);
        assert_eq!(made.is_none(), code == 200 || code == 404, "{code}");
        if let Some(payload) = made {
            assert_eq!(Api::Other(payload), Api::from(code));
            assert_eq!(payload.get(), code);
        }
    }
}
