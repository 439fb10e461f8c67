use status_registry::StatusRegistry;

// Without `Copy`, one error says so; every generated impl waits for it rather than adding its own.
#[derive(StatusRegistry, Debug, Clone, PartialEq)]
#[status_registry(http, serde)]
enum Api {
    Ok,
    NotFound,
    #[status(other)]
    Other(u16),
}

#[derive(StatusRegistry, Debug)]
enum Plain {
    Ok,
    NotFound,
}

fn main() {}
