//! status-registry in a web service, without a server: responses (`axum`), problem details
//! (`problem`, RFC 9457's own examples in `tests/fixtures/rfc9457/`), OpenAPI responses
//! (`utoipa`), error enums with data, and statuses read back from a response's phrase. The wire
//! itself is tested on 127.0.0.1 by `examples/tests/it/wire.rs`.

use std::fmt;

use axum_core::response::IntoResponse;
use hyper::ext::ReasonPhrase;
use serde_json::json;
use status_registry::{Problem, Status, StatusCode, StatusRegistry};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/fixtures/rfc9457/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn phrase(response: &axum_core::response::Response) -> Option<String> {
    response.extensions().get::<ReasonPhrase>().map(|p| String::from_utf8(p.as_bytes().to_vec()).unwrap())
}

#[test]
fn rfc_9457s_examples_read_with_their_extensions_and_write_back() {
    let credit: Problem = serde_json::from_str(&fixture("out-of-credit.json")).unwrap();
    assert_eq!(credit.type_uri(), "https://example.com/probs/out-of-credit");
    assert_eq!(credit.title(), Some("You do not have enough credit."));
    assert_eq!(credit.detail(), Some("Your current balance is 30, but that costs 50."));
    assert_eq!(credit.instance(), Some("/account/12345/msgs/abc"));
    assert_eq!((credit.status(), credit.code()), (None, None));
    assert_eq!(credit.extension("balance"), Some(&json!(30)));
    assert_eq!(credit.extension("accounts"), Some(&json!(["/account/12345", "/account/67890"])));
    let validation: Problem = serde_json::from_str(&fixture("validation-error.json")).unwrap();
    assert_eq!(validation.extension("errors").and_then(|e| e.as_array()).map(Vec::len), Some(2));
    for (name, problem) in [("out-of-credit.json", credit), ("validation-error.json", validation)] {
        // The same JSON object comes back, member for member.
        let original: serde_json::Value = serde_json::from_str(&fixture(name)).unwrap();
        assert_eq!(serde_json::to_value(&problem).unwrap(), original, "{name}");
        assert_eq!(serde_json::from_value::<Problem>(original).unwrap(), problem, "{name}");
    }
}

#[test]
fn members_of_the_wrong_type_are_ignored_not_fatal() {
    let text = r#"{"type": 5, "title": ["t"], "status": "404", "detail": null, "instance": 7, "x": {"y": 1}}"#;
    let problem: Problem = serde_json::from_str(text).unwrap();
    assert_eq!(problem.type_uri(), "about:blank");
    assert_eq!((problem.title(), problem.code(), problem.detail(), problem.instance()), (None, None, None, None));
    assert_eq!(problem.extension("x"), Some(&json!({"y": 1})));
    assert_eq!(problem.extensions().len(), 1, "a defined member never becomes an extension");
    for status in [json!(1000), json!(-1), json!(404.5), json!(1e10), json!("404")] {
        let problem: Problem = serde_json::from_value(json!({ "status": status })).unwrap();
        assert_eq!(problem.code(), None, "{status}");
    }
    assert!(serde_json::from_str::<Problem>("[1, 2]").is_err(), "a problem is an object");
}

#[test]
fn every_status_titles_its_problem_and_reads_back_from_it() {
    for &status in StatusCode::ALL {
        let problem = Problem::new(status);
        assert_eq!(problem.type_uri(), "about:blank");
        if !(100..=599).contains(&status.code()) {
            // A code outside HTTP's 100 to 599 (000, Shopify's 783, LinkedIn's 999) is sent as a
            // 500, and its problem says so.
            assert_eq!((problem.code(), problem.title()), (Some(500), Some("Internal Server Error")), "{status}");
            continue;
        }
        assert_eq!(problem.title(), Some(status.reason()), "{status}");
        assert_eq!(problem.code(), Some(status.code()));
        let read: Problem = serde_json::from_value(serde_json::to_value(&problem).unwrap()).unwrap();
        // The title picks the meaning: vendor codes that share a number read back as themselves.
        assert_eq!(read.status(), Some(status), "{status}");
        assert_eq!(read, problem);
    }
    let custom = Problem::new(StatusCode::Forbidden)
        .with_type("https://example.com/probs/out-of-credit")
        .with_title("You do not have enough credit.")
        .with_extension("balance", 30)
        .with_extension("title", "ignored");
    assert_eq!(custom.status(), Some(StatusCode::Forbidden));
    assert_eq!(custom.title(), Some("You do not have enough credit."));
    assert_eq!(custom.extension("title"), None);
    assert_eq!(custom.to_string(), "403 You do not have enough credit.");
}

