//! Token generation for the built-in `Vendor` and `StatusCode` types of the `status-registry` crate.
//!
//! The output is meant to be expanded inside that crate (paths start with `crate::`), where
//! `#[cfg(feature = "vendor-...")]` reads the runtime crate's own features. Everything here is data
//! laid out for speed: variant-to-metadata is one `match` that compiles to a jump table, code-to-variant
//! is a dense 1000-slot table, and the Display text is pre-rendered.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use crate::model::{Checked, CheckedEntry, VendorDef};
use crate::precedence;
use crate::tokens::{DocContext, ident, option_str, variant_doc_attrs};

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
    let docs: Vec<TokenStream> = statuses.iter().map(|s| variant_doc_attrs(checked, s, DocContext::Crate)).collect();
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
    let table_fill = precedence::fill_order(statuses).into_iter().map(|s| {
        let cfg = cfg_of(checked, s);
        let name = ident(&s.name);
        let slot = usize::from(s.entry.code.value);
        quote!( #cfg { table[#slot] = ::core::option::Option::Some(StatusCode::#name); } )
    });

    // Phrases and names to variant, in the order precedence gives; the first insertion wins. The
    // table is sized for every row, whichever vendors are on.
    let phrase_rows = precedence::phrase_rows(statuses);
    let phrase_count = phrase_rows.len();
    let phrase_inserts = phrase_rows.iter().map(|row| {
        let cfg = cfg_of(checked, row.status);
        let name = ident(&row.status.name);
        let text = row.text;
        quote!( #cfg { table = table.insert(#text, StatusCode::#name); } )
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
        static PHRASES: crate::phrase_table::PhraseTable<
            StatusCode,
            { crate::phrase_table::slots_for(#phrase_count) },
        > = {
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
    crate::tokens::info(&quote!(crate), &status.name, &status.entry, &vendor)
}
