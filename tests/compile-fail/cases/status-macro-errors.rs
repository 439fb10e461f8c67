use status_registry::{status, StatusCode};

const UNREGISTERED: StatusCode = status!(799);
const DISABLED: StatusCode = status!(522);
const UNKNOWN_VENDOR: StatusCode = status!(cloudfare 522);
const WRONG_VENDOR: StatusCode = status!(nginx 522);
const MISSING: StatusCode = status!();

fn main() {}
