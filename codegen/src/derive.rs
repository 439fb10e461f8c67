//! `#[derive(StatusRegistry)]`: a user's own enum of statuses, every variant checked against the
//! registry at compile time.
//!
//! The input is read in one pass that records every problem (as `syn::Error`s combined into one),
//! then either the implementations or, after an error, stub implementations are emitted, so that
//! the user sees the real mistake rather than a cascade of "trait not implemented" errors.

use std::path::{Path, PathBuf};

use proc_macro2::{Span, TokenStream};
use quote::{ToTokens, format_ident, quote};
use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::{Attribute, Data, DeriveInput, Expr, Fields, Ident, Lit, LitInt, LitStr, Token, Type, Variant};

use crate::expand::{display_text, info_new};
use crate::model::Checked;
use crate::resolve::{Found, Scope};

/// The name of the derive, as messages call it.
const DERIVE: &str = "`StatusRegistry`";
/// The variant attribute: `#[status(404)]`, `#[status(503, reason = "...")]`, `#[status(other)]`.
const STATUS: &str = "status";
/// The enum attribute: `#[status_registry(extend = "codes.yaml", crate = "path")]`.
const STATUS_REGISTRY: &str = "status_registry";

/// What the derive needs to know about the build it runs in.
#[derive(Clone, Debug, Default)]
pub struct Context {
    /// Ids of the vendors whose `vendor-<id>` feature of `status-registry` is on.
    pub enabled_vendors: Vec<String>,
    /// The directory of the invoking crate's manifest; extension files are read relative to it.
    pub manifest_dir: Option<PathBuf>,
    /// Whether `status-registry` has its `http` feature on: then derived enums convert to and from
    /// `http::StatusCode`.
    pub http: bool,
    /// Whether `status-registry` has its `serde` feature on: then derived enums serialize as codes.
    pub serde: bool,
}

/// Collects every error of one expansion.
#[derive(Default)]
struct Errors(Option<syn::Error>);

impl Errors {
    fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    fn at(&mut self, span: Span, message: impl std::fmt::Display) {
        self.push(syn::Error::new(span, message));
    }
}

/// Options given on the enum with `#[status_registry(...)]`.
#[derive(Default)]
struct EnumOptions {
    extend: Option<LitStr>,
    extend_inline: Option<LitStr>,
    krate: Option<syn::Path>,
}

/// What `#[status(...)]` on a variant says.
enum StatusAttr {
    Code { code: LitInt, vendor: Option<LitStr>, reason: Option<LitStr> },
    Other,
}

impl Parse for StatusAttr {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let lookahead = input.lookahead1();
        let head = if lookahead.peek(LitInt) {
            StatusAttr::Code { code: input.parse()?, vendor: None, reason: None }
        } else if lookahead.peek(Ident) {
            let word: Ident = input.parse()?;
            if word != "other" {
                return Err(syn::Error::new(
                    word.span(),
                    format!("expected a status code or `other` in `#[status(...)]`, found `{word}`"),
                ));
            }
            StatusAttr::Other
        } else {
            return Err(lookahead.error());
        };
        let mut attr = head;
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: Ident = input.parse()?;
            input.parse::<Token![=]>()?;
            let value: LitStr = input.parse()?;
            match (&mut attr, key.to_string().as_str()) {
                (StatusAttr::Code { reason, .. }, "reason") if reason.is_none() => *reason = Some(value),
                (StatusAttr::Code { vendor, .. }, "vendor") if vendor.is_none() => *vendor = Some(value),
                (StatusAttr::Code { .. }, "reason" | "vendor") => {
                    return Err(syn::Error::new(key.span(), format!("`{key}` is given twice; keep one")));
                }
                (StatusAttr::Other, _) => {
                    return Err(syn::Error::new(key.span(), "`#[status(other)]` takes no other keys"));
                }
                (StatusAttr::Code { .. }, _) => {
                    return Err(syn::Error::new(
                        key.span(),
                        format!("unknown key `{key}` in `#[status(...)]`; expected `reason` or `vendor`"),
                    ));
                }
            }
        }
        Ok(attr)
    }
}

/// One checked member of the user's enum.
struct Member<'a, 'r> {
    ident: &'a Ident,
    found: Found<'r>,
    reason: Option<String>,
    /// Where to point when the code is repeated.
    span: Span,
}

