//! The tracing and gRPC helpers over every code: OpenTelemetry's span status rules for HTTP spans
//! and gRPC's HTTP-to-gRPC status mapping, the same through `StatusCode`, the `Status` trait and
//! derived enums.

use status_registry::{GrpcCode, NonMember, SpanKind, SpanStatus, Status, StatusCode, StatusRegistry};

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Api {
    Ok,
    NotFound,
    #[status(other)]
    Other(NonMember<Self>),
}

/// The eight codes gRPC's mapping names, with the gRPC code and its wire value.
const GRPC: [(u16, GrpcCode, i32); 8] = [
    (400, GrpcCode::Internal, 13),
    (401, GrpcCode::Unauthenticated, 16),
    (403, GrpcCode::PermissionDenied, 7),
    (404, GrpcCode::Unimplemented, 12),
    (429, GrpcCode::Unavailable, 14),
    (502, GrpcCode::Unavailable, 14),
    (503, GrpcCode::Unavailable, 14),
    (504, GrpcCode::Unavailable, 14),
];

#[test]
fn span_status_follows_the_semantic_conventions_for_every_code() {
    for code in 0..=u16::MAX {
        let status = StatusCode::from(code);
        let (server, client) = (status.span_status(SpanKind::Server), status.span_status(SpanKind::Client));
        let expected = match code {
            100..=399 => (SpanStatus::Unset, SpanStatus::Unset),
            400..=499 => (SpanStatus::Unset, SpanStatus::Error),
            _ => (SpanStatus::Error, SpanStatus::Error),
        };
        assert_eq!((server, client), expected, "{code}");
        assert_eq!(Status::span_status(status, SpanKind::Client), client);
        if code < 1000 {
            assert_eq!(Api::from(code).span_status(SpanKind::Client), client);
        }
    }
    assert_eq!(SpanStatus::Error.to_string(), "ERROR");
}

#[test]
fn grpc_codes_follow_the_published_mapping_for_every_code() {
    for code in 0..=u16::MAX {
        let status = StatusCode::from(code);
        let expected = GRPC.iter().find(|(c, _, _)| *c == code).map_or(GrpcCode::Unknown, |(_, g, _)| *g);
        assert_eq!(status.grpc_code(), expected, "{code}");
        assert_eq!(Status::grpc_code(status), expected);
        assert_eq!(GrpcCode::from_http(code), expected);
        if code < 1000 {
            assert_eq!(Api::from(code).grpc_code(), expected);
        }
    }
    for (_, grpc, value) in GRPC {
        assert_eq!(grpc.value(), value);
    }
    assert_eq!(GrpcCode::ALL.len(), 17);
    assert_eq!(GrpcCode::Ok.value(), 0);
    assert_eq!(GrpcCode::PermissionDenied.to_string(), "PERMISSION_DENIED");
}

/// Both are usable in constants.
const SERVER_404: SpanStatus = StatusCode::NotFound.span_status(SpanKind::Server);
const GRPC_503: i32 = StatusCode::ServiceUnavailable.grpc_code().value();

#[test]
fn both_work_in_constants() {
    assert_eq!(SERVER_404, SpanStatus::Unset);
    assert_eq!(GRPC_503, 14);
}

/// `StatusClassifier` for tower-http, on both sides, for every registered status and every code
/// a response can carry: a server span fails on 5xx, a client span on 4xx and 5xx, and both on a
/// code outside 100..=599; the failure's `Display` is the three-digit code.
#[test]
fn the_tower_http_classifier_fails_as_opentelemetry_says() {
    use status_registry::telemetry::{StatusClassifier, StatusFailure};
    use tower_http::classify::{ClassifiedResponse, ClassifyResponse};

    let fails = |classifier: StatusClassifier, code: u16| -> Option<StatusFailure> {
        let mut response = http::Response::new(());
        *response.status_mut() = http::StatusCode::from_u16(code).unwrap();
        match classifier.classify_response(&response) {
            ClassifiedResponse::Ready(Ok(())) => None,
            ClassifiedResponse::Ready(Err(failure)) => Some(failure),
            ClassifiedResponse::RequiresEos(_) => panic!("{code}: a status is classified at once"),
        }
    };
    let codes = StatusCode::ALL.iter().map(|s| s.code()).chain(100..=999);
    for code in codes {
        for (classifier, ok) in [(StatusClassifier::server(), 100..=499), (StatusClassifier::client(), 100..=399)] {
            let failure = classifier.classify_code(code);
            assert_eq!(failure.is_some(), !ok.contains(&code), "{code} {:?}", classifier.kind());
            if (100..=999).contains(&code) {
                assert_eq!(fails(classifier, code), failure, "{code} {:?}", classifier.kind());
            }
            if let Some(failure) = failure {
                assert_eq!(failure.to_string(), format!("{code:03}"));
                assert_eq!((failure.code(), failure.status()), (Some(code), Some(StatusCode::from(code))));
                assert_eq!(failure.error_type(), None);
            }
        }
    }
    // nginx's 499 is a 4xx: the server did its job, the client's request failed.
    assert_eq!(StatusClassifier::server().classify_code(499), None);
    assert!(StatusClassifier::client().classify_code(499).is_some());
    // An error before any response: error.type is the error's type.
    let error = std::io::Error::other("connection reset");
    let failure = StatusClassifier::server().classify_error(&error);
    assert_eq!((failure.to_string().as_str(), failure.status()), ("std::io::error::Error", None));
    assert_eq!(failure.error_type(), Some("std::io::error::Error"));
}

