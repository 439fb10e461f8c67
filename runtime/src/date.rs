//! The HTTP-date (RFC 9110, Section 5.6.7), read and written in `core` alone over the calendar of
//! `calendar.rs`; `Retry-After` parses with it.

use core::fmt;

use crate::calendar::{civil_from_days, days_from_epoch, days_in_month, small, weekday_of};

/// What is wrong with a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DateErrorKind {
    /// It follows none of the layouts at this byte.
    NotADate,
    /// A day that its month does not have (`32 Nov`, `29 Feb 2023`).
    NoSuchDay,
    /// An hour over 23, a minute over 59 or a second over 60.
    NoSuchTime,
    /// The weekday is not the weekday of the date.
    WrongWeekday,
}

const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LONG_DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const SECONDS_PER_DAY: i64 = 86_400;

/// A calendar date and time of day in UTC, as an HTTP-date names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HttpDate {
    pub(crate) year: i64,
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

/// What is wrong with a date and the byte offset where it is.
pub(crate) type Failure = (DateErrorKind, usize);

impl Cursor<'_> {
    fn fail(&self) -> Failure {
        (DateErrorKind::NotADate, self.at)
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
            return Err((DateErrorKind::NoSuchTime, start));
        }
        Ok((small(hour), small(minute), small(second)))
    }

    fn end(&self) -> Result<(), Failure> {
        if self.at == self.bytes.len() { Ok(()) } else { Err(self.fail()) }
    }
}

impl HttpDate {
    /// Reads one of the three layouts; `this_year` places a two-digit year.
    pub(crate) fn read(bytes: &[u8], this_year: i64) -> Result<Self, Failure> {
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
            year = two_digit_year(c.digits(2)?, this_year);
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
            return Err((DateErrorKind::NoSuchDay, date_at));
        }
        let date = HttpDate { year, month, day: small(day), hour, minute, second, weekday: weekday as u8 };
        if date.weekday != weekday_of(days_from_epoch(year, month, date.day)) {
            return Err((DateErrorKind::WrongWeekday, 0));
        }
        Ok(date)
    }

    /// Seconds from 1970-01-01T00:00:00Z, negative before it.
    pub(crate) fn seconds_from_epoch(&self) -> i64 {
        days_from_epoch(self.year, self.month, self.day) * SECONDS_PER_DAY
            + i64::from(self.hour) * 3600
            + i64::from(self.minute) * 60
            + i64::from(self.second)
    }

    /// The date and time `seconds` after 1970-01-01T00:00:00Z (before it when negative).
    pub(crate) fn from_seconds(seconds: i64) -> Self {
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

/// The year with the last two digits `yy` that lies within 49 years before `this_year` and 50
/// after it (RFC 9110, Section 5.6.7).
pub(crate) fn two_digit_year(yy: i64, this_year: i64) -> i64 {
    let earliest = this_year - 49;
    earliest + (yy - earliest).rem_euclid(100)
}

#[cfg(test)]
mod tests {
    use super::two_digit_year;

    #[test]
    fn two_digit_years_fall_within_fifty_years_of_now() {
        assert_eq!(two_digit_year(94, 2026), 1994);
        assert_eq!(two_digit_year(76, 2026), 2076);
        assert_eq!(two_digit_year(77, 2026), 1977);
        assert_eq!(two_digit_year(26, 2026), 2026);
        assert_eq!(two_digit_year(0, 2099), 2100);
    }
}
