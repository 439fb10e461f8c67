use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
#[status_registry(serde, http)]
enum Api {
    Ok,
    NotFound,
}

fn main() {}
