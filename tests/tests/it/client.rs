//! The retry adapters of `status_registry::client` against a real HTTP/1.1 server on 127.0.0.1:
//! a scripted server answers each path as the case needs and records every request it gets, so
//! the tests count what reached it, with which body and when.
//!
//! Each adapter runs the same cases: 503 with `Retry-After: 1` then 200 (one retry, a second
//! later); 429 with an HTTP-date; 429 with an exhausted `RateLimit` quota; 501, a POST 502 and 404
//! never; a PUT 502 retried with the same body; `Retry-After: 86400` returned at once. reqwest's
//! own retry policy (through `classify`) cannot see headers and does not wait, so it runs the cases
//! that do not depend on them.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use status_registry::client::{RetryMiddleware, RetryPolicy, RetryReport, Stop, classify};
use status_registry::{RetryAfter, Vendor};
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
        ("/draft-quota", 0) => {
            let mut fields = header("ratelimit-remaining", "0");
            fields.extend(header("ratelimit-reset", "1"));
            (429, "Too Many Requests", fields)
        }
        ("/github-quota", 0) => {
            // GitHub's form: the reset as a Unix time, two seconds on.
            let reset = request.wall.duration_since(SystemTime::UNIX_EPOCH).expect("after 1970").as_secs() + 2;
            let mut fields = header("x-ratelimit-remaining", "0");
            fields.extend(header("x-ratelimit-reset", reset.to_string()));
            (503, "Service Unavailable", fields)
        }
        ("/now", 0) => (503, "Service Unavailable", header("retry-after", "0")),
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

