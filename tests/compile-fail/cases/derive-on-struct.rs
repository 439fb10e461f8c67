use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
struct Api {
    code: u16,
}

#[derive(StatusRegistry, Clone, Copy)]
union Raw {
    code: u16,
}

fn main() {}
