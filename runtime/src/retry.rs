//! Whether and when to repeat a request: the registry's retry hint, the method's idempotency and
//! the response's `Retry-After` field, read by [`RetryAfter`] (RFC 9110, Section 10.2.3).

use core::fmt;
use core::time::Duration;

use crate::Retry;

/// What a client should do after a response: give up, or send the request again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RetryDecision {
    /// Repeating the request will not help, or is not safe for its method.
    Stop,
    /// Send the request again. `after` is the wait the server asked for with `Retry-After`; when
    /// it is `None`, the client's own backoff decides.
    Retry {
        /// How long to wait before the next attempt, from `Retry-After`.
        after: Option<Duration>,
    },
}

impl RetryDecision {
    /// Whether the request should be sent again.
    #[must_use]
    pub const fn is_retry(self) -> bool {
        matches!(self, RetryDecision::Retry { .. })
    }

    /// The wait the server asked for, when the decision is to retry and it asked for one.
    #[must_use]
    pub const fn after(self) -> Option<Duration> {
        match self {
            RetryDecision::Retry { after } => after,
            RetryDecision::Stop => None,
        }
    }
}

impl Retry {
    /// The decision for a response with this hint: the hint decides whether, `idempotent` (the
    /// request's method) where the hint asks for it, and `retry_after` (the wait the response
    /// asked for, if it carried a valid `Retry-After`) how long. Everything that decides lives
    /// here; `Status::retry_decision` (feature `std`) reads the field first.
    ///
    /// ```
    /// use core::time::Duration;
    /// use status_registry::{Retry, RetryDecision};
    /// let wait = Some(Duration::from_secs(2));
    /// assert_eq!(Retry::Always.decide(false, wait), RetryDecision::Retry { after: wait });
    /// assert_eq!(Retry::Idempotent.decide(false, None), RetryDecision::Stop);
    /// assert_eq!(Retry::AfterRetryAfter.decide(true, None), RetryDecision::Stop);
    /// ```
    #[must_use]
    pub const fn decide(self, idempotent: bool, retry_after: Option<Duration>) -> RetryDecision {
        if self.allows(idempotent, retry_after.is_some()) {
            RetryDecision::Retry { after: retry_after }
        } else {
            RetryDecision::Stop
        }
    }
}

#[cfg(feature = "std")]
pub use time::{ParseRetryAfterError, ParseRetryAfterErrorKind, RetryAfter};

#[cfg(feature = "std")]
mod time {
    use core::fmt;
    use core::str::FromStr;
    use core::time::Duration;
    use std::time::{SystemTime, UNIX_EPOCH};

