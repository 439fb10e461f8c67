//! Stage 1: what the attributes say. `#[status_registry(...)]` on the enum, `#[status(...)]` on a
//! variant, `#[repr(u16)]`, and the catch-all's payload type. Nothing here looks at the registry.

use proc_macro2::Span;
use syn::parse::{Parse, ParseStream};
use syn::spanned::Spanned;
use syn::{Attribute, Fields, Ident, LitInt, LitStr, Token, Type, Variant};

use super::Errors;

/// The variant attribute: `#[status(404)]`, `#[status(503, reason = "...")]`, `#[status(other)]`.
pub(crate) const STATUS: &str = "status";
/// The field attribute: `#[header("retry-after")]` sends the field's value as that header field.
pub(crate) const HEADER: &str = "header";
/// The field attribute: `#[member("violated-policies")]` sends the field's value as that member of
/// the problem details body.
pub(crate) const MEMBER: &str = "member";
/// The enum attribute: `#[status_registry(extend = "codes.yaml", crate = "path", serde, http)]`.
pub(crate) const STATUS_REGISTRY: &str = "status_registry";

/// Options given on the enum with `#[status_registry(...)]`.
#[derive(Default)]
pub(crate) struct EnumOptions {
    pub(crate) extend: Option<LitStr>,
    pub(crate) extend_inline: Option<LitStr>,
    pub(crate) krate: Option<syn::Path>,
    /// The interop keys asked for, each with where, in the order of the interop table.
    pub(crate) interops: Vec<(&'static str, Span)>,
}

impl EnumOptions {
    /// Where the interop `key` was asked for, if it was.
    pub(crate) fn asked(&self, key: &str) -> Option<Span> {
        self.interops.iter().find(|(asked, _)| *asked == key).map(|(_, span)| *span)
    }
}

/// The keys of `#[status_registry(...)]` besides the interops'.
pub(crate) const KEYS: [&str; 3] = ["extend", "extend_inline", "crate"];
/// The keys of `#[status(...)]` after the code that take a string (`reason = "..."`); besides
/// them, `header(...)`.
pub(crate) const STATUS_KEYS: [&str; 4] = ["reason", "vendor", "problem_type", "grpc"];

/// Reads every `#[status_registry(...)]` of the enum; `interops` are the keys of the interop
/// table, in its order.
pub(crate) fn enum_options(attrs: &[Attribute], interops: &[&'static str], errors: &mut Errors) -> EnumOptions {
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
                let lit: LitStr = meta.value()?.parse()?;
                if let Some(first) = &options.extend {
                    return Err(syn::Error::new(
                        lit.span(),
                        format!(
                            "`extend` is given twice (first `{}`); an enum takes one extension file, so merge \
                             the two",
                            first.value()
                        ),
                    ));
                }
                options.extend = Some(lit);
            } else if meta.path.is_ident("extend_inline") {
                let lit: LitStr = meta.value()?.parse()?;
                if options.extend_inline.is_some() {
                    return Err(syn::Error::new(
                        lit.span(),
                        "`extend_inline` is given twice; write the codes of both in one",
                    ));
                }
                options.extend_inline = Some(lit);
            } else if meta.path.is_ident("crate") {
                let lit: LitStr = meta.value()?.parse()?;
                if options.krate.is_some() {
                    return Err(syn::Error::new(lit.span(), "`crate` is given twice; keep one"));
                }
                let path = lit.parse::<syn::Path>().map_err(|_| {
                    syn::Error::new(
                        lit.span(),
                        format!(
                            "`crate = \"{}\"` is not a path; write the path status-registry is reached by, as in \
                             `crate = \"my_facade::status_registry\"`",
                            lit.value()
                        ),
                    )
                })?;
                options.krate = Some(path);
            } else if let Some(key) = interops.iter().find(|key| meta.path.is_ident(key)) {
                if !options.interops.iter().any(|(asked, _)| asked == key) {
                    options.interops.push((key, meta.path.span()));
                }
            } else {
                let key = quote::ToTokens::to_token_stream(&meta.path).to_string();
                let all: Vec<String> = KEYS.iter().chain(interops).map(|k| format!("`{k}`")).collect();
                let (last, rest) = all.split_last().map_or((String::new(), &[][..]), |(l, r)| (l.clone(), r));
                return Err(meta.error(format!(
                    "unknown key `{key}` in `#[status_registry(...)]`; expected {} or {last}",
                    rest.join(", ")
                )));
            }
            Ok(())
        });
        if let Err(error) = result {
            errors.push(error);
        }
    }
    options.interops.sort_by_key(|(asked, _)| interops.iter().position(|key| key == asked));
    if let (Some(_), Some(inline)) = (&options.extend, &options.extend_inline) {
        errors.at(inline.span(), "give either `extend` or `extend_inline`, not both");
    }
    options
}

