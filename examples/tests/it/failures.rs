//! Nothing non-conformant leaves silently: a member whose header field holds no valid field value
//! (`allow: "GET\n"`), or whose `#[member]` value does not serialize, answers `500 Internal Server
//! Error` with problem details, in axum and actix-web alike, and an error event of target
//! `status_registry::response` names the member and the field. Read as raw bytes off servers on
//! 127.0.0.1, with a capturing `tracing` subscriber.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::routing::get;
use status_registry::{Problem, StatusRegistry};
use tracing_subscriber::layer::SubscriberExt;

use crate::common::{Raw, Served, raw_get};

#[derive(StatusRegistry, Debug)]
#[status_registry(axum, actix, problem)]
enum ShelfError {
    /// The allowed methods, as the handler computed them.
    #[status(405)]
    ReadOnly(#[header("allow")] String),
    /// A member whose value serde_json cannot write: a map whose keys are not strings.
    #[status(409, problem_type = "https://example.com/probs/shelf-clash")]
    Clash {
        #[member("positions")]
        positions: BTreeMap<(u8, u8), String>,
    },
}

impl std::fmt::Display for ShelfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("shelf error")
    }
}

/// The error events, as (member, field) pairs.
#[derive(Clone, Default)]
struct Events(Arc<Mutex<Vec<(String, String, String)>>>);

impl<S: tracing::Subscriber> tracing_subscriber::Layer<S> for Events {
    fn on_event(&self, event: &tracing::Event<'_>, _: tracing_subscriber::layer::Context<'_, S>) {
        #[derive(Default)]
        struct Fields(BTreeMap<String, String>);
        impl tracing::field::Visit for Fields {
            fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
                self.0.insert(field.name().to_owned(), format!("{value:?}").trim_matches('"').to_owned());
            }
            fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
                self.0.insert(field.name().to_owned(), value.to_owned());
            }
        }
        let metadata = event.metadata();
        if metadata.target() != "status_registry::response" || *metadata.level() != tracing::Level::ERROR {
            return;
        }
        let mut fields = Fields::default();
        event.record(&mut fields);
        let get = |key: &str| fields.0.get(key).cloned().unwrap_or_default();
        self.0.lock().unwrap().push((get("member"), get("field"), get("message")));
    }
}

/// The process's subscriber: actix-web answers on its own worker threads, which a thread's default
/// would not reach. The two tests take turns and start from no events.
fn events() -> (Events, std::sync::MutexGuard<'static, ()>) {
    static EVENTS: std::sync::OnceLock<Events> = std::sync::OnceLock::new();
    static TURN: Mutex<()> = Mutex::new(());
    let events = EVENTS
        .get_or_init(|| {
            let events = Events::default();
            tracing::subscriber::set_global_default(tracing_subscriber::registry().with(events.clone()))
                .expect("no other subscriber in this test binary");
            events
        })
        .clone();
    let turn = TURN.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    events.0.lock().unwrap().clear();
    (events, turn)
}

fn bad_allow() -> ShelfError {
    ShelfError::ReadOnly("GET\n".into())
}

fn clash() -> ShelfError {
    ShelfError::Clash { positions: BTreeMap::from([((1, 2), "atlas".to_owned())]) }
}

fn check(read_only: &Raw, clash: &Raw, events: &Events, framework: &str) {
    for (response, what) in [(read_only, "invalid allow"), (clash, "unserializable member")] {
        assert_eq!(response.line, "HTTP/1.1 500 Internal Server Error", "{framework}: {what}");
        assert_eq!(response.header("content-type"), Some(Problem::CONTENT_TYPE), "{framework}: {what}");
        assert_eq!(
            response.json(),
            serde_json::json!({"type": "about:blank", "title": "Internal Server Error", "status": 500}),
            "{framework}: {what}"
        );
    }
    assert_eq!(read_only.header("allow"), None);
    let events = events.0.lock().unwrap().clone();
    assert!(
        events.iter().any(|(member, field, message)| member == "ReadOnly"
            && field == "allow"
            && message.contains("not a valid header field value")),
        "{framework}: {events:?}"
    );
    assert!(
        events.iter().any(|(member, field, message)| member == "Clash"
            && field == "positions"
            && message.contains("does not serialize")),
        "{framework}: {events:?}"
    );
}

#[test]
fn axum_answers_500_for_what_it_cannot_send() {
    let (events, _turn) = events();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let (read_only, clash) = runtime.block_on(async {
        let app = Router::new()
            .route("/read-only", get(|| async { Err::<(), _>(bad_allow()) }))
            .route("/clash", get(|| async { Err::<(), _>(clash()) }));
        let served = Served::start(app).await;
        let read_only = Raw::parse(&raw_get(served.addr, "/read-only").await);
        let clash = Raw::parse(&raw_get(served.addr, "/clash").await);
        served.stop().await;
        (read_only, clash)
    });
    check(&read_only, &clash, &events, "axum");
}

fn actix_get(addr: SocketAddr, path: &str) -> Raw {
    let mut socket = TcpStream::connect(addr).unwrap();
    socket.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    write!(socket, "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n").unwrap();
    let mut text = String::new();
    socket.read_to_string(&mut text).unwrap();
    Raw::parse(&text)
}

#[test]
fn actix_answers_500_for_what_it_cannot_send() {
    use actix_web::{App, HttpServer, web};
    let (events, _turn) = events();
    let listener = std::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0))).unwrap();
    let addr = listener.local_addr().unwrap();
    let (started, handle) = std::sync::mpsc::channel();
    let server = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(|| {
                App::new()
                    .route("/read-only", web::get().to(|| async { Err::<&str, _>(bad_allow()) }))
                    .route("/clash", web::get().to(|| async { Err::<&str, _>(clash()) }))
            })
            .workers(1)
            .listen(listener)
            .unwrap()
            .run();
            started.send(server.handle()).unwrap();
            server.await
        })
    });
    let handle = handle.recv_timeout(Duration::from_secs(30)).unwrap();
    let read_only = actix_get(addr, "/read-only");
    let clash = actix_get(addr, "/clash");
    actix_web::rt::System::new().block_on(handle.stop(true));
    server.join().unwrap().unwrap();
    check(&read_only, &clash, &events, "actix-web");
}
