//! Procedural macros of `status-registry`. Use them through that crate, which re-exports them;
//! all logic lives in `status-registry-codegen`.

use proc_macro::TokenStream;
use quote::quote;
use status_registry_codegen::Diagnostics;

/// Expands to the built-in `Vendor` and `StatusCode` types from the embedded `registry.yaml`.
///
/// Invoked once, inside `status-registry`, so that the `#[cfg(feature = ...)]` on vendor variants
/// reads that crate's features. Not for direct use.
#[doc(hidden)]
#[proc_macro]
pub fn __builtin(input: TokenStream) -> TokenStream {
    if !input.is_empty() {
        let message = "`__builtin!` takes no arguments";
        return quote!(::core::compile_error!(#message);).into();
    }
    match status_registry_codegen::builtin() {
        Ok(tokens) => tokens.into(),
        Err(diags) => errors(&diags).into(),
    }
}

/// One `compile_error!` per problem, so the compiler shows every one of them.
fn errors(diags: &Diagnostics) -> proc_macro2::TokenStream {
    let messages = diags.items().iter().map(ToString::to_string);
    quote!( #( ::core::compile_error!(#messages); )* )
}
