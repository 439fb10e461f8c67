//! The `http` and `serde` features, for the built-in type and for derived enums.

use crate::common;

use status_registry::{HttpRangeError, StatusCode, StatusRegistry};

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(serde, http)]
enum Api {
    Ok,
    NotFound,
    #[status(other)]
    Other(u16),
}

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(serde, http)]
enum Strict {
    Ok,
    Created,
}

#[test]
fn every_http_status_converts_both_ways() {
    for code in 100..=999 {
        let theirs = http::StatusCode::from_u16(code).unwrap();
        let ours = StatusCode::from(theirs);
        assert_eq!(ours.code(), code);
        assert_eq!(ours, StatusCode::from(code));
        assert_eq!(http::StatusCode::try_from(ours), Ok(theirs));
        if theirs.canonical_reason().is_some() {
            assert!(ours.is_registered() && ours.vendor().is_none(), "http names {code}; so does IANA here");
        }
        assert_eq!(Api::from(theirs).code(), code);
        assert_eq!(http::StatusCode::try_from(Api::from(theirs)), Ok(theirs));
        // Equality with http's type is equality of codes, both ways, built-in and derived.
        assert_eq!(ours, theirs, "{code}");
        assert_eq!(theirs, ours, "{code}");
        assert_eq!(Api::from(theirs), theirs, "{code}");
        assert_eq!(theirs, Api::from(theirs), "{code}");
        let other = http::StatusCode::from_u16(if code == 999 { 100 } else { code + 1 }).unwrap();
        assert_ne!(ours, other, "{code}");
        assert_ne!(other, ours, "{code}");
        assert_ne!(Api::from(theirs), other, "{code}");
        assert_ne!(other, Api::from(theirs), "{code}");
        if let Ok(strict) = Strict::try_from(theirs) {
            assert_eq!(strict, theirs);
            assert_eq!(theirs, strict);
        }
    }
}

#[test]
fn codes_http_cannot_hold_are_typed_errors() {
    for code in (0..100).chain([1000, u16::MAX]) {
        let err = http::StatusCode::try_from(StatusCode::from(code)).unwrap_err();
        assert_eq!(err, http::StatusCode::try_from(Api::Other(code)).unwrap_err());
        assert_eq!(err.code(), code);
        assert!(err.to_string().contains("100 to 999"));
        let _: &dyn std::error::Error = &err;
    }
    let _: fn(HttpRangeError) -> u16 = |e| e.code();
}

#[test]
fn strict_enums_convert_from_http_only_for_members() {
    assert_eq!(Strict::try_from(http::StatusCode::CREATED), Ok(Strict::Created));
    assert_eq!(Strict::try_from(http::StatusCode::NOT_FOUND).unwrap_err().code(), 404);
    assert_eq!(http::StatusCode::from(Strict::Ok), http::StatusCode::OK);
}

#[test]
fn serde_writes_the_number_and_reads_numbers_and_digit_strings() {
    assert_eq!(serde_json::to_string(&StatusCode::NotFound).unwrap(), "404");
    assert_eq!(serde_json::to_string(&StatusCode::from(799)).unwrap(), "799");
    assert_eq!(serde_json::from_str::<StatusCode>("404").unwrap(), StatusCode::NotFound);
    assert_eq!(serde_json::from_str::<StatusCode>("\"404\"").unwrap(), StatusCode::NotFound);
    assert_eq!(serde_json::to_string(&Api::NotFound).unwrap(), "404");
    assert_eq!(serde_json::from_str::<Api>("418").unwrap(), Api::Other(418));
    assert_eq!(serde_json::from_str::<Strict>("201").unwrap(), Strict::Created);
    for code in 0..=u16::MAX {
        let json = serde_json::to_string(&StatusCode::from(code)).unwrap();
        assert_eq!(serde_json::from_str::<StatusCode>(&json).unwrap().code(), code);
    }
}

#[test]
fn bad_serde_input_is_an_error() {
    for bad in ["65536", "-1", "4.04", "\"Not Found\"", "\"\"", "\"4 04\"", "null", "[404]", "{}", "\"99999\""] {
        let err = serde_json::from_str::<StatusCode>(bad).unwrap_err();
        assert!(!err.to_string().is_empty(), "{bad}");
    }
    let err = serde_json::from_str::<Strict>("404").unwrap_err();
    assert!(err.to_string().contains("status code 404 is not a member"), "{err}");
}

#[test]
fn postcard_round_trips_every_status_code() {
    for code in 0..=u16::MAX {
        let status = StatusCode::from(code);
        let bytes = postcard::to_allocvec(&status).unwrap();
        assert_eq!(bytes, postcard::to_allocvec(&code).unwrap(), "a status is written as its u16");
        assert_eq!(postcard::from_bytes::<StatusCode>(&bytes), Ok(status), "{code}");
    }
    // A truncated message is an error, not a panic.
    assert!(postcard::from_bytes::<StatusCode>(&[]).is_err());
}

