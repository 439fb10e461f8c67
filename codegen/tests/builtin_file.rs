//! The runtime's `src/builtin.rs` is what the generator makes of `registry.yaml` today. Run with
//! `UPDATE_SNAPSHOTS=1` to rewrite it after changing the registry or the generator.

use std::path::Path;

#[test]
fn the_checked_in_builtin_module_is_current() {
    let checked = status_registry_codegen::embedded().expect("the embedded registry is valid");
    let generated = status_registry_codegen::render::builtin_file(checked).expect("the generated module parses");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/src/builtin.rs");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    if checked_in != generated {
        let line = checked_in
            .lines()
            .zip(generated.lines())
            .position(|(a, b)| a != b)
            .map_or_else(|| checked_in.lines().count().min(generated.lines().count()) + 1, |index| index + 1);
        panic!(
            "runtime/src/builtin.rs is out of date with registry.yaml (first difference at line {line}); \
             regenerate it with `UPDATE_SNAPSHOTS=1 cargo test -p status-registry-codegen --test builtin_file` \
             or `cargo run --bin statusreg -- builtin > runtime/src/builtin.rs`"
        );
    }
}
