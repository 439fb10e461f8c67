//! What the waiting adapters share: the limits, the backoff and the retry budget.

use core::time::Duration;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tower::retry::budget::{Budget, TpsBudget};

use crate::RetryDecision;

/// How long the budget remembers requests, and the retries a second it allows whatever the
/// traffic: Finagle's and reqwest's numbers, so the floor is 100 retries.
const BUDGET_WINDOW: Duration = Duration::from_secs(10);
const BUDGET_FLOOR_PER_SECOND: u32 = 10;

/// The limits and the budget of one middleware or policy and of its clones.
#[derive(Clone, Debug)]
pub(crate) struct Settings {
    initial_backoff: Duration,
    max_retries: u32,
    max_delay: Duration,
    idempotent_only: bool,
    budget: Option<Arc<TpsBudget>>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            initial_backoff: Duration::from_millis(250),
            max_retries: 3,
            max_delay: Duration::from_secs(60),
            idempotent_only: false,
            budget: Some(Arc::new(budget(0.2))),
        }
    }
}

/// A budget that lets retries add `extra_load` of the requests (0.2: 20%) over the window, plus
/// the floor. Out-of-range values are brought into tower's range (0 to 1000) instead of panicking.
fn budget(extra_load: f32) -> TpsBudget {
    let extra_load = if extra_load.is_nan() { 0.0 } else { extra_load.clamp(0.0, 1000.0) };
    TpsBudget::new(BUDGET_WINDOW, BUDGET_FLOOR_PER_SECOND, extra_load)
}

impl Settings {
    pub(crate) fn set_initial_backoff(&mut self, backoff: Duration) {
        self.initial_backoff = backoff;
    }

    pub(crate) fn set_max_retries(&mut self, max: u32) {
        self.max_retries = max;
    }

    pub(crate) fn set_max_extra_load(&mut self, extra_load: f32) {
        self.budget = Some(Arc::new(budget(extra_load)));
    }

    pub(crate) fn set_no_budget(&mut self) {
        self.budget = None;
    }

    pub(crate) fn set_max_delay(&mut self, max: Duration) {
        self.max_delay = max;
    }

    pub(crate) fn set_idempotent_only(&mut self) {
        self.idempotent_only = true;
    }

    pub(crate) fn max_retries(&self) -> u32 {
        self.max_retries
    }

    /// Records a new request (not a retry) in the budget.
    pub(crate) fn deposit(&self) {
        if let Some(budget) = &self.budget {
            budget.deposit();
        }
    }

    /// The decision of the rule for a request that is or is not `idempotent`, with this
    /// adapter's switch applied.
    pub(crate) fn decide(
        &self,
        idempotent: bool,
        response: Option<(http::StatusCode, &http::HeaderMap)>,
    ) -> RetryDecision {
        if self.idempotent_only && !idempotent {
            return RetryDecision::Stop;
        }
        super::decide(idempotent, response, std::time::SystemTime::now())
    }

    /// How long to wait before retry number `retries + 1`, or `None` to return what we have:
    /// the rule said stop, the retries are used up, the server asked for a longer wait than
    /// `max_delay`, or the budget is spent.
    pub(crate) fn wait(&self, retries: u32, decision: RetryDecision) -> Option<Duration> {
        let RetryDecision::Retry { after } = decision else { return None };
        if retries >= self.max_retries {
            return None;
        }
        let wait = match after {
            Some(asked) if asked > self.max_delay => return None,
            Some(asked) => asked,
            None => self.backoff(retries),
        };
        match &self.budget {
            Some(budget) if !budget.withdraw() => None,
            _ => Some(wait),
        }
    }

    /// The backoff before retry number `retries + 1`: the initial backoff doubled `retries` times,
    /// capped at `max_delay`, of which the second half is random ("equal jitter"), so clients that
    /// failed together do not come back together.
    fn backoff(&self, retries: u32) -> Duration {
        let factor = 1u32.checked_shl(retries).unwrap_or(u32::MAX);
        let base = self.initial_backoff.saturating_mul(factor).min(self.max_delay);
        let half = base / 2;
        let rest = u64::try_from(base.saturating_sub(half).as_nanos()).unwrap_or(u64::MAX);
        half + Duration::from_nanos(random() % rest.saturating_add(1))
    }
}

/// A fresh pseudo-random number: std's per-process random hash keys over a counter. Good enough
/// to spread waits; not for anything secret.
fn random() -> u64 {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.finish()
}

