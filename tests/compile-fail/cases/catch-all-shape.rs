use status_registry::{NonMember, StatusRegistry};

#[derive(StatusRegistry, Clone, Copy)]
enum Api {
    Ok,
    #[status(other)]
    Other(u32),
}

#[derive(StatusRegistry, Clone, Copy)]
enum Named {
    Ok,
    #[status(other)]
    Other { code: u16 },
}

#[derive(StatusRegistry, Clone, Copy)]
enum Other {
    Ok,
    #[status(other)]
    Rest(NonMember<Self>),
}

#[derive(StatusRegistry, Clone, Copy)]
enum Borrowed {
    NotFound,
    #[status(other)]
    Rest(NonMember<Other>),
}

fn main() {}
