use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
#[status_registry(axum, problem, utoipa)]
enum Api {
    Ok,
    NotFound,
}

#[derive(StatusRegistry, Debug)]
#[status_registry(problem, actix, aide)]
enum AppError {
    NotFound { id: u64 },
}

fn main() {}
