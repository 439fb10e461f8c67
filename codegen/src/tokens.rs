//! Pieces of generated code shared by every generator: the built-in types ([`crate::expand`]),
//! derived enums ([`crate::derive`]) and the standalone module (`standalone`).

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{Checked, CheckedEntry, Entry, Lifecycle, Retry};

/// An identifier at the call site.
pub(crate) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

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
pub enum DocContext {
    /// The `status-registry` crate, where a vendor's codes come with a cargo feature.
    Crate,
    /// A file written by `statusreg generate`, where the vendors were chosen at generation.
    Generated,
}

/// The rustdoc lines of one variant: the status line, the description, the reference and the
/// lifecycle.
#[must_use]
pub fn variant_doc(checked: &Checked, status: &CheckedEntry, context: DocContext) -> Vec<String> {
    let entry = &status.entry;
    let mut lines = vec![
        format!(" `{}`", display_text(entry.code.value, &entry.reason.value)),
        String::new(),
        format!(" {}", entry.description.value),
        String::new(),
    ];
    let reference = match (&entry.spec, entry.spec_link()) {
        (Some(spec), Some(link)) => format!("[{}]({link})", spec.value),
        (Some(spec), None) => spec.value.clone(),
        (None, _) => "no public specification".to_owned(),
    };
    match (checked.vendor_of(status), context) {
        (Some(vendor), DocContext::Crate) => {
            lines.push(format!(
                " Vendor: {} (feature `{}`). Source: {reference}.",
                vendor.name.value,
                vendor.feature()
            ));
        }
        (Some(vendor), DocContext::Generated) => {
            lines.push(format!(" Vendor: {} (`{}`). Source: {reference}.", vendor.name.value, vendor.id.value));
        }
        (None, _) => lines.push(format!(" IANA registry. Specification: {reference}.")),
    }
    match &entry.expires {
        Some(expires) => {
            lines.push(format!(" Lifecycle: {} (expires {}).", entry.lifecycle.value.keyword(), expires.value));
        }
        None => lines.push(format!(" Lifecycle: {}.", entry.lifecycle.value.keyword())),
    }
    if !entry.aliases.is_empty() {
        let aliases: Vec<String> = entry.aliases.iter().map(|a| format!("\"{}\"", a.value)).collect();
        lines.push(format!(" Also parsed from: {}.", aliases.join(", ")));
    }
    lines
}

/// The `#[doc = ...]` attributes of one variant.
pub(crate) fn variant_doc_attrs(checked: &Checked, status: &CheckedEntry, context: DocContext) -> TokenStream {
    let lines = variant_doc(checked, status, context);
    quote!( #( #[doc = #lines] )* )
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
            spec: #spec,
            spec_link: #spec_link,
            lifecycle: #lifecycle,
            expires: #expires,
            cacheable: #cacheable,
            allows_content: #allows_content,
            retry_after: #retry_after,
            retry: #retry,
            description: #description,
            description_ja: #description_ja,
        })
    }
}
