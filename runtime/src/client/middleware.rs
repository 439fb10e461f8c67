//! The rule as a reqwest-middleware middleware.

use http::Extensions;
use reqwest_middleware::{Middleware, Next};

use super::budget::host_key;
use super::report::RetryReport;
use super::settings::{Attempt, Settings, Verdict, builder_methods};

/// Retries for a reqwest-middleware client, decided by the registry: the status's hint and the
/// method decide whether, `Retry-After` or an exhausted `RateLimit` quota decide how long, and a
/// budget bounds the extra load (the [module docs](crate::client) give the rule).
///
/// ```
/// use std::time::Duration;
/// use status_registry::client::{RetryMiddleware, RetryReport};
///
/// # // A server on 127.0.0.1 that answers 503 once, then 200.
/// # let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
/// # let url = format!("http://{}/flaky", listener.local_addr().unwrap());
/// # std::thread::spawn(move || {
/// #     use std::io::{BufRead, BufReader, Write};
/// #     let mut answered = 0;
/// #     for stream in listener.incoming().take(2) {
/// #         let mut stream = stream.unwrap();
/// #         let mut reader = BufReader::new(stream.try_clone().unwrap());
/// #         let mut line = String::new();
/// #         while reader.read_line(&mut line).unwrap() > 0 {
/// #             if line == "\r\n" {
/// #                 let status = if answered == 0 { "503 Service Unavailable" } else { "200 OK" };
/// #                 answered += 1;
/// #                 write!(stream, "HTTP/1.1 {status}\r\ncontent-length: 0\r\n\r\n").unwrap();
/// #             }
/// #             line.clear();
/// #         }
/// #     }
/// # });
/// # tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap().block_on(async {
/// let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
///     .with(RetryMiddleware::new().initial_backoff(Duration::from_millis(10)))
///     .build();
/// let response = client.get(&url).send().await.unwrap();
/// assert_eq!(response.status(), 200);
/// assert_eq!(response.extensions().get::<RetryReport>().map(|report| report.retries), Some(1));
/// # });
/// ```
///
/// Each attempt sends a clone of the request, with the same body; a request whose body cannot be
/// cloned (a stream) is sent once, as it is. When it stops, it returns the last response (or
/// error) as it came, so the caller sees what the server said, with a
/// [`RetryReport`](super::RetryReport) in the response's extensions that says how many retries
/// were made and why there was no other. A failure without a response is retried for every
/// method when reqwest says the connection was never made (`is_connect`: the request never
/// left), and for idempotent requests when it reports a timeout or another request error; errors
/// of other middleware are returned. Budgets are kept per host (scheme, host, port). Waits use
/// tokio's timer: the client's runtime needs it enabled (`enable_time` or `enable_all`, as
/// `#[tokio::main]` does), or the first wait panics inside tokio.
#[derive(Clone, Debug, Default)]
pub struct RetryMiddleware {
    settings: Settings,
}

impl RetryMiddleware {
    /// The defaults: 3 retries per request, a 250 ms first backoff, waits of at most 60 s, and a
    /// budget of 20 retries per host that each request ending in success refills by 0.2.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }
}

builder_methods!(RetryMiddleware);

#[async_trait::async_trait]
impl Middleware for RetryMiddleware {
    async fn handle(
        &self,
        req: reqwest::Request,
        extensions: &mut Extensions,
        next: Next<'_>,
    ) -> reqwest_middleware::Result<reqwest::Response> {
        let settings = &self.settings;
        let idempotent = super::request_is_idempotent(req.method(), req.headers());
        let url = req.url();
        let host = host_key(Some(url.scheme()), url.host_str(), url.port_or_known_default());
        let mut req = req;
        let mut retries = 0;
        loop {
            // The last attempt allowed sends the request itself; a body that cannot be cloned
            // also goes out as it is, once.
            let clone = if retries < settings.max_retries() { req.try_clone() } else { None };
            let can_repeat = clone.is_some();
            let (attempt, kept) = match clone {
                Some(clone) => (clone, Some(req)),
                None => (req, None),
            };
            let mut result = next.clone().run(attempt, extensions).await;
            let verdict = match &result {
                Ok(response) => {
                    let attempt = Attempt::Response(response.status(), response.headers());
                    settings.judge(retries, idempotent, attempt, can_repeat, host)
                }
                Err(reqwest_middleware::Error::Reqwest(error)) if error.is_connect() => {
                    settings.judge(retries, idempotent, Attempt::NeverConnected(error), can_repeat, host)
                }
                Err(reqwest_middleware::Error::Reqwest(error)) if error.is_timeout() || error.is_request() => {
                    settings.judge(retries, idempotent, Attempt::Failed(error), can_repeat, host)
                }
                Err(_) => return result,
            };
            match (verdict, kept) {
                // The verdict is to retry only when the request could be cloned, so it was kept.
                (Verdict::Retry(wait), Some(kept)) => {
                    drop(result);
                    tokio::time::sleep(wait).await;
                    req = kept;
                    retries += 1;
                }
                (Verdict::Retry(_), None) => return result,
                (Verdict::Stop(stop), _) => {
                    if let Ok(response) = &mut result {
                        response.extensions_mut().insert(RetryReport { retries, stop });
                    }
                    return result;
                }
            }
        }
    }
}
