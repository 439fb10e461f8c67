use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
enum Api {
    #[status(404, resaon = "Nothing here")]
    Missing,
    #[status(teapot)]
    Teapot,
}

#[derive(StatusRegistry, Clone, Copy)]
#[status_registry(extends = "codes.yaml")]
enum Other {
    Ok,
}

fn main() {}