/// What `#[status(...)]` on a variant says.
pub(crate) enum StatusAttr {
    Code {
        code: LitInt,
        vendor: Option<LitStr>,
        reason: Option<LitStr>,
        /// `problem_type = "..."`: a registered type's short name or URI, or an absolute URI of the
        /// member's own; `members.rs` decides which with the registry.
        problem_type: Option<LitStr>,
        /// `grpc = "not_found"`: the gRPC status code of the member's `tonic::Status`, in place of
        /// the one its HTTP status means.
        grpc: Option<LitStr>,
        /// `header("allow", "GET, HEAD")`, repeatable: fields every response of the member carries.
        headers: Vec<HeaderAttr>,
    },
    Other,
}

/// A checked header field name (lower case) and where it was written.
pub(crate) struct HeaderName {
    pub(crate) name: String,
    pub(crate) span: Span,
}

/// `header("name", "value")` in `#[status(...)]`: a field with a fixed value.
pub(crate) struct HeaderAttr {
    pub(crate) name: HeaderName,
    pub(crate) value: String,
}

/// The characters of an HTTP token (RFC 9110, Section 5.6.2), which a field name is.
fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// A field name as the derive emits it: a token, in lower case (field names ignore case, and
/// `http` keeps them in lower case).
pub(crate) fn header_name(lit: &LitStr) -> syn::Result<HeaderName> {
    let name = lit.value();
    if name.is_empty() {
        return Err(syn::Error::new(lit.span(), "a header field name is empty; write one, as in `\"allow\"`"));
    }
    if let Some(bad) = name.chars().find(|c| !is_token_char(*c)) {
        return Err(syn::Error::new(
            lit.span(),
            format!(
                "`{name}` is not a header field name: {bad:?} is not allowed; a field name is letters, digits and \
                 !#$%&'*+-.^_`|~ (RFC 9110, Section 5.1)"
            ),
        ));
    }
    Ok(HeaderName { name: name.to_ascii_lowercase(), span: lit.span() })
}

/// Parses `("name", "value")` after `header`.
fn header_attr(input: ParseStream<'_>, key: &Ident) -> syn::Result<HeaderAttr> {
    let content;
    if !input.peek(syn::token::Paren) {
        return Err(syn::Error::new(
            key.span(),
            "write a header field as `header(\"name\", \"value\")`, as in `header(\"allow\", \"GET, HEAD\")`",
        ));
    }
    syn::parenthesized!(content in input);
    let name: LitStr = content.parse()?;
    if content.is_empty() {
        return Err(syn::Error::new(
            name.span(),
            format!(
                "`header(\"{}\")` has no value; write `header(\"{}\", \"value\")`, or mark a field \
                 `#[header(\"{}\")]` to send its value",
                name.value(),
                name.value(),
                name.value()
            ),
        ));
    }
    content.parse::<Token![,]>()?;
    let value: LitStr = content.parse()?;
    if !content.is_empty() {
        return Err(content.error("`header(...)` takes a name and a value; write one `header(...)` per field"));
    }
    let checked = header_name(&name)?;
    let text = value.value();
    if let Some(bad) = text.chars().find(|c| !(*c == '\t' || (' '..='~').contains(c))) {
        return Err(syn::Error::new(
            value.span(),
            format!(
                "the value of `{}` holds {bad:?}; a field value written here is visible ASCII, spaces and tabs \
                 (RFC 9110, Section 5.5)",
                checked.name
            ),
        ));
    }
    if text.trim() != text || text.is_empty() {
        return Err(syn::Error::new(
            value.span(),
            format!("the value of `{}` is empty or starts or ends with whitespace; trim it", checked.name),
        ));
    }
    Ok(HeaderAttr { name: checked, value: text })
}

