use status_registry::StatusRegistry;

/// A registered problem type with another status, a name that is no registered type and no
/// absolute URI, a member the type does not define, a standard member's name, and `#[member]`
/// on a variant.
#[derive(StatusRegistry, Debug)]
#[status_registry(problem)]
enum ApiError {
    #[status(404, problem_type = "quota-exceeded")]
    Missing,
    #[status(429, problem_type = "quota-exeeded")]
    Slow,
    #[status(429, problem_type = "abnormal-usage-detected")]
    Abuse {
        #[member("violated-policies")]
        policies: Vec<String>,
        #[member("offender")]
        who: String,
    },
    #[status(409, problem_type = "https://iana.org/assignments/http-problem-types#mismatching-upload-offset")]
    Offset {
        #[member("status")]
        status: u64,
    },
    #[member("x")]
    #[status(400, problem_type = "https://example.com/probs/own")]
    Own,
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("api error")
    }
}

/// `#[member]` without `problem`.
#[derive(StatusRegistry, Debug)]
enum NoBody {
    #[status(429)]
    Slow {
        #[member("violated-policies")]
        policies: Vec<String>,
    },
}

fn main() {}
