//! Procedural macros of `status-registry`. Use them through that crate, which re-exports them and
//! documents them; all logic lives in `status-registry-codegen`.
//!
//! This crate has no features. Cargo builds a proc-macro once, for the host, with the union of the
//! features that every side of a build asks for, so it could not tell which features the runtime
//! has where the code runs. The code it emits asks the runtime instead, through the gate macros
//! the runtime defines for each of its features.

use proc_macro::TokenStream;
use status_registry_codegen::derive::Context;

/// The derive is a proc-macro of `status-registry-macros`, which `status-registry` re-exports and
/// documents with every attribute.
#[proc_macro_derive(StatusRegistry, attributes(status, status_registry, header, member))]
pub fn derive_status_registry(input: TokenStream) -> TokenStream {
    let context = Context { manifest_dir: std::env::var_os("CARGO_MANIFEST_DIR").map(Into::into) };
    status_registry_codegen::derive::derive(input.into(), &context).into()
}

/// The engine of `status_registry::status!`, which calls it as `status!($crate; 404)` so that the
/// path it expands to starts with however the user's crate names `status-registry`. Use the
/// runtime's `status!`, documented there.
#[doc(hidden)]
#[proc_macro]
pub fn status(input: TokenStream) -> TokenStream {
    status_registry_codegen::status(input.into()).into()
}

/// The rows of the runtime's built-in `Vendor` and `StatusCode`, read from `registry.yaml` at
/// compile time; only the `status-registry` crate calls it, where the rows expand. Editing the
/// registry rebuilds codegen, which embeds it, and so this crate and the runtime.
#[doc(hidden)]
#[proc_macro]
pub fn __builtin(input: TokenStream) -> TokenStream {
    if !input.is_empty() {
        return compile_error("`__builtin!` takes no input");
    }
    match status_registry_codegen::embedded() {
        Ok(checked) => match status_registry_codegen::builtin::rows(checked).parse() {
            Ok(rows) => rows,
            Err(error) => compile_error(&format!("the built-in rows do not parse: {error}")),
        },
        Err(diags) => compile_error(&format!("the built-in registry is invalid:\n{diags}")),
    }
}

/// `compile_error!(message)`.
fn compile_error(message: &str) -> TokenStream {
    let message = proc_macro2::Literal::string(message);
    format!("::core::compile_error!({message});").parse().unwrap_or_default()
}
