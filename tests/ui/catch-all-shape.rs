use status_registry::StatusRegistry;

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

fn main() {}
