//! Stage 2: each variant resolved against the registry, and the rules that tie them together (one
//! catch-all, one variant per code, discriminants that are the codes, reasons that parse back).

use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{DeriveInput, Expr, Fields, Ident, Lit, LitStr, Variant};

use super::Errors;
use super::attr::{self, Payload, StatusAttr};
use crate::literal::code_value;
use crate::resolve::{Found, Scope, Site};

/// One checked member of the user's enum.
pub(crate) struct Member<'a, 'r> {
    pub(crate) ident: &'a Ident,
    pub(crate) found: Found<'r>,
    /// `reason = "..."`, which replaces the registry phrase in `reason()` and `Display`.
    pub(crate) reason: Option<String>,
    /// `problem_type = "..."`: a registered type, or one of the user's own titled by the member's
    /// phrase.
    pub(crate) problem_type: Option<ProblemTypeRef<'r>>,
    /// `grpc = "..."`: the gRPC code of the member's `tonic::Status`, with where it was written.
    pub(crate) grpc: Option<(crate::grpc::GrpcCode, Span)>,
    /// The header fields every response of the member carries.
    pub(crate) headers: Vec<Header>,
    /// The fields marked `#[member("name")]`, which go into the problem details body.
    pub(crate) body: Vec<BodyMember>,
    /// Where to point when the code is repeated.
    pub(crate) span: Span,
    /// What gave the code: the code in `#[status(...)]`, the discriminant, or the name.
    pub(crate) origin: Span,
}

impl Member<'_, '_> {
    pub(crate) fn code(&self) -> u16 {
        self.found.status.entry.code.value
    }

    /// The phrase `reason()` and `Display` use.
    pub(crate) fn reason(&self) -> &str {
        self.reason.as_deref().unwrap_or(&self.found.status.entry.reason.value)
    }
}

/// A member's problem type.
pub(crate) enum ProblemTypeRef<'r> {
    /// A type of the registry's `problem_types`, by its short name or URI.
    Registered(&'r crate::model::ProblemTypeDef),
    /// An absolute URI of the user's own.
    Own(String),
}

/// A field sent as an extension member of the problem details body.
pub(crate) struct BodyMember {
    /// The member's name in the body.
    pub(crate) name: String,
    /// The field: its name, or its index in a tuple variant.
    pub(crate) field: syn::Member,
}

/// A header field of a member's responses: a fixed value, or a field of the variant.
pub(crate) struct Header {
    /// Lower case.
    pub(crate) name: String,
    pub(crate) value: HeaderValue,
}

/// Where a header field's value comes from.
pub(crate) enum HeaderValue {
    /// `header("allow", "GET, HEAD")` in `#[status(...)]`.
    Fixed(String),
    /// A field marked `#[header("retry-after")]`: its name, or its index in a tuple variant, and
    /// whether its type is a Rust integer (documented as an integer in OpenAPI, else a string).
    Field(syn::Member, bool),
}

/// Whether `ty` is one of Rust's integer types, written as its plain name.
fn is_integer(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else { return false };
    path.qself.is_none()
        && path.path.segments.last().is_some_and(|s| {
            s.arguments.is_none()
                && matches!(
                    s.ident.to_string().as_str(),
                    "u8" | "u16" | "u32" | "u64" | "u128" | "usize" | "i8" | "i16" | "i32" | "i64" | "i128" | "isize"
                )
        })
}

/// The enum's catch-all variant: `Other(NonMember<Self>)` or `Other(u16)`.
pub(crate) struct CatchAll<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) payload: Payload,
}

/// The checked variants: members, the catch-all, and whether a member variant carries data (an
/// error enum), which holds even when that variant did not resolve.
pub(crate) struct Checked<'a, 'r> {
    pub(crate) members: Vec<Member<'a, 'r>>,
    pub(crate) catch_all: Option<CatchAll<'a>>,
    pub(crate) data: bool,
}

