//! Token generation for the built-in `Vendor` and `StatusCode` types of the `status-registry` crate.
//!
//! The output is meant to be expanded inside that crate (paths start with `crate::`), where
//! `#[cfg(feature = "vendor-...")]` reads the runtime crate's own features. Everything here is data
//! laid out for speed: variant-to-metadata is one `match` that compiles to a jump table, code-to-variant
//! is a dense 1000-slot table, and the Display text is pre-rendered.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{Checked, CheckedEntry, Entry, Lifecycle, Retry, VendorDef};

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// `#[cfg(feature = "vendor-x")]` for vendor entries, nothing for IANA entries.
fn cfg_of(checked: &Checked, status: &CheckedEntry) -> TokenStream {
    match checked.vendor_of(status) {
        Some(vendor) => {
            let feature = vendor.feature();
            quote!(#[cfg(feature = #feature)])
        }
        None => TokenStream::new(),
    }
}

fn option_str(value: Option<&str>) -> TokenStream {
    match value {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

fn lifecycle_tokens(krate: &TokenStream, lifecycle: Lifecycle) -> TokenStream {
    let variant = match lifecycle {
        Lifecycle::Registered => quote!(Registered),
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

/// The Display form of a status: `404 Not Found`, `000 No Response Status`.
#[must_use]
pub fn display_text(code: u16, reason: &str) -> String {
    format!("{code:03} {reason}")
}

/// The rustdoc of one variant: the status line, the description, the reference and the lifecycle.
/// The `#[doc = ...]` attributes of one variant.
pub(crate) fn variant_doc_attrs(checked: &Checked, status: &CheckedEntry) -> TokenStream {
    let lines = variant_doc(checked, status);
    quote!( #( #[doc = #lines] )* )
}

fn variant_doc(checked: &Checked, status: &CheckedEntry) -> Vec<String> {
    let entry = &status.entry;
    let mut lines = vec![
        format!(" `{}`", display_text(entry.code.value, &entry.reason.value)),
        String::new(),
        format!(" {}", entry.description_en.value),
        String::new(),
    ];
    let reference = match (&entry.spec, entry.spec_link()) {
        (Some(spec), Some(link)) => format!("[{}]({link})", spec.value),
        (Some(spec), None) => spec.value.clone(),
        (None, _) => "no public specification".to_owned(),
    };
    match checked.vendor_of(status) {
        Some(vendor) => {
            lines.push(format!(
                " Vendor: {} (feature `{}`). Source: {reference}.",
                vendor.name.value,
                vendor.feature()
            ));
        }
        None => lines.push(format!(" IANA registry. Specification: {reference}.")),
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

/// The whole built-in API: `Vendor`, `StatusCode`, their metadata and lookup tables.
#[must_use]
pub fn expand_builtin(checked: &Checked) -> TokenStream {
    let vendor = expand_vendor(&checked.vendors);
    let status = expand_status_code(checked);
    quote! {
        #vendor
        #status
    }
}

fn expand_vendor(vendors: &[VendorDef]) -> TokenStream {
    let names: Vec<Ident> = vendors.iter().map(|v| ident(&v.prefix.value)).collect();
    let ids: Vec<&str> = vendors.iter().map(|v| v.id.value.as_str()).collect();
    let display: Vec<&str> = vendors.iter().map(|v| v.name.value.as_str()).collect();
    let features: Vec<String> = vendors.iter().map(VendorDef::feature).collect();
    let urls: Vec<TokenStream> = vendors.iter().map(|v| option_str(v.url.as_ref().map(|u| u.value.as_str()))).collect();
    let docs: Vec<String> =
        vendors.iter().map(|v| format!(" {}: codes behind feature `{}`.", v.name.value, v.feature())).collect();
    quote! {
        /// A vendor whose private status codes the registry lists.
        ///
        /// Every vendor exists whatever features are on; its codes exist in [`StatusCode`] only with its
        /// `vendor-<id>` feature. The declaration order is the precedence used when vendors share a code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Vendor {
            #( #[doc = #docs] #names, )*
        }

        impl Vendor {
            /// Every vendor, in precedence order.
            pub const ALL: &'static [Vendor] = &[ #( Vendor::#names ),* ];

            /// The kebab-case id (`aws-elb`), as in the feature name.
            #[must_use]
            pub const fn id(self) -> &'static str {
                match self { #( Vendor::#names => #ids, )* }
            }

            /// The display name (`AWS Elastic Load Balancing`).
            #[must_use]
            pub const fn name(self) -> &'static str {
                match self { #( Vendor::#names => #display, )* }
            }

            /// The cargo feature of `status-registry` that enables this vendor's codes.
            #[must_use]
            pub const fn feature(self) -> &'static str {
                match self { #( Vendor::#names => #features, )* }
            }

            /// Where the vendor documents its codes, when known.
            #[must_use]
            pub const fn url(self) -> ::core::option::Option<&'static str> {
                match self { #( Vendor::#names => #urls, )* }
            }

            /// Whether this build of `status-registry` has the vendor's feature on.
            #[must_use]
            pub const fn is_enabled(self) -> bool {
                match self { #( Vendor::#names => cfg!(feature = #features), )* }
            }

            /// The vendor with the given id (`"cloudflare"`), ignoring ASCII case.
            #[must_use]
            pub fn from_id(id: &str) -> ::core::option::Option<Self> {
                Self::ALL.iter().copied().find(|v| v.id().eq_ignore_ascii_case(id))
            }
        }
    }
}

fn expand_status_code(checked: &Checked) -> TokenStream {
    let statuses = &checked.statuses;
    let cfgs: Vec<TokenStream> = statuses.iter().map(|s| cfg_of(checked, s)).collect();
    let names: Vec<Ident> = statuses.iter().map(|s| ident(&s.name)).collect();
    let codes: Vec<u16> = statuses.iter().map(|s| s.entry.code.value).collect();
    let docs: Vec<TokenStream> = statuses.iter().map(|s| variant_doc_attrs(checked, s)).collect();
    // Each variant's position among the enabled variants, which is also its discriminant: rustc
    // numbers the variants that survive cfg in declaration order. `info` reads `INFOS` at that
    // position, so the metadata of a variant costs one load, with no branch per variant.
    let enabled_flags: Vec<TokenStream> = statuses
        .iter()
        .map(|s| match checked.vendor_of(s) {
            Some(vendor) => {
                let feature = vendor.feature();
                quote!(cfg!(feature = #feature))
            }
            None => quote!(true),
        })
        .collect();
    let entry_count = statuses.len();
    let entry_indices: Vec<usize> = (0..entry_count).collect();
    let infos: Vec<TokenStream> = statuses.iter().map(|s| info_tokens(checked, s)).collect();

    // Code to variant: lowest precedence first, so that a higher one overwrites the slot.
    let mut by_precedence: Vec<&CheckedEntry> = statuses.iter().collect();
    by_precedence.sort_by_key(|s| core::cmp::Reverse(s.rank()));
    let table_fill = by_precedence.iter().map(|s| {
        let cfg = cfg_of(checked, s);
        let name = ident(&s.name);
        let slot = usize::from(s.entry.code.value);
        quote!( #cfg { table[#slot] = ::core::option::Option::Some(StatusCode::#name); } )
    });

    // Phrase to variant, in precedence order: IANA first, then vendors as declared. The first
    // insertion of a phrase wins, so this order is what makes parsing prefer the IANA meaning.
    let mut phrase_rows: Vec<(usize, u16, usize, &str, &CheckedEntry)> = Vec::new();
    for s in statuses {
        for (kind, phrase) in core::iter::once(&s.entry.reason).chain(&s.entry.aliases).enumerate() {
            phrase_rows.push((s.rank(), s.entry.code.value, kind.min(1), phrase.value.as_str(), s));
        }
    }
    // Variant names come after every phrase, so a phrase never loses to a name.
    for s in statuses {
        phrase_rows.push((usize::MAX, s.entry.code.value, 2, s.name.as_str(), s));
    }
    phrase_rows.sort_by_key(|(rank, code, kind, _, _)| (*rank, *code, *kind));
    let phrase_inserts = phrase_rows.iter().map(|(_, _, _, phrase, s)| {
        let cfg = cfg_of(checked, s);
        let name = ident(&s.name);
        quote!( #cfg { table = table.insert(#phrase, StatusCode::#name); } )
    });

    let vendor_arms = statuses.iter().filter_map(|s| {
        let vendor = checked.vendor_of(s)?;
        let cfg = cfg_of(checked, s);
        let vendor = ident(&vendor.prefix.value);
        let name = ident(&s.name);
        let code = s.entry.code.value;
        Some(quote!( #cfg (Vendor::#vendor, #code) => ::core::option::Option::Some(StatusCode::#name), ))
    });

    quote! {
        /// An HTTP status code: every code of the registry as a variant, and [`StatusCode::Unregistered`]
        /// for the rest, so that `From<u16>` is total.
        ///
        /// The variants are generated from `registry.yaml`. IANA codes are always present; a vendor's
        /// codes exist only with its `vendor-<id>` feature. Features unify across a build, so another
        /// crate can add variants to yours: the enum is `#[non_exhaustive]`.
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum StatusCode {
            #( #docs #cfgs #names, )*
            /// A code that is not registered, or whose vendor feature is off. The payload cannot be
            /// built outside this crate and never holds an enabled registered code, so every code has
            /// exactly one representation.
            Unregistered(crate::Unregistered),
        }

        /// For every registry entry, its variant's position among the enabled variants; one more
        /// slot at the end holds the number of enabled variants.
        const POSITIONS: [usize; #entry_count + 1] = {
            let enabled = [ #( #enabled_flags ),* ];
            let mut positions = [0; #entry_count + 1];
            let mut i = 0;
            while i < enabled.len() {
                positions[i + 1] = positions[i] + enabled[i] as usize;
                i += 1;
            }
            positions
        };

        /// The number of enabled variants, `Unregistered` aside.
        const ENABLED: usize = POSITIONS[#entry_count];

        /// The metadata of the enabled variants, in variant order.
        static INFOS: [crate::Info; ENABLED] = [ #( #cfgs #infos, )* ];

        /// Code to variant, for codes 0..=999, honouring vendor precedence.
        static BY_CODE: [::core::option::Option<StatusCode>; 1000] = {
            let mut table = [::core::option::Option::None; 1000];
            #( #table_fill )*
            table
        };

        /// Reason phrases, aliases and variant names of the enabled statuses, for parsing.
        static PHRASES: crate::phrase_table::PhraseTable<StatusCode> = {
            let mut table = crate::phrase_table::PhraseTable::new();
            #( #phrase_inserts )*
            table
        };

        impl StatusCode {
            /// Every enabled registered status, ascending by code; at one code, IANA first and then
            /// vendors in precedence order.
            pub const ALL: &'static [StatusCode] = &[ #( #cfgs StatusCode::#names ),* ];

            /// The numeric code.
            #[must_use]
            #[inline]
            pub const fn code(self) -> u16 {
                match self {
                    #( #cfgs StatusCode::#names => #codes, )*
                    StatusCode::Unregistered(u) => u.get(),
                }
            }

            /// The registry's metadata for this status; `None` for [`StatusCode::Unregistered`].
            #[must_use]
            #[inline]
            pub const fn info(self) -> ::core::option::Option<&'static crate::Info> {
                let position = self.position();
                if position < ENABLED {
                    ::core::option::Option::Some(&INFOS[position])
                } else {
                    ::core::option::Option::None
                }
            }

            /// The variant's position among the enabled variants; `ENABLED` for `Unregistered`.
            /// Only integers come out of this match, so the optimizer turns it into a table (or the
            /// identity on the discriminant) instead of a jump per variant.
            #[inline]
            const fn position(self) -> usize {
                match self {
                    #( #cfgs StatusCode::#names => POSITIONS[#entry_indices], )*
                    StatusCode::Unregistered(_) => ENABLED,
                }
            }

            /// The reason phrase (`Not Found`); empty for [`StatusCode::Unregistered`].
            #[must_use]
            #[inline]
            pub const fn reason(self) -> &'static str {
                match self.info() {
                    ::core::option::Option::Some(info) => info.reason,
                    ::core::option::Option::None => "",
                }
            }

            /// The variant name (`"NotFound"`); `"Unregistered"` for unregistered codes.
            #[must_use]
            #[inline]
            pub const fn name(self) -> &'static str {
                match self.info() {
                    ::core::option::Option::Some(info) => info.name,
                    ::core::option::Option::None => "Unregistered",
                }
            }

            /// The preferred meaning of `code` among enabled entries: IANA, then vendors in precedence order.
            #[inline]
            pub(crate) fn by_code(code: u16) -> ::core::option::Option<Self> {
                BY_CODE.get(usize::from(code)).copied().flatten()
            }

            /// `vendor`'s own meaning of `code`, if that vendor is enabled and defines it.
            pub(crate) const fn by_vendor(vendor: Vendor, code: u16) -> ::core::option::Option<Self> {
                match (vendor, code) {
                    #( #vendor_arms )*
                    _ => ::core::option::Option::None,
                }
            }

            /// The status a reason phrase, alias or variant name names, ignoring ASCII case.
            pub(crate) fn by_phrase(phrase: &str) -> ::core::option::Option<Self> {
                PHRASES.get(phrase)
            }
        }
    }
}

fn info_tokens(checked: &Checked, status: &CheckedEntry) -> TokenStream {
    let vendor = match checked.vendor_of(status) {
        Some(v) => {
            let v = ident(&v.prefix.value);
            quote!(::core::option::Option::Some(crate::Vendor::#v))
        }
        None => quote!(::core::option::Option::None),
    };
    info_new(&quote!(crate), &status.name, &status.entry, &vendor)
}

/// A call of the hidden `Info::__new` constructor for `entry`, under the crate path `krate`.
pub(crate) fn info_new(krate: &TokenStream, name: &str, entry: &Entry, vendor: &TokenStream) -> TokenStream {
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
    let content = entry.content;
    let retry_after = entry.retry_after;
    let retry = retry_tokens(krate, entry.retry.value);
    let en = &entry.description_en.value;
    let ja = &entry.description_ja.value;
    quote! {
        #krate::Info::__new(
            #code, #name, #reason, #reason_ja, #text, &[ #( #aliases ),* ], #vendor, #spec, #spec_link,
            #lifecycle, #expires, #cacheable, #content, #retry_after, #retry, #en, #ja,
        )
    }
}