/// A way to send one request and get the final status, with the report of the adapters that give
/// one.
trait Send3 {
    async fn send(&mut self, method: http::Method, url: String, body: &'static str) -> (u16, Option<RetryReport>);
}

struct Middleware(reqwest_middleware::ClientWithMiddleware);

impl Send3 for Middleware {
    async fn send(&mut self, method: http::Method, url: String, body: &'static str) -> (u16, Option<RetryReport>) {
        let response = self.0.request(method, url).body(body).send().await.expect("a response");
        (response.status().as_u16(), response.extensions().get::<RetryReport>().copied())
    }
}

fn middleware(middleware: RetryMiddleware) -> Middleware {
    Middleware(reqwest_middleware::ClientBuilder::new(reqwest::Client::new()).with(middleware).build())
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
    async fn send(&mut self, method: http::Method, url: String, body: &'static str) -> (u16, Option<RetryReport>) {
        let service = ServiceBuilder::new().retry(self.0.clone()).service(transport(reqwest::Client::new()));
        let request = http::Request::builder().method(method).uri(url).body(body.to_owned()).expect("a request");
        let response = service.oneshot(request).await.expect("a response");
        (response.status().as_u16(), response.extensions().get::<RetryReport>().copied())
    }
}

struct Reqwest(reqwest::Client);

impl Send3 for Reqwest {
    async fn send(&mut self, method: http::Method, url: String, body: &'static str) -> (u16, Option<RetryReport>) {
        let response = self.0.request(method, url).body(body).send().await.expect("a response");
        (response.status().as_u16(), None)
    }
}

fn reqwest_with_classify() -> Reqwest {
    let policy = reqwest::retry::for_host("127.0.0.1")
        .max_retries_per_request(3)
        .classify_fn(|rr| if classify(rr.method(), rr.status()) { rr.retryable() } else { rr.success() });
    Reqwest(reqwest::Client::builder().retry(policy).build().expect("a client"))
}

/// What the waiting adapters report, checked where the adapter gives a report.
fn reported(report: Option<RetryReport>, retries: u32, stop: Stop, adapter_reports: bool) {
    if adapter_reports {
        assert_eq!(report, Some(RetryReport { retries, stop }));
    }
}

/// The cases every adapter runs, with what the server saw.
async fn never_and_same_body(client: &mut impl Send3, server: &Server, reports: bool) {
    use http::Method;
    let (status, report) = client.send(Method::GET, server.url("/unimplemented"), "").await;
    assert_eq!(status, 501);
    assert_eq!(server.requests("/unimplemented").len(), 1, "501 is never retried");
    reported(report, 0, Stop::NotRetryable, reports);
    let (status, report) = client.send(Method::GET, server.url("/missing"), "").await;
    assert_eq!(status, 404);
    assert_eq!(server.requests("/missing").len(), 1, "404 is never retried");
    reported(report, 0, Stop::NotRetryable, reports);
    let (status, report) = client.send(Method::POST, server.url("/upstream"), "order #1").await;
    assert_eq!(status, 502);
    assert_eq!(server.requests("/upstream").len(), 1, "a POST is not retried after a 502");
    reported(report, 0, Stop::NotIdempotent, reports);
    let (status, report) = client.send(Method::PUT, server.url("/upstream"), "order #1").await;
    assert_eq!(status, 200);
    reported(report, 1, Stop::NotRetryable, reports);
    let puts: Vec<_> = server.requests("/upstream").into_iter().filter(|s| s.method == "PUT").collect();
    assert_eq!(puts.len(), 2, "a PUT is retried after a 502");
    assert!(puts.iter().all(|s| s.body == b"order #1"), "the retry sends the same body: {puts:?}");
}

/// Sends a GET to `path`, which fails once, and returns the wait between the two attempts.
async fn waited_once(client: &mut impl Send3, server: &Server, method: http::Method, path: &str) -> Duration {
    let (status, report) = client.send(method, server.url(path), "x").await;
    assert_eq!((status, report), (200, Some(RetryReport { retries: 1, stop: Stop::NotRetryable })), "{path}");
    let seen = server.requests(path);
    assert_eq!(seen.len(), 2, "{path}: one retry");
    seen[1].at - seen[0].at
}

/// The cases that need `Retry-After` and the rate-limit fields, for the adapters that wait.
async fn waits(client: &mut impl Send3, server: &Server) {
    use http::Method;
    let waited = waited_once(client, server, Method::GET, "/flaky").await;
    assert!(waited >= Duration::from_secs(1), "waited {waited:?} for Retry-After: 1");

    let waited = waited_once(client, server, Method::POST, "/dated").await;
    assert!(waited >= Duration::from_secs(1), "a 429 retries a POST, after the date: {waited:?}");
    let dated = server.requests("/dated");
    // The date has whole seconds: the retry may not come before the second it names.
    let named = RetryAfter::parse(&in_two_seconds(&dated[0])).expect("an HTTP-date");
    assert_eq!(named.delay_from(dated[1].wall), Duration::ZERO, "retried before {named}");

    let waited = waited_once(client, server, Method::GET, "/quota").await;
    assert!(waited >= Duration::from_secs(1), "waited {waited:?} for RateLimit t=1");
    let waited = waited_once(client, server, Method::GET, "/draft-quota").await;
    assert!(waited >= Duration::from_secs(1), "waited {waited:?} for RateLimit-Reset: 1");
    let waited = waited_once(client, server, Method::GET, "/github-quota").await;
    // The reset is a whole second, one or two seconds after the first attempt.
    assert!(waited >= Duration::from_millis(900), "waited {waited:?} for X-RateLimit-Reset");
    assert!(waited < Duration::from_secs(10), "read as a Unix time, not as seconds: {waited:?}");

    let started = Instant::now();
    let (status, report) = client.send(Method::GET, server.url("/maintenance"), "").await;
    assert_eq!(status, 503);
    assert_eq!(report, Some(RetryReport { retries: 0, stop: Stop::WaitTooLong }));
    assert_eq!(server.requests("/maintenance").len(), 1, "a day's wait is past max_delay");
    assert!(started.elapsed() < Duration::from_secs(30), "returned at once, not after a day");
}

#[test]
fn retry_middleware_follows_the_registry_on_the_wire() {
    let server = cases();
    let mut client = middleware(RetryMiddleware::new().initial_backoff(Duration::from_millis(10)));
    runtime().block_on(async {
        never_and_same_body(&mut client, &server, true).await;
        waits(&mut client, &server).await;
    });
}

#[test]
fn retry_policy_follows_the_registry_on_the_wire() {
    let server = cases();
    let mut client = Tower(RetryPolicy::new().initial_backoff(Duration::from_millis(10)));
    runtime().block_on(async {
        never_and_same_body(&mut client, &server, true).await;
        waits(&mut client, &server).await;
    });
}

#[test]
fn classify_drives_reqwests_own_retry_on_the_wire() {
    let server = cases();
    let mut client = reqwest_with_classify();
    runtime().block_on(async {
        never_and_same_body(&mut client, &server, false).await;
        assert_eq!(client.send(http::Method::GET, server.url("/flaky"), "").await.0, 200);
        assert_eq!(server.requests("/flaky").len(), 2, "the 503 is retried once, at once");
    });
}

/// `Retry-After: 0` waits no less than the backoff's floor (half the first backoff), so a server
/// that says "now" does not get a hot loop; `initial_backoff` sets that floor.
#[test]
fn a_wait_of_zero_waits_the_backoff_floor() {
    let backoff = Duration::from_millis(300);
    let server = cases();
    let mut tower = Tower(RetryPolicy::new().initial_backoff(backoff));
    let mut reqwest = middleware(RetryMiddleware::new().initial_backoff(backoff));
    runtime().block_on(async {
        let waited = waited_once(&mut reqwest, &server, http::Method::GET, "/now").await;
        assert!(waited >= backoff / 2, "waited {waited:?} for Retry-After: 0");
    });
    let server = cases();
    runtime().block_on(async {
        let waited = waited_once(&mut tower, &server, http::Method::GET, "/now").await;
        assert!(waited >= backoff / 2, "waited {waited:?} for Retry-After: 0");
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
        let report = response.extensions().get::<RetryReport>().copied();
        assert_eq!(report, Some(RetryReport { retries: 0, stop: Stop::BodyNotCloneable }));
        assert_eq!(server.requests("/stream").len(), 1);
        assert_eq!(server.requests("/stream")[0].body, b"a stream");
        let response = client.put(server.url("/bytes")).body("bytes").send().await.expect("a response");
        assert_eq!(response.status(), 503);
        let report = response.extensions().get::<RetryReport>().copied();
        assert_eq!(report, Some(RetryReport { retries: 3, stop: Stop::RetriesExhausted }));
        assert_eq!(server.requests("/bytes").len(), 4, "a body of bytes is sent on each attempt");
    });
}

/// A server that answers every first request to a path with `first`, and `200 OK` after.
fn first_fails(first: u16) -> Server {
    Server::start(Box::new(move |_, before| match before {
        0 => (first, "Failed", vec![]),
        _ => (200, "OK", vec![]),
    }))
}

/// Each builder setting of both adapters changes what reaches the server.
#[test]
fn every_setting_changes_what_the_server_sees() {
    let fast = Duration::from_millis(1);
    runtime().block_on(async {
        for adapter in ["middleware", "policy"] {
            let build = |configure: &dyn Fn(RetryMiddleware) -> RetryMiddleware,
                         policy: &dyn Fn(RetryPolicy) -> RetryPolicy|
             -> Box<dyn Sender> {
                if adapter == "middleware" {
                    Box::new(middleware(configure(RetryMiddleware::new().initial_backoff(fast))))
                } else {
                    Box::new(Tower(policy(RetryPolicy::new().initial_backoff(fast))))
                }
            };
            // idempotent_only: a POST that got 503 (hint `always`) is retried by default only.
            let server = first_fails(503);
            let mut plain = build(&|m| m, &|p| p);
            let answer = plain.send_boxed(http::Method::POST, server.url("/a")).await;
            assert_eq!(answer, (200, Some(RetryReport { retries: 1, stop: Stop::NotRetryable })), "{adapter}");
            let mut strict = build(&RetryMiddleware::idempotent_only, &RetryPolicy::idempotent_only);
            let answer = strict.send_boxed(http::Method::POST, server.url("/b")).await;
            assert_eq!(answer, (503, Some(RetryReport { retries: 0, stop: Stop::NotIdempotent })), "{adapter}");
            assert_eq!(server.requests("/b").len(), 1, "{adapter}: idempotent_only");

            // max_retries_per_request: one retry, so two arrivals at a server that is down.
            let down = always_down();
            let mut once = build(&|m| m.max_retries_per_request(1), &|p| p.max_retries_per_request(1));
            let answer = once.send_boxed(http::Method::GET, down.url("/once")).await;
            assert_eq!(answer, (503, Some(RetryReport { retries: 1, stop: Stop::RetriesExhausted })));
            assert_eq!(down.requests("/once").len(), 2, "{adapter}: max_retries_per_request(1)");

            // max_delay: Retry-After: 1 is past a max_delay of 500 ms, within the default.
            let server = Server::start(Box::new(|_, before| match before {
                0 => (503, "Service Unavailable", header("retry-after", "1")),
                _ => (200, "OK", vec![]),
            }));
            let mut short =
                build(&|m| m.max_delay(Duration::from_millis(500)), &|p| p.max_delay(Duration::from_millis(500)));
            let answer = short.send_boxed(http::Method::GET, server.url("/short")).await;
            assert_eq!(answer, (503, Some(RetryReport { retries: 0, stop: Stop::WaitTooLong })), "{adapter}");
            let answer = plain.send_boxed(http::Method::GET, server.url("/long")).await;
            assert_eq!(answer.0, 200, "{adapter}: the default max_delay waits a second");

            // retry_reserve and no_budget: what a host that is always down sees for 30 requests.
            for (name, mut client, expected) in [
                ("retry_reserve(5)", build(&|m| m.retry_reserve(5), &|p| p.retry_reserve(5)), 35),
                ("no_budget()", build(&RetryMiddleware::no_budget, &RetryPolicy::no_budget), 120),
                ("default", build(&|m| m, &|p| p), 50),
            ] {
                let down = always_down();
                for i in 0..30 {
                    assert_eq!(client.send_boxed(http::Method::GET, down.url(&format!("/{i}"))).await.0, 503);
                }
                assert_eq!(down.total(), expected, "{adapter}: {name}");
            }

            // max_extra_load: after the reserve of 2 is spent, two successes give back two retries
            // at 1.0, and less than one at the default 0.2.
            for (load, retries_back) in [(1.0, 2), (0.2, 0)] {
                let server = Server::start(Box::new(|request, _| {
                    if request.path.starts_with("/ok") {
                        (200, "OK", vec![])
                    } else {
                        (503, "Service Unavailable", vec![])
                    }
                }));
                let mut client =
                    build(&|m| m.retry_reserve(2).max_extra_load(load).max_retries_per_request(10), &|p| {
                        p.retry_reserve(2).max_extra_load(load).max_retries_per_request(10)
                    });
                client.send_boxed(http::Method::GET, server.url("/down/1")).await;
                assert_eq!(server.requests("/down/1").len(), 3, "{adapter}: the reserve of 2");
                client.send_boxed(http::Method::GET, server.url("/ok/1")).await;
                client.send_boxed(http::Method::GET, server.url("/ok/2")).await;
                let answer = client.send_boxed(http::Method::GET, server.url("/down/2")).await;
                assert_eq!(answer.1.map(|r| r.stop), Some(Stop::BudgetSpent));
                assert_eq!(server.requests("/down/2").len(), 1 + retries_back, "{adapter}: max_extra_load({load})");
            }
        }
    });
}

/// The two adapters behind one object, for tests that run both alike.
trait Sender {
    fn send_boxed<'a>(
        &'a mut self,
        method: http::Method,
        url: String,
    ) -> std::pin::Pin<Box<dyn Future<Output = (u16, Option<RetryReport>)> + 'a>>;
}

