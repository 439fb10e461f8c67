//! The retry budget: per host, a reserve of retries that only requests ending in success refill.
//!
//! Each host (scheme, host and port) has a reserve of `reserve` retries, full at first. A retry
//! takes one from its host's reserve, and is refused when the reserve has less than one; a request
//! that ends in a response the rule would not retry (a success, a 404) puts back `refill` (the
//! `max_extra_load` share, 0.2) of a retry, up to the full reserve. Nothing else refills it, least
//! of all time: under sustained failure a host sees at most its requests plus the reserve, and
//! with some successes at most `(1 + refill) × requests + reserve`, over any duration and at any
//! rate. This is the idea of gRPC's retry throttling and of the AWS SDKs' retry quota.
//!
//! Hosts are kept in a bounded table shared by the clones of one middleware or policy. Only hosts
//! whose reserve is not full have an entry (a full reserve is what a new host starts with), so the
//! table holds the hosts that are failing now; when [`MAX_HOSTS`] of them are, further failing
//! hosts share one more reserve. The table is allocated once, when the budget is made: taking and
//! refilling never allocate.

use std::hash::{Hash, Hasher};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, PoisonError};

/// How many hosts with a reserve that is not full the table keeps apart.
pub(crate) const MAX_HOSTS: usize = 64;

/// Thousandths of a retry: the unit the reserve is counted in, so a refill of 0.2 is exact.
const ONE: u32 = 1000;

/// The reserve of every host, shared by the clones of one middleware or policy.
#[derive(Debug)]
pub(crate) struct Budget {
    /// The full reserve, in thousandths of a retry.
    capacity: u32,
    /// What a request that ends in success puts back, in thousandths of a retry.
    refill: u32,
    hosts: Mutex<Hosts>,
    /// Whether some reserve is not full: while none is, a success has nothing to refill and takes
    /// no lock. A success that races with a first withdrawal may miss its refill, which only ever
    /// leaves fewer retries.
    any_below_full: AtomicBool,
}

#[derive(Debug)]
struct Hosts {
    /// Host key and reserve, for hosts whose reserve is not full.
    below_full: Vec<(u64, u32)>,
    /// The reserve shared by failing hosts that do not fit in `below_full`.
    overflow: u32,
}

impl Budget {
    /// A budget with a reserve of `reserve` retries per host, refilled by `extra_load` of a retry
    /// (clamped to 0.0..=1000.0; NaN is 0) for each request that ends in success.
    pub(crate) fn new(reserve: u32, extra_load: f32) -> Budget {
        let extra_load = if extra_load.is_nan() { 0.0 } else { extra_load.clamp(0.0, 1000.0) };
        // At most 1000 × 1000 thousandths: the clamp keeps the product inside u32.
        #[allow(clippy::cast_sign_loss, reason = "clamped to 0.0..=1000.0 above")]
        let refill = (extra_load * 1000.0).round() as u32;
        let capacity = reserve.saturating_mul(ONE);
        let hosts = Hosts { below_full: Vec::with_capacity(MAX_HOSTS), overflow: capacity };
        Budget { capacity, refill, hosts: Mutex::new(hosts), any_below_full: AtomicBool::new(false) }
    }

    /// Takes one retry from `host`'s reserve; `false` when it has less than one.
    pub(crate) fn withdraw(&self, host: u64) -> bool {
        let mut hosts = self.hosts.lock().unwrap_or_else(PoisonError::into_inner);
        self.any_below_full.store(true, Ordering::Relaxed);
        let Hosts { below_full, overflow } = &mut *hosts;
        let reserve = match below_full.iter().position(|(key, _)| *key == host) {
            Some(at) => &mut below_full[at].1,
            None if self.capacity < ONE => return false,
            None if below_full.len() < MAX_HOSTS => {
                below_full.push((host, self.capacity - ONE));
                return true;
            }
            None => overflow,
        };
        if *reserve < ONE {
            return false;
        }
        *reserve -= ONE;
        true
    }

    /// A request to the host whose key `host` gives ended in success: its reserve gets back a share
    /// of a retry. The key is computed only when some reserve is below full.
    pub(crate) fn succeeded(&self, host: impl FnOnce() -> u64) {
        if !self.any_below_full.load(Ordering::Relaxed) {
            return;
        }
        let host = host();
        let mut hosts = self.hosts.lock().unwrap_or_else(PoisonError::into_inner);
        let Hosts { below_full, overflow } = &mut *hosts;
        match below_full.iter().position(|(key, _)| *key == host) {
            Some(at) => {
                let reserve = &mut below_full[at].1;
                *reserve = reserve.saturating_add(self.refill).min(self.capacity);
                if *reserve == self.capacity {
                    below_full.swap_remove(at);
                }
            }
            // A host without an entry is full, or shares the overflow reserve.
            None => *overflow = overflow.saturating_add(self.refill).min(self.capacity),
        }
        if below_full.is_empty() && *overflow == self.capacity {
            self.any_below_full.store(false, Ordering::Relaxed);
        }
    }
}

