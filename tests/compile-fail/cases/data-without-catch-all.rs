use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
enum Api {
    Ok,
    Custom(u16),
}

fn main() {}
