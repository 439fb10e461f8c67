//! Nothing in the runtime allocates: every public operation runs under a counting allocator that
//! must see zero allocations. Formatting writes into a fixed stack buffer, not a `String`.

use core::fmt::{self, Write};

use status_registry::{Class, Lang, Registry, RetryAfter, Status, StatusCode, StatusRegistry, Vendor};

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Api {
    Ok,
    NotFound,
    #[status(503, reason = "Down for maintenance")]
    Maintenance,
    #[status(other)]
    Other(u16),
}

/// A `fmt::Write` into a stack array, so formatting itself does not allocate.
struct StackBuf {
    bytes: [u8; 128],
    len: usize,
}

impl Write for StackBuf {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        self.bytes.get_mut(self.len..end).ok_or(fmt::Error)?.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

fn exercise_status<S: Status + fmt::Display + fmt::Debug>(status: S, buf: &mut StackBuf) -> usize {
    buf.len = 0;
    let _ = write!(buf, "{status} {status:?} {status:>20}");
    let mut n = usize::from(status.code()) + status.reason().len() + status.description().len();
    n += status.reason_in(Lang::Ja).len() + status.description_in(Lang::Ja).len();
    n += usize::from(status.is_cacheable())
        + usize::from(status.allows_content())
        + usize::from(status.uses_retry_after());
    n += usize::from(status.is_informational() || status.is_success() || status.is_redirection());
    n += usize::from(
        status.is_client_error() || status.is_server_error() || status.is_nonstandard() || status.is_error(),
    );
    n += status.retry().as_str().len() + status.class().as_str().len();
    n += status.lifecycle().map_or(0, |l| l.as_str().len()) + status.vendor().map_or(0, |v| v.name().len());
    n += status.required_headers().len() + status.recommended_headers().len() + status.header_rules().len();
    n += retry_decisions(status);
    n + usize::from(status.is_registered()) + status.info().map_or(0, |i| i.text.len())
}

/// `retry_decision` in each case of its inputs, and `Retry-After` read in each of its forms.
fn retry_decisions<S: Status>(status: S) -> usize {
    let now = std::time::UNIX_EPOCH + core::time::Duration::from_secs(1_780_000_000);
    let mut n = 0;
    for text in ["120", "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994"] {
        let retry_after = RetryAfter::parse_at(text, now).ok();
        for idempotent in [false, true] {
            n += usize::from(status.retry_decision(idempotent, retry_after.as_ref(), now).is_retry());
            n += usize::from(status.retry_decision(idempotent, None, now).is_retry());
        }
    }
    n + usize::from(RetryAfter::parse_at("1.5", now).is_err())
}

#[test]
fn the_runtime_does_not_allocate() {
    let mut buf = StackBuf { bytes: [0; 128], len: 0 };
    let phrases = [
        "404",
        "404 Not Found",
        "not found",
        "Payload Too Large",
        "NotFound",
        "",
        "65536",
        "nope",
        "404 Gone",
        "NOT_FOUND",
        "IM_A_TEAPOT",
    ];
    let mut headers = http::HeaderMap::new();
    headers.insert(http::header::RETRY_AFTER, http::HeaderValue::from_static("Sun, 06 Nov 1994 08:49:37 GMT"));
    let mut quota = http::HeaderMap::new();
    quota.insert("ratelimit", http::HeaderValue::from_static("\"day\";r=9;t=60, \"hour\";r=0;t=30;pk=:Zm9v:"));
    quota.insert("idempotency-key", http::HeaderValue::from_static("\"k-1\""));
    let now = std::time::SystemTime::now();
    let info = allocation_counter::measure(|| {
        let mut sum = 0usize;
        for code in 0..=u16::MAX {
            let status = StatusCode::from(code);
            sum += usize::from(status.retry_decision_for(&http::Method::POST, &headers, now).is_retry());
            sum += usize::from(status.retry_decision_for(&http::Method::POST, &quota, now).is_retry());
            sum += usize::from(Status::retry_decision_for(Api::from(code), &http::Method::GET, &quota, now).is_retry());
            sum += usize::from(status_registry::client::request_is_idempotent(&http::Method::POST, &quota));
            if let Ok(theirs) = http::StatusCode::from_u16(code) {
                sum += usize::from(status_registry::client::classify(&http::Method::PUT, Some(theirs)));
            }
            sum += exercise_status(status, &mut buf);
            sum += usize::from(StatusCode::lookup(code).is_some());
            sum += StatusCode::meanings(code).count();
            sum += usize::from(u16::from(status) == code) + status.name().len();
            sum += status.reason_in(Lang::En).len() + status.description_in(Lang::Ja).len();
            sum += usize::from(status < StatusCode::NotFound) + Class::from_code(code).description().len();
            let api = Api::from(code);
            sum += exercise_status(api, &mut buf) + usize::from(StatusCode::from(api).code());
            sum += usize::from(Api::lookup(code).is_some());
            if let Ok(theirs) = http::StatusCode::try_from(status) {
                sum += usize::from(StatusCode::from(theirs).code());
            }
        }
        for vendor in Vendor::ALL {
            sum += vendor.id().len() + vendor.feature().len() + usize::from(vendor.is_enabled());
            sum += vendor.url().map_or(0, str::len) + usize::from(StatusCode::lookup_in(*vendor, 499).is_some());
            buf.len = 0;
            let _ = write!(buf, "{vendor} {vendor:?}");
            sum += usize::from(Vendor::from_id(vendor.id()).is_some());
        }
        for phrase in phrases {
            match phrase.parse::<StatusCode>() {
                Ok(status) => sum += usize::from(status.code()),
                Err(error) => {
                    buf.len = 0;
                    let _ = write!(buf, "{error} {:?}", error.kind());
                }
            }
            sum += usize::from(phrase.parse::<Api>().is_ok());
        }
        let lines = ["HTTP/1.1 530 Site is frozen\r\n", "HTTP/2 204", "499 Token Required", "HTTP/1.1 4O4", ""];
        for line in lines {
            match status_registry::StatusLine::parse(line) {
                Ok(parsed) => {
                    sum += usize::from(parsed.status().code()) + parsed.reason().len();
                    sum += parsed.version().map_or(0, str::len);
                    buf.len = 0;
                    let _ = write!(buf, "{parsed}");
                }
                Err(error) => {
                    buf.len = 0;
                    let _ = write!(buf, "{error} {:?} {}", error.kind(), error.offset());
                }
            }
        }
        sum += StatusCode::ALL.len() + usize::from(Lang::from_tag("ja-JP").is_some());
        for status in StatusCode::ALL {
            sum += exercise_status(*status, &mut buf);
        }
        std::hint::black_box(sum);
    });
    assert_eq!(info.count_total, 0, "the runtime allocated {} times ({} bytes)", info.count_total, info.bytes_total);

    // The counter does see allocations: `to_string` is the allocating way to format.
    let counted = allocation_counter::measure(|| {
        std::hint::black_box(StatusCode::NotFound.to_string());
    });
    assert_eq!(counted.count_total, 1);
}
