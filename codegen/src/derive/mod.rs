//! `#[derive(StatusRegistry)]`: a user's own enum of statuses, every variant checked against the
//! registry at compile time.
//!
//! The stages, one module each:
//!
//! 1. `attr`: what the attributes say;
//! 2. `members`: each variant resolved against the registry, and the rules between them (with
//!    `krate`, which reads the user's manifest to explain a renamed dependency);
//! 3. `shape`: the model the generators read; `impls` and `tables`: the implementations, one
//!    function per impl, and the data they read;
//! 4. `interop`: the table of opt-in interops, one row each (key, features, generator), and the
//!    `http` and `serde` generators; `web`: the generators for web services (frameworks, problem
//!    details, OpenAPI, gRPC), each compiled only with its feature; `gates`: members that are a vendor's codes, emitted only when the runtime has
//!    the vendor;
//! 5. `fallback`: stub impls after an error, so the user sees the real mistake rather than a
//!    cascade of "trait not implemented" errors: the enum's own, and each interop's made from its
//!    generator with the bodies taken out.
//!
//! The entry runs three functions, `parse` (the enum's options and the files they name), `check`
//! (stage 2, into one collector of errors) and `expand` (stages 3 and 4), or `stubs` after an
//! error. Every problem of an enum is recorded (as `syn::Error`s combined into one) before anything is
//! emitted. [`try_derive`] returns them as a value; [`derive()`] turns them into `compile_error!`s
//! followed by the stubs.

// The model of a member keeps what the web generators read (header values, problem types, body
// members), parsed and checked in every build; a build of the proc-macro without all of them
// leaves some of it unread. The build with all of them, which CI lints, reads it all.
#![cfg_attr(
    not(all(
        feature = "axum",
        feature = "actix",
        feature = "aide",
        feature = "problem",
        feature = "warp",
        feature = "poem",
        feature = "poem-openapi",
        feature = "salvo",
        feature = "rocket",
        feature = "tonic",
        feature = "utoipa"
    )),
    allow(dead_code, unused_imports)
)]

mod attr;
mod fallback;
mod gates;
mod impls;
mod interop;
mod krate;
mod members;
mod shape;
mod tables;
mod web;

use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, quote};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, LitStr};

use crate::model::Checked;
use crate::resolve::Scope;

/// The name of the derive, as messages call it.
const DERIVE: &str = "`StatusRegistry`";

/// What the derive needs to know about the build it runs in.
///
/// Nothing here says which features of `status-registry` are on: cargo builds the proc-macro once,
/// for the host, with the union of the features every side of the build asks for, so it cannot
/// know them. The generated code asks the runtime instead, through its gate macros.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// The directory of the invoking crate's manifest; extension files are read relative to it.
    pub manifest_dir: Option<PathBuf>,
}

/// Collects every error of one expansion; [`Errors::finish`] is how they are reported, and a
/// collector dropped unread loses them, so it is `#[must_use]`.
#[derive(Default)]
#[must_use = "the errors are reported by `finish`, and lost when the collector is dropped unread"]
pub(crate) struct Errors(Option<syn::Error>);

impl Errors {
    pub(crate) fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    pub(crate) fn at(&mut self, span: Span, message: impl std::fmt::Display) {
        self.push(syn::Error::new(span, message));
    }

    /// Every error pushed, combined; `None` when there was none.
    #[must_use = "the errors are lost unless they are returned"]
    pub(crate) fn finish(self) -> Option<syn::Error> {
        self.0
    }
}

/// Every form the derive's attributes take, as its documentation must show each: the keys of
/// `#[status_registry(...)]` (`crate`, `http`, ...), the forms of `#[status(...)]`
/// (`status(other)`, `reason`, `header(`, ...), and the attributes of a field (`#[member(`).
#[must_use]
pub fn attribute_forms() -> Vec<String> {
    let mut forms: Vec<String> =
        attr::KEYS.iter().chain(interop::INTEROPS.iter().map(|i| &i.key)).map(|k| (*k).to_owned()).collect();
    forms.push(format!("{}(other)", attr::STATUS));
    forms.extend(attr::STATUS_KEYS.iter().map(|k| (*k).to_owned()));
    forms.push(format!("{}(", attr::HEADER));
    forms.extend([attr::HEADER, attr::MEMBER].map(|a| format!("#[{a}(")));
    forms
}

