//! The framework integrations beside what a user would write by hand, in the same run.
//!
//! `cargo bench -p status-registry-bench --bench frameworks`.
//!
//! - `actix_response`: a `499 Client Closed Request` response with the phrase on the wire, from
//!   `StatusCode`'s `Responder` (which applies the registry's rules: the phrase, no body for a
//!   status without content) and from `HttpResponse::build(..).reason(..).finish()` written out.
//! - `classify`: a response's failure class for a server span, from `StatusClassifier::server()`
//!   and from tower-http's `ServerErrorsAsFailures`, over the same mix of codes.

use actix_web::Responder;
use actix_web::test::TestRequest;
use divan::{Bencher, black_box};
use status_registry::StatusCode;
use status_registry::telemetry::StatusClassifier;
use tower_http::classify::{ClassifiedResponse, ClassifyResponse, ServerErrorsAsFailures};

fn main() {
    divan::main();
}

mod actix_response {
    use super::{Bencher, Responder, StatusCode, TestRequest, black_box};

    #[divan::bench(sample_count = 3000, sample_size = 64)]
    fn registry(bencher: Bencher) {
        let request = TestRequest::default().to_http_request();
        bencher.bench_local(|| black_box(StatusCode::from(black_box(499))).respond_to(&request));
    }

    #[divan::bench(sample_count = 3000, sample_size = 64)]
    fn by_hand(bencher: Bencher) {
        bencher.bench_local(|| {
            let status = actix_web::http::StatusCode::from_u16(black_box(499)).unwrap();
            actix_web::HttpResponse::build(status).reason(black_box("Client Closed Request")).finish()
        });
    }
}

/// Codes of a day's traffic: mostly successes, some client errors, a few server errors.
const CODES: [u16; 10] = [200, 200, 200, 304, 404, 200, 499, 503, 201, 500];

fn responses() -> Vec<http::Response<()>> {
    CODES
        .iter()
        .map(|&code| {
            let mut response = http::Response::new(());
            *response.status_mut() = http::StatusCode::from_u16(code).unwrap();
            response
        })
        .collect()
}

fn failed<C: ClassifyResponse>(classified: &ClassifiedResponse<C::FailureClass, C::ClassifyEos>) -> bool {
    matches!(classified, ClassifiedResponse::Ready(Err(_)))
}

mod classify {
    use super::{Bencher, ClassifyResponse, ServerErrorsAsFailures, StatusClassifier, black_box, failed, responses};

    #[divan::bench(sample_count = 3000, sample_size = 64)]
    fn registry(bencher: Bencher) {
        let responses = responses();
        bencher.bench_local(|| {
            responses
                .iter()
                .filter(|r| failed::<StatusClassifier>(&black_box(StatusClassifier::server()).classify_response(r)))
                .count()
        });
    }

    #[divan::bench(sample_count = 3000, sample_size = 64)]
    fn tower_http(bencher: Bencher) {
        let responses = responses();
        bencher.bench_local(|| {
            responses
                .iter()
                .filter(|r| {
                    failed::<ServerErrorsAsFailures>(&black_box(ServerErrorsAsFailures::new()).classify_response(r))
                })
                .count()
        });
    }
}
