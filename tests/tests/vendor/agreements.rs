//! Every path of a derived enum agrees with every other, for every member and every code 0..=999:
//! `Display` → `FromStr`, `From<u16>`/`TryFrom<u16>`, `From<StatusCode>`, `ALL`, `lookup`, the
//! inherent `code()`, serde (JSON and postcard) and `http`.
//!
//! The shapes cover what users write: a closed enum, a catch-all of each payload type, extension
//! codes, vendor members at shared codes, reason overrides and a crate reached through another
//! path. `scripts/test.sh` runs this file with no vendor, with each vendor alone (the vendor shapes
//! compile only with their vendor) and with all vendors.

use std::fmt::Debug;
use std::str::FromStr;

use serde::Serialize;
use serde::de::DeserializeOwned;
use status_registry::{NonMember, ParseStatusError, ParseStatusErrorKind, Registry, StatusCode, StatusRegistry};

/// What one shape must provide to be checked.
trait Shape:
    Registry
    + Debug
    + PartialEq
    + FromStr<Err = ParseStatusError>
    + Into<StatusCode>
    + Into<u16>
    + Serialize
    + DeserializeOwned
{
    /// The value of `code`: its member, the catch-all, or `None` for a closed enum.
    fn value(code: u16) -> Option<Self>;
    /// The value of a `StatusCode`, through `From<StatusCode>` or `TryFrom<StatusCode>`.
    fn from_status(status: StatusCode) -> Option<Self>;
    /// The value of an `http::StatusCode`, through `From` or `TryFrom`.
    fn from_http(status: http::StatusCode) -> Option<Self>;
    /// The inherent `const fn code`.
    fn inherent_code(self) -> u16;
}

macro_rules! shape {
    (total $ty:ty) => {
        impl Shape for $ty {
            fn value(code: u16) -> Option<Self> {
                Some(<$ty>::from(code))
            }
            fn from_status(status: StatusCode) -> Option<Self> {
                Some(<$ty>::from(status))
            }
            fn from_http(status: http::StatusCode) -> Option<Self> {
                Some(<$ty>::from(status))
            }
            fn inherent_code(self) -> u16 {
                <$ty>::code(self)
            }
        }
    };
    (closed $ty:ty) => {
        impl Shape for $ty {
            fn value(code: u16) -> Option<Self> {
                <$ty>::try_from(code).ok()
            }
            fn from_status(status: StatusCode) -> Option<Self> {
                <$ty>::try_from(status).ok()
            }
            fn from_http(status: http::StatusCode) -> Option<Self> {
                <$ty>::try_from(status).ok()
            }
            fn inherent_code(self) -> u16 {
                <$ty>::code(self)
            }
        }
    };
}

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[status_registry(serde, http)]
enum Closed {
    NotFound,
    Ok,
    #[status(413)]
    TooBig,
    Created,
    Gone,
}
shape!(closed Closed);

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[status_registry(serde, http)]
enum Api {
    Ok,
    NotFound,
    #[status(429)]
    SlowDown,
    #[status(503, reason = "Down for maintenance")]
    Maintenance,
    #[status(other)]
    Other(NonMember<Self>),
}
shape!(total Api);

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[status_registry(serde, http)]
#[repr(u16)]
enum Raw {
    Ok = 200,
    Accepted = 202,
    #[status(409, reason = "Version conflict")]
    Conflict = 409,
    #[status(other)]
    Other(u16),
}
shape!(total Raw);

/// Codes of the service's own, one a member and one reached only through the catch-all.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[status_registry(
    serde,
    http,
    extend_inline = r#"
statuses:
  - code: 790
    reason: Quota Exhausted
    reason_ja: 割当超過
    aliases: [Out Of Quota]
    lifecycle: registered
    retry: after
    description:
      en: The account used its whole quota for the period.
      ja: 期間の割り当てを使い切りました。
  - code: 791
    reason: Tenant Suspended
    reason_ja: テナント停止
    lifecycle: registered
    retry: never
    description:
      en: The tenant is suspended by an operator.
      ja: 運用者がテナントを停止しています。
"#
)]
enum Extended {
    Ok,
    QuotaExhausted,
    #[status(other)]
    Other(NonMember<Self>),
}
shape!(total Extended);