/// The enum's catch-all variant, `Other(u16)`.
struct CatchAll<'a> {
    ident: &'a Ident,
}

/// Expands `#[derive(StatusRegistry)]` on `input`.
#[must_use]
pub fn derive(input: TokenStream, ctx: &Context) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.to_compile_error(),
    };
    let mut errors = Errors::default();
    let options = enum_options(&input.attrs, &mut errors);
    let krate = options.krate.as_ref().map_or_else(|| quote!(::status_registry), ToTokens::to_token_stream);

    let base = match crate::embedded() {
        Ok(base) => base,
        Err(diags) => {
            let message = format!("the built-in registry is invalid:\n{diags}");
            return syn::Error::new(Span::call_site(), message).to_compile_error();
        }
    };
    let extension = extension(&options, ctx, base, &mut errors);
    let scope =
        Scope { base, extension: extension.as_ref().map(|(checked, _)| checked), enabled: &ctx.enabled_vendors };

    let (members, catch_all) = match &input.data {
        Data::Enum(data) => {
            if !input.generics.params.is_empty() {
                errors.at(input.generics.span(), format!("{DERIVE} cannot be derived for a generic enum"));
            }
            if data.variants.is_empty() {
                errors.at(input.ident.span(), format!("{DERIVE} needs an enum with at least one variant"));
            }
            members(&input, data.variants.iter(), &scope, &mut errors)
        }
        Data::Struct(data) => {
            let message = format!("{DERIVE} can only be derived for enums; `{}` is a struct", input.ident);
            errors.at(data.struct_token.span, message);
            (Vec::new(), None)
        }
        Data::Union(data) => {
            let message = format!("{DERIVE} can only be derived for enums; `{}` is a union", input.ident);
            errors.at(data.union_token.span, message);
            (Vec::new(), None)
        }
    };

    if let Some(error) = errors.0 {
        let mut out = error.to_compile_error();
        if input.generics.params.is_empty() {
            let total = catch_all.is_some();
            out.extend(fallback(&input.ident, &krate, total));
            // The optional impls only need the ones above, so the real ones serve as stubs too.
            if ctx.http {
                out.extend(expand_http(&input.ident, &krate, total));
            }
            if ctx.serde {
                out.extend(expand_serde(&input.ident, &krate, total));
            }
        }
        return out;
    }
    // Reading the file through include_bytes! puts it in the crate's dep-info: editing it rebuilds.
    let tracking = extension.as_ref().and_then(|(_, path)| path.as_ref()).map(|path| {
        let path = path.to_string_lossy().into_owned();
        quote!(
            const _: &[u8] = ::core::include_bytes!(#path);
        )
    });
    let body = expand(&input.ident, &krate, &members, catch_all.as_ref(), scope.extension);
    let total = catch_all.is_some();
    let http = ctx.http.then(|| expand_http(&input.ident, &krate, total));
    let serde = ctx.serde.then(|| expand_serde(&input.ident, &krate, total));
    quote! {
        #tracking
        #body
        #http
        #serde
    }
}

fn enum_options(attrs: &[Attribute], errors: &mut Errors) -> EnumOptions {
    let mut options = EnumOptions::default();
    for attr in attrs {
        if attr.path().is_ident(STATUS) {
            errors.at(attr.span(), "`#[status(...)]` goes on variants; on the enum, use `#[status_registry(...)]`");
        }
        if !attr.path().is_ident(STATUS_REGISTRY) {
            continue;
        }
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("extend") {
                options.extend = Some(meta.value()?.parse()?);
                Ok(())
            } else if meta.path.is_ident("extend_inline") {
                options.extend_inline = Some(meta.value()?.parse()?);
                Ok(())
            } else if meta.path.is_ident("crate") {
                let lit: LitStr = meta.value()?.parse()?;
                options.krate = Some(lit.parse()?);
                Ok(())
            } else {
                let key = meta.path.to_token_stream().to_string();
                Err(meta.error(format!(
                    "unknown key `{key}` in `#[status_registry(...)]`; expected `extend`, `extend_inline` or `crate`"
                )))
            }
        });
        if let Err(error) = result {
            errors.push(error);
        }
    }
    if let (Some(_), Some(inline)) = (&options.extend, &options.extend_inline) {
        errors.at(inline.span(), "give either `extend` or `extend_inline`, not both");
    }
    options
}

