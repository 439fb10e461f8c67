use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
enum Api {
    Ok,
    NotFund,
}

fn main() {}
