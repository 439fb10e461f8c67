//! Stage 4: the opt-in interop impls, one row of [`INTEROPS`] each: its key in
//! `#[status_registry(...)]`, the runtime features that serve it, what it asks of the enum, and its
//! generator. The options, their parsing, the message that lists the keys, the error when the
//! runtime lacks the feature, the gated impls and the stubs after an error all come from the row.
//! Here too are the generators of `http` and `serde`; those for web services are in `web`.
//!
//! They are emitted only when the enum asks, never because a feature happens to be on somewhere in
//! the build: a crate that writes its own `impl Serialize` keeps compiling when another crate turns
//! the `serde` feature on. Asking without the runtime's feature is a compile error naming it.

use proc_macro2::{Delimiter, Group, Span, TokenStream, TokenTree};
use quote::quote;

use super::shape::{Asked, Shape};
use super::web;

/// An opt-in interop of `#[status_registry(...)]`.
pub(crate) struct Interop {
    /// The key that asks for it: `#[status_registry(axum)]`.
    pub(crate) key: &'static str,
    /// The runtime features that serve it, each with what it speaks: the impls are emitted once
    /// for each feature the runtime has, and with none the error names them.
    features: &'static [(&'static str, &'static str)],
    /// Whether its impls build a value from a code, which an enum whose variants carry data cannot.
    pub(crate) from_codes: bool,
    /// Whether its impls send responses, whose header fields the status's rules then require.
    pub(crate) responds: bool,
    /// The generator of the impls for one of `features`, given whether `problem` was asked for
    /// too; `None` when this build of the proc-macro left it out (see [`generator!`]).
    impls: Option<Generator>,
}

