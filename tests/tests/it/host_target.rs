//! What the derive and `status!` accept follows `status-registry` as compiled for the target, not
//! the features the host side asks for. The workspace in `tests/host-target/` has a package whose
//! build script and proc-macro use status-registry with nginx, serde, http and problem while its
//! own code has none of them (`gated`), and one the other way round (`allowed`). Cargo builds the
//! proc-macro once, for the host, with the union of the features of both sides (each interop's
//! generator is a feature of the proc-macro, which the runtime's feature of the same name turns
//! on); the runtime's gates decide.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("host-target")
}

/// Runs cargo in the workspace, with its own target directory so the main build's features stay
/// out of it.
fn cargo(args: &[&str]) -> Output {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/host-target");
    Command::new(cargo)
        .args(args)
        .arg("--target-dir")
        .arg(&target)
        .current_dir(workspace())
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs")
}

#[test]
fn the_target_side_decides_what_compiles() {
    let allowed = cargo(&["run", "--quiet", "-p", "allowed"]);
    assert!(allowed.status.success(), "{}", String::from_utf8_lossy(&allowed.stderr));
    assert_eq!(
        String::from_utf8_lossy(&allowed.stdout),
        "499 Client Closed Request 499 Client Closed Request 499 Ok(499) Client Closed Request\n"
    );

    let gated = cargo(&["build", "--quiet", "-p", "gated"]);
    assert!(!gated.status.success(), "`gated` compiled though its target side lacks nginx, serde and http");
    let stderr = String::from_utf8_lossy(&gated.stderr);
    let errors: Vec<&str> = stderr.lines().filter(|l| l.starts_with("error")).collect();
    assert_eq!(
        errors,
        [
            "error: `#[status_registry(http)]` needs feature `http` of status-registry; enable it in Cargo.toml: \
             status-registry = { version = \"0.6\", features = [\"http\"] }",
            "error: `#[status_registry(serde)]` needs feature `serde` of status-registry; enable it in Cargo.toml: \
             status-registry = { version = \"0.6\", features = [\"serde\"] }",
            "error: `#[status_registry(problem)]` needs feature `problem` of status-registry; enable it in \
             Cargo.toml: status-registry = { version = \"0.6\", features = [\"problem\"] }",
            "error: 499 is an nginx code; enable feature `vendor-nginx` of status-registry",
            "error: 499 is an nginx code; enable feature `vendor-nginx` of status-registry",
            "error: could not compile `gated` (bin \"gated\") due to 5 previous errors",
        ],
        "{stderr}"
    );
    // Each error points at what the user wrote.
    assert!(stderr.contains("gated/src/main.rs:7:14") && stderr.contains("gated/src/main.rs:11:42"), "{stderr}");
}
