//! Runs each example binary as a user would and checks what it prints. Cargo builds the examples
//! before the tests of this package, next to the test binary's directory.

use crate::common;

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn example(name: &str) -> PathBuf {
    let deps = std::env::current_exe().unwrap().parent().unwrap().to_path_buf();
    let exe = deps.parent().unwrap().join("examples").join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(exe.exists(), "{} was not built", exe.display());
    exe
}

/// Runs an example with a deadline, so a hung server cannot hang the test suite.
fn run(name: &str, args: &[&str]) -> Output {
    let mut child =
        Command::new(example(name)).args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{name} {args:?} did not finish within 60 seconds");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn api_enum_matches_its_own_codes() {
    let out = run("api_enum", &["503", "799"]);
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("503 Down for maintenance     wait as Retry-After says"), "{stdout}");
    assert!(stdout.contains("799                          unexpected for this API"), "{stdout}");
    assert_eq!(run("api_enum", &["nope"]).status.code(), Some(2));
}

#[test]
fn every_code_crosses_the_loopback_intact() {
    let out = run("loopback", &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    for (code, shown) in [
        (200, "200 OK; wire `HTTP/1.1 200 OK`; as Edge: Ok; done; intact"),
        (429, "429 Too Many Requests; wire `HTTP/1.1 429 Too Many Requests`; as Edge: TooManyRequests; retry; intact"),
        // hyper has no phrase for codes `http` does not know and sends `<none>`; the code decides.
        (
            499,
            "499 Client Closed Request [nginx]; wire `HTTP/1.1 499 <none>`; as Edge: NginxClientClosedRequest; give up; intact",
        ),
        (
            503,
            "503 Service Unavailable; wire `HTTP/1.1 503 Service Unavailable`; as Edge: ServiceUnavailable; retry; intact",
        ),
        (
            522,
            "522 Connection Timed Out [Cloudflare]; wire `HTTP/1.1 522 <none>`; as Edge: CloudflareConnectionTimedOut; retry; intact",
        ),
        (
            460,
            "460 Client Closed Connection [AWS Elastic Load Balancing]; wire `HTTP/1.1 460 <none>`; as Edge: Other(460); give up; intact",
        ),
        (999, "999 Request denied [LinkedIn]; wire `HTTP/1.1 999 <none>`; as Edge: Other(999); give up; intact"),
    ] {
        assert!(stdout.contains(&format!("GET /status/{code} -> {shown}")), "{code}:\n{stdout}");
    }
    assert!(stdout.contains("server stopped; 9 of 9 codes arrived intact"), "{stdout}");
    assert_eq!(run("loopback", &["000"]).status.code(), Some(2));
}

#[test]
fn the_access_log_report_counts_what_the_log_holds() {
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/data/access.log");
    let log = std::fs::read_to_string(sample).unwrap();
    // Count independently: the status is the ninth space-separated field of a well-formed line.
    let count = |code: &str| log.lines().filter(|l| l.split(' ').nth(8) == Some(code)).count();
    let out = run("access_log", &[]);
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    let total = log.lines().count();
    assert!(stdout.contains(&format!("{total} lines, ")), "{stdout}");
    for (code, label) in [
        ("499", "499 Client Closed Request [nginx]"),
        ("522", "522 Connection Timed Out [Cloudflare]"),
        ("444", "444 No Response [nginx]"),
    ] {
        let line =
            stdout.lines().find(|l| l.trim_start().starts_with(label)).unwrap_or_else(|| panic!("{label}:\n{stdout}"));
        let shown: usize = line[label.len() + 2..].split_whitespace().next().unwrap().parse().unwrap();
        assert_eq!(shown, count(code), "{label}");
        assert!(count(code) > 0);
    }
    assert!(stdout.contains("(also ArcGIS Server: Token Required;"), "shared codes name their other meanings");
    assert!(stdout.contains("799 (not in the registry)"));
    let malformed: usize = stdout.split(" requests, ").nth(1).unwrap().split(' ').next().unwrap().parse().unwrap();
    assert!(malformed > 0, "the sample holds malformed lines");
    assert!(out.stderr.is_empty(), "no progress on a small file when stderr is not a terminal");
}

#[test]
fn the_access_log_report_reads_tricky_lines() {
    let guard = tempfile::Builder::new().prefix("access-log-tricky-").tempdir().unwrap();
    let dir = guard.path();
    let file = dir.join("tricky.log");
    let lines = [
        r#"1.2.3.4 - - [20/Nov/2026:00:00:04 +0000] "GET /a\"b HTTP/1.1" 499 0 "-" "curl/8""#,
        r#"1.2.3.4 - - [20/Nov/2026:00:00:05 +0000] "GET / HTTP/1.1" abc 0 "-" "-""#,
        "1.2.3.4 - - [20/Nov/2026",
        "",
        r#"5.6.7.8 - bob [20/Nov/2026:00:00:06 +0000] "POST /x HTTP/2.0" 000 0 "-" "ELB-HealthChecker""#,
    ];
    std::fs::write(&file, lines.join("\n")).unwrap();
    let out = run("access_log", &[file.to_str().unwrap()]);
    let stdout = text(&out.stdout);
    assert!(stdout.contains("5 lines, 2 requests, 3 malformed (first at lines 2, 3, 4)"), "{stdout}");
    assert!(stdout.contains("499 Client Closed Request [nginx]"), "{stdout}");
    assert!(stdout.contains("000 No Response Status [AWS Elastic Load Balancing]"), "{stdout}");
}

#[test]
fn the_access_log_report_survives_garbage() {
    let guard = tempfile::Builder::new().prefix("access-log-garbage-").tempdir().unwrap();
    let dir = guard.path();
    let file = dir.join("garbage.log");
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    std::fs::write(&file, bytes).unwrap();
    let out = run("access_log", &[file.to_str().unwrap(), "--progress"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains(" 0 requests, "), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains("read "), "--progress reports on stderr");
    let missing = run("access_log", &[dir.join("missing.log").to_str().unwrap()]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(text(&missing.stderr).contains("cannot open"));
}

#[test]
fn the_trace_layer_sets_span_status_from_the_response() {
    let out = run("span_status", &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    for line in [
        "GET /status/200 -> 200 OK; server span UNSET; client span UNSET; grpc UNKNOWN (2)",
        "GET /status/404 -> 404 Not Found; server span UNSET; client span ERROR; grpc UNIMPLEMENTED (12)",
        "GET /status/429 -> 429 Too Many Requests; server span UNSET; client span ERROR; grpc UNAVAILABLE (14)",
        "GET /status/499 -> 499 Client Closed Request; server span UNSET; client span ERROR; grpc UNKNOWN (2)",
        "GET /status/503 -> 503 Service Unavailable; server span ERROR (error.type 503); client span ERROR; grpc \
         UNAVAILABLE (14)",
        "GET /status/522 -> 522 Connection Timed Out; server span ERROR (error.type 522); client span ERROR; grpc \
         UNKNOWN (2)",
    ] {
        assert!(stdout.contains(line), "missing `{line}` in:\n{stdout}");
    }
    let out = run("span_status", &["401"]);
    assert!(
        text(&out.stdout).contains("401 Unauthorized; server span UNSET; client span ERROR; grpc UNAUTHENTICATED (16)")
    );
    assert_eq!(run("span_status", &["0"]).status.code(), Some(2));
}

#[test]
fn the_retry_example_retries_the_503_once_and_never_the_501() {
    let out = run("retry", &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    for client in ["policy", "middleware"] {
        for (path, n) in [("flaky", 2), ("unimplemented", 1), ("upstream", 1)] {
            let plural = if n == 1 { "" } else { "s" };
            let line = format!("server saw {n} request{plural} for /{client}/{path}");
            assert!(stdout.lines().any(|l| l == line), "{line}:\n{stdout}");
        }
    }
    assert!(stdout.contains("policy: GET /policy/flaky -> 200 OK\n"), "{stdout}");
    assert!(stdout.contains("policy: GET /policy/unimplemented -> 501 Not Implemented\n"), "{stdout}");
    // The middleware waited the second that Retry-After asked for; the POST came back at once.
    assert!(
        stdout.contains("middleware: GET /middleware/flaky -> 200 OK; took 1s; 1 retry, then stopped: not_retryable\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "middleware: POST /middleware/upstream -> 502 Bad Gateway; took 0s; 0 retries, then stopped: not_idempotent\n"
        ),
        "{stdout}"
    );
}

#[test]
fn the_service_states_each_status_once() {
    let out = run("service", &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    for line in [
        // OpenAPI from the error enum: one response per code, described by its phrases.
        "GET /items/{id}: 200 The item's name; 404 Not Found or No Such Shelf [application/problem+json]; 429 Too \
         Many Requests [application/problem+json]; 500 Internal Server Error [application/problem+json]",
        "GET /health: 200 OK; 503 Down for maintenance",
        // The wire and the problem bodies, as the client reads them.
        "GET /items/1 -> 200 OK; body \"a teapot\"",
        "GET /items/7 -> 404 Not Found; problem: Not Found: there is no item 7",
        "GET /items/13 -> 500 Internal Server Error; problem: Internal Server Error (no detail)",
        // The phrase on the wire is the member's; the problem's title is the status's (RFC 9457).
        "GET /shelves/attic -> 404 No Such Shelf; problem: Not Found: there is no shelf called attic",
        "GET /health -> 503 Down for maintenance; no body",
        "server stopped",
    ] {
        assert!(stdout.lines().any(|l| l == line), "missing `{line}` in:\n{stdout}");
    }
    assert!(!stdout.contains("read-only"), "a 5xx's text stays on the server");
    let document = run("service", &["--openapi"]);
    let json: serde_json::Value = serde_json::from_slice(&document.stdout).unwrap();
    let responses = &json["paths"]["/items/{id}"]["get"]["responses"];
    assert_eq!(responses["404"]["description"], "Not Found or No Such Shelf");
    let schema = &responses["404"]["content"]["application/problem+json"]["schema"];
    assert_eq!(schema["$ref"], "#/components/schemas/Problem");
    let problem = &json["components"]["schemas"]["Problem"];
    assert_eq!(problem["properties"]["type"]["default"], "about:blank");
    assert_eq!(run("service", &["--nope"]).status.code(), Some(2));
}

#[test]
fn the_service_document_is_valid_openapi() {
    let document = run("service", &["--openapi"]);
    assert!(document.status.success(), "{}", text(&document.stderr));
    common::validate_openapi("service", &document.stdout);
}

#[test]
fn the_actix_service_states_each_status_once() {
    check_shelf_service("actix_service", "No Such Shelf", "Client Closed Request");
}

#[test]
fn the_grpc_service_answers_both_protocols_with_one_enum() {
    let out = run("grpc_service", &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    for line in [
        "gRPC Get(\"1\"): OK \"shelf 1: teapots\"",
        "gRPC Get(\"7\"): NotFound \"there is no shelf 7\"",
        "HTTP GET /shelves/7 -> 404 Not Found; problem: Not Found: there is no shelf 7",
        "gRPC Get(\"two\"): InvalidArgument \"\\\"two\\\" is not a shelf number\"",
        "HTTP GET /shelves/two -> 400 Not A Shelf Number; problem: Bad Request: \"two\" is not a shelf number",
        "gRPC Get(\"2\"): AlreadyExists \"shelf 2 is already taken\"",
        "HTTP GET /shelves/2 -> 409 Conflict; problem: Conflict: shelf 2 is already taken",
        "gRPC Get(\"13\"): Internal \"Internal Server Error\"",
        "HTTP GET /shelves/13 -> 500 Internal Server Error; problem: Internal Server Error (no detail)",
    ] {
        assert!(stdout.lines().any(|l| l == line), "missing `{line}` in:\n{stdout}");
    }
    assert!(!stdout.contains("sdb1"), "a 5xx's text stays on the server, in both protocols");
}

/// What the shelf services print (`common/shelves.rs`), with the phrase of the member whose own
/// is `No Such Shelf` and that of nginx's 499 as the framework sends them.
fn check_shelf_service(name: &str, no_shelf: &str, gone: &str) -> String {
    let out = run(name, &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    for line in [
        "GET /items/1 -> 200 OK; body \"a teapot\"",
        "GET /items/7 -> 404 Not Found; problem: Not Found: there is no item 7",
        "GET /items/13 -> 500 Internal Server Error; problem: Internal Server Error (no detail)",
        &format!("GET /shelves/attic -> 404 {no_shelf}; problem: Not Found: there is no shelf called attic"),
        "GET /shelves/cellar -> 503 Service Unavailable; problem: Service Unavailable (no detail)",
        "GET /write -> 405 Method Not Allowed; problem: Method Not Allowed: the shelves are read-only today",
        &format!("GET /gone -> 499 {gone}; no body"),
        "allow on /write: GET, HEAD",
        "server stopped",
    ] {
        assert!(stdout.lines().any(|l| l == line), "missing `{line}` in:\n{stdout}");
    }
    assert!(!stdout.contains("sdb1"), "a 5xx's text stays on the server");
    assert_eq!(run(name, &["--nope"]).status.code(), Some(2));
    stdout
}

#[test]
fn the_warp_service_states_each_status_once() {
    check_shelf_service("warp_service", "No Such Shelf", "Client Closed Request");
}

#[test]
fn the_poem_service_states_each_status_once_and_documents_it() {
    // A member that travels as a `poem::Error` carries hyper's phrase; a `StatusCode`, the registry's.
    let stdout = check_shelf_service("poem_service", "Not Found", "Client Closed Request");
    let documented = "documented: GET /shelves/{name}: 200, 404 Not Found or No Such Shelf, 405 Method Not Allowed, \
                      500 Internal Server Error, 503 Service Unavailable";
    assert!(stdout.lines().any(|l| l == documented), "missing `{documented}` in:\n{stdout}");
}

#[test]
fn the_salvo_service_states_each_status_once() {
    check_shelf_service("salvo_service", "No Such Shelf", "Client Closed Request");
}

#[test]
fn the_rocket_service_states_each_status_once() {
    // rocket writes hyper's phrase, which has none for 499.
    check_shelf_service("rocket_service", "Not Found", "<none>");
}
