//! A self-contained status module for projects that check generated code in instead of running a
//! proc-macro (`statusreg generate`).
//!
//! The vendors are chosen when the file is generated, so the output has no `#[cfg]` and no
//! dependency: only `core`. It is built from the same pieces as the crate's own types: precedence
//! from [`crate::precedence`], documentation and Display text from [`crate::tokens`]. It carries the
//! same variants, names, precedence and text, a private-payload `Unregistered`, an `Info` record
//! per status (with the crate's field names), `Class`, `Display` that honours width and alignment,
//! and `FromStr` for codes, status lines, phrases, aliases and names. The output passes
//! `clippy::pedantic`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{Checked, CheckedEntry};
use crate::precedence;
use crate::tokens::{DocContext, display_text, option_str, variant_doc};

/// An identifier at the call site.
fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// The `#[doc = ...]` attributes of one variant.
fn variant_doc_attrs(checked: &Checked, status: &CheckedEntry, context: DocContext) -> TokenStream {
    let lines = variant_doc(checked, status, context);
    quote!( #( #[doc = #lines] )* )
}

/// The module's items for `checked`, keeping only IANA entries and those of the vendors whose ids
/// are in `vendors`.
#[must_use]
pub fn expand_standalone(checked: &Checked, vendors: &[String]) -> TokenStream {
    let enabled = |id: &str| vendors.iter().any(|v| v == id);
    let kept: Vec<CheckedEntry> = checked
        .statuses
        .iter()
        .filter(|s| checked.vendor_of(s).is_none_or(|v| enabled(&v.id.value)))
        .cloned()
        .collect();
    let kept_registry = Checked { vendors: checked.vendors.clone(), statuses: kept };
    let kept = &kept_registry.statuses;

    let names: Vec<Ident> = kept.iter().map(|s| ident(&s.name)).collect();
    let count = kept.len();
    let positions: Vec<usize> = (0..count).collect();
    let docs: Vec<TokenStream> =
        kept.iter().map(|s| variant_doc_attrs(&kept_registry, s, DocContext::Generated)).collect();
    let infos = kept.iter().map(|s| info(&kept_registry, s));

    // Code to variant: the preferred meaning among the kept ones.
    let mut codes: Vec<u16> = kept.iter().map(|s| s.entry.code.value).collect();
    codes.dedup();
    let preferred: Vec<Ident> = codes
        .iter()
        .filter_map(|code| precedence::preferred(&kept_registry, *code, |v| enabled(&v.id.value)))
        .map(|s| ident(&s.name))
        .collect();

    let rows = precedence::phrase_rows(kept);
    let row_count = rows.len();
    let row_texts: Vec<&str> = rows.iter().map(|r| r.text).collect();
    let row_names: Vec<Ident> = rows.iter().map(|r| ident(&r.status.name)).collect();

    let types = support_types();
    quote! {
        // The descriptions are prose that names products and protocols (WebDAV, nginx), not code.
        #![allow(clippy::doc_markdown)]

        /// An HTTP status code: every meaning this file was generated with, and
        /// [`StatusCode::Unregistered`] for any other code, so that `From<u16>` is total.
        ///
        /// At a code with several meanings, `From<u16>` picks the IANA one, then vendors in the
        /// registry's order; the others are reached by name or by their status line.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum StatusCode {
            #( #docs #names, )*
            /// A code this file has no meaning for. Only [`StatusCode::from`] builds one, after
            /// finding no variant for the code, so every code has one representation.
            Unregistered(Unregistered),
        }

        /// The metadata of every variant, in variant order.
        static INFOS: [Info; #count] = [ #( #infos, )* ];

        /// Phrases, aliases and variant names in precedence order: the first match wins.
        static PHRASES: [(&str, StatusCode); #row_count] = [ #( (#row_texts, StatusCode::#row_names), )* ];

        impl StatusCode {
            /// Every registered status, ascending by code; at one code, IANA first.
            pub const ALL: &'static [StatusCode] = &[ #( StatusCode::#names ),* ];

            /// The status for `code`: its preferred meaning, or [`StatusCode::Unregistered`].
            #[must_use]
            pub const fn from_code(code: u16) -> Self {
                match code {
                    #( #codes => StatusCode::#preferred, )*
                    other => StatusCode::Unregistered(Unregistered(other)),
                }
            }

            /// The variant's row in `INFOS`; `None` for an unregistered code.
            const fn position(self) -> Option<usize> {
                match self {
                    #( StatusCode::#names => Some(#positions), )*
                    StatusCode::Unregistered(_) => None,
                }
            }

            /// The metadata of this status; `None` for an unregistered code.
            #[must_use]
            pub const fn info(self) -> Option<&'static Info> {
                match self.position() {
                    Some(position) => Some(&INFOS[position]),
                    None => None,
                }
            }

            /// The numeric code.
            #[must_use]
            pub const fn code(self) -> u16 {
                match (self, self.info()) {
                    (StatusCode::Unregistered(code), _) => code.0,
                    (_, Some(info)) => info.code,
                    (_, None) => 0,
                }
            }

            /// The reason phrase (`Not Found`); empty for an unregistered code.
            #[must_use]
            pub const fn reason(self) -> &'static str {
                match self.info() {
                    Some(info) => info.reason,
                    None => "",
                }
            }

            /// The class, from the first digit.
            #[must_use]
            pub const fn class(self) -> Class {
                Class::from_code(self.code())
            }

            /// Whether this is a registered status (not [`StatusCode::Unregistered`]).
            #[must_use]
            pub const fn is_registered(self) -> bool {
                self.position().is_some()
            }

            /// The status a reason phrase, alias or variant name names, ignoring ASCII case.
            #[must_use]
            pub fn from_phrase(phrase: &str) -> Option<Self> {
                let phrase = phrase.trim();
                PHRASES.iter().find(|(text, _)| text.eq_ignore_ascii_case(phrase)).map(|(_, status)| *status)
            }
        }

        #types
    }
}

