//! The rule as a `tower::retry::Policy`.

use std::any::Any;
use std::error::Error;
use std::sync::Arc;

use super::budget::host_key;
use super::report::RetryReport;
use super::settings::{Attempt, Settings, Verdict, builder_methods};

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
/// The request's body must be `Clone` (a `String`, `Bytes` or `Full<Bytes>`): each attempt sends
/// a clone. The response that comes back carries a [`RetryReport`](super::RetryReport) in its
/// extensions. An error of the inner service is retried for every method when the connection was
/// never made: when the error is a `tower::BoxError` or an `std::io::Error` whose chain of sources
/// holds an I/O error of kind `ConnectionRefused`, `HostUnreachable`, `NetworkUnreachable` or
/// `AddrNotAvailable` (as hyper-util's connector reports a refused connection), or when the
/// [`never_connected`](RetryPolicy::never_connected) hook says so. Any other error retries
/// idempotent requests only. Budgets are kept per host (the URI's scheme, host and port, or the
/// `Host` field). Waits use tokio's timer, so the service runs on a tokio runtime with the timer
/// enabled (`enable_time` or `enable_all`, as `#[tokio::main]` does); without it the first wait
/// panics inside tokio.
#[derive(Clone, Debug, Default)]
pub struct RetryPolicy {
    settings: Settings,
    never_connected: NeverConnected,
    /// Retries made for the request this clone of the policy follows.
    retries: u32,
}

impl RetryPolicy {
    /// The defaults: 3 retries per request, a 250 ms first backoff, waits of at most 60 s, and a
    /// budget of 20 retries per host that each request ending in success refills by 0.2.
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Says which errors of the inner service mean that the connection was never made, so the
    /// request never left and is retried for every method. `E` is the service's error type; the
    /// hook is asked about errors of that type only, after the built-in check. For hyper-util's
    /// client, whose error type is neither of those the policy reads by itself:
    ///
    /// ```
    /// use status_registry::client::RetryPolicy;
    ///
    /// # struct LegacyError;
    /// # impl LegacyError { fn is_connect(&self) -> bool { true } }
    /// // E is `hyper_util::client::legacy::Error` there.
    /// let policy = RetryPolicy::new().never_connected(|error: &LegacyError| error.is_connect());
    /// # drop(policy);
    /// ```
    #[must_use]
    pub fn never_connected<E: 'static>(mut self, hook: impl Fn(&E) -> bool + Send + Sync + 'static) -> Self {
        self.never_connected.0 = Some(Arc::new(move |error: &dyn Any| error.downcast_ref::<E>().is_some_and(&hook)));
        self
    }
}

builder_methods!(RetryPolicy);

/// The user's hook of [`RetryPolicy::never_connected`], over errors of any type.
#[derive(Clone, Default)]
struct NeverConnected(Option<Arc<Hook>>);

/// The hook, over an error of any type: `false` for an error of another type than the user's.
type Hook = dyn Fn(&dyn Any) -> bool + Send + Sync;

impl core::fmt::Debug for NeverConnected {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(if self.0.is_some() { "Some(<hook>)" } else { "None" })
    }
}

impl NeverConnected {
    /// Whether `error` says the connection was never made: by its chain of sources, or the hook.
    fn says(&self, error: &dyn Any) -> bool {
        let chain = if let Some(boxed) = error.downcast_ref::<Box<dyn Error + Send + Sync>>() {
            Some(&**boxed as &(dyn Error + 'static))
        } else {
            error.downcast_ref::<std::io::Error>().map(|io| io as &(dyn Error + 'static))
        };
        chain.is_some_and(refused) || self.0.as_ref().is_some_and(|hook| hook(error))
    }
}

/// Whether an error or one of its sources is an I/O error that only a connection attempt gives.
fn refused(error: &(dyn Error + 'static)) -> bool {
    use std::io::ErrorKind;
    let mut next = Some(error);
    while let Some(error) = next {
        if let Some(io) = error.downcast_ref::<std::io::Error>()
            && matches!(
                io.kind(),
                ErrorKind::ConnectionRefused
                    | ErrorKind::HostUnreachable
                    | ErrorKind::NetworkUnreachable
                    | ErrorKind::AddrNotAvailable
            )
        {
            return true;
        }
        next = error.source();
    }
    false
}

/// The budget's key for the host a request goes to.
fn host_of<B>(req: &http::Request<B>) -> u64 {
    let uri = req.uri();
    match uri.host() {
        Some(host) => host_key(uri.scheme_str(), Some(host), uri.port_u16()),
        None => {
            let host = req.headers().get(http::header::HOST).and_then(|value| value.to_str().ok());
            host_key(uri.scheme_str(), host, None)
        }
    }
}

impl<B: Clone, R, E: core::fmt::Display + 'static> tower::retry::Policy<http::Request<B>, http::Response<R>, E>
    for RetryPolicy
{
    type Future = tokio::time::Sleep;

    fn retry(&mut self, req: &mut http::Request<B>, result: &mut Result<http::Response<R>, E>) -> Option<Self::Future> {
        let idempotent = super::request_is_idempotent(req.method(), req.headers());
        let host = host_of(req);
        let verdict = match result {
            Ok(response) => {
                let attempt = Attempt::Response(response.status(), response.headers());
                self.settings.judge(self.retries, idempotent, attempt, true, host)
            }
            Err(error) => {
                let error = &*error;
                let attempt = if self.never_connected.says(error) {
                    Attempt::NeverConnected(error)
                } else {
                    Attempt::Failed(error)
                };
                self.settings.judge(self.retries, idempotent, attempt, true, host)
            }
        };
        match verdict {
            Verdict::Retry(wait) => {
                self.retries += 1;
                Some(tokio::time::sleep(wait))
            }
            Verdict::Stop(stop) => {
                if let Ok(response) = result {
                    response.extensions_mut().insert(RetryReport { retries: self.retries, stop });
                }
                None
            }
        }
    }

    /// Every attempt gets a copy, the last one too: tower shows the policy an attempt's result
    /// only when it has a copy to send again, and the last result needs its report.
    fn clone_request(&mut self, req: &http::Request<B>) -> Option<http::Request<B>> {
        Some(req.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::RetryPolicy;

    #[test]
    fn the_hook_shows_in_debug_without_its_code() {
        assert!(format!("{:?}", RetryPolicy::new()).contains("never_connected: None"));
        let hooked = RetryPolicy::new().never_connected(|error: &std::io::Error| error.raw_os_error().is_some());
        assert!(format!("{hooked:?}").contains("never_connected: Some(<hook>)"), "{hooked:?}");
    }
}