/// The extension named on the enum, if any: parsed, validated and, for a file, the path to track.
fn extension(
    options: &EnumOptions,
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

fn is_repr_u16(attrs: &[Attribute]) -> bool {
    attrs.iter().filter(|a| a.path().is_ident("repr")).any(|a| {
        let mut found = false;
        // A repr that fails to parse is rustc's to report.
        let _ = a.parse_nested_meta(|meta| {
            found |= meta.path.is_ident("u16");
            Ok(())
        });
        found
    })
}

fn members<'a, 'r>(
    input: &'a DeriveInput,
    variants: impl Iterator<Item = &'a Variant>,
    scope: &Scope<'r>,
    errors: &mut Errors,
) -> (Vec<Member<'a, 'r>>, Option<CatchAll<'a>>) {
    let repr_u16 = is_repr_u16(&input.attrs);
    let mut members: Vec<Member<'a, 'r>> = Vec::new();
    let mut catch_all: Option<CatchAll<'a>> = None;
    for variant in variants {
        let mut attrs = variant.attrs.iter().filter(|a| a.path().is_ident(STATUS));
        let attr = attrs.next().map(|a| (a, a.parse_args::<StatusAttr>()));
        for extra in attrs {
            errors.at(extra.span(), "a variant takes one `#[status(...)]`; merge them");
        }
        let attr = match attr {
            Some((_, Ok(parsed))) => Some(parsed),
            Some((_, Err(error))) => {
                errors.push(error);
                continue;
            }
            None => None,
        };
        if let Some(StatusAttr::Other) = attr {
            check_catch_all(variant, catch_all.as_ref(), errors);
            if catch_all.is_none() {
                catch_all = Some(CatchAll { ident: &variant.ident });
            }
            continue;
        }
        if !matches!(variant.fields, Fields::Unit) {
            errors.at(
                variant.fields.span(),
                format!(
                    "variant `{}` carries data; only the catch-all may, written `#[status(other)] {}(u16)`",
                    variant.ident, variant.ident
                ),
            );
            continue;
        }
        if let Some(member) = member(variant, attr, repr_u16, scope, errors) {
            members.push(member);
        }
    }
    check_duplicates(&members, errors);
    (members, catch_all)
}

fn check_catch_all(variant: &Variant, existing: Option<&CatchAll<'_>>, errors: &mut Errors) {
    if let Some(first) = existing {
        errors.at(
            variant.ident.span(),
            format!("only one variant can be `#[status(other)]`; `{}` already is", first.ident),
        );
    }
    // Point at the payload's type when there is one, else at the variant's name.
    let (holds_u16, span) = match &variant.fields {
        Fields::Unnamed(fields) if fields.unnamed.len() == 1 => {
            let ty = &fields.unnamed[0].ty;
            (matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.is_ident("u16")), ty.span())
        }
        _ => (false, variant.ident.span()),
    };
    if !holds_u16 {
        errors.at(
            span,
            format!("the `#[status(other)]` variant must hold the code as one `u16`, written `{}(u16)`", variant.ident),
        );
    }
    if let Some((eq, _)) = &variant.discriminant {
        errors.at(eq.span, "the `#[status(other)]` variant cannot have a discriminant");
    }
}

fn member<'a, 'r>(
    variant: &'a Variant,
    attr: Option<StatusAttr>,
    repr_u16: bool,
    scope: &Scope<'r>,
    errors: &mut Errors,
) -> Option<Member<'a, 'r>> {
    let discriminant = discriminant_code(variant, repr_u16, errors);
    let (code, vendor, reason) = match attr {
        Some(StatusAttr::Code { code, vendor, reason }) => (Some(code), vendor, reason),
        _ => (None, None, None),
    };
    if let Some(reason) = &reason {
        let text = reason.value();
        if text.trim().is_empty() || text.chars().any(char::is_control) {
            errors.at(reason.span(), "a reason must be non-empty text without control characters");
        }
    }
    let resolved = match (&code, discriminant) {
        (Some(lit), discriminant) => {
            let value = match lit.base10_parse::<u64>() {
                Ok(value) => value,
                Err(error) => {
                    errors.push(error);
                    return None;
                }
            };
            if let Some((d, span)) = discriminant
                && d != value
            {
                errors.at(span, format!("the discriminant {d} and `#[status({value})]` disagree; keep one"));
            }
            scope.by_code(value, vendor.as_ref().map(LitStr::value).as_deref()).map_err(|m| (lit.span(), m))
        }
        (None, Some((value, span))) => scope.by_code(value, None).map_err(|m| (span, m)),
        (None, None) => scope.by_name(&variant.ident.to_string()).map_err(|m| (variant.ident.span(), m)),
    };
    match resolved {
        Ok(found) => {
            Some(Member { ident: &variant.ident, found, reason: reason.map(|r| r.value()), span: variant.ident.span() })
        }
        Err((span, message)) => {
            errors.at(span, message);
            None
        }
    }
}

