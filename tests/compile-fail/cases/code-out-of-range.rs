use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
enum Api {
    #[status(1000)]
    TooBig,
}

fn main() {}