impl<T: Send3> Sender for T {
    fn send_boxed<'a>(
        &'a mut self,
        method: http::Method,
        url: String,
    ) -> std::pin::Pin<Box<dyn Future<Output = (u16, Option<RetryReport>)> + 'a>> {
        Box::pin(self.send(method, url, "x"))
    }
}

#[test]
fn idempotency_key_makes_a_post_retryable() {
    let server = first_fails(502);
    let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(RetryMiddleware::new().initial_backoff(Duration::from_millis(1)))
        .build();
    runtime().block_on(async {
        let keyed = client.post(server.url("/keyed")).header("idempotency-key", "\"a1b2\"").body("pay");
        assert_eq!(keyed.send().await.expect("a response").status(), 200);
        assert_eq!(server.requests("/keyed").len(), 2, "a POST with an Idempotency-Key is retried after 502");
        let plain = client.post(server.url("/plain")).body("pay").send().await.expect("a response");
        assert_eq!(plain.status(), 502);
        assert_eq!(server.requests("/plain").len(), 1, "a POST without one is not");
    });
}

/// A QUERY (RFC 10008) that got a 502 is retried by both adapters, as a GET would be.
#[test]
fn a_query_is_retried_as_an_idempotent_request() {
    let fast = Duration::from_millis(1);
    let server = first_fails(502);
    let query = http::Method::from_bytes(b"QUERY").expect("a method");
    runtime().block_on(async {
        let mut client = middleware(RetryMiddleware::new().initial_backoff(fast));
        let answer = client.send(query.clone(), server.url("/middleware"), "q=1").await;
        assert_eq!(answer, (200, Some(RetryReport { retries: 1, stop: Stop::NotRetryable })));
        let mut tower = Tower(RetryPolicy::new().initial_backoff(fast));
        let answer = tower.send(query, server.url("/policy"), "q=1").await;
        assert_eq!(answer, (200, Some(RetryReport { retries: 1, stop: Stop::NotRetryable })));
    });
    assert!(server.requests("/middleware").iter().all(|seen| seen.method == "QUERY" && seen.body == b"q=1"));
}

