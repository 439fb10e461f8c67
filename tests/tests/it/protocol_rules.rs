//! The protocol rules of each status: retry decisions from the registry's hint, the method and
//! `Retry-After`; the header fields RFC 9110 asks for (`tests/fixtures/rfc9110-header-rules.tsv`);
//! `conformance::check` for each rule; and the comparison with what common clients retry, which
//! `docs/retry.md` records (`tests/fixtures/retry-clients.tsv`).

use crate::common;

use std::collections::BTreeSet;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use status_registry::conformance::{self, Level, Rule};
use status_registry::{Retry, RetryAfter, RetryDecision, Status, StatusCode};

fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_780_000_000)
}

/// What the decision must be, written out from the meaning of each hint rather than through
/// `Retry::allows`.
fn expected(hint: Retry, idempotent: bool, retry_after: Option<Duration>) -> RetryDecision {
    let retry = match hint {
        Retry::Never => false,
        Retry::Idempotent => idempotent,
        Retry::Always => true,
        Retry::AfterRetryAfter => retry_after.is_some(),
    };
    if retry { RetryDecision::Retry { after: retry_after } } else { RetryDecision::Stop }
}

#[test]
fn every_code_decides_by_its_hint_the_method_and_retry_after() {
    let in_a_minute = RetryAfter::Date(now() + Duration::from_secs(60));
    let past = RetryAfter::Date(now() - Duration::from_secs(60));
    let waits = [
        (None, None),
        (Some(RetryAfter::Delay(Duration::from_secs(3))), Some(Duration::from_secs(3))),
        (Some(in_a_minute), Some(Duration::from_secs(60))),
        (Some(past), Some(Duration::ZERO)),
    ];
    for code in 0..=999u16 {
        let status = StatusCode::from(code);
        let hint = status.retry();
        match status.info() {
            Some(info) => assert_eq!(hint, info.retry, "{code}"),
            // An unrecognised code is its class's x00 (RFC 9110, Section 15), and never retried
            // outside 1xx-5xx.
            None if (100..600).contains(&code) => {
                assert_eq!(hint, StatusCode::from(code / 100 * 100).info().map_or(Retry::Never, |i| i.retry), "{code}");
            }
            None => assert_eq!(hint, Retry::Never, "{code}"),
        }
        for idempotent in [false, true] {
            for (retry_after, wait) in &waits {
                let decision = status.retry_decision(idempotent, retry_after.as_ref(), now());
                assert_eq!(
                    decision,
                    expected(hint, idempotent, *wait),
                    "{code} idempotent={idempotent} {retry_after:?}"
                );
                assert_eq!(decision, hint.decide(idempotent, *wait));
                assert_eq!(decision.is_retry(), hint.allows(idempotent, wait.is_some()));
            }
        }
    }
}

#[test]
fn the_reviewed_hints_hold() {
    let post = |status: StatusCode, retry_after: Option<&RetryAfter>| status.retry_decision(false, retry_after, now());
    let wait = RetryAfter::Delay(Duration::from_secs(1));
    // 429 and 503 are retried without Retry-After, and honour it when it is there.
    for status in [StatusCode::TooManyRequests, StatusCode::ServiceUnavailable] {
        assert_eq!(post(status, None), RetryDecision::Retry { after: None }, "{status}");
        assert_eq!(post(status, Some(&wait)), RetryDecision::Retry { after: Some(Duration::from_secs(1)) });
    }
    // 501 and 505 never succeed on a second try, whatever the response says.
    for status in [StatusCode::NotImplemented, StatusCode::HttpVersionNotSupported] {
        assert_eq!(status.retry_decision(true, Some(&wait), now()), RetryDecision::Stop, "{status}");
    }
    // 413 only when the server says the limit is temporary.
    assert_eq!(post(StatusCode::ContentTooLarge, None), RetryDecision::Stop);
    assert!(post(StatusCode::ContentTooLarge, Some(&wait)).is_retry());
    // 502 and 504 may follow an upstream that acted: only idempotent requests.
    for status in [StatusCode::BadGateway, StatusCode::GatewayTimeout, StatusCode::InternalServerError] {
        assert_eq!(post(status, None), RetryDecision::Stop, "{status}");
        assert!(status.retry_decision(true, None, now()).is_retry(), "{status}");
    }
}

