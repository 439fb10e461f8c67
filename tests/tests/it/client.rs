//! The retry adapters of `status_registry::client` against a real HTTP/1.1 server on 127.0.0.1:
//! a scripted server answers each path as the case needs and records every request it gets, so
//! the tests count what reached it, with which body and when.
//!
//! Each adapter runs the same cases: 503 with `Retry-After: 1` then 200 (one retry, a second
//! later); 429 with an HTTP-date; 429 with an exhausted `RateLimit` quota; 501, a POST 502 and 404
//! never; a PUT 502 retried with the same body; `Retry-After: 86400` returned at once. reqwest's
//! own retry policy (through `classify`) cannot see headers and does not wait, so it runs the cases
//! that do not depend on them.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use status_registry::RetryAfter;
use status_registry::client::{RetryMiddleware, RetryPolicy, classify};
use tower::{Service, ServiceBuilder, ServiceExt};

/// One request as the server saw it.
#[derive(Clone, Debug)]
struct Seen {
    method: String,
    path: String,
    body: Vec<u8>,
    at: Instant,
    wall: SystemTime,
}

/// How the server answers: from the request and how many requests with the same method and path
/// came before it (0 for the first), a status line's code and phrase and extra header lines.
type Script = dyn Fn(&Seen, usize) -> (u16, &'static str, Vec<(String, String)>) + Send + Sync;

/// A scripted HTTP/1.1 server on an ephemeral port of 127.0.0.1. Connections are kept alive;
/// every thread ends when the server is dropped or its client goes quiet for five seconds.
struct Server {
    addr: SocketAddr,
    seen: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
}

impl Server {
    fn start(script: Box<Script>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let addr = listener.local_addr().expect("local address");
        let seen = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let script: Arc<Script> = Arc::from(script);
        let (seen2, stop2) = (Arc::clone(&seen), Arc::clone(&stop));
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (seen, script) = (Arc::clone(&seen2), Arc::clone(&script));
                std::thread::spawn(move || serve(stream, &seen, &*script));
            }
        });
        Server { addr, seen, stop }
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// The requests that reached `path`, in order.
    fn requests(&self, path: &str) -> Vec<Seen> {
        let seen = self.seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        seen.iter().filter(|s| s.path == path).cloned().collect()
    }

    fn total(&self) -> usize {
        self.seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner).len()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr); // wakes the accepting thread
    }
}

fn serve(stream: TcpStream, seen: &Mutex<Vec<Seen>>, script: &Script) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let Ok(mut writer) = stream.try_clone() else { return };
    let mut reader = BufReader::new(stream);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let (Some(method), Some(path)) = (parts.next(), parts.next()) else { return };
        let (method, path) = (method.to_owned(), path.to_owned());
        let (mut length, mut chunked) = (0, false);
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("content-length") {
                    length = value.trim().parse().unwrap_or(0);
                }
                chunked |= name.eq_ignore_ascii_case("transfer-encoding") && value.contains("chunked");
            }
        }
        let body = if chunked { read_chunked(&mut reader) } else { read_exact(&mut reader, length) };
        let Some(body) = body else { return };
        let request = Seen { method, path, body, at: Instant::now(), wall: SystemTime::now() };
        let before = {
            let mut seen = seen.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            let before = seen.iter().filter(|s| s.method == request.method && s.path == request.path).count();
            seen.push(request.clone());
            before
        };
        let (code, phrase, headers) = script(&request, before);
        let mut response = format!("HTTP/1.1 {code} {phrase}\r\ncontent-length: 0\r\n");
        for (name, value) in headers {
            response.push_str(&name);
            response.push_str(": ");
            response.push_str(&value);
            response.push_str("\r\n");
        }
        response.push_str("\r\n");
        if writer.write_all(response.as_bytes()).is_err() {
            return;
        }
    }
}

fn read_exact(reader: &mut impl Read, length: usize) -> Option<Vec<u8>> {
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(body)
}