/// Resolves every variant; problems go to `errors` and the variant is left out.
pub(crate) fn members<'a, 'r>(
    input: &'a DeriveInput,
    variants: impl Iterator<Item = &'a Variant>,
    scope: &Scope<'r>,
    responses: bool,
    errors: &mut Errors,
) -> Checked<'a, 'r> {
    let mut data = false;
    let repr_u16 = attr::is_repr_u16(&input.attrs);
    let mut members: Vec<Member<'a, 'r>> = Vec::new();
    let mut catch_all: Option<CatchAll<'a>> = None;
    // The discriminant rustc gives a variant without `= N`: one more than the variant before.
    let mut implicit: u64 = 0;
    for variant in variants {
        let discriminant = discriminant_code(variant, repr_u16, errors);
        // A discriminant that is not a plain number was reported; its value is unknown, so the
        // implicit numbering after it is too.
        let written = variant.discriminant.is_some();
        let this_discriminant = discriminant.map_or(implicit, |(value, _)| value);
        implicit = this_discriminant + 1;
        let Ok(attr) = attr::status_attr(variant, errors) else { continue };
        if let Some(StatusAttr::Other) = attr {
            let payload = check_catch_all(variant, &input.ident, catch_all.as_ref(), errors);
            if let (Some(payload), None) = (payload, &catch_all) {
                catch_all = Some(CatchAll { ident: &variant.ident, payload });
            }
            continue;
        }
        data |= !matches!(variant.fields, Fields::Unit);
        let Some(member) = member(variant, attr, discriminant, scope, errors) else { continue };
        if responses {
            check_required_headers(&member, errors);
        }
        if repr_u16 && !written && this_discriminant != u64::from(member.code()) {
            errors.at(
                variant.ident.span(),
                format!(
                    "`{}` gets the discriminant {this_discriminant} (one more than the variant before it) but has \
                     status {:03}; write `{} = {}`",
                    variant.ident,
                    member.code(),
                    variant.ident,
                    member.code()
                ),
            );
        }
        members.push(member);
    }
    if data {
        // An error enum: built from its values, never from a code.
        if let Some(other) = &catch_all {
            errors.at(
                other.ident.span(),
                format!(
                    "a variant of `{}` carries data, so the enum is not built from codes and has no catch-all; \
                     remove `#[status(other)] {}`",
                    input.ident, other.ident
                ),
            );
        }
    } else {
        check_duplicates(&members, errors);
    }
    check_reasons(&members, scope, errors);
    Checked { members, catch_all, data }
}

/// The header fields of a variant: the fixed ones of its `#[status(...)]`, then its fields marked
/// `#[header("name")]`. A name given twice, or `#[header]` on the variant itself, is an error.
fn headers(variant: &Variant, fixed: Vec<attr::HeaderAttr>, errors: &mut Errors) -> Vec<Header> {
    for misplaced in variant.attrs.iter().filter(|a| a.path().is_ident(attr::HEADER)) {
        errors.at(
            misplaced.path().span(),
            format!(
                "`#[header(...)]` goes on a field of `{}`, whose value it sends; for a fixed value write \
                 `header(\"name\", \"value\")` inside `#[status(...)]`",
                variant.ident
            ),
        );
    }
    let mut names: Vec<String> = fixed.iter().map(|h| h.name.name.clone()).collect();
    let mut headers: Vec<Header> =
        fixed.into_iter().map(|h| Header { name: h.name.name, value: HeaderValue::Fixed(h.value) }).collect();
    for (index, field) in variant.fields.iter().enumerate() {
        for marked in field.attrs.iter().filter(|a| a.path().is_ident(attr::HEADER)) {
            let name = match marked.parse_args::<LitStr>() {
                Ok(lit) => match attr::header_name(&lit) {
                    Ok(name) => name,
                    Err(error) => {
                        errors.push(error);
                        continue;
                    }
                },
                Err(_) => {
                    errors.at(
                        marked.path().span(),
                        "write the header field this field's value is sent as: `#[header(\"retry-after\")]`",
                    );
                    continue;
                }
            };
            if names.contains(&name.name) {
                errors.at(
                    name.span,
                    format!("`{}` is given twice in `{}`; send it from one place", name.name, variant.ident),
                );
                continue;
            }
            names.push(name.name.clone());
            let member = match &field.ident {
                Some(ident) => syn::Member::Named(ident.clone()),
                None => syn::Member::Unnamed(syn::Index::from(index)),
            };
            headers.push(Header { name: name.name, value: HeaderValue::Field(member, is_integer(&field.ty)) });
        }
    }
    headers
}

/// The gRPC status code named by `lit` (`not_found` or `NOT_FOUND`); anything else is an error
/// that offers the nearest names.
fn grpc_code(lit: &LitStr, errors: &mut Errors) -> Option<crate::grpc::GrpcCode> {
    let text = lit.value();
    if let Some(code) = crate::grpc::GrpcCode::from_name(&text) {
        return Some(code);
    }
    let names: Vec<String> = crate::grpc::GrpcCode::ALL.iter().map(|c| c.name().to_ascii_lowercase()).collect();
    let nearest: Vec<String> = crate::naming::ranked(&text, names.iter().map(String::as_str))
        .iter()
        .take(3)
        .map(|(_, n)| format!("`{n}`"))
        .collect();
    errors.at(
        lit.span(),
        format!(
            "`grpc = {text:?}` is not a gRPC status code; the nearest are {}; the 17 codes are named as in \
             `google.rpc.Code`, in lower case: `not_found`, `failed_precondition`, ...",
            nearest.join(", ")
        ),
    );
    None
}