#[test]
fn every_hint_but_never_and_every_5xx_says_why() {
    for status in StatusCode::ALL {
        let info = status.info().unwrap();
        if info.retry != Retry::Never || status.is_server_error() {
            assert!(info.retry_note.ends_with('.') && info.retry_note.len() > 20, "{status}: `{}`", info.retry_note);
        }
    }
}

#[test]
fn the_http_helper_reads_the_method_and_retry_after() {
    let mut headers = http::HeaderMap::new();
    let now = now();
    assert_eq!(
        StatusCode::GatewayTimeout.retry_decision_for(&http::Method::PUT, &headers, now),
        RetryDecision::Retry { after: None }
    );
    assert_eq!(StatusCode::GatewayTimeout.retry_decision_for(&http::Method::POST, &headers, now), RetryDecision::Stop);
    assert_eq!(StatusCode::GatewayTimeout.retry_decision_for(&http::Method::PATCH, &headers, now), RetryDecision::Stop);
    headers.insert(http::header::RETRY_AFTER, http::HeaderValue::from_static("Wed, 21 Oct 2026 07:28:00 GMT"));
    let until = RetryAfter::parse("Wed, 21 Oct 2026 07:28:00 GMT").unwrap().delay_from(now);
    assert_eq!(
        StatusCode::ContentTooLarge.retry_decision_for(&http::Method::POST, &headers, now),
        RetryDecision::Retry { after: Some(until) }
    );
    // A value that does not parse is no Retry-After at all.
    headers.insert(http::header::RETRY_AFTER, http::HeaderValue::from_static("soon"));
    assert_eq!(RetryAfter::from_headers(&headers), None);
    assert_eq!(StatusCode::ContentTooLarge.retry_decision_for(&http::Method::GET, &headers, now), RetryDecision::Stop);
}

#[derive(status_registry::StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Api {
    Ok,
    #[status(429, reason = "Slow Down")]
    SlowDown,
    BadGateway,
    #[status(503)]
    Maintenance,
    #[status(other)]
    Other(u16),
}

/// For every code, method, `Retry-After` and `RateLimit`: `retry_decision_for` is the hint's
/// decision, except that a 429 or 503 the hint retries without `Retry-After` waits for the reset
/// of an exhausted quota; derived enums decide as `StatusCode` does; `classify` (no headers) agrees
/// with the decision without headers; the adapters' idempotency adds `Idempotency-Key`.
#[test]
fn every_code_decides_for_http_by_the_hint_retry_after_and_ratelimit() {
    use status_registry::client::{classify, request_is_idempotent};
    let field = |name: &'static str, value: &'static str| {
        let mut headers = http::HeaderMap::new();
        headers.insert(name, http::HeaderValue::from_static(value));
        headers
    };
    let cases = [
        (http::HeaderMap::new(), None, None),
        (field("retry-after", "7"), Some(Duration::from_secs(7)), None),
        (field("ratelimit", "\"default\";r=0;t=30"), None, Some(Duration::from_secs(30))),
        (field("ratelimit", "\"default\";r=5;t=30"), None, None),
        (field("ratelimit", "\"default\";r=0;t=30,"), None, None),
    ];
    let mut with_quota = cases[2].0.clone();
    with_quota.insert("retry-after", http::HeaderValue::from_static("2"));
    let mut keyed = http::HeaderMap::new();
    keyed.insert("idempotency-key", http::HeaderValue::from_static("\"k-1\""));
    for method in [http::Method::GET, http::Method::PUT, http::Method::POST, http::Method::PATCH] {
        let idempotent = method.is_idempotent();
        assert!(request_is_idempotent(&method, &keyed));
        assert_eq!(request_is_idempotent(&method, &http::HeaderMap::new()), idempotent);
        for code in 0..=999u16 {
            let status = StatusCode::from(code);
            let hint = status.retry();
            for (headers, retry_after, quota) in &cases {
                let decision = status.retry_decision_for(&method, headers, now());
                let plain = expected(hint, idempotent, *retry_after);
                let want = match plain {
                    RetryDecision::Retry { after: None } if matches!(code, 429 | 503) => {
                        RetryDecision::Retry { after: *quota }
                    }
                    other => other,
                };
                assert_eq!(decision, want, "{code} {method} {headers:?}");
                let api = Api::from(code);
                assert_eq!(Status::retry_decision_for(api, &method, headers, now()), decision, "{code} as Api");
            }
            // Retry-After wins over RateLimit.
            let both = status.retry_decision_for(&method, &with_quota, now());
            assert_eq!(both, expected(hint, idempotent, Some(Duration::from_secs(2))), "{code}");
            if let Ok(theirs) = http::StatusCode::from_u16(code) {
                // The adapters read a code by its IANA meaning, or its class, whatever vendors are on.
                let adapters = adapter_hint(code);
                assert_eq!(classify(&method, Some(theirs)), adapters.allows(idempotent, false), "{code} {method}");
                if StatusCode::meanings(code).all(|s| s.info().is_some_and(|i| i.vendors.is_empty())) {
                    assert_eq!(adapters, hint, "{code}: no vendor meaning is on, so both read the same row");
                }
            }
        }
        assert_eq!(classify(&method, None), idempotent, "no response, {method}");
    }
}

