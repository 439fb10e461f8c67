use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
#[repr(u16)]
enum Api {
    Ok = 200,
    NotFound = 404,
    // rustc numbers it 405; its status is 410.
    Gone,
}

fn main() {}