/// The registry's problem type named by `lit` (its short name or URI), or an absolute URI of the
/// user's own; anything else is an error that offers the nearest registered names.
fn problem_type_ref<'r>(lit: &LitStr, scope: &Scope<'r>, errors: &mut Errors) -> Option<ProblemTypeRef<'r>> {
    let text = lit.value();
    if let Some(ty) = scope.base.problem_type(&text) {
        if ty.uri.value == "about:blank" {
            errors.at(lit.span(), "`about:blank` is the type every member has without `problem_type`; remove the key");
            return None;
        }
        return Some(ProblemTypeRef::Registered(ty));
    }
    if crate::model::is_absolute_uri(&text) {
        return Some(ProblemTypeRef::Own(text));
    }
    let names = scope.base.problem_types.iter().map(|t| t.id.value.as_str()).filter(|n| *n != "about-blank");
    let nearest: Vec<String> =
        crate::naming::ranked(&text, names).iter().take(3).map(|(_, n)| format!("`{n}`")).collect();
    errors.at(
        lit.span(),
        format!(
            "`problem_type = {text:?}` is neither a registered problem type nor an absolute URI; the nearest \
             registered ones are {}, and a type of your own is an absolute URI, as in \
             \"https://example.com/probs/out-of-credit\"",
            nearest.join(", ")
        ),
    );
    None
}

/// A member with a registered problem type has the status the type recommends, and its
/// `#[member]` fields are members the type defines.
fn check_registered_type(
    variant: &Variant,
    code: u16,
    ty: &crate::model::ProblemTypeDef,
    lit: &LitStr,
    body: &[BodyMember],
    errors: &mut Errors,
) {
    if let Some(status) = &ty.status
        && status.value != code
    {
        errors.at(
            lit.span(),
            format!(
                "problem type `{}` is for status {:03}, and `{}` is a {code:03}; give the member status {:03}, or \
                 a problem type of your own",
                ty.id.value, status.value, variant.ident, status.value
            ),
        );
    }
    for member in body {
        if !ty.members.iter().any(|m| m.name.value == member.name) {
            let defined: Vec<String> = ty.members.iter().map(|m| format!("`{}`", m.name.value)).collect();
            let defined = if defined.is_empty() { "none".to_owned() } else { defined.join(", ") };
            errors.at(
                variant.ident.span(),
                format!("problem type `{}` defines no member `{}`; it defines {defined}", ty.id.value, member.name),
            );
        }
    }
}

/// The fields of a variant marked `#[member("name")]`.
fn body_members(variant: &Variant, errors: &mut Errors) -> Vec<BodyMember> {
    for misplaced in variant.attrs.iter().filter(|a| a.path().is_ident(attr::MEMBER)) {
        errors.at(
            misplaced.path().span(),
            format!("`#[member(...)]` goes on a field of `{}`, whose value the problem body carries", variant.ident),
        );
    }
    let mut body: Vec<BodyMember> = Vec::new();
    for (index, field) in variant.fields.iter().enumerate() {
        for marked in field.attrs.iter().filter(|a| a.path().is_ident(attr::MEMBER)) {
            let Ok(lit) = marked.parse_args::<LitStr>() else {
                errors.at(
                    marked.path().span(),
                    "write the name the field is sent under: `#[member(\"violated-policies\")]`",
                );
                continue;
            };
            let name = lit.value();
            if name.is_empty() || ["type", "title", "status", "detail", "instance"].contains(&name.as_str()) {
                errors.at(
                    lit.span(),
                    format!("`{name}` is not an extension member's name (RFC 9457 defines the standard ones); choose another"),
                );
                continue;
            }
            if body.iter().any(|b| b.name == name) {
                errors.at(lit.span(), format!("member `{name}` is given twice in `{}`", variant.ident));
                continue;
            }
            let field = match &field.ident {
                Some(ident) => syn::Member::Named(ident.clone()),
                None => syn::Member::Unnamed(syn::Index::from(index)),
            };
            body.push(BodyMember { name, field });
        }
    }
    body
}

