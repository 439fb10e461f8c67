//! Procedural macros of `status-registry`. Use them through that crate, which re-exports them and
//! documents them; all logic lives in `status-registry-codegen`.
//!
//! This crate has no features. Cargo builds a proc-macro once, for the host, with the union of the
//! features that every side of a build asks for, so it could not tell which features the runtime
//! has where the code runs. The code it emits asks the runtime instead, through the gate macros
//! the runtime defines for each of its features.

use proc_macro::TokenStream;
use status_registry_codegen::derive::Context;

/// Derives the `status-registry` traits for an enum whose variants name registry statuses, checked
/// at compile time.
///
/// ```
/// use status_registry::{NonMember, Registry, Status, StatusCode, StatusRegistry};
///
/// #[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
/// enum ApiStatus {
///     Ok,                                       // by name: 200
///     NotFound,                                 // 404
///     #[status(429)]
///     SlowDown,                                 // by code; reason "Too Many Requests"
///     #[status(503, reason = "Down for maintenance")]
///     Maintenance,
///     #[status(other)]
///     Other(NonMember<Self>),                   // every other code; From<u16> is total
/// }
///
/// assert_eq!(ApiStatus::from(429), ApiStatus::SlowDown);
/// assert_eq!(ApiStatus::Maintenance.to_string(), "503 Down for maintenance");
/// assert_eq!("not found".parse::<ApiStatus>(), Ok(ApiStatus::NotFound));
/// assert_eq!(StatusCode::from(ApiStatus::NotFound), StatusCode::NotFound);
/// assert_eq!(ApiStatus::from(StatusCode::Gone).code(), 410);
/// assert_eq!(ApiStatus::ALL.len(), 4);
/// assert!(ApiStatus::SlowDown.is_client_error());
/// ```
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