/// The hint the client adapters use for `code`: its IANA row's, or its class's `x00` code's
/// (RFC 9110, Section 15), or never outside 100 to 599.
fn adapter_hint(code: u16) -> Retry {
    let iana = StatusCode::meanings(code).find(|s| s.info().is_some_and(|i| i.vendors.is_empty()));
    match iana {
        Some(status) => status.retry(),
        None if (100..600).contains(&code) => StatusCode::from(code / 100 * 100).retry(),
        None => Retry::Never,
    }
}

/// QUERY (RFC 10008) is safe and idempotent: every decision counts it so (the crate asks for `http`
/// 1.5 or later, which knows it); a method that merely looks alike is not.
#[test]
fn query_is_idempotent_in_every_decision() {
    use status_registry::client::{classify, request_is_idempotent};
    let query = http::Method::from_bytes(b"QUERY").unwrap();
    let none = http::HeaderMap::new();
    assert!(request_is_idempotent(&query, &none));
    assert!(StatusCode::BadGateway.retry_decision_for(&query, &none, now()).is_retry());
    assert!(!StatusCode::BadGateway.retry_decision_for(&http::Method::POST, &none, now()).is_retry());
    assert!(classify(&query, Some(http::StatusCode::BAD_GATEWAY)));
    assert!(classify(&query, None), "no response: an idempotent request is retried");
    for other in [&b"QUERIES"[..], b"query", b"SEARCH"] {
        let method = http::Method::from_bytes(other).unwrap();
        assert!(!request_is_idempotent(&method, &none), "{method}");
    }
}

#[test]
fn retry_after_becomes_the_header_value_servers_send() {
    for text in ["0", "120", "Sun, 06 Nov 1994 08:49:37 GMT", "Fri, 31 Dec 9999 23:59:59 GMT"] {
        let parsed = RetryAfter::parse(text).unwrap();
        assert_eq!(http::HeaderValue::from(parsed), text);
    }
    // The other two date forms go out as IMF-fixdate.
    let asctime = RetryAfter::parse("Sun Nov  6 08:49:37 1994").unwrap();
    assert_eq!(http::HeaderValue::from(asctime), "Sun, 06 Nov 1994 08:49:37 GMT");
    let value = http::HeaderValue::from(RetryAfter::Date(now()));
    assert_eq!(httpdate::parse_http_date(value.to_str().unwrap()).ok(), Some(now()));
}

/// (code or `1xx`, field or `(no content)`, level, RFC 9110 section).
fn rfc_rules() -> Vec<(String, String, Level, String)> {
    common::tsv("rfc9110-header-rules.tsv")
        .into_iter()
        .map(|row| {
            let level = row[2].parse().unwrap();
            (row[0].clone(), row[1].clone(), level, format!("RFC 9110, Section {}", row[3]))
        })
        .collect()
}

