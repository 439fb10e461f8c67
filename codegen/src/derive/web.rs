//! Stage 4, continued: the opt-in impls for web services, `#[status_registry(axum)]`,
//! `#[status_registry(problem)]` and `#[status_registry(utoipa)]`. Like `http` and `serde`, each is
//! emitted only when the enum asks, and asking without the runtime's feature is a compile error
//! naming it.
//!
//! They read a value through its inherent `code()` and `reason()`, which every derived enum has,
//! by value for a fieldless enum and by reference for an error enum.

use proc_macro2::TokenStream;
use quote::quote;

use super::members::Member;
use super::shape::Shape;

/// `IntoResponse`: the member's status with its phrase on HTTP/1 (a `reason = "..."` included).
/// With `problem`, the body is the value's problem details as `application/problem+json`.
pub(crate) fn axum(shape: &Shape<'_, '_, '_>, problem: bool) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let where_clause = shape.bounds();
    let axum = quote!(#krate::__private::axum_core::response);
    // A fieldless enum is `Copy` and its `code`/`reason` take `self`; an error enum's take `&self`.
    let this = if shape.data { quote!(&self) } else { quote!(self) };
    let empty = quote! {
        #krate::__private::empty_response(Self::code(#this), Self::reason(#this))
    };
    let with_problem = quote! {
        let mut response =
            #axum::IntoResponse::into_response(<#krate::Problem as ::core::convert::From<&Self>>::from(&self));
        #krate::__private::with_reason(&mut response, Self::reason(#this));
        response
    };
    // The problem body needs the value's `Display`, which a generic enum may have only for some
    // parameters: the impl then asks for it.
    let display = display_bound(shape);
    let impl_with = |body: &TokenStream, where_clause: &TokenStream| {
        quote! {
            #[automatically_derived]
            impl #impl_generics #axum::IntoResponse for #name #type_generics #where_clause {
                fn into_response(self) -> #axum::Response {
                    #body
                }
            }
        }
    };
    let plain = quote!(#where_clause);
    let body = if problem {
        // Without the runtime's `problem` the error says so; the plain response keeps the rest quiet.
        crate::gates::interop(krate, "problem", &impl_with(&with_problem, &display), &impl_with(&empty, &plain))
    } else {
        impl_with(&empty, &plain)
    };
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #body
        };
    }
}

/// `From<&E> for Problem`: the member's status and phrase, and for a 4xx the value's `Display` as
/// the detail (a 5xx keeps its text to the server).
pub(crate) fn problem(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let read = if shape.data {
        quote!((<#name #type_generics>::code(value), <#name #type_generics>::reason(value)))
    } else {
        quote!((#name::code(*value), #name::reason(*value)))
    };
    let where_clause = display_bound(shape);
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics ::core::convert::From<&#name #type_generics> for #krate::Problem #where_clause {
                fn from(value: &#name #type_generics) -> Self {
                    let (code, reason) = #read;
                    #krate::__private::problem_of(code, reason, value)
                }
            }
        };
    }
}

/// `utoipa::IntoResponses`: a response per member code, described by its phrase; with `problem`,
/// the `application/problem+json` body of `Problem`.
pub(crate) fn utoipa(shape: &Shape<'_, '_, '_>, problem: bool) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let where_clause = shape.bounds();
    let codes = shape.members.iter().map(Member::code);
    let reasons = shape.members.iter().map(Member::reason);
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #krate::__private::utoipa::IntoResponses for #name #type_generics #where_clause {
                fn responses() -> #krate::__private::Responses {
                    #krate::__private::responses(&[ #( (#codes, #reasons) ),* ], #problem)
                }
            }
        };
    }
}

/// The enum's where clause, and for a generic enum `Self: Display` too, which the problem's
/// detail reads (a non-generic enum states nothing: its `Display` is simply required).
fn display_bound(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let (_, type_generics, _) = shape.generics.split_for_impl();
    let name = shape.name;
    if shape.generics.params.is_empty() {
        let where_clause = shape.bounds();
        return quote!(#where_clause);
    }
    let predicates = shape.generics.where_clause.iter().flat_map(|w| w.predicates.iter());
    quote!(where #( #predicates, )* #name #type_generics: ::core::fmt::Display)
}
