use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
enum Api {
    Ok,
    #[status(799)]
    Custom,
}

fn main() {}
