//! `statusreg check`: validate a registry or extension file with the macro's located errors.

use status_registry_codegen::model::Checked;

use crate::{Failure, read_bytes};

pub(crate) fn run(file: &str, extension: bool, base: &Checked) -> Result<String, Failure> {
    let bytes = read_bytes(file)?;
    let checked = status_registry_codegen::decode(&bytes, file).and_then(|source| {
        if extension {
            status_registry_codegen::load_extension(source, file, base)
        } else {
            status_registry_codegen::load(source, file)
        }
    });
    match checked {
        Ok(checked) => {
            let kind = if extension { "extension file" } else { "registry" };
            Ok(format!(
                "{file}: valid {kind}: {} statuses, {} vendors\n",
                checked.statuses.len(),
                checked.vendors.len()
            ))
        }
        Err(diags) => {
            let count = diags.len();
            let noun = if count == 1 { "error" } else { "errors" };
            Err(Failure::Failed(format!("{diags}\n{file}: {count} {noun}")))
        }
    }
}