/// status-registry reached through a re-export, as a facade crate would offer it.
mod facade {
    pub(crate) use status_registry as sr;
}

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[status_registry(crate = "crate::agreements::facade::sr", serde, http)]
enum ThroughFacade {
    Accepted,
    #[status(404, reason = "No such widget")]
    Missing,
    #[status(other)]
    Other(crate::agreements::facade::sr::NonMember<Self>),
}
shape!(total ThroughFacade);

#[cfg(feature = "vendor-nginx")]
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[status_registry(serde, http)]
enum Proxy {
    Ok,
    #[status(499, vendor = "nginx")]
    ClientClosed,
    NginxNoResponse,
    #[status(other)]
    Other(NonMember<Self>),
}
#[cfg(feature = "vendor-nginx")]
shape!(total Proxy);

#[cfg(feature = "vendor-arcgis")]
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[status_registry(serde, http)]
enum Arcgis {
    #[status(498)]
    InvalidToken,
    #[status(499, vendor = "arcgis")]
    TokenRequired,
}
#[cfg(feature = "vendor-arcgis")]
shape!(closed Arcgis);

#[cfg(feature = "vendor-pantheon")]
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[status_registry(serde, http)]
enum Pantheon {
    Ok,
    #[status(530, vendor = "pantheon", reason = "Frozen for now")]
    Frozen,
    #[status(other)]
    Other(u16),
}
#[cfg(feature = "vendor-pantheon")]
shape!(total Pantheon);

#[cfg(feature = "vendor-aws-elb")]
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[status_registry(serde, http)]
enum Elb {
    #[status(000)]
    NoResponse,
    #[status(460)]
    ClientClosed,
    Ok,
}
#[cfg(feature = "vendor-aws-elb")]
shape!(closed Elb);

/// The value of `code` in JSON and postcard.
fn deserialized<E: Shape>(code: u16) -> (Option<E>, Option<E>) {
    let json = serde_json::from_str::<E>(&code.to_string()).ok();
    let bytes = postcard::to_allocvec(&code).unwrap();
    let binary = postcard::from_bytes::<E>(&bytes).ok();
    (json, binary)
}

fn check_members<E: Shape>() {
    let name = std::any::type_name::<E>();
    let all = E::ALL;
    assert!(all.windows(2).all(|w| w[0].code() < w[1].code()), "{name}: ALL ascends by code");
    for &member in all {
        let code = member.code();
        assert_eq!(member.inherent_code(), code);
        assert_eq!(Into::<u16>::into(member), code);
        assert_eq!(E::value(code), Some(member), "{name} {code}");
        assert_eq!(E::lookup(code), Some(member), "{name} {code}");
        let text = member.to_string();
        assert_eq!(text.parse::<E>(), Ok(member), "{name}: {text:?}");
        assert_eq!(text, format!("{code:03} {}", member.reason()));
        assert_eq!(format!("{member:>40}").trim_start(), text, "Display pads");
        assert_eq!(Into::<StatusCode>::into(member).code(), code);
        let json = serde_json::to_string(&member).unwrap();
        assert_eq!(json, code.to_string());
        assert_eq!(serde_json::from_str::<E>(&json).ok(), Some(member));
        let bytes = postcard::to_allocvec(&member).unwrap();
        assert_eq!(postcard::from_bytes::<E>(&bytes).ok(), Some(member), "{name}: postcard");
        assert_eq!(bytes, postcard::to_allocvec(&code).unwrap(), "{name}: postcard writes the u16");
        if let Ok(wire) = http::StatusCode::from_u16(code) {
            assert_eq!(E::from_http(wire), Some(member));
        }
    }
}