/// A port that was just free: nothing listens there, so every attempt fails to connect.
fn refusing_url() -> String {
    let addr = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port");
    format!("http://{addr}/")
}

/// A connection that was never made is retried for every method (the request never left), with
/// the backoff between attempts: three backoffs of 100, 200 and 400 ms take at least 350 ms.
#[test]
fn a_refused_connection_is_retried_for_every_method() {
    let url = refusing_url();
    let backoff = Duration::from_millis(100);
    let at_least = Duration::from_millis(50 + 100 + 200);
    let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(RetryMiddleware::new().initial_backoff(backoff))
        .build();
    let boxed = ServiceBuilder::new()
        .retry(RetryPolicy::new().initial_backoff(backoff))
        .map_err(tower::BoxError::from)
        .service(transport(reqwest::Client::new()));
    let hooked = ServiceBuilder::new()
        .retry(RetryPolicy::new().initial_backoff(backoff).never_connected(|error: &reqwest::Error| error.is_connect()))
        .service(transport(reqwest::Client::new()));
    let plain = ServiceBuilder::new()
        .retry(RetryPolicy::new().initial_backoff(backoff))
        .service(transport(reqwest::Client::new()));
    let post = || http::Request::builder().method("POST").uri(&url).body("pay".to_owned()).expect("a request");
    runtime().block_on(async {
        for method in [http::Method::GET, http::Method::POST] {
            let started = Instant::now();
            assert!(client.request(method.clone(), &url).body("pay").send().await.is_err());
            assert!(started.elapsed() >= at_least, "middleware, {method}: {:?}", started.elapsed());
        }
        let started = Instant::now();
        assert!(boxed.clone().oneshot(post()).await.is_err());
        assert!(started.elapsed() >= at_least, "policy over a BoxError: {:?}", started.elapsed());
        let started = Instant::now();
        assert!(hooked.clone().oneshot(post()).await.is_err());
        assert!(started.elapsed() >= at_least, "policy with the hook: {:?}", started.elapsed());
        // reqwest::Error is neither a BoxError nor an io::Error: without the hook the policy
        // cannot tell a refused connection from one that broke after sending.
        let started = Instant::now();
        assert!(plain.clone().oneshot(post()).await.is_err());
        assert!(started.elapsed() < at_least, "policy without the hook: {:?}", started.elapsed());
    });
}

