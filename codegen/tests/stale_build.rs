//! Editing registry.yaml must change what the next build generates. This builds a copy of the
//! workspace's codegen, macros and runtime with a small program that prints one status, edits the
//! copy's registry, builds again, and checks that the program's output followed the edit.

mod common;

#[test]
fn editing_the_registry_changes_the_next_build() {
    let registry = std::fs::read_to_string(common::workspace().join("registry.yaml")).unwrap();
    let main_rs = "fn main() {\n    println!(\"{}\", status_registry::StatusCode::from(404));\n}\n";
    let root = common::copy_workspace("stale-build-check", &registry, &[], main_rs);

    assert_eq!(common::run_program(&root), "404 Not Found\n");
    let edited = registry.replacen("    reason: Not Found\n", "    reason: Not Found Here\n", 1);
    assert_ne!(edited, registry);
    common::write_registry(&root, &edited);
    assert_eq!(common::run_program(&root), "404 Not Found Here\n", "the build did not follow the registry edit");
    // Put the copy back, so the next run starts from the real registry again.
    common::write_registry(&root, &registry);
}
