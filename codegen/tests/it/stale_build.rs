//! Editing registry.yaml changes the next build of a program with default features once the model
//! crate's copy of it follows (the regen command writes that copy, and CI checks it is fresh), with
//! nothing else regenerated: the proc-macro reads the registry at compile time, for the built-in
//! `StatusCode` and for the derive. A program without the `macros` feature builds no proc-macro at
//! all and uses the checked-in rows, which follow the registry once regenerated.
//!
//! This builds a copy of the workspace's codegen, macros and runtime with two small programs,
//! edits the copy's registry, builds again, and checks what each printed.

use crate::common;

const MAIN_RS: &str = r#"
#[derive(status_registry::StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Api {
    #[status(404)]
    Missing,
}

fn main() {
    println!("{}", status_registry::StatusCode::from(404));
    println!("{}", Api::Missing);
    println!("{:?}", status_registry::StatusCode::from(298));
}
"#;

const LEAN_RS: &str = r#"
fn main() {
    println!("{}", status_registry::StatusCode::from(404));
}
"#;

/// A new code, 298, in the same schema as every other entry.
const NEW_ENTRY: &str = "
  - code: 298
    reason: Test Entry
    reason_ja: 試験
    spec: RFC 9110, Section 15.3
    lifecycle: registered
    retry: never
    description:
      en: An entry added by the stale-build test.
      ja: 試験で加えた項目です。
";

#[test]
fn editing_the_registry_changes_the_next_build() {
    let registry = std::fs::read_to_string(common::workspace().join("registry.yaml")).unwrap();
    let root = common::copy_workspace("stale-build-check", &registry, &[], MAIN_RS, LEAN_RS);
    common::regenerate_rows(&root);

    assert_eq!(common::run_program(&root, "user"), "404 Not Found\n404 Not Found\nUnregistered(298)\n");
    assert_eq!(common::run_program(&root, "lean"), "404 Not Found\n");

    let edited = registry.replacen("    reason: Not Found\n", "    reason: Not Found Here\n", 1);
    assert_ne!(edited, registry);
    let edited = edited.replacen("\n  - code: 300\n", &format!("{NEW_ENTRY}\n  - code: 300\n"), 1);
    assert!(edited.contains("code: 298"));
    common::write_registry(&root, &edited);
    assert_eq!(
        common::run_program(&root, "user"),
        "404 Not Found Here\n404 Not Found Here\nTestEntry\n",
        "the default build did not follow the registry edit"
    );

    // The lean build compiles no proc-macro; it reads the checked-in rows, which the one
    // regeneration command brings up to date.
    let tree = common::tree(&root, "lean");
    assert!(tree.contains("status-registry v"), "{tree}");
    assert!(!tree.contains("(proc-macro)") && !tree.contains("status-registry-macros"), "{tree}");
    assert!(common::tree(&root, "user").contains("status-registry-macros v"), "the default build has the macro");
    assert_eq!(common::run_program(&root, "lean"), "404 Not Found\n");
    common::regenerate_rows(&root);
    assert_eq!(common::run_program(&root, "lean"), "404 Not Found Here\n");

    // Put the copy back, so the next run starts from the real registry again.
    common::write_registry(&root, &registry);
    common::regenerate_rows(&root);
}
