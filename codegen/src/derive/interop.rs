//! Stage 4: the opt-in interop impls, `#[status_registry(http)]` and `#[status_registry(serde)]`.
//!
//! They are emitted only when the enum asks, never because a feature happens to be on somewhere in
//! the build: a crate that writes its own `impl Serialize` keeps compiling when another crate turns
//! the `serde` feature on. Asking without the runtime's feature is a compile error naming it.

use proc_macro2::TokenStream;
use quote::quote;

use super::shape::Shape;

/// Conversions with `http::StatusCode`. From it: like from a `u16` (`From` with a catch-all,
/// `TryFrom` without). To it: `From` when every member is in 100..=999 and there is no catch-all,
/// `TryFrom` with `HttpRangeError` otherwise. `PartialEq` both ways, by code.
pub(crate) fn http(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let bounds = shape.bounds();
    let (name, krate) = (shape.name, shape.krate);
    let http = quote!(#krate::__private::http::StatusCode);
    let total = shape.catch_all.is_some();
    let from_http = if total {
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<#http> for #name #bounds {
                fn from(status: #http) -> Self {
                    <Self as ::core::convert::From<::core::primitive::u16>>::from(status.as_u16())
                }
            }
        }
    } else {
        quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<#http> for #name #bounds {
                type Error = #krate::UnknownStatusError;

                fn try_from(status: #http) -> ::core::result::Result<Self, Self::Error> {
                    <Self as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(status.as_u16())
                }
            }
        }
    };
    let all_fit = !total && shape.members.iter().all(|m| (100..=999).contains(&m.code()));
    let to_http = if all_fit {
        // Each member's `http::StatusCode` is built in a `const` block: the conversion cannot fail at
        // run time, and a code `http` refused would stop the build instead.
        let idents = shape.idents();
        let codes = shape.members.iter().map(super::members::Member::code);
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<#name> for #http #bounds {
                fn from(status: #name) -> Self {
                    match status {
                        #( #name::#idents => const {
                            match #http::from_u16(#codes) {
                                ::core::result::Result::Ok(status) => status,
                                ::core::result::Result::Err(_) => ::core::panic!("every member's code is in 100..=999"),
                            }
                        }, )*
                    }
                }
            }
        }
    } else {
        quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<#name> for #http #bounds {
                type Error = #krate::HttpRangeError;

                fn try_from(status: #name) -> ::core::result::Result<Self, Self::Error> {
                    #krate::__private::to_http(#name::code(status))
                }
            }
        }
    };
    // Equal when the codes are, as with `u16`.
    let equal = quote! {
        #[automatically_derived]
        impl ::core::cmp::PartialEq<#http> for #name #bounds {
            fn eq(&self, other: &#http) -> ::core::primitive::bool {
                #name::code(*self) == other.as_u16()
            }
        }
        #[automatically_derived]
        impl ::core::cmp::PartialEq<#name> for #http #bounds {
            fn eq(&self, other: &#name) -> ::core::primitive::bool {
                self.as_u16() == #name::code(*other)
            }
        }
    };
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #from_http
            #to_http
            #equal
        };
    }
}

/// `Serialize`/`Deserialize` as the numeric code; a code that is not a member (and no catch-all)
/// is a deserialization error.
pub(crate) fn serde(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let bounds = shape.bounds();
    let (name, krate) = (shape.name, shape.krate);
    let serde = quote!(#krate::__private::serde);
    let convert = if shape.catch_all.is_some() {
        quote!(::core::result::Result::Ok(<Self as ::core::convert::From<::core::primitive::u16>>::from(code)))
    } else {
        quote! {
            match <Self as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(code) {
                ::core::result::Result::Ok(status) => ::core::result::Result::Ok(status),
                ::core::result::Result::Err(error) => {
                    ::core::result::Result::Err(<D::Error as #serde::de::Error>::custom(error))
                }
            }
        }
    };
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #[automatically_derived]
            impl #serde::Serialize for #name #bounds {
                fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                    serializer.serialize_u16(#name::code(*self))
                }
            }

            #[automatically_derived]
            impl<'de> #serde::Deserialize<'de> for #name #bounds {
                fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                    let code = #krate::__private::deserialize_code(deserializer)?;
                    #convert
                }
            }
        };
    }
}
