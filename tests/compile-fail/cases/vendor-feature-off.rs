use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
enum Edge {
    #[status(522)]
    OriginTimeout,
    NginxClientClosedRequest,
}

fn main() {}
