use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
enum Api {
    #[status(503, reason = " Padded ")]
    Padded,
    #[status(502, reason = "Not Found")]
    Hijack,
    #[status(504, reason = "Two  spaces")]
    Spaced,
    #[status(500, reason = "Tab\there")]
    Tabbed,
    #[status(501, reason = "Down for now")]
    DownA,
    #[status(505, reason = "Down for now")]
    DownB,
}

fn main() {}