/// A member of an enum that makes responses must supply every header field its status requires.
fn check_required_headers(member: &Member<'_, '_>, errors: &mut Errors) {
    let entry = &member.found.status.entry;
    for rule in entry.headers.iter().filter(|r| r.level.value == crate::model::Level::Must) {
        if member.headers.iter().any(|h| h.name == rule.name.value) {
            continue;
        }
        errors.at(
            member.span,
            format!(
                "`{}` is a {:03} {} response, which MUST carry the `{}` header field ({}); give it a fixed value \
                 with `#[status({:03}, header(\"{}\", \"...\"))]`, or send a field's value by marking the field \
                 `#[header(\"{}\")]`",
                member.ident,
                entry.code.value,
                entry.reason.value,
                rule.name.value,
                rule.spec.value,
                entry.code.value,
                rule.name.value,
                rule.name.value
            ),
        );
    }
}

/// Checks a `#[status(other)]` variant; its payload kind when it is well formed.
fn check_catch_all(
    variant: &Variant,
    owner: &Ident,
    existing: Option<&CatchAll<'_>>,
    errors: &mut Errors,
) -> Option<Payload> {
    if let Some(first) = existing {
        errors.at(
            variant.ident.span(),
            format!("only one variant can be `#[status(other)]`; `{}` already is", first.ident),
        );
    }
    if let Some((eq, _)) = &variant.discriminant {
        errors.at(eq.span, "the `#[status(other)]` variant cannot have a discriminant");
    }
    match attr::payload(variant, owner) {
        Ok(payload) => Some(payload),
        Err((span, Some(other))) => {
            errors.at(
                span,
                format!(
                    "`NonMember<{other}>` is the payload of `{other}`'s catch-all; `{owner}` holds \
                     `{}(NonMember<Self>)`, so that it never holds a code of its own members",
                    variant.ident
                ),
            );
            None
        }
        Err((span, None)) => {
            errors.at(
                span,
                format!(
                    "the `#[status(other)]` variant holds the code as `{0}(NonMember<Self>)` (recommended: only \
                     codes that are not members) or `{0}(u16)`",
                    variant.ident
                ),
            );
            None
        }
    }
}

fn member<'a, 'r>(
    variant: &'a Variant,
    attr: Option<StatusAttr>,
    discriminant: Option<(u64, Span)>,
    scope: &Scope<'r>,
    errors: &mut Errors,
) -> Option<Member<'a, 'r>> {
    let (code, vendor, reason, problem_type, grpc, fixed) = match attr {
        Some(StatusAttr::Code { code, vendor, reason, problem_type, grpc, headers }) => {
            (Some(code), vendor, reason, problem_type, grpc, headers)
        }
        _ => (None, None, None, None, None, Vec::new()),
    };
    let grpc = grpc.and_then(|lit| grpc_code(&lit, errors).map(|code| (code, lit.span())));
    let headers = headers(variant, fixed, errors);
    let body = body_members(variant, errors);
    let problem_type = problem_type.and_then(|lit| problem_type_ref(&lit, scope, errors).map(|r| (r, lit)));
    let origin = match (&code, discriminant) {
        (Some(lit), _) => lit.span(),
        (None, Some((_, span))) => span,
        (None, None) => variant.ident.span(),
    };
    let resolved = match (&code, discriminant) {
        (Some(lit), discriminant) => {
            let value = match code_value(lit) {
                Ok(value) => value,
                Err(error) => {
                    errors.push(error);
                    return None;
                }
            };
            if let Some((d, span)) = discriminant.filter(|(d, _)| *d != value) {
                errors.at(span, format!("the discriminant {d} and `#[status({value})]` disagree; keep one"));
            }
            scope.by_code(value, vendor.as_ref().map(LitStr::value).as_deref()).map_err(|e| (lit.span(), e))
        }
        (None, Some((value, span))) => scope.by_code(value, None).map_err(|e| (span, e)),
        // `r#Ok` names the status `Ok`.
        (None, None) => scope.by_name(&variant.ident.unraw().to_string()).map_err(|e| (variant.ident.span(), e)),
    };
    match resolved {
        Ok(found) => {
            // A member named by its code may not bear the name of another status.
            if code.is_some() || discriminant.is_some() {
                check_name(variant, found.status, scope, errors);
            }
            if let Some((ProblemTypeRef::Registered(ty), lit)) = &problem_type {
                check_registered_type(variant, found.status.entry.code.value, ty, lit, &body, errors);
            }
            let problem_type = problem_type.map(|(r, _)| r);
            Some(Member {
                ident: &variant.ident,
                found,
                reason: reason.map(|r| r.value()),
                problem_type,
                grpc,
                headers,
                body,
                span: variant.ident.span(),
                origin,
            })
        }
        // The code or name may be an entry of an extension that did not load, which was reported.
        Err((
            _,
            crate::resolve::ResolveError::NotInRegistry { .. } | crate::resolve::ResolveError::UnknownName { .. },
        )) if scope.failed_extension => None,
        // `Custom(u16)` with no attribute is almost always a catch-all missing its attribute.
        Err((_, crate::resolve::ResolveError::UnknownName { .. })) if holds_a_code(variant) => {
            errors.at(
                variant.ident.span(),
                format!(
                    "`{0}` holds a code but no status is named `{0}`: to hold every code that is not a member, write \
                     `#[status(other)] {0}(NonMember<Self>)`; for a member with data, name a status (`NotFound(..)`) \
                     or give its code (`#[status(404)] {0}(..)`)",
                    variant.ident
                ),
            );
            None
        }
        Err((span, error)) => {
            // Point at the vendor string when it is the vendor that is unknown.
            let span = match (&error, &vendor) {
                (crate::resolve::ResolveError::UnknownVendor { .. }, Some(v)) => v.span(),
                _ => span,
            };
            errors.at(span, error.message(Site::Derive));
            None
        }
    }
}

