//! poem responses from the registry, read as raw bytes from a poem server on 127.0.0.1 by the
//! checks every framework shares (`common::shelf`): the members as the errors of handlers that
//! return `Result<String, ShelfError>`. A `StatusCode` and a `Problem` carry the registry's
//! phrase; a member sent as a `poem::Error` carries hyper's, since poem gives the response of an
//! error the error's own extensions, where the phrase is not.

use poem::listener::{Acceptor, Listener, TcpListener};
use poem::web::Path;
use poem::{Route, Server, get, handler};
use status_registry::{Problem, StatusCode};

use crate::common::shelf::{Phrases, ShelfError, check_shelf, member};

#[handler]
fn nginx() -> StatusCode {
    StatusCode::from(499)
}

#[handler]
fn problem() -> Problem {
    Problem::new(StatusCode::Conflict).with_detail("taken")
}

#[handler]
fn error(Path(name): Path<String>) -> Result<String, ShelfError> {
    Err(member(&name))
}

async fn serve() -> std::net::SocketAddr {
    let app = Route::new().at("/nginx", get(nginx)).at("/problem", get(problem)).at("/error/:name", get(error));
    let acceptor = TcpListener::bind("127.0.0.1:0").into_acceptor().await.unwrap();
    let addr = *acceptor.local_addr()[0].as_socket_addr().unwrap();
    tokio::spawn(Server::new_with_acceptor(acceptor).run(app));
    addr
}

#[test]
fn poem_responses_and_errors_obey_the_registry() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let addr = serve().await;
        check_shelf(addr, Phrases::Registry, "/error", Phrases::Hyper).await;
    });
}

/// An API whose one operation fails with a `ShelfError`, for poem-openapi's document.
struct Shelves;

#[poem_openapi::OpenApi]
#[allow(clippy::unused_async, reason = "poem-openapi's operations are `async fn`s")]
impl Shelves {
    /// One shelf by name.
    #[oai(path = "/shelves/:name", method = "get")]
    async fn shelf(
        &self,
        name: poem_openapi::param::Path<String>,
    ) -> Result<poem_openapi::payload::PlainText<String>, ShelfError> {
        Err(member(&name.0))
    }
}

#[test]
fn poem_openapi_documents_one_response_per_member() {
    let document: serde_json::Value =
        serde_json::from_str(&poem_openapi::OpenApiService::new(Shelves, "shelves", "1.0").spec()).unwrap();
    let responses = &document["paths"]["/shelves/{name}"]["get"]["responses"];
    // The members' codes beside the success, `000` documented under the 500 it is sent as.
    let codes: Vec<&str> = responses.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(codes, ["200", "204", "404", "405", "499", "500", "503"]);
    assert_eq!(responses["404"]["description"], "No Such Shelf");
    assert_eq!(responses["500"]["description"], "Internal Server Error or No Response Status (000, sent as 500)");
    assert_eq!(
        responses["404"]["content"]["application/problem+json"]["schema"]["$ref"],
        "#/components/schemas/Problem"
    );
    // 204 has no content; 405 documents `allow`, which RFC 9110 requires of it; 503 its `retry-after`.
    assert!(responses["204"].get("content").is_none(), "{}", responses["204"]);
    assert_eq!(responses["405"]["headers"]["allow"]["required"], true);
    assert_eq!(responses["405"]["headers"]["allow"]["schema"]["example"], "GET, HEAD");
    assert_eq!(responses["503"]["headers"]["retry-after"]["schema"]["type"], "string");
    let schema = &document["components"]["schemas"]["Problem"];
    assert_eq!(schema["properties"]["status"]["type"], "integer");
    assert_eq!(schema["properties"]["type"]["format"], "uri-reference");
    crate::common::validate_openapi("poem-openapi", document.to_string().as_bytes());
}

/// poem-openapi's own response with a `Problem` as its `application/problem+json` body.
#[derive(poem_openapi::ApiResponse)]
enum Returned {
    /// The problem, sent back.
    #[oai(status = 409, content_type = "application/problem+json")]
    Conflict(poem_openapi::payload::Json<Problem>),
}

/// An API that takes a `Problem` as its body and sends it back.
struct Problems;

#[poem_openapi::OpenApi]
#[allow(clippy::unused_async, reason = "poem-openapi's operations are `async fn`s")]
impl Problems {
    /// Sends the problem back.
    #[oai(path = "/problems", method = "post")]
    async fn echo(&self, body: poem_openapi::payload::Json<Problem>) -> Returned {
        Returned::Conflict(body)
    }
}

/// `Problem` is a poem-openapi type: documented by reference to its one schema, read from a
/// request's JSON and written back member for member (RFC 9457's own example, with its extension
/// members), and refused with poem-openapi's 400 when the body is not a JSON object.
#[test]
fn problem_is_a_poem_openapi_payload() {
    let service = poem_openapi::OpenApiService::new(Problems, "problems", "1.0");
    let document: serde_json::Value = serde_json::from_str(&service.spec()).unwrap();
    let operation = &document["paths"]["/problems"]["post"];
    let reference = "#/components/schemas/Problem";
    assert_eq!(operation["requestBody"]["content"]["application/json; charset=utf-8"]["schema"]["$ref"], reference);
    assert_eq!(operation["responses"]["409"]["content"]["application/problem+json"]["schema"]["$ref"], reference);
    assert_eq!(document["components"]["schemas"]["Problem"]["properties"]["status"]["type"], "integer");
    crate::common::validate_openapi("poem-openapi problems", document.to_string().as_bytes());

    let example = include_str!("../../../tests/fixtures/rfc9457/out-of-credit.json");
    let app = poem::Route::new().nest("/", service);
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let (status, content_type, body) = runtime.block_on(async {
        let request = poem::Request::builder()
            .method(poem::http::Method::POST)
            .uri(poem::http::Uri::from_static("/problems"))
            .content_type("application/json")
            .body(example);
        let mut response = poem::Endpoint::get_response(&app, request).await;
        let content_type = response.content_type().map(str::to_owned);
        (response.status(), content_type, response.take_body().into_string().await.unwrap())
    });
    assert_eq!(status.as_u16(), 409);
    assert_eq!(content_type.as_deref(), Some("application/problem+json"));
    let sent: serde_json::Value = serde_json::from_str(example).unwrap();
    let returned: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(returned, sent);

    let refused = runtime.block_on(async {
        let request = poem::Request::builder()
            .method(poem::http::Method::POST)
            .uri(poem::http::Uri::from_static("/problems"))
            .content_type("application/json")
            .body("[]");
        poem::Endpoint::get_response(&app, request).await.status()
    });
    assert_eq!(refused.as_u16(), 400);
}
