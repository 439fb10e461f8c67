//! No table has a fixed capacity: the crates build against a registry that fills every free code
//! 100..=999 (about 900 statuses over all the vendors, made by `scripts/synthetic_registry.py` in a
//! copy of the workspace; registry.yaml is untouched), and a program checks lookups, phrases,
//! names and parsing for every code.

use std::process::Command;

use crate::common;

/// The user program: every code 100..=999 resolves with all vendors on, prints and parses back,
/// and every synthetic status is found by its phrase, alias and name.
const CHECK: &str = r#"
use status_registry::{Status, StatusCode, Vendor};

fn main() {
    let mut synthetic = 0;
    for code in 100..=999u16 {
        let status = StatusCode::from(code);
        assert!(status.is_registered(), "{code} has no meaning");
        assert_eq!(status.to_string().parse::<StatusCode>(), Ok(status), "{code}");
        assert_eq!(status.name().parse::<StatusCode>().map(|s| s.code()), Ok(code), "{code}");
        if status.reason() == format!("Synthetic Status {code}") {
            synthetic += 1;
            assert_eq!(status.reason().parse::<StatusCode>(), Ok(status));
            assert_eq!(format!("generated {code}").parse::<StatusCode>(), Ok(status));
            let vendor = status.vendor().expect("synthetic statuses belong to a vendor");
            assert_eq!(StatusCode::lookup_in(vendor, code), Some(status));
        }
    }
    assert!(StatusCode::ALL.windows(2).all(|w| w[0] <= w[1]));
    println!("statuses {} synthetic {synthetic} vendors {}", StatusCode::ALL.len(), Vendor::ALL.len());
}
"#;

#[test]
fn every_free_code_filled_builds_and_resolves() {
    let workspace = common::workspace();
    let out = Command::new("python3")
        .arg(workspace.join("scripts/synthetic_registry.py"))
        .args(["--statuses", "all"])
        .output()
        .expect("python3 runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let registry = String::from_utf8(out.stdout).unwrap();
    let checked = status_registry_codegen::load(&registry, "synthetic.yaml").expect("the synthetic registry is valid");
    let total = checked.statuses.len();
    let real = status_registry_codegen::embedded().unwrap().statuses.len();
    assert!(total > 900, "{total} statuses");

    let root = common::copy_workspace("scale-check", &registry, &["all-vendors"], CHECK, "fn main() {}");
    let printed = common::run_program(&root, "user");
    let vendors = checked.vendors.len();
    assert!(vendors >= 16, "{vendors} vendors");
    assert_eq!(printed, format!("statuses {total} synthetic {} vendors {vendors}\n", total - real));
}
