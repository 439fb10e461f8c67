use status_registry::StatusRegistry;

#[derive(StatusRegistry, Clone, Copy)]
enum Empty {
    #[status()]
    Ok,
}

#[derive(StatusRegistry, Clone, Copy)]
enum Quoted {
    #[status("404")]
    Missing,
}

#[derive(StatusRegistry, Clone, Copy)]
#[status_registry(crate = "not a path")]
enum Path {
    Ok,
}

#[derive(StatusRegistry, Clone, Copy)]
#[status_registry(extend_inline = "statuses: []", extend_inline = "statuses: []")]
enum Twice {
    Ok,
}

#[derive(StatusRegistry, Clone, Copy)]
#[repr(u16)]
enum Computed {
    Ok = 100 + 100,
    Created = 201,
}

// A raw identifier names the status without the `r#`.
#[derive(StatusRegistry, Clone, Copy)]
enum Raw {
    r#Ok,
    NotFnd,
}

fn main() {}
