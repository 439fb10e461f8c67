//! A self-contained `StatusCode` module for projects that check generated code in instead of
//! running a proc-macro (`statusreg generate`).
//!
//! The vendors are chosen when the file is generated, so the output has no `#[cfg]` and no
//! dependency: only `core`. It carries the same variants, names, documentation, precedence and
//! Display text as the enum the macro emits, with the conversions and parsing a user needs; the
//! richer metadata (`Info`, semantics, Japanese text) stays with the `status-registry` crate.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::expand::{display_text, variant_doc_attrs};
use crate::model::{Checked, CheckedEntry};

/// The module's items for `checked`, keeping only IANA entries and those of the vendors whose ids
/// are in `vendors`.
#[must_use]
pub fn expand_standalone(checked: &Checked, vendors: &[String]) -> TokenStream {
    let kept: Vec<&CheckedEntry> = checked
        .statuses
        .iter()
        .filter(|s| checked.vendor_of(s).is_none_or(|v| vendors.contains(&v.id.value)))
        .collect();
    let names: Vec<Ident> = kept.iter().map(|s| Ident::new(&s.name, Span::call_site())).collect();
    let codes: Vec<u16> = kept.iter().map(|s| s.entry.code.value).collect();
    let reasons: Vec<&str> = kept.iter().map(|s| s.entry.reason.value.as_str()).collect();
    let texts: Vec<String> = kept.iter().map(|s| display_text(s.entry.code.value, &s.entry.reason.value)).collect();
    let docs: Vec<TokenStream> = kept.iter().map(|s| variant_doc_attrs(checked, s)).collect();
    // `kept` is sorted by code and precedence: the first entry of each code is the preferred one.
    let mut preferred: Vec<(u16, &Ident)> = Vec::new();
    for (code, name) in codes.iter().zip(&names) {
        if preferred.last().is_none_or(|(c, _)| c != code) {
            preferred.push((*code, name));
        }
    }
    let (pref_codes, pref_names): (Vec<u16>, Vec<&Ident>) = preferred.into_iter().unzip();
    let mut phrase_rows: Vec<(usize, String, &Ident)> = Vec::new();
    for (status, name) in kept.iter().zip(&names) {
        for phrase in std::iter::once(&status.entry.reason).chain(&status.entry.aliases) {
            phrase_rows.push((status.rank(), phrase.value.clone(), name));
        }
    }
    phrase_rows.sort_by_key(|(rank, _, _)| *rank);
    let phrases = phrase_rows.iter().map(|(_, phrase, name)| quote!((#phrase, StatusCode::#name)));

    quote! {
        /// An HTTP status code: every registered meaning kept when this file was generated, and
        /// [`StatusCode::Unregistered`] for any other code, so that `From<u16>` is total.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum StatusCode {
            #( #docs #names, )*
            /// A code this file does not know. Build it with `StatusCode::from`, which picks a
            /// registered variant whenever there is one.
            Unregistered(u16),
        }

        impl StatusCode {
            /// Every registered status, ascending by code; at one code, IANA first.
            pub const ALL: &'static [StatusCode] = &[ #( StatusCode::#names ),* ];

            /// The status for `code`, preferring the IANA meaning, then vendors in registry order.
            #[must_use]
            pub const fn from_code(code: u16) -> Self {
                match code {
                    #( #pref_codes => StatusCode::#pref_names, )*
                    other => StatusCode::Unregistered(other),
                }
            }

            /// The numeric code.
            #[must_use]
            pub const fn code(self) -> u16 {
                match self {
                    #( StatusCode::#names => #codes, )*
                    StatusCode::Unregistered(code) => code,
                }
            }

            /// The reason phrase; empty for an unregistered code.
            #[must_use]
            pub const fn reason(self) -> &'static str {
                match self {
                    #( StatusCode::#names => #reasons, )*
                    StatusCode::Unregistered(_) => "",
                }
            }

            /// The status a reason phrase or alias names, ignoring ASCII case.
            #[must_use]
            pub fn from_phrase(phrase: &str) -> ::core::option::Option<Self> {
                const PHRASES: &[(&str, StatusCode)] = &[ #( #phrases ),* ];
                let phrase = phrase.trim();
                PHRASES.iter().find(|(p, _)| p.eq_ignore_ascii_case(phrase)).map(|(_, s)| *s)
            }
        }

        impl ::core::convert::From<u16> for StatusCode {
            fn from(code: u16) -> Self {
                StatusCode::from_code(code)
            }
        }

        impl ::core::convert::From<StatusCode> for u16 {
            fn from(status: StatusCode) -> Self {
                status.code()
            }
        }

        /// `<code> <reason>`, or the bare code when it is unregistered.
        impl ::core::fmt::Display for StatusCode {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                match *self {
                    #( StatusCode::#names => f.pad(#texts), )*
                    StatusCode::Unregistered(code) => ::core::write!(f, "{code:03}"),
                }
            }
        }
    }
}