/// A member given a code may not bear the registry's name of another status (`#[status(500)]
/// NotFound`): readers, and `"NotFound".parse()`, would take it for that status. The names are
/// the registry's whatever features are on, so this holds in every build.
fn check_name(variant: &Variant, status: &crate::model::CheckedEntry, scope: &Scope<'_>, errors: &mut Errors) {
    let name = variant.ident.unraw().to_string();
    let Some(named) = scope.named(&name) else { return };
    if std::ptr::eq(named.status, status) {
        return;
    }
    let (other, own) = (named.status, status);
    errors.at(
        variant.ident.span(),
        format!(
            "`{name}` is the registry's name of {:03} {}, but this member has status {:03} {}; rename it to \
             `{}` or to a name of your own",
            other.entry.code.value, other.entry.reason.value, own.entry.code.value, own.entry.reason.value, own.name
        ),
    );
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
            format!(
                "`= {lit}` is read as a status code only on a `#[repr(u16)]` enum; add `#[repr(u16)]` or write \
                 `#[status({lit})]`"
            ),
        );
        return None;
    }
    match code_value(lit) {
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
        let code = member.code();
        if let Some(first) = members[..i].iter().find(|m| m.code() == code) {
            errors.at(
                member.span,
                format!("`{}` repeats status {code:03} of `{}`; each code may appear once", member.ident, first.ident),
            );
            errors.at(first.span, format!("note: `{}` has status {code:03} first", first.ident));
        }
    }
}

/// A `reason = "..."` must print as a status line that parses back to its member: a well-formed
/// phrase that no other code already owns.
fn check_reasons(members: &[Member<'_, '_>], scope: &Scope<'_>, errors: &mut Errors) {
    let registry = scope.base.statuses.iter().chain(scope.extension.iter().flat_map(|e| &e.statuses));
    let phrases: Vec<(&str, u16)> = registry
        .flat_map(|s| {
            std::iter::once(&s.entry.reason)
                .chain(&s.entry.aliases)
                .map(move |p| (p.value.as_str(), s.entry.code.value))
        })
        .collect();
    for (i, member) in members.iter().enumerate() {
        let Some(reason) = &member.reason else { continue };
        let code = member.code();
        if let Some(problem) = crate::phrase::problem(reason) {
            errors.at(member.span, format!("the reason of `{}` {problem}", member.ident));
            continue;
        }
        if let Some((_, owner)) = phrases.iter().find(|(p, c)| *c != code && p.eq_ignore_ascii_case(reason)) {
            errors.at(
                member.span,
                format!(
                    "the reason \"{reason}\" of `{}` is the registry's phrase for {owner:03}; `{code:03} {reason}` \
                     would not parse back to it, so choose other words",
                    member.ident
                ),
            );
        }
        let taken = members[..i]
            .iter()
            .find(|m| m.code() != code && m.reason.as_deref().is_some_and(|r| r.eq_ignore_ascii_case(reason)));
        if let Some(first) = taken {
            errors.at(
                member.span,
                format!(
                    "`{}` and `{}` have the same reason \"{reason}\"; give each its own",
                    first.ident, member.ident
                ),
            );
        }
    }
}

/// Whether a variant holds one unnamed `u16` or `NonMember<..>`, the shapes of a catch-all.
fn holds_a_code(variant: &Variant) -> bool {
    let Fields::Unnamed(fields) = &variant.fields else { return false };
    let mut fields = fields.unnamed.iter();
    let (Some(field), None) = (fields.next(), fields.next()) else { return false };
    let syn::Type::Path(path) = &field.ty else { return false };
    path.path.segments.last().is_some_and(|last| last.ident == "u16" || last.ident == "NonMember")
}
