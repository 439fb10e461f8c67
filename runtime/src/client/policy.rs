//! The rule as a `tower::retry::Policy`.

use super::settings::{Settings, builder_methods};

/// A `tower::retry::Policy` for `http` requests, decided by the registry with the same rule and
/// settings as `RetryMiddleware` (the [module docs](crate::client) give both).
///
/// ```
/// use std::time::Duration;
/// use status_registry::client::RetryPolicy;
/// use tower::ServiceBuilder;
///
/// let stack = ServiceBuilder::new()
///     .retry(RetryPolicy::new().max_delay(Duration::from_secs(10)))
///     .service_fn(|request: http::Request<String>| async move {
///         Ok::<_, std::convert::Infallible>(http::Response::new(request.into_body()))
///     });
/// # drop(stack);
/// ```
///
/// The request's body must be `Clone` (a `String`, `Bytes` or `Full<Bytes>`): each retry sends a
/// clone. An error of the inner service counts as "no response", which retries idempotent
/// requests only. Waits use tokio's timer, so the service runs on a tokio runtime with the timer
/// enabled (`enable_time` or `enable_all`, as `#[tokio::main]` does); without it the first wait
/// panics inside tokio.
#[derive(Clone, Debug, Default)]
pub struct RetryPolicy {
    settings: Settings,
    /// Retries made for the request this clone of the policy follows.
    retries: u32,
}

impl RetryPolicy {
    /// The defaults: 3 retries per request, a 250 ms first backoff, waits of at most 60 s, and a
    /// budget of 20% extra load.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }
}

builder_methods!(RetryPolicy);

impl<B: Clone, R, E> tower::retry::Policy<http::Request<B>, http::Response<R>, E> for RetryPolicy {
    type Future = tokio::time::Sleep;

    fn retry(&mut self, req: &mut http::Request<B>, result: &mut Result<http::Response<R>, E>) -> Option<Self::Future> {
        let idempotent = super::request_is_idempotent(req.method(), req.headers());
        let response = result.as_ref().ok().map(|response| (response.status(), response.headers()));
        let wait = self.settings.wait(self.retries, self.settings.decide(idempotent, response))?;
        self.retries += 1;
        Some(tokio::time::sleep(wait))
    }

    /// tower calls this on the service's own policy before the first attempt (where the request
    /// is counted in the budget) and on the request's copy of it before each retry.
    fn clone_request(&mut self, req: &http::Request<B>) -> Option<http::Request<B>> {
        if self.retries == 0 {
            self.settings.deposit();
        }
        (self.retries < self.settings.max_retries()).then(|| req.clone())
    }
}