/// A chunked body (RFC 9112, Section 7.1), without extensions or trailers.
fn read_chunked(reader: &mut impl BufRead) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let mut size = String::new();
        reader.read_line(&mut size).ok()?;
        let size = usize::from_str_radix(size.trim_end(), 16).ok()?;
        let mut chunk = read_exact(reader, size + 2)?; // the chunk and its CRLF
        chunk.truncate(size);
        body.extend_from_slice(&chunk);
        if size == 0 {
            return Some(body);
        }
    }
}

fn header(name: &str, value: impl Into<String>) -> Vec<(String, String)> {
    vec![(name.to_owned(), value.into())]
}

/// An HTTP-date two seconds after the request arrived, in whole seconds as the format has them.
fn in_two_seconds(request: &Seen) -> String {
    RetryAfter::Date(request.wall + Duration::from_secs(2)).to_string()
}

/// The cases: each path answers with its failure first and `200 OK` after.
fn cases() -> Server {
    Server::start(Box::new(move |request, before| match (request.path.as_str(), before) {
        ("/flaky", 0) => (503, "Service Unavailable", header("retry-after", "1")),
        ("/dated", 0) => (429, "Too Many Requests", header("retry-after", in_two_seconds(request))),
        ("/quota", 0) => (429, "Too Many Requests", header("ratelimit", "\"default\";r=0;t=1")),
        ("/unimplemented", _) => (501, "Not Implemented", vec![]),
        ("/upstream", 0) => (502, "Bad Gateway", vec![]),
        ("/maintenance", _) => (503, "Service Unavailable", header("retry-after", "86400")),
        ("/missing", _) => (404, "Not Found", vec![]),
        _ => (200, "OK", vec![]),
    }))
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("tokio runtime")
}

/// A way to send one request and get the final status, whatever the adapter.
trait Send3 {
    async fn send(&mut self, method: http::Method, url: String, body: &'static str) -> u16;
}

struct Middleware(reqwest_middleware::ClientWithMiddleware);

impl Send3 for Middleware {
    async fn send(&mut self, method: http::Method, url: String, body: &'static str) -> u16 {
        let response = self.0.request(method, url).body(body).send().await.expect("a response");
        response.status().as_u16()
    }
}

/// reqwest as the transport of a tower stack of `http` requests.
fn transport(
    client: reqwest::Client,
) -> impl Service<http::Request<String>, Response = http::Response<reqwest::Body>, Error = reqwest::Error, Future: Send>
+ Clone {
    tower::service_fn(move |request: http::Request<String>| {
        let client = client.clone();
        async move {
            let request = reqwest::Request::try_from(request)?;
            Ok(http::Response::from(client.execute(request).await?))
        }
    })
}

struct Tower(RetryPolicy);

impl Send3 for Tower {
    async fn send(&mut self, method: http::Method, url: String, body: &'static str) -> u16 {
        let service = ServiceBuilder::new().retry(self.0.clone()).service(transport(reqwest::Client::new()));
        let request = http::Request::builder().method(method).uri(url).body(body.to_owned()).expect("a request");
        service.oneshot(request).await.expect("a response").status().as_u16()
    }
}

struct Reqwest(reqwest::Client);

impl Send3 for Reqwest {
    async fn send(&mut self, method: http::Method, url: String, body: &'static str) -> u16 {
        let response = self.0.request(method, url).body(body).send().await.expect("a response");
        response.status().as_u16()
    }
}

fn reqwest_with_classify() -> Reqwest {
    let policy = reqwest::retry::for_host("127.0.0.1")
        .max_retries_per_request(3)
        .classify_fn(|rr| if classify(rr.method(), rr.status()) { rr.retryable() } else { rr.success() });
    Reqwest(reqwest::Client::builder().retry(policy).build().expect("a client"))
}

/// The cases every adapter runs, with what the server saw.
async fn never_and_same_body(client: &mut impl Send3, server: &Server) {
    use http::Method;
    assert_eq!(client.send(Method::GET, server.url("/unimplemented"), "").await, 501);
    assert_eq!(server.requests("/unimplemented").len(), 1, "501 is never retried");
    assert_eq!(client.send(Method::GET, server.url("/missing"), "").await, 404);
    assert_eq!(server.requests("/missing").len(), 1, "404 is never retried");
    assert_eq!(client.send(Method::POST, server.url("/upstream"), "order #1").await, 502);
    assert_eq!(server.requests("/upstream").len(), 1, "a POST is not retried after a 502");
    assert_eq!(client.send(Method::PUT, server.url("/upstream"), "order #1").await, 200);
    let puts: Vec<_> = server.requests("/upstream").into_iter().filter(|s| s.method == "PUT").collect();
    assert_eq!(puts.len(), 2, "a PUT is retried after a 502");
    assert!(puts.iter().all(|s| s.body == b"order #1"), "the retry sends the same body: {puts:?}");
}

/// The cases that need `Retry-After` and `RateLimit`, for the adapters that wait.
async fn waits(client: &mut impl Send3, server: &Server) {
    use http::Method;
    assert_eq!(client.send(Method::GET, server.url("/flaky"), "").await, 200);
    let flaky = server.requests("/flaky");
    assert_eq!(flaky.len(), 2, "one retry");
    let waited = flaky[1].at - flaky[0].at;
    assert!(waited >= Duration::from_secs(1), "waited {waited:?} for Retry-After: 1");

    assert_eq!(client.send(Method::POST, server.url("/dated"), "x").await, 200, "429 retries a POST");
    let dated = server.requests("/dated");
    assert_eq!(dated.len(), 2);
    // The date has whole seconds: the retry may not come before the second it names.
    let named = RetryAfter::parse(&in_two_seconds(&dated[0])).expect("an HTTP-date");
    assert_eq!(named.delay_from(dated[1].wall), Duration::ZERO, "retried before {named}");
    assert!(dated[1].at - dated[0].at >= Duration::from_secs(1), "it waited for the date");

    assert_eq!(client.send(Method::GET, server.url("/quota"), "").await, 200);
    let quota = server.requests("/quota");
    assert_eq!(quota.len(), 2);
    let waited = quota[1].at - quota[0].at;
    assert!(waited >= Duration::from_secs(1), "waited {waited:?} for RateLimit t=1");

    let started = Instant::now();
    assert_eq!(client.send(Method::GET, server.url("/maintenance"), "").await, 503);
    assert_eq!(server.requests("/maintenance").len(), 1, "a day's wait is past max_delay");
    assert!(started.elapsed() < Duration::from_secs(30), "returned at once, not after a day");
}

#[test]
fn retry_middleware_follows_the_registry_on_the_wire() {
    let server = cases();
    let middleware = RetryMiddleware::new().initial_backoff(Duration::from_millis(10));
    let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new()).with(middleware).build();
    let mut client = Middleware(client);
    runtime().block_on(async {
        never_and_same_body(&mut client, &server).await;
        waits(&mut client, &server).await;
    });
}

