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
    assert_eq!(codes, ["200", "204", "404", "405", "500", "503"]);
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
