//! What real servers send: the status lines of stock nginx, Apache httpd and HAProxy.
//!
//! `fixtures/servers/<server>.txt` records, for every code a server can be configured to return,
//! the status line it sent (`<code requested>\t<status line>`; nothing after the tab when the
//! server closed the connection without a response). The fixture tests read those files and run
//! everywhere. `live_servers_send_the_recorded_lines` starts the three servers from the system's
//! packages on 127.0.0.1, asks each for every code and compares with the fixtures.
//! `scripts/install-servers.sh` installs the servers, and `scripts/test.sh` (what CI runs) sets
//! `STATUS_REGISTRY_LIVE_SERVERS=require`, under which a missing server fails the test. Without it
//! (a plain `cargo test` on a machine without the servers), a missing server is replaced by a
//! loopback server that replays its fixture, so the client side (the request, the socket reading
//! and `StatusLine`) still runs, and a note on stderr says so.
//! `UPDATE_SNAPSHOTS=1` rewrites the fixtures from the live servers.

use crate::common;

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use status_registry::{StatusCode, StatusLine};

/// The servers, with the codes each can be configured to return: HAProxy's `http-request return`
/// refuses codes outside 200..=599.
const SERVERS: [(&str, u16, u16); 3] = [("nginx", 100, 999), ("apache", 100, 999), ("haproxy", 200, 599)];

/// `(code requested, status line sent)` of one server's fixture; the line is empty when the
/// server sent nothing.
fn recorded(server: &str) -> Vec<(u16, String)> {
    let path = common::fixture(&format!("servers/{server}.txt"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| {
            let (code, line) = l.split_once('\t').unwrap_or_else(|| panic!("no tab in `{l}`"));
            (code.parse().unwrap(), line.to_owned())
        })
        .collect()
}

#[test]
fn the_fixtures_cover_every_code_each_server_returns() {
    for (server, first, last) in SERVERS {
        let codes: Vec<u16> = recorded(server).iter().map(|(c, _)| *c).collect();
        assert_eq!(codes, (first..=last).collect::<Vec<_>>(), "{server}");
    }
}

#[test]
fn every_phrase_nginx_and_apache_send_parses_strictly() {
    for server in ["nginx", "apache"] {
        let mut phrases = 0;
        for (requested, line) in recorded(server) {
            if line.is_empty() {
                continue;
            }
            let rest = line.strip_prefix("HTTP/1.1 ").unwrap_or_else(|| panic!("{server} {requested}: `{line}`"));
            let code: u16 = rest[..3].parse().unwrap();
            let status: StatusCode =
                rest.parse().unwrap_or_else(|e| panic!("{server} sends `{line}`, which does not parse: {e}"));
            assert_eq!(status.code(), code, "{server}: `{line}`");
            if rest.len() > 4 {
                phrases += 1;
                // A phrase the server sends is the reason or an alias of that code's meaning.
                assert!(status.info().is_some(), "{server}: `{line}` names no registered meaning");
            }
        }
        assert!(phrases >= 30, "{server} sent only {phrases} phrases; is the fixture complete?");
    }
}

#[test]
fn the_phrases_stock_servers_are_known_for_parse_to_their_codes() {
    for (text, status) in [
        ("405 Not Allowed", StatusCode::MethodNotAllowed),
        ("414 Request-URI Too Large", StatusCode::UriTooLong),
        ("503 Service Temporarily Unavailable", StatusCode::ServiceUnavailable),
        ("302 Moved Temporarily", StatusCode::Found),
        ("504 Gateway Time-out", StatusCode::GatewayTimeout),
    ] {
        assert_eq!(text.parse(), Ok(status), "{text}");
    }
}

#[test]
fn every_recorded_line_of_all_three_reads_through_status_line() {
    for (server, ..) in SERVERS {
        for (requested, line) in recorded(server) {
            if line.is_empty() {
                continue;
            }
            let parsed = StatusLine::parse(&line).unwrap_or_else(|e| panic!("{server} {requested}: `{line}`: {e}"));
            assert_eq!(parsed.version(), Some("HTTP/1.1"));
            assert_eq!(format!("{:03}", parsed.code()), line[9..12], "{server}: `{line}`");
            assert_eq!(parsed.reason(), line[12..].trim(), "{server}: `{line}`");
            // The code decides: a phrase only picks among the meanings of that code.
            let status = parsed.status();
            assert!(
                status == StatusCode::from(parsed.code()) || StatusCode::meanings(parsed.code()).any(|m| m == status),
                "{server}: `{line}` gave {status:?}"
            );
        }
    }
    // HAProxy's own phrases do not parse strictly, and need not.
    let haproxy: Vec<(u16, String)> = recorded("haproxy");
    let line = &haproxy.iter().find(|(c, _)| *c == 502).unwrap().1;
    assert_eq!(line, "HTTP/1.1 502 Bad Gateway or Proxy Error");
    assert_eq!(StatusLine::parse(line).unwrap().status(), StatusCode::BadGateway);
}

#[test]
fn nginx_never_sends_its_log_only_codes() {
    let nginx = recorded("nginx");
    let sent = |code: u16| nginx.iter().find(|(c, _)| *c == code).unwrap().1.clone();
    for code in [494, 495, 496, 497] {
        assert_eq!(sent(code), "HTTP/1.1 400 Bad Request", "{code} goes out as 400");
    }
    for code in [444, 499] {
        assert_eq!(sent(code), "", "{code} closes the connection");
    }
}

// ---------------------------------------------------------------- live servers

/// A server process that is killed when dropped, so a failing test leaves nothing behind; or the
/// replay of a server's fixture, which stops when its listener is dropped.
struct Running {
    child: Option<Child>,
    port: u16,
    _dir: TempDir,
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// A directory removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("status-registry-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        // Apache's workers may run as another user; they read the document root.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        }
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The first of `names` found on PATH or in the sbin directories, where Debian puts servers.
fn find_binary(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let dirs = std::env::split_paths(&path).chain(["/usr/sbin", "/usr/local/sbin", "/sbin"].map(PathBuf::from));
    let dirs: Vec<PathBuf> = dirs.collect();
    names.iter().flat_map(|n| dirs.iter().map(move |d| d.join(n))).find(|p| p.is_file())
}

/// Whether a missing server fails the test (`STATUS_REGISTRY_LIVE_SERVERS=require`, set by
/// `scripts/test.sh`) rather than being replayed.
fn servers_required() -> bool {
    std::env::var("STATUS_REGISTRY_LIVE_SERVERS").as_deref() == Ok("require")
}

/// The server's binary; `None` when it is missing and may be replayed.
fn require(server: &str, names: &[&str]) -> Option<PathBuf> {
    let found = find_binary(names);
    assert!(
        found.is_some() || !servers_required(),
        "{server} is not installed ({names:?} not found); run `bash scripts/install-servers.sh`"
    );
    found
}

/// A loopback server that answers `GET /s/<code>` with the status line `server`'s fixture
/// recorded for the code, or closes the connection where the server sent nothing. It serves until
/// the test's last request, one connection at a time.
fn replay(server: &str, first: u16, last: u16, dir: TempDir) -> Running {
    eprintln!(
        "{server} is not installed: replaying its recorded lines (set STATUS_REGISTRY_LIVE_SERVERS=require to fail)"
    );
    let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).unwrap();
    let port = listener.local_addr().unwrap().port();
    let lines = recorded(server);
    let requests = usize::from(last - first) + 1;
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests) {
            let Ok(mut stream) = stream else { continue };
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let mut request = Vec::new();
            let mut byte = [0u8; 1];
            while !request.ends_with(b"\r\n\r\n") && stream.read(&mut byte).is_ok_and(|n| n == 1) {
                request.push(byte[0]);
            }
            let request = String::from_utf8_lossy(&request);
            let code: Option<u16> = request.strip_prefix("GET /s/").and_then(|r| r.split(' ').next()?.parse().ok());
            let line = code.and_then(|c| lines.iter().find(|(recorded, _)| *recorded == c)).map(|(_, l)| l.as_str());
            if let Some(line) = line.filter(|l| !l.is_empty()) {
                let _ =
                    stream.write_all(format!("{line}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes());
            }
        }
    });
    Running { child: None, port, _dir: dir }
}

