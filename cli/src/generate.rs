//! `statusreg generate`: a formatted, self-contained Rust module for checked-in use.

use status_registry_codegen::model::Checked;
use status_registry_codegen::standalone;

use crate::Failure;
use crate::args::VendorSelection;

pub(crate) fn run(registry: &Checked, selection: &VendorSelection, origin: &str) -> Result<String, Failure> {
    let vendors: Vec<String> = match selection {
        VendorSelection::All => registry.vendors.iter().map(|v| v.id.value.clone()).collect(),
        VendorSelection::Some(ids) => {
            for id in ids {
                if !registry.vendors.iter().any(|v| v.id.value == *id) {
                    let known: Vec<&str> = registry.vendors.iter().map(|v| v.id.value.as_str()).collect();
                    return Err(Failure::Usage(format!(
                        "unknown vendor `{id}`; use `all`, `none` or ids from {}",
                        known.join(", ")
                    )));
                }
            }
            ids.clone()
        }
    };
    standalone::file(registry, &vendors, origin).map_err(|e| internal(&e))
}

fn internal(error: &dyn std::fmt::Display) -> Failure {
    Failure::Failed(format!("statusreg: internal error: generated code does not parse: {error}"))
}
