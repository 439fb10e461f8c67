//! The data a derived enum's accessors read: extension records, the code-to-value table, and one
//! row per member.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use super::members::Member;
use super::shape::Shape;
use status_registry_model::docs::display_text;

/// The tables the accessors read: extension records, code to value, and member rows.
pub(crate) fn tables(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let Shape { name, krate, members, .. } = *shape;
    let ext: &[_] = shape.extension.map_or(&[], |e| e.statuses.as_slice());
    let ext_statics: Vec<Ident> = ext.iter().map(|s| format_ident!("EXT_INFO_{}", s.entry.code.value)).collect();
    // An extension entry's record is a row of the runtime's grammar, written as the built-in rows
    // are.
    let ext_infos = ext.iter().map(|s| {
        let row = status_registry_model::builtin::extension_row(&s.name, &s.entry);
        match row.parse::<TokenStream>() {
            Ok(row) => quote!(#krate::__status_row!([#krate] info #row)),
            Err(error) => {
                let message =
                    format!("the record of extension entry {} is not valid Rust: {error}", s.entry.code.value);
                quote!(::core::compile_error!(#message))
            }
        }
    });
    let ext_codes: Vec<u16> = ext.iter().map(|s| s.entry.code.value).collect();

    // The catch-all may hold an extension code that no variant names; its record is found here.
    let ext_info = if ext_codes.is_empty() {
        quote! {
            #[allow(dead_code)]
            const fn ext_info(_: ::core::primitive::u16) -> ::core::option::Option<&'static #krate::Info> {
                ::core::option::Option::None
            }
        }
    } else {
        quote! {
            #[allow(dead_code)]
            const fn ext_info(code: ::core::primitive::u16) -> ::core::option::Option<&'static #krate::Info> {
                match code {
                    #( #ext_codes => ::core::option::Option::Some(&#ext_statics), )*
                    _ => ::core::option::Option::None,
                }
            }
        }
    };

    let idents = shape.idents();
    let slots: Vec<usize> = members.iter().map(|m| usize::from(m.code())).collect();
    let by_code = match shape.catch_all {
        Some(catch_all) => {
            let other = shape.other_value(catch_all, &quote!(code as ::core::primitive::u16));
            // Any value to start from; every slot is written below.
            let start = match idents.first() {
                Some(first) => quote!(#name::#first),
                None => {
                    let zero = shape.other_value(catch_all, &quote!(0));
                    quote!(match #zero {
                        ::core::option::Option::Some(value) => value,
                        ::core::option::Option::None => ::core::panic!("an enum without members has no member at 0"),
                    })
                }
            };
            quote! {
                static BY_CODE: [#name; 1000] = {
                    let mut table = [const { #start }; 1000];
                    let mut code = 0;
                    while code < 1000 {
                        if let ::core::option::Option::Some(value) = #other {
                            table[code] = value;
                        }
                        code += 1;
                    }
                    #( table[#slots] = #name::#idents; )*
                    table
                };
            }
        }
        None => quote! {
            static BY_CODE: [::core::option::Option<#name>; 1000] = {
                let mut table = [const { ::core::option::Option::None }; 1000];
                #( table[#slots] = ::core::option::Option::Some(#name::#idents); )*
                table
            };
        },
    };

    let count = members.len();
    let reasons: Vec<&str> = members.iter().map(Member::reason).collect();
    let texts: Vec<String> = members.iter().map(|m| display_text(m.code(), m.reason())).collect();
    let infos = members.iter().map(|m| {
        if m.found.extension {
            let ident = format_ident!("EXT_INFO_{}", m.code());
            quote!(::core::option::Option::Some(&#ident))
        } else {
            let variant = format_ident!("{}", m.found.status.name);
            quote!(#krate::StatusCode::#variant.info())
        }
    });
    let positions: Vec<usize> = (0..count).collect();
    let catch_position = shape.catch_all.map(|_| quote!(_ => #count,));
    quote! {
        #( static #ext_statics: #krate::Info = #ext_infos; )*

        #ext_info

        #by_code

        /// Members' data in variant order; `position` finds a member's row in one step.
        static REASONS: [&::core::primitive::str; #count] = [ #( #reasons ),* ];
        static TEXTS: [&::core::primitive::str; #count] = [ #( #texts ),* ];
        static INFOS: [::core::option::Option<&'static #krate::Info>; #count] = [ #( #infos ),* ];

        /// The row of a member; the catch-all has none and gets the number of members.
        #[inline]
        const fn position(status: #name) -> ::core::primitive::usize {
            match status {
                #( #name::#idents => #positions, )*
                #catch_position
            }
        }
    }
}
