//! Editing registry.yaml must change what the next build generates, on both paths: the runtime's
//! checked-in `src/builtin.rs` (regenerated from the registry, as `statusreg builtin` does) and the
//! derive, which reads the registry at compile time. This builds a copy of the workspace's
//! codegen, macros and runtime with a small program that prints one status each way, edits the
//! copy's registry, builds again, and checks that both outputs followed the edit.

mod common;

const MAIN_RS: &str = r#"
#[derive(status_registry::StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Api {
    #[status(404)]
    Missing,
}

fn main() {
    println!("{}", status_registry::StatusCode::from(404));
    println!("{}", Api::Missing);
}
"#;

#[test]
fn editing_the_registry_changes_the_next_build() {
    let registry = std::fs::read_to_string(common::workspace().join("registry.yaml")).unwrap();
    let root = common::copy_workspace("stale-build-check", &registry, &[], MAIN_RS);

    assert_eq!(common::run_program(&root), "404 Not Found\n404 Not Found\n");
    let edited = registry.replacen("    reason: Not Found\n", "    reason: Not Found Here\n", 1);
    assert_ne!(edited, registry);
    common::write_registry(&root, &edited);
    assert_eq!(
        common::run_program(&root),
        "404 Not Found Here\n404 Not Found Here\n",
        "the build did not follow the registry edit"
    );
    // Put the copy back, so the next run starts from the real registry again.
    common::write_registry(&root, &registry);
}