fn check_codes<E: Shape>() {
    let name = std::any::type_name::<E>();
    for code in 0..=999u16 {
        let value = E::value(code);
        let status = StatusCode::from(code);
        let expected = value.ok_or(ParseStatusError::new(ParseStatusErrorKind::NotAMember { code }));
        if let Some(value) = value {
            assert_eq!(value.code(), code, "{name}: the value of {code} keeps its code");
            assert_eq!(value.to_string().parse::<E>(), Ok(value), "{name}: {value}");
            let member = E::ALL.contains(&value);
            assert_eq!(E::lookup(code).is_some(), member, "{name} {code}: lookup finds members only");
        }
        assert_eq!(E::from_status(status), value, "{name}: From<StatusCode> for {code}");
        assert_eq!(format!("{code:03}").parse::<E>(), expected, "{name}: {code:03}");
        if code < 100 {
            // A code is three digits: `7` and `42` are not one.
            let kind = code.to_string().parse::<E>().map_err(|e| e.kind());
            assert_eq!(kind, Err(ParseStatusErrorKind::InvalidCode), "{name}: {code:?}");
        }
        // The derived parser knows its members' own words, whatever vendors are on: a phrase or
        // name of another meaning of a member's code is an error.
        let member = E::lookup(code);
        let own_words = |m: E| -> Vec<String> {
            let mut words = vec![m.reason().to_ascii_lowercase(), format!("{m:?}").to_ascii_lowercase()];
            if let Some(info) = status_registry::Status::info(m) {
                words.push(info.reason.to_ascii_lowercase());
                words.push(info.name.to_ascii_lowercase());
                words.extend(info.aliases.iter().map(|a| a.to_ascii_lowercase()));
            }
            words
        };
        let no_word = Err(ParseStatusError::new(ParseStatusErrorKind::NoMemberWord));
        for meaning in StatusCode::meanings(code) {
            assert_eq!(E::from_status(meaning), value, "{name}: {meaning:?}");
            let info = meaning.info().unwrap();
            let line = match (member, value) {
                (Some(m), _) if own_words(m).contains(&info.reason.to_ascii_lowercase()) => Ok(m),
                (Some(_), _) => Err(ParseStatusError::new(ParseStatusErrorKind::ReasonMismatch { code })),
                (None, Some(other)) => Ok(other),
                (None, None) => expected.clone(),
            };
            assert_eq!(meaning.to_string().parse::<E>(), line, "{name}: {meaning}");
            let words =
                std::iter::once(info.name).chain(std::iter::once(info.reason)).chain(info.aliases.iter().copied());
            for word in words {
                let bare = match member {
                    Some(m) if own_words(m).contains(&word.to_ascii_lowercase()) => Ok(m),
                    _ => no_word.clone(),
                };
                assert_eq!(word.parse::<E>(), bare, "{name}: {word:?}");
                assert_eq!(word.to_ascii_uppercase().parse::<E>(), bare, "{name}: {word:?} in capitals");
            }
        }
        let (json, binary) = deserialized::<E>(code);
        assert_eq!(json, value, "{name}: JSON {code}");
        assert_eq!(binary, value, "{name}: postcard {code}");
        if let Ok(wire) = http::StatusCode::from_u16(code) {
            assert_eq!(E::from_http(wire), value, "{name}: http {code}");
        }
    }
    assert_eq!(status_str::<E>(""), Err(ParseStatusError::new(ParseStatusErrorKind::Empty)));
}

fn status_str<E: Shape>(text: &str) -> Result<E, ParseStatusError> {
    text.parse()
}

fn check<E: Shape>() {
    check_members::<E>();
    check_codes::<E>();
}

#[test]
fn closed_enums_agree() {
    check::<Closed>();
    assert_eq!("ContentTooLarge".parse(), Ok(Closed::TooBig));
    assert_eq!("payload too large".parse(), Ok(Closed::TooBig));
    assert_eq!("tooBIG".parse(), Ok(Closed::TooBig));
    assert_eq!("Teapot".parse::<Closed>().map_err(|e| e.kind()), Err(ParseStatusErrorKind::NoMemberWord));
    assert_eq!(Closed::ALL, &[Closed::Ok, Closed::Created, Closed::NotFound, Closed::Gone, Closed::TooBig]);
}

