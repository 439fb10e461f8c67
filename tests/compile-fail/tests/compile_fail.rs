//! Compile-fail cases: each mistake a user can make with the derive or `status!` fails with one
//! precise message, spanned on the cause. The expected output is in `cases/*.stderr`; run with
//! `TRYBUILD=overwrite` to rewrite it after an intended change, and review the diff.

#[test]
fn cases() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("cases/*.rs");
}