fn free_port() -> u16 {
    TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).unwrap().local_addr().unwrap().port()
}

fn start(server: &str, first: u16, last: u16) -> Running {
    let dir = TempDir::new(server);
    let port = free_port();
    let d = dir.0.display().to_string();
    let codes = first..=last;
    let child = match server {
        "nginx" => {
            let Some(binary) = require("nginx", &["nginx"]) else { return replay(server, first, last, dir) };
            let locations = codes.fold(String::new(), |mut out, c| {
                let _ = writeln!(out, "    location = /s/{c} {{ return {c}; }}");
                out
            });
            let conf = format!(
                "daemon off;\nmaster_process off;\npid {d}/nginx.pid;\nerror_log stderr;\nevents {{}}\n\
                 http {{\n  access_log off;\n  client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n  \
                 fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n  \
                 server {{\n    listen 127.0.0.1:{port};\n{locations}  }}\n}}\n"
            );
            std::fs::write(dir.0.join("nginx.conf"), conf).unwrap();
            Command::new(binary)
                .args(["-p", &d, "-c", &format!("{d}/nginx.conf"), "-e", "stderr"])
                .stderr(Stdio::null())
                .spawn()
        }
        "apache" => {
            let Some(binary) = require("Apache httpd", &["apache2", "httpd"]) else {
                return replay(server, first, last, dir);
            };
            let modules = ["/usr/lib/apache2/modules", "/usr/lib64/httpd/modules", "/usr/lib/httpd/modules"]
                .into_iter()
                .find(|m| Path::new(m).join("mod_asis.so").is_file())
                .unwrap_or_else(|| panic!("Apache httpd's modules (mod_asis.so) not found"));
            // mod_asis sends a file's own `Status:` header; with a bare code httpd adds its phrase.
            std::fs::create_dir_all(dir.0.join("s")).unwrap();
            for code in codes {
                std::fs::write(
                    dir.0.join("s").join(code.to_string()),
                    format!("Status: {code}\nContent-Type: text/plain\n\n"),
                )
                .unwrap();
            }
            let conf = format!(
                "ServerRoot {d}\nListen 127.0.0.1:{port}\nServerName localhost\nPidFile {d}/httpd.pid\n\
                 ErrorLog /dev/null\nLoadModule mpm_event_module {modules}/mod_mpm_event.so\n\
                 LoadModule authz_core_module {modules}/mod_authz_core.so\n\
                 LoadModule asis_module {modules}/mod_asis.so\nDocumentRoot {d}\n\
                 <Directory {d}/s>\n  SetHandler send-as-is\n  Require all granted\n</Directory>\n"
            );
            std::fs::write(dir.0.join("httpd.conf"), conf).unwrap();
            Command::new(binary).args(["-X", "-f", &format!("{d}/httpd.conf")]).stderr(Stdio::null()).spawn()
        }
        "haproxy" => {
            let Some(binary) = require("HAProxy", &["haproxy"]) else { return replay(server, first, last, dir) };
            let rules = codes.fold(String::new(), |mut out, c| {
                let _ = writeln!(out, "  http-request return status {c} if {{ path /s/{c} }}");
                out
            });
            let conf = format!(
                "defaults\n  mode http\n  timeout client 5s\n  timeout connect 5s\n  timeout server 5s\n\
                 frontend codes\n  bind 127.0.0.1:{port}\n{rules}"
            );
            std::fs::write(dir.0.join("haproxy.cfg"), conf).unwrap();
            Command::new(binary).args(["-db", "-f", &format!("{d}/haproxy.cfg")]).stderr(Stdio::null()).spawn()
        }
        other => panic!("no configuration for {other}"),
    };
    let child = child.unwrap_or_else(|e| panic!("cannot start {server}: {e}"));
    let running = Running { child: Some(child), port, _dir: dir };
    let deadline = Instant::now() + Duration::from_secs(15);
    while TcpStream::connect_timeout(&SocketAddr::from((Ipv4Addr::LOCALHOST, port)), Duration::from_millis(200))
        .is_err()
    {
        assert!(Instant::now() < deadline, "{server} did not listen on 127.0.0.1:{port} within 15 s");
        std::thread::sleep(Duration::from_millis(50));
    }
    running
}

