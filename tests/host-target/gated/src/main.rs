use status_registry::{StatusCode, StatusRegistry, status};

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(serde, http, problem)]
enum Edge {
    Ok,
    #[status(499, vendor = "nginx")]
    ClientClosed,
}

const CLOSED: StatusCode = status!(nginx 499);

fn main() {
    println!("{} {} {}", Edge::ClientClosed, CLOSED, host_macro::host_code!());
}
