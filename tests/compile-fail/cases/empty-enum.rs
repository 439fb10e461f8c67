use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
enum Nothing {}

fn main() {}