impl Parse for StatusAttr {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        if input.is_empty() {
            return Err(syn::Error::new(
                input.span(),
                "`#[status()]` is empty; write a code, as in `#[status(404)]` or `#[status(404, reason = \"...\")]`, \
                 or `#[status(other)]` for the catch-all",
            ));
        }
        if input.peek(LitStr) {
            let text: LitStr = input.parse()?;
            return Err(syn::Error::new(
                text.span(),
                format!("write the code as a number, not a string: `#[status({})]`", text.value()),
            ));
        }
        let lookahead = input.lookahead1();
        let mut attr = if lookahead.peek(LitInt) {
            StatusAttr::Code {
                code: input.parse()?,
                vendor: None,
                reason: None,
                problem_type: None,
                grpc: None,
                headers: Vec::new(),
            }
        } else if lookahead.peek(Ident) {
            let word: Ident = input.parse()?;
            if word != "other" {
                return Err(syn::Error::new(
                    word.span(),
                    format!("expected a status code or `other` in `#[status(...)]`, found `{word}`"),
                ));
            }
            StatusAttr::Other
        } else if input.peek(Token![-]) {
            return Err(input.error("a status code is not negative; write a number from 000 to 999"));
        } else {
            return Err(lookahead.error());
        };
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: Ident = input.parse()?;
            let StatusAttr::Code { reason, vendor, problem_type, grpc, headers, .. } = &mut attr else {
                return Err(syn::Error::new(key.span(), "`#[status(other)]` takes no other keys"));
            };
            if key == "header" {
                let header = header_attr(input, &key)?;
                if headers.iter().any(|h| h.name.name == header.name.name) {
                    return Err(syn::Error::new(
                        header.name.span,
                        format!("`{}` is given twice; join the values in one `header(...)`", header.name.name),
                    ));
                }
                headers.push(header);
                continue;
            }
            input.parse::<Token![=]>()?;
            let value: LitStr = input.parse()?;
            let slot = match key.to_string().as_str() {
                "reason" => reason,
                "vendor" => vendor,
                "problem_type" => problem_type,
                "grpc" => grpc,
                _ => {
                    return Err(syn::Error::new(
                        key.span(),
                        format!(
                            "unknown key `{key}` in `#[status(...)]`; expected {} or `{HEADER}(...)`",
                            STATUS_KEYS.map(|k| format!("`{k}`")).join(", ")
                        ),
                    ));
                }
            };
            if slot.is_some() {
                return Err(syn::Error::new(key.span(), format!("`{key}` is given twice; keep one")));
            }
            *slot = Some(value);
        }
        Ok(attr)
    }
}

/// The variant's `#[status(...)]`, if it has one and it parses; problems go to `errors`, and
/// `Err(())` means the variant is to be skipped.
pub(crate) fn status_attr(variant: &Variant, errors: &mut Errors) -> Result<Option<StatusAttr>, ()> {
    let mut attrs = variant.attrs.iter().filter(|a| a.path().is_ident(STATUS));
    let first = attrs.next();
    for extra in attrs {
        errors.at(extra.span(), "a variant takes one `#[status(...)]`; merge them");
    }
    match first.map(Attribute::parse_args::<StatusAttr>) {
        None => Ok(None),
        Some(Ok(attr)) => Ok(Some(attr)),
        Some(Err(error)) => {
            errors.push(error);
            Err(())
        }
    }
}

/// Whether the enum is `#[repr(u16)]`, so that discriminants are read as codes.
pub(crate) fn is_repr_u16(attrs: &[Attribute]) -> bool {
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

/// What the catch-all variant holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Payload {
    /// `u16` (or `::core::primitive::u16`): the code itself.
    Code,
    /// `NonMember<Self>` from the runtime: a code that only the conversions can build.
    NonMember,
}

/// The payload of a `#[status(other)]` variant of the enum `owner`, or the span to blame and, for
/// a `NonMember` of another type, the type named.
pub(crate) fn payload(variant: &Variant, owner: &Ident) -> Result<Payload, (Span, Option<String>)> {
    let Fields::Unnamed(fields) = &variant.fields else { return Err((variant.ident.span(), None)) };
    if fields.unnamed.len() != 1 {
        return Err((fields.span(), None));
    }
    let ty = &fields.unnamed[0].ty;
    let Type::Path(path) = ty else { return Err((ty.span(), None)) };
    if path.qself.is_some() {
        return Err((ty.span(), None));
    }
    let segments: Vec<String> = path.path.segments.iter().map(|s| s.ident.to_string()).collect();
    let last = path.path.segments.last();
    let plain = last.is_some_and(|s| s.arguments.is_none());
    match segments.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["u16"] | ["core" | "std", "primitive", "u16"] if plain => Ok(Payload::Code),
        [.., "NonMember"] => {
            // `NonMember<Self>` or `NonMember<Owner>`: a payload of another enum could hold one of
            // this enum's member codes.
            let argument = match last.map(|s| &s.arguments) {
                Some(syn::PathArguments::AngleBracketed(args)) if args.args.len() == 1 => match &args.args[0] {
                    syn::GenericArgument::Type(Type::Path(inner)) if inner.qself.is_none() => Some(inner),
                    _ => None,
                },
                _ => None,
            };
            match argument {
                Some(inner) if inner.path.is_ident("Self") || inner.path.is_ident(owner) => Ok(Payload::NonMember),
                Some(inner) => {
                    let named = quote::ToTokens::to_token_stream(&inner.path).to_string().replace(' ', "");
                    Err((inner.span(), Some(named)))
                }
                None => Err((ty.span(), None)),
            }
        }
        _ => Err((ty.span(), None)),
    }
}
