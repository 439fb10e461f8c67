//! Compile-fail cases: each mistake a user can make with the derive or `status!` fails with one
//! precise message, spanned on the cause. The expected output is in `ui/*.stderr`; run with
//! `TRYBUILD=overwrite` to rewrite it after an intended change, and review the diff.
//!
//! Cases that name vendor codes expect their features off, so they run only without vendors.

#[cfg(not(feature = "all-vendors"))]
#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("ui/*.rs");
}