#[test]
fn header_rules_are_rfc_9110s() {
    let rules = rfc_rules();
    for status in StatusCode::ALL {
        let code = status.code().to_string();
        let mut expected: Vec<(&str, Level, &str)> = rules
            .iter()
            .filter(|(c, field, ..)| *c == code && field != "(no content)")
            .map(|(_, field, level, spec)| (field.as_str(), *level, spec.as_str()))
            .collect();
        expected.sort_by_key(|(_, level, _)| *level);
        let actual: Vec<(&str, Level, &str)> =
            status.header_rules().iter().map(|r| (r.name, r.level, r.spec)).collect();
        assert_eq!(actual, expected, "{status}");
        let by_level = |level| expected.iter().filter(|r| r.1 == level).map(|r| r.0).collect::<Vec<_>>();
        let names = |rules: &[status_registry::HeaderRule]| rules.iter().map(|r| r.name).collect::<Vec<_>>();
        assert_eq!(names(status.required_headers()), by_level(Level::Must), "{status}");
        assert_eq!(names(status.recommended_headers()), by_level(Level::Should), "{status}");
        // The two are `header_rules` split in two, each rule with its level.
        assert!(status.required_headers().iter().all(|r| r.level == Level::Must), "{status}");
        assert!(status.recommended_headers().iter().all(|r| r.level == Level::Should), "{status}");
        // Each rule is written in the section that defines the status.
        for rule in status.header_rules() {
            assert_eq!(Some(rule.spec), status.info().unwrap().spec, "{status}");
        }
    }
    // An unrecognised code is its class's x00, which has no rules.
    for code in [199, 299, 399, 490, 598] {
        let status = StatusCode::from(code);
        if !status.is_registered() {
            assert!(status.header_rules().is_empty() && status.recommended_headers().is_empty(), "{code}");
        }
    }
}

#[test]
fn the_content_rule_is_rfc_9110s() {
    let rules = rfc_rules();
    let no_content = |code: u16| {
        rules.iter().any(|(c, field, ..)| {
            field == "(no content)" && (*c == code.to_string() || (c == "1xx" && code / 100 == 1))
        })
    };
    for status in StatusCode::ALL.iter().filter(|s| s.vendor().is_none()) {
        assert_eq!(!status.allows_content(), no_content(status.code()), "{status}");
    }
}

fn headers(names: &[&str]) -> http::HeaderMap {
    let mut map = http::HeaderMap::new();
    for name in names {
        map.insert(http::HeaderName::from_bytes(name.as_bytes()).unwrap(), http::HeaderValue::from_static("x"));
    }
    map
}

#[test]
fn check_reports_each_missing_header_at_its_level() {
    for (code, field, level, spec) in rfc_rules() {
        let Ok(code) = code.parse::<u16>() else { continue };
        if field == "(no content)" {
            continue;
        }
        let status = StatusCode::from(code);
        let violations = conformance::check(status, &headers(&[]), status.allows_content());
        assert_eq!(violations.len(), 1, "{code}: {violations:?}");
        let violation = &violations[0];
        assert_eq!((violation.level, violation.code, violation.spec), (level, code, spec.as_str()));
        assert_eq!((violation.method(), violation.uri()), (None, None), "check sees no request");
        assert_eq!(violation.rule, Rule::MissingHeader(static_name(status, &field)));
        let message = violation.to_string();
        assert!(message.contains(&format!("`{field}`")) && message.contains(&spec), "{message}");
        assert!(message.contains(level.as_str()) && message.starts_with(&status.to_string()), "{message}");
        // The field in any case, with any value, satisfies the rule.
        assert!(conformance::check(status, &headers(&[&field.to_uppercase()]), false).is_empty(), "{code}");
    }
}

fn static_name(status: StatusCode, field: &str) -> &'static str {
    status.header_rules().iter().find(|r| r.name == field).map(|r| r.name).unwrap()
}

