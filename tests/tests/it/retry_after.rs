//! `Retry-After` values (RFC 9110, Section 10.2.3): delay-seconds and the three HTTP-date forms
//! of Section 5.6.7, checked against the dates CPython writes (`tests/fixtures/http-dates.tsv`,
//! from `scripts/make_http_dates.py`) and against the `httpdate` crate that hyper uses.

use crate::common;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use proptest::prelude::*;
use status_registry::{ParseRetryAfterErrorKind, RetryAfter};

fn at(seconds: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(seconds)
}

fn kind(text: &str) -> ParseRetryAfterErrorKind {
    match RetryAfter::parse(text) {
        Ok(value) => panic!("`{text}` parsed as {value:?}"),
        Err(error) => error.kind(),
    }
}

#[test]
fn the_rfc_examples_parse() {
    let example = RetryAfter::Date(at(784_111_777));
    for form in ["Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"] {
        assert_eq!(RetryAfter::parse(form), Ok(example), "{form}");
    }
    // Section 10.2.3's own examples.
    assert_eq!(RetryAfter::parse("Fri, 31 Dec 1999 23:59:59 GMT"), Ok(RetryAfter::Date(at(946_684_799))));
    assert_eq!(RetryAfter::parse("120"), Ok(RetryAfter::Delay(Duration::from_secs(120))));
}

#[test]
fn delay_seconds_are_digits_only() {
    assert_eq!(RetryAfter::parse("0"), Ok(RetryAfter::Delay(Duration::ZERO)));
    assert_eq!(RetryAfter::parse(" \t3600\t "), Ok(RetryAfter::Delay(Duration::from_secs(3600))));
    assert_eq!(RetryAfter::parse("007"), Ok(RetryAfter::Delay(Duration::from_secs(7))));
    // A wait longer than a u64 of seconds is as good as forever.
    assert_eq!(RetryAfter::parse("99999999999999999999999"), Ok(RetryAfter::Delay(Duration::from_secs(u64::MAX))));
    for (text, offset) in
        [("-1", 0), ("+5", 0), ("1.5", 1), ("120s", 3), ("1 2", 1), ("12\u{a0}", 2), ("1994-11-06T08:49:37Z", 4)]
    {
        let error = RetryAfter::parse(text).unwrap_err();
        assert_eq!(error.kind(), ParseRetryAfterErrorKind::NotDigits, "{text}");
        assert_eq!(error.offset(), offset, "{text}");
    }
    assert_eq!(kind(""), ParseRetryAfterErrorKind::Empty);
    assert_eq!(kind(" \t "), ParseRetryAfterErrorKind::Empty);
}

#[test]
fn dates_that_do_not_exist_are_refused_with_the_reason() {
    let cases = [
        ("Sun, 32 Nov 1994 08:49:37 GMT", ParseRetryAfterErrorKind::NoSuchDay),
        ("Wed, 31 Nov 1994 08:49:37 GMT", ParseRetryAfterErrorKind::NoSuchDay),
        ("Sun, 00 Nov 1994 08:49:37 GMT", ParseRetryAfterErrorKind::NoSuchDay),
        ("Wed, 29 Feb 2023 00:00:00 GMT", ParseRetryAfterErrorKind::NoSuchDay),
        ("Mon, 29 Feb 2100 00:00:00 GMT", ParseRetryAfterErrorKind::NoSuchDay),
        ("Sun, 06 Nov 1994 24:00:00 GMT", ParseRetryAfterErrorKind::NoSuchTime),
        ("Sun, 06 Nov 1994 08:60:00 GMT", ParseRetryAfterErrorKind::NoSuchTime),
        ("Sun, 06 Nov 1994 08:49:61 GMT", ParseRetryAfterErrorKind::NoSuchTime),
        ("Mon, 06 Nov 1994 08:49:37 GMT", ParseRetryAfterErrorKind::WrongWeekday),
        ("Monday, 06-Nov-94 08:49:37 GMT", ParseRetryAfterErrorKind::WrongWeekday),
        ("Mon Nov  6 08:49:37 1994", ParseRetryAfterErrorKind::WrongWeekday),
        ("Sun Nov 31 08:49:37 1994", ParseRetryAfterErrorKind::NoSuchDay),
    ];
    for (text, expected) in cases {
        assert_eq!(kind(text), expected, "{text}");
    }
    // 2000 and 2024 have a 29 February; a leap second is a second of the grammar.
    assert!(RetryAfter::parse("Tue, 29 Feb 2000 00:00:00 GMT").is_ok());
    assert!(RetryAfter::parse("Thu, 29 Feb 2024 00:00:00 GMT").is_ok());
    assert_eq!(RetryAfter::parse("Sat, 31 Dec 2016 23:59:60 GMT"), Ok(RetryAfter::Date(at(1_483_228_800))));
}