/// A request that timed out may have reached the server, which may have acted on it: a GET is
/// retried, a POST is not.
#[test]
fn a_timed_out_request_is_retried_only_when_idempotent() {
    let server = Server::start(Box::new(|_, _| {
        std::thread::sleep(Duration::from_millis(400));
        (200, "OK", vec![])
    }));
    let impatient = || reqwest::Client::builder().timeout(Duration::from_millis(100)).build().expect("a client");
    let client = reqwest_middleware::ClientBuilder::new(impatient())
        .with(RetryMiddleware::new().initial_backoff(Duration::from_millis(1)))
        .build();
    runtime().block_on(async {
        assert!(client.get(server.url("/get")).send().await.is_err());
        assert!(client.post(server.url("/post")).body("pay").send().await.is_err());
    });
    // Requests are recorded when they arrive, before the slow answer.
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(server.requests("/get").len(), 4, "a GET that timed out is retried");
    assert_eq!(server.requests("/post").len(), 1, "a POST that timed out is not");
}

/// A server on 127.0.0.1 that reads each request's head and closes the connection without an
/// answer; it counts the requests. Its thread ends after `requests` connections.
fn hanging_up(requests: usize) -> (String, Arc<std::sync::atomic::AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("local address");
    let count = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counted = Arc::clone(&count);
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(stream) = stream else { continue };
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut reader = BufReader::new(stream);
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
                line.clear();
            }
            counted.fetch_add(1, Ordering::SeqCst);
        }
    });
    (format!("http://{addr}/"), count)
}

/// A connection closed after the request went out (the server may have acted) is retried for a
/// GET, not a POST; an error that is neither a timeout nor a failed request (too many redirects)
/// is returned at once, for any method.
#[test]
fn request_errors_retry_idempotent_requests_and_other_errors_none() {
    let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(RetryMiddleware::new().initial_backoff(Duration::from_millis(1)))
        .build();
    let (url, count) = hanging_up(5);
    let looping = Server::start(Box::new(|_, _| (302, "Found", header("location", "/loop"))));
    runtime().block_on(async {
        let error = client.get(&url).send().await.expect_err("no answer");
        assert!(
            matches!(&error, reqwest_middleware::Error::Reqwest(e) if e.is_request() && !e.is_timeout()),
            "{error:?}"
        );
        assert_eq!(count.load(Ordering::SeqCst), 4, "a GET whose connection closed is retried");
        assert!(client.post(&url).body("pay").send().await.is_err());
        assert_eq!(count.load(Ordering::SeqCst), 5, "a POST whose connection closed is not");
        let error = client.get(looping.url("/loop")).send().await.expect_err("too many redirects");
        assert!(matches!(&error, reqwest_middleware::Error::Reqwest(e) if e.is_redirect()), "{error:?}");
    });
    // reqwest follows 10 redirects, then gives up: 11 requests, and no retry of them.
    assert_eq!(looping.requests("/loop").len(), 11, "a redirect loop is not retried");
}

