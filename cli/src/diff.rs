//! `statusreg diff --iana FILE.csv`: the registry's IANA codes against IANA's own export.

use std::fmt::Write as _;

use status_registry_codegen::iana;
use status_registry_codegen::model::Checked;

use crate::{Failure, Output, read_text};

pub(crate) fn run(registry: &Checked, csv: &str) -> Result<Output, Failure> {
    let text = read_text(csv)?;
    let export = iana::parse_csv(&text).map_err(|e| Failure::Failed(format!("{csv}: {e}")))?;
    let differences = iana::diff(registry, &export);
    let mut out = String::new();
    for difference in &differences {
        let _ = writeln!(out, "{difference}");
    }
    let count = differences.len();
    if count == 0 {
        let _ = writeln!(
            out,
            "{csv}: no differences: {} assigned codes and {} unassigned ranges agree with the registry",
            export.assigned.len(),
            export.unassigned.len()
        );
    } else {
        let noun = if count == 1 { "difference" } else { "differences" };
        let _ = writeln!(out, "{csv}: {count} {noun} from the registry");
    }
    Ok(Output { text: out, errors: String::new(), complete: count == 0 })
}
