//! Code that only compiles when the runtime has a feature, wrapped in the runtime's gate macros.
//!
//! The proc-macro cannot know which features `status-registry` has: cargo builds it once, for the
//! host, with the union of the features of every side of the build, while the runtime is compiled
//! for the target with its own. So generated code never decides; it asks the runtime. For each
//! vendor the runtime defines `__vendor_<id>!({ on } else { off })`, and for each interop feature
//! `__if_<feature>!(..)`, which expand to `on` when the runtime has the feature and to `off`
//! otherwise. `off` is a `compile_error!` naming the feature, spanned where the user asked.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};

use crate::model::VendorDef;

/// `on` if the runtime has `vendor`, else `off`.
pub(crate) fn vendor(krate: &TokenStream, vendor: &VendorDef, on: &TokenStream, off: &TokenStream) -> TokenStream {
    let gate = format_ident!("{}", crate::builtin::gate_name(vendor));
    quote!(#krate::#gate! { { #on } else { #off } })
}

/// `on` if the runtime has any of `vendors`, else `off`; with no vendor, `on`.
pub(crate) fn any_vendor(
    krate: &TokenStream,
    vendors: &[&VendorDef],
    on: &TokenStream,
    off: &TokenStream,
) -> TokenStream {
    match vendors.split_first() {
        None => on.clone(),
        Some((first, [])) => vendor(krate, first, on, off),
        Some((first, rest)) => vendor(krate, first, on, &any_vendor(krate, rest, on, off)),
    }
}

/// `compile_error!(message)` at `span`, without a semicolon: it stands for an expression or a
/// pattern too.
pub(crate) fn error(span: Span, message: &str) -> TokenStream {
    quote_spanned!(span=> ::core::compile_error!(#message))
}

/// `on` if the runtime has the interop `feature` (`http`, `serde`, `axum`, `actix`, `problem`,
/// `utoipa`, `utoipa5`, `aide`), else `off`.
pub(crate) fn interop(krate: &TokenStream, feature: &str, on: &TokenStream, off: &TokenStream) -> TokenStream {
    let gate = format_ident!("__if_{}", feature.replace('-', "_"));
    quote!(#krate::#gate! { { #on } else { #off } })
}
