//! What the waiting adapters share: the limits, the backoff, the retry budget, and the judgment
//! of each attempt's result.

use core::time::Duration;
use std::hash::{BuildHasher, Hasher, RandomState};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use super::budget::Budget;
use super::report::{self, Outcome, Stop, Why};
use crate::{RetryDecision, Vendor};

/// The reserve of retries per host that a budget starts with, and the share of a retry each
/// request that ends in success puts back.
const DEFAULT_RESERVE: u32 = 20;
const DEFAULT_EXTRA_LOAD: f32 = 0.2;

/// The limits and the budget of one middleware or policy and of its clones.
#[derive(Clone, Debug)]
pub(crate) struct Settings {
    initial_backoff: Duration,
    max_retries: u32,
    max_delay: Duration,
    idempotent_only: bool,
    /// The vendors whose meanings of a code count, one bit per `Vendor` (none by default).
    vendors: u64,
    reserve: u32,
    extra_load: f32,
    budget: Option<Arc<Budget>>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            initial_backoff: Duration::from_millis(250),
            max_retries: 3,
            max_delay: Duration::from_secs(60),
            idempotent_only: false,
            vendors: 0,
            reserve: DEFAULT_RESERVE,
            extra_load: DEFAULT_EXTRA_LOAD,
            budget: Some(Arc::new(Budget::new(DEFAULT_RESERVE, DEFAULT_EXTRA_LOAD))),
        }
    }
}

