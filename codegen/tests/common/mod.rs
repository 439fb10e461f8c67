//! A copy of the workspace's codegen, macros and runtime with a user program, for tests that must
//! build the crates against another registry. The copy lives under `target/`, so its build is
//! reused by later runs and cleaned with the workspace.

#![allow(dead_code, unreachable_pub)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The workspace root.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

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

/// Lays out `target/<name>/` with the three crates, `registry` as its registry.yaml, and a
/// package `user` whose `src/main.rs` is `main_rs`, depending on status-registry with `features`.
pub fn copy_workspace(name: &str, registry: &str, features: &[&str], main_rs: &str) -> PathBuf {
    let workspace = workspace();
    let root = workspace.join("target").join(name);
    for crate_dir in ["codegen", "macros", "runtime"] {
        copy_dir(&workspace.join(crate_dir).join("src"), &root.join(crate_dir).join("src"));
        std::fs::copy(workspace.join(crate_dir).join("Cargo.toml"), root.join(crate_dir).join("Cargo.toml")).unwrap();
    }
    write_registry(&root, registry);
    let link = root.join("codegen").join("registry.yaml");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink("../registry.yaml", &link).unwrap();
    std::fs::copy(workspace.join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
    let manifest = std::fs::read_to_string(workspace.join("Cargo.toml")).unwrap();
    let members_line = manifest.lines().find(|l| l.starts_with("members")).unwrap();
    let manifest = manifest.replace(members_line, r#"members = ["codegen", "macros", "runtime", "user"]"#);
    std::fs::write(root.join("Cargo.toml"), manifest).unwrap();
    std::fs::create_dir_all(root.join("user/src")).unwrap();
    let features: Vec<String> = features.iter().map(|f| format!("\"{f}\"")).collect();
    std::fs::write(
        root.join("user/Cargo.toml"),
        format!(
            "[package]\nname = \"user\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
             [dependencies]\nstatus-registry = {{ path = \"../runtime\", features = [{}] }}\n",
            features.join(", ")
        ),
    )
    .unwrap();
    std::fs::write(root.join("user/src/main.rs"), main_rs).unwrap();
    root
}

/// Replaces the copy's registry, and regenerates its runtime's `src/builtin.rs` from it as
/// `statusreg builtin` would.
pub fn write_registry(root: &Path, registry: &str) {
    std::fs::create_dir_all(root).unwrap();
    std::fs::write(root.join("registry.yaml"), registry).unwrap();
    let checked = status_registry_codegen::load(registry, "registry.yaml").unwrap_or_else(|d| panic!("{d}"));
    let builtin = status_registry_codegen::render::builtin_file(&checked).unwrap();
    let path = root.join("runtime/src/builtin.rs");
    // Rewritten only when it changes, so cargo does not rebuild the runtime for nothing.
    if std::fs::read_to_string(&path).ok().as_deref() != Some(builtin.as_str()) {
        std::fs::write(path, builtin).unwrap();
    }
}

/// Builds and runs the user program; its stdout.
pub fn run_program(root: &Path) -> String {
    let out = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--offline", "-p", "user"])
        .current_dir(root)
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}
