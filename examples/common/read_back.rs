//! What a client reads back from the example services: the status with the phrase on the wire,
//! and the body as a problem, text or nothing. Shared by `service` (axum), `grpc_service` and the
//! shelf services (`shelves::ask`).

use status_registry::{Problem, StatusCode};

/// `GET http://{addr}{path}` and one line that says what came back:
/// `GET /items/7 -> 404 Not Found; problem: Not Found: there is no item 7`.
pub(crate) async fn read_back(
    client: &reqwest::Client,
    addr: std::net::SocketAddr,
    path: &str,
) -> Result<String, String> {
    let response = client.get(format!("http://{addr}{path}")).send().await.map_err(|e| format!("GET {path}: {e}"))?;
    // The phrase picks the meaning, and an override is on the wire.
    let status = StatusCode::from_http_parts(response.status(), response.extensions());
    let phrase = response
        .extensions()
        .get::<hyper::ext::ReasonPhrase>()
        .map_or_else(|| status.reason().to_owned(), |p| String::from_utf8_lossy(p.as_bytes()).into_owned());
    let is_problem = response
        .headers()
        .get(http::header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes() == Problem::CONTENT_TYPE.as_bytes());
    let body = response.text().await.map_err(|e| format!("GET {path}: {e}"))?;
    let meaning = if is_problem {
        let problem: Problem = serde_json::from_str(&body).map_err(|e| format!("GET {path}: {e}"))?;
        match problem.detail() {
            Some(detail) => format!("problem: {}: {detail}", problem.title().unwrap_or("")),
            None => format!("problem: {} (no detail)", problem.title().unwrap_or("")),
        }
    } else if body.is_empty() {
        "no body".to_owned()
    } else {
        format!("body {:?}", body.trim_end())
    };
    Ok(format!("GET {path} -> {:03} {phrase}; {meaning}", status.code()))
}