/// Expands `#[derive(StatusRegistry)]` on `input`: the impls, or after an error the errors and
/// stub impls.
#[must_use]
pub fn derive(input: TokenStream, ctx: &Context) -> TokenStream {
    match run(input, ctx) {
        Ok(tokens) => tokens,
        Err((error, stubs)) => {
            let mut out = error.to_compile_error();
            out.extend(stubs);
            out
        }
    }
}

/// Expands `#[derive(StatusRegistry)]` on `input`, or returns every problem found (iterate the
/// error for each one).
pub fn try_derive(input: TokenStream, ctx: &Context) -> Result<TokenStream, syn::Error> {
    run(input, ctx).map_err(|(error, _)| error)
}

fn run(input: TokenStream, ctx: &Context) -> Result<TokenStream, (syn::Error, TokenStream)> {
    let input: DeriveInput = syn::parse2(input).map_err(|error| (error, TokenStream::new()))?;
    let base = crate::embedded().map_err(|diags| {
        let message = format!("the built-in registry is invalid:\n{diags}");
        (syn::Error::new(Span::call_site(), message), TokenStream::new())
    })?;
    let mut errors = Errors::default();
    let parsed = parse(&input, ctx, base, &mut errors);
    let scope = parsed.scope(base);
    let checked = check(&input, &parsed, &scope, &mut errors);
    if let Some(error) = errors.finish() {
        let stubs = if input.generics.params.is_empty() && matches!(input.data, Data::Enum(_)) {
            stubs(&input, &parsed, &scope, &checked)
        } else {
            TokenStream::new()
        };
        return Err((error, stubs));
    }
    Ok(expand(&input, &parsed, &scope, &checked, base))
}

/// What the enum's attributes and the files they name say, before any variant is looked at.
struct Parsed {
    options: attr::EnumOptions,
    /// The path the generated code reaches the runtime by.
    krate: TokenStream,
    /// The user's extension registry and the file it came from, when one loaded.
    extension: Option<(Checked, Option<PathBuf>)>,
}

