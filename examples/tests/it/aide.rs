//! aide's OpenAPI from derived enums: an `ApiRouter` whose handlers return them documents one
//! response per member code, described by the registry's phrases, with `Problem` by reference in
//! the components, and the document passes `openapi-spec-validator`.

use crate::common;

use aide::axum::ApiRouter;
use aide::axum::routing::get;
use aide::openapi::OpenApi;
use status_registry::{Problem, StatusRegistry};

#[derive(StatusRegistry, Debug)]
#[status_registry(axum, problem, aide)]
#[allow(dead_code, reason = "documented whole; the handler sends one member")]
enum ShelfError {
    NotFound {
        id: u64,
    },
    #[status(404, reason = "No Such Shelf")]
    NoShelf(String),
    #[status(429)]
    SlowDown,
    #[status(000)]
    NoResponse,
    #[status(500)]
    Storage(String),
}

impl std::fmt::Display for ShelfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("shelf trouble")
    }
}

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(axum, aide)]
enum Health {
    Ok,
    NoContent,
    #[status(503, reason = "Down for maintenance")]
    Maintenance,
}

async fn shelf() -> Result<String, ShelfError> {
    Err(ShelfError::NoShelf("attic".into()))
}

async fn health() -> Health {
    Health::Ok
}

fn document() -> serde_json::Value {
    let mut api = OpenApi::default();
    api.info.title = "shelves".into();
    api.info.version = "1.0.0".into();
    let _router: axum::Router =
        ApiRouter::new().api_route("/shelf", get(shelf)).api_route("/health", get(health)).finish_api(&mut api);
    serde_json::to_value(&api).unwrap()
}

#[test]
fn aide_documents_each_member_code() {
    let json = document();
    let responses = &json["paths"]["/shelf"]["get"]["responses"];
    let problem = serde_json::json!({"$ref": "#/components/schemas/Problem"});
    for (code, description) in [
        ("404", "Not Found or No Such Shelf"),
        ("429", "Too Many Requests"),
        ("500", "No Response Status (000, sent as 500) or Internal Server Error"),
    ] {
        assert_eq!(responses[code]["description"], description, "{code}: {responses}");
        assert_eq!(responses[code]["content"][Problem::CONTENT_TYPE]["schema"], problem, "{code}");
    }
    assert!(responses.get("000").is_none(), "000 is documented as it is sent, under 500");
    let schema = &json["components"]["schemas"]["Problem"];
    assert_eq!(schema["properties"]["type"]["default"], "about:blank", "{json}");
    assert_eq!(schema["additionalProperties"], true);

    let health = &json["paths"]["/health"]["get"]["responses"];
    assert_eq!(health["200"]["description"], "OK");
    assert_eq!(health["503"]["description"], "Down for maintenance");
    assert!(health["204"]["content"].as_object().is_none_or(serde_json::Map::is_empty), "204 has no body");

    common::validate_openapi("aide", &serde_json::to_vec(&json).unwrap());
}