#[test]
fn the_metadata_enums_serialize_as_the_registrys_words_and_read_back() {
    use status_registry::{Class, Lifecycle, Retry, Vendor};
    for vendor in Vendor::ALL.iter().copied() {
        let json = serde_json::to_string(&vendor).unwrap();
        assert_eq!(json, format!("\"{}\"", vendor.id()));
        assert_eq!(serde_json::from_str::<Vendor>(&json).unwrap(), vendor);
        assert_eq!(serde_json::from_str::<Vendor>(&json.to_ascii_uppercase()).unwrap(), vendor);
        assert_eq!(postcard::from_bytes::<Vendor>(&postcard::to_allocvec(&vendor).unwrap()).unwrap(), vendor);
    }
    for class in Class::ALL {
        let json = serde_json::to_string(&class).unwrap();
        assert_eq!(json, format!("\"{}\"", class.as_str()));
        assert_eq!(serde_json::from_str::<Class>(&json).unwrap(), class);
    }
    for lifecycle in Lifecycle::ALL {
        let json = serde_json::to_string(&lifecycle).unwrap();
        assert_eq!(serde_json::from_str::<Lifecycle>(&json).unwrap(), lifecycle);
    }
    for retry in Retry::ALL {
        let json = serde_json::to_string(&retry).unwrap();
        assert_eq!(serde_json::from_str::<Retry>(&json).unwrap(), retry);
    }
    assert_eq!(serde_json::to_string(&Retry::AfterRetryAfter).unwrap(), "\"after\"");
    assert_eq!(serde_json::to_string(&Lifecycle::InUse).unwrap(), "\"in-use\"");
    let error = serde_json::from_str::<Vendor>("\"acme\"").unwrap_err().to_string();
    assert!(error.contains("a vendor id"), "{error}");
    assert!(serde_json::from_str::<Class>("404").is_err());
}

#[test]
fn an_info_serializes_every_field() {
    let info = StatusCode::NotFound.info().unwrap();
    let value = serde_json::to_value(info).unwrap();
    assert_eq!(value["code"], 404);
    assert_eq!(value["reason"], "Not Found");
    assert_eq!(value["text"], "404 Not Found");
    assert_eq!(value["vendor"], serde_json::Value::Null);
    assert_eq!(value["lifecycle"], "registered");
    assert_eq!(value["retry"], "never");
    assert_eq!(value["cacheable"], true);
    assert_eq!(value["vendors"], serde_json::json!([]));
    assert_eq!(value.as_object().unwrap().len(), 23);
    let allow = serde_json::to_value(StatusCode::MethodNotAllowed.info().unwrap()).unwrap();
    assert_eq!(
        allow["headers"],
        serde_json::json!([{"name": "allow", "level": "must", "spec": "RFC 9110, Section 15.5.6"}])
    );
    assert_eq!(allow["required_headers"], serde_json::json!(["allow"]));
    assert_eq!(allow["recommended_headers"], serde_json::json!([]));
    let unavailable = serde_json::to_value(StatusCode::ServiceUnavailable.info().unwrap()).unwrap();
    assert_eq!(unavailable["retry"], "always");
    assert!(unavailable["retry_note"].as_str().is_some_and(|n| n.contains("Retry-After")));
    for status in StatusCode::ALL {
        let info = status.info().unwrap();
        let value = serde_json::to_value(info).unwrap();
        assert_eq!(value["vendor"], serde_json::to_value(status.vendor()).unwrap(), "{status}");
        assert_eq!(value["vendors"], serde_json::to_value(info.vendors).unwrap(), "{status}");
        assert_eq!(info.vendors.iter().copied().find(|v| v.is_enabled()), status.vendor(), "{status}");
        assert_eq!(value["name"], status.name());
        assert_eq!(value["proxy_error"], serde_json::to_value(info.proxy_error).unwrap(), "{status}");
    }
}

#[test]
fn vendors_and_classes_parse_from_their_words() {
    use status_registry::{Class, Vendor};
    for vendor in Vendor::ALL.iter().copied() {
        assert_eq!(vendor.id().parse(), Ok(vendor));
        assert_eq!(vendor.id().to_ascii_uppercase().parse(), Ok(vendor));
    }
    assert!("acme".parse::<Vendor>().unwrap_err().to_string().starts_with("unknown vendor; expected one of nginx, "));
    for class in Class::ALL {
        assert_eq!(class.as_str().parse(), Ok(class));
        assert_eq!(class.description().to_ascii_lowercase().parse(), Ok(class));
        assert_eq!(class.to_string().parse(), Ok(class), "Display reads back");
    }
    assert!("6xx".parse::<Class>().is_err());
}

/// http's constant names parse to the IANA meaning of their code, in `http`'s spelling and in
/// any ASCII case; other spellings with underscores do not.
#[test]
fn http_constant_names_parse() {
    let rows = common::tsv("http-constants.tsv");
    assert!(rows.len() >= 60, "the fixture lists http's constants");
    for row in rows {
        let (code, name) = (row[0].parse::<u16>().unwrap(), row[1].as_str());
        let parsed: StatusCode = name.parse().unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(parsed.code(), code, "{name}");
        assert_eq!(parsed.vendor(), None, "{name}");
        assert_eq!(parsed, http::StatusCode::from_u16(code).unwrap(), "{name}");
        assert_eq!(name.to_ascii_lowercase().parse(), Ok(parsed), "{name} in lower case");
    }
    assert_eq!("not_found".parse(), Ok(StatusCode::NotFound), "any ASCII case, as every other word");
    assert_eq!("Not_Found".parse(), Ok(StatusCode::NotFound));
    for refused in ["NOT__FOUND", "NOT_FOUND_X", "CLIENT_CLOSED_REQUEST", "_", "NOT FOUND_", "_NOT_FOUND"] {
        assert!(refused.parse::<StatusCode>().is_err(), "{refused}");
    }
}