impl Parsed {
    /// The rows of the interops the enum asked for, each with where, in the table's order.
    fn interops(&self) -> impl Iterator<Item = (&'static interop::Interop, Span)> + '_ {
        self.options.interops.iter().filter_map(|(key, span)| interop::Interop::of(key).map(|row| (row, *span)))
    }

    /// The registry the variants are resolved in: the built-in one and the extension.
    fn scope<'r>(&'r self, base: &'r Checked) -> Scope<'r> {
        let named = self.options.extend.is_some() || self.options.extend_inline.is_some();
        let extension = self.extension.as_ref().map(|(checked, _)| checked);
        Scope { base, extension, failed_extension: named && extension.is_none() }
    }
}

/// Stage 1: the enum's options, the crate path and the extension file.
fn parse(input: &DeriveInput, ctx: &Context, base: &Checked, errors: &mut Errors) -> Parsed {
    let options = attr::enum_options(&input.attrs, &interop::keys(), errors);
    let krate = options.krate.as_ref().map_or_else(|| quote!(::status_registry), ToTokens::to_token_stream);
    if options.krate.is_none() {
        check_crate_path(ctx, errors);
    }
    let extension = extension(&options, ctx, base, errors);
    Parsed { options, krate, extension }
}

/// Stage 2: every variant resolved against the registry, and the rules of the enum as a whole.
fn check<'a, 'r>(
    input: &'a DeriveInput,
    parsed: &Parsed,
    scope: &Scope<'r>,
    errors: &mut Errors,
) -> members::Checked<'a, 'r> {
    let options = &parsed.options;
    let checked = match &input.data {
        Data::Enum(data) => {
            if data.variants.is_empty() {
                errors.at(input.ident.span(), format!("{DERIVE} needs an enum with at least one variant"));
            }
            let responses = parsed.interops().any(|(interop, _)| interop.responds);
            let checked = members::members(input, data.variants.iter(), scope, responses, errors);
            // A fieldless enum is its codes: nothing for a lifetime or a type to stand for. An
            // error enum may hold borrowed or generic data.
            if !input.generics.params.is_empty() && !checked.data {
                let message = format!(
                    "{DERIVE} cannot be derived for a generic enum without data: no variant holds a `{}`; remove \
                     the parameters",
                    input.generics.params.to_token_stream()
                );
                errors.at(input.generics.span(), message);
            }
            checked
        }
        Data::Struct(data) => {
            let message = format!("{DERIVE} can only be derived for enums; `{}` is a struct", input.ident);
            errors.at(data.struct_token.span, message);
            members::Checked { members: Vec::new(), catch_all: None, data: false }
        }
        Data::Union(data) => {
            let message = format!("{DERIVE} can only be derived for enums; `{}` is a union", input.ident);
            errors.at(data.union_token.span, message);
            members::Checked { members: Vec::new(), catch_all: None, data: false }
        }
    };
    if options.asked("problem").is_none() {
        for member in checked.members.iter().filter(|m| !m.body.is_empty()) {
            errors.at(
                member.span,
                format!(
                    "`{}` has `#[member(...)]` fields, which go into its problem details body; ask for the body with \
                     `#[status_registry(problem)]`",
                    member.ident
                ),
            );
        }
    }
    if options.asked("tonic").is_none() {
        for member in &checked.members {
            if let Some((_, span)) = member.grpc {
                errors.at(
                    span,
                    format!(
                        "`grpc = \"...\"` on `{}` is the code of its `tonic::Status`; ask for that conversion \
                         with `#[status_registry(tonic)]`",
                        member.ident
                    ),
                );
            }
        }
    }
    if checked.data {
        // What is built from a code cannot be built for an enum whose values carry data.
        for (interop, span) in parsed.interops().filter(|(interop, _)| interop.from_codes) {
            let what = interop.key;
            errors.at(
                span,
                format!(
                    "`#[status_registry({what})]` converts from codes, and a variant of `{}` carries data; convert \
                     its `status()` instead, or remove `{what}`",
                    input.ident
                ),
            );
        }
    }
    checked
}

/// The stub impls that stand in after an error, so that the user sees the real mistake rather
/// than a cascade of "trait not implemented" errors: the enum's own, and each interop's asked for,
/// made from its generator (`Interop::stubs`).
fn stubs(input: &DeriveInput, parsed: &Parsed, scope: &Scope<'_>, checked: &members::Checked<'_, '_>) -> TokenStream {
    let shape = shape(input, parsed, scope, checked);
    let problem = parsed.options.asked("problem").is_some();
    let interops = parsed.interops().map(|(interop, _)| interop.stubs(&shape, problem));
    let own = fallback::fallback(&fallback::Stubs {
        name: &input.ident,
        krate: &parsed.krate,
        catch_all: checked.catch_all.is_some(),
        data: checked.data,
    });
    quote! {
        #own
        #( #interops )*
    }
}

/// The model the generators read.
fn shape<'a>(
    input: &'a DeriveInput,
    parsed: &'a Parsed,
    scope: &Scope<'a>,
    checked: &'a members::Checked<'a, 'a>,
) -> shape::Shape<'a, 'a, 'a> {
    // A fieldless enum is `Copy` (`Status` asks for it). Every impl states it as a bound that
    // rustc cannot check before use, so a missing `Copy` is the one error of the assertion
    // `impls::expand` emits, not one per impl and per copy.
    shape::Shape {
        name: &input.ident,
        generics: &input.generics,
        copy: (!checked.data).then(|| copy_bound(&input.ident)),
        krate: &parsed.krate,
        members: &checked.members,
        catch_all: checked.catch_all.as_ref(),
        extension: scope.extension,
        data: checked.data,
    }
}

