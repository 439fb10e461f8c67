//! `status!(404)`: a `StatusCode` variant named by its code, checked at compile time; and the rule
//! for code literals that `status!` and `#[status(...)]` share.
//!
//! The result is a path to a unit variant, so it works in `const` items and in patterns.
//! `status!(nginx 499)` picks one vendor's meaning of a shared code. The runtime's `status!` is a
//! `macro_rules!` that calls this one as `status!($crate; ...)`, so the path it emits starts with
//! whatever the user's crate calls `status-registry`.

use proc_macro2::{Span, TokenStream, TokenTree};
use quote::{format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::{Ident, Lit, LitInt, Token};

use crate::resolve::{ResolveError, Scope, Site, VendorRef};

/// What to write instead, for any input that is not a code.
const SHAPE: &str = "write the code as a plain number, as in `status!(404)`, or a vendor id and a code, as in \
                     `status!(nginx 499)`";

/// The value of a status code literal: plain decimal digits (leading zeros allowed, as in `000`)
/// and no suffix but `u16`. Anything else is an error that says what to write.
pub(crate) fn code_value(lit: &LitInt) -> syn::Result<u64> {
    if lit.base10_digits().starts_with('-') {
        return Err(syn::Error::new(lit.span(), "a status code is not negative; write a number from 000 to 999"));
    }
    let suffix = lit.suffix();
    if !suffix.is_empty() && suffix != "u16" {
        let digits = lit.base10_digits();
        return Err(syn::Error::new(
            lit.span(),
            format!("a status code takes no suffix but `u16`; write `{digits}` instead of `{lit}`"),
        ));
    }
    let written = lit.token().to_string();
    let body = written.strip_suffix(suffix).unwrap_or(&written);
    if !body.bytes().all(|b| b.is_ascii_digit()) {
        let value = lit.base10_digits();
        return Err(syn::Error::new(
            lit.span(),
            format!("write the status code as a plain decimal number: `{value}` instead of `{lit}`"),
        ));
    }
    lit.base10_parse::<u64>()
}

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
            if input.is_empty() {
                return Err(syn::Error::new(first.span(), format!("`{id}` is not a status code; {SHAPE}")));
            }
            vendor = Some((id, first.span()));
        }
        if input.is_empty() {
            return Err(input.error(format!("expected a status code; {SHAPE}")));
        }
        if input.peek(Token![-]) {
            return Err(input.error("a status code is not negative; write a number from 000 to 999"));
        }
        let code = match input.parse::<Lit>() {
            Ok(Lit::Int(code)) => code,
            Ok(Lit::Str(text)) => {
                return Err(syn::Error::new(
                    text.span(),
                    format!("write the code as a number, not a string: `status!({})`", text.value()),
                ));
            }
            Ok(other) => return Err(syn::Error::new(other.span(), format!("this is not a status code; {SHAPE}"))),
            Err(_) => return Err(input.error(format!("this is not a status code; {SHAPE}"))),
        };
        if !input.is_empty() {
            return Err(input.error("unexpected tokens after the status code; `status!` takes one code"));
        }
        Ok(Self { vendor, code })
    }
}

/// Splits `$crate; 404` into the crate path and the rest. Without a `;` the crate is
/// `::status_registry`.
fn split_crate(input: TokenStream) -> (TokenStream, TokenStream) {
    let tokens: Vec<TokenTree> = input.into_iter().collect();
    let semi = tokens.iter().position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ';'));
    match semi {
        Some(at) => (tokens[..at].iter().cloned().collect(), tokens[at + 1..].iter().cloned().collect()),
        None => (quote!(::status_registry), tokens.into_iter().collect()),
    }
}

/// Expands `status!(...)` against the built-in registry. A vendor's code expands to its variant
/// inside the runtime's gate for that vendor, which is a compile error naming the feature when the
/// runtime lacks it.
#[must_use]
pub fn status(input: TokenStream) -> TokenStream {
    match try_status(input) {
        Ok(tokens) => tokens,
        Err(error) => error.to_compile_error(),
    }
}

/// [`status`], with the error as a value.
pub(crate) fn try_status(input: TokenStream) -> syn::Result<TokenStream> {
    let (krate, rest) = split_crate(input);
    let input: Input = syn::parse2(rest)?;
    let base = crate::embedded()
        .map_err(|diags| syn::Error::new(Span::call_site(), format!("the built-in registry is invalid:\n{diags}")))?;
    let code = code_value(&input.code)?;
    let scope = Scope { base, extension: None, failed_extension: false };
    let vendor = input.vendor.as_ref().map(|(id, _)| id.as_str());
    match scope.by_code(code, vendor) {
        Ok(found) => {
            let variant = format_ident!("{}", found.status.name, span = input.code.span());
            let path = quote!(#krate::StatusCode::#variant);
            let vendors = base.vendors_of(found.status);
            if vendors.is_empty() {
                return Ok(path);
            }
            let error = ResolveError::FeatureOff {
                code: found.status.entry.code.value,
                name: None,
                vendors: vendors.iter().map(|v| VendorRef::of(v)).collect(),
            };
            let error = crate::gates::error(input.code.span(), &error.message(Site::Macro));
            Ok(crate::gates::any_vendor(&krate, &vendors, &path, &error))
        }
        Err(error) => {
            let span = match (&input.vendor, &error) {
                (Some((_, span)), ResolveError::UnknownVendor { .. }) => *span,
                _ => input.code.span(),
            };
            Err(syn::Error::new(span, error.message(Site::Macro)))
        }
    }
}
