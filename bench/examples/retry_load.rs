//! What a failing server sees from clients that retry with `RetryMiddleware` and `RetryPolicy`
//! at their defaults: the figures of README's Retries section and of the `client` module docs.
//!
//! `cargo run --release -p status-registry-bench --example retry_load -- [seconds]`
//!
//! - Sustained failure: a server on 127.0.0.1 answers every request with `503`; one client of each
//!   adapter sends GETs at 1, 20 and 200 requests a second for `seconds` (60 by default), each on
//!   a task of its own. It prints the requests sent, the arrivals at the server, and the bound the
//!   docs state, `(1 + max_extra_load) × requests + reserve`.
//! - A short outage: 20 requests a second; the server answers `200` for 5 s, `503` for half a
//!   second, then `200` for 2 s. It prints how many requests did not end in `200`.
//!
//! The two adapters run side by side, each against a server of its own.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use status_registry::client::{RetryMiddleware, RetryPolicy};
use tower::{ServiceBuilder, ServiceExt};

/// A server on 127.0.0.1 that counts arrivals and answers each with the status `answer` gives for
/// the time since the server started. It lives as long as the process.
fn server(answer: fn(Duration) -> u16) -> (String, Arc<AtomicU64>) {
    let arrivals = Arc::new(AtomicU64::new(0));
    let counted = Arc::clone(&arrivals);
    let started = Instant::now();
    let app = axum::Router::new().fallback(move || {
        let counted = Arc::clone(&counted);
        async move {
            counted.fetch_add(1, Ordering::Relaxed);
            let status = axum::http::StatusCode::from_u16(answer(started.elapsed())).expect("a status");
            (status, "")
        }
    });
    (format!("http://{}/", status_registry_bench::serve(app)), arrivals)
}

/// Sends GETs at `per_second` for `duration`, each through `send` on a task of its own, and
/// returns the final statuses.
async fn at_a_rate<F>(per_second: u32, duration: Duration, send: impl Fn() -> F) -> Vec<u16>
where
    F: Future<Output = u16> + Send + 'static,
{
    let gap = Duration::from_secs(1) / per_second;
    let started = tokio::time::Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    let mut launched = 0u32;
    while started.elapsed() < duration {
        tasks.spawn(send());
        launched += 1;
        tokio::time::sleep_until(started + gap * launched).await;
    }
    let mut statuses = Vec::new();
    while let Some(status) = tasks.join_next().await {
        statuses.push(status.expect("a task"));
    }
    statuses
}

/// One adapter: sends through it at `per_second` for `duration` to `url`.
async fn run(adapter: &'static str, url: String, per_second: u32, duration: Duration) -> Vec<u16> {
    if adapter == "RetryMiddleware" {
        let client =
            reqwest_middleware::ClientBuilder::new(reqwest::Client::new()).with(RetryMiddleware::new()).build();
        at_a_rate(per_second, duration, move || {
            let (client, url) = (client.clone(), url.clone());
            async move { client.get(url).send().await.map_or(0, |r| r.status().as_u16()) }
        })
        .await
    } else {
        let http = reqwest::Client::new();
        let transport = tower::service_fn(move |request: http::Request<String>| {
            let http = http.clone();
            async move { Ok::<_, reqwest::Error>(http::Response::from(http.execute(request.try_into()?).await?)) }
        });
        let service = ServiceBuilder::new().retry(RetryPolicy::new()).service(transport);
        at_a_rate(per_second, duration, move || {
            let (service, url) = (service.clone(), url.clone());
            async move {
                let request = http::Request::builder().uri(url).body(String::new()).expect("a request");
                service.oneshot(request).await.map_or(0, |r| r.status().as_u16())
            }
        })
        .await
    }
}

/// `a / b`, for the table: counts far below 2^52, so nothing is lost on the way to `f64`.
#[allow(clippy::cast_precision_loss, reason = "counts far below 2^52")]
fn ratio(a: u64, b: u64) -> f64 {
    a as f64 / b as f64
}

fn main() {
    let seconds = std::env::args().nth(1).map_or(60, |s| s.parse().expect("seconds, a whole number"));
    let duration = Duration::from_secs(seconds);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("runtime");
    println!("Sustained failure: every request answered 503, {seconds} s per rate, default settings");
    println!("| adapter | rate | requests | arrivals | arrivals / requests | bound 1.2 × requests + 20 |");
    println!("|---|---:|---:|---:|---:|---:|");
    for per_second in [1, 20, 200] {
        let mut runs = Vec::new();
        for adapter in ["RetryMiddleware", "RetryPolicy"] {
            let (url, arrivals) = server(|_| 503);
            runs.push((adapter, arrivals, runtime.spawn(run(adapter, url, per_second, duration))));
        }
        for (adapter, arrivals, run) in runs {
            let requests = runtime.block_on(run).expect("a run").len() as u64;
            let arrivals = arrivals.load(Ordering::Relaxed);
            let bound = requests + requests / 5 + 20;
            println!(
                "| {adapter} | {per_second}/s | {requests} | {arrivals} | {:.3} | {bound} |",
                ratio(arrivals, requests)
            );
        }
    }
    println!();
    println!("A short outage: 20 requests a second, 200 for 5 s, 503 for 0.5 s, then 200 for 2 s");
    println!("| adapter | requests | arrivals | not 200 |");
    println!("|---|---:|---:|---:|");
    let outage =
        |at: Duration| if at >= Duration::from_secs(5) && at < Duration::from_millis(5500) { 503 } else { 200 };
    let mut runs = Vec::new();
    for adapter in ["RetryMiddleware", "RetryPolicy"] {
        let (url, arrivals) = server(outage);
        runs.push((adapter, arrivals, runtime.spawn(run(adapter, url, 20, Duration::from_millis(7500)))));
    }
    for (adapter, arrivals, run) in runs {
        let statuses = runtime.block_on(run).expect("a run");
        let failed = statuses.iter().filter(|&&s| s != 200).count();
        println!("| {adapter} | {} | {} | {failed} |", statuses.len(), arrivals.load(Ordering::Relaxed));
    }
}
