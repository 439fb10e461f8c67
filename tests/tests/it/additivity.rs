//! Cargo features are additive: the workspace in `tests/additivity/` has a crate `quiet` (one
//! vendor, its own serde and http impls) and a crate `loud` (every vendor and interop feature). Built
//! together, `quiet` must still compile, and every meaning its source gives must print the same as
//! when it is built alone.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("additivity")
}

/// Runs a binary of the additivity workspace; its own target directory keeps the main build's
/// features out of it.
fn run(package: &str) -> String {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/additivity");
    let out = Command::new(cargo)
        .args(["run", "--quiet", "-p", package, "--target-dir"])
        .arg(&target)
        .current_dir(workspace())
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "{package}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_crate_means_the_same_alone_and_beside_one_that_enables_everything() {
    let alone = run("quiet");
    assert!(alone.contains("member 499 Token Required = TokenRequired"), "{alone}");
    assert!(alone.contains("parse \"499\" = Ok(TokenRequired)"), "{alone}");
    let together = run("both");
    let (quiet_part, loud_part) = together.split_at(alone.len().min(together.len()));
    assert_eq!(quiet_part, alone, "quiet's meanings changed when loud joined the build");
    assert_eq!(loud_part, "edge 499 Client Closed Request json 499 back ClientClosed wire Ok(522)\n");
}