/// `RetryPolicy` over a `BoxError` retries a POST whose connection was refused, and not one whose
/// connection closed after the request went out.
#[test]
fn a_policy_tells_a_refused_connection_from_a_closed_one() {
    let boxed = ServiceBuilder::new()
        .retry(RetryPolicy::new().initial_backoff(Duration::from_millis(1)))
        .map_err(tower::BoxError::from)
        .service(transport(reqwest::Client::new()));
    let (url, count) = hanging_up(5);
    let post = |url: &str| http::Request::builder().method("POST").uri(url).body("pay".to_owned()).expect("a request");
    let get = |url: &str| http::Request::builder().uri(url).body(String::new()).expect("a request");
    runtime().block_on(async {
        assert!(boxed.clone().oneshot(post(&url)).await.is_err());
        assert_eq!(count.load(Ordering::SeqCst), 1, "a POST whose connection closed is not retried");
        assert!(boxed.clone().oneshot(get(&url)).await.is_err());
        assert_eq!(count.load(Ordering::SeqCst), 5, "a GET is");
    });
}

/// 600 requests to a server that always answers 503, each allowed three retries: without a budget
/// the server gets every request four times; with the default budget, the requests and the
/// reserve of 20 retries, since no success refills it.
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
    assert_eq!(seen["default"], 620, "the requests and the reserve");
    assert_eq!(tower_total, 620, "the requests and the reserve");
}

/// Sends GETs at `per_second` for `duration` through `send`, each on a task of its own, and
/// returns the final status of each.
async fn at_a_rate<F>(per_second: u32, duration: Duration, send: impl Fn(usize) -> F) -> Vec<u16>
where
    F: Future<Output = u16> + 'static,
{
    let gap = Duration::from_secs(1) / per_second;
    let mut tasks = tokio::task::JoinSet::new();
    let started = tokio::time::Instant::now();
    let mut i = 0;
    while started.elapsed() < duration {
        tasks.spawn_local(send(i));
        i += 1;
        tokio::time::sleep_until(started + gap * u32::try_from(i).expect("a few requests")).await;
    }
    let mut statuses = Vec::new();
    while let Some(status) = tasks.join_next().await {
        statuses.push(status.expect("a task"));
    }
    statuses
}

/// A short outage in healthy traffic is ridden out with the defaults: 20 requests a second, 5 s
/// answered 200, then half a second of 503s, then 200 again, and every request ends in 200.
#[test]
fn a_short_outage_is_ridden_out() {
    let blip = || {
        let started = Instant::now();
        Server::start(Box::new(move |_, _| {
            let at = started.elapsed();
            if at >= Duration::from_secs(5) && at < Duration::from_millis(5500) {
                (503, "Service Unavailable", vec![])
            } else {
                (200, "OK", vec![])
            }
        }))
    };
    let (reqwest_server, tower_server) = (blip(), blip());
    let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new()).with(RetryMiddleware::new()).build();
    let service = ServiceBuilder::new().retry(RetryPolicy::new()).service(transport(reqwest::Client::new()));
    let local = tokio::task::LocalSet::new();
    let (by_reqwest, by_tower) = local.block_on(&runtime(), async {
        let reqwest_url = reqwest_server.url("/");
        let tower_url = tower_server.url("/");
        let client = client.clone();
        let middleware = at_a_rate(20, Duration::from_millis(6500), move |_| {
            let (client, url) = (client.clone(), reqwest_url.clone());
            async move { client.get(url).send().await.expect("a response").status().as_u16() }
        });
        let policy = at_a_rate(20, Duration::from_millis(6500), |_| {
            let (service, url) = (service.clone(), tower_url.clone());
            async move {
                let request = http::Request::builder().uri(url).body(String::new()).expect("a request");
                service.oneshot(request).await.expect("a response").status().as_u16()
            }
        });
        let middleware = tokio::task::spawn_local(middleware);
        let policy = policy.await;
        (middleware.await.expect("the middleware's requests"), policy)
    });
    for (adapter, statuses, server) in [("middleware", by_reqwest, reqwest_server), ("policy", by_tower, tower_server)]
    {
        let failed = statuses.iter().filter(|&&s| s != 200).count();
        println!("{adapter}: {} requests, {} arrivals, {failed} not 200", statuses.len(), server.total());
        assert!(statuses.len() >= 120, "{adapter}: {} requests", statuses.len());
        assert_eq!(failed, 0, "{adapter}: every request ends in 200");
        assert!(server.total() > statuses.len(), "{adapter}: the outage was met and retried");
    }
}

/// Each host has a budget of its own: a host that keeps failing spends only its own reserve.
#[test]
fn a_failing_host_cannot_spend_another_hosts_retries() {
    let fast = Duration::from_millis(1);
    runtime().block_on(async {
        for adapter in ["middleware", "policy"] {
            let mut client: Box<dyn Sender> = if adapter == "middleware" {
                Box::new(middleware(RetryMiddleware::new().initial_backoff(fast)))
            } else {
                Box::new(Tower(RetryPolicy::new().initial_backoff(fast)))
            };
            let (down, healthy) = (always_down(), first_fails(503));
            for i in 0..30 {
                client.send_boxed(http::Method::GET, down.url(&format!("/{i}"))).await;
            }
            assert_eq!(down.total(), 50, "{adapter}: the dead host spent its reserve");
            for i in 0..10 {
                let answer = client.send_boxed(http::Method::GET, healthy.url(&format!("/{i}"))).await;
                assert_eq!(answer.0, 200, "{adapter}: the healthy host's blips are still retried");
            }
        }
    });
}

