//! The registries beside the status codes, from `registry.yaml`: RFC 9457 problem types and RFC
//! 9209 proxy error types, every value of each checked against the registry the generator read,
//! and the `Proxy-Status` field against RFC 9209's own examples.

use status_registry::problem_type::TypeLifecycle;
use status_registry::proxy_status::{ProxyEntry, ProxyError, ProxyStatus};
use status_registry::{Lang, Problem, ProblemType, Status, StatusCode};

fn registry() -> &'static status_registry_codegen::model::Checked {
    status_registry_codegen::embedded().expect("the registry loads")
}

#[test]
fn every_problem_type_is_its_registry_entry_and_parses_back() {
    let types = &registry().problem_types;
    assert_eq!(ProblemType::ALL.len(), types.len());
    assert!(types.len() >= 9, "about:blank and the eight draft types");
    for (ty, def) in ProblemType::ALL.iter().zip(types) {
        assert_eq!(ty.name(), def.id.value);
        assert_eq!(ty.uri(), def.uri.value);
        assert_eq!(ty.to_string(), def.uri.value);
        assert_eq!(ty.title(), def.title.value);
        assert_eq!(ty.title_in(Lang::Ja), def.title_ja.value);
        assert_eq!(ty.recommends_status(), def.status.is_some());
        assert_eq!(ty.status().code(), def.status.as_ref().map_or(500, |s| s.value));
        assert_eq!(ty.members().len(), def.members.len());
        for (member, def) in ty.members().iter().zip(&def.members) {
            assert_eq!(member.name, def.name.value);
            assert_eq!(ty.member(member.name), Some(member));
        }
        match (ty.lifecycle(), &def.lifecycle.value) {
            (TypeLifecycle::Registered, status_registry_codegen::model::TypeLifecycle::Registered) => {}
            (
                TypeLifecycle::Draft { name, revision },
                status_registry_codegen::model::TypeLifecycle::Draft { name: n, revision: r },
            ) => assert_eq!((name, revision), (n.as_str(), *r)),
            other => panic!("{ty:?}: {other:?}"),
        }
        assert_eq!(ty.uri().parse::<ProblemType>(), Ok(*ty));
        assert_eq!(ty.name().parse::<ProblemType>(), Ok(*ty));
        assert_eq!(ty.name().to_ascii_uppercase().parse::<ProblemType>(), Ok(*ty));
        assert!(ty.spec().contains("Section"), "{ty:?} cites its section");
        // A problem of the type is read back as the type; about:blank is a plain 500.
        let problem = Problem::of_type(*ty);
        let read: Problem = serde_json::from_value(serde_json::to_value(&problem).unwrap()).unwrap();
        assert_eq!(read.problem_type(), Some(*ty));
        assert_eq!(read.status(), Some(ty.status()));
    }
    assert!("https://iana.org/assignments/http-problem-types#quota".parse::<ProblemType>().is_err());
    assert!("HTTPS://iana.org/assignments/http-problem-types#quota-exceeded".parse::<ProblemType>().is_err());
    assert_eq!(ProblemType::QuotaExceeded.status(), StatusCode::TooManyRequests);
    assert_eq!(ProblemType::MismatchingUploadOffset.status(), StatusCode::Conflict);
    assert_eq!(ProblemType::TemporaryReducedCapacity.status(), StatusCode::ServiceUnavailable);
}

#[test]
fn every_proxy_error_is_its_registry_entry_and_parses_back() {
    let errors = &registry().proxy_errors;
    assert_eq!(ProxyError::ALL.len(), 32, "RFC 9209, Section 2.3 defines 32");
    assert_eq!(errors.len(), 32);
    for (error, def) in ProxyError::ALL.iter().zip(errors) {
        assert_eq!(error.name(), def.name.value);
        assert_eq!(error.to_string(), def.name.value);
        assert_eq!(error.name().parse::<ProxyError>(), Ok(*error));
        assert_eq!(error.status().map(StatusCode::code), def.status.as_ref().map(|s| s.value));
        assert_eq!(error.never_forwarded(), def.never_forwarded);
        assert_eq!(error.params().len(), def.params.len());
        assert!(!error.description_in(Lang::Ja).is_empty());
        assert_eq!(error.spec(), def.spec.value);
    }
    assert!(ProxyError::ConnectionRefused.never_forwarded());
    assert!(!ProxyError::HttpResponseTimeout.never_forwarded());
    assert_eq!(ProxyError::HttpRequestError.status(), None);
    assert!("CONNECTION_REFUSED".parse::<ProxyError>().is_err(), "the names are lower case");
}

