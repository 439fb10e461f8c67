use status_registry::StatusRegistry;

// A fieldless enum is its codes: a parameter has nothing to stand for. (An enum whose members carry
// data may be generic; see tests/tests/it/generic_errors.rs.)
#[derive(StatusRegistry)]
enum Api<T> {
    Ok,
    NotFound,
}

fn main() {}