/// The adapters decide a code by its IANA meaning, or its class, whatever vendor features the
/// build has; `.vendors` opts into a vendor's meanings where that vendor's feature is on.
#[test]
fn vendor_features_do_not_change_decisions_unless_asked() {
    let fast = Duration::from_millis(1);
    runtime().block_on(async {
        for adapter in ["middleware", "policy"] {
            let build = |vendors: &[Vendor]| -> Box<dyn Sender> {
                if adapter == "middleware" {
                    Box::new(middleware(RetryMiddleware::new().initial_backoff(fast).vendors(vendors)))
                } else {
                    Box::new(Tower(RetryPolicy::new().initial_backoff(fast).vendors(vendors)))
                }
            };
            let (web_server_down, origin_unreachable) = (first_fails(521), first_fails(530));
            let mut plain = build(&[]);
            let post = plain.send_boxed(http::Method::POST, web_server_down.url("/plain")).await;
            assert_eq!(post, (521, Some(RetryReport { retries: 0, stop: Stop::NotIdempotent })), "{adapter}: a 5xx");
            let get = plain.send_boxed(http::Method::GET, origin_unreachable.url("/plain")).await;
            assert_eq!(get.0, 200, "{adapter}: 530 is a 5xx, retried for a GET");
            if Vendor::Cloudflare.is_enabled() {
                let mut cloudflare = build(&[Vendor::Cloudflare]);
                let post = cloudflare.send_boxed(http::Method::POST, web_server_down.url("/asked")).await;
                assert_eq!(post.0, 200, "{adapter}: Cloudflare's 521 never reached the origin");
                let get = cloudflare.send_boxed(http::Method::GET, origin_unreachable.url("/asked")).await;
                assert_eq!(get, (530, Some(RetryReport { retries: 0, stop: Stop::NotRetryable })), "{adapter}");
            }
        }
    });
}

/// A subscriber layer that keeps the fields of the adapters' events and what spans record.
#[derive(Clone, Default)]
struct Captured {
    events: Arc<Mutex<Vec<BTreeMap<String, String>>>>,
    recorded: Arc<Mutex<Vec<(String, String)>>>,
    /// The message of the last event `take` returned.
    last_message: Arc<Mutex<String>>,
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }

    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Captured {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        if event.metadata().target() != "status_registry::client" {
            return;
        }
        let mut fields = BTreeMap::new();
        fields.insert("level".to_owned(), event.metadata().level().to_string());
        event.record(&mut Fields(&mut fields));
        self.events.lock().expect("events").push(fields);
    }

    fn on_record(
        &self,
        _: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        let mut fields = BTreeMap::new();
        values.record(&mut Fields(&mut fields));
        self.recorded.lock().expect("recorded").extend(fields);
    }
}

impl Captured {
    fn take(&self) -> Vec<BTreeMap<String, String>> {
        let events = std::mem::take(&mut *self.events.lock().expect("events"));
        if let Some(message) = events.last().and_then(|event| event.get("message")) {
            message.clone_into(&mut self.last_message.lock().expect("message"));
        }
        events
    }
}

