//! Every phrase that Python's http.HTTPStatus, Node's http.STATUS_CODES, Go's net/http and the `http`
//! crate use for a code parses to that code. The first three are kept as fixtures (see
//! `fixtures/phrases/`); the `http` crate is asked directly.

use crate::common;

use status_registry::{StatusCode, Vendor};

fn check(source: &str, code: u16, phrase: &str) {
    let parsed = phrase.parse::<StatusCode>();
    // A phrase may belong to a vendor code (Node lists 509); it parses only with that vendor on.
    let owner_enabled = StatusCode::meanings(code).next().is_some();
    if owner_enabled {
        let status = parsed.unwrap_or_else(|e| panic!("{source}: `{phrase}` does not parse: {e}"));
        assert_eq!(status.code(), code, "{source}: `{phrase}`");
        assert_eq!(phrase.to_uppercase().parse::<StatusCode>(), Ok(status), "case-insensitive");
        assert_eq!(format!("{code} {phrase}").parse::<StatusCode>(), Ok(status));
    } else {
        assert!(
            Vendor::ALL.iter().any(|v| !v.is_enabled()),
            "{source}: {code} `{phrase}` has no meaning although every vendor is on"
        );
    }
}

fn check_fixture(name: &str) -> usize {
    let rows = common::tsv(&format!("phrases/{name}.tsv"));
    for row in &rows {
        check(name, row[0].parse().unwrap(), &row[1]);
    }
    rows.len()
}

#[test]
fn python_phrases_parse() {
    assert!(check_fixture("python") >= 60);
}

#[test]
fn node_phrases_parse() {
    assert!(check_fixture("node") >= 60);
}

#[test]
fn go_phrases_parse() {
    assert!(check_fixture("go") >= 60);
}

#[test]
fn http_crate_phrases_parse() {
    let mut checked = 0;
    for code in 100..=999 {
        if let Some(phrase) = http::StatusCode::from_u16(code).ok().and_then(|s| s.canonical_reason()) {
            check("http", code, phrase);
            checked += 1;
        }
    }
    assert!(checked >= 60);
}

#[test]
fn the_legacy_phrases_named_in_the_registry_contract_resolve() {
    for (phrase, code) in [
        ("Payload Too Large", 413),
        ("Request Entity Too Large", 413),
        ("Unprocessable Entity", 422),
        ("Requested Range Not Satisfiable", 416),
        ("Request-URI Too Long", 414),
        ("Moved Temporarily", 302),
        ("I'm a Teapot", 418),
        ("Request Time-out", 408),
        ("Gateway Time-out", 504),
    ] {
        assert_eq!(phrase.parse::<StatusCode>().map(status_registry::StatusCode::code), Ok(code), "`{phrase}`");
        assert_eq!(StatusCode::from(code).vendor(), None);
    }
}
