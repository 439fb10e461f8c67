//! What the runtime makes a user compile, by feature: the list every clean build pays for.
//! ARCHITECTURE.md ("Dependencies and why") gives the reason for each crate; a crate that joins
//! these lists has to earn a line there, and this test is where it shows up first.

use std::path::Path;
use std::process::Command;

/// The packages `cargo tree` lists for status-registry's normal and build dependencies with
/// `args` as its feature flags, each once, sorted.
fn packages(args: &[&str]) -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .args(["tree", "--offline", "--quiet", "-p", "status-registry", "-e", "normal,build", "--prefix", "none"])
        .args(args)
        .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(".."))
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "cargo tree {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    let mut names: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Default features: the runtime and the proc-macro, which parses the derive's input with `syn`.
#[test]
fn the_default_build_compiles_the_proc_macro_path_and_nothing_else() {
    assert_eq!(
        packages(&[]),
        [
            "heck",
            "proc-macro2",
            "quote",
            "status-registry",
            "status-registry-codegen",
            "status-registry-macros",
            "status-registry-model",
            "syn",
            "unicode-ident"
        ]
    );
}

/// Without `macros`, nothing but the runtime.
#[test]
fn without_macros_the_runtime_stands_alone() {
    assert_eq!(packages(&["--no-default-features", "--features", "std"]), ["status-registry"]);
}

/// `serde` brings serde's traits alone (`serde_core`), never `serde` itself, which would make the
/// runtime wait for `serde_derive` in every build that turns serde's `derive` on.
#[test]
fn serde_brings_the_traits_without_the_derive() {
    assert_eq!(packages(&["--no-default-features", "--features", "serde"]), ["serde_core", "status-registry"]);
    let with_problem = packages(&["--no-default-features", "--features", "problem"]);
    assert!(with_problem.iter().all(|p| p != "serde_derive" && p != "serde"), "{with_problem:?}");
}

/// `tracing` adds the tracing crates and nothing else; without it, the retry adapters bring what
/// they did before the feature existed (no `tracing` of their own).
#[test]
fn tracing_adds_the_tracing_crates_alone() {
    let without = packages(&["--no-default-features", "--features", "tower-retry"]);
    let with = packages(&["--no-default-features", "--features", "tower-retry,tracing"]);
    assert!(!without.iter().any(|p| p == "tracing"), "{without:?}");
    let added: Vec<&String> = with.iter().filter(|p| !without.contains(p)).collect();
    assert_eq!(added, ["once_cell", "tracing", "tracing-core"]);
}