/// Every status the build has with a `proxy_error` reports it; one whose hint is `always` names an
/// error after which the request never went on (the validator's rule, seen from the runtime).
#[test]
fn statuses_report_their_proxy_error() {
    for status in StatusCode::ALL {
        let info = status.info().expect("a registered status");
        assert_eq!(status.proxy_error().map(ProxyError::name), info.proxy_error, "{status}");
        if let Some(error) = status.proxy_error() {
            assert!(info.vendor.is_some(), "{status}: only vendor codes map to a proxy error");
            if status.retry() == status_registry::Retry::Always {
                assert!(error.never_forwarded(), "{status} retries always after {error}");
            }
        }
    }
    #[cfg(feature = "vendor-cloudflare")]
    {
        assert_eq!(StatusCode::CloudflareWebServerIsDown.proxy_error(), Some(ProxyError::ConnectionRefused));
        assert_eq!(StatusCode::CloudflareTimeoutOccurred.proxy_error(), Some(ProxyError::HttpResponseTimeout));
        assert_eq!(StatusCode::CloudflareWebServerIsDown.retry(), status_registry::Retry::Always);
    }
}

fn examples() -> Vec<Vec<String>> {
    include_str!("../../fixtures/rfc9209/examples.tsv")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.is_empty())
        .map(|line| line.split('\t').map(str::to_owned).collect())
        .collect()
}

#[test]
fn rfc_9209_examples_read_and_write_back() {
    let examples = examples();
    assert_eq!(examples.len(), 10);
    for example in examples {
        let [value, first, last, error, extra] = example.as_slice() else { panic!("{example:?}") };
        let field = ProxyStatus::parse(value).unwrap_or_else(|e| panic!("{value}: {e}"));
        let entries = field.entries();
        assert_eq!(entries[0].proxy(), first, "{value}");
        assert_eq!(field.last().unwrap().proxy(), last, "{value}");
        let want_error = (error != "-").then_some(error.as_str());
        assert_eq!(entries[0].error_name(), want_error, "{value}");
        assert_eq!(entries[0].error(), want_error.and_then(|e| e.parse().ok()), "{value}");
        let last = field.last().unwrap();
        match extra.split_once('=') {
            None => {}
            Some(("next-hop", hop)) => assert_eq!(last.next_hop(), Some(hop)),
            Some(("next-protocol", protocol)) => assert_eq!(last.next_protocol(), Some(protocol)),
            Some(("received-status", code)) => assert_eq!(last.received_status(), code.parse().ok()),
            Some(("details", details)) => assert_eq!(last.details(), Some(details)),
            Some(other) => panic!("{other:?}"),
        }
        // Written back as RFC 9651 serializes it (no space after `;`), and read again the same.
        let written = field.to_string();
        assert_eq!(written, value.replace("; ", ";"), "{value}");
        assert_eq!(ProxyStatus::parse(&written), Ok(field.clone()));
        let header = http::HeaderValue::from(&field);
        assert_eq!(ProxyStatus::try_from(&header), Ok(field));
    }
}

#[test]
fn proxy_status_refuses_what_is_not_a_list_of_intermediaries() {
    use status_registry::proxy_status::ParseProxyStatusError;
    assert_eq!(ProxyStatus::parse("edge; error=connection_refused,"), Err(ParseProxyStatusError::NotAList));
    assert_eq!(ProxyStatus::parse("edge;ERROR=x"), Err(ParseProxyStatusError::NotAList));
    assert_eq!(ProxyStatus::parse("edge, (a b)"), Err(ParseProxyStatusError::NotAnIntermediary { index: 1 }));
    assert_eq!(ProxyStatus::parse("42"), Err(ParseProxyStatusError::NotAnIntermediary { index: 0 }));
    assert_eq!(ProxyStatus::parse("").map(|f| f.entries().len()), Ok(0));
    let built = ProxyStatus::new(vec![
        ProxyEntry::new("origin-proxy").with_error(ProxyError::HttpResponseTimeout),
        ProxyEntry::new("edge cache").with_error(ProxyError::ConnectionRefused).with_details("port 8080 closed"),
    ]);
    assert_eq!(
        built.to_string(),
        "origin-proxy;error=http_response_timeout, \"edge cache\";error=connection_refused;details=\"port 8080 closed\""
    );
    assert_eq!(built.last().unwrap().error(), Some(ProxyError::ConnectionRefused));
}

/// `Status::retry_decision_for` reads `Proxy-Status` as the adapters do.
#[test]
fn the_retry_decision_reads_proxy_status() {
    let now = std::time::SystemTime::now();
    let mut headers = http::HeaderMap::new();
    let post = http::Method::POST;
    assert!(!StatusCode::BadGateway.retry_decision_for(&post, &headers, now).is_retry());
    headers.insert("proxy-status", http::HeaderValue::from_static("edge; error=connection_refused"));
    assert!(StatusCode::BadGateway.retry_decision_for(&post, &headers, now).is_retry());
    assert!(StatusCode::InternalServerError.retry_decision_for(&post, &headers, now).is_retry());
    assert!(!StatusCode::NotFound.retry_decision_for(&post, &headers, now).is_retry(), "a 4xx is its own");
    headers.insert("proxy-status", http::HeaderValue::from_static("edge; error=connection_refused, cdn"));
    assert!(!StatusCode::BadGateway.retry_decision_for(&post, &headers, now).is_retry(), "the last entry decides");
    headers.insert("proxy-status", http::HeaderValue::from_static("edge; error=connection_terminated"));
    assert!(!StatusCode::BadGateway.retry_decision_for(&post, &headers, now).is_retry());
}
