use status_registry::{status, StatusCode, StatusRegistry};

const SUFFIX: StatusCode = status!(404u8);
const HEX: StatusCode = status!(0x194);
const NAME: StatusCode = status!(x);
const NEGATIVE: StatusCode = status!(-1);
const STRING: StatusCode = status!("404");

#[derive(StatusRegistry, Clone, Copy)]
enum Api {
    #[status(0x194)]
    Missing,
    #[status(-1)]
    Negative,
}

fn main() {}
