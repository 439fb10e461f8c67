//! Pieces of generated code shared by every generator: the built-in rows ([`crate::builtin`]),
//! derived enums ([`crate::derive`]) and the standalone module (`standalone`).

use std::fmt::Write;

use proc_macro2::TokenStream;
use quote::quote;

use crate::model::{Checked, CheckedEntry, Entry, HeaderRule, Level, Lifecycle, Retry};

/// `Some("text")` or `None`, fully qualified.
pub(crate) fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

/// The Display form of a status: `404 Not Found`, `000 No Response Status`.
#[must_use]
pub fn display_text(code: u16, reason: &str) -> String {
    format!("{code:03} {reason}")
}

/// Who reads a variant's documentation, which decides how a vendor's availability is described.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum DocContext {
    /// The `status-registry` crate, where a vendor's codes come with a cargo feature.
    Crate,
    /// A file written by `statusreg generate`, where the vendors were chosen at generation.
    #[cfg_attr(not(feature = "standalone"), allow(dead_code))]
    Generated,
}

/// The rustdoc lines of one variant: the status line, the description, and
/// [`variant_about`].
#[cfg(feature = "standalone")]
#[must_use]
pub(crate) fn variant_doc(checked: &Checked, status: &CheckedEntry, context: DocContext) -> Vec<String> {
    let entry = &status.entry;
    vec![
        format!(" `{}`", display_text(entry.code.value, &entry.reason.value)),
        String::new(),
        format!(" {}", entry.description.value),
        String::new(),
        format!(" {}", variant_about(checked, status, context)),
    ]
}

/// The last paragraph of a variant's documentation: who defines it and where, its lifecycle and
/// the other phrases it parses from.
#[must_use]
pub(crate) fn variant_about(checked: &Checked, status: &CheckedEntry, context: DocContext) -> String {
    let entry = &status.entry;
    let reference = match (&entry.spec, entry.spec_link()) {
        (Some(spec), Some(link)) => format!("[{}]({link})", spec.value),
        (Some(spec), None) => spec.value.clone(),
        (None, _) => "no public specification".to_owned(),
    };
    let vendors = checked.vendors_of(status);
    let names: Vec<&str> = vendors.iter().map(|v| v.name.value.as_str()).collect();
    let mut about = match (vendors.as_slice(), context) {
        ([], _) => format!("IANA registry. Specification: {reference}."),
        ([vendor], DocContext::Crate) => {
            format!("Vendor: {} (feature `{}`). Source: {reference}.", vendor.name.value, vendor.feature())
        }
        ([vendor], DocContext::Generated) => {
            format!("Vendor: {} (`{}`). Source: {reference}.", vendor.name.value, vendor.id.value)
        }
        (many, DocContext::Crate) => {
            let features: Vec<String> = many.iter().map(|v| format!("`{}`", v.feature())).collect();
            format!("Vendors: {} (feature {}). Source: {reference}.", names.join(" and "), features.join(" or "))
        }
        (many, DocContext::Generated) => {
            let ids: Vec<String> = many.iter().map(|v| format!("`{}`", v.id.value)).collect();
            format!("Vendors: {} ({}). Source: {reference}.", names.join(" and "), ids.join(", "))
        }
    };
    // Writing to a String cannot fail.
    let _ = match &entry.expires {
        Some(expires) => write!(about, " Lifecycle: {} (expires {}).", entry.lifecycle.value.keyword(), expires.value),
        None => write!(about, " Lifecycle: {}.", entry.lifecycle.value.keyword()),
    };
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry.aliases.iter().map(|a| format!("\"{}\"", a.value)).collect();
        let _ = write!(about, " Also parsed from: {}.", aliases.join(", "));
    }
    about
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
