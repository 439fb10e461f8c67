//! `statusreg diff --iana FILE.csv`: the registry's IANA codes against IANA's own export.

use status_registry_codegen::iana;
use status_registry_codegen::model::Checked;

use crate::{Failure, Output, read_text};

pub(crate) fn run(registry: &Checked, csv: &str) -> Result<Output, Failure> {
    let text = read_text(csv)?;
    let export = iana::parse_csv(&text).map_err(|e| Failure::Failed(format!("{csv}: {e}")))?;
    let differences = iana::diff(registry, &export);
    let mut out = String::new();
    for difference in &differences {
        out.push_str(&difference.to_string());
        out.push('\n');
    }
    let count = differences.len();
    if count == 0 {
        out.push_str(&format!(
            "{csv}: no differences: {} assigned codes and {} unassigned ranges agree with the registry\n",
            export.assigned.len(),
            export.unassigned.len()
        ));
    } else {
        let noun = if count == 1 { "difference" } else { "differences" };
        out.push_str(&format!("{csv}: {count} {noun} from the registry\n"));
    }
    Ok(Output { text: out, complete: count == 0 })
}