/// Defines the builder methods that [`RetryMiddleware`](super::RetryMiddleware) and
/// [`RetryPolicy`](super::RetryPolicy) share, on a type with a `settings: Settings` field.
macro_rules! builder_methods {
    ($type:ident) => {
        impl $type {
            /// The first backoff, when the server did not say how long to wait (250 ms by
            /// default). Each further retry doubles it; half of each wait is random.
            #[must_use]
            pub fn initial_backoff(mut self, backoff: core::time::Duration) -> Self {
                self.settings.set_initial_backoff(backoff);
                self
            }

            /// How many times one request is retried at most (3 by default, so 4 attempts).
            #[must_use]
            pub fn max_retries_per_request(mut self, max: u32) -> Self {
                self.settings.set_max_retries(max);
                self
            }

            /// The retry budget: retries may add this share of the requests (0.2 by default,
            /// 20% more load), plus 10 retries a second, counted over 10 seconds. Shared by the
            /// clones of this value; a new call starts a new budget, and also undoes
            /// [`no_budget`](Self::no_budget). Values are clamped to 0.0..=1000.0 (NaN is 0).
            #[must_use]
            pub fn max_extra_load(mut self, extra_load: f32) -> Self {
                self.settings.set_max_extra_load(extra_load);
                self
            }

            /// No retry budget: every request is retried up to its cap, however many fail.
            #[must_use]
            pub fn no_budget(mut self) -> Self {
                self.settings.set_no_budget();
                self
            }

            /// The longest wait before a retry (60 s by default). When `Retry-After` or
            /// `RateLimit` asks for longer, the response is returned at once instead; the backoff
            /// never waits longer.
            #[must_use]
            pub fn max_delay(mut self, max: core::time::Duration) -> Self {
                self.settings.set_max_delay(max);
                self
            }

            /// Never retry a request that is not idempotent (by method or `Idempotency-Key`),
            /// whatever its status; by default a POST is retried where the registry's hint is
            /// `always` (408, 429, 503: the server did not act on it).
            #[must_use]
            pub fn idempotent_only(mut self) -> Self {
                self.settings.set_idempotent_only();
                self
            }
        }
    };
}
pub(crate) use builder_methods;

#[cfg(test)]
mod tests {
    use super::Settings;
    use crate::RetryDecision;
    use core::time::Duration;

    #[test]
    fn backoff_doubles_with_jitter_in_its_upper_half() {
        let mut settings = Settings::default();
        settings.set_no_budget();
        for retries in 0..3 {
            let base = Duration::from_millis(250) * (1 << retries);
            for _ in 0..200 {
                let wait = settings.wait(retries, RetryDecision::Retry { after: None }).unwrap();
                assert!(wait >= base / 2 && wait <= base, "{wait:?} for retry {retries}");
            }
        }
        settings.set_max_retries(40);
        let wait = settings.wait(39, RetryDecision::Retry { after: None }).unwrap();
        assert!(wait <= Duration::from_secs(60) && wait >= Duration::from_secs(30), "{wait:?}");
    }

    #[test]
    fn waits_past_max_delay_and_spent_retries_return() {
        let mut settings = Settings::default();
        let asked = |secs| RetryDecision::Retry { after: Some(Duration::from_secs(secs)) };
        assert_eq!(settings.wait(0, asked(60)), Some(Duration::from_secs(60)));
        assert_eq!(settings.wait(0, asked(61)), None);
        assert_eq!(settings.wait(3, asked(1)), None);
        assert_eq!(settings.wait(0, RetryDecision::Stop), None);
        settings.set_max_delay(Duration::from_secs(86_400));
        assert_eq!(settings.wait(0, asked(86_400)), Some(Duration::from_secs(86_400)));
    }

    #[test]
    fn the_budget_allows_its_floor_and_a_fifth_of_the_requests() {
        let settings = Settings::default();
        let retry = RetryDecision::Retry { after: Some(Duration::ZERO) };
        let floor = (0..1000).take_while(|_| settings.wait(0, retry).is_some()).count();
        assert_eq!(floor, 100);
        for _ in 0..50 {
            settings.deposit();
        }
        let more = (0..1000).take_while(|_| settings.wait(0, retry).is_some()).count();
        assert_eq!(more, 10);
        let clone = settings.clone();
        clone.deposit();
        for _ in 0..4 {
            settings.deposit();
        }
        assert!(settings.wait(0, retry).is_some(), "clones share one budget");
        assert!(settings.wait(0, retry).is_none());
        let odd = |load: f32| {
            let mut s = Settings::default();
            s.set_max_extra_load(load);
            s
        };
        for load in [f32::NAN, -1.0, 1e9] {
            let _ = odd(load).wait(0, retry);
        }
    }
}
