//! The cost of the retry middleware on the success path, beside reqwest-retry's
//! `RetryTransientMiddleware`, on the same loopback server in the same run.
//!
//! `cargo bench -p status-registry-bench --bench client`. A server on 127.0.0.1 (axum on its own
//! thread) answers `GET /` with `200 OK` and two bytes; each iteration sends one request through a
//! reqwest-middleware client and reads the response, on a current-thread tokio runtime. `bare` is
//! the same client without middleware; the difference to it is what a middleware costs.
//! `decision` is the rule alone for one response, the work the middleware adds per attempt.
//! The `concurrent` group sends 64 requests at once per iteration (tasks on the same runtime, 64
//! pooled connections), so the per-host budget's table is shared by 64 requests in flight.

use std::sync::LazyLock;
use std::time::{Duration, SystemTime};

use divan::{Bencher, black_box};
use reqwest_middleware::{ClientBuilder, ClientWithMiddleware};
use reqwest_retry::RetryTransientMiddleware;
use reqwest_retry::policies::ExponentialBackoff;
use status_registry::StatusCode;
use status_registry::client::RetryMiddleware;

fn main() {
    divan::main();
}

/// The server's address, started once on a thread of its own that lives as long as the process.
static SERVER: LazyLock<String> = LazyLock::new(|| {
    let addr = status_registry_bench::serve(axum::Router::new().route("/", axum::routing::get(|| async { "ok" })));
    format!("http://{addr}/")
});

fn run(bencher: Bencher, client: &ClientWithMiddleware) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let url = SERVER.as_str();
    // Warm the connection pool so every measured request reuses one connection.
    runtime.block_on(async { client.get(url).send().await.expect("warm-up").bytes().await.expect("body") });
    bencher.bench_local(|| {
        runtime.block_on(async {
            let response = client.get(url).send().await.expect("a response");
            black_box(response.bytes().await.expect("a body"));
        });
    });
}

#[divan::bench(sample_count = 3000)]
fn bare(bencher: Bencher) {
    run(bencher, &ClientBuilder::new(reqwest::Client::new()).build());
}

#[divan::bench(sample_count = 3000)]
fn reqwest_retry_transient(bencher: Bencher) {
    let policy = ExponentialBackoff::builder().build_with_max_retries(3);
    let client =
        ClientBuilder::new(reqwest::Client::new()).with(RetryTransientMiddleware::new_with_policy(policy)).build();
    run(bencher, &client);
}

#[divan::bench(sample_count = 3000)]
fn ours(bencher: Bencher) {
    let client = ClientBuilder::new(reqwest::Client::new()).with(RetryMiddleware::new()).build();
    run(bencher, &client);
}

/// Requests in flight at once in the `concurrent` group.
const CONCURRENT: usize = 64;

fn run_concurrent(bencher: Bencher, client: &ClientWithMiddleware) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let url = SERVER.as_str();
    let round = || async {
        let mut tasks = tokio::task::JoinSet::new();
        for _ in 0..CONCURRENT {
            let client = client.clone();
            tasks
                .spawn(async move { client.get(url).send().await.expect("a response").bytes().await.expect("a body") });
        }
        while let Some(body) = tasks.join_next().await {
            black_box(body.expect("a task"));
        }
    };
    // Open the 64 connections before measuring.
    runtime.block_on(round());
    bencher.bench_local(|| runtime.block_on(round()));
}

/// 64 requests at once through each client.
mod concurrent {
    use super::{
        Bencher, ClientBuilder, ExponentialBackoff, RetryMiddleware, RetryTransientMiddleware, run_concurrent,
    };

    #[divan::bench(sample_count = 300)]
    fn bare(bencher: Bencher) {
        run_concurrent(bencher, &ClientBuilder::new(reqwest::Client::new()).build());
    }

    #[divan::bench(sample_count = 300)]
    fn reqwest_retry_transient(bencher: Bencher) {
        let policy = ExponentialBackoff::builder().build_with_max_retries(3);
        let client =
            ClientBuilder::new(reqwest::Client::new()).with(RetryTransientMiddleware::new_with_policy(policy)).build();
        run_concurrent(bencher, &client);
    }

    #[divan::bench(sample_count = 300)]
    fn ours(bencher: Bencher) {
        run_concurrent(bencher, &ClientBuilder::new(reqwest::Client::new()).with(RetryMiddleware::new()).build());
    }
}

#[divan::bench(sample_count = 1000, sample_size = 1000)]
fn decision(bencher: Bencher) {
    let mut headers = http::HeaderMap::new();
    headers.insert("content-length", http::HeaderValue::from_static("2"));
    headers.insert("date", http::HeaderValue::from_static("Fri, 04 Dec 2026 20:00:00 GMT"));
    let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_780_000_000);
    bencher.bench_local(|| {
        let status = StatusCode::from(black_box(http::StatusCode::OK));
        black_box(status.retry_decision_for(black_box(&http::Method::GET), black_box(&headers), now))
    });
}
