//! Editing registry.yaml must change what the next build generates. This builds a copy of the
//! workspace's codegen, macros and runtime with a small program that prints one status, edits the
//! copy's registry, builds again, and checks that the program's output followed the edit.

use std::path::Path;
use std::process::Command;

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        let kind = entry.file_type().unwrap();
        if kind.is_dir() {
            copy_dir(&entry.path(), &target);
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn run_program(root: &Path) -> String {
    let out = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--offline", "-p", "user"])
        .current_dir(root)
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn editing_the_registry_changes_the_next_build() {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    // Under target/, so the copy's build is reused by later runs and cleaned with the workspace.
    let root = workspace.join("target").join("stale-build-check");
    for crate_dir in ["codegen", "macros", "runtime"] {
        copy_dir(&workspace.join(crate_dir).join("src"), &root.join(crate_dir).join("src"));
        std::fs::copy(workspace.join(crate_dir).join("Cargo.toml"), root.join(crate_dir).join("Cargo.toml")).unwrap();
    }
    let registry = std::fs::read_to_string(workspace.join("registry.yaml")).unwrap();
    std::fs::write(root.join("registry.yaml"), &registry).unwrap();
    let link = root.join("codegen").join("registry.yaml");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink("../registry.yaml", &link).unwrap();
    if std::fs::metadata(workspace.join("Cargo.lock")).is_ok() {
        std::fs::copy(workspace.join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
    }
    let manifest = std::fs::read_to_string(workspace.join("Cargo.toml")).unwrap();
    let members_line = manifest.lines().find(|l| l.starts_with("members")).unwrap();
    let manifest = manifest.replace(members_line, r#"members = ["codegen", "macros", "runtime", "user"]"#);
    std::fs::write(root.join("Cargo.toml"), manifest).unwrap();
    std::fs::create_dir_all(root.join("user/src")).unwrap();
    std::fs::write(
        root.join("user/Cargo.toml"),
        "[package]\nname = \"user\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nstatus-registry = { path = \"../runtime\" }\n",
    )
    .unwrap();
    std::fs::write(
        root.join("user/src/main.rs"),
        "fn main() {\n    println!(\"{}\", status_registry::StatusCode::from(404));\n}\n",
    )
    .unwrap();

    assert_eq!(run_program(&root), "404 Not Found\n");
    let edited = registry.replacen("    reason: Not Found\n", "    reason: Not Found Here\n", 1);
    assert_ne!(edited, registry);
    std::fs::write(root.join("registry.yaml"), &edited).unwrap();
    assert_eq!(run_program(&root), "404 Not Found Here\n", "the build did not follow the registry edit");
    // Put the copy back, so the next run starts from the real registry again.
    std::fs::write(root.join("registry.yaml"), &registry).unwrap();
}
