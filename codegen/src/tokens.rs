//! Pieces of generated code shared by the token generators: derived enums ([`crate::derive`]) and
//! the standalone module (`standalone`). The text they share with the built-in rows (docs,
//! `Display` text) is the model crate's `docs`.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

pub(crate) use status_registry_model::docs::display_text;
#[cfg(feature = "standalone")]
pub(crate) use status_registry_model::docs::{DocContext, variant_doc};

use crate::model::{Entry, HeaderRule, Level};

/// `Some("text")` or `None`, fully qualified.
pub(crate) fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

/// `krate::Enum::Variant` for a value of the runtime's `Lifecycle`, `Retry` or `Level`, which the
/// model shares (`keywords.rs`): its variant's name is its `Debug`.
fn keyword_tokens(krate: &TokenStream, enumeration: &str, value: impl std::fmt::Debug) -> TokenStream {
    let (enumeration, variant) = (format_ident!("{}", enumeration), format_ident!("{}", format!("{value:?}")));
    quote!(#krate::#enumeration::#variant)
}

/// An `Info` for `entry`, built field by field under the crate path `krate`; `vendor` is the
/// tokens of its `Option<Vendor>`. The field names are the same in the model and in the runtime.
pub(crate) fn info(krate: &TokenStream, name: &str, entry: &Entry, vendor: &TokenStream) -> TokenStream {
    let code = entry.code.value;
    let reason = &entry.reason.value;
    let reason_ja = &entry.reason_ja.value;
    let text = display_text(code, reason);
    let aliases: Vec<&str> = entry.aliases.iter().map(|a| a.value.as_str()).collect();
    let spec = option_str(entry.spec.as_ref().map(|s| s.value.as_str()));
    let link = entry.spec_link();
    let spec_link = option_str(link.as_deref());
    let lifecycle = keyword_tokens(krate, "Lifecycle", entry.lifecycle.value);
    let expires = option_str(entry.expires.as_ref().map(|e| e.value.as_str()));
    let cacheable = entry.cacheable;
    let allows_content = entry.allows_content;
    let retry_after = entry.retry_after;
    let retry = keyword_tokens(krate, "Retry", entry.retry.value);
    let retry_note = entry.retry_note.as_ref().map_or("", |n| n.value.as_str());
    let names = |level: Level| -> Vec<&str> {
        entry.headers.iter().filter(|r| r.level.value == level).map(|r| r.name.value.as_str()).collect()
    };
    let (required, recommended) = (names(Level::Must), names(Level::Should));
    // In the runtime's order: every required rule, then every recommended one.
    let mut ordered: Vec<&HeaderRule> = entry.headers.iter().filter(|r| r.level.value == Level::Must).collect();
    ordered.extend(entry.headers.iter().filter(|r| r.level.value == Level::Should));
    let rules = ordered.iter().map(|rule| {
        let name = &rule.name.value;
        let spec = &rule.spec.value;
        let level = keyword_tokens(krate, "Level", rule.level.value);
        quote!(#krate::HeaderRule { name: #name, level: #level, spec: #spec })
    });
    let description = &entry.description.value;
    let description_ja = &entry.description_ja.value;
    quote! {
        #krate::Info::__from_fields(#krate::__private::InfoFields {
            code: #code,
            name: #name,
            reason: #reason,
            reason_ja: #reason_ja,
            text: #text,
            aliases: &[ #( #aliases ),* ],
            vendor: #vendor,
            vendors: &[],
            spec: #spec,
            spec_link: #spec_link,
            lifecycle: #lifecycle,
            expires: #expires,
            cacheable: #cacheable,
            allows_content: #allows_content,
            retry_after: #retry_after,
            retry: #retry,
            retry_note: #retry_note,
            headers: &[ #( #rules ),* ],
            required_headers: &[ #( #required ),* ],
            recommended_headers: &[ #( #recommended ),* ],
            description: #description,
            description_ja: #description_ja,
        })
    }
}
