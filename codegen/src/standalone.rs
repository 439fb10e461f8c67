//! A self-contained status module for projects that check generated code in instead of running a
//! proc-macro (`statusreg generate`).
//!
//! The vendors are chosen when the file is generated, so the output has no `#[cfg]` and no
//! dependency: only `core`. Its `StatusCode` is data (variants, records, the code of each) in the
//! runtime's declaration order; everything that reads the data is the runtime's own code, copied
//! unchanged from the runtime's sources into inline modules: `StatusCode`'s tables, methods and
//! impls (`status_core.rs`: `ALL`, `code`, `info`, `from_code`, `lookup`, `Display`, `FromStr`,
//! ...), `Unregistered` (`unregistered.rs`), `Class` (`class.rs`), the parse errors (`error.rs`),
//! the tables filled at compile time (`tables.rs`) and the parsing and `Display` of status text
//! (`text.rs`). Those files use only `core` and their parent module, and codegen embeds them
//! through the links in `src/shared/`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{Checked, CheckedEntry};
use crate::precedence;
use status_registry_model::docs::{DocContext, display_text, variant_doc};

/// The runtime's files the module carries, each as an inline module of that name.
const SHARED: [(&str, &str); 6] = [
    ("class", include_str!("shared/class.rs")),
    ("error", include_str!("shared/error.rs")),
    ("status_core", include_str!("shared/status_core.rs")),
    ("tables", include_str!("shared/tables.rs")),
    ("text", include_str!("shared/text.rs")),
    ("unregistered", include_str!("shared/unregistered.rs")),
];

/// `Some("text")` or `None`, fully qualified.
fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