/// The first line the server sends for `GET /s/<code>`, without its CRLF; empty when it closes
/// the connection without a response.
fn status_line(port: u16, code: u16) -> String {
    let mut stream = TcpStream::connect_timeout(&SocketAddr::from((Ipv4Addr::LOCALHOST, port)), Duration::from_secs(5))
        .unwrap_or_else(|e| panic!("connect to 127.0.0.1:{port}: {e}"));
    stream.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    stream.set_write_timeout(Some(Duration::from_secs(5))).unwrap();
    stream
        .write_all(format!("GET /s/{code} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes())
        .unwrap();
    let mut received = Vec::new();
    let mut chunk = [0u8; 1024];
    while !received.windows(2).any(|w| w == b"\r\n") {
        match stream.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => received.extend_from_slice(&chunk[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(e) => panic!("read from 127.0.0.1:{port} for {code}: {e}"),
        }
    }
    let end = received.windows(2).position(|w| w == b"\r\n").unwrap_or(received.len());
    String::from_utf8_lossy(&received[..end]).into_owned()
}

#[test]
fn live_servers_send_the_recorded_lines() {
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    for (server, first, last) in SERVERS {
        let running = start(server, first, last);
        let live: Vec<(u16, String)> = (first..=last).map(|code| (code, status_line(running.port, code))).collect();
        drop(running);
        if update {
            let header = format!(
                "# Status lines of stock {server} on 127.0.0.1 for GET /s/<code>, by tests/tests/it/servers.rs.\n"
            );
            let body = live.iter().fold(String::new(), |mut out, (c, l)| {
                let _ = writeln!(out, "{c}\t{l}");
                out
            });
            std::fs::write(common::fixture(&format!("servers/{server}.txt")), header + &body).unwrap();
            continue;
        }
        let expected = recorded(server);
        for ((code, sent), (_, recorded)) in live.iter().zip(&expected) {
            assert_eq!(sent, recorded, "{server} now sends something else for {code}");
            if !sent.is_empty() {
                assert!(StatusLine::parse(sent).is_ok(), "{server}: `{sent}`");
            }
        }
        assert_eq!(live.len(), expected.len(), "{server}");
    }
}