/// The code written as `Variant = 404`, read only on a `#[repr(u16)]` enum.
fn discriminant_code(variant: &Variant, repr_u16: bool, errors: &mut Errors) -> Option<(u64, Span)> {
    let (_, expr) = variant.discriminant.as_ref()?;
    let Expr::Lit(syn::ExprLit { lit: Lit::Int(lit), .. }) = expr else {
        errors.at(expr.span(), "write the status code as a plain number, like `= 404`");
        return None;
    };
    if !repr_u16 {
        errors.at(
            lit.span(),
            format!("`= {lit}` is read as a status code only on a `#[repr(u16)]` enum; add `#[repr(u16)]` or write `#[status({lit})]`"),
        );
        return None;
    }
    match lit.base10_parse::<u64>() {
        Ok(value) => Some((value, lit.span())),
        Err(error) => {
            errors.push(error);
            None
        }
    }
}

/// Two variants with one code would make `From<u16>` ambiguous.
fn check_duplicates(members: &[Member<'_, '_>], errors: &mut Errors) {
    for (i, member) in members.iter().enumerate() {
        let code = member.found.status.entry.code.value;
        if let Some(first) = members[..i].iter().find(|m| m.found.status.entry.code.value == code) {
            errors.at(
                member.span,
                format!("`{}` repeats status {code:03} of `{}`; each code may appear once", member.ident, first.ident),
            );
            errors.at(first.span, format!("note: `{}` has status {code:03} first", first.ident));
        }
    }
}

