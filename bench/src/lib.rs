//! Inputs shared by the benchmarks in `benches/`: a realistic stream of status codes and the
//! floors each operation is measured against; and the loopback server of the client benchmarks
//! and `bench/examples/retry_load.rs`.

use status_registry::StatusRegistry;

/// How many codes one pass over the stream converts.
pub const STREAM_LEN: usize = 100_000;

/// Codes with the weights of a busy site behind a CDN: mostly 200, 304 and 404, some redirects and
/// errors, vendor codes (nginx 499, Cloudflare 52x) and a few codes nobody registered.
const MIX: &[(u16, u32)] = &[
    (200, 6000),
    (304, 1500),
    (404, 1000),
    (301, 300),
    (302, 250),
    (204, 150),
    (206, 100),
    (400, 100),
    (401, 100),
    (403, 150),
    (429, 80),
    (499, 60),
    (500, 50),
    (502, 30),
    (503, 40),
    (504, 20),
    (520, 10),
    (522, 10),
    (524, 10),
    (444, 15),
    (799, 5),
    (0, 5),
];

/// A deterministic stream of [`STREAM_LEN`] codes drawn from the mix.
#[must_use]
pub fn stream() -> Vec<u16> {
    let total: u32 = MIX.iter().map(|(_, w)| w).sum();
    let mut state: u32 = 0x9e37_79b9;
    (0..STREAM_LEN)
        .map(|_| {
            // xorshift32: cheap, deterministic, good enough to shuffle a mix.
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let mut pick = state % total;
            MIX.iter()
                .find(|(_, w)| {
                    if pick < *w {
                        true
                    } else {
                        pick -= w;
                        false
                    }
                })
                .map_or(200, |(code, _)| *code)
        })
        .collect()
}

/// The floor for lookup and reason: a dense 1000-entry table of phrases indexed by the code.
#[must_use]
pub fn reason_table() -> Box<[&'static str; 1000]> {
    let mut table = Box::new([""; 1000]);
    for status in status_registry::StatusCode::ALL.iter().rev() {
        table[usize::from(status.code())] = status.reason();
    }
    table
}

/// The floor for Display: pre-rendered `"<code> <reason>"` strings indexed by the code.
#[must_use]
pub fn text_table() -> Vec<String> {
    (0..1000u16).map(|code| status_registry::StatusCode::from(code).to_string()).collect()
}

/// A derived enum of ten members and a catch-all, as a service would declare it.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Api {
    /// 200
    Ok,
    /// 201
    Created,
    /// 204
    NoContent,
    /// 301
    MovedPermanently,
    /// 304
    NotModified,
    /// 400
    BadRequest,
    /// 401
    Unauthorized,
    /// 404
    NotFound,
    /// 429
    TooManyRequests,
    /// 503
    ServiceUnavailable,
    /// Everything else.
    #[status(other)]
    Other(u16),
}

/// Serves `app` on an ephemeral port of 127.0.0.1 from a thread of its own, on a current-thread
/// tokio runtime, for as long as the process lives; returns the address.
///
/// # Panics
///
/// When 127.0.0.1 cannot be bound or the runtime cannot start: a benchmark has nothing to measure
/// then.
#[must_use]
pub fn serve(app: axum::Router) -> std::net::SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().expect("local address");
    listener.set_nonblocking(true).expect("non-blocking listener");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("tokio listener");
            axum::serve(listener, app).await.expect("serve");
        });
    });
    addr
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_stream_follows_the_mix() {
        let stream = super::stream();
        assert_eq!(stream.len(), super::STREAM_LEN);
        let share = |code| stream.iter().filter(|c| **c == code).count() * 100 / stream.len();
        assert!((55..=65).contains(&share(200)), "{}", share(200));
        assert!(stream.contains(&499) && stream.contains(&799) && stream.contains(&0));
    }
}
