use status_registry::{status, StatusCode, StatusRegistry};

// 499 has no IANA meaning and three vendor meanings: the source must say which, in every build.
#[derive(StatusRegistry, Clone, Copy)]
enum Edge {
    Ok,
    #[status(499)]
    Closed,
}

const CLOSED: StatusCode = status!(499);

fn main() {}