/// The fields of an event that tests compare (the message and the error text aside).
fn summary(event: &BTreeMap<String, String>) -> String {
    ["level", "attempt", "status", "reason", "wait_ms"]
        .iter()
        .filter_map(|name| event.get(*name).map(|value| format!("{name}={value}")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// With feature `tracing`, every retry and every retryable result given back is an event with
/// its reason, and the request's span gets `http.request.resend_count`.
#[test]
fn every_retry_decision_is_an_event() {
    use tracing::Instrument;
    use tracing_subscriber::layer::SubscriberExt;

    let captured = Captured::default();
    let subscriber = tracing_subscriber::registry().with(captured.clone());
    tracing::subscriber::with_default(subscriber, || {
        runtime().block_on(async {
            for adapter in ["middleware", "policy"] {
                let build = |reserve: u32| -> Box<dyn Sender> {
                    let fast = Duration::from_millis(1);
                    if adapter == "middleware" {
                        Box::new(middleware(RetryMiddleware::new().initial_backoff(fast).retry_reserve(reserve)))
                    } else {
                        Box::new(Tower(RetryPolicy::new().initial_backoff(fast).retry_reserve(reserve)))
                    }
                };
                let (mut client, server) = (build(20), cases());
                let span = tracing::info_span!("request", http.request.resend_count = tracing::field::Empty);
                let retried = first_fails(503);
                let answer = client.send_boxed(http::Method::GET, retried.url("/")).instrument(span).await;
                assert_eq!(answer, (200, Some(RetryReport { retries: 1, stop: Stop::NotRetryable })));
                let events = captured.take();
                assert_eq!(events.len(), 1, "{adapter}: {events:?}");
                assert!(
                    summary(&events[0]).starts_with("level=INFO attempt=1 status=503 reason=retryable_status wait_ms=")
                );
                let recorded = std::mem::take(&mut *captured.recorded.lock().expect("recorded"));
                assert_eq!(recorded, [("http.request.resend_count".to_owned(), "1".to_owned())], "{adapter}");

                let answer = client.send_boxed(http::Method::GET, server.url("/maintenance")).await;
                assert_eq!(answer, (503, Some(RetryReport { retries: 0, stop: Stop::WaitTooLong })));
                let events: Vec<_> = captured.take().iter().map(summary).collect();
                assert_eq!(
                    events,
                    ["level=WARN attempt=1 status=503 reason=wait_too_long wait_ms=86400000"],
                    "{adapter}"
                );

                let answer = client.send_boxed(http::Method::POST, server.url("/upstream")).await;
                assert_eq!(answer, (502, Some(RetryReport { retries: 0, stop: Stop::NotIdempotent })));
                let events: Vec<_> = captured.take().iter().map(summary).collect();
                assert_eq!(events, ["level=INFO attempt=1 status=502 reason=not_idempotent wait_ms=0"], "{adapter}");

                let answer = client.send_boxed(http::Method::GET, server.url("/missing")).await;
                assert_eq!(answer, (404, Some(RetryReport { retries: 0, stop: Stop::NotRetryable })));
                assert_eq!(captured.take(), Vec::<BTreeMap<String, String>>::new(), "{adapter}: a 404 says nothing");

                let mut spent = build(0);
                let down = always_down();
                let answer = spent.send_boxed(http::Method::GET, down.url("/")).await;
                assert_eq!(answer, (503, Some(RetryReport { retries: 0, stop: Stop::BudgetSpent })));
                let events: Vec<_> = captured.take().iter().map(summary).collect();
                assert_eq!(events, ["level=WARN attempt=1 status=503 reason=budget_spent wait_ms=0"], "{adapter}");

                let answer = client.send_boxed(http::Method::GET, down.url("/exhausted")).await;
                assert_eq!(answer, (503, Some(RetryReport { retries: 3, stop: Stop::RetriesExhausted })));
                let events: Vec<_> = captured.take().iter().map(summary).collect();
                assert_eq!(events.len(), 4, "{adapter}: {events:?}");
                assert_eq!(events[3], "level=WARN attempt=4 status=503 reason=retries_exhausted wait_ms=0");
                let message = captured.last_message.lock().expect("message").clone();
                assert_eq!(message, "failed after 3 retries", "{adapter}");
            }
        });
    });
}

/// A POST answered `502` whose `Proxy-Status` says the proxy never reached the origin is sent again
/// by both adapters; one whose origin may have seen it is not. The last entry (the proxy nearest
/// the client) decides.
#[test]
fn proxy_status_tells_a_resendable_502_from_one_that_is_not() {
    let fast = Duration::from_millis(1);
    let server = Server::start(Box::new(|request, before| {
        let path = request.path.as_str();
        let field = if path.ends_with("/refused") {
            "edge; error=connection_refused"
        } else if path.ends_with("/chain") {
            "inner; error=http_response_timeout, \"edge.example\"; error=dns_timeout"
        } else if path.ends_with("/timeout") {
            "edge; error=http_response_timeout"
        } else {
            "edge; error=no_such_error"
        };
        if before == 0 { (502, "Bad Gateway", header("proxy-status", field)) } else { (200, "OK", vec![]) }
    }));
    runtime().block_on(async {
        let mut client = middleware(RetryMiddleware::new().initial_backoff(fast));
        let mut tower = Tower(RetryPolicy::new().initial_backoff(fast));
        for (adapter, prefix) in [(0, "/middleware"), (1, "/policy")] {
            for (path, status, requests) in
                [("/refused", 200, 2), ("/chain", 200, 2), ("/timeout", 502, 1), ("/unknown", 502, 1)]
            {
                let url = server.url(&format!("{prefix}{path}"));
                let (got, _) = if adapter == 0 {
                    client.send(http::Method::POST, url, "pay").await
                } else {
                    tower.send(http::Method::POST, url, "pay").await
                };
                assert_eq!(got, status, "{prefix}{path}");
                assert_eq!(server.requests(&format!("{prefix}{path}")).len(), requests, "{prefix}{path}");
            }
        }
    });
}
