use status_registry::StatusRegistry;

// A member named after one status but given another's code reads as the wrong status.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Api {
    #[status(404)]
    Missing,
    #[status(500)]
    NotFound,
    // Named after its own status: fine.
    #[status(429)]
    TooManyRequests,
}

#[derive(StatusRegistry, Clone, Copy, Debug)]
#[repr(u16)]
enum Repr {
    Ok = 201,
}

fn main() {}
