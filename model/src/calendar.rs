// @generated from runtime/src/calendar.rs by `cargo run -p status-registry-regen`; do not edit by hand.
//! The proleptic Gregorian calendar in `core` alone: days counted from 1970-01-01, and the
//! `YYYY-MM-DD` dates of the registry. The HTTP-date of `Retry-After` (`date.rs`) counts its days
//! here, and `status-registry-model` compiles this file too (`model/src/calendar.rs` links to it),
//! so the registry's `expires` and `statusreg check`'s today are read by the same calendar.

use core::fmt;

/// A calendar date `YYYY-MM-DD` (year, month 1..=12, day 1..=31) that the calendar has:
/// `2025-02-31` is refused, `2024-02-29` read.
#[allow(dead_code, reason = "the registry's validation reads dates with it, in the model crate")]
pub(crate) fn iso_date(text: &str) -> Option<(i64, u8, u8)> {
    let bytes = text.as_bytes();
    let number = |from: usize, to: usize| {
        bytes.get(from..to)?.iter().try_fold(0_i64, |n, b| b.is_ascii_digit().then(|| n * 10 + i64::from(b - b'0')))
    };
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let (year, month, day) = (number(0, 4)?, small(number(5, 7)?), small(number(8, 10)?));
    ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)).then_some((year, month, day))
}

/// The date `days` after 1970-01-01 (before it when negative), displayed as `YYYY-MM-DD`.
#[allow(dead_code, reason = "statusreg writes today's date with it, through the model crate")]
pub(crate) struct IsoDate(pub(crate) i64);

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = civil_from_days(self.0);
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

/// A field of a date that its computation keeps within 0..=255 (a day, an hour, a month).
pub(crate) fn small(n: i64) -> u8 {
    u8::try_from(n).unwrap_or(u8::MAX)
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
#[allow(dead_code, reason = "the HTTP-date counts with it; the model crate compiles this file without one")]
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
#[allow(dead_code, reason = "the HTTP-date counts with it; the model crate compiles this file without one")]
pub(crate) fn weekday_of(days: i64) -> u8 {
    small((days + 3).rem_euclid(7))
}
