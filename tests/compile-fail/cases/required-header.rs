use status_registry::{RetryAfter, StatusRegistry};

// An enum that makes responses must send the header fields its statuses require.
#[derive(StatusRegistry, Clone, Copy, Debug)]
#[status_registry(axum)]
enum Api {
    Ok,
    MethodNotAllowed,
    Unauthorized,
}

// Supplied as a fixed value: fine.
#[derive(StatusRegistry, Clone, Copy, Debug)]
#[status_registry(axum)]
enum ReadOnly {
    #[status(405, reason = "Read Only", header("allow", "GET, HEAD"))]
    WriteRefused,
}

#[derive(StatusRegistry, Debug)]
#[status_registry(axum)]
enum ApiError {
    // The field supplies it: fine.
    #[status(401)]
    LoggedOut {
        #[header("www-authenticate")]
        challenge: String,
    },
    #[status(407)]
    Proxy(String),
    #[status(503)]
    Maintenance(#[header("retry-after")] RetryAfter),
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

// Without `axum` nothing is sent, so nothing is required.
#[derive(StatusRegistry, Clone, Copy, Debug)]
enum Codes {
    MethodNotAllowed,
}

fn main() {}
