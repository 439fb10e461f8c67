use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy, Debug)]
#[status_registry(tonic)]
enum Shelf {
    #[status(409, grpc = "allready_exists")]
    Taken,
}

#[derive(StatusRegistry, Clone, Copy, Debug)]
enum Quiet {
    #[status(404, grpc = "not_found")]
    Missing,
}

fn main() {}
