//! The compile-fail cases of `#[derive(StatusRegistry)]` and `status!`, in
//! `tests/compile-fail/cases/`, run by `tests/compile-fail/tests/compile_fail.rs`. A package of
//! their own, so that trybuild builds them against little more than the runtime.
