//! Stage 3: the implementations for a checked enum, one small function per impl.
//!
//! Everything is emitted inside one `#[allow(deprecated)] const _: () = { ... };`, so helper items
//! stay private and deprecated members cause no warnings the user cannot silence. Every path is
//! fully qualified (`::core::primitive::u16`), so shadowed names in the user's crate do not matter.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;

use super::members::Member;
use super::shape::Shape;
use status_registry_model::docs::display_text;

/// Every impl of the derive.
pub(crate) fn expand(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let parts = [
        copy_assertion(shape),
        members_impl(shape),
        super::tables::tables(shape),
        inherent(shape),
        status(shape),
        registry(shape),
        display(shape),
        from_str(shape),
        into_numbers(shape),
        from_u16(shape),
        from_status_code(shape),
    ];
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #( #parts )*
        };
    }
}

/// Every impl asks for `Copy` in its where clause; this says, once, that the enum lacks it.
fn copy_assertion(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let Shape { name, krate, .. } = *shape;
    quote_spanned!(name.span()=> const _: () = #krate::__private::assert_copy::<#name>();)
}

/// The member codes, which `NonMember<Self>` is checked against when it is made.
fn members_impl(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let bounds = shape.bounds();
    let Shape { name, krate, members, .. } = *shape;
    let codes = members.iter().map(Member::code);
    quote! {
        #[automatically_derived]
        impl #krate::__private::Members for #name #bounds {
            const CODES: &'static [::core::primitive::u16] = &[ #( #codes ),* ];
        }
    }
}

/// An inherent `const fn code`, so codes of a derived enum work in `const` items.
fn inherent(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let bounds = shape.bounds();
    let name = shape.name;
    let idents = shape.idents();
    let codes: Vec<u16> = shape.members.iter().map(Member::code).collect();
    let other = shape.other_arm(&quote!(code));
    // The generated docs list each member with its status line, as `Display` prints it.
    let mut docs = vec![" The numeric status code. The members:".to_owned(), String::new()];
    docs.extend(shape.members.iter().map(|m| format!(" - `{}`: `{}`", m.ident, display_text(m.code(), m.reason()))));
    if let Some(catch_all) = shape.catch_all {
        docs.push(format!(" - `{}`: any other code, with its registry phrase when it has one", catch_all.ident));
    }
    let krate = shape.krate;
    // `ALL` is ascending by code, whatever the declaration order.
    let mut sorted: Vec<&Member<'_, '_>> = shape.members.iter().collect();
    sorted.sort_by_key(|m| m.code());
    let all = sorted.iter().map(|m| m.ident);
    quote! {
        #[automatically_derived]
        impl #name #bounds {
            /// Every member, ascending by code (the catch-all is not a member).
            pub const ALL: &'static [Self] = &[ #( #name::#all ),* ];

            #( #[doc = #docs] )*
            #[must_use]
            #[inline]
            pub const fn code(self) -> ::core::primitive::u16 {
                match self {
                    #( #name::#idents => #codes, )*
                    #other
                }
            }

            /// The reason phrase: the member's own `reason = "..."`, else the registry's.
            #[must_use]
            #[inline]
            pub fn reason(self) -> &'static ::core::primitive::str {
                <Self as #krate::Status>::reason(self)
            }

            /// The built-in status of the value: the meaning its member names (a vendor's, when
            /// it names one), or for the catch-all the code's.
            #[must_use]
            #[inline]
            pub fn status(&self) -> #krate::StatusCode {
                <#krate::StatusCode as ::core::convert::From<Self>>::from(*self)
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<::core::primitive::u16> for #name #bounds {
            #[inline]
            fn eq(&self, other: &::core::primitive::u16) -> ::core::primitive::bool {
                #name::code(*self) == *other
            }
        }

        #[automatically_derived]
        impl ::core::cmp::PartialEq<#name> for ::core::primitive::u16 #bounds {
            #[inline]
            fn eq(&self, other: &#name) -> ::core::primitive::bool {
                *self == #name::code(*other)
            }
        }
    }
}

/// Reads a member's row; with a catch-all, `catch` handles that variant first.
fn by_row(shape: &Shape<'_, '_, '_>, scrutinee: &TokenStream, catch: &TokenStream, row: &TokenStream) -> TokenStream {
    match shape.other_arm(catch) {
        // Only the catch-all: no other arm may follow it, or rustc calls it unreachable.
        Some(arm) if shape.members.is_empty() => quote!(match #scrutinee { #arm }),
        Some(arm) => quote!(match #scrutinee { #arm _ => #row }),
        None => row.clone(),
    }
}

fn status(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let bounds = shape.bounds();
    let Shape { name, krate, .. } = *shape;
    let info = by_row(
        shape,
        &quote!(self),
        &quote! {
            match ext_info(code) {
                ::core::option::Option::Some(info) => ::core::option::Option::Some(info),
                ::core::option::Option::None => #krate::StatusCode::from_code(code).info(),
            }
        },
        &quote!(INFOS[position(self)]),
    );
    let reason = by_row(
        shape,
        &quote!(self),
        &quote! {
            match ext_info(code) {
                ::core::option::Option::Some(info) => info.reason,
                ::core::option::Option::None => #krate::StatusCode::from_code(code).reason(),
            }
        },
        &quote!(REASONS[position(self)]),
    );
    quote! {
        #[automatically_derived]
        impl #krate::Status for #name #bounds {
            #[inline]
            fn code(self) -> ::core::primitive::u16 {
                #name::code(self)
            }

            #[inline]
            fn info(self) -> ::core::option::Option<&'static #krate::Info> {
                #info
            }

            #[inline]
            fn reason(self) -> &'static ::core::primitive::str {
                #reason
            }
        }
    }
}

