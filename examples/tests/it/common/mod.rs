//! What the loopback tests share: serving an app on 127.0.0.1 and reading raw responses.

#![allow(dead_code, reason = "each test file uses part of it")]

use std::convert::Infallible;
use std::net::SocketAddr;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

pub(crate) mod shelf;

/// A server on an ephemeral port of 127.0.0.1 that stops when `stop` is called.
pub(crate) struct Served {
    pub(crate) addr: SocketAddr,
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<std::io::Result<()>>,
}

impl Served {
    /// Serves `service`: an axum `Router`, or any service of axum requests wrapped around one.
    pub(crate) async fn start<S>(service: S) -> Served
    where
        S: tower_service::Service<axum::extract::Request, Response = axum::response::Response, Error = Infallible>
            + Clone
            + Send
            + 'static,
        S::Future: Send,
    {
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let make = axum::ServiceExt::<axum::extract::Request>::into_make_service(service);
        let task = tokio::spawn(async move {
            axum::serve(listener, make)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await
        });
        Served { addr, stop, task }
    }

    /// Stops the server and waits for it.
    pub(crate) async fn stop(self) {
        let _ = self.stop.send(());
        self.task.await.unwrap().unwrap();
    }
}

/// Sends `request_head` (a request line and header fields, without the blank line) and `body`
/// over a plain socket and returns the whole response as text.
pub(crate) async fn raw(addr: SocketAddr, request_head: &str, body: &str) -> String {
    let mut socket = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request =
        format!("{request_head}\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}", body.len());
    socket.write_all(request.as_bytes()).await.unwrap();
    let mut response = Vec::new();
    socket.read_to_end(&mut response).await.unwrap();
    String::from_utf8(response).unwrap()
}

/// `GET path`, raw.
pub(crate) async fn raw_get(addr: SocketAddr, path: &str) -> String {
    raw(addr, &format!("GET {path} HTTP/1.1"), "").await
}

/// A raw response taken apart: the status line, the header fields (names in lower case) and the
/// body.
pub(crate) struct Raw {
    pub(crate) line: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: String,
}

impl Raw {
    pub(crate) fn parse(text: &str) -> Raw {
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((text, ""));
        let mut lines = head.split("\r\n");
        let line = lines.next().unwrap_or_default().to_owned();
        let headers = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
            .collect();
        Raw { line, headers, body: body.to_owned() }
    }

    /// The value of header field `name`, if the response has it.
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The body as JSON.
    pub(crate) fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

/// The validator of `openapi-spec-validator` (PyPI): `STATUS_REGISTRY_OPENAPI_VALIDATOR` names it
/// (`scripts/install-openapi-validator.sh` installs it and `scripts/test.sh` sets it, which makes
/// it required), else the one on `PATH`. `None` when neither is there and it is not required.
pub(crate) fn openapi_validator() -> Option<std::path::PathBuf> {
    if let Some(path) = std::env::var_os("STATUS_REGISTRY_OPENAPI_VALIDATOR") {
        let path = std::path::PathBuf::from(path);
        assert!(path.is_file(), "{} is not there; run `bash scripts/install-openapi-validator.sh`", path.display());
        return Some(path);
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path).map(|dir| dir.join("openapi-spec-validator")).find(|p| p.is_file())
}

/// Validates the OpenAPI `document` (JSON) with `openapi-spec-validator`; says so and returns
/// when the validator is not installed and not required.
pub(crate) fn validate_openapi(name: &str, document: &[u8]) {
    let Some(validator) = openapi_validator() else {
        eprintln!("openapi-spec-validator is not installed: the {name} document was not validated");
        return;
    };
    let path = std::env::temp_dir().join(format!("status-registry-openapi-{name}-{}.json", std::process::id()));
    std::fs::write(&path, document).unwrap();
    let checked = std::process::Command::new(&validator).arg(&path).output().unwrap();
    let _ = std::fs::remove_file(&path);
    let out = String::from_utf8_lossy(&checked.stdout);
    assert!(checked.status.success(), "{name}: {out}{}", String::from_utf8_lossy(&checked.stderr));
    assert!(out.contains("OK"), "{name}: {out}");
}