#[test]
fn check_reports_content_where_the_status_forbids_it() {
    for (code, spec) in [(100, "6.4.1"), (101, "6.4.1"), (204, "6.4.1"), (205, "15.3.6"), (304, "6.4.1")] {
        let status = StatusCode::from(code);
        let required: Vec<&str> = status.required_headers().iter().map(|r| r.name).collect();
        let present = headers(&required);
        assert!(conformance::check(status, &present, false).is_empty(), "{code}");
        let violations = conformance::check(status, &present, true);
        assert_eq!(violations.len(), 1, "{code}");
        assert_eq!(violations[0].level, Level::Must);
        assert_eq!(violations[0].rule, Rule::ContentNotAllowed);
        assert_eq!(violations[0].spec, format!("RFC 9110, Section {spec}"));
        assert!(violations[0].to_string().contains("with content"), "{}", violations[0]);
    }
    // A 101 with content and no Upgrade breaks two requirements.
    let both = conformance::check(StatusCode::SwitchingProtocols, &headers(&[]), true);
    assert_eq!(
        both.iter().map(|v| v.rule).collect::<Vec<_>>(),
        [Rule::MissingHeader("upgrade"), Rule::ContentNotAllowed]
    );
    // Statuses without rules, and unrecognised codes within 100 to 599, pass with or without content.
    for code in [200, 404, 500, 299, 599] {
        assert!(conformance::check(StatusCode::from(code), &headers(&[]), true).is_empty(), "{code}");
    }
}

/// A code outside 100 to 599 is a MUST violation (RFC 9110, Section 15), registered or not, with or
/// without content, and every code inside passes this rule.
#[test]
fn check_reports_codes_outside_the_range_of_http() {
    for code in 0..=999u16 {
        let violations = conformance::check(StatusCode::from(code), &headers(&[]), false);
        let out_of_range: Vec<_> = violations.iter().filter(|v| v.rule == Rule::CodeOutOfRange).collect();
        if (100..600).contains(&code) {
            assert!(out_of_range.is_empty(), "{code}: {violations:?}");
        } else {
            assert_eq!(out_of_range.len(), 1, "{code}: {violations:?}");
            let violation = out_of_range[0];
            assert_eq!((violation.level, violation.code, violation.spec), (Level::Must, code, "RFC 9110, Section 15"));
            let message = violation.to_string();
            assert!(message.ends_with(", a code outside 100 to 599: MUST (RFC 9110, Section 15)"), "{message}");
        }
    }
}

/// The codes for which a client that retries `idempotent` requests without a Retry-After (or
/// with one) would retry here: IANA codes only, as the clients list them.
fn ours(with_retry_after: bool) -> BTreeSet<u16> {
    let wait = RetryAfter::Delay(Duration::from_secs(1));
    StatusCode::ALL
        .iter()
        .filter(|s| s.vendor().is_none() && s.is_error())
        .filter(|s| s.retry_decision(true, with_retry_after.then_some(&wait), now()).is_retry())
        .map(|s| s.code())
        .collect()
}

fn list(codes: &BTreeSet<u16>) -> String {
    if codes.is_empty() {
        return "none".to_owned();
    }
    codes.iter().map(u16::to_string).collect::<Vec<_>>().join(", ")
}

#[test]
fn docs_retry_md_records_the_comparison_with_each_client() {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/retry.md")).unwrap();
    let clients = common::tsv("retry-clients.tsv");
    assert_eq!(clients.len(), 8);
    let mut missing = Vec::new();
    for row in clients {
        let (client, condition) = (&row[0], &row[2]);
        let theirs: BTreeSet<u16> = row[1].split(',').map(|c| c.parse().unwrap()).collect();
        let ours = ours(condition == "with Retry-After");
        let also: BTreeSet<u16> = ours.difference(&theirs).copied().collect();
        let not: BTreeSet<u16> = theirs.difference(&ours).copied().collect();
        let expected = format!("| {client} | {} | {condition} | {} | {} |", list(&theirs), list(&also), list(&not));
        if !doc.lines().any(|l| l == expected) {
            missing.push(expected);
        }
    }
    assert!(missing.is_empty(), "docs/retry.md lacks the rows\n{}", missing.join("\n"));
}
