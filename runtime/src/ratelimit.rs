//! The `RateLimit` response field of draft-ietf-httpapi-ratelimit-headers-11 (23 May 2026; an
//! Internet-Draft lapses six months after its date, so this one in late November 2026 unless a
//! later revision follows): the quotas a server applies to the client, as a Structured Field List
//! (RFC 9651) of policy names with parameters,
//! `RateLimit: "default";r=0;t=30`. `r` is the quota units left and `t` the seconds until the
//! quota is reset.
//!
//! Only what a retry needs is read: whether a quota is used up (`r=0`) and when it comes back
//! (`t`). The whole field follows RFC 9651's parsing rules, so a value that does not parse as a
//! List is ignored as a whole, as Section 4.2 of that RFC asks.

use core::time::Duration;

/// The longest wait among the exhausted quotas of `value` (`r=0` with a `t`), or `None` when no
/// quota is exhausted or the value is not a valid Structured Field List. Allocates nothing.
pub(crate) fn exhausted_reset(value: &[u8]) -> Option<Duration> {
    /// Each member's `r` and `t` (a later one of the same key wins), and the longest wait so far.
    #[derive(Default)]
    struct Quotas {
        remaining: Option<u64>,
        reset: Option<u64>,
        longest: Option<u64>,
    }
    impl Quotas {
        fn close(&mut self) {
            if let (Some(0), Some(reset)) = (self.remaining, self.reset) {
                self.longest = Some(self.longest.map_or(reset, |l| l.max(reset)));
            }
            (self.remaining, self.reset) = (None, None);
        }
    }
    impl<'a> crate::sf::Visitor<'a> for Quotas {
        fn member(&mut self, _: bool) {
            self.close();
        }
        fn param(&mut self, key: &'a str, value: crate::sf::BareRef<'a>, of_item: bool) {
            let integer = match value {
                crate::sf::BareRef::Integer(n) => u64::try_from(n).ok(),
                _ => None,
            };
            match (key, of_item) {
                ("r", false) => self.remaining = integer,
                ("t", false) => self.reset = integer,
                _ => {}
            }
        }
    }
    let mut quotas = Quotas::default();
    crate::sf::walk_list(value, &mut quotas)?;
    quotas.close();
    quotas.longest.map(Duration::from_secs)
}

