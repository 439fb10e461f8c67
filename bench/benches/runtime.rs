//! Run-time cost of status-registry beside the `http` crate, on the same inputs in the same run.
//!
//! `cargo bench -p status-registry-bench`. Each benchmark converts a whole stream of 100,000
//! realistic codes (see `stream()`); divan's time per iteration divided by 100,000 is the cost per
//! code. The `floor` entries do the least work the operation could: one table load, or one copy of
//! pre-rendered text.

use std::fmt::Write;

use divan::{Bencher, black_box};
use status_registry::{Status, StatusCode, Vendor};
use status_registry_bench::{Api, STREAM_LEN, reason_table, stream, text_table};

fn main() {
    divan::main();
}

mod from_u16 {
    use super::{Api, Bencher, STREAM_LEN, StatusCode, black_box, stream};

    #[divan::bench]
    fn ours(bencher: Bencher) {
        let codes = stream();
        bencher.counter(STREAM_LEN).bench_local(|| {
            for &code in black_box(&codes) {
                black_box(StatusCode::from(code));
            }
        });
    }

    #[divan::bench]
    fn ours_derived_enum(bencher: Bencher) {
        let codes = stream();
        bencher.counter(STREAM_LEN).bench_local(|| {
            for &code in black_box(&codes) {
                black_box(Api::from(code));
            }
        });
    }

    #[divan::bench]
    fn http(bencher: Bencher) {
        let codes = stream();
        bencher.counter(STREAM_LEN).bench_local(|| {
            for &code in black_box(&codes) {
                let _ = black_box(::http::StatusCode::from_u16(code));
            }
        });
    }
}

mod from_u16_and_reason {
    use super::{Api, Bencher, STREAM_LEN, StatusCode, black_box, reason_table, stream};

    #[divan::bench]
    fn ours(bencher: Bencher) {
        let codes = stream();
        bencher.counter(STREAM_LEN).bench_local(|| {
            for &code in black_box(&codes) {
                black_box(StatusCode::from(code).reason());
            }
        });
    }

    #[divan::bench]
    fn ours_derived_enum(bencher: Bencher) {
        let codes = stream();
        bencher.counter(STREAM_LEN).bench_local(|| {
            for &code in black_box(&codes) {
                black_box(Api::from(code).reason());
            }
        });
    }

    #[divan::bench]
    fn http(bencher: Bencher) {
        let codes = stream();
        bencher.counter(STREAM_LEN).bench_local(|| {
            for &code in black_box(&codes) {
                black_box(::http::StatusCode::from_u16(code).ok().and_then(|s| s.canonical_reason()));
            }
        });
    }

    #[divan::bench]
    fn floor_dense_table(bencher: Bencher) {
        let codes = stream();
        let table = reason_table();
        bencher.counter(STREAM_LEN).bench_local(|| {
            for &code in black_box(&codes) {
                black_box(table.get(usize::from(code)).copied().unwrap_or(""));
            }
        });
    }
}

/// Status → number, as everything built on the code pays it (`u16::from`, `PartialEq<u16>`,
/// `class()`): a field read in `http`, a table read at the variant's position here.
mod to_code {
    use super::{Bencher, StatusCode, black_box, stream};

    /// Codes both types can hold: `http` refuses `000`.
    fn codes() -> Vec<u16> {
        stream().into_iter().filter(|c| (100..=999).contains(c)).collect()
    }

    #[divan::bench]
    fn ours(bencher: Bencher) {
        let statuses: Vec<StatusCode> = codes().into_iter().map(StatusCode::from).collect();
        bencher.counter(statuses.len()).bench_local(|| {
            for status in black_box(&statuses) {
                black_box(status.code());
            }
        });
    }

    #[divan::bench]
    fn http(bencher: Bencher) {
        let statuses: Vec<::http::StatusCode> =
            codes().into_iter().filter_map(|c| ::http::StatusCode::from_u16(c).ok()).collect();
        bencher.counter(statuses.len()).bench_local(|| {
            for status in black_box(&statuses) {
                black_box(status.as_u16());
            }
        });
    }
}

