//! Stage 5: stub implementations emitted after an error, so that uses of the enum elsewhere do not
//! add a cascade of "trait not implemented" errors to the real one. The bodies never run: the
//! crate does not compile. These are the enum's own impls; each interop's stubs are its generator's
//! impls without their bodies (`Interop::stubs`).

use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// What the stubs must cover: the same impls the real expansion would have emitted.
pub(crate) struct Stubs<'a> {
    pub(crate) name: &'a Ident,
    pub(crate) krate: &'a TokenStream,
    pub(crate) catch_all: bool,
    /// An error enum, whose impls are its inherent methods only.
    pub(crate) data: bool,
}

pub(crate) fn fallback(stubs: &Stubs<'_>) -> TokenStream {
    let Stubs { name, krate, .. } = *stubs;
    let u16 = quote!(::core::primitive::u16);
    let never = quote!(::core::unreachable!());
    if stubs.data {
        return quote! {
            #[allow(deprecated)]
            const _: () = {
                #[automatically_derived]
                impl #name {
                    /// The built-in status of the value.
                    #[must_use]
                    pub fn status(&self) -> #krate::StatusCode { #never }
                    /// The numeric status code of the value.
                    #[must_use]
                    pub fn code(&self) -> #u16 { #never }
                    /// The reason phrase.
                    #[must_use]
                    pub fn reason(&self) -> &'static ::core::primitive::str { #never }
                }
                #[automatically_derived]
                impl ::core::convert::From<&#name> for #krate::StatusCode {
                    fn from(_: &#name) -> Self { #never }
                }
            };
        };
    }
    let (conversion, from_status) = if stubs.catch_all {
        (
            quote! {
                #[automatically_derived]
                impl ::core::convert::From<#u16> for #name {
                    fn from(_: #u16) -> Self { #never }
                }
            },
            quote! {
                #[automatically_derived]
                impl ::core::convert::From<#krate::StatusCode> for #name {
                    fn from(_: #krate::StatusCode) -> Self { #never }
                }
            },
        )
    } else {
        (
            quote! {
                #[automatically_derived]
                impl ::core::convert::TryFrom<#u16> for #name {
                    type Error = #krate::UnknownStatusError;
                    fn try_from(_: #u16) -> ::core::result::Result<Self, Self::Error> { #never }
                }
            },
            quote! {
                #[automatically_derived]
                impl ::core::convert::TryFrom<#krate::StatusCode> for #name {
                    type Error = #krate::UnknownStatusError;
                    fn try_from(_: #krate::StatusCode) -> ::core::result::Result<Self, Self::Error> { #never }
                }
            },
        )
    };
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #[automatically_derived]
            impl #name {
                /// Every member.
                pub const ALL: &'static [Self] = &[];
                /// The numeric status code.
                #[must_use]
                pub const fn code(self) -> #u16 { #never }
                /// The reason phrase.
                #[must_use]
                pub fn reason(self) -> &'static ::core::primitive::str { #never }
                /// The built-in status of the value.
                #[must_use]
                pub fn status(&self) -> #krate::StatusCode { #never }
            }
            #[automatically_derived]
            impl #krate::__private::Members for #name {
                const CODES: &'static [#u16] = &[];
            }
            #[automatically_derived]
            impl ::core::cmp::PartialEq<#u16> for #name {
                fn eq(&self, _: &#u16) -> ::core::primitive::bool { #never }
            }
            #[automatically_derived]
            impl ::core::cmp::PartialEq<#name> for #u16 {
                fn eq(&self, _: &#name) -> ::core::primitive::bool { #never }
            }
            #[automatically_derived]
            impl #krate::Status for #name {
                fn code(self) -> #u16 { #never }
                fn info(self) -> ::core::option::Option<&'static #krate::Info> { #never }
            }
            #[automatically_derived]
            impl #krate::Registry for #name {
                const ALL: &'static [Self] = &[];
                fn lookup(_: #u16) -> ::core::option::Option<Self> { #never }
            }
            #[automatically_derived]
            impl ::core::fmt::Display for #name {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { #never }
            }
            #[automatically_derived]
            impl ::core::str::FromStr for #name {
                type Err = #krate::ParseStatusError;
                fn from_str(_: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> { #never }
            }
            #[automatically_derived]
            impl ::core::convert::From<#name> for #u16 {
                fn from(_: #name) -> #u16 { #never }
            }
            #[automatically_derived]
            impl ::core::convert::From<#name> for #krate::StatusCode {
                fn from(_: #name) -> Self { #never }
            }
            #conversion
            #from_status
        };
    }
}