fn registry(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let bounds = shape.bounds();
    let Shape { name, krate, .. } = *shape;
    let lookup = match shape.other_pattern() {
        Some(other) => quote! {
            match BY_CODE.get(code as ::core::primitive::usize) {
                ::core::option::Option::Some(#other) => ::core::option::Option::None,
                ::core::option::Option::Some(member) => ::core::option::Option::Some(*member),
                ::core::option::Option::None => ::core::option::Option::None,
            }
        },
        None => quote! {
            match BY_CODE.get(code as ::core::primitive::usize) {
                ::core::option::Option::Some(slot) => *slot,
                ::core::option::Option::None => ::core::option::Option::None,
            }
        },
    };
    quote! {
        #[automatically_derived]
        impl #krate::Registry for #name #bounds {
            const ALL: &'static [Self] = #name::ALL;

            #[inline]
            fn lookup(code: ::core::primitive::u16) -> ::core::option::Option<Self> {
                #lookup
            }
        }
    }
}

fn display(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let bounds = shape.bounds();
    let Shape { name, krate, .. } = *shape;
    let body = by_row(
        shape,
        &quote!(*self),
        &quote! {
            match #krate::Status::info(*self) {
                ::core::option::Option::Some(info) => f.pad(info.text),
                ::core::option::Option::None => ::core::fmt::Display::fmt(&#krate::StatusCode::from_code(code), f),
            }
        },
        &quote!(f.pad(TEXTS[position(*self)])),
    );
    quote! {
        #[automatically_derived]
        impl ::core::fmt::Display for #name #bounds {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #body
            }
        }
    }
}

/// Parsing knows codes, and each member's own words: its names and the phrases of the meaning it
/// names, never those of another meaning of its code; see `__private::parse_member`.
fn from_str(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let bounds = shape.bounds();
    let Shape { name, krate, members, .. } = *shape;
    let mut names: Vec<(String, &Ident)> = Vec::new();
    let mut phrases: Vec<(String, u16)> = Vec::new();
    for member in members {
        let status = member.found.status;
        let code = member.code();
        names.push((member.ident.unraw().to_string(), member.ident));
        if member.ident.unraw() != status.name {
            names.push((status.name.clone(), member.ident));
        }
        phrases.extend(member.reason.iter().map(|r| (r.clone(), code)));
        phrases.extend(
            std::iter::once(&status.entry.reason).chain(&status.entry.aliases).map(|p| (p.value.clone(), code)),
        );
    }
    // Extension entries no member names are the catch-all's; their phrases are known for it.
    let member_codes: Vec<u16> = members.iter().map(Member::code).collect();
    let others: Vec<(String, u16)> = shape
        .extension
        .iter()
        .flat_map(|e| &e.statuses)
        .filter(|s| !member_codes.contains(&s.entry.code.value))
        .flat_map(|s| {
            let code = s.entry.code.value;
            std::iter::once(&s.entry.reason).chain(&s.entry.aliases).map(move |p| (p.value.clone(), code))
        })
        .collect();
    let (name_texts, name_members): (Vec<String>, Vec<&Ident>) = names.into_iter().unzip();
    let (phrase_texts, phrase_codes): (Vec<String>, Vec<u16>) = phrases.into_iter().unzip();
    let (other_texts, other_codes): (Vec<String>, Vec<u16>) = others.into_iter().unzip();
    let value = if shape.catch_all.is_some() {
        quote!(|code| ::core::option::Option::Some(<Self as ::core::convert::From<::core::primitive::u16>>::from(code)))
    } else {
        quote!(<Self as #krate::Registry>::lookup)
    };
    quote! {
        #[automatically_derived]
        impl ::core::str::FromStr for #name #bounds {
            type Err = #krate::ParseStatusError;

            fn from_str(s: &::core::primitive::str) -> ::core::result::Result<Self, Self::Err> {
                #krate::__private::parse_member(s, &#krate::__private::Words {
                    names: &[ #( (#name_texts, #name::#name_members) ),* ],
                    phrases: &[ #( (#phrase_texts, #phrase_codes) ),* ],
                    others: &[ #( (#other_texts, #other_codes) ),* ],
                    member: <Self as #krate::Registry>::lookup,
                    value: #value,
                })
            }
        }
    }
}

/// The built-in `StatusCode` of a member: its own meaning (a vendor's, when it names one), or for
/// an extension entry the code's.
fn status_of(krate: &TokenStream, member: &Member<'_, '_>) -> TokenStream {
    if member.found.extension {
        let code = member.code();
        quote!(#krate::StatusCode::from_code(#code))
    } else {
        let variant = format_ident!("{}", member.found.status.name);
        quote!(#krate::StatusCode::#variant)
    }
}

/// `u16::from` and `StatusCode::from` a value.
fn into_numbers(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let bounds = shape.bounds();
    let Shape { name, krate, members, .. } = *shape;
    let idents = shape.idents();
    let statuses = members.iter().map(|m| status_of(krate, m));
    let other = shape.other_arm(&quote!(#krate::StatusCode::from_code(code)));
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<#name> for ::core::primitive::u16 #bounds {
            #[inline]
            fn from(status: #name) -> ::core::primitive::u16 {
                #name::code(status)
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<#name> for #krate::StatusCode #bounds {
            fn from(status: #name) -> Self {
                match status {
                    #( #name::#idents => #statuses, )*
                    #other
                }
            }
        }
    }
}

/// `From<u16>` with a catch-all: one load from the code table. `TryFrom<u16>` without one.
fn from_u16(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let bounds = shape.bounds();
    let Shape { name, krate, .. } = *shape;
    let type_name = name.to_string();
    match shape.catch_all.map(|catch_all| shape.other_value(catch_all, &quote!(code))) {
        Some(other) => quote! {
            #[automatically_derived]
            impl ::core::convert::From<::core::primitive::u16> for #name #bounds {
                #[inline]
                fn from(code: ::core::primitive::u16) -> Self {
                    match BY_CODE.get(code as ::core::primitive::usize) {
                        ::core::option::Option::Some(status) => *status,
                        // Codes above 999 are never members, so the catch-all always takes them.
                        ::core::option::Option::None => match #other {
                            ::core::option::Option::Some(other) => other,
                            ::core::option::Option::None => BY_CODE[0],
                        },
                    }
                }
            }
        },
        None => quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<::core::primitive::u16> for #name #bounds {
                type Error = #krate::UnknownStatusError;

                fn try_from(code: ::core::primitive::u16) -> ::core::result::Result<Self, Self::Error> {
                    match <Self as #krate::Registry>::lookup(code) {
                        ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                        ::core::option::Option::None => {
                            ::core::result::Result::Err(#krate::UnknownStatusError::of_type(code, #type_name))
                        }
                    }
                }
            }
        },
    }
}

