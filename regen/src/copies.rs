//! The runtime files other crates carry, written as copies: the model crate compiles the calendar,
//! the keywords and the gRPC codes, and codegen embeds the files of `statusreg generate`'s module.
//! A copy leaves out what only the runtime needs: found on the syntax tree, its `#[cfg(test)]`
//! items and, in codegen's copies, `#[macro_export]`; and the examples of its docs, which name the
//! `status_registry` crate that the crate carrying the copy does not depend on (they run in the
//! runtime).

use proc_macro2::Span;
use syn::spanned::Spanned;
use syn::{Attribute, Item};

/// Who reads a copy, which decides what it leaves out.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reader {
    /// A crate that compiles the file as one of its modules.
    Crate,
    /// The module `statusreg generate` writes, which copies the text into its own crate.
    Standalone,
}

/// Each copy: the runtime file, the path of its copy, and its reader.
pub(crate) const COPIES: [(&str, &str, Reader); 13] = [
    ("runtime/src/calendar.rs", "model/src/calendar.rs", Reader::Crate),
    ("runtime/src/keywords.rs", "model/src/keywords.rs", Reader::Crate),
    ("runtime/src/grpc.rs", "model/src/grpc.rs", Reader::Crate),
    ("runtime/src/class.rs", "codegen/src/shared/class.rs", Reader::Standalone),
    ("runtime/src/error.rs", "codegen/src/shared/error.rs", Reader::Standalone),
    ("runtime/src/info.rs", "codegen/src/shared/info.rs", Reader::Standalone),
    ("runtime/src/keywords.rs", "codegen/src/shared/keywords.rs", Reader::Standalone),
    ("runtime/src/rules.rs", "codegen/src/shared/rules.rs", Reader::Standalone),
    ("runtime/src/status_core.rs", "codegen/src/shared/status_core.rs", Reader::Standalone),
    ("runtime/src/status_enum.rs", "codegen/src/shared/status_enum.rs", Reader::Standalone),
    ("runtime/src/tables.rs", "codegen/src/shared/tables.rs", Reader::Standalone),
    ("runtime/src/text.rs", "codegen/src/shared/text.rs", Reader::Standalone),
    ("runtime/src/unregistered.rs", "codegen/src/shared/unregistered.rs", Reader::Standalone),
];

/// The text of the copy of `source` (the file at `from`) for `reader`, under a header that names
/// the file and the command that writes it.
///
/// # Errors
/// When the file does not parse as Rust.
pub(crate) fn copy(from: &str, source: &str, reader: Reader) -> Result<String, String> {
    let file = syn::parse_file(source).map_err(|e| format!("{from} does not parse: {e}"))?;
    let mut cut: Vec<(usize, usize)> = Vec::new();
    for item in &file.items {
        let Some(attrs) = attributes(item) else { continue };
        if attrs.iter().any(is_cfg_test) {
            let first = attrs.first().map_or_else(|| item.span(), Attribute::span);
            cut.push((line_of(first, true), line_of(item.span(), false)));
        } else if reader == Reader::Standalone {
            for attr in attrs.iter().filter(|a| a.path().is_ident("macro_export")) {
                cut.push((line_of(attr.span(), true), line_of(attr.span(), false)));
            }
        }
    }
    let kept = source
        .lines()
        .enumerate()
        .filter(|(index, _)| !cut.iter().any(|(first, last)| (*first..=*last).contains(&(index + 1))))
        .map(|(_, line)| line);
    let mut body = without_doc_examples(kept);
    while body.last().is_some_and(|l| l.trim().is_empty()) {
        body.pop();
    }
    Ok(format!(
        "// @generated from {from} by `cargo run -p status-registry-regen`; do not edit by hand.\n{}\n",
        body.join("\n")
    ))
}

/// The outer attributes of the items that can carry `#[cfg(test)]` or `#[macro_export]`.
fn attributes(item: &Item) -> Option<&[Attribute]> {
    Some(match item {
        Item::Const(i) => &i.attrs,
        Item::Enum(i) => &i.attrs,
        Item::Fn(i) => &i.attrs,
        Item::Impl(i) => &i.attrs,
        Item::Macro(i) => &i.attrs,
        Item::Mod(i) => &i.attrs,
        Item::Static(i) => &i.attrs,
        Item::Struct(i) => &i.attrs,
        Item::Trait(i) => &i.attrs,
        Item::Type(i) => &i.attrs,
        Item::Use(i) => &i.attrs,
        _ => return None,
    })
}

/// `#[cfg(test)]`, exactly.
fn is_cfg_test(attr: &Attribute) -> bool {
    attr.path().is_ident("cfg") && attr.parse_args::<syn::Ident>().is_ok_and(|arg| arg == "test")
}

/// The first or last line a span covers, counted from 1.
fn line_of(span: Span, start: bool) -> usize {
    if start { span.start().line } else { span.end().line }
}

/// The lines without the examples of their doc comments: each fenced block, with the blank doc
/// line before it.
fn without_doc_examples<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    let mut in_example = false;
    for line in lines {
        let doc = line.trim_start();
        let text = doc.strip_prefix("///").or_else(|| doc.strip_prefix("//!"));
        let fence = text.is_some_and(|d| d.trim().starts_with("```"));
        if fence || in_example {
            if fence && !in_example && out.last().is_some_and(|l| matches!(l.trim(), "///" | "//!")) {
                out.pop();
            }
            in_example ^= fence;
            continue;
        }
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Reader, copy};

    const SOURCE: &str = "//! A file.\n\
        //!\n\
        //! ```\n\
        //! assert!(true);\n\
        //! ```\n\
        \n\
        /// Doubles.\n\
        #[macro_export]\n\
        macro_rules! twice { ($e:expr) => { $e * 2 } }\n\
        \n\
        #[cfg(feature = \"std\")]\n\
        pub fn kept() {}\n\
        \n\
        #[cfg(test)]\n\
        #[allow(unused)]\n\
        mod tests {\n\
        \x20   #[test]\n\
        \x20   fn t() {}\n\
        }\n\
        \n\
        #[cfg(test)]\n\
        fn helper() {}\n";

    #[test]
    fn a_crate_copy_leaves_out_the_unit_tests_and_examples() {
        let copied = copy("lib/x.rs", SOURCE, Reader::Crate).unwrap();
        let body = copied.split_once('\n').unwrap().1;
        assert!(copied.starts_with("// @generated from lib/x.rs"));
        assert!(body.contains("#[macro_export]") && !body.contains("```"));
        assert!(body.contains("#[cfg(feature = \"std\")]\npub fn kept() {}"));
        assert!(!body.contains("cfg(test)") && !body.contains("mod tests") && !body.contains("helper"));
        assert!(body.ends_with("pub fn kept() {}\n"), "{body}");
    }

    #[test]
    fn a_standalone_copy_also_leaves_out_exports_and_examples() {
        let copied = copy("lib/x.rs", SOURCE, Reader::Standalone).unwrap();
        let body = copied.split_once('\n').unwrap().1;
        assert_eq!(
            body,
            "//! A file.\n\n/// Doubles.\nmacro_rules! twice { ($e:expr) => { $e * 2 } }\n\n\
             #[cfg(feature = \"std\")]\npub fn kept() {}\n"
        );
    }

    #[test]
    fn a_file_that_does_not_parse_is_named() {
        let error = copy("lib/x.rs", "fn (", Reader::Crate).unwrap_err();
        assert!(error.starts_with("lib/x.rs does not parse"), "{error}");
    }
}
