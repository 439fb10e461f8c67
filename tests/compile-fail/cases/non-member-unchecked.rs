use status_registry::{NonMember, StatusRegistry};

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Api {
    NotFound,
    #[status(other)]
    Other(NonMember<Self>),
}

fn main() {
    // The only way to make one checks the code against the members: no unchecked constructor.
    let _ = Api::Other(NonMember::__new(404));
}