/// From a `StatusCode`, by its code: `From` with a catch-all, `TryFrom` without.
fn from_status_code(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let bounds = shape.bounds();
    let Shape { name, krate, .. } = *shape;
    if shape.catch_all.is_some() {
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<#krate::StatusCode> for #name #bounds {
                #[inline]
                fn from(status: #krate::StatusCode) -> Self {
                    <Self as ::core::convert::From<::core::primitive::u16>>::from(status.code())
                }
            }
        }
    } else {
        quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<#krate::StatusCode> for #name #bounds {
                type Error = #krate::UnknownStatusError;

                fn try_from(status: #krate::StatusCode) -> ::core::result::Result<Self, Self::Error> {
                    <Self as ::core::convert::TryFrom<::core::primitive::u16>>::try_from(status.code())
                }
            }
        }
    }
}

/// The impls of an enum whose members carry data (an error enum). It is built from its values,
/// never from a code, so it has no `From<u16>`, `FromStr`, `ALL` or catch-all, several members may
/// share a code, and it need not be `Copy`: what it gets is the status of each value.
pub(crate) fn expand_data(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let Shape { name, krate, members, generics, .. } = *shape;
    let (impl_generics, type_generics, where_clause) = generics.split_for_impl();
    let idents = shape.idents();
    let statuses: Vec<TokenStream> = members.iter().map(|m| status_of(krate, m)).collect();
    let codes = members.iter().map(Member::code);
    let reasons = members.iter().map(Member::reason);
    let mut docs = vec![" The numeric status code of the value. The members:".to_owned(), String::new()];
    docs.extend(members.iter().map(|m| format!(" - `{}`: `{}`", m.ident, display_text(m.code(), m.reason()))));
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #name #type_generics #where_clause {
                /// The built-in status of the value: the meaning its member names (a vendor's,
                /// when it names one).
                #[must_use]
                pub fn status(&self) -> #krate::StatusCode {
                    match self {
                        #( Self::#idents { .. } => #statuses, )*
                    }
                }

                #( #[doc = #docs] )*
                #[must_use]
                pub fn code(&self) -> ::core::primitive::u16 {
                    match self {
                        #( Self::#idents { .. } => #codes, )*
                    }
                }

                /// The reason phrase: the member's own `reason = "..."`, else the registry's.
                #[must_use]
                pub fn reason(&self) -> &'static ::core::primitive::str {
                    match self {
                        #( Self::#idents { .. } => #reasons, )*
                    }
                }
            }

            #[automatically_derived]
            impl #impl_generics ::core::convert::From<&#name #type_generics> for #krate::StatusCode #where_clause {
                fn from(value: &#name #type_generics) -> Self {
                    <#name #type_generics>::status(value)
                }
            }
        };
    }
}
