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
                    let date = HttpDate::read(bytes, now).map_err(|(kind, offset)| at(kind, offset))?;
                    date.to_system_time()
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
                RetryAfter::Date(when) => HttpDate::from_system_time(when).fmt(f),
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

    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const LONG_DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const SECONDS_PER_DAY: i64 = 86_400;

    /// A calendar date and time of day in UTC, as an HTTP-date names it.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    struct HttpDate {
        year: i64,
        /// 1..=12.
        month: u8,
        /// 1..=31.
        day: u8,
        hour: u8,
        minute: u8,
        /// 0..=60; 60 is a leap second.
        second: u8,
        /// 0 is Monday.
        weekday: u8,
    }

    /// A cursor over the bytes of a date, which reports the offset of the first mismatch.
    struct Cursor<'a> {
        bytes: &'a [u8],
        at: usize,
    }

    type Failure = (ParseRetryAfterErrorKind, usize);

    impl Cursor<'_> {
        fn fail(&self) -> Failure {
            (ParseRetryAfterErrorKind::NotADate, self.at)
        }

        fn literal(&mut self, text: &str) -> Result<(), Failure> {
            if self.bytes[self.at..].starts_with(text.as_bytes()) {
                self.at += text.len();
                Ok(())
            } else {
                Err(self.fail())
            }
        }

        /// The index of the first name in `names` that comes next, case-sensitively (the grammar's
        /// names are `%s` strings). Longer names are tried first, so `Sunday` is not read as `Sun`.
        fn name(&mut self, names: &[&str]) -> Result<usize, Failure> {
            let rest = &self.bytes[self.at..];
            let found = names.iter().position(|n| rest.starts_with(n.as_bytes())).ok_or_else(|| self.fail())?;
            self.at += names[found].len();
            Ok(found)
        }

        fn digits(&mut self, count: usize) -> Result<i64, Failure> {
            let rest = &self.bytes[self.at..];
            if rest.len() < count || !rest[..count].iter().all(u8::is_ascii_digit) {
                return Err(self.fail());
            }
            self.at += count;
            Ok(rest[..count].iter().fold(0, |n, d| n * 10 + i64::from(d - b'0')))
        }

        /// `hour ":" minute ":" second`, each two digits.
        fn time(&mut self) -> Result<(u8, u8, u8), Failure> {
            let start = self.at;
            let hour = self.digits(2)?;
            self.literal(":")?;
            let minute = self.digits(2)?;
            self.literal(":")?;
            let second = self.digits(2)?;
            if hour > 23 || minute > 59 || second > 60 {
                return Err((ParseRetryAfterErrorKind::NoSuchTime, start));
            }
            Ok((small(hour), small(minute), small(second)))
        }

        fn end(&self) -> Result<(), Failure> {
            if self.at == self.bytes.len() { Ok(()) } else { Err(self.fail()) }
        }
    }

    impl HttpDate {
        /// Reads one of the three layouts; the year of `now` places a two-digit year.
        fn read(bytes: &[u8], now: SystemTime) -> Result<Self, Failure> {
            let mut c = Cursor { bytes, at: 0 };
            let date_at;
            let (weekday, day, month, year, (hour, minute, second));
            if let Ok(long) = c.name(&LONG_DAYS) {
                // RFC 850: `Sunday, 06-Nov-94 08:49:37 GMT`.
                weekday = long;
                c.literal(", ")?;
                date_at = c.at;
                day = c.digits(2)?;
                c.literal("-")?;
                month = c.name(&MONTHS)?;
                c.literal("-")?;
                year = two_digit_year(c.digits(2)?, year_of(now));
                c.literal(" ")?;
                (hour, minute, second) = c.time()?;
                c.literal(" GMT")?;
            } else {
                weekday = c.name(&DAYS)?;
                if c.literal(", ").is_ok() {
                    // IMF-fixdate: `Sun, 06 Nov 1994 08:49:37 GMT`.
                    date_at = c.at;
                    day = c.digits(2)?;
                    c.literal(" ")?;
                    month = c.name(&MONTHS)?;
                    c.literal(" ")?;
                    year = c.digits(4)?;
                    c.literal(" ")?;
                    (hour, minute, second) = c.time()?;
                    c.literal(" GMT")?;
                } else {
                    // asctime: `Sun Nov  6 08:49:37 1994`, the day as two digits or a space and one.
                    c.literal(" ")?;
                    date_at = c.at;
                    month = c.name(&MONTHS)?;
                    c.literal(" ")?;
                    day = if c.literal(" ").is_ok() { c.digits(1)? } else { c.digits(2)? };
                    c.literal(" ")?;
                    (hour, minute, second) = c.time()?;
                    c.literal(" ")?;
                    year = c.digits(4)?;
                }
            }
            c.end()?;
            let month = month as u8 + 1;
            if day < 1 || day > i64::from(days_in_month(year, month)) {
                return Err((ParseRetryAfterErrorKind::NoSuchDay, date_at));
            }
            let date = HttpDate { year, month, day: small(day), hour, minute, second, weekday: weekday as u8 };
            if date.weekday != weekday_of(days_from_epoch(year, month, date.day)) {
                return Err((ParseRetryAfterErrorKind::WrongWeekday, 0));
            }
            Ok(date)
        }

        fn seconds_from_epoch(&self) -> i64 {
            days_from_epoch(self.year, self.month, self.day) * SECONDS_PER_DAY
                + i64::from(self.hour) * 3600
                + i64::from(self.minute) * 60
                + i64::from(self.second)
        }

        fn to_system_time(self) -> Option<SystemTime> {
            let seconds = self.seconds_from_epoch();
            let magnitude = Duration::from_secs(seconds.unsigned_abs());
            if seconds >= 0 { UNIX_EPOCH.checked_add(magnitude) } else { UNIX_EPOCH.checked_sub(magnitude) }
        }

        /// The date and time of `when`, whole seconds, rounded down.
        fn from_system_time(when: SystemTime) -> Self {
            let seconds = match when.duration_since(UNIX_EPOCH) {
                Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
                Err(before) => {
                    let before = before.duration();
                    let whole = i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
                    // Rounding down before 1970 moves away from zero.
                    whole.saturating_neg().saturating_sub(i64::from(before.subsec_nanos() > 0))
                }
            };
            let days = seconds.div_euclid(SECONDS_PER_DAY);
            let rest = seconds.rem_euclid(SECONDS_PER_DAY);
            let (year, month, day) = civil_from_days(days);
            HttpDate {
                year,
                month,
                day,
                hour: small(rest / 3600),
                minute: small(rest / 60 % 60),
                second: small(rest % 60),
                weekday: weekday_of(days),
            }
        }
    }

    /// The IMF-fixdate form.
    impl fmt::Display for HttpDate {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            write!(
                f,
                "{}, {:02} {} {:04} {:02}:{:02}:{:02} GMT",
                DAYS[usize::from(self.weekday)],
                self.day,
                MONTHS[usize::from(self.month - 1)],
                self.year,
                self.hour,
                self.minute,
                self.second
            )
        }
    }

    /// A field of a date that its computation keeps within 0..=255 (a day, an hour, a month).
    fn small(n: i64) -> u8 {
        u8::try_from(n).unwrap_or(u8::MAX)
    }

    /// The year of `now`, in UTC.
    fn year_of(now: SystemTime) -> i64 {
        HttpDate::from_system_time(now).year
    }

    /// The year with the last two digits `yy` that lies within 49 years before `this_year` and 50
    /// after it (RFC 9110, Section 5.6.7).
    fn two_digit_year(yy: i64, this_year: i64) -> i64 {
        let earliest = this_year - 49;
        earliest + (yy - earliest).rem_euclid(100)
    }

    fn is_leap(year: i64) -> bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    fn days_in_month(year: i64, month: u8) -> u8 {
        match month {
            2 if is_leap(year) => 29,
            2 => 28,
            4 | 6 | 9 | 11 => 30,
            _ => 31,
        }
    }

    /// Days from 1970-01-01 to the date, negative before it, in the proleptic Gregorian calendar.
    ///
    /// Counting years from March puts the leap day at the end of a year, so a year's days before a
    /// month follow one formula; 400 years are 146,097 days exactly.
    fn days_from_epoch(year: i64, month: u8, day: u8) -> i64 {
        let march_year = if month <= 2 { year - 1 } else { year };
        let era = march_year.div_euclid(400);
        let year_of_era = march_year.rem_euclid(400);
        let month_from_march = (i64::from(month) + 9) % 12;
        let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        // 719,468 days lie between 0000-03-01 and 1970-01-01.
        era * 146_097 + day_of_era - 719_468
    }

    /// The inverse of [`days_from_epoch`]: (year, month 1..=12, day 1..=31).
    fn civil_from_days(days: i64) -> (i64, u8, u8) {
        let shifted = days + 719_468;
        let era = shifted.div_euclid(146_097);
        let day_of_era = shifted.rem_euclid(146_097);
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let month_from_march = (5 * day_of_year + 2) / 153;
        let day = small(day_of_year - (153 * month_from_march + 2) / 5 + 1);
        let month = small(if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 });
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        (year, month, day)
    }

    /// The weekday of a day counted from 1970-01-01 (a Thursday), 0 being Monday.
    fn weekday_of(days: i64) -> u8 {
        small((days + 3).rem_euclid(7))
    }

    #[cfg(test)]
    mod tests {
        use super::{civil_from_days, days_from_epoch, two_digit_year, weekday_of};

        #[test]
        fn day_counts_invert_over_every_day_of_twenty_thousand_years() {
            let (mut year, mut month, mut day) = (-8000_i64, 1_u8, 1_u8);
            let first = days_from_epoch(year, month, day);
            for days in first..first + 146_097 * 50 {
                assert_eq!(days_from_epoch(year, month, day), days);
                assert_eq!(civil_from_days(days), (year, month, day));
                day += 1;
                if day > super::days_in_month(year, month) {
                    (day, month) = (1, month + 1);
                    if month > 12 {
                        (month, year) = (1, year + 1);
                    }
                }
            }
            assert_eq!(days_from_epoch(1970, 1, 1), 0);
            assert_eq!(weekday_of(0), 3, "1970-01-01 was a Thursday");
            assert_eq!(days_from_epoch(2000, 3, 1), 11_017);
        }

        #[test]
        fn two_digit_years_fall_within_fifty_years_of_now() {
            assert_eq!(two_digit_year(94, 2026), 1994);
            assert_eq!(two_digit_year(76, 2026), 2076);
            assert_eq!(two_digit_year(77, 2026), 1977);
            assert_eq!(two_digit_year(26, 2026), 2026);
            assert_eq!(two_digit_year(0, 2099), 2100);
        }
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