/// Stage 3: the impls of a checked enum.
fn expand(
    input: &DeriveInput,
    parsed: &Parsed,
    scope: &Scope<'_>,
    checked: &members::Checked<'_, '_>,
    base: &Checked,
) -> TokenStream {
    let (options, krate) = (&parsed.options, &parsed.krate);
    // Reading the file through include_bytes! puts it in the crate's dep-info: editing it rebuilds.
    let tracking = parsed.extension.as_ref().and_then(|(_, path)| path.as_ref()).map(|path| {
        let path = path.to_string_lossy().into_owned();
        quote!(
            const _: &[u8] = ::core::include_bytes!(#path);
        )
    });
    let shape = shape(input, parsed, scope, checked);
    let body = if checked.data { impls::expand_data(&shape) } else { impls::expand(&shape) };
    // Interop asked for: the impls when the runtime has the feature, and apart from them the error
    // naming it when it does not, so that it shows whatever else is wrong.
    let problem = options.asked("problem").is_some();
    let interop_checks = parsed.interops().map(|(interop, span)| interop.check(krate, span));
    let interop_impls = parsed.interops().map(|(interop, _)| interop.impls(&shape, problem));
    let body = quote! {
        #body
        #( #interop_impls )*
    };
    // Members that are a vendor's codes: each says so if the runtime lacks the vendor, and the
    // impls, which name the vendor's variants, are emitted only when the runtime has every one.
    let (checks, body) = gates::vendors(krate, base, &checked.members, &body, || stubs(input, parsed, scope, checked));
    quote! {
        #tracking
        #( #interop_checks )*
        #checks
        #body
    }
}

/// `where for<'__copy> Name: Copy + '__copy`: a bound on the enum itself, which rustc would check
/// at the impl if it did not name a lifetime of its own, and which names it so that
/// `unused_lifetimes` has nothing to say.
fn copy_bound(name: &syn::Ident) -> syn::WhereClause {
    syn::parse_quote!(where for<'__copy> #name: ::core::marker::Copy + '__copy)
}

/// Without `crate = "..."`, the generated paths start with `::status_registry`; say so now if the
/// crate's manifest shows that this cannot resolve.
fn check_crate_path(ctx: &Context, errors: &mut Errors) {
    let Some(dir) = &ctx.manifest_dir else { return };
    let Ok(manifest) = std::fs::read_to_string(dir.join("Cargo.toml")) else { return };
    if let Some(message) = krate::problem(&manifest) {
        errors.at(Span::call_site(), message);
    }
}

/// The extension named on the enum, if any: parsed, validated and, for a file, the path to track.
fn extension(
    options: &attr::EnumOptions,
    ctx: &Context,
    base: &Checked,
    errors: &mut Errors,
) -> Option<(Checked, Option<PathBuf>)> {
    if let Some(lit) = &options.extend {
        return load_extension_file(lit, ctx, base, errors).map(|(checked, path)| (checked, Some(path)));
    }
    let lit = options.extend_inline.as_ref()?;
    check_extension(&lit.value(), "extend_inline", lit.span(), base, errors).map(|checked| (checked, None))
}

/// Parses and validates extension text; every problem is reported at `span`, located in the text.
fn check_extension(source: &str, origin: &str, span: Span, base: &Checked, errors: &mut Errors) -> Option<Checked> {
    match crate::load_extension(source, origin, base) {
        Ok(checked) => Some(checked),
        Err(diags) => {
            for diag in diags.items() {
                errors.at(span, diag);
            }
            None
        }
    }
}

/// Reads, parses and validates the user's extension file; its problems are reported at the path.
fn load_extension_file(lit: &LitStr, ctx: &Context, base: &Checked, errors: &mut Errors) -> Option<(Checked, PathBuf)> {
    let written = lit.value();
    let resolved = match &ctx.manifest_dir {
        Some(dir) if !Path::new(&written).is_absolute() => dir.join(&written),
        _ => PathBuf::from(&written),
    };
    let bytes = match std::fs::read(&resolved) {
        Ok(bytes) => bytes,
        Err(error) => {
            errors.at(lit.span(), format!("cannot read the extension file `{}`: {error}", resolved.display()));
            return None;
        }
    };
    let source = match crate::decode(&bytes, &written) {
        Ok(source) => source,
        Err(diags) => {
            for diag in diags.items() {
                errors.at(lit.span(), diag);
            }
            return None;
        }
    };
    check_extension(source, &written, lit.span(), base, errors).map(|checked| (checked, resolved))
}
