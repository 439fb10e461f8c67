//! The registry that ships with the crates loads cleanly and is the one at the workspace root.

use status_registry_codegen::{EMBEDDED, load};

#[test]
fn the_embedded_registry_is_valid() {
    let checked = load(EMBEDDED, "registry.yaml").unwrap_or_else(|d| panic!("{d}"));
    assert!(checked.statuses.len() > 100);
    assert!(checked.vendors.len() >= 15);
}

#[test]
fn the_packaged_copy_is_the_workspace_registry() {
    // model/registry.yaml is the copy `status-registry-regen` writes so that `cargo package` ships
    // the file; a copy that drifted from the root file would silently generate stale code.
    let root = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../registry.yaml")).unwrap();
    assert_eq!(EMBEDDED, root);
}

#[test]
fn statuses_are_ordered_by_code_then_precedence() {
    let checked = load(EMBEDDED, "registry.yaml").unwrap();
    // Precedence: IANA first, then the vendors in the order they are declared.
    let keys: Vec<(u16, usize)> =
        checked.statuses.iter().map(|s| (s.entry.code.value, s.vendor.map_or(0, |v| v + 1))).collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(keys, sorted);
}
