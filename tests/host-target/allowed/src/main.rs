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
    let wire = http::StatusCode::try_from(Edge::ClientClosed).map(|s| s.as_u16());
    let problem = status_registry::Problem::from(&Edge::ClientClosed);
    let title = problem.title().unwrap_or("-");
    println!("{} {} {} {wire:?} {title}", Edge::ClientClosed, CLOSED, host_macro::host_code!());
}