    /// A `Retry-After` field value (RFC 9110, Section 10.2.3): a number of seconds to wait, or the
    /// time after which to retry.
    ///
    /// [`RetryAfter::parse`] reads delay-seconds and the three forms of HTTP-date of RFC 9110,
    /// Section 5.6.7, exactly as the grammar writes them, and refuses everything else:
    ///
    /// ```
    /// use std::time::{Duration, SystemTime, UNIX_EPOCH};
    /// use status_registry::RetryAfter;
    ///
    /// assert_eq!(RetryAfter::parse("120"), Ok(RetryAfter::Delay(Duration::from_secs(120))));
    /// let date = RetryAfter::parse("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
    /// assert_eq!(date, RetryAfter::Date(UNIX_EPOCH + Duration::from_secs(784_111_777)));
    /// assert_eq!(RetryAfter::parse("Sunday, 06-Nov-94 08:49:37 GMT"), Ok(date));
    /// assert_eq!(RetryAfter::parse("Sun Nov  6 08:49:37 1994"), Ok(date));
    /// assert_eq!(date.delay_from(SystemTime::now()), Duration::ZERO, "a date in the past");
    /// for refused in ["-1", "1.5", "120s", "Sun, 32 Nov 1994 08:49:37 GMT"] {
    ///     assert!(RetryAfter::parse(refused).is_err(), "{refused}");
    /// }
    /// ```
    ///
    /// No date crate is involved: the three layouts are fixed, and days since 1970 come from the
    /// Gregorian calendar's arithmetic.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum RetryAfter {
        /// Wait this long (`Retry-After: 120`).
        Delay(Duration),
        /// Retry after this time (`Retry-After: Fri, 31 Dec 1999 23:59:59 GMT`).
        Date(SystemTime),
    }

    impl RetryAfter {
        /// Reads a field value; surrounding spaces and tabs are allowed. A two-digit year of the
        /// RFC 850 form is read against the current year (see [`RetryAfter::parse_at`]).
        pub fn parse(text: &str) -> Result<Self, ParseRetryAfterError> {
            Self::parse_at(text, SystemTime::now())
        }

        /// [`RetryAfter::parse`] with the current time given: RFC 9110 tells a recipient to read
        /// a two-digit year that would lie more than 50 years after `now` as the most recent past
        /// year with those digits, so `94` is 1994 and `30` is 2030 when `now` is in 2026.
        pub fn parse_at(text: &str, now: SystemTime) -> Result<Self, ParseRetryAfterError> {
            let blank = |b: &u8| matches!(b, b' ' | b'\t');
            let all = text.as_bytes();
            let start = all.iter().position(|b| !blank(b)).unwrap_or(all.len());
            let end = all.iter().rposition(|b| !blank(b)).map_or(start, |last| last + 1);
            let bytes = &all[start..end];
            let at =
                |kind: ParseRetryAfterErrorKind, offset: usize| ParseRetryAfterError { kind, offset: start + offset };
            match bytes.first() {
                None => Err(at(ParseRetryAfterErrorKind::Empty, 0)),
                Some(b'0'..=b'9') => {
                    let mut seconds: u64 = 0;
                    for (offset, &b) in bytes.iter().enumerate() {
                        if !b.is_ascii_digit() {
                            return Err(at(ParseRetryAfterErrorKind::NotDigits, offset));
                        }
                        // More seconds than a u64 holds is a wait longer than any client keeps.
                        seconds = seconds.saturating_mul(10).saturating_add(u64::from(b - b'0'));
                    }
                    Ok(RetryAfter::Delay(Duration::from_secs(seconds)))
                }
                Some(b'-' | b'+') => Err(at(ParseRetryAfterErrorKind::NotDigits, 0)),
                Some(_) => {
                    let this_year = HttpDate::from_seconds(seconds_of(now)).year;
                    let date = HttpDate::read(bytes, this_year).map_err(|(kind, offset)| at(kind_of(kind), offset))?;
                    system_time(date.seconds_from_epoch())
                        .map(RetryAfter::Date)
                        .ok_or_else(|| at(ParseRetryAfterErrorKind::OutOfRange, 0))
                }
            }
        }

        /// How long to wait from `now`: the delay itself, or the time until the date. A date that
        /// has passed is [`Duration::ZERO`].
        #[must_use]
        pub fn delay_from(&self, now: SystemTime) -> Duration {
            match *self {
                RetryAfter::Delay(delay) => delay,
                RetryAfter::Date(when) => when.duration_since(now).unwrap_or(Duration::ZERO),
            }
        }
    }

    impl FromStr for RetryAfter {
        type Err = ParseRetryAfterError;

        fn from_str(s: &str) -> Result<Self, Self::Err> {
            RetryAfter::parse(s)
        }
    }

    /// The field value as a server writes it: seconds, or an IMF-fixdate (whole seconds; a time
    /// before 1970 or after 9999 is written with as many year digits as it takes).
    impl fmt::Display for RetryAfter {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match *self {
                RetryAfter::Delay(delay) => write!(f, "{}", delay.as_secs()),
                RetryAfter::Date(when) => HttpDate::from_seconds(seconds_of(when)).fmt(f),
            }
        }
    }

    /// Why a `Retry-After` value was refused.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[non_exhaustive]
    pub enum ParseRetryAfterErrorKind {
        /// Nothing but white space.
        Empty,
        /// It starts like a number but is not only digits (`-1`, `1.5`, `120s`).
        NotDigits,
        /// It follows none of the three HTTP-date layouts at this byte.
        NotADate,
        /// A day that its month does not have (`32 Nov`, `29 Feb 2023`).
        NoSuchDay,
        /// An hour over 23, a minute over 59 or a second over 60.
        NoSuchTime,
        /// The weekday is not the weekday of the date.
        WrongWeekday,
        /// The date is valid but this platform's clock cannot represent it.
        OutOfRange,
    }

    /// A `Retry-After` value that is neither delay-seconds nor an HTTP-date: what is wrong, and
    /// the byte offset where it is.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct ParseRetryAfterError {
        kind: ParseRetryAfterErrorKind,
        offset: usize,
    }

    impl ParseRetryAfterError {
        /// What is wrong.
        #[must_use]
        pub const fn kind(&self) -> ParseRetryAfterErrorKind {
            self.kind
        }

        /// The byte offset in the text where it is wrong.
        #[must_use]
        pub const fn offset(&self) -> usize {
            self.offset
        }
    }

    impl fmt::Display for ParseRetryAfterError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            let what = match self.kind {
                ParseRetryAfterErrorKind::Empty => "it is empty; expected seconds (`120`) or an HTTP-date",
                ParseRetryAfterErrorKind::NotDigits => {
                    "delay-seconds are digits only (`120`), with no sign, fraction or unit"
                }
                ParseRetryAfterErrorKind::NotADate => {
                    "not an HTTP-date; expected `Sun, 06 Nov 1994 08:49:37 GMT` or its RFC 850 or asctime form"
                }
                ParseRetryAfterErrorKind::NoSuchDay => "the month has no such day",
                ParseRetryAfterErrorKind::NoSuchTime => {
                    "the time of day is out of range (hours 00-23, minutes 00-59, seconds 00-60)"
                }
                ParseRetryAfterErrorKind::WrongWeekday => "the weekday does not match the date",
                ParseRetryAfterErrorKind::OutOfRange => "the date is outside what this platform's clock represents",
            };
            write!(f, "invalid Retry-After value at byte {}: {what}", self.offset)
        }
    }

    impl std::error::Error for ParseRetryAfterError {}

    use crate::date::{DateErrorKind, HttpDate};

    /// The kind of a date error, as `Retry-After` reports it.
    fn kind_of(kind: DateErrorKind) -> ParseRetryAfterErrorKind {
        match kind {
            DateErrorKind::NotADate => ParseRetryAfterErrorKind::NotADate,
            DateErrorKind::NoSuchDay => ParseRetryAfterErrorKind::NoSuchDay,
            DateErrorKind::NoSuchTime => ParseRetryAfterErrorKind::NoSuchTime,
            DateErrorKind::WrongWeekday => ParseRetryAfterErrorKind::WrongWeekday,
        }
    }

    /// Seconds from 1970-01-01T00:00:00Z to `when`, whole, rounded down.
    fn seconds_of(when: SystemTime) -> i64 {
        match when.duration_since(UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
            Err(before) => {
                let before = before.duration();
                let whole = i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
                // Rounding down before 1970 moves away from zero.
                whole.saturating_neg().saturating_sub(i64::from(before.subsec_nanos() > 0))
            }
        }
    }

    /// The time `seconds` from 1970-01-01T00:00:00Z, if this platform's clock has it.
    fn system_time(seconds: i64) -> Option<SystemTime> {
        let magnitude = Duration::from_secs(seconds.unsigned_abs());
        if seconds >= 0 { UNIX_EPOCH.checked_add(magnitude) } else { UNIX_EPOCH.checked_sub(magnitude) }
    }
}

impl fmt::Display for RetryDecision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RetryDecision::Stop => f.pad("stop"),
            RetryDecision::Retry { after: None } => f.pad("retry"),
            RetryDecision::Retry { after: Some(after) } => write!(f, "retry after {after:?}"),
        }
    }
}
