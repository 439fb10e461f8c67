//! Compile-fail cases that need `status-registry` with its `http` and `serde` features off: asking a
//! derived enum for interop without the feature names the feature. Run by `cargo test -p
//! status-registry-macros`, where nothing turns those features on; rewrite the expected output with
//! `TRYBUILD=overwrite`.

#[cfg(not(any(feature = "http", feature = "serde")))]
#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