/// A log reader's whole step: the code as text, parsed, then its number.
mod parse_then_code {
    use super::{Bencher, StatusCode, black_box, stream};

    fn texts() -> Vec<String> {
        stream().iter().filter(|c| (100..=999).contains(*c)).map(|code| format!("{code:03}")).collect()
    }

    #[divan::bench]
    fn ours(bencher: Bencher) {
        let texts = texts();
        bencher.counter(texts.len()).bench_local(|| {
            for text in black_box(&texts) {
                black_box(text.parse::<StatusCode>().map_or(0, StatusCode::code));
            }
        });
    }

    #[divan::bench]
    fn http(bencher: Bencher) {
        let texts = texts();
        bencher.counter(texts.len()).bench_local(|| {
            for text in black_box(&texts) {
                black_box(text.parse::<::http::StatusCode>().map_or(0, |s| s.as_u16()));
            }
        });
    }
}

mod display {
    use super::{Bencher, StatusCode, Write, black_box, stream, text_table};

    /// Codes both types can hold: `http` refuses `000`.
    fn codes() -> Vec<u16> {
        stream().into_iter().filter(|c| (100..=999).contains(c)).collect()
    }

    #[divan::bench]
    fn ours(bencher: Bencher) {
        let statuses: Vec<StatusCode> = codes().into_iter().map(StatusCode::from).collect();
        let mut buf = String::with_capacity(64);
        bencher.counter(statuses.len()).bench_local(|| {
            for status in black_box(&statuses) {
                buf.clear();
                let _ = write!(buf, "{status}");
                black_box(&buf);
            }
        });
    }

    #[divan::bench]
    fn http(bencher: Bencher) {
        let statuses: Vec<::http::StatusCode> =
            codes().into_iter().filter_map(|c| ::http::StatusCode::from_u16(c).ok()).collect();
        let mut buf = String::with_capacity(64);
        bencher.counter(statuses.len()).bench_local(|| {
            for status in black_box(&statuses) {
                buf.clear();
                let _ = write!(buf, "{status}");
                black_box(&buf);
            }
        });
    }

    #[divan::bench]
    fn floor_push_prerendered(bencher: Bencher) {
        let codes = codes();
        let texts = text_table();
        let mut buf = String::with_capacity(64);
        bencher.counter(codes.len()).bench_local(|| {
            for &code in black_box(&codes) {
                buf.clear();
                buf.push_str(&texts[usize::from(code)]);
                black_box(&buf);
            }
        });
    }
}

mod parse {
    use super::{Api, StatusCode, black_box};

    #[divan::bench(args = ["404", "200", "499"])]
    fn ours_code(code: &str) -> Result<StatusCode, status_registry::ParseStatusError> {
        black_box(code).parse::<StatusCode>()
    }

    #[divan::bench(args = ["404", "200", "499"])]
    fn http_code(code: &str) -> Result<::http::StatusCode, ::http::status::InvalidStatusCode> {
        black_box(code).parse::<::http::StatusCode>()
    }

    #[divan::bench(args = ["404", "200", "499"])]
    fn ours_derived_code(code: &str) -> Result<Api, status_registry::ParseStatusError> {
        black_box(code).parse::<Api>()
    }

    #[divan::bench(args = ["Not Found", "payload too large", "Gateway Time-out", "Client Closed Request", "No Such Phrase"])]
    fn ours_phrase(phrase: &str) -> Result<StatusCode, status_registry::ParseStatusError> {
        black_box(phrase).parse::<StatusCode>()
    }

    #[divan::bench]
    fn ours_derived_phrase() -> Result<Api, status_registry::ParseStatusError> {
        black_box("Too Many Requests").parse::<Api>()
    }
}

