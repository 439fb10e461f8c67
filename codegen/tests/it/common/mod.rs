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

/// Lays out `target/<name>/` with the three crates, `registry` as its registry.yaml, a package
/// `user` whose `src/main.rs` is `main_rs`, depending on status-registry with its default features
/// and `features`, and a package `lean` whose `src/main.rs` is `lean_rs`, depending on it without
/// default features (no proc-macro) and with `std`.
pub fn copy_workspace(name: &str, registry: &str, features: &[&str], main_rs: &str, lean_rs: &str) -> PathBuf {
    let workspace = workspace();
    let root = workspace.join("target").join(name);
    for crate_dir in ["model", "codegen", "macros", "runtime"] {
        // The sources and the docs they include; a file moved or removed since the last run must
        // not stay in the copy.
        for part in ["src", "docs"] {
            let _ = std::fs::remove_dir_all(root.join(crate_dir).join(part));
            if workspace.join(crate_dir).join(part).is_dir() {
                copy_dir(&workspace.join(crate_dir).join(part), &root.join(crate_dir).join(part));
            }
        }
        std::fs::copy(workspace.join(crate_dir).join("Cargo.toml"), root.join(crate_dir).join("Cargo.toml")).unwrap();
    }
    write_registry(&root, registry);
    std::fs::copy(workspace.join("Cargo.lock"), root.join("Cargo.lock")).unwrap();
    let manifest = std::fs::read_to_string(workspace.join("Cargo.toml")).unwrap();
    let members_line = manifest.lines().find(|l| l.starts_with("members")).unwrap();
    let manifest =
        manifest.replace(members_line, r#"members = ["model", "codegen", "macros", "runtime", "user", "lean"]"#);
    std::fs::write(root.join("Cargo.toml"), manifest).unwrap();
    let features: Vec<String> = features.iter().map(|f| format!("\"{f}\"")).collect();
    let package = |name: &str, dependency: &str, main: &str| {
        std::fs::create_dir_all(root.join(name).join("src")).unwrap();
        std::fs::write(
            root.join(name).join("Cargo.toml"),
            format!(
                "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
                 [dependencies]\nstatus-registry = {{ path = \"../runtime\", {dependency} }}\n"
            ),
        )
        .unwrap();
        std::fs::write(root.join(name).join("src/main.rs"), main).unwrap();
    };
    package("user", &format!("features = [{}]", features.join(", ")), main_rs);
    package("lean", "default-features = false, features = [\"std\"]", lean_rs);
    root
}

/// Replaces the copy's registry, and nothing else: the default build reads it at compile time.
/// Writes `registry` as the copy's registry.yaml and as the model crate's copy of it, which the
/// crates embed (as `cargo run -p status-registry-regen` keeps them equal).
pub fn write_registry(root: &Path, registry: &str) {
    std::fs::create_dir_all(root.join("model")).unwrap();
    std::fs::write(root.join("registry.yaml"), registry).unwrap();
    std::fs::write(root.join("model").join("registry.yaml"), registry).unwrap();
}

/// Regenerates the copy's checked-in rows (`runtime/src/builtin_rows.rs`) from its registry, as
/// `cargo run -p status-registry-regen` does.
pub fn regenerate_rows(root: &Path) {
    let registry = std::fs::read_to_string(root.join("registry.yaml")).unwrap();
    let checked = status_registry_codegen::load(&registry, "registry.yaml").unwrap_or_else(|d| panic!("{d}"));
    std::fs::write(root.join("runtime/src/builtin_rows.rs"), status_registry_codegen::render::builtin_file(&checked))
        .unwrap();
}

/// Builds and runs the package `package`; its stdout. Each copy builds in its own `target/`, even
/// when `CARGO_TARGET_DIR` names a shared one: the copies' programs have the same names, and tests
/// that build two copies at once would otherwise write and run each other's binaries.
pub fn run_program(root: &Path, package: &str) -> String {
    let out = Command::new(env!("CARGO"))
        .args(["run", "--quiet", "--offline", "-p", package])
        .current_dir(root)
        .env("CARGO_TARGET_DIR", root.join("target"))
        .env_remove("RUSTFLAGS")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// What `cargo tree` shows of the normal and build dependencies of `package`.
pub fn tree(root: &Path, package: &str) -> String {
    let out = Command::new(env!("CARGO"))
        .args(["tree", "--offline", "-p", package, "-e", "normal,build"])
        .current_dir(root)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}