#[test]
fn anything_off_the_three_layouts_is_refused_where_it_goes_wrong() {
    let cases = [
        ("sun, 06 Nov 1994 08:49:37 GMT", 0),
        ("Sun, 06 nov 1994 08:49:37 GMT", 8),
        ("Sun, 6 Nov 1994 08:49:37 GMT", 5),
        ("Sun, 06 Nov 94 08:49:37 GMT", 12),
        ("Sun, 06 Nov 1994 08:49:37 UTC", 25),
        ("Sun, 06 Nov 1994 08:49:37 +0000", 25),
        ("Sun, 06 Nov 1994 08:49:37 GMT extra", 29),
        ("Sun, 06 Nov 1994 8:49:37 GMT", 17),
        ("Sun,  06 Nov 1994 08:49:37 GMT", 5),
        ("Sunday, 06-Nov-1994 08:49:37 GMT", 17),
        ("Sun Nov 6 08:49:37 1994", 8),
        ("Sun Nov  6 08:49:37 94", 20),
        ("tomorrow", 0),
        ("Sun", 3),
    ];
    for (text, offset) in cases {
        let error = RetryAfter::parse(text).unwrap_err();
        assert_eq!(error.kind(), ParseRetryAfterErrorKind::NotADate, "{text}");
        assert_eq!(error.offset(), offset, "{text}");
        let message = error.to_string();
        assert!(message.contains(&format!("at byte {offset}")) && message.contains("HTTP-date"), "{message}");
    }
    // Offsets count from the start of the field value, spaces included.
    assert_eq!(RetryAfter::parse("  Sun, 06 Nov 1994 08:49:37 UTC").unwrap_err().offset(), 27);
}

#[test]
fn a_two_digit_year_is_placed_within_fifty_years_of_now() {
    let in_2026 = at(1_780_000_000);
    let read = |text: &str| RetryAfter::parse_at(text, in_2026).unwrap();
    assert_eq!(read("Sunday, 06-Nov-94 08:49:37 GMT"), RetryAfter::Date(at(784_111_777)));
    // 2076 is 50 years ahead of 2026 and stays; 2077 would be 51, so 77 is 1977.
    let year_2076 = read("Wednesday, 01-Jan-76 00:00:00 GMT");
    assert_eq!(year_2076, RetryAfter::parse("Wed, 01 Jan 2076 00:00:00 GMT").unwrap());
    assert_eq!(read("Saturday, 01-Jan-77 00:00:00 GMT"), RetryAfter::parse("Sat, 01 Jan 1977 00:00:00 GMT").unwrap());
}

#[test]
fn a_delay_is_measured_from_now_and_a_past_date_is_no_wait() {
    let now = at(1_000_000);
    assert_eq!(RetryAfter::Delay(Duration::from_secs(5)).delay_from(now), Duration::from_secs(5));
    assert_eq!(RetryAfter::Date(at(1_000_030)).delay_from(now), Duration::from_secs(30));
    assert_eq!(RetryAfter::Date(at(999_999)).delay_from(now), Duration::ZERO);
    assert_eq!(RetryAfter::Date(now).delay_from(now), Duration::ZERO);
}

/// A date before 1970 is written rounded down to its second, as after 1970: half a second
/// before the epoch is in the last second of 1969, a whole second before it is that second.
#[test]
fn dates_before_1970_are_written_rounded_down() {
    let before = |d: Duration| RetryAfter::Date(UNIX_EPOCH.checked_sub(d).expect("a time before 1970")).to_string();
    assert_eq!(before(Duration::from_millis(500)), "Wed, 31 Dec 1969 23:59:59 GMT");
    assert_eq!(before(Duration::from_secs(1)), "Wed, 31 Dec 1969 23:59:59 GMT");
    assert_eq!(before(Duration::from_millis(1500)), "Wed, 31 Dec 1969 23:59:58 GMT");
    assert_eq!(RetryAfter::Date(UNIX_EPOCH + Duration::from_millis(999)).to_string(), "Thu, 01 Jan 1970 00:00:00 GMT");
}

