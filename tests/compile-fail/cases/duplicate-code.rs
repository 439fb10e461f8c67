use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
enum Api {
    NotFound,
    Ok,
    #[status(404)]
    Missing,
}

fn main() {}
