//! Pieces of generated code shared by the token generators: derived enums ([`crate::derive`]) and
//! the standalone module (`standalone`). The text they share with the built-in rows (docs,
//! `Display` text) is the model crate's `docs`.

use proc_macro2::TokenStream;
use quote::quote;

pub(crate) use status_registry_model::docs::display_text;
#[cfg(feature = "standalone")]
pub(crate) use status_registry_model::docs::{DocContext, variant_doc};

use crate::model::{Entry, HeaderRule, Level, Lifecycle, Retry};

/// `Some("text")` or `None`, fully qualified.
pub(crate) fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

fn lifecycle_tokens(krate: &TokenStream, lifecycle: Lifecycle) -> TokenStream {
    let variant = match lifecycle {
        Lifecycle::Registered => quote!(Registered),
        Lifecycle::InUse => quote!(InUse),
        Lifecycle::Temporary => quote!(Temporary),
        Lifecycle::Unused => quote!(Unused),
        Lifecycle::Obsolete => quote!(Obsolete),
        Lifecycle::Deprecated => quote!(Deprecated),
    };
    quote!(#krate::Lifecycle::#variant)
}

fn retry_tokens(krate: &TokenStream, retry: Retry) -> TokenStream {
    let variant = match retry {
        Retry::Never => quote!(Never),
        Retry::Idempotent => quote!(Idempotent),
        Retry::Always => quote!(Always),
        Retry::After => quote!(AfterRetryAfter),
    };
    quote!(#krate::Retry::#variant)
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
    let lifecycle = lifecycle_tokens(krate, entry.lifecycle.value);
    let expires = option_str(entry.expires.as_ref().map(|e| e.value.as_str()));
    let cacheable = entry.cacheable;
    let allows_content = entry.allows_content;
    let retry_after = entry.retry_after;
    let retry = retry_tokens(krate, entry.retry.value);
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
        let level = match rule.level.value {
            Level::Must => quote!(Must),
            Level::Should => quote!(Should),
        };
        quote!(#krate::HeaderRule { name: #name, level: #krate::Level::#level, spec: #spec })
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