/// The record of one status, with the field names of the crate's `Info`.
fn info(checked: &Checked, status: &CheckedEntry) -> TokenStream {
    let entry = &status.entry;
    let code = entry.code.value;
    let name = &status.name;
    let reason = &entry.reason.value;
    let text = display_text(code, reason);
    let aliases: Vec<&str> = entry.aliases.iter().map(|a| a.value.as_str()).collect();
    let vendor = option_str(checked.vendor_of(status).map(|v| v.id.value.as_str()));
    let spec = option_str(entry.spec.as_ref().map(|s| s.value.as_str()));
    let link = entry.spec_link();
    let spec_link = option_str(link.as_deref());
    let lifecycle = entry.lifecycle.value.keyword();
    let description = &entry.description.value;
    quote! {
        Info {
            code: #code,
            name: #name,
            reason: #reason,
            text: #text,
            aliases: &[ #( #aliases ),* ],
            vendor: #vendor,
            spec: #spec,
            spec_link: #spec_link,
            lifecycle: #lifecycle,
            description: #description,
        }
    }
}

/// The types every generated file has, whatever the registry: `Unregistered`, `Info`, `Class`,
/// the parse error and the trait impls.
fn support_types() -> TokenStream {
    quote! {
        /// The payload of [`StatusCode::Unregistered`]: a code with no variant. Its field is
        /// private to this module.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct Unregistered(u16);

        impl Unregistered {
            /// The numeric code.
            #[must_use]
            pub const fn get(self) -> u16 {
                self.0
            }
        }

        /// What the registry records about one status.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct Info {
            /// The numeric code.
            pub code: u16,
            /// The variant name (`NotFound`).
            pub name: &'static str,
            /// The reason phrase (`Not Found`).
            pub reason: &'static str,
            /// The Display form (`404 Not Found`).
            pub text: &'static str,
            /// Other phrases that parse to this status.
            pub aliases: &'static [&'static str],
            /// The vendor's id (`nginx`), or `None` for IANA codes.
            pub vendor: Option<&'static str>,
            /// The specification or source.
            pub spec: Option<&'static str>,
            /// A link to the specification, for RFC references.
            pub spec_link: Option<&'static str>,
            /// `registered`, `temporary`, `unused`, `obsolete` or `deprecated`.
            pub lifecycle: &'static str,
            /// A one or two sentence description.
            pub description: &'static str,
        }

        /// The class of a status code, from its first digit.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Class {
            /// 1xx.
            Informational,
            /// 2xx.
            Success,
            /// 3xx.
            Redirection,
            /// 4xx.
            ClientError,
            /// 5xx.
            ServerError,
            /// Anything outside 100..=599.
            Nonstandard,
        }

        impl Class {
            /// The class of `code`.
            #[must_use]
            pub const fn from_code(code: u16) -> Self {
                match code {
                    100..=199 => Class::Informational,
                    200..=299 => Class::Success,
                    300..=399 => Class::Redirection,
                    400..=499 => Class::ClientError,
                    500..=599 => Class::ServerError,
                    _ => Class::Nonstandard,
                }
            }
        }

        /// Why a string is not a status.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum ParseStatusError {
            /// Empty or only white space.
            Empty,
            /// Digits that are not a number from 0 to 65535, or digits followed by something other
            /// than a space and a reason.
            InvalidCode,
            /// Not a code, and not a known phrase, alias or name.
            UnknownPhrase,
            /// A code and a reason that no meaning of the code has.
            ReasonMismatch(u16),
        }

        impl ::core::fmt::Display for ParseStatusError {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match self {
                    ParseStatusError::Empty => f.write_str("empty status string"),
                    ParseStatusError::InvalidCode => f.write_str("invalid status code; expected a number from 0 to 65535"),
                    ParseStatusError::UnknownPhrase => f.write_str("unknown status phrase"),
                    ParseStatusError::ReasonMismatch(code) => {
                        write!(f, "the reason does not match any meaning of status {code:03}")
                    }
                }
            }
        }

        impl ::core::error::Error for ParseStatusError {}

        impl From<u16> for StatusCode {
            fn from(code: u16) -> Self {
                StatusCode::from_code(code)
            }
        }

        impl From<StatusCode> for u16 {
            fn from(status: StatusCode) -> Self {
                status.code()
            }
        }

        /// `404 Not Found`, or the bare code (`799`) when it is unregistered; honours width and
        /// alignment.
        impl ::core::fmt::Display for StatusCode {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                if let Some(info) = self.info() {
                    return f.pad(info.text);
                }
                // At least three digits, without allocating.
                let mut buf = [b'0'; 5];
                let mut n = self.code();
                let mut start = buf.len();
                while n > 0 || buf.len() - start < 3 {
                    start -= 1;
                    buf[start] = b'0' + (n % 10) as u8;
                    n /= 10;
                }
                f.pad(::core::str::from_utf8(&buf[start..]).unwrap_or_default())
            }
        }

        /// Parses a code (`404`), a status line's code and reason (`404 Not Found`), or a phrase,
        /// alias or variant name, ignoring ASCII case.
        impl ::core::str::FromStr for StatusCode {
            type Err = ParseStatusError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let text = s.trim();
                if text.is_empty() {
                    return Err(ParseStatusError::Empty);
                }
                if !text.starts_with(|c: char| c.is_ascii_digit()) {
                    return StatusCode::from_phrase(text).ok_or(ParseStatusError::UnknownPhrase);
                }
                let end = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
                let (digits, rest) = text.split_at(end);
                let code: u16 = digits.parse().map_err(|_| ParseStatusError::InvalidCode)?;
                if rest.is_empty() {
                    return Ok(StatusCode::from_code(code));
                }
                if !rest.starts_with([' ', '\t']) {
                    return Err(ParseStatusError::InvalidCode);
                }
                let reason = rest.trim();
                StatusCode::ALL
                    .iter()
                    .copied()
                    .filter(|status| status.code() == code)
                    .find(|status| {
                        status.info().is_some_and(|info| {
                            info.reason.eq_ignore_ascii_case(reason)
                                || info.aliases.iter().any(|alias| alias.eq_ignore_ascii_case(reason))
                        })
                    })
                    .ok_or(ParseStatusError::ReasonMismatch(code))
            }
        }
    }
}

/// The whole file `statusreg generate` writes: a header naming the source, the vendors and the
/// command that regenerates it, and the formatted module.
///
/// # Errors
/// When the generated tokens are not a valid file, which would be a bug of the generator.
pub fn file(checked: &Checked, vendors: &[String], origin: &str) -> Result<String, syn::Error> {
    let module = crate::render::pretty(expand_standalone(checked, vendors))?;
    let shown = if vendors.is_empty() { "none".to_owned() } else { vendors.join(",") };
    Ok(format!(
        "// @generated by statusreg {} from {origin}; do not edit by hand.\n\
         // Vendors: {shown}. Regenerate with `statusreg generate --vendors {shown}`.\n\n{module}",
        env!("CARGO_PKG_VERSION"),
    ))
}
