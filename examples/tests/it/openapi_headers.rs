//! The OpenAPI documents of a derived enum say which header fields each response carries, in
//! utoipa 6, utoipa 5 and aide alike: a member's fixed field with its value as the example, a
//! `#[header]` field with its type's schema, and the fields the status requires: marked required
//! in aide's, and said to be a MUST in every description (utoipa's `Header` has no `required`;
//! utoipa 5's has no example either). Each whole document passes `openapi-spec-validator`.

use crate::common;

use status_registry::{RetryAfter, StatusRegistry};

#[derive(StatusRegistry, Debug)]
#[status_registry(axum, problem, utoipa, aide)]
#[allow(dead_code, reason = "documented whole")]
enum ShelfError {
    #[status(405, header("allow", "GET, HEAD"))]
    ReadOnly,
    #[status(401)]
    LoggedOut {
        #[header("www-authenticate")]
        challenge: String,
    },
    #[status(503)]
    Dusting(#[header("retry-after")] RetryAfter),
    #[status(429)]
    Slow {
        #[header("retry-after")]
        seconds: u64,
    },
    #[status(301, header("location", "/shelves/new"))]
    Moved,
    #[status(404)]
    Missing,
}

impl std::fmt::Display for ShelfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("shelf trouble")
    }
}

/// Checks the `headers` of each response of `responses` (a JSON map by code).
fn check(responses: &serde_json::Value, version: &str, has_example: bool, has_required: bool) {
    let header = |code: &str, name: &str| responses[code]["headers"][name].clone();
    let allow = header("405", "allow");
    assert_eq!(allow["schema"]["type"], "string", "{version}: {responses}");
    assert!(allow["description"].as_str().unwrap().contains("RFC 9110, Section 15.5.6"), "{version}: {allow}");
    let www = header("401", "www-authenticate");
    assert_eq!(www["schema"]["type"], "string", "{version}");
    assert!(www["description"].as_str().unwrap().contains("MUST"), "{version}: {www}");
    assert_eq!(header("503", "retry-after")["schema"]["type"], "string", "{version}");
    assert_eq!(header("429", "retry-after")["schema"]["type"], "integer", "{version}: a u64 field");
    let location = header("301", "location");
    assert_eq!(location["schema"]["type"], "string", "{version}");
    assert!(location.get("required").is_none_or(|r| r == false), "{version}: location is a SHOULD");
    assert!(responses["404"]["headers"].as_object().is_none_or(serde_json::Map::is_empty), "{version}");
    if has_example {
        assert_eq!(allow["example"], "GET, HEAD", "{version}");
        assert_eq!(location["example"], "/shelves/new", "{version}");
    }
    if has_required {
        assert_eq!(allow["required"], true, "{version}");
        assert_eq!(www["required"], true, "{version}");
    }
}

macro_rules! utoipa_document {
    ($utoipa:ident) => {{
        use $utoipa::openapi::path::{HttpMethod, OperationBuilder, PathItem};
        use $utoipa::openapi::{ComponentsBuilder, InfoBuilder, OpenApiBuilder, PathsBuilder, ResponsesBuilder};
        let operation = OperationBuilder::new()
            .responses(ResponsesBuilder::new().responses_from_into_responses::<ShelfError>())
            .build();
        let components = ComponentsBuilder::new().schema_from::<status_registry::Problem>().build();
        let document = OpenApiBuilder::new()
            .info(InfoBuilder::new().title("shelves").version("1.0.0").build())
            .paths(PathsBuilder::new().path("/shelf", PathItem::new(HttpMethod::Get, operation)).build())
            .components(Some(components))
            .build();
        serde_json::to_value(&document).unwrap()
    }};
}

#[test]
fn utoipa_6_documents_the_header_fields() {
    let json = utoipa_document!(utoipa);
    check(&json["paths"]["/shelf"]["get"]["responses"], "utoipa 6", true, false);
    common::validate_openapi("utoipa-6-headers", &serde_json::to_vec(&json).unwrap());
}

#[test]
fn utoipa_5_documents_the_header_fields() {
    let json = utoipa_document!(utoipa5);
    check(&json["paths"]["/shelf"]["get"]["responses"], "utoipa 5", false, false);
    common::validate_openapi("utoipa-5-headers", &serde_json::to_vec(&json).unwrap());
}

#[test]
fn aide_documents_the_header_fields() {
    use aide::axum::ApiRouter;
    use aide::axum::routing::get;
    async fn shelf() -> Result<String, ShelfError> {
        Err(ShelfError::ReadOnly)
    }
    let mut api = aide::openapi::OpenApi::default();
    api.info.title = "shelves".into();
    api.info.version = "1.0.0".into();
    let _router: axum::Router = ApiRouter::new().api_route("/shelf", get(shelf)).finish_api(&mut api);
    let json = serde_json::to_value(&api).unwrap();
    check(&json["paths"]["/shelf"]["get"]["responses"], "aide", true, true);
    common::validate_openapi("aide-headers", &serde_json::to_vec(&json).unwrap());
}