#[test]
fn retry_policy_follows_the_registry_on_the_wire() {
    let server = cases();
    let mut client = Tower(RetryPolicy::new().initial_backoff(Duration::from_millis(10)));
    runtime().block_on(async {
        never_and_same_body(&mut client, &server).await;
        waits(&mut client, &server).await;
    });
}

#[test]
fn classify_drives_reqwests_own_retry_on_the_wire() {
    let server = cases();
    let mut client = reqwest_with_classify();
    runtime().block_on(async {
        never_and_same_body(&mut client, &server).await;
        assert_eq!(client.send(http::Method::GET, server.url("/flaky"), "").await, 200);
        assert_eq!(server.requests("/flaky").len(), 2, "the 503 is retried once, at once");
    });
}

#[test]
fn a_body_that_cannot_be_cloned_is_sent_once() {
    let server = Server::start(Box::new(|_, _| (503, "Service Unavailable", vec![])));
    let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(RetryMiddleware::new().initial_backoff(Duration::from_millis(1)))
        .build();
    runtime().block_on(async {
        let chunks: Vec<Result<&'static str, std::io::Error>> = vec![Ok("a "), Ok("stream")];
        let body = reqwest::Body::wrap_stream(futures_util::stream::iter(chunks));
        let response = client.put(server.url("/stream")).body(body).send().await.expect("a response");
        assert_eq!(response.status(), 503);
        assert_eq!(server.requests("/stream").len(), 1);
        assert_eq!(server.requests("/stream")[0].body, b"a stream");
        let response = client.put(server.url("/bytes")).body("bytes").send().await.expect("a response");
        assert_eq!(response.status(), 503);
        assert_eq!(server.requests("/bytes").len(), 4, "a body of bytes is sent on each attempt");
    });
}