#[test]
fn catch_all_enums_agree() {
    check::<Api>();
    check::<Raw>();
    assert_eq!("notfound".parse(), Ok(Api::NotFound));
    assert_eq!("TooManyRequests".parse(), Ok(Api::SlowDown));
    assert_eq!("503 Service Unavailable".parse(), Ok(Api::Maintenance));
    // Another code's phrase alone is not a member's word; with its code it is the catch-all's.
    assert_eq!("I'm a teapot".parse::<Api>().map_err(|e| e.kind()), Err(ParseStatusErrorKind::NoMemberWord));
    assert_eq!("418 I'm a teapot".parse::<Api>().map(Api::code), Ok(418));
    assert_eq!(
        "418 Gone".parse::<Api>().map_err(|e| e.kind()),
        Err(ParseStatusErrorKind::ReasonMismatch { code: 418 })
    );
    assert_eq!(Raw::Conflict.code(), 409);
    assert_eq!(Raw::from(409).to_string(), "409 Version conflict");
}

#[test]
fn extension_codes_agree() {
    check::<Extended>();
    assert_eq!("out of quota".parse(), Ok(Extended::QuotaExhausted));
    let suspended = Extended::from(791);
    assert_eq!(suspended.to_string(), "791 Tenant Suspended");
    assert_eq!("791 Tenant Suspended".parse(), Ok(suspended));
    assert!("TenantSuspended".parse::<Extended>().is_err(), "a name is a member's word only");
    assert_eq!(suspended.reason(), "Tenant Suspended");
}

#[test]
fn a_crate_reached_through_another_path_agrees() {
    check::<ThroughFacade>();
    assert_eq!(ThroughFacade::from(404).to_string(), "404 No such widget");
    assert_eq!(crate::agreements::facade::sr::status!(202), StatusCode::Accepted);
}

#[cfg(feature = "vendor-nginx")]
#[test]
fn nginx_members_agree() {
    check::<Proxy>();
    assert_eq!(status_registry::Status::vendor(Proxy::ClientClosed), Some(status_registry::Vendor::Nginx));
}

#[cfg(feature = "vendor-arcgis")]
#[test]
fn arcgis_members_agree() {
    check::<Arcgis>();
    assert_eq!("Token Required".parse(), Ok(Arcgis::TokenRequired));
    assert_eq!(status_registry::Status::vendor(Arcgis::TokenRequired), Some(status_registry::Vendor::ArcGis));
}

#[cfg(feature = "vendor-pantheon")]
#[test]
fn pantheon_members_agree() {
    check::<Pantheon>();
    assert_eq!(status_registry::Status::info(Pantheon::Frozen).map(|i| i.reason), Some("Site is frozen"));
}

#[cfg(feature = "vendor-aws-elb")]
#[test]
fn aws_elb_members_agree() {
    check::<Elb>();
    assert_eq!(Elb::NoResponse.to_string(), "000 No Response Status");
    assert!(http::StatusCode::try_from(Elb::NoResponse).is_err(), "000 cannot go on the wire");
}

/// `code()` works in constants.
const NOT_FOUND_CODE: u16 = Api::NotFound.code();

#[test]
fn codes_are_const() {
    assert_eq!(NOT_FOUND_CODE, 404);
}

/// A status line agrees with `Display`, `FromStr` and `From<u16>`: every meaning's own line reads
/// back as exactly that meaning, whichever vendors are on; a line without a phrase, or with a phrase no meaning
/// has, is the code's preferred meaning, for every code.
#[test]
fn status_lines_agree_with_display_and_from_u16() {
    use status_registry::StatusLine;
    for &status in StatusCode::ALL {
        assert_eq!(status.to_string().parse(), Ok(status), "{status:?}");
        for line in [format!("HTTP/1.1 {status}\r\n"), format!("HTTP/1.0 {status}"), status.to_string()] {
            let parsed = StatusLine::parse(&line).unwrap_or_else(|e| panic!("`{line}`: {e}"));
            assert_eq!(parsed.status(), status, "`{line}`");
            assert_eq!(parsed.reason(), status.reason(), "`{line}`");
        }
    }
    for code in 0..=999u16 {
        let line = format!("HTTP/2 {code:03}");
        assert_eq!(StatusLine::parse(&line).map(|l| l.status()), Ok(StatusCode::from(code)), "`{line}`");
        let odd = format!("HTTP/1.1 {code:03} Something Else Entirely");
        assert_eq!(StatusLine::parse(&odd).map(|l| l.status()), Ok(StatusCode::from(code)), "`{odd}`");
    }
}