/// The implementations for a checked enum.
fn expand(
    name: &Ident,
    krate: &TokenStream,
    members: &[Member<'_, '_>],
    catch_all: Option<&CatchAll<'_>>,
    extension: Option<&Checked>,
) -> TokenStream {
    let idents: Vec<&Ident> = members.iter().map(|m| m.ident).collect();
    let name_strs: Vec<String> = idents.iter().map(ToString::to_string).collect();
    let codes: Vec<u16> = members.iter().map(|m| m.found.status.entry.code.value).collect();
    let reasons: Vec<&str> =
        members.iter().map(|m| m.reason.as_deref().unwrap_or(&m.found.status.entry.reason.value)).collect();
    let texts: Vec<String> = codes.iter().zip(&reasons).map(|(c, r)| display_text(*c, r)).collect();

    // Extension entries have no `StatusCode` variant: their records live in the user's crate.
    let ext_statuses: &[_] = extension.map_or(&[], |e| e.statuses.as_slice());
    let ext_idents: Vec<Ident> =
        ext_statuses.iter().map(|s| format_ident!("EXT_INFO_{}", s.entry.code.value)).collect();
    let none = quote!(::core::option::Option::None);
    let ext_infos: Vec<TokenStream> = ext_statuses.iter().map(|s| info_new(krate, &s.name, &s.entry, &none)).collect();
    let ext_codes: Vec<u16> = ext_statuses.iter().map(|s| s.entry.code.value).collect();

    let infos = members.iter().map(|m| {
        if m.found.extension {
            let ident = format_ident!("EXT_INFO_{}", m.found.status.entry.code.value);
            quote!(::core::option::Option::Some(&#ident))
        } else {
            let variant = format_ident!("{}", m.found.status.name);
            quote!(#krate::StatusCode::#variant.info())
        }
    });
    let status_codes = members.iter().map(|m| {
        if m.found.extension {
            let code = m.found.status.entry.code.value;
            quote!(#krate::StatusCode::from_code(#code))
        } else {
            let variant = format_ident!("{}", m.found.status.name);
            quote!(#krate::StatusCode::#variant)
        }
    });
    let mut phrase_rows: Vec<(String, u16)> = Vec::new();
    for m in members {
        let entry = &m.found.status.entry;
        let own = m.reason.iter().cloned();
        let registry = std::iter::once(&entry.reason).chain(&entry.aliases).map(|p| p.value.clone());
        phrase_rows.extend(own.chain(registry).map(|p| (p, entry.code.value)));
    }
    let (phrases, phrase_codes): (Vec<String>, Vec<u16>) = phrase_rows.into_iter().unzip();

    // Code to value: a dense table filled at compile time, one load per conversion whatever the
    // order of the codes. With a catch-all, every slot holds a value (members, else `Other(code)`),
    // so `From<u16>` has no branch on membership; without one, slots are `Option<Self>`.
    // Either way 2 to 4 KB per enum.
    let slots: Vec<usize> = codes.iter().map(|c| usize::from(*c)).collect();
    let table = if let Some(CatchAll { ident: other }) = catch_all {
        quote! {
            static BY_CODE: [#name; 1000] = {
                let mut table = [#name::#other(0); 1000];
                let mut code = 0;
                while code < 1000 {
                    table[code] = #name::#other(code as u16);
                    code += 1;
                }
                #( table[#slots] = #name::#idents; )*
                table
            };
        }
    } else {
        quote! {
            static BY_CODE: [::core::option::Option<#name>; 1000] = {
                let mut table = [::core::option::Option::None; 1000];
                #( table[#slots] = ::core::option::Option::Some(#name::#idents); )*
                table
            };
        }
    };
    let lookup_body = match catch_all {
        Some(CatchAll { ident: other }) => quote! {
            #[inline]
            fn lookup(code: u16) -> ::core::option::Option<Self> {
                match BY_CODE.get(code as ::core::primitive::usize) {
                    ::core::option::Option::Some(#name::#other(_)) | ::core::option::Option::None => {
                        ::core::option::Option::None
                    }
                    ::core::option::Option::Some(member) => ::core::option::Option::Some(*member),
                }
            }
        },
        None => quote! {
            #[inline]
            fn lookup(code: u16) -> ::core::option::Option<Self> {
                match BY_CODE.get(code as ::core::primitive::usize) {
                    ::core::option::Option::Some(slot) => *slot,
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            }
        },
    };

    // The catch-all may hold an extension code that no variant names; its record is found here.
    let ext_lookup = if catch_all.is_some() && !ext_codes.is_empty() {
        quote! {
            const fn ext_info(code: u16) -> ::core::option::Option<&'static #krate::Info> {
                match code {
                    #( #ext_codes => ::core::option::Option::Some(&#ext_idents), )*
                    _ => ::core::option::Option::None,
                }
            }
        }
    } else {
        TokenStream::new()
    };
    let other_info = if ext_codes.is_empty() {
        quote!(#krate::StatusCode::from_code(code).info())
    } else {
        quote! {
            match ext_info(code) {
                ::core::option::Option::Some(info) => ::core::option::Option::Some(info),
                ::core::option::Option::None => #krate::StatusCode::from_code(code).info(),
            }
        }
    };
    let (catch_code, catch_info, catch_reason, catch_display, catch_status, other_fn, conversion) = match catch_all {
        Some(CatchAll { ident: other }) => (
            quote!(#name::#other(code) => code,),
            quote!(#name::#other(code) => #other_info,),
            quote! {
                #name::#other(_) => match #krate::Status::info(self) {
                    ::core::option::Option::Some(info) => info.reason,
                    ::core::option::Option::None => "",
                },
            },
            quote! {
                #name::#other(code) => match #krate::Status::info(*self) {
                    ::core::option::Option::Some(info) => f.pad(info.text),
                    ::core::option::Option::None => ::core::fmt::Display::fmt(&#krate::StatusCode::from_code(code), f),
                },
            },
            quote!(#name::#other(code) => #krate::StatusCode::from_code(code),),
            quote!(::core::option::Option::Some(|code| #name::#other(code))),
            quote! {
                #[automatically_derived]
                impl ::core::convert::From<u16> for #name {
                    #[inline]
                    fn from(code: u16) -> Self {
                        match BY_CODE.get(code as ::core::primitive::usize) {
                            ::core::option::Option::Some(status) => *status,
                            ::core::option::Option::None => #name::#other(code),
                        }
                    }
                }
            },
        ),
        None => (
            TokenStream::new(),
            TokenStream::new(),
            TokenStream::new(),
            TokenStream::new(),
            TokenStream::new(),
            quote!(::core::option::Option::None),
            quote! {
                #[automatically_derived]
                impl ::core::convert::TryFrom<u16> for #name {
                    type Error = #krate::UnknownStatusError;

                    fn try_from(code: u16) -> ::core::result::Result<Self, Self::Error> {
                        match <Self as #krate::Registry>::lookup(code) {
                            ::core::option::Option::Some(status) => ::core::result::Result::Ok(status),
                            ::core::option::Option::None => {
                                ::core::result::Result::Err(#krate::UnknownStatusError::new(code))
                            }
                        }
                    }
                }
            },
        ),
    };

    // Each accessor reads its table at the member's row; with a catch-all, that variant is
    // handled first.
    let count = members.len();
    let positions: Vec<usize> = (0..count).collect();
    let read = |catch_arm: &TokenStream, scrutinee: TokenStream, row: TokenStream| {
        match (catch_all.is_some(), count) {
            // Only the catch-all: no other arm may follow it, or rustc calls it unreachable.
            (true, 0) => quote!(match #scrutinee { #catch_arm }),
            (true, _) => quote!(match #scrutinee { #catch_arm _ => #row }),
            (false, _) => row,
        }
    };
    let catch_position = if catch_all.is_some() { quote!(_ => #count,) } else { TokenStream::new() };
    let code_body = read(&catch_code, quote!(self), quote!(CODES[position(self)]));
    let info_body = read(&catch_info, quote!(self), quote!(INFOS[position(self)]));
    let reason_body = read(&catch_reason, quote!(self), quote!(REASONS[position(self)]));
    let display_body = read(&catch_display, quote!(*self), quote!(f.pad(TEXTS[position(*self)])));

    quote! {
        const _: () = {
            #( static #ext_idents: #krate::Info = #ext_infos; )*
            #ext_lookup

            #table

            /// Members' data in variant order; `position` finds a member's row in one step.
            static CODES: [u16; #count] = [ #( #codes ),* ];
            static REASONS: [&str; #count] = [ #( #reasons ),* ];
            static TEXTS: [&str; #count] = [ #( #texts ),* ];
            static INFOS: [::core::option::Option<&'static #krate::Info>; #count] = [ #( #infos ),* ];

            /// The row of a member; the catch-all has none and gets the number of members.
            #[inline]
            const fn position(status: #name) -> usize {
                match status {
                    #( #name::#idents => #positions, )*
                    #catch_position
                }
            }

            #[automatically_derived]
            impl #krate::Status for #name {
                #[inline]
                fn code(self) -> u16 {
                    #code_body
                }

                #[inline]
                fn info(self) -> ::core::option::Option<&'static #krate::Info> {
                    #info_body
                }

                #[inline]
                fn reason(self) -> &'static str {
                    #reason_body
                }
            }

            #[automatically_derived]
            impl #krate::Registry for #name {
                const ALL: &'static [Self] = &[ #( #name::#idents ),* ];

                #lookup_body
            }

            #[automatically_derived]
            impl ::core::fmt::Display for #name {
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    #display_body
                }
            }

            #[automatically_derived]
            impl ::core::str::FromStr for #name {
                type Err = #krate::ParseStatusError;

                fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                    #krate::__private::parse_member(
                        s,
                        &[ #( (#name_strs, #name::#idents) ),* ],
                        &[ #( (#phrases, #phrase_codes) ),* ],
                        <Self as #krate::Registry>::lookup,
                        #other_fn,
                    )
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#name> for u16 {
                #[inline]
                fn from(status: #name) -> u16 {
                    #krate::Status::code(status)
                }
            }

            #[automatically_derived]
            impl ::core::convert::From<#name> for #krate::StatusCode {
                fn from(status: #name) -> Self {
                    match status {
                        #( #name::#idents => #status_codes, )*
                        #catch_status
                    }
                }
            }

            #conversion
        };
    }
}

/// Conversions with `http::StatusCode`: from it like from a `u16`, to it failing outside 100..=999.
fn expand_http(name: &Ident, krate: &TokenStream, total: bool) -> TokenStream {
    let http = quote!(#krate::__private::http::StatusCode);
    let from_http = if total {
        quote! {
            #[automatically_derived]
            impl ::core::convert::From<#http> for #name {
                fn from(status: #http) -> Self {
                    <Self as ::core::convert::From<u16>>::from(status.as_u16())
                }
            }
        }
    } else {
        quote! {
            #[automatically_derived]
            impl ::core::convert::TryFrom<#http> for #name {
                type Error = #krate::UnknownStatusError;

                fn try_from(status: #http) -> ::core::result::Result<Self, Self::Error> {
                    <Self as ::core::convert::TryFrom<u16>>::try_from(status.as_u16())
                }
            }
        }
    };
    quote! {
        const _: () = {
            #from_http

            #[automatically_derived]
            impl ::core::convert::TryFrom<#name> for #http {
                type Error = #krate::HttpRangeError;

                fn try_from(status: #name) -> ::core::result::Result<Self, Self::Error> {
                    #krate::__private::to_http(#krate::Status::code(status))
                }
            }
        };
    }
}

/// Serialization as the numeric code; a code that is not a member is a deserialization error.
fn expand_serde(name: &Ident, krate: &TokenStream, total: bool) -> TokenStream {
    let serde = quote!(#krate::__private::serde);
    let convert = if total {
        quote!(::core::result::Result::Ok(<Self as ::core::convert::From<u16>>::from(code)))
    } else {
        quote! {
            match <Self as ::core::convert::TryFrom<u16>>::try_from(code) {
                ::core::result::Result::Ok(status) => ::core::result::Result::Ok(status),
                ::core::result::Result::Err(error) => {
                    ::core::result::Result::Err(<D::Error as #serde::de::Error>::custom(error))
                }
            }
        }
    };
    quote! {
        const _: () = {
            #[automatically_derived]
            impl #serde::Serialize for #name {
                fn serialize<S: #serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                    serializer.serialize_u16(#krate::Status::code(*self))
                }
            }

            #[automatically_derived]
            impl<'de> #serde::Deserialize<'de> for #name {
                fn deserialize<D: #serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                    let code = #krate::__private::deserialize_code(deserializer)?;
                    #convert
                }
            }
        };
    }
}

/// Stub implementations emitted after an error, so that uses of the enum elsewhere do not add a
/// cascade of "trait not implemented" errors to the real one. The bodies never run: the crate does
/// not compile.
fn fallback(name: &Ident, krate: &TokenStream, catch_all: bool) -> TokenStream {
    let conversion = if catch_all {
        quote! {
            impl ::core::convert::From<u16> for #name {
                fn from(_: u16) -> Self { ::core::unreachable!() }
            }
        }
    } else {
        quote! {
            impl ::core::convert::TryFrom<u16> for #name {
                type Error = #krate::UnknownStatusError;
                fn try_from(_: u16) -> ::core::result::Result<Self, Self::Error> { ::core::unreachable!() }
            }
        }
    };
    quote! {
        const _: () = {
            impl #krate::Status for #name {
                fn code(self) -> u16 { ::core::unreachable!() }
                fn info(self) -> ::core::option::Option<&'static #krate::Info> { ::core::unreachable!() }
            }
            impl #krate::Registry for #name {
                const ALL: &'static [Self] = &[];
                fn lookup(_: u16) -> ::core::option::Option<Self> { ::core::unreachable!() }
            }
            impl ::core::fmt::Display for #name {
                fn fmt(&self, _: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result { ::core::unreachable!() }
            }
            impl ::core::str::FromStr for #name {
                type Err = #krate::ParseStatusError;
                fn from_str(_: &str) -> ::core::result::Result<Self, Self::Err> { ::core::unreachable!() }
            }
            impl ::core::convert::From<#name> for u16 {
                fn from(_: #name) -> u16 { ::core::unreachable!() }
            }
            impl ::core::convert::From<#name> for #krate::StatusCode {
                fn from(_: #name) -> Self { ::core::unreachable!() }
            }
            #conversion
        };
    }
}
