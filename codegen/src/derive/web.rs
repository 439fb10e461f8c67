//! Stage 4, continued: the generators of the opt-in impls for web services (`axum`, `actix`,
//! `warp`, `poem`, `salvo`, `rocket`; `problem`; `utoipa`, `aide`, `poem_openapi`; `tonic`), each
//! a row of the interop table (`interop.rs`). The frameworks' responses are one block, made by
//! `response` through the framework's `respond`, `insert_header` and `header_failure`.
//!
//! They read a value through its inherent `code()` and `reason()`, which every derived enum has,
//! by value for a fieldless enum and by reference for an error enum.
//!
//! Each generator is compiled only with the feature of its name (`interop::generator!`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::members::{HeaderValue, ProblemTypeRef};
use super::shape::{Asked, Shape};

/// `IntoResponse`: the member's status with its phrase on HTTP/1 (a `reason = "..."` included) and
/// its header fields. With `problem`, the body is the value's problem details as
/// `application/problem+json`. The runtime's `respond` applies the registry's rules: a code `http`
/// cannot carry is a 500, a status without content has no body.
#[cfg(feature = "axum")]
pub(crate) fn axum(shape: &Shape<'_, '_, '_>, asked: Asked) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let axum = quote!(#krate::__private::axum_core::response);
    let runtime = quote!(#krate::__private);
    let response = response(shape, &runtime, false);
    let impl_with = |problem: &TokenStream, where_clause: &TokenStream| {
        let response = response(problem);
        quote! {
            #[automatically_derived]
            impl #impl_generics #axum::IntoResponse for #name #type_generics #where_clause {
                fn into_response(self) -> #axum::Response {
                    #response
                }
            }
        }
    };
    with_problem(shape, asked.problem, &value(false), impl_with)
}

/// The statement that adds each member's header fields to `response` through `insert` (the
/// runtime's `insert_header` of the framework); at the first field that cannot be sent, the
/// response becomes the runtime's `header_failure` and no further field is added. From `self` by
/// value it moves the fields it sends; from `&self` it clones them. `None` when no member has any.
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
                        response = #failure(#variant, #field_name, __problem_body);
                    }
                }
            });
            let inserts: Vec<TokenStream> = inserts.collect();
            quote!(Self::#ident { #( #bindings, )* .. } => { #( #inserts )else* })
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

/// The block that makes a member's response through `runtime` (its framework's `respond`,
/// `insert_header` and `header_failure`), given the expression of its `Option<Problem>`: from
/// `self` by value, or from `&self` when `borrowed`. A block, so that any function of the
/// framework's can hold it.
fn response(shape: &Shape<'_, '_, '_>, runtime: &TokenStream, borrowed: bool) -> impl Fn(&TokenStream) -> TokenStream {
    // A fieldless enum is `Copy` and its `reason` takes the value; an error enum's a reference.
    let (status, reason) = match (borrowed, shape.data) {
        (false, false) => (quote!(Self::status(&self)), quote!(Self::reason(self))),
        (false, true) => (quote!(Self::status(&self)), quote!(Self::reason(&self))),
        (true, false) => (quote!(Self::status(self)), quote!(Self::reason(*self))),
        (true, true) => (quote!(Self::status(self)), quote!(Self::reason(self))),
    };
    let headers = headers(shape, runtime, borrowed);
    let binding = if headers.is_some() { quote!(mut response) } else { quote!(response) };
    let problem_body = headers.is_some().then(|| quote!(let __problem_body = problem.is_some();));
    let runtime = runtime.clone();
    move |problem| {
        quote! {
            {
                let problem = #problem;
                #problem_body
                let #binding = #runtime::respond(#status, #reason, problem);
                #headers
                response
            }
        }
    }
}

/// The value a response impl hands `with_problem`: `&Self`, from `self` or `&self`.
fn value(borrowed: bool) -> TokenStream {
    if borrowed { quote!(self) } else { quote!(&self) }
}

/// actix-web: a fieldless enum is a `Responder`, an error enum (members with data) a
/// `ResponseError`, so that handlers return `Result<T, E>`. The response follows the same rules as
/// axum's, through the runtime's `actix::respond`: the member's phrase on HTTP/1, its header
/// fields (a field's value is cloned, since `error_response` borrows), and with `problem` the
/// problem as the body.
#[cfg(feature = "actix")]
pub(crate) fn actix(shape: &Shape<'_, '_, '_>, asked: Asked) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let runtime = quote!(#krate::__private::actix);
    let actix = quote!(#runtime::actix_web);
    let response = response(shape, &runtime, shape.data);
    let impl_with = |problem: &TokenStream, where_clause: &TokenStream| {
        let response = response(problem);
        if shape.data {
            quote! {
                #[automatically_derived]
                impl #impl_generics #actix::ResponseError for #name #type_generics #where_clause {
                    fn status_code(&self) -> #actix::http::StatusCode {
                        #runtime::status_code(Self::code(self))
                    }

                    fn error_response(&self) -> #actix::HttpResponse {
                        #response
                    }
                }
            }
        } else {
            quote! {
                #[automatically_derived]
                impl #impl_generics #actix::Responder for #name #type_generics #where_clause {
                    type Body = #actix::body::BoxBody;

                    fn respond_to(self, _: &#actix::HttpRequest) -> #actix::HttpResponse {
                        #response
                    }
                }
            }
        }
    };
    with_problem(shape, asked.problem, &value(shape.data), impl_with)
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
#[cfg(feature = "problem")]
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
#[cfg(feature = "utoipa")]
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
#[cfg(feature = "aide")]
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