#[test]
fn a_status_is_a_response_with_its_phrase() {
    for &status in StatusCode::ALL {
        let response = status.into_response();
        if (100..=599).contains(&status.code()) {
            let wire = http::StatusCode::from_u16(status.code()).expect("http carries 100 to 599");
            assert_eq!(response.status(), wire, "{status}");
            assert_eq!(phrase(&response).as_deref(), Some(status.reason()), "{status}");
        } else {
            // AWS ELB 000 is no response at all in the logs that have it, and a code from 600 up is
            // no HTTP status (RFC 9110, Section 15): sent, either is a 500.
            assert_eq!(response.status(), http::StatusCode::INTERNAL_SERVER_ERROR, "{status}");
            assert_eq!(phrase(&response).as_deref(), Some("Internal Server Error"));
        }
    }
}

#[test]
fn a_response_phrase_picks_the_meaning() {
    for &status in StatusCode::ALL {
        let Ok(wire) = http::StatusCode::from_u16(status.code()) else { continue };
        // Reading: every code `http` carries, 999 included, picks its meaning by the phrase.
        let mut extensions = http::Extensions::new();
        extensions.insert(ReasonPhrase::try_from(status.reason().as_bytes()).unwrap());
        assert_eq!(StatusCode::from_http_parts(wire, &extensions), status, "{status}");
        // Sending and reading back: every code the crate sends (100 to 599).
        let response = status.into_response();
        let sent = if status.code() <= 599 { status } else { StatusCode::InternalServerError };
        assert_eq!(StatusCode::from_response(&response), sent, "{status}");
    }
    // Without a phrase, or with one no meaning has, the code decides.
    let none = http::Extensions::new();
    assert_eq!(StatusCode::from_http_parts(http::StatusCode::NOT_FOUND, &none), StatusCode::NotFound);
    let mut odd = http::Extensions::new();
    odd.insert(ReasonPhrase::from_static(b"Nothing Here"));
    assert_eq!(StatusCode::from_http_parts(http::StatusCode::NOT_FOUND, &odd), StatusCode::NotFound);
}

/// A service's error enum: members with data, by name and by code, two of them 404.
#[derive(StatusRegistry, Debug)]
#[status_registry(axum, problem, utoipa)]
enum AppError {
    NotFound {
        id: u64,
    },
    #[status(404, reason = "No Such User")]
    NoUser(String),
    #[status(409)]
    Taken(String),
    #[status(500)]
    Database(String),
    ServiceUnavailable,
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::NotFound { id } => write!(f, "item {id} does not exist"),
            AppError::NoUser(name) => write!(f, "nobody is called {name}"),
            AppError::Taken(name) => write!(f, "{name} is taken"),
            AppError::Database(message) => write!(f, "the database said: {message}"),
            AppError::ServiceUnavailable => f.write_str("back soon"),
        }
    }
}

#[test]
fn error_enums_with_data_have_a_status_per_value() {
    let cases = [
        (AppError::NotFound { id: 7 }, StatusCode::NotFound, "Not Found"),
        (AppError::NoUser("ada".into()), StatusCode::NotFound, "No Such User"),
        (AppError::Taken("ada".into()), StatusCode::Conflict, "Conflict"),
        (AppError::Database("disk full".into()), StatusCode::InternalServerError, "Internal Server Error"),
        (AppError::ServiceUnavailable, StatusCode::ServiceUnavailable, "Service Unavailable"),
    ];
    for (error, status, reason) in cases {
        assert_eq!((error.status(), error.code(), error.reason()), (status, status.code(), reason), "{error:?}");
        assert_eq!(StatusCode::from(&error), status);
        // With type about:blank the title is the status's phrase (RFC 9457, Section 4.2.1), not
        // the member's own.
        let problem = Problem::from(&error);
        assert_eq!((problem.code(), problem.title()), (Some(status.code()), Some(status.reason())));
        assert_eq!(problem.type_uri(), "about:blank");
        // A 4xx explains itself to the client; a 5xx keeps its text on the server.
        let detail = status.is_client_error().then(|| error.to_string());
        assert_eq!(problem.detail(), detail.as_deref(), "{error:?}");
    }
}