#[test]
fn idempotency_key_and_idempotent_only() {
    let server = Server::start(Box::new(|request, before| match (request.path.as_str(), before) {
        (_, 0) => (502, "Bad Gateway", vec![]),
        ("/throttled", _) => (429, "Too Many Requests", vec![]),
        _ => (200, "OK", vec![]),
    }));
    let build = |middleware: RetryMiddleware| {
        reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
            .with(middleware.initial_backoff(Duration::from_millis(1)))
            .build()
    };
    runtime().block_on(async {
        let client = build(RetryMiddleware::new());
        let keyed = client.post(server.url("/keyed")).header("idempotency-key", "\"a1b2\"").body("pay");
        assert_eq!(keyed.send().await.expect("a response").status(), 200);
        assert_eq!(server.requests("/keyed").len(), 2, "a POST with an Idempotency-Key is retried after 502");

        let strict = build(RetryMiddleware::new().idempotent_only());
        let throttled = strict.post(server.url("/throttled")).body("pay").send().await.expect("a response");
        assert_eq!(throttled.status(), 502);
        assert_eq!(server.requests("/throttled").len(), 1, "idempotent_only never retries a POST");
        let get = strict.get(server.url("/get")).send().await.expect("a response");
        assert_eq!(get.status(), 200);
        assert_eq!(server.requests("/get").len(), 2, "idempotent_only still retries a GET");
    });
}

#[test]
fn a_refused_connection_retries_idempotent_requests_only() {
    // A port that was just free: nothing listens there, so every attempt fails to connect.
    let addr = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port");
    let url = format!("http://{addr}/");
    let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(RetryMiddleware::new().initial_backoff(Duration::from_millis(100)))
        .build();
    runtime().block_on(async {
        let started = Instant::now();
        assert!(client.get(&url).send().await.is_err());
        assert!(started.elapsed() >= Duration::from_millis(50 + 100 + 200), "three backoffs before giving up");
        let started = Instant::now();
        assert!(client.post(&url).send().await.is_err());
        assert!(started.elapsed() < Duration::from_millis(50), "a POST is not repeated");
    });
}

/// 600 requests to a server that always answers 503, each allowed three retries: without a budget
/// the server gets every request four times; with the default budget, at most 1.2 times plus the
/// floor of 100 retries.
fn sustained_failure(send: impl AsyncFnMut(String) -> u16, server: &Server) -> usize {
    let mut send = send;
    runtime().block_on(async {
        for i in 0..600 {
            assert_eq!(send(server.url(&format!("/down/{i}"))).await, 503);
        }
    });
    server.total()
}

fn always_down() -> Server {
    Server::start(Box::new(|_, _| (503, "Service Unavailable", vec![])))
}

#[test]
fn the_budget_bounds_retries_under_sustained_failure() {
    let fast = || RetryMiddleware::new().initial_backoff(Duration::from_millis(1));
    let mut seen = HashMap::new();
    for (name, middleware) in [("none", fast().no_budget()), ("default", fast())] {
        let server = always_down();
        let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new()).with(middleware).build();
        let total =
            sustained_failure(async |url| client.get(url).send().await.expect("a response").status().as_u16(), &server);
        seen.insert(name, total);
    }
    let server = always_down();
    let policy = RetryPolicy::new().initial_backoff(Duration::from_millis(1));
    let tower_total = sustained_failure(
        async |url| {
            let service = ServiceBuilder::new().retry(policy.clone()).service(transport(reqwest::Client::new()));
            let request = http::Request::builder().uri(url).body(String::new()).expect("a request");
            service.oneshot(request).await.expect("a response").status().as_u16()
        },
        &server,
    );
    println!(
        "requests the server saw: no budget {}, budget {}, tower budget {tower_total}",
        seen["none"], seen["default"]
    );
    assert_eq!(seen["none"], 2400);
    for total in [seen["default"], tower_total] {
        assert!(total > 600 && total <= 600 * 12 / 10 + 100, "{total} requests with the budget");
    }
}
