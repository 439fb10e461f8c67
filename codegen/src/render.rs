//! Generated code as formatted source files (feature `render`; the `statusreg` tool and the tests
//! turn it on, the macro does not, so its users never compile a formatter).
//!
//! [`builtin_file`] is the runtime's `src/builtin.rs`: the built-in `StatusCode` and `Vendor` are
//! generated once, checked in, and compiled like hand-written code, so a program that only uses
//! them builds no proc-macro. A test regenerates the file from `registry.yaml` and fails when the
//! checked-in copy differs.

use proc_macro2::TokenStream;

use crate::expand::{Skeleton, expand_builtin};
use crate::model::Checked;

/// `tokens`, which must be a sequence of items, formatted as a Rust source file.
///
/// # Errors
/// When the tokens are not a valid file, which would be a bug of the generator.
pub fn pretty(tokens: TokenStream) -> Result<String, syn::Error> {
    let file: syn::File = syn::parse2(tokens)?;
    Ok(prettyplease::unparse(&file))
}

/// The runtime's `src/builtin.rs` for `checked`: the documented `StatusCode` and `Vendor` with
/// the registry's variants and tables, under a header naming its source and how to regenerate it.
///
/// # Errors
/// When the generated tokens are not a valid file, which would be a bug of the generator.
pub fn builtin_file(checked: &Checked) -> Result<String, syn::Error> {
    let body = pretty(expand_builtin(checked, &Skeleton::runtime()))?;
    Ok(format!(
        "// @generated from registry.yaml by `cargo run --bin statusreg -- builtin`; do not edit by hand.\n\
         // Included by `status_code.rs`; `codegen/tests/builtin_file.rs` fails when it is out of date.\n\n{body}"
    ))
}
