//! The cargo features of `status-registry` stay in step with the vendors of the registry, and the
//! test matrix runs with the vendors it claims to.

use status_registry::Vendor;

const RUNTIME_MANIFEST: &str = include_str!("../../../runtime/Cargo.toml");

fn declared_features() -> Vec<String> {
    let section = RUNTIME_MANIFEST.split("[features]").nth(1).unwrap();
    let section = section.split("\n[").next().unwrap();
    section
        .lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
        .collect()
}

#[test]
fn every_vendor_has_a_feature_and_all_vendors_lists_them() {
    let features = declared_features();
    let vendor_features: Vec<String> = features.iter().filter(|f| f.starts_with("vendor-")).cloned().collect();
    let expected: Vec<String> = Vendor::ALL.iter().map(|v| v.feature().to_owned()).collect();
    assert_eq!(vendor_features, expected, "runtime/Cargo.toml lists the vendor features in registry order");
    let all_line = RUNTIME_MANIFEST.lines().find(|l| l.starts_with("all-vendors")).unwrap();
    for feature in &expected {
        assert!(all_line.contains(&format!("\"{feature}\"")), "all-vendors misses {feature}");
    }
    assert!(features.contains(&"std".to_owned()));
}

#[test]
fn vendor_features_default_to_off() {
    let default = RUNTIME_MANIFEST.lines().find(|l| l.starts_with("default")).unwrap();
    assert_eq!(default, "default = [\"std\", \"macros\"]");
}

/// Turning on a vendor, `http` or `serde` tells the macros about it when they are built, and never
/// builds them: a program without `macros` compiles no proc-macro whatever else it enables.
#[test]
fn only_the_macros_feature_builds_the_macros() {
    let section = RUNTIME_MANIFEST.split("[features]").nth(1).unwrap();
    for line in section.lines().filter(|l| l.contains("status-registry-macros")) {
        let (feature, _) = line.split_once('=').unwrap();
        if feature.trim() == "macros" {
            assert_eq!(line, "macros = [\"dep:status-registry-macros\"]");
        } else {
            assert!(line.contains("\"status-registry-macros?/"), "{} must forward with `?`: {line}", feature.trim());
        }
    }
    let dependency = RUNTIME_MANIFEST.lines().find(|l| l.starts_with("status-registry-macros")).unwrap();
    assert!(dependency.contains("optional = true"), "{dependency}");
}

/// The test script sets `STATUS_REGISTRY_EXPECT_VENDORS` to `none`, `all` or one vendor for each
/// run of the matrix; feature unification must not have changed what the run tests. In every run,
/// a vendor is enabled exactly when its codes are in `StatusCode::ALL`.
#[test]
fn the_matrix_runs_with_the_vendors_it_claims() {
    for vendor in Vendor::ALL.iter().copied() {
        let has_codes = status_registry::StatusCode::ALL.iter().any(|s| s.vendor() == Some(vendor));
        assert_eq!(vendor.is_enabled(), has_codes, "{vendor}");
    }
    let enabled = Vendor::ALL.iter().filter(|v| v.is_enabled()).count();
    match std::env::var("STATUS_REGISTRY_EXPECT_VENDORS").as_deref() {
        Ok("none") => assert_eq!(enabled, 0),
        Ok("all") => assert_eq!(enabled, Vendor::ALL.len()),
        Ok(other) => {
            let vendor = Vendor::from_id(other).unwrap();
            assert!(vendor.is_enabled());
            assert_eq!(enabled, 1);
        }
        Err(_) => {}
    }
}
