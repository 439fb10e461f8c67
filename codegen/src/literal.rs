//! `status!(404)`: a `StatusCode` variant named by its code, checked at compile time.
//!
//! The result is a path to a unit variant, so it works in `const` items and in patterns.
//! `status!(nginx 499)` picks one vendor's meaning of a shared code.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Ident, LitInt, Token};

use crate::resolve::Scope;

/// The input of `status!`: an optional vendor id (`nginx`, `aws-elb`) and a code.
struct Input {
    vendor: Option<(String, Span)>,
    code: LitInt,
}

impl Parse for Input {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let mut vendor: Option<(String, Span)> = None;
        if input.peek(Ident) {
            let first: Ident = input.parse()?;
            let mut id = first.to_string();
            while input.peek(Token![-]) {
                input.parse::<Token![-]>()?;
                let part: Ident = input.parse()?;
                id.push('-');
                id.push_str(&part.to_string());
            }
            vendor = Some((id, first.span()));
        }
        if input.is_empty() {
            return Err(input.error("expected a status code, as in `status!(404)` or `status!(nginx 499)`"));
        }
        let code: LitInt = input.parse()?;
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the status code"));
        }
        Ok(Self { vendor, code })
    }
}

/// Expands `status!(...)` against the built-in registry with the given vendors enabled.
#[must_use]
pub fn status(input: TokenStream, enabled_vendors: &[String]) -> TokenStream {
    let input: Input = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let base = match crate::embedded() {
        Ok(base) => base,
        Err(diags) => {
            return syn::Error::new(Span::call_site(), format!("the built-in registry is invalid:\n{diags}"))
                .to_compile_error();
        }
    };
    let code = match input.code.base10_parse::<u64>() {
        Ok(code) => code,
        Err(error) => return error.to_compile_error(),
    };
    let scope = Scope { base, extension: None, enabled: enabled_vendors };
    let vendor = input.vendor.as_ref().map(|(id, _)| id.as_str());
    match scope.by_code(code, vendor) {
        Ok(found) => {
            let variant = format_ident!("{}", found.status.name, span = input.code.span());
            quote!(::status_registry::StatusCode::#variant)
        }
        Err(message) => {
            let span = match (&input.vendor, message.starts_with("unknown vendor")) {
                (Some((_, span)), true) => *span,
                _ => input.code.span(),
            };
            syn::Error::new(span, message).to_compile_error()
        }
    }
}