/// An identifier at the call site.
fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The generated items for `checked`, keeping only IANA entries and those of the vendors whose
/// ids are in `vendors`. They refer to the shared modules, which [`file()`] adds.
#[must_use]
pub(crate) fn expand_standalone(checked: &Checked, vendors: &[String]) -> TokenStream {
    let enabled = |id: &str| vendors.iter().any(|v| v == id);
    let kept: Vec<&CheckedEntry> = precedence::declaration_order(&checked.statuses)
        .into_iter()
        .filter(|s| s.vendors.is_empty() || checked.vendors_of(s).iter().any(|v| enabled(&v.id.value)))
        .collect();

    let names: Vec<Ident> = kept.iter().map(|s| ident(&s.name)).collect();
    let docs = kept.iter().map(|s| {
        let lines = variant_doc(checked, s, DocContext::Generated);
        quote!( #( #[doc = #lines] )* )
    });
    let infos = kept.iter().map(|s| info(checked, s, &enabled));
    let codes: Vec<u16> = kept.iter().map(|s| s.entry.code.value).collect();

    quote! {
        pub use self::class::Class;
        pub use self::error::{ParseStatusErrorKind, ParseStatusError};
        pub use self::unregistered::Unregistered;

        /// An HTTP status code: every meaning this file was generated with, and
        /// [`StatusCode::Unregistered`] for any other code, so that `From<u16>` is total.
        ///
        /// The IANA meanings come first, then each vendor's, each group by code; [`StatusCode::ALL`]
        /// is by code. At a code with several meanings, `From<u16>` picks the IANA one, then
        /// vendors in the registry's order; the others are reached by name or by their status line.
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum StatusCode {
            #( #docs #names, )*
            /// A code this file has no meaning for. Only [`StatusCode::from`] builds one, after
            /// finding no variant for the code, so every code has one representation.
            Unregistered(Unregistered),
        }

        /// The variants numbered in declaration order; `Unregistered` is their count.
        enum Position {
            #( #names, )*
            Unregistered,
        }

        /// The number of variants, `Unregistered` aside.
        const ENABLED: usize = Position::Unregistered as usize;

        /// The variants in declaration order.
        const DECLARED: [StatusCode; ENABLED] = [ #( StatusCode::#names ),* ];

        /// The code of each variant by position, and one slot, never read, for `Unregistered`.
        static CODES: [u16; ENABLED + 1] = [ #( #codes, )* 0 ];

        /// The record of each variant, by position.
        static INFOS: [Info; ENABLED] = [ #( #infos, )* ];

        impl StatusCode {
            /// The variant's position in declaration order; `ENABLED` for `Unregistered`.
            const fn position(self) -> usize {
                match self {
                    #( StatusCode::#names => Position::#names as usize, )*
                    StatusCode::Unregistered(_) => Position::Unregistered as usize,
                }
            }
        }

        /// What the registry records about one status.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct Info {
            /// The numeric code.
            pub code: u16,
            /// The variant name (`NotFound`).
            pub name: &'static str,
            /// The reason phrase (`Not Found`).
            pub reason: &'static str,
            /// The Display form (`404 Not Found`).
            pub text: &'static str,
            /// Other phrases that parse to this status.
            pub aliases: &'static [&'static str],
            /// The vendor's id (`nginx`), or `None` for IANA codes; of a meaning several vendors
            /// send alike, the first selected one in precedence order.
            pub vendor: Option<&'static str>,
            /// Every vendor's id, in precedence order; empty for IANA codes.
            pub vendors: &'static [&'static str],
            /// The specification or source.
            pub spec: Option<&'static str>,
            /// A link to the specification, for RFC references.
            pub spec_link: Option<&'static str>,
            /// `registered`, `in-use`, `temporary`, `unused`, `obsolete` or `deprecated`.
            pub lifecycle: &'static str,
            /// A one or two sentence description.
            pub description: &'static str,
        }
    }
}

/// The record of one status, with the field names of the crate's `Info`.
fn info(checked: &Checked, status: &CheckedEntry, enabled: &dyn Fn(&str) -> bool) -> TokenStream {
    let entry = &status.entry;
    let code = entry.code.value;
    let name = &status.name;
    let reason = &entry.reason.value;
    let text = display_text(code, reason);
    let aliases: Vec<&str> = entry.aliases.iter().map(|a| a.value.as_str()).collect();
    let vendor = checked.vendors_of(status).into_iter().map(|v| v.id.value.as_str()).find(|id| enabled(id));
    let vendor = option_str(vendor);
    let vendors: Vec<&str> = checked.vendors_of(status).iter().map(|v| v.id.value.as_str()).collect();
    let spec = option_str(entry.spec.as_ref().map(|s| s.value.as_str()));
    let link = entry.spec_link();
    let spec_link = option_str(link.as_deref());
    let lifecycle = entry.lifecycle.value.as_str();
    let description = &entry.description.value;
    quote! {
        Info {
            code: #code,
            name: #name,
            reason: #reason,
            text: #text,
            aliases: &[ #( #aliases ),* ],
            vendor: #vendor,
            vendors: &[ #( #vendors ),* ],
            spec: #spec,
            spec_link: #spec_link,
            lifecycle: #lifecycle,
            description: #description,
        }
    }
}

/// A shared runtime file as an inline module: its text without its unit tests and without the
/// examples of its docs, which name the `status_registry` crate that the user's crate need not
/// have (the module's tests are the runtime's, run there), indented.
fn shared_module(name: &str, source: &str) -> String {
    let code = source.split("\n#[cfg(test)]\nmod tests {").next().unwrap_or(source);
    let mut module = format!("mod {name} {{\n");
    let mut in_example = false;
    for line in code.trim_end().lines() {
        let doc = line.trim_start();
        let fence =
            doc.strip_prefix("///").or_else(|| doc.strip_prefix("//!")).is_some_and(|d| d.trim().starts_with("```"));
        if fence || in_example {
            // The blank doc line before an example goes with it.
            if fence && !in_example && module.ends_with("///\n") {
                let blank = module.trim_end_matches("///\n").trim_end_matches(' ').len();
                module.truncate(blank);
            }
            in_example ^= fence;
            continue;
        }
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
    let items = crate::render::pretty(expand_standalone(checked, vendors))?;
    let shown = if vendors.is_empty() { "none".to_owned() } else { vendors.join(",") };
    let shared: Vec<String> = SHARED.iter().map(|(name, source)| shared_module(name, source)).collect();
    Ok(format!(
        "// @generated by statusreg {} from {origin}; do not edit by hand.\n\
         // Vendors: {shown}. Regenerate with `statusreg generate --vendors {shown}`.\n\n\
         // A module of data and the code of status-registry's runtime that reads it, copied\n\
         // unchanged: a program rarely uses every item, the descriptions name products (WebDAV,\n\
         // nginx) rather than code, the digit arithmetic casts within checked ranges, and the\n\
         // functions that map every status have one line per status.\n\
         #![allow(dead_code, clippy::doc_markdown, clippy::cast_possible_truncation, clippy::too_many_lines)]\n\n{items}\n{}",
        env!("CARGO_PKG_VERSION"),
        shared.join("\n"),
    ))
}

#[cfg(test)]
mod tests {
    use super::{SHARED, shared_module};

    /// The copied files depend on nothing but `core` and the module they are copied into, and a
    /// file's unit tests, the only part left out, come last.
    #[test]
    fn the_shared_files_stand_alone() {
        for (name, source) in SHARED {
            let module = shared_module(name, source);
            assert!(!module.contains("crate::"), "{name}.rs refers to its crate");
            assert!(!module.contains("std::"), "{name}.rs uses std");
            assert!(!module.contains("#[cfg("), "{name}.rs has code after its tests, or a feature");
            assert!(module.starts_with(&format!("mod {name} {{\n    //! ")), "{name}.rs starts without its docs");
        }
    }
}