/// Digits as a log reader meets them: the stream's codes as text, each parsed in turn.
mod parse_stream {
    use super::{Api, Bencher, STREAM_LEN, StatusCode, black_box, stream};

    fn texts() -> Vec<String> {
        stream().iter().map(|code| format!("{code:03}")).collect()
    }

    #[divan::bench]
    fn ours(bencher: Bencher) {
        let texts = texts();
        bencher.counter(STREAM_LEN).bench_local(|| {
            for text in black_box(&texts) {
                let _ = black_box(text.parse::<StatusCode>());
            }
        });
    }

    #[divan::bench]
    fn ours_derived_enum(bencher: Bencher) {
        let texts = texts();
        bencher.counter(STREAM_LEN).bench_local(|| {
            for text in black_box(&texts) {
                let _ = black_box(text.parse::<Api>());
            }
        });
    }

    #[divan::bench]
    fn http(bencher: Bencher) {
        let texts = texts();
        bencher.counter(STREAM_LEN).bench_local(|| {
            for text in black_box(&texts) {
                let _ = black_box(text.parse::<::http::StatusCode>());
            }
        });
    }
}

mod registry {
    use super::{Status, StatusCode, Vendor, black_box};

    #[divan::bench]
    fn lookup_in_vendor() -> Option<StatusCode> {
        StatusCode::lookup_in(black_box(Vendor::Pantheon), black_box(530))
    }

    #[divan::bench]
    fn iterate_all() -> u32 {
        StatusCode::ALL.iter().map(|s| u32::from(s.code())).sum()
    }

    #[divan::bench]
    fn info_fields() -> bool {
        let status = StatusCode::from(black_box(503));
        status.is_cacheable() || status.uses_retry_after()
    }
}

mod retry {
    use std::time::{Duration, SystemTime, UNIX_EPOCH};

    use super::{Bencher, STREAM_LEN, Status, StatusCode, black_box, stream};
    use status_registry::RetryAfter;

    fn now() -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(1_780_000_000)
    }

    /// The registry's decision for each code of the stream, for a POST that got `Retry-After: 2`.
    #[divan::bench]
    fn ours_decision(bencher: Bencher) {
        let codes = stream();
        let wait = RetryAfter::Delay(Duration::from_secs(2));
        bencher.counter(STREAM_LEN).bench_local(|| {
            for &code in black_box(&codes) {
                black_box(StatusCode::from(code).retry_decision(false, Some(&wait), now()));
            }
        });
    }

    /// What retry crates write by hand on top of `http` (reqwest-retry's default rule: every 5xx,
    /// 408 and 429), with the same wait: less information, as a floor for the cost.
    #[divan::bench]
    fn http_hand_written_rule(bencher: Bencher) {
        let codes = stream();
        let wait = Some(Duration::from_secs(2));
        bencher.counter(STREAM_LEN).bench_local(|| {
            for &code in black_box(&codes) {
                let retry = ::http::StatusCode::from_u16(code)
                    .is_ok_and(|s| s.is_server_error() || s.as_u16() == 408 || s.as_u16() == 429);
                black_box(if retry { wait } else { None });
            }
        });
    }

    #[divan::bench(args = ["Sun, 06 Nov 1994 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "120"])]
    fn ours_parse(text: &str) -> Option<SystemTime> {
        match RetryAfter::parse_at(black_box(text), now()) {
            Ok(value) => Some(now() + value.delay_from(now())),
            Err(_) => None,
        }
    }

    /// `httpdate`, which hyper uses, for the dates; `u64::from_str` for the seconds.
    #[divan::bench(args = ["Sun, 06 Nov 1994 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "120"])]
    fn httpdate_parse(text: &str) -> Option<SystemTime> {
        let text = black_box(text);
        match text.parse::<u64>() {
            Ok(seconds) => Some(now() + Duration::from_secs(seconds)),
            Err(_) => httpdate::parse_http_date(text).ok(),
        }
    }
}
