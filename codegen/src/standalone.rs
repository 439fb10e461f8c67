//! A self-contained status module for projects that check generated code in instead of running a
//! proc-macro (`statusreg generate`).
//!
//! The vendors are chosen when the file is generated, so the output has no `#[cfg]` and no
//! dependency: only `core`. What it generates is rows, the built-in rows of the chosen vendors as
//! the model crate's writer spells them (`module_rows`); everything else is the runtime's own code,
//! copied from its sources into inline modules: the row grammar and the declarations of `Vendor`
//! and `StatusCode` (`status_enum.rs`), their tables, methods and impls (`status_core.rs`), the
//! record and its parts (`info.rs`, `keywords.rs`, `rules.rs`), `Unregistered`, `Class`, the parse
//! errors, the tables filled at compile time and the parsing and `Display` of status text. Those
//! files use only `core` and their parent module, and codegen embeds the copies of them that
//! `status-registry-regen` writes into `src/shared/`, without their unit tests, the examples of
//! their docs and `#[macro_export]`.

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::Checked;
use status_registry_model::builtin::module_rows;

/// The runtime's files the module carries, each as an inline module of that name.
const SHARED: [(&str, &str); 10] = [
    ("class", include_str!("shared/class.rs")),
    ("error", include_str!("shared/error.rs")),
    ("info", include_str!("shared/info.rs")),
    ("keywords", include_str!("shared/keywords.rs")),
    ("rules", include_str!("shared/rules.rs")),
    ("status_core", include_str!("shared/status_core.rs")),
    ("status_enum", include_str!("shared/status_enum.rs")),
    ("tables", include_str!("shared/tables.rs")),
    ("text", include_str!("shared/text.rs")),
    ("unregistered", include_str!("shared/unregistered.rs")),
];

/// The items around the rows: the shared modules' types, at the module's root as in the crate.
fn items() -> TokenStream {
    quote! {
        pub use self::class::Class;
        pub use self::error::{ParseStatusErrorKind, ParseStatusError};
        pub use self::info::{Info, InfoRow, Lang};
        pub use self::keywords::{Level, Lifecycle, ParseLevelError, Retry};
        pub use self::rules::HeaderRule;
        pub use self::status_core::ParseVendorError;
        pub use self::unregistered::Unregistered;
        use self::status_enum::__status_row;
    }
}

/// `Vendor` and `StatusCode`, declared by the runtime's `vendors!` and `statuses!`
/// (`status_enum.rs`) from the rows of the model crate's writer: the vendors whose ids are in
/// `vendors`, and the IANA meanings with those of the kept vendors, one field a line, so a change
/// of one registry entry changes its row alone.
fn rows(checked: &Checked, vendors: &[String]) -> String {
    let (vendor_rows, status_rows) = module_rows(checked, vendors);
    format!(
        "status_enum::vendors! {{\n\
         \x20   self;\n\
         \x20   all;\n\
         \x20   /// A vendor whose codes this module was generated with; the declaration order is the\n\
         \x20   /// precedence used when vendors share a code.\n\
         \x20   enum Vendor;\n\
         {vendor_rows}}}\n\n\
         status_enum::statuses! {{\n\
         \x20   self;\n\
         \x20   /// An HTTP status code: every meaning this file was generated with, and\n\
         \x20   /// [`StatusCode::Unregistered`] for any other code, so that `From<u16>` is total.\n\
         \x20   ///\n\
         \x20   /// The IANA meanings come first, then each vendor's, each group by code; [`StatusCode::ALL`]\n\
         \x20   /// is by code. At a code with several meanings, `From<u16>` picks the IANA one, then\n\
         \x20   /// vendors in the registry's order; the others are reached by name or by their status line.\n\
         \x20   enum StatusCode {{\n\
         \x20       /// A code this file has no meaning for. Only [`StatusCode::from`] builds one, after\n\
         \x20       /// finding no variant for the code, so every code has one representation.\n\
         \x20       Unregistered,\n\
         \x20   }}\n\
         {status_rows}}}\n"
    )
}

/// A shared runtime file as an inline module, indented, without the header line of its copy.
fn shared_module(name: &str, source: &str) -> String {
    let code = source.split_once('\n').map_or(source, |(_, rest)| rest);
    let mut module = format!("mod {name} {{\n");
    for line in code.lines() {
        if !line.is_empty() {
            module.push_str("    ");
            module.push_str(line);
        }
        module.push('\n');
    }
    module.push_str("}\n");
    module
}

/// The whole file `statusreg generate` writes: a header naming the source, the vendors and the
/// command that regenerates it, the generated items, formatted, and the runtime's shared files.
///
/// # Errors
/// When the generated tokens are not a valid file, which would be a bug of the generator.
pub fn file(checked: &Checked, vendors: &[String], origin: &str) -> Result<String, syn::Error> {
    file_with(checked, vendors, origin, &SHARED)
}

/// [`file()`] with the given copies of the runtime's files (`(module, text of the copy)`, in the
/// order of the module), rather than those codegen was built with: the regeneration tool writes
/// the copies and the snapshot in one run.
///
/// # Errors
/// When the generated tokens are not a valid file, which would be a bug of the generator.
pub fn file_with(
    checked: &Checked,
    vendors: &[String],
    origin: &str,
    copies: &[(&str, &str)],
) -> Result<String, syn::Error> {
    let items = crate::render::pretty(items())?;
    let rows = rows(checked, vendors);
    let shown = if vendors.is_empty() { "none".to_owned() } else { vendors.join(",") };
    let shared: Vec<String> = copies.iter().map(|(name, source)| shared_module(name, source)).collect();
    Ok(format!(
        "// @generated by statusreg {} from {origin}; do not edit by hand.\n\
         // Vendors: {shown}. Regenerate with `statusreg generate --vendors {shown}`.\n\n\
         // A module of data and the code of status-registry's runtime that reads it, copied\n\
         // unchanged: a program rarely uses every item or re-export, the descriptions name products\n\
         // (WebDAV, nginx) rather than code, the digit arithmetic casts within checked ranges, and\n\
         // the functions that map every status have one line per status.\n\
         #![allow(dead_code, unused_imports, clippy::doc_markdown, clippy::cast_possible_truncation, clippy::too_many_lines)]\n\n{items}\n{rows}\n{}",
        env!("CARGO_PKG_VERSION"),
        shared.join("\n"),
    ))
}

#[cfg(test)]
mod tests {
    use super::{SHARED, shared_module};

    /// The copied files depend on nothing but `core` and the module they are copied into, carry
    /// neither the runtime's unit tests nor its exports, and start with their docs.
    #[test]
    fn the_shared_files_stand_alone() {
        for (name, source) in SHARED {
            let module = shared_module(name, source);
            assert!(!module.contains("crate::"), "{name}.rs refers to its crate");
            assert!(!module.contains("std::"), "{name}.rs uses std");
            // A `cfg` the module could meet is a feature or tests after the tests; `status_enum`'s
            // macro passes on the `cfg` of a row (`#[cfg($cfg)]`), which the module's rows lack.
            let conditional =
                module.match_indices("#[cfg(").any(|(at, found)| !module[at + found.len()..].starts_with('$'));
            assert!(!conditional, "{name}.rs has code after its tests, or a feature");
            assert!(module.starts_with(&format!("mod {name} {{\n    //! ")), "{name}.rs starts without its docs");
            assert!(
                !module.contains("#[macro_export]") && !module.contains("```"),
                "{name}.rs exports or has examples"
            );
        }
    }
}
