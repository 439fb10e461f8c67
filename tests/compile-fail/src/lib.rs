//! The compile-fail cases of `#[derive(StatusRegistry)]` and `status!`, in `cases/`, run by
//! `tests/compile_fail.rs`. A package of their own, so that trybuild builds them against little
//! more than the runtime.