async fn body(response: axum_core::response::Response) -> serde_json::Value {
    use http_body_util::BodyExt;
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    serde_json::from_slice(&bytes).unwrap()
}

#[test]
fn an_error_response_is_its_problem_as_problem_json() {
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let user = AppError::NoUser("ada".into()).into_response();
    assert_eq!(user.status(), http::StatusCode::NOT_FOUND);
    assert_eq!(phrase(&user).as_deref(), Some("No Such User"), "the override is the phrase on the wire");
    assert_eq!(user.headers()[http::header::CONTENT_TYPE], Problem::CONTENT_TYPE);
    let json = runtime.block_on(body(user));
    assert_eq!(
        json,
        json!({"type": "about:blank", "title": "Not Found", "status": 404, "detail": "nobody is called ada"})
    );
    let database = AppError::Database("password is hunter2".into()).into_response();
    let json = runtime.block_on(body(database));
    assert_eq!(json, json!({"type": "about:blank", "title": "Internal Server Error", "status": 500}));
    assert!(!json.to_string().contains("hunter2"));
}

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(axum, utoipa)]
enum Health {
    Ok,
    #[status(503, reason = "Down for maintenance")]
    Maintenance,
    #[status(other)]
    Other(status_registry::NonMember<Self>),
}

#[test]
fn fieldless_enums_are_responses_and_have_a_status() {
    let response = Health::Maintenance.into_response();
    assert_eq!(response.status(), http::StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(phrase(&response).as_deref(), Some("Down for maintenance"));
    assert_eq!(Health::Maintenance.status(), StatusCode::ServiceUnavailable);
    let other = Health::from(418);
    assert_eq!(other.status(), StatusCode::ImATeapot);
    assert_eq!(phrase(&other.into_response()).as_deref(), Some("I'm a teapot"));
    assert!(Health::Ok.into_response().headers().get(http::header::CONTENT_TYPE).is_none(), "no body");
}

/// Each response as (code, description, body schema reference), whatever utoipa version made it.
fn described(responses: &serde_json::Value) -> Vec<(String, String, Option<String>)> {
    let problem = Problem::CONTENT_TYPE;
    responses
        .as_object()
        .unwrap()
        .iter()
        .map(|(code, response)| {
            let reference = response["content"][problem]["schema"]["$ref"].as_str().map(str::to_owned);
            (code.clone(), response["description"].as_str().unwrap().to_owned(), reference)
        })
        .collect()
}

#[test]
fn openapi_responses_are_one_per_code_described_by_the_phrase() {
    let six = serde_json::to_value(<AppError as utoipa::IntoResponses>::responses()).unwrap();
    let problem = Some("#/components/schemas/Problem".to_owned());
    assert_eq!(
        described(&six),
        [
            ("404".to_owned(), "Not Found or No Such User".to_owned(), problem.clone()),
            ("409".to_owned(), "Conflict".to_owned(), problem.clone()),
            ("500".to_owned(), "Internal Server Error".to_owned(), problem.clone()),
            ("503".to_owned(), "Service Unavailable".to_owned(), problem),
        ]
    );
    // utoipa 5 (feature `utoipa5`) gets the same document from the same declaration.
    let five = serde_json::to_value(<AppError as utoipa5::IntoResponses>::responses()).unwrap();
    assert_eq!(five, six);
    let health = serde_json::to_value(<Health as utoipa::IntoResponses>::responses()).unwrap();
    assert_eq!(
        described(&health),
        [("200".to_owned(), "OK".to_owned(), None), ("503".to_owned(), "Down for maintenance".to_owned(), None)]
    );
    // The body is the Problem schema, which names RFC 9457's members and allows extensions.
    let schema = serde_json::to_value(<Problem as utoipa::PartialSchema>::schema()).unwrap();
    for member in ["type", "title", "status", "detail", "instance"] {
        assert!(schema["properties"][member].is_object(), "{member}");
    }
    assert_eq!(schema["additionalProperties"], true);
    assert_eq!(<Problem as utoipa::ToSchema>::name(), "Problem");
    assert_eq!(serde_json::to_value(<Problem as utoipa5::PartialSchema>::schema()).unwrap(), schema);
}

/// Statuses without content have no body in the document.
#[derive(StatusRegistry, Clone, Copy, Debug)]
#[status_registry(problem, utoipa)]
enum Edge {
    NoContent,
    #[status(404, reason = "Gone Fishing")]
    Fishing,
}

#[test]
fn openapi_documents_no_body_without_content() {
    let responses = serde_json::to_value(<Edge as utoipa::IntoResponses>::responses()).unwrap();
    let problem = Some("#/components/schemas/Problem".to_owned());
    assert_eq!(
        described(&responses),
        [("204".to_owned(), "No Content".to_owned(), None), ("404".to_owned(), "Gone Fishing".to_owned(), problem)]
    );
    // A fieldless member's Display is its status line: no detail; the title is the registry's.
    let fishing = Problem::from(&Edge::Fishing);
    assert_eq!((fishing.title(), fishing.detail()), (Some("Not Found"), None));
}

/// Codes `http` cannot carry are documented under 500, as they are sent.
#[cfg(feature = "vendor-aws-elb")]
#[derive(StatusRegistry, Clone, Copy, Debug)]
#[status_registry(problem, utoipa)]
enum Lost {
    #[status(000)]
    NoResponse,
    InternalServerError,
}

#[cfg(feature = "vendor-aws-elb")]
#[test]
fn openapi_documents_000_under_500() {
    let responses = serde_json::to_value(<Lost as utoipa::IntoResponses>::responses()).unwrap();
    let problem = Some("#/components/schemas/Problem".to_owned());
    let description = format!("{} (000, sent as 500) or Internal Server Error", StatusCode::from(0).reason());
    assert_eq!(described(&responses), [("500".to_owned(), description, problem)]);
    // The problem of the 000 member is the 500 it is sent as.
    let problem = Problem::from(&Lost::NoResponse);
    assert_eq!((problem.code(), problem.title(), problem.detail()), (Some(500), Some("Internal Server Error"), None));
}

/// What `ProblemLayer` leaves alone, in process (the axum rejections are in
/// `examples/tests/it/problem_layer.rs`, on 127.0.0.1).
#[test]
fn the_problem_layer_reads_no_body_beyond_its_limit() {
    use http_body_util::{BodyExt, Full};
    use status_registry::problem::{DEFAULT_LIMIT, ProblemLayer};
    use tower::{Layer, ServiceExt};

    let respond = |status: u16, content_type: Option<&'static str>, text: &'static str| {
        let service = tower::service_fn(move |_: http::Request<()>| async move {
            let mut response = http::Response::new(Full::new(bytes::Bytes::from_static(text.as_bytes())));
            *response.status_mut() = http::StatusCode::from_u16(status).unwrap();
            if let Some(content_type) = content_type {
                response.headers_mut().insert(http::header::CONTENT_TYPE, http::HeaderValue::from_static(content_type));
            }
            Ok::<_, std::convert::Infallible>(response)
        });
        let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
        runtime.block_on(async move {
            let response = ProblemLayer::new().limit(16).layer(service).oneshot(http::Request::new(())).await.unwrap();
            let replaced = response.body().is_problem();
            let content_type =
                response.headers().get(http::header::CONTENT_TYPE).map(|v| v.to_str().unwrap().to_owned());
            let body = response.into_body().collect().await.unwrap().to_bytes();
            (replaced, content_type, String::from_utf8(body.to_vec()).unwrap())
        })
    };
    let plain = Some("text/plain; charset=utf-8");
    // Within the limit: replaced, the text as detail.
    let (replaced, content_type, body) = respond(422, plain, "no title given");
    assert!(replaced);
    assert_eq!(content_type.as_deref(), Some(Problem::CONTENT_TYPE));
    let problem: Problem = serde_json::from_str(&body).unwrap();
    assert_eq!(
        (problem.code(), problem.title(), problem.detail()),
        (Some(422), Some("Unprocessable Content"), Some("no title given"))
    );
    // Longer than the limit, a redirect, an unknown content type, a body without a type: unchanged.
    for (status, content_type, text) in [
        (400, plain, "seventeen letters"),
        (302, plain, "see there"),
        (400, Some("text/html"), "<p>bad</p>"),
        (400, None, "bad"),
    ] {
        let (replaced, sent_type, body) = respond(status, content_type, text);
        assert!(!replaced, "{status} {content_type:?}");
        assert_eq!((sent_type.as_deref(), body.as_str()), (content_type, text));
    }
    assert_eq!(DEFAULT_LIMIT, 16 * 1024);
}