/// The fields every span records, by span name and field.
#[derive(Clone, Default)]
struct SpanFields(std::sync::Arc<std::sync::Mutex<Vec<(String, String)>>>);

impl<S> tracing_subscriber::Layer<S> for SpanFields
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
{
    fn on_new_span(
        &self,
        attrs: &tracing::span::Attributes<'_>,
        _: &tracing::span::Id,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        attrs.record(&mut Recorder(self.clone()));
    }

    fn on_record(
        &self,
        _: &tracing::span::Id,
        values: &tracing::span::Record<'_>,
        _: tracing_subscriber::layer::Context<'_, S>,
    ) {
        values.record(&mut Recorder(self.clone()));
    }
}

struct Recorder(SpanFields);

impl tracing::field::Visit for Recorder {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        let value = format!("{value:?}").trim_matches('"').to_owned();
        self.0.0.lock().unwrap().push((field.name().to_owned(), value));
    }

    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        self.0.0.lock().unwrap().push((field.name().to_owned(), value.to_owned()));
    }
}

/// The `TraceLayer` snippet of the `telemetry` module's docs, run: a 500 through it ends its span
/// with OpenTelemetry's `otel.status_code = "ERROR"` and `error.type = "500"`, and the docs show
/// exactly the code between the markers. (With tower-http's default span, which declares neither field, the
/// records are lost and this fails.)
#[test]
fn the_documented_trace_layer_records_the_span_status_of_a_500() {
    use tower::{ServiceBuilder, ServiceExt};
    use tracing_subscriber::layer::SubscriberExt;

    // docs: trace-layer
    use status_registry::telemetry::{MakeSpan, StatusClassifier, StatusFailure};
    use tower_http::{classify::SharedClassifier, trace::TraceLayer};

    let trace = TraceLayer::new(SharedClassifier::new(StatusClassifier::server()))
        .make_span_with(MakeSpan::server())
        .on_failure(|failure: StatusFailure, _latency: std::time::Duration, span: &tracing::Span| {
            span.record("otel.status_code", "ERROR");
            span.record("error.type", failure.to_string()); // "500"
        });
    // docs: end

    let fields = SpanFields::default();
    let subscriber = tracing_subscriber::registry().with(fields.clone());
    let _guard = tracing::subscriber::set_default(subscriber);
    let service = ServiceBuilder::new().layer(trace).service_fn(|_: http::Request<String>| async {
        let response = http::Response::builder().status(500).body(String::new()).unwrap();
        Ok::<_, std::convert::Infallible>(response)
    });
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
    let request = http::Request::builder().method("POST").uri("/shelves").body(String::new()).unwrap();
    let response = runtime.block_on(service.oneshot(request)).unwrap();
    assert_eq!(response.status(), 500);
    let seen = fields.0.lock().unwrap().clone();
    for (field, value) in [
        ("otel.kind", "server"),
        ("http.request.method", "POST"),
        ("url.path", "/shelves"),
        ("otel.status_code", "ERROR"),
        ("error.type", "500"),
    ] {
        assert!(seen.iter().any(|(f, v)| f == field && v == value), "{field} = {value} not in {seen:?}");
    }

    // The docs show the code above, verbatim.
    let source = include_str!("telemetry.rs");
    let start = source.find("    // docs: trace-layer\n").unwrap() + "    // docs: trace-layer\n".len();
    let end = source[start..].find("    // docs: end").unwrap() + start;
    let tested: Vec<&str> = source[start..end].lines().map(|line| line.strip_prefix("    ").unwrap_or(line)).collect();
    let docs = include_str!("../../../runtime/docs/trace-layer.md");
    let block = docs.find(&format!("```rust\n{}", tested[0])).expect("the docs have the TraceLayer snippet");
    let shown: Vec<&str> = docs[block + "```rust\n".len()..].lines().take_while(|l| *l != "```").collect();
    assert_eq!(shown, tested, "the documented snippet is the tested code");
}