/// `From<E>` for `target` through its `From<&E>`, for conversions that only read the value.
fn from_owned(shape: &Shape<'_, '_, '_>, target: &TokenStream, where_clause: &TokenStream) -> TokenStream {
    let name = shape.name;
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    quote! {
        #[automatically_derived]
        impl #impl_generics ::core::convert::From<#name #type_generics> for #target #where_clause {
            fn from(value: #name #type_generics) -> Self {
                <Self as ::core::convert::From<&#name #type_generics>>::from(&value)
            }
        }
    }
}

/// `From<&E>` and `From<E>` for `tonic::Status`, for a service that answers gRPC calls with the
/// same error enum as its HTTP routes. The code is the one a server means by the member's status
/// (`GrpcCode::server_meaning`, `google.rpc.Code`'s HTTP mapping: 404 is `NOT_FOUND`), or the
/// member's own `grpc = "..."`; the message is the value's `Display` for a 4xx and the member's
/// phrase otherwise, so a server error keeps its text to the server, as its problem details do.
#[cfg(feature = "tonic")]
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
    let owned = from_owned(shape, &quote!(#runtime::tonic::Status), &where_clause);
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

            #owned
        };
    }
}

/// warp: `rejection::Rejected` (the member's response from a reference), `Reply` (that response,
/// by value) and `Reject`, so that a filter can reject with a member and `rejection::recover`
/// answers with its response. The response follows the same rules as axum's, through the
/// runtime's `warp::respond`: the member's phrase on HTTP/1, its header fields (a field's value is
/// cloned, since the response is made from a reference), and with `problem` the problem as the
/// body.
#[cfg(feature = "warp")]
pub(crate) fn warp(shape: &Shape<'_, '_, '_>, asked: Asked) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let runtime = quote!(#krate::__private::warp);
    let warp = quote!(#runtime::warp);
    let response = response(shape, &runtime, true);
    let impl_with = |problem: &TokenStream, where_clause: &TokenStream| {
        let response = response(problem);
        quote! {
            #[automatically_derived]
            impl #impl_generics #krate::rejection::Rejected for #name #type_generics #where_clause {
                fn response(&self) -> #warp::reply::Response {
                    #response
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
    with_problem(shape, asked.problem, &value(true), impl_with)
}

/// poem: a fieldless enum is an `IntoResponse`, an error enum (members with data) a
/// `ResponseError`, which with the enum's own `std::error::Error` makes it a `poem::Error`, so
/// that handlers return `Result<T, E>`. The response follows axum's rules through the runtime's
/// `poem::respond`: the member's phrase on HTTP/1 (poem hands hyper the phrase), its header
/// fields, and with `problem` the problem as the body.
#[cfg(feature = "poem")]
pub(crate) fn poem(shape: &Shape<'_, '_, '_>, asked: Asked) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let runtime = quote!(#krate::__private::poem);
    let poem = quote!(#runtime::poem);
    let response = response(shape, &runtime, shape.data);
    let impl_with = |problem: &TokenStream, where_clause: &TokenStream| {
        let response = response(problem);
        if shape.data {
            quote! {
                #[automatically_derived]
                impl #impl_generics #poem::error::ResponseError for #name #type_generics #where_clause {
                    fn status(&self) -> #poem::http::StatusCode {
                        #runtime::status_code(Self::code(self))
                    }

                    // Without the trait's bounds on `Self`, which only its default body needs.
                    fn as_response(&self) -> #poem::Response {
                        #response
                    }
                }
            }
        } else {
            quote! {
                #[automatically_derived]
                impl #impl_generics #poem::IntoResponse for #name #type_generics #where_clause {
                    fn into_response(self) -> #poem::Response {
                        #response
                    }
                }
            }
        }
    };
    with_problem(shape, asked.problem, &value(shape.data), impl_with)
}