/// The key of a host in the budget: its scheme, host name (in any case) and port, hashed. The
/// hasher's keys are fixed, so no randomness and no allocation; two hosts of one client sharing a
/// 64-bit key would share a reserve, which is harmless.
pub(crate) fn host_key(scheme: Option<&str>, host: Option<&str>, port: Option<u16>) -> u64 {
    fn lower(text: &str, hasher: &mut impl Hasher) {
        if text.bytes().any(|b| b.is_ascii_uppercase()) {
            for b in text.bytes() {
                hasher.write_u8(b.to_ascii_lowercase());
            }
        } else {
            hasher.write(text.as_bytes());
        }
        hasher.write_u8(0xff);
    }
    let mut hasher = std::hash::DefaultHasher::new();
    let scheme = scheme.unwrap_or("");
    lower(scheme, &mut hasher);
    lower(host.unwrap_or(""), &mut hasher);
    let default_port = if scheme.eq_ignore_ascii_case("https") { 443 } else { 80 };
    port.unwrap_or(default_port).hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::{Budget, MAX_HOSTS, host_key};

    fn drain(budget: &Budget, host: u64) -> usize {
        (0..10_000).take_while(|_| budget.withdraw(host)).count()
    }

    #[test]
    fn the_reserve_is_spent_and_only_successes_refill_it() {
        let budget = Budget::new(20, 0.2);
        assert_eq!(drain(&budget, 1), 20);
        assert_eq!(drain(&budget, 1), 0, "nothing comes back without a success");
        for _ in 0..5 {
            budget.succeeded(|| 1);
        }
        assert_eq!(drain(&budget, 1), 1, "five successes at 0.2 give one retry");
        for _ in 0..1000 {
            budget.succeeded(|| 1);
        }
        assert_eq!(drain(&budget, 1), 20, "refills stop at the full reserve");
        let generous = Budget::new(2, 1.0);
        assert_eq!(drain(&generous, 1), 2);
        generous.succeeded(|| 1);
        generous.succeeded(|| 1);
        assert_eq!(drain(&generous, 1), 2, "max_extra_load 1.0: a retry per success");
    }

    #[test]
    fn hosts_have_reserves_of_their_own() {
        let budget = Budget::new(3, 0.2);
        assert_eq!(drain(&budget, 1), 3);
        assert_eq!(drain(&budget, 2), 3, "a failing host leaves the other's reserve whole");
        for host in 3..=(MAX_HOSTS as u64) {
            assert!(budget.withdraw(host));
        }
        // The table is full of failing hosts: the next ones share one reserve.
        assert_eq!(drain(&budget, 1000), 3);
        assert_eq!(drain(&budget, 1001), 0, "the overflow reserve is shared");
        for _ in 0..5 {
            budget.succeeded(|| 1001);
        }
        assert_eq!(drain(&budget, 1000), 1, "and refilled by the hosts that share it");
        // A host whose reserve is full again leaves the table, making room.
        for _ in 0..15 {
            budget.succeeded(|| 1);
        }
        assert!(budget.withdraw(2000), "a new host gets a table entry again");
        assert_eq!(drain(&budget, 2000), 2);
    }

    #[test]
    fn the_overflow_reserve_is_refilled_while_the_table_is_empty() {
        let budget = Budget::new(1, 1.0);
        let fill = |budget: &Budget, from: u64| {
            for host in from..from + MAX_HOSTS as u64 {
                assert!(budget.withdraw(host));
            }
        };
        fill(&budget, 0);
        assert!(budget.withdraw(1000), "the overflow reserve");
        assert!(!budget.withdraw(1000));
        // Every host of the table recovers: the table empties, the overflow reserve is still spent.
        for host in 0..MAX_HOSTS as u64 {
            budget.succeeded(|| host);
        }
        budget.succeeded(|| 1000);
        fill(&budget, 2000);
        assert!(budget.withdraw(1000), "the success while the table was empty refilled the overflow");
    }

    #[test]
    fn odd_settings_neither_panic_nor_overflow() {
        assert_eq!(drain(&Budget::new(0, 0.2), 1), 0, "no reserve, no retries");
        for load in [f32::NAN, -1.0, 1e9, f32::INFINITY] {
            let budget = Budget::new(u32::MAX, load);
            assert!(budget.withdraw(1));
            budget.succeeded(|| 1);
        }
        let nan = Budget::new(1, f32::NAN);
        assert_eq!(drain(&nan, 1), 1);
        nan.succeeded(|| 1);
        assert_eq!(drain(&nan, 1), 0, "NaN refills nothing");
    }

    #[test]
    fn host_keys_follow_scheme_host_and_port() {
        let key = |s, h, p| host_key(Some(s), Some(h), p);
        assert_eq!(key("http", "api.example", None), key("HTTP", "API.example", Some(80)));
        assert_eq!(key("https", "api.example", None), key("https", "api.example", Some(443)));
        assert_ne!(key("http", "api.example", None), key("https", "api.example", None));
        assert_ne!(key("http", "api.example", Some(8080)), key("http", "api.example", None));
        assert_ne!(key("http", "a.example", None), key("http", "b.example", None));
        assert_ne!(key("http", "ab", None), key("httpa", "b", None), "scheme and host do not run together");
    }
}
