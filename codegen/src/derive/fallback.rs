//! Stage 5: stub implementations emitted after an error, so that uses of the enum elsewhere do not
//! add a cascade of "trait not implemented" errors to the real one. The bodies never run: the
//! crate does not compile.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

/// What the stubs must cover: the same impls the real expansion would have emitted.
pub(crate) struct Stubs<'a> {
    pub(crate) name: &'a Ident,
    pub(crate) krate: &'a TokenStream,
    pub(crate) catch_all: bool,
    pub(crate) http: bool,
    pub(crate) serde: bool,
    /// An error enum, whose impls are its inherent methods only.
    pub(crate) data: bool,
    pub(crate) axum: bool,
    pub(crate) problem: bool,
    pub(crate) utoipa: bool,
    pub(crate) actix: bool,
    pub(crate) aide: bool,
}

pub(crate) fn fallback(stubs: &Stubs<'_>) -> TokenStream {
    let Stubs { name, krate, .. } = *stubs;
    let u16 = quote!(::core::primitive::u16);
    let never = quote!(::core::unreachable!());
    let web = web(stubs, &never);
    if stubs.data {
        return quote! {
            #web
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
    // Only when the runtime has the feature: otherwise its paths do not resolve, and the missing
    // feature is reported on its own.
    let none = TokenStream::new();
    let http = stubs.http.then(|| {
        let http = quote!(#krate::__private::http::StatusCode);
        let impls = quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<#http> for #name {
                type Error = #krate::UnknownStatusError;
                fn try_from(_: #http) -> ::core::result::Result<Self, Self::Error> { #never }
            }
            #[automatically_derived]
            impl ::core::convert::TryFrom<#name> for #http {
                type Error = #krate::HttpRangeError;
                fn try_from(_: #name) -> ::core::result::Result<Self, Self::Error> { #never }
            }
            #[automatically_derived]
            impl ::core::cmp::PartialEq<#http> for #name {
                fn eq(&self, _: &#http) -> ::core::primitive::bool { #never }
            }
            #[automatically_derived]
            impl ::core::cmp::PartialEq<#name> for #http {
                fn eq(&self, _: &#name) -> ::core::primitive::bool { #never }
            }
        };
        crate::gates::interop(krate, "http", &impls, &none)
    });
    let serde = stubs.serde.then(|| {
        let serde = quote!(#krate::__private::serde);
        let impls = quote! {
            #[automatically_derived]
            impl #serde::Serialize for #name {
                fn serialize<S: #serde::Serializer>(&self, _: S) -> ::core::result::Result<S::Ok, S::Error> { #never }
            }
            #[automatically_derived]
            impl<'de> #serde::Deserialize<'de> for #name {
                fn deserialize<D: #serde::Deserializer<'de>>(_: D) -> ::core::result::Result<Self, D::Error> { #never }
            }
        };
        crate::gates::interop(krate, "serde", &impls, &none)
    });
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
            #http
            #serde
        };
        #web
    }
}

/// The web impls asked for, each where the runtime has its feature.
fn web(stubs: &Stubs<'_>, never: &TokenStream) -> TokenStream {
    let Stubs { name, krate, .. } = *stubs;
    let none = TokenStream::new();
    let axum = stubs.axum.then(|| {
        let response = quote!(#krate::__private::axum_core::response);
        let impls = quote! {
            #[automatically_derived]
            impl #response::IntoResponse for #name {
                fn into_response(self) -> #response::Response { #never }
            }
        };
        crate::gates::interop(krate, "axum", &impls, &none)
    });
    let problem = stubs.problem.then(|| {
        let impls = quote! {
            #[automatically_derived]
            impl ::core::convert::From<&#name> for #krate::Problem {
                fn from(_: &#name) -> Self { #never }
            }
        };
        crate::gates::interop(krate, "problem", &impls, &none)
    });
    let actix = stubs.actix.then(|| {
        let actix = quote!(#krate::__private::actix::actix_web);
        let impls = if stubs.data {
            quote! {
                #[automatically_derived]
                impl #actix::ResponseError for #name {}
            }
        } else {
            quote! {
                #[automatically_derived]
                impl #actix::Responder for #name {
                    type Body = #actix::body::BoxBody;
                    fn respond_to(self, _: &#actix::HttpRequest) -> #actix::HttpResponse { #never }
                }
            }
        };
        crate::gates::interop(krate, "actix", &impls, &none)
    });
    let aide = stubs.aide.then(|| {
        let aide = quote!(#krate::__private::aide::aide);
        let impls = quote! {
            #[automatically_derived]
            impl #aide::operation::OperationOutput for #name {
                type Inner = Self;
            }
        };
        crate::gates::interop(krate, "aide", &impls, &none)
    });
    let utoipa = stubs.utoipa.then(|| {
        let versions = [("utoipa", "utoipa6"), ("utoipa5", "utoipa5")].map(|(feature, module)| {
            let module = quote::format_ident!("{}", module);
            let impls = quote! {
                #[automatically_derived]
                impl #krate::__private::#module::utoipa::IntoResponses for #name {
                    fn responses() -> #krate::__private::#module::Responses { #never }
                }
            };
            crate::gates::interop(krate, feature, &impls, &none)
        });
        quote!(#( #versions )*)
    });
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #axum
            #actix
            #aide
            #problem
            #utoipa
        };
    }
}
