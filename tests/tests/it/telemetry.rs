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