/// A decision says what it is, and gives the wait it carries.
#[test]
fn decisions_print_and_give_their_wait() {
    use status_registry::RetryDecision;
    let two = Duration::from_secs(2);
    assert_eq!(RetryDecision::Stop.to_string(), "stop");
    assert_eq!(RetryDecision::Retry { after: None }.to_string(), "retry");
    assert_eq!(RetryDecision::Retry { after: Some(two) }.to_string(), "retry after 2s");
    assert_eq!(format!("[{:>6}]", RetryDecision::Stop), "[  stop]");
    assert_eq!(RetryDecision::Retry { after: Some(two) }.after(), Some(two));
    assert_eq!(RetryDecision::Retry { after: None }.after(), None);
    assert_eq!(RetryDecision::Stop.after(), None);
    assert!(RetryDecision::Retry { after: None }.is_retry() && !RetryDecision::Stop.is_retry());
}

#[test]
fn every_date_cpython_writes_parses_in_all_three_forms_and_prints_back() {
    let rows = common::tsv("http-dates.tsv");
    assert!(rows.len() >= 2000);
    for row in rows {
        let [seconds, imf, rfc850, asctime] = &row[..] else { panic!("bad row {row:?}") };
        let when = at(seconds.parse().unwrap());
        let expected = Ok(RetryAfter::Date(when));
        assert_eq!(RetryAfter::parse(imf), expected, "{imf}");
        assert_eq!(RetryAfter::parse(asctime), expected, "{asctime}");
        // The two-digit year is read against a `now` in the date's own year.
        assert_eq!(RetryAfter::parse_at(rfc850, when), expected, "{rfc850}");
        assert_eq!(RetryAfter::Date(when).to_string(), *imf);
        assert_eq!(httpdate::fmt_http_date(when), *imf, "the httpdate crate writes the same");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    /// Any whole second from 1970 to 9999 prints as `httpdate` prints it and reads back.
    #[test]
    fn dates_round_trip_as_httpdate_writes_them(seconds in 0u64..253_402_300_800) {
        let value = RetryAfter::Date(at(seconds));
        let text = value.to_string();
        prop_assert_eq!(&text, &httpdate::fmt_http_date(at(seconds)));
        prop_assert_eq!(RetryAfter::parse(&text), Ok(value));
    }

    /// One byte changed anywhere in an IMF-fixdate or asctime date: `httpdate` and this parser
    /// accept the same texts, as the same instant. They differ on purpose only where the grammar
    /// allows what `httpdate` refuses: a leap second (the cases avoid it) and years before 1970.
    #[test]
    fn one_changed_byte_is_judged_as_httpdate_judges_it(
        seconds in 0u64..253_402_300_800,
        asctime in any::<bool>(),
        position in 0usize..29,
        byte in 0x21u8..0x7f,
    ) {
        let written = if asctime {
            let imf = httpdate::fmt_http_date(at(seconds));
            // `Sun, 06 Nov 1994 08:49:37 GMT` -> `Sun Nov  6 08:49:37 1994`.
            let day = imf[5..7].trim_start_matches('0');
            format!("{} {} {day:>2} {} {}", &imf[..3], &imf[8..11], &imf[17..25], &imf[12..16])
        } else {
            httpdate::fmt_http_date(at(seconds))
        };
        let mut bytes = written.into_bytes();
        let position = position % bytes.len();
        bytes[position] = byte;
        let text = String::from_utf8(bytes).unwrap();
        prop_assume!(!text.contains(":60"));
        let theirs = httpdate::parse_http_date(&text).ok();
        match RetryAfter::parse(&text) {
            // Years before 1970 are in the grammar and in the past; `httpdate` refuses them.
            Ok(RetryAfter::Date(when)) if when < UNIX_EPOCH => prop_assert_eq!(theirs, None, "`{}`", text),
            Ok(RetryAfter::Date(when)) => prop_assert_eq!(Some(when), theirs, "`{}`", text),
            Ok(RetryAfter::Delay(_)) | Err(_) => prop_assert_eq!(None, theirs, "`{}`", text),
        }
    }

    /// Delay-seconds print as their number and read back.
    #[test]
    fn delays_round_trip(seconds in any::<u64>()) {
        let value = RetryAfter::Delay(Duration::from_secs(seconds));
        prop_assert_eq!(RetryAfter::parse(&value.to_string()), Ok(value));
    }
}
