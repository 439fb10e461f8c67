//! Stage 4, continued: the generators of the opt-in impls for web services, `axum`, `actix`,
//! `problem`, `utoipa` and `aide`, each a row of the interop table (`interop.rs`).
//!
//! They read a value through its inherent `code()` and `reason()`, which every derived enum has,
//! by value for a fieldless enum and by reference for an error enum.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::members::{HeaderValue, ProblemTypeRef};
use super::shape::{Asked, Shape};

/// `IntoResponse`: the member's status with its phrase on HTTP/1 (a `reason = "..."` included) and
/// its header fields. With `problem`, the body is the value's problem details as
/// `application/problem+json`. The runtime's `respond` applies the registry's rules: a code `http`
/// cannot carry is a 500, a status without content has no body.
pub(crate) fn axum(shape: &Shape<'_, '_, '_>, asked: Asked) -> TokenStream {
    let problem = asked.problem;
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let axum = quote!(#krate::__private::axum_core::response);
    // A fieldless enum is `Copy` and its `reason` takes `self`; an error enum's takes `&self`.
    let this = if shape.data { quote!(&self) } else { quote!(self) };
    let headers = headers(shape, &quote!(#krate::__private), false);
    let binding = if headers.is_some() { quote!(mut response) } else { quote!(response) };
    let problem_body = headers.is_some().then(|| quote!(let __problem_body = problem.is_some();));
    let impl_with = |problem: &TokenStream, where_clause: &TokenStream| {
        quote! {
            #[automatically_derived]
            impl #impl_generics #axum::IntoResponse for #name #type_generics #where_clause {
                fn into_response(self) -> #axum::Response {
                    let problem = #problem;
                    #problem_body
                    let #binding = #krate::__private::respond(Self::status(&self), Self::reason(#this), problem);
                    #headers
                    response
                }
            }
        }
    };
    with_problem(shape, problem, &quote!(&self), impl_with)
}

/// The statement that adds each member's header fields to `response` through `insert` (the
/// runtime's `insert_header` of the framework). From `self` by value (axum's `into_response`) it
/// moves the fields it sends; from `&self` (actix's `error_response`) it clones them. `None` when
/// no member has any.
fn headers(shape: &Shape<'_, '_, '_>, runtime: &TokenStream, by_ref: bool) -> Option<TokenStream> {
    let (insert, failure) = (quote!(#runtime::insert_header), quote!(#runtime::header_failure));
    let arms: Vec<TokenStream> = shape
        .members
        .iter()
        .filter(|m| !m.headers.is_empty())
        .map(|member| {
            let ident = member.ident;
            let variant = ident.to_string();
            let mut bindings = Vec::new();
            let inserts = member.headers.iter().enumerate().map(|(index, header)| {
                let field_name = &header.name;
                let value = match &header.value {
                    HeaderValue::Fixed(value) => quote!(#value),
                    HeaderValue::Field(field, _) => {
                        let local = format_ident!("__header_{}", index);
                        bindings.push(quote!(#field: #local));
                        if by_ref { quote!(::core::clone::Clone::clone(#local)) } else { quote!(#local) }
                    }
                };
                quote! {
                    if !#insert(&mut response, #field_name, #value) {
                        return #failure(#variant, #field_name, __problem_body);
                    }
                }
            });
            let inserts: Vec<TokenStream> = inserts.collect();
            quote!(Self::#ident { #( #bindings, )* .. } => { #( #inserts )* })
        })
        .collect();
    if arms.is_empty() {
        return None;
    }
    let rest = (arms.len() < shape.members.len() || shape.catch_all.is_some()).then(|| quote!(_ => {}));
    Some(quote! {
        match self {
            #( #arms )*
            #rest
        }
    })
}

/// actix-web: a fieldless enum is a `Responder`, an error enum (members with data) a
/// `ResponseError`, so that handlers return `Result<T, E>`. The response follows the same rules as
/// axum's, through the runtime's `actix::respond`: the member's phrase on HTTP/1, its header
/// fields (a field's value is cloned, since `error_response` borrows), and with `problem` the
/// problem as the body.
pub(crate) fn actix(shape: &Shape<'_, '_, '_>, asked: Asked) -> TokenStream {
    let problem = asked.problem;
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let runtime = quote!(#krate::__private::actix);
    let actix = quote!(#runtime::actix_web);
    let (this, value) = if shape.data { (quote!(self), quote!(self)) } else { (quote!(self), quote!(&self)) };
    let headers = headers(shape, &runtime, shape.data);
    let binding = if headers.is_some() { quote!(mut response) } else { quote!(response) };
    let problem_body = headers.is_some().then(|| quote!(let __problem_body = problem.is_some();));
    let body = |problem: &TokenStream| {
        quote! {
            let problem = #problem;
            #problem_body
            let #binding = #runtime::respond(Self::status(#value), Self::reason(#this), problem);
            #headers
            response
        }
    };
    let impl_with = |problem: &TokenStream, where_clause: &TokenStream| {
        let body = body(problem);
        if shape.data {
            quote! {
                #[automatically_derived]
                impl #impl_generics #actix::ResponseError for #name #type_generics #where_clause {
                    fn status_code(&self) -> #actix::http::StatusCode {
                        #runtime::status_code(Self::code(self))
                    }

                    fn error_response(&self) -> #actix::HttpResponse {
                        #body
                    }
                }
            }
        } else {
            quote! {
                #[automatically_derived]
                impl #impl_generics #actix::Responder for #name #type_generics #where_clause {
                    type Body = #actix::body::BoxBody;

                    fn respond_to(self, _: &#actix::HttpRequest) -> #actix::HttpResponse {
                        #body
                    }
                }
            }
        }
    };
    with_problem(shape, problem, &value, impl_with)
}

/// A response impl made by `impl_with(problem, where clause)`, where `problem` is the expression
/// of the response's `Option<Problem>`: with `problem` asked for, `Some` of the value's problem
/// (`value` is `&Self`) when the runtime has the feature, and otherwise `None`, quietly, beside the
/// error that names the feature.
fn with_problem(
    shape: &Shape<'_, '_, '_>,
    problem: bool,
    value: &TokenStream,
    impl_with: impl Fn(&TokenStream, &TokenStream) -> TokenStream,
) -> TokenStream {
    let krate = shape.krate;
    let none = quote!(::core::option::Option::None);
    let where_clause = shape.bounds();
    let plain = quote!(#where_clause);
    let body = if problem {
        let some = quote! {
            ::core::option::Option::Some(<#krate::Problem as ::core::convert::From<&Self>>::from(#value))
        };
        crate::gates::interop(krate, "problem", &impl_with(&some, &display_bound(shape)), &impl_with(&none, &plain))
    } else {
        impl_with(&none, &plain)
    };
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #body
        };
    }
}

/// `From<&E> for Problem`: the member's status, titled by the registry's phrase of its status
/// (RFC 9457, Section 4.2.1), with a registered `problem_type` its URI and title, with one of the
/// member's own that URI and its own phrase; `#[member]` fields go into the body. An error
/// enum's `Display` is the detail of a 4xx (a 5xx keeps its text to the server); a fieldless
/// enum's `Display` is its status line, which says nothing the title does not, so it has none.
pub(crate) fn problem(shape: &Shape<'_, '_, '_>, _: Asked) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let detail =
        if shape.data { quote!(::core::option::Option::Some(value)) } else { quote!(::core::option::Option::None) };
    let arms = shape.members.iter().map(|member| {
        let (ident, code) = (member.ident, member.code());
        let (title, problem_type) = match &member.problem_type {
            Some(ProblemTypeRef::Registered(ty)) => {
                let uri = &ty.uri.value;
                (ty.title.value.as_str(), quote!(::core::option::Option::Some(#uri)))
            }
            Some(ProblemTypeRef::Own(uri)) => (member.reason(), quote!(::core::option::Option::Some(#uri))),
            None => (member.found.status.entry.reason.value.as_str(), quote!(::core::option::Option::None)),
        };
        let fields = member.body.iter().map(|b| &b.field);
        let bindings: Vec<_> = (0..member.body.len()).map(|i| format_ident!("__member{}", i)).collect();
        let names = member.body.iter().map(|b| &b.name);
        let variant = ident.to_string();
        let problem = quote!(#krate::__private::problem_of(#code, #title, #problem_type, #detail));
        if member.body.is_empty() {
            return quote!(#name::#ident { .. } => #problem,);
        }
        quote! {
            #name::#ident { #( #fields: #bindings, )* .. } => {
                let problem = ::core::result::Result::Ok(#problem);
                #( let problem = #krate::__private::with_member(problem, #variant, #names, #bindings); )*
                match problem {
                    ::core::result::Result::Ok(problem) | ::core::result::Result::Err(problem) => problem,
                }
            }
        }
    });
    let other = shape.other_arm(&quote! {
        #krate::__private::problem_of(code, #krate::StatusCode::from_code(code).reason(), ::core::option::Option::None, #detail)
    });
    let scrutinee = if shape.data { quote!(value) } else { quote!(*value) };
    let where_clause = display_bound(shape);
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics ::core::convert::From<&#name #type_generics> for #krate::Problem #where_clause {
                fn from(value: &#name #type_generics) -> Self {
                    match #scrutinee {
                        #( #arms )*
                        #other
                    }
                }
            }
        };
    }
}

/// `utoipa::IntoResponses`: a response per member code, described by its phrase; with `problem`,
/// the `application/problem+json` body of `Problem` by reference. For the utoipa version of
/// `asked.feature`: 6 with feature `utoipa`, 5 with `utoipa5` (the table emits one impl for each
/// the runtime speaks).
pub(crate) fn utoipa(shape: &Shape<'_, '_, '_>, asked: Asked) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let where_clause = shape.bounds();
    let rows = documented_rows(shape);
    let problem = asked.problem;
    let module = format_ident!("{}", if asked.feature == "utoipa5" { "utoipa5" } else { "utoipa6" });
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #krate::__private::#module::utoipa::IntoResponses for #name #type_generics #where_clause {
                fn responses() -> #krate::__private::#module::Responses {
                    #krate::__private::#module::responses(#rows, #problem)
                }
            }
        };
    }
}

/// What an OpenAPI document says of each member: `&[(code, phrase, may have content, header
/// fields)]`, each header field `(name, example, integer, required by)`: the member's own fields
/// (a fixed value is its example; a field's value is an integer when its type is one), and the
/// fields the registry's rules ask of the status, with the rule's source where it is a MUST.
fn documented_rows(shape: &Shape<'_, '_, '_>) -> TokenStream {
    let rows = shape.members.iter().map(|member| {
        let entry = &member.found.status.entry;
        let (code, reason, content) = (member.code(), member.reason(), entry.allows_content);
        let must = |name: &str| {
            entry
                .headers
                .iter()
                .find(|r| r.level.value == crate::model::Level::Must && r.name.value == name)
                .map(|r| r.spec.value.clone())
        };
        let option = |text: Option<String>| match text {
            Some(text) => quote!(::core::option::Option::Some(#text)),
            None => quote!(::core::option::Option::None),
        };
        let mut headers: Vec<TokenStream> = member
            .headers
            .iter()
            .map(|header| {
                let name = &header.name;
                let (example, integer) = match &header.value {
                    HeaderValue::Fixed(value) => (Some(value.clone()), false),
                    HeaderValue::Field(_, integer) => (None, *integer),
                };
                let (example, required) = (option(example), option(must(name)));
                quote!((#name, #example, #integer, #required))
            })
            .collect();
        for rule in entry.headers.iter().filter(|r| r.level.value == crate::model::Level::Must) {
            if member.headers.iter().all(|h| h.name != rule.name.value) {
                let (name, spec) = (&rule.name.value, &rule.spec.value);
                headers.push(quote!((#name, ::core::option::Option::None, false, ::core::option::Option::Some(#spec))));
            }
        }
        quote!((#code, #reason, #content, &[ #( #headers ),* ]))
    });
    quote!(&[ #( #rows ),* ])
}

/// `aide::OperationOutput`: the inferred responses of a handler that returns the enum (or a
/// `Result` with it as the error), one per code as utoipa's, with `Problem`'s schema by reference
/// when `problem` is on too.
pub(crate) fn aide(shape: &Shape<'_, '_, '_>, asked: Asked) -> TokenStream {
    let problem = asked.problem;
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let where_clause = shape.bounds();
    let runtime = quote!(#krate::__private::aide);
    let aide = quote!(#runtime::aide);
    let rows = documented_rows(shape);
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #aide::operation::OperationOutput for #name #type_generics #where_clause {
                type Inner = Self;

                fn inferred_responses(
                    ctx: &mut #aide::generate::GenContext,
                    _: &mut #aide::openapi::Operation,
                ) -> #runtime::Responses {
                    #runtime::responses(ctx, #rows, #problem)
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

/// `From<&E>` and `From<E>` for `tonic::Status`, for a service that answers gRPC calls with the
/// same error enum as its HTTP routes. The code is the one a server means by the member's status
/// (`GrpcCode::server_meaning`, `google.rpc.Code`'s HTTP mapping: 404 is `NOT_FOUND`), or the
/// member's own `grpc = "..."`; the message is the value's `Display` for a 4xx and the member's
/// phrase otherwise, so a server error keeps its text to the server, as its problem details do.
pub(crate) fn tonic(shape: &Shape<'_, '_, '_>, _: Asked) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let runtime = quote!(#krate::__private::tonic);
    let arms = shape.members.iter().map(|member| {
        let (ident, code, reason) = (member.ident, member.code(), member.reason());
        let grpc = member.grpc.map_or_else(|| crate::grpc::GrpcCode::server_meaning(code), |(grpc, _)| grpc);
        let grpc = format_ident!("{}", format!("{grpc:?}"));
        quote!(#name::#ident { .. } => (#krate::GrpcCode::#grpc, #code, #reason),)
    });
    let other = shape.other_arm(&quote! {
        (#krate::GrpcCode::server_meaning(code), code, #krate::StatusCode::from_code(code).reason())
    });
    let scrutinee = if shape.data { quote!(value) } else { quote!(*value) };
    let where_clause = display_bound(shape);
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics ::core::convert::From<&#name #type_generics> for #runtime::tonic::Status #where_clause {
                fn from(value: &#name #type_generics) -> Self {
                    let (grpc, code, reason) = match #scrutinee {
                        #( #arms )*
                        #other
                    };
                    #runtime::status(grpc, code, reason, value)
                }
            }

            #[automatically_derived]
            impl #impl_generics ::core::convert::From<#name #type_generics> for #runtime::tonic::Status #where_clause {
                fn from(value: #name #type_generics) -> Self {
                    <Self as ::core::convert::From<&#name #type_generics>>::from(&value)
                }
            }
        };
    }
}

/// warp: `rejection::Rejected` (the member's response from a reference), `Reply` (that response,
/// by value) and `Reject`, so that a filter can reject with a member and `rejection::recover`
/// answers with its response. The response follows the same rules as axum's, through the
/// runtime's `warp::respond`: the member's phrase on HTTP/1, its header fields (a field's value is
/// cloned, since the response is made from a reference), and with `problem` the problem as the
/// body.
pub(crate) fn warp(shape: &Shape<'_, '_, '_>, asked: Asked) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let runtime = quote!(#krate::__private::warp);
    let warp = quote!(#runtime::warp);
    // From `&self`: a fieldless enum's `reason` takes the value, an error enum's a reference.
    let reason = if shape.data { quote!(Self::reason(self)) } else { quote!(Self::reason(*self)) };
    let headers = headers(shape, &runtime, true);
    let binding = if headers.is_some() { quote!(mut response) } else { quote!(response) };
    let problem_body = headers.is_some().then(|| quote!(let __problem_body = problem.is_some();));
    let impl_with = |problem: &TokenStream, where_clause: &TokenStream| {
        quote! {
            #[automatically_derived]
            impl #impl_generics #krate::rejection::Rejected for #name #type_generics #where_clause {
                fn response(&self) -> #warp::reply::Response {
                    let problem = #problem;
                    #problem_body
                    let #binding = #runtime::respond(Self::status(self), #reason, problem);
                    #headers
                    response
                }
            }

            #[automatically_derived]
            impl #impl_generics #warp::Reply for #name #type_generics #where_clause {
                fn into_response(self) -> #warp::reply::Response {
                    #krate::rejection::Rejected::response(&self)
                }
            }

            #[automatically_derived]
            impl #impl_generics #warp::reject::Reject for #name #type_generics #where_clause {}
        }
    };
    with_problem(shape, asked.problem, &quote!(self), impl_with)
}
