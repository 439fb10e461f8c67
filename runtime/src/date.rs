//! The Gregorian calendar and the HTTP-date (RFC 9110, Section 5.6.7), in `core` alone: the one
//! date reader of the workspace. `Retry-After` parses with it, and the registry's validation and
//! `statusreg check` read `YYYY-MM-DD` dates with it (`status-registry-model` compiles this file
//! through `model/src/date.rs`), so every date is checked against a real calendar.

use core::fmt;

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

/// A calendar date `YYYY-MM-DD` (year, month 1..=12, day 1..=31) that the calendar has:
/// `2025-02-31` is refused, `2024-02-29` read.
#[allow(dead_code, reason = "the registry's validation reads dates with it, in codegen")]
pub(crate) fn iso_date(text: &str) -> Option<(i64, u8, u8)> {
    let mut c = Cursor { bytes: text.as_bytes(), at: 0 };
    let year = c.digits(4).ok()?;
    c.literal("-").ok()?;
    let month = small(c.digits(2).ok()?);
    c.literal("-").ok()?;
    let day = small(c.digits(2).ok()?);
    c.end().ok()?;
    ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)).then_some((year, month, day))
}

/// The date `days` after 1970-01-01 (before it when negative), displayed as `YYYY-MM-DD`.
#[allow(dead_code, reason = "statusreg writes today's date with it, through codegen")]
pub(crate) struct IsoDate(pub(crate) i64);

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = civil_from_days(self.0);
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
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

/// A field of a date that its computation keeps within 0..=255 (a day, an hour, a month).
fn small(n: i64) -> u8 {
    u8::try_from(n).unwrap_or(u8::MAX)
}

/// The year with the last two digits `yy` that lies within 49 years before `this_year` and 50
/// after it (RFC 9110, Section 5.6.7).
pub(crate) fn two_digit_year(yy: i64, this_year: i64) -> i64 {
    let earliest = this_year - 49;
    earliest + (yy - earliest).rem_euclid(100)
}

pub(crate) fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

pub(crate) fn days_in_month(year: i64, month: u8) -> u8 {
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
pub(crate) fn days_from_epoch(year: i64, month: u8, day: u8) -> i64 {
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
pub(crate) fn civil_from_days(days: i64) -> (i64, u8, u8) {
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
pub(crate) fn weekday_of(days: i64) -> u8 {
    small((days + 3).rem_euclid(7))
}

#[cfg(test)]
mod tests {
    // The runtime's own tests may build without `std`; the harness still links it.
    extern crate std;
    use std::string::ToString;

    use super::{IsoDate, civil_from_days, days_from_epoch, iso_date, two_digit_year, weekday_of};

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
    fn iso_dates_are_checked_against_the_calendar() {
        assert_eq!(iso_date("2024-02-29"), Some((2024, 2, 29)));
        assert_eq!(iso_date("2000-02-29"), Some((2000, 2, 29)));
        for refused in [
            "2025-02-29",
            "2025-02-31",
            "1900-02-29",
            "2025-04-31",
            "2025-13-01",
            "2025-00-10",
            "2025-1-01",
            "2025-01-01 ",
            "25-01-01",
        ] {
            assert_eq!(iso_date(refused), None, "{refused}");
        }
        assert_eq!(IsoDate(0).to_string(), "1970-01-01");
        assert_eq!(IsoDate(11_016).to_string(), "2000-02-29");
        assert_eq!(IsoDate(-1).to_string(), "1969-12-31");
        assert_eq!(IsoDate(20_414).to_string(), "2025-11-22");
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