/// poem-openapi's `ApiResponse`: one response per code, as utoipa's, and with `problem`,
/// `Problem`'s schema registered and referred to.
#[cfg(feature = "poem-openapi")]
pub(crate) fn poem_openapi(shape: &Shape<'_, '_, '_>, asked: Asked) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let where_clause = shape.bounds();
    let runtime = quote!(#krate::__private::poem_openapi);
    let rows = documented_rows(shape);
    let problem = asked.problem;
    quote! {
        #[allow(deprecated)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics #runtime::poem_openapi::ApiResponse for #name #type_generics #where_clause {
                fn meta() -> #runtime::Responses {
                    #runtime::responses(#rows, #problem)
                }

                fn register(registry: &mut #runtime::Registry) {
                    #runtime::register(registry, #problem);
                }
            }
        };
    }
}

/// salvo: `Scribe` (and so `Writer`, by salvo's own impl, for handlers that return `Result<T,
/// E>`), which renders the member's response into salvo's by axum's rules through the runtime's
/// `salvo::render`, and `From<&E>`/`From<E>` for salvo's `StatusError`, for services that let
/// salvo's catcher write the page: its status, the phrase as its name, and as its brief the
/// value's `Display` for a 4xx and the phrase otherwise (a 5xx keeps its text to the server).
#[cfg(feature = "salvo")]
pub(crate) fn salvo(shape: &Shape<'_, '_, '_>, asked: Asked) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let runtime = quote!(#krate::__private::salvo);
    let salvo = quote!(#runtime::salvo_core);
    let response = response(shape, &runtime, false);
    let this = quote!(<#name #type_generics>);
    let value = if shape.data { quote!(value) } else { quote!(*value) };
    let display = display_bound(shape);
    let impl_with = |problem: &TokenStream, where_clause: &TokenStream| {
        let response = response(problem);
        quote! {
            #[automatically_derived]
            impl #impl_generics #salvo::writing::Scribe for #name #type_generics #where_clause {
                fn render(self, res: &mut #salvo::http::Response) {
                    #runtime::render(res, #response);
                }
            }
        }
    };
    let scribe = with_problem(shape, asked.problem, &quote!(&self), impl_with);
    let owned = from_owned(shape, &quote!(#salvo::http::StatusError), &display);
    quote! {
        #scribe
        #[allow(deprecated)]
        const _: () = {
            #[automatically_derived]
            impl #impl_generics ::core::convert::From<&#name #type_generics> for #salvo::http::StatusError #display {
                fn from(value: &#name #type_generics) -> Self {
                    #runtime::status_error(#this::code(#value), #this::reason(#value), value)
                }
            }

            #owned
        };
    }
}

/// rocket: `Responder`, the member's status (rocket writes hyper's phrase, not the member's), its
/// header fields and with `problem` the problem as the body, through the runtime's
/// `rocket::respond`; no body where the status has none.
#[cfg(feature = "rocket")]
pub(crate) fn rocket(shape: &Shape<'_, '_, '_>, asked: Asked) -> TokenStream {
    let (name, krate) = (shape.name, shape.krate);
    let (impl_generics, type_generics, _) = shape.generics.split_for_impl();
    let runtime = quote!(#krate::__private::rocket);
    let rocket = quote!(#runtime::rocket);
    let response = response(shape, &runtime, false);
    // rocket's `Responder` has two lifetimes of its own beside the enum's parameters.
    let rocket_generics = if shape.generics.params.is_empty() {
        quote!(<'__r, '__o: '__r>)
    } else {
        // The enum's own, after rocket's: `<'__r, '__o: '__r, T: Bound>`.
        let own: TokenStream = quote::ToTokens::to_token_stream(&impl_generics).into_iter().skip(1).collect();
        quote!(<'__r, '__o: '__r, #own)
    };
    let impl_with = |problem: &TokenStream, where_clause: &TokenStream| {
        let response = response(problem);
        quote! {
            #[automatically_derived]
            impl #rocket_generics #rocket::response::Responder<'__r, '__o> for #name #type_generics #where_clause {
                fn respond_to(self, _: &'__r #rocket::Request<'_>) -> #rocket::response::Result<'__o> {
                    ::core::result::Result::Ok(#runtime::finish(#response))
                }
            }
        }
    };
    with_problem(shape, asked.problem, &value(false), impl_with)
}
