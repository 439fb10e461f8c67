use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy, Debug)]
#[status_registry(axum)]
enum Api {
    #[status(405, header("al low", "GET"))]
    A,
    #[status(405, header("allow"))]
    B,
    #[status(405, header("allow", "GET\n"))]
    C,
    #[status(405, header("allow", "GET"), header("Allow", "HEAD"))]
    D,
    #[status(405, header = "allow")]
    E,
    #[status(404, problem_type = "about:blank")]
    F,
    #[status(404, problem_type = "not a uri")]
    G,
}

#[derive(StatusRegistry, Debug)]
enum ApiError {
    #[header("retry-after")]
    #[status(503)]
    Down(u64),
    #[status(429)]
    Slow(#[header] u64),
    #[status(500)]
    Broken {
        #[header("x-a")]
        first: String,
        #[header("X-A")]
        second: String,
    },
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("error")
    }
}

fn main() {}