/// Makes the impls of an interop for one of its features.
type Generator = fn(&Shape<'_, '_, '_>, Asked) -> TokenStream;

/// `Some` of the generator `$path` when this crate has `$feature`, `None` otherwise. The runtime's
/// feature of the same name turns it on (through `status-registry-macros`), so a generator is
/// compiled only in builds where some runtime may ask for it: the proc-macro, which every user
/// builds, holds only the frameworks its builds use.
macro_rules! generator {
    ($feature:literal, $path:path) => {{
        #[cfg(feature = $feature)]
        let generator: Option<Generator> = Some($path);
        #[cfg(not(feature = $feature))]
        let generator: Option<Generator> = None;
        generator
    }};
}

/// Every opt-in interop, in the order its errors and impls are emitted. Adding one is a row here,
/// its generator behind a feature of this crate and of the macros crate (which the runtime's
/// feature turns on), and its gate in the runtime (`define::gate!` in `runtime/src/lib.rs`).
pub(crate) const INTEROPS: [Interop; 13] = [
    Interop { key: "http", features: &[("http", "")], from_codes: true, responds: false, impls: Some(|s, _| http(s)) },
    Interop {
        key: "serde",
        features: &[("serde", "")],
        from_codes: true,
        responds: false,
        impls: Some(|s, _| serde(s)),
    },
    Interop {
        key: "axum",
        features: &[("axum", "")],
        from_codes: false,
        responds: true,
        impls: generator!("axum", web::axum),
    },
    Interop {
        key: "actix",
        features: &[("actix", "")],
        from_codes: false,
        responds: true,
        impls: generator!("actix", web::actix),
    },
    Interop {
        key: "aide",
        features: &[("aide", "")],
        from_codes: false,
        responds: false,
        impls: generator!("aide", web::aide),
    },
    Interop {
        key: "problem",
        features: &[("problem", "")],
        from_codes: false,
        responds: false,
        impls: generator!("problem", web::problem),
    },
    Interop {
        key: "warp",
        features: &[("warp", "")],
        from_codes: false,
        responds: true,
        impls: generator!("warp", web::warp),
    },
    Interop {
        key: "poem",
        features: &[("poem", "")],
        from_codes: false,
        responds: true,
        impls: generator!("poem", web::poem),
    },
    Interop {
        key: "poem_openapi",
        features: &[("poem-openapi", "")],
        from_codes: false,
        responds: false,
        impls: generator!("poem-openapi", web::poem_openapi),
    },
    Interop {
        key: "salvo",
        features: &[("salvo", "")],
        from_codes: false,
        responds: true,
        impls: generator!("salvo", web::salvo),
    },
    Interop {
        key: "rocket",
        features: &[("rocket", "")],
        from_codes: false,
        responds: true,
        impls: generator!("rocket", web::rocket),
    },
    Interop {
        key: "tonic",
        features: &[("tonic", "")],
        from_codes: false,
        responds: false,
        impls: generator!("tonic", web::tonic),
    },
    Interop {
        key: "utoipa",
        features: &[("utoipa", "utoipa 6"), ("utoipa5", "utoipa 5")],
        from_codes: false,
        responds: false,
        impls: generator!("utoipa", web::utoipa),
    },
];

impl Interop {
    /// The row of `key`, when it is an interop's.
    pub(crate) fn of(key: &str) -> Option<&'static Interop> {
        INTEROPS.iter().find(|interop| interop.key == key)
    }

    /// The error, at `span` where the enum asked, for a runtime without any of the features.
    pub(crate) fn check(&self, krate: &TokenStream, span: Span) -> TokenStream {
        let none = TokenStream::new();
        let key = self.key;
        let message = match self.features {
            [(feature, _)] => format!(
                "`#[status_registry({key})]` needs feature `{feature}` of status-registry; enable it in Cargo.toml: \
                 status-registry = {{ version = \"{}\", features = [\"{feature}\"] }}",
                crate::RELEASE
            ),
            several => {
                let named: Vec<String> = several.iter().map(|(f, speaks)| format!("`{f}` ({speaks})")).collect();
                format!(
                    "`#[status_registry({key})]` needs feature {} of status-registry; enable one in Cargo.toml: \
                     status-registry = {{ version = \"{}\", features = [\"{}\"] }}",
                    named.join(" or "),
                    crate::RELEASE,
                    several[0].0
                )
            }
        };
        let error = crate::gates::error(span, &message);
        self.features
            .iter()
            .rev()
            .fold(quote!(#error;), |off, (feature, _)| crate::gates::interop(krate, feature, &none, &off))
    }

    /// The impls, each gated on its feature.
    pub(crate) fn impls(&self, shape: &Shape<'_, '_, '_>, problem: bool) -> TokenStream {
        self.gated(shape, problem, |impls| impls)
    }

    /// Stubs of the impls, each gated on its feature: the impls themselves, every function body
    /// replaced by `unreachable!()`, so that after an error elsewhere the enum has every impl with
    /// its real signature and no body that could add an error of its own.
    pub(crate) fn stubs(&self, shape: &Shape<'_, '_, '_>, problem: bool) -> TokenStream {
        self.gated(shape, problem, without_bodies)
    }

    /// The error for a runtime that has `feature` while its proc-macro was built without the
    /// generator. The runtime's feature turns the generator on, so this is a runtime and a
    /// proc-macro of different releases, or the proc-macro crate used without the runtime.
    fn left_out(&self, feature: &str) -> TokenStream {
        let message = format!(
            "`#[status_registry({})]`: status-registry has feature `{feature}` but status-registry-macros was built \
             without it; use the derive through status-registry, with both crates of release {}",
            self.key,
            crate::RELEASE
        );
        let error = crate::gates::error(Span::call_site(), &message);
        quote!(#error;)
    }

    fn gated(
        &self,
        shape: &Shape<'_, '_, '_>,
        problem: bool,
        form: impl Fn(TokenStream) -> TokenStream,
    ) -> TokenStream {
        let none = TokenStream::new();
        self.features
            .iter()
            .map(|(feature, _)| {
                let impls = match self.impls {
                    Some(generate) => form(generate(shape, Asked { problem, feature })),
                    None => self.left_out(feature),
                };
                crate::gates::interop(shape.krate, feature, &impls, &none)
            })
            .collect()
    }
}

/// The keys of the interops, in the table's order.
pub(crate) fn keys() -> Vec<&'static str> {
    INTEROPS.iter().map(|interop| interop.key).collect()
}

/// `tokens` with the body of every function replaced by `{ ::core::unreachable!() }`: the first
/// brace group after `fn` at a level is its body; every other group is searched.
pub(crate) fn without_bodies(tokens: TokenStream) -> TokenStream {
    let mut out = TokenStream::new();
    let mut in_signature = false;
    for tree in tokens {
        match tree {
            TokenTree::Ident(ident) if ident == "fn" => {
                in_signature = true;
                out.extend([TokenTree::Ident(ident)]);
            }
            TokenTree::Group(group) if in_signature && group.delimiter() == Delimiter::Brace => {
                in_signature = false;
                let mut body = Group::new(Delimiter::Brace, quote!(::core::unreachable!()));
                body.set_span(group.span());
                out.extend([TokenTree::Group(body)]);
            }
            TokenTree::Group(group) => {
                let mut inner = Group::new(group.delimiter(), without_bodies(group.stream()));
                inner.set_span(group.span());
                out.extend([TokenTree::Group(inner)]);
            }
            TokenTree::Punct(punct) if in_signature && punct.as_char() == ';' => {
                // A function without a body, as in a trait.
                in_signature = false;
                out.extend([TokenTree::Punct(punct)]);
            }
            other => out.extend([other]),
        }
    }
    out
}

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
