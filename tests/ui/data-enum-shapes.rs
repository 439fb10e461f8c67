use status_registry::{NonMember, StatusRegistry};

// An error enum is built from its values: no catch-all, and nothing that converts from codes.
#[derive(StatusRegistry, Debug)]
#[status_registry(serde)]
enum AppError {
    NotFound { id: u64 },
    #[status(other)]
    Other(NonMember<Self>),
}

// Its members are checked against the registry like any other.
#[derive(StatusRegistry, Debug)]
enum Typos {
    NotFund { id: u64 },
    #[status(799)]
    Unknown(String),
}

fn main() {}
