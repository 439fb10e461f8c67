//! An API's own status enum: only the codes this service returns, each checked against the
//! registry at compile time, with phrases and metadata taken from it, matched exhaustively.
//!
//! ```text
//! cargo run --example api_enum            # a sample of codes
//! cargo run --example api_enum -- 429 499 # the codes you name
//! ```

use std::process::ExitCode;

use status_registry::{Retry, Status, StatusCode, StatusRegistry, status};

/// Every status the service sends, plus a catch-all for whatever else comes back through proxies.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum ApiStatus {
    Ok,
    Created,
    NotFound,
    #[status(409)]
    VersionConflict,
    #[status(429)]
    SlowDown,
    #[status(503, reason = "Down for maintenance")]
    Maintenance,
    // nginx in front of the service logs 499 when a client gives up; enabled in this package.
    NginxClientClosedRequest,
    #[status(other)]
    Other(u16),
}

/// What a client of this API should do. Adding a variant to `ApiStatus` makes this fail to
/// compile until the new case is handled: that is the point of a closed enum.
fn advice(status: ApiStatus) -> &'static str {
    match status {
        ApiStatus::Ok | ApiStatus::Created => "done",
        ApiStatus::NotFound => "check the identifier",
        ApiStatus::VersionConflict => "reload, merge and send again",
        ApiStatus::SlowDown | ApiStatus::Maintenance => "wait as Retry-After says",
        ApiStatus::NginxClientClosedRequest => "the client gave up; nothing was sent",
        ApiStatus::Other(_) => "unexpected for this API",
    }
}

/// The built-in type works in patterns through `status!`, checked the same way.
fn is_throttled(status: StatusCode) -> bool {
    matches!(status, status!(429) | status!(503))
}

fn main() -> ExitCode {
    let mut codes = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.parse::<u16>() {
            Ok(code) => codes.push(code),
            Err(_) => {
                eprintln!("api_enum: `{arg}` is not a status code (0-65535)");
                return ExitCode::from(2);
            }
        }
    }
    if codes.is_empty() {
        codes = vec![200, 201, 404, 409, 429, 503, 499, 418, 799];
    }
    println!("{} members: {:?}", ApiStatus::ALL.len(), ApiStatus::ALL);
    for code in codes {
        let status = ApiStatus::from(code);
        let retry = match status.retry() {
            Retry::Never => "never",
            Retry::Idempotent => "if idempotent",
            Retry::Always => "always",
            Retry::AfterRetryAfter => "after Retry-After",
        };
        let throttled = if is_throttled(StatusCode::from(status)) { ", throttled" } else { "" };
        println!("{:<28} {:<36} retry {retry}{throttled}", status.to_string(), advice(status));
    }
    ExitCode::SUCCESS
}