/// What came back from one attempt, as the rule reads it.
#[derive(Clone, Copy)]
pub(crate) enum Attempt<'a> {
    /// A response with this status and these header fields.
    Response(http::StatusCode, &'a http::HeaderMap),
    /// No response but this error, and the request may have reached the server (a timeout, a
    /// reset).
    Failed(&'a dyn core::fmt::Display),
    /// No response but this error, and the connection was never made: the request never left
    /// the client.
    NeverConnected(&'a dyn core::fmt::Display),
}

/// The judgment of one attempt: wait this long and retry, or return the result for this reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Verdict {
    Retry(Duration),
    Stop(Stop),
}

impl Settings {
    pub(crate) fn set_initial_backoff(&mut self, backoff: Duration) {
        self.initial_backoff = backoff;
    }

    pub(crate) fn set_max_retries(&mut self, max: u32) {
        self.max_retries = max;
    }

    pub(crate) fn set_max_extra_load(&mut self, extra_load: f32) {
        self.extra_load = extra_load;
        self.budget = Some(Arc::new(Budget::new(self.reserve, extra_load)));
    }

    pub(crate) fn set_reserve(&mut self, reserve: u32) {
        self.reserve = reserve;
        self.budget = Some(Arc::new(Budget::new(reserve, self.extra_load)));
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

    pub(crate) fn set_vendors(&mut self, vendors: &[Vendor]) {
        self.vendors = vendors.iter().fold(0, |set, &vendor| set | super::vendor_bit(vendor));
    }

    /// The cap on retries, which the middleware reads to send its last attempt without a clone.
    #[cfg(feature = "reqwest-middleware")]
    pub(crate) fn max_retries(&self) -> u32 {
        self.max_retries
    }

    /// Judges attempt number `retries + 1` of a request to `host` that is or is not `idempotent`,
    /// and says so (the events of [`report`]). `can_repeat`: the request can be sent again (its
    /// body could be cloned). A request that ends here in a response needing no retry refills the
    /// host's budget.
    pub(crate) fn judge(
        &self,
        retries: u32,
        idempotent: bool,
        attempt: Attempt<'_>,
        can_repeat: bool,
        host: u64,
    ) -> Verdict {
        let outcome = match attempt {
            Attempt::Response(status, _) => Outcome::Status(status.as_u16()),
            Attempt::Failed(error) | Attempt::NeverConnected(error) => Outcome::Error(error),
        };
        let (verdict, why, asked) = self.verdict(retries, idempotent, attempt, can_repeat, host);
        match verdict {
            Verdict::Retry(wait) => report::retrying(retries + 1, outcome, why, wait),
            Verdict::Stop(stop) => report::giving_back(retries + 1, outcome, stop, asked),
        }
        verdict
    }

    /// [`judge`](Self::judge) without the events: the verdict, why the result is worth a retry,
    /// and the wait the server asked for.
    fn verdict(
        &self,
        retries: u32,
        idempotent: bool,
        attempt: Attempt<'_>,
        can_repeat: bool,
        host: u64,
    ) -> (Verdict, Why, Option<Duration>) {
        let (after, why) = match attempt {
            Attempt::Response(status, headers) => {
                let code = status.as_u16();
                let hint = crate::http_interop::response_hint(super::hint(code, self.vendors), code, headers);
                let now = std::time::SystemTime::now();
                let RetryDecision::Retry { after } =
                    crate::http_interop::decide_for_response(hint, code, true, headers, now)
                else {
                    if let Some(budget) = &self.budget {
                        budget.succeeded(|| host);
                    }
                    return (Verdict::Stop(Stop::NotRetryable), Why::Status, None);
                };
                if !idempotent && (self.idempotent_only || !hint.decide(false, after).is_retry()) {
                    return (Verdict::Stop(Stop::NotIdempotent), Why::Status, after);
                }
                (after, Why::Status)
            }
            Attempt::Failed(_) if !idempotent => {
                return (Verdict::Stop(Stop::NotIdempotent), Why::ConnectionFailed, None);
            }
            Attempt::Failed(_) => (None, Why::ConnectionFailed),
            Attempt::NeverConnected(_) => (None, Why::NeverConnected),
        };
        let stop = |stop| (Verdict::Stop(stop), why, after);
        if retries >= self.max_retries {
            return stop(Stop::RetriesExhausted);
        }
        if !can_repeat {
            return stop(Stop::BodyNotCloneable);
        }
        let wait = match after {
            Some(asked) if asked > self.max_delay => return stop(Stop::WaitTooLong),
            // `Retry-After: 0` or a date gone by: no sooner than the backoff would allow.
            Some(asked) => asked.max(self.backoff_floor(retries)),
            None => self.backoff(retries),
        };
        match &self.budget {
            Some(budget) if !budget.withdraw(host) => stop(Stop::BudgetSpent),
            _ => (Verdict::Retry(wait), why, after),
        }
    }

    /// The backoff before retry number `retries + 1` without its jitter: the initial backoff
    /// doubled `retries` times, capped at `max_delay`.
    fn backoff_base(&self, retries: u32) -> Duration {
        let factor = 1u32.checked_shl(retries).unwrap_or(u32::MAX);
        self.initial_backoff.saturating_mul(factor).min(self.max_delay)
    }

    /// The shortest wait the backoff makes before retry number `retries + 1`: half its base.
    fn backoff_floor(&self, retries: u32) -> Duration {
        self.backoff_base(retries) / 2
    }

    /// The backoff before retry number `retries + 1`: its floor, then up to as much again at
    /// random ("equal jitter"), so clients that failed together do not come back together.
    fn backoff(&self, retries: u32) -> Duration {
        let floor = self.backoff_floor(retries);
        let rest = u64::try_from(self.backoff_base(retries).saturating_sub(floor).as_nanos()).unwrap_or(u64::MAX);
        floor + Duration::from_nanos(random() % rest.saturating_add(1))
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
            /// default). Each further retry doubles it; half of each wait is random. A
            /// `Retry-After: 0` (or a date gone by) waits at least the half that is not random.
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

            /// The share of a retry that each request ending in success gives back to its host's
            /// reserve (0.2 by default): while some requests succeed, retries add at most this
            /// share of the requests, beyond the reserve. Values are clamped to 0.0..=1000.0 (NaN
            /// is 0). A new call starts a new budget, and undoes [`no_budget`](Self::no_budget).
            #[must_use]
            pub fn max_extra_load(mut self, extra_load: f32) -> Self {
                self.settings.set_max_extra_load(extra_load);
                self
            }

            /// The reserve of retries per host (20 by default): what a host that only fails gets
            /// in all, however long it fails and however many requests it is sent; only requests
            /// that end in success refill it (see [`max_extra_load`](Self::max_extra_load)). 0
            /// never retries. A new call starts a new budget, and undoes
            /// [`no_budget`](Self::no_budget).
            #[must_use]
            pub fn retry_reserve(mut self, retries: u32) -> Self {
                self.settings.set_reserve(retries);
                self
            }

            /// No retry budget: every request is retried up to its cap, however many fail.
            #[must_use]
            pub fn no_budget(mut self) -> Self {
                self.settings.set_no_budget();
                self
            }

            /// The longest wait before a retry (60 s by default). When `Retry-After` or a
            /// rate-limit field asks for longer, the response is returned at once instead
            /// ([`Stop::WaitTooLong`](crate::client::Stop::WaitTooLong)); the backoff never waits
            /// longer.
            #[must_use]
            pub fn max_delay(mut self, max: core::time::Duration) -> Self {
                self.settings.set_max_delay(max);
                self
            }

            /// Never retry a response to a request that is not idempotent (by method or
            /// `Idempotency-Key`), whatever its status; by default a POST is retried where the
            /// registry's hint is `always` (408, 429, 503: the server did not act on it). A
            /// connection that was never made is still retried: the request never left.
            #[must_use]
            pub fn idempotent_only(mut self) -> Self {
                self.settings.set_idempotent_only();
                self
            }

            /// Decide codes that these vendors define by their meaning (in the registry's order
            /// of precedence, after IANA's), where by default a code is decided by its IANA
            /// meaning, or by its class when IANA has none, whatever vendor features the build
            /// has on. With `&[Vendor::Cloudflare]`, a POST that got Cloudflare's `521` is
            /// retried, since the origin never saw it. A vendor counts only when its feature
            /// (`vendor-cloudflare`) is on in this build: turn it on where you call this.
            #[must_use]
            pub fn vendors(mut self, vendors: &[crate::Vendor]) -> Self {
                self.settings.set_vendors(vendors);
                self
            }
        }
    };
}
pub(crate) use builder_methods;

#[cfg(test)]
mod tests {
    use super::{Attempt, Settings, Verdict};
    use crate::client::Stop;
    use core::time::Duration;

    const HOST: u64 = 7;

    fn headers(fields: &[(&'static str, &'static str)]) -> http::HeaderMap {
        fields.iter().map(|&(name, value)| (http::HeaderName::from_static(name), value.parse().unwrap())).collect()
    }

    /// The verdict for a response of `code` with `fields` to a GET (`idempotent`) or a POST.
    fn judge(
        settings: &Settings,
        retries: u32,
        idempotent: bool,
        code: u16,
        fields: &[(&'static str, &'static str)],
    ) -> Verdict {
        let status = http::StatusCode::from_u16(code).unwrap();
        settings.verdict(retries, idempotent, Attempt::Response(status, &headers(fields)), true, HOST).0
    }

    fn waits(verdict: Verdict) -> Duration {
        match verdict {
            Verdict::Retry(wait) => wait,
            Verdict::Stop(stop) => panic!("stopped: {stop}"),
        }
    }

    #[test]
    fn backoff_doubles_with_jitter_in_its_upper_half() {
        let mut settings = Settings::default();
        settings.set_no_budget();
        settings.set_max_retries(40);
        for retries in 0..3 {
            let base = Duration::from_millis(250) * (1 << retries);
            let mut seen = std::collections::BTreeSet::new();
            for _ in 0..200 {
                let wait = waits(judge(&settings, retries, true, 503, &[]));
                assert!(wait >= base / 2 && wait <= base, "{wait:?} for retry {retries}");
                seen.insert(wait);
            }
            assert!(seen.len() > 150, "the waits are spread: {} distinct of 200", seen.len());
        }
        let wait = waits(judge(&settings, 39, true, 503, &[]));
        assert!(wait <= Duration::from_secs(60) && wait >= Duration::from_secs(30), "{wait:?}");
        settings.set_initial_backoff(Duration::from_secs(2));
        let wait = waits(judge(&settings, 0, true, 503, &[]));
        assert!(wait >= Duration::from_secs(1) && wait <= Duration::from_secs(2), "{wait:?}");
    }

    #[test]
    fn waits_past_max_delay_and_spent_retries_return() {
        let mut settings = Settings::default();
        let after = |secs: &'static str| [("retry-after", secs)];
        assert_eq!(judge(&settings, 0, true, 503, &after("60")), Verdict::Retry(Duration::from_secs(60)));
        assert_eq!(judge(&settings, 0, true, 503, &after("61")), Verdict::Stop(Stop::WaitTooLong));
        assert_eq!(judge(&settings, 3, true, 503, &after("1")), Verdict::Stop(Stop::RetriesExhausted));
        assert_eq!(judge(&settings, 0, true, 404, &[]), Verdict::Stop(Stop::NotRetryable));
        assert_eq!(judge(&settings, 0, false, 502, &[]), Verdict::Stop(Stop::NotIdempotent));
        settings.set_max_delay(Duration::from_secs(86_400));
        assert_eq!(judge(&settings, 0, true, 503, &after("86400")), Verdict::Retry(Duration::from_secs(86_400)));
        settings.set_max_retries(1);
        assert_eq!(judge(&settings, 1, true, 503, &after("1")), Verdict::Stop(Stop::RetriesExhausted));
        assert_eq!(judge(&settings, 0, true, 503, &after("1")), Verdict::Retry(Duration::from_secs(1)));
        let cannot_repeat = settings.verdict(0, true, Attempt::Failed(&"reset"), false, HOST).0;
        assert_eq!(cannot_repeat, Verdict::Stop(Stop::BodyNotCloneable));
    }

    #[test]
    fn a_wait_of_zero_waits_the_backoffs_floor() {
        let mut settings = Settings::default();
        settings.set_initial_backoff(Duration::from_millis(400));
        for (retries, floor) in [(0, 200), (1, 400), (2, 800)] {
            let wait = waits(judge(&settings, retries, true, 503, &[("retry-after", "0")]));
            assert_eq!(wait, Duration::from_millis(floor), "Retry-After: 0 before retry {}", retries + 1);
        }
        let past = [("retry-after", "Sun, 06 Nov 1994 08:49:37 GMT")];
        assert_eq!(waits(judge(&settings, 0, true, 429, &past)), Duration::from_millis(200));
        let one = waits(judge(&settings, 0, true, 503, &[("retry-after", "1")]));
        assert_eq!(one, Duration::from_secs(1), "a wait above the floor is kept");
    }

    #[test]
    fn idempotent_only_and_connections_never_made() {
        let mut settings = Settings::default();
        assert!(matches!(judge(&settings, 0, false, 503, &[]), Verdict::Retry(_)), "503 retries a POST");
        let never =
            |s: &Settings, idempotent| s.verdict(0, idempotent, Attempt::NeverConnected(&"refused"), true, HOST).0;
        let failed = |s: &Settings, idempotent| s.verdict(0, idempotent, Attempt::Failed(&"reset"), true, HOST).0;
        assert!(matches!(never(&settings, false), Verdict::Retry(_)), "a POST that never left is retried");
        assert_eq!(failed(&settings, false), Verdict::Stop(Stop::NotIdempotent));
        assert!(matches!(failed(&settings, true), Verdict::Retry(_)));
        settings.set_idempotent_only();
        assert_eq!(judge(&settings, 0, false, 503, &[]), Verdict::Stop(Stop::NotIdempotent));
        assert!(matches!(judge(&settings, 0, true, 503, &[]), Verdict::Retry(_)));
        assert!(matches!(never(&settings, false), Verdict::Retry(_)), "idempotent_only: still never sent");
    }

    #[test]
    fn the_reserve_is_per_host_and_refilled_by_successes() {
        let mut settings = Settings::default();
        let retry = |s: &Settings, host| {
            matches!(s.verdict(0, true, Attempt::Failed(&"reset"), true, host).0, Verdict::Retry(_))
        };
        let spend = |s: &Settings, host| (0..1000).take_while(|_| retry(s, host)).count();
        assert_eq!(spend(&settings, 1), 20, "the default reserve");
        assert_eq!(spend(&settings.clone(), 1), 0, "clones share the budget");
        assert_eq!(spend(&settings, 2), 20, "another host has its own");
        let ok =
            |s: &Settings, host| s.verdict(0, true, Attempt::Response(http::StatusCode::OK, &headers(&[])), true, host);
        for _ in 0..10 {
            ok(&settings, 1);
        }
        assert_eq!(spend(&settings, 1), 2, "ten successes give back two retries");
        let refused = settings.verdict(0, true, Attempt::Failed(&"reset"), true, 1).0;
        assert_eq!(refused, Verdict::Stop(Stop::BudgetSpent));
        settings.set_reserve(5);
        assert_eq!(spend(&settings, 1), 5);
        settings.set_max_extra_load(1.0);
        assert_eq!(spend(&settings, 1), 5, "a new budget, still with the reserve of 5");
        ok(&settings, 1);
        ok(&settings, 1);
        assert_eq!(spend(&settings, 1), 2, "a retry per success");
        settings.set_no_budget();
        assert_eq!(spend(&settings, 1), 1000);
    }

    #[test]
    fn judging_an_attempt_allocates_nothing() {
        let mut settings = Settings::default();
        settings.set_vendors(&[crate::Vendor::Cloudflare]);
        let fields =
            headers(&[("retry-after", "2"), ("ratelimit", "\"default\";r=0;t=30"), ("x-ratelimit-reset", "9")]);
        let error = "connection reset";
        let judged = allocation_counter::measure(|| {
            for code in [200, 404, 429, 502, 503, 521, 530, 599] {
                let status = http::StatusCode::from_u16(code).unwrap();
                for (retries, idempotent) in [(0, true), (0, false), (3, true)] {
                    for host in 0..100 {
                        let attempt = Attempt::Response(status, &fields);
                        core::hint::black_box(settings.judge(retries, idempotent, attempt, true, host));
                    }
                }
            }
            core::hint::black_box(settings.judge(0, false, Attempt::NeverConnected(&error), true, 1));
            core::hint::black_box(settings.judge(0, true, Attempt::Failed(&error), false, 1));
        });
        assert_eq!(judged.count_total, 0, "the budget's table is allocated when the budget is made");
    }

    #[test]
    fn decisions_do_not_depend_on_vendor_features() {
        let mut settings = Settings::default();
        // 521 is Cloudflare's; without it (or without asking for it) it is a 5xx like 500.
        assert_eq!(judge(&settings, 0, false, 521, &[]), Verdict::Stop(Stop::NotIdempotent));
        assert!(matches!(judge(&settings, 0, true, 530, &[]), Verdict::Retry(_)));
        // A vendor named twice counts as one named once.
        settings.set_vendors(&[crate::Vendor::Cloudflare, crate::Vendor::Nginx, crate::Vendor::Cloudflare]);
        if cfg!(feature = "vendor-cloudflare") {
            assert!(matches!(judge(&settings, 0, false, 521, &[]), Verdict::Retry(_)), "the origin never saw it");
            assert_eq!(judge(&settings, 0, true, 530, &[]), Verdict::Stop(Stop::NotRetryable));
        } else {
            assert_eq!(judge(&settings, 0, false, 521, &[]), Verdict::Stop(Stop::NotIdempotent));
        }
    }
}