/// The wait until the reset that the older rate-limit fields announce, when they say the quota is
/// used up: `RateLimit-Remaining: 0` with `RateLimit-Reset: N` (the field pair of the RateLimit
/// draft's revisions before -07, N seconds), or `X-RateLimit-Remaining: 0` with
/// `X-RateLimit-Reset: N`, where N is seconds when small and a Unix time (as GitHub sends it) from
/// 1,000,000,000 (2001-09-09) on. `now_unix` is the current time in seconds since 1970. A value
/// that is not digits, or a remaining count that is not 0, gives `None`.
pub(crate) fn legacy_reset(pairs: [FieldPair<'_>; 2], now_unix: u64) -> Option<Duration> {
    pairs.into_iter().find_map(|(remaining, reset, may_be_a_date)| {
        if integer(remaining?)? != 0 {
            return None;
        }
        let reset = integer(reset?)?;
        let seconds = if may_be_a_date && reset >= UNIX_TIME_FROM { reset.saturating_sub(now_unix) } else { reset };
        Some(Duration::from_secs(seconds))
    })
}

/// The values of a remaining-count field and of its reset field, when present, and whether the
/// reset may be a Unix time.
pub(crate) type FieldPair<'a> = (Option<&'a [u8]>, Option<&'a [u8]>, bool);

/// From this value on, an `X-RateLimit-Reset` is a Unix time, not seconds: 2001-09-09T01:46:40Z,
/// the first time with ten digits. No server asks for a wait of 31 years.
const UNIX_TIME_FROM: u64 = 1_000_000_000;

/// A field value that is a non-negative decimal integer, with optional white space around it.
fn integer(value: &[u8]) -> Option<u64> {
    let digits = value.trim_ascii();
    if digits.is_empty() || digits.len() > 19 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(digits.iter().fold(0u64, |n, &b| n * 10 + u64::from(b - b'0')))
}

#[cfg(test)]
mod tests {
    use super::{exhausted_reset, legacy_reset};
    use core::time::Duration;

    /// The older fields, as `decide_hint` hands them over: the draft's pair, then the `X-` pair.
    fn legacy(draft: [Option<&str>; 2], x: [Option<&str>; 2], now: u64) -> Option<Duration> {
        let [draft_remaining, draft_reset] = draft.map(|text| text.map(str::as_bytes));
        let [x_remaining, x_reset] = x.map(|text| text.map(str::as_bytes));
        legacy_reset([(draft_remaining, draft_reset, false), (x_remaining, x_reset, true)], now)
    }

    #[test]
    fn the_older_rate_limit_fields_give_their_reset() {
        let now = 1_780_000_000;
        let secs = |n| Some(Duration::from_secs(n));
        assert_eq!(legacy([Some("0"), Some("2")], [None, None], now), secs(2));
        assert_eq!(legacy([Some(" 0 "), Some("\t7")], [None, None], now), secs(7), "white space around");
        assert_eq!(legacy([Some("1"), Some("2")], [None, None], now), None, "quota left");
        assert_eq!(legacy([Some("0"), None], [None, None], now), None, "no reset");
        assert_eq!(legacy([None, Some("2")], [None, None], now), None, "no remaining count");
        assert_eq!(legacy([None, None], [Some("0"), Some("30")], now), secs(30), "X- in seconds");
        assert_eq!(legacy([None, None], [Some("0"), Some("1780000045")], now), secs(45), "X- as a Unix time");
        assert_eq!(legacy([None, None], [Some("0"), Some("1779999000")], now), secs(0), "a reset in the past");
        assert_eq!(legacy([None, None], [Some("0"), Some("999999999")], now), secs(999_999_999), "seconds below 2001");
        assert_eq!(
            legacy([Some("0"), Some("1780000045")], [None, None], now),
            secs(1_780_000_045),
            "the draft's reset is always seconds"
        );
        assert_eq!(legacy([Some("0"), Some("3")], [Some("0"), Some("9")], now), secs(3), "the draft's pair first");
        assert_eq!(legacy([Some("0"), Some("x")], [Some("0"), Some("9")], now), secs(9), "an invalid pair is skipped");
        for bad in ["", " ", "-1", "+2", "1.5", "2s", "0x10", "99999999999999999999"] {
            assert_eq!(legacy([Some("0"), Some(bad)], [None, None], now), None, "{bad:?}");
            assert_eq!(legacy([Some(bad), Some("2")], [None, None], now), None, "{bad:?}");
        }
        assert_eq!(legacy([Some("00"), Some("0002")], [None, None], now), secs(2), "leading zeros");
        let nineteen = "1000000000000000000";
        assert_eq!(legacy([Some("0"), Some(nineteen)], [None, None], now), secs(1_000_000_000_000_000_000));
        assert_eq!(legacy([Some("0"), Some("18446744073709551616")], [None, None], now), None, "past u64");
    }

    fn read(text: &str) -> Option<Duration> {
        exhausted_reset(text.as_bytes())
    }

    #[test]
    fn exhausted_quotas_give_their_reset() {
        // The draft's own shapes: one policy, several policies, a partition key.
        assert_eq!(read(r#""default";r=0;t=30"#), Some(Duration::from_secs(30)));
        assert_eq!(read(r#""default";r=50;t=30"#), None, "quota left");
        assert_eq!(read(r#""day";r=0;t=3600, "hour";r=0;t=60"#), Some(Duration::from_secs(3600)));
        assert_eq!(read(r#""day";r=10;t=3600, "hour";r=0;t=60"#), Some(Duration::from_secs(60)));
        assert_eq!(read(r#""peruser";r=0;t=5;pk=:cHsdsRa894==:"#), Some(Duration::from_secs(5)));
        assert_eq!(read(r#"  "default" ; r=0;t=1  "#), None, "no space is allowed before ';'");
        assert_eq!(read(r#"  "default";r=0; t=1  "#), Some(Duration::from_secs(1)));
        assert_eq!(read("default;r=0;t=7"), Some(Duration::from_secs(7)), "a token name");
        assert_eq!(read(r#""default";t=7;r=0;x=1.5;y=?1;z"#), Some(Duration::from_secs(7)));
        assert_eq!(read(r#""default";r=0"#), None, "no reset time");
        assert_eq!(read(r#""default";r=0;t=-3"#), None, "a negative reset is no wait");
        assert_eq!(read(r#""default";r=0;t=2.5"#), None, "t is an Integer");
        assert_eq!(read(r#"("a" "b");r=0;t=4"#), Some(Duration::from_secs(4)));
    }

    #[test]
    fn every_kind_of_bare_item_is_read_past() {
        let four = Some(Duration::from_secs(4));
        // Inner lists whose items have parameters, with and without values.
        assert_eq!(read(r#"("a";p=1 "b";q);r=0;t=4"#), four);
        assert_eq!(read(r#"("a";p =1);r=0;t=4"#), None, "no space before '='");
        // A display string, a date, a token, a byte sequence, booleans and negative numbers.
        assert_eq!(read(r#"%"caf%c3%a9";r=0;t=4"#), four);
        assert_eq!(read(r#"%"caf%C3%A9";r=0;t=4"#), None, "hex digits are lower case");
        assert_eq!(read(r#""a";r=0;t=4;d=@1659578233"#), four);
        assert_eq!(read(r#""a";r=0;t=4;d=@x"#), None);
        assert_eq!(read(r#""a";r=0;t=4;k=Tok/en*"#), four);
        assert_eq!(read(r#""a";r=0;t=4;b=:cHJldGVuZA==:;f=?0"#), four);
        assert_eq!(read(r#""a";r=0;t=4;x=-1;y=-2.5"#), four);
        // Integers have at most 15 digits; decimals at most 12 before the point and 3 after.
        assert_eq!(read(r#""a";r=0;t=123456789012345"#), Some(Duration::from_secs(123_456_789_012_345)));
        assert_eq!(read(r#""a";r=0;t=4;x=123456789012.5"#), four);
        assert_eq!(read(r#""a";r=0;t=4;x=1234567890123.5"#), None);
        assert_eq!(read(r#""a";r=0;t=4;x=1.1234"#), None);
        assert_eq!(read(r#""a";r=0;t=4;x=1."#), None);
        // Strings escape only `"` and `\`.
        assert_eq!(read(r#""a\"b\\c";r=0;t=4"#), four);
        assert_eq!(read(r#""a\xb";r=0;t=4"#), None);
    }

    #[test]
    fn invalid_lists_are_ignored_whole() {
        for text in [
            "",
            "   ",
            r#""default";r=0;t=30,"#,
            r#""default";r=0;t=30,,"x""#,
            r#""default";R=0;t=30"#,
            r#""default";r=0;t=1234567890123456"#,
            r#""unterminated;r=0;t=3"#,
            r#""default";r=0;t=3 junk"#,
            "\"caf\u{e9}\";r=0;t=3",
        ] {
            assert_eq!(read(text), None, "{text:?}");
        }
    }
}
