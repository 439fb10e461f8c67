//! The rule as a reqwest-middleware middleware.

use http::Extensions;
use reqwest_middleware::{Middleware, Next};

use super::settings::{Settings, builder_methods};

/// Retries for a reqwest-middleware client, decided by the registry: the status's hint and the
/// method decide whether, `Retry-After` or an exhausted `RateLimit` quota decide how long, and a
/// budget bounds the extra load (the [module docs](crate::client) give the rule).
///
/// ```no_run
/// use std::time::Duration;
/// use status_registry::client::RetryMiddleware;
///
/// # async fn run() -> Result<(), reqwest_middleware::Error> {
/// let client = reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
///     .with(RetryMiddleware::new().max_delay(Duration::from_secs(10)))
///     .build();
/// let response = client.get("http://127.0.0.1:8080/flaky").send().await?;
/// # drop(response);
/// # Ok(())
/// # }
/// ```
///
/// Each attempt sends a clone of the request, with the same body; a request whose body cannot be
/// cloned (a stream) is sent once, as it is. When it stops, it returns the last response (or
/// error) as it came, so the caller sees what the server said. A failure without a response is
/// retried for idempotent requests when reqwest reports it as a connection, timeout or request
/// error; errors of other middleware are returned. Waits use tokio's timer: the client's runtime
/// needs it enabled (`enable_time` or `enable_all`, as `#[tokio::main]` does), or the first wait
/// panics inside tokio.
#[derive(Clone, Debug, Default)]
pub struct RetryMiddleware {
    settings: Settings,
}

impl RetryMiddleware {
    /// The defaults: 3 retries per request, a 250 ms first backoff, waits of at most 60 s, and a
    /// budget of 20% extra load.
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
        settings.deposit();
        let idempotent = super::request_is_idempotent(req.method(), req.headers());
        let mut retries = 0;
        loop {
            let last = retries >= settings.max_retries();
            let attempt = if last { None } else { req.try_clone() };
            let Some(attempt) = attempt else {
                return next.run(req, extensions).await;
            };
            let result = next.clone().run(attempt, extensions).await;
            let decision = match &result {
                Ok(response) => settings.decide(idempotent, Some((response.status(), response.headers()))),
                Err(reqwest_middleware::Error::Reqwest(error))
                    if error.is_connect() || error.is_timeout() || error.is_request() =>
                {
                    settings.decide(idempotent, None)
                }
                Err(_) => return result,
            };
            let Some(wait) = settings.wait(retries, decision) else { return result };
            drop(result);
            tokio::time::sleep(wait).await;
            retries += 1;
        }
    }
}
