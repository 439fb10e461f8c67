use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
enum Api {
    Ok,
    #[status(other)]
    Other(u16),
    #[status(other)]
    Rest(u16),
}

fn main() {}
