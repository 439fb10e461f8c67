//! Compile-fail cases that need `status-registry` with its `http` and `serde` features off: asking a
//! derived enum for interop without the feature names the feature. trybuild builds the cases in a
//! workspace of their own, against the runtime with only the features this package's
//! dev-dependency names, whatever else the build turns on; rewrite the expected output with
//! `TRYBUILD=overwrite`.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
