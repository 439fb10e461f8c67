//! Token generation for the built-in `Vendor` and `StatusCode` types of the `status-registry` crate.
//!
//! Each type's skeleton ([`Skeleton::runtime`]) holds its documentation, derives and the
//! `Unregistered` variant; this module adds the registry's variants and the private data the
//! runtime's documented methods read. The output is the runtime's `src/builtin.rs` (written by
//! `statusreg builtin`, kept current by a test), included inside that crate: paths start with
//! `crate::`, and `#[cfg(feature = "vendor-...")]` reads the runtime crate's own features.
//! Everything here is data laid out for speed: variant-to-metadata is a position table,
//! code-to-variant a dense 1024-slot table, phrases a hash table sized from the registry, and the
//! Display text is pre-rendered.

use proc_macro2::{Ident, TokenStream};
use quote::quote;
use syn::{Data, DeriveInput};

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

/// The docs.rs feature badge of a vendor variant: `doc(cfg(...))` under the `docsrs` cfg, which
/// only docs.rs sets, so stable builds never see the unstable attribute.
fn doc_cfg_of(checked: &Checked, status: &CheckedEntry) -> TokenStream {
    match checked.vendor_of(status) {
        Some(vendor) => {
            let feature = vendor.feature();
            quote!(#[cfg_attr(docsrs, doc(cfg(feature = #feature)))])
        }
        None => TokenStream::new(),
    }
}

/// The two enums before the registry fills them: attributes, visibility, name and any variants of
/// their own (`StatusCode::Unregistered`). The registry's variants go before those.
pub struct Skeleton {
    /// `pub enum StatusCode { Unregistered(crate::Unregistered) }` with its docs and derives.
    pub status_code: DeriveInput,
    /// `pub enum Vendor {}` with its docs and derives.
    pub vendor: DeriveInput,
}

impl Skeleton {
    /// The skeletons of the `status-registry` crate: the documented `StatusCode` and `Vendor` as
    /// users see them, before the registry's variants are added.
    #[must_use]
    pub fn runtime() -> Self {
        Self {
            status_code: syn::parse_quote!(
                /// An HTTP status code: every code of the registry as a variant, and
                /// [`StatusCode::Unregistered`] for the rest, so that `From<u16>` is total.
                ///
                /// The variants are generated from `registry.yaml`. IANA codes are always present; a vendor's
                /// codes exist only with its `vendor-<id>` feature. Features unify across a build, so another
                /// crate can add variants to yours: the enum is `#[non_exhaustive]`.
                #[derive(Clone, Copy, PartialEq, Eq, Hash)]
                #[non_exhaustive]
                pub enum StatusCode {
                    /// A code that is not registered, or whose vendor feature is off. The payload cannot be
                    /// built outside this crate and never holds an enabled registered code, so every code has
                    /// exactly one representation.
                    Unregistered(crate::Unregistered),
                }
            ),
            vendor: syn::parse_quote!(
                /// A vendor whose private status codes the registry lists.
                ///
                /// Every vendor exists whatever features are on; its codes exist in [`StatusCode`] only with
                /// its `vendor-<id>` feature. The declaration order is the precedence used when vendors share
                /// a code.
                #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
                #[non_exhaustive]
                pub enum Vendor {}
            ),
        }
    }
}

impl Default for Skeleton {
    /// Bare skeletons, for tests and tools that expand the registry outside the runtime.
    fn default() -> Self {
        Self {
            status_code: syn::parse_quote!(
                pub enum StatusCode {
                    Unregistered(crate::Unregistered),
                }
            ),
            vendor: syn::parse_quote!(
                pub enum Vendor {}
            ),
        }
    }
}

/// `skeleton` with `variants` before its own.
fn fill(skeleton: &DeriveInput, variants: &TokenStream) -> TokenStream {
    let DeriveInput { attrs, vis, ident, data, .. } = skeleton;
    let own = match data {
        Data::Enum(data) => data.variants.iter().collect::<Vec<_>>(),
        _ => Vec::new(),
    };
    quote! {
        #( #attrs )*
        #vis enum #ident {
            #variants
            #( #own, )*
        }
    }
}

/// The whole built-in API: `Vendor`, `StatusCode`, their metadata and lookup tables.
#[must_use]
pub fn expand_builtin(checked: &Checked, skeleton: &Skeleton) -> TokenStream {
    let vendor = expand_vendor(&checked.vendors, &skeleton.vendor);
    let status = expand_status_code(checked, &skeleton.status_code);
    quote! {
        #vendor
        #status
    }
}

/// The vendor variants, and one table per vendor fact, indexed by `vendor as usize`.
fn expand_vendor(vendors: &[VendorDef], skeleton: &DeriveInput) -> TokenStream {
    let names: Vec<Ident> = vendors.iter().map(|v| ident(&v.prefix.value)).collect();
    let count = vendors.len();
    let ids: Vec<&str> = vendors.iter().map(|v| v.id.value.as_str()).collect();
    let display: Vec<&str> = vendors.iter().map(|v| v.name.value.as_str()).collect();
    let features: Vec<String> = vendors.iter().map(VendorDef::feature).collect();
    let urls: Vec<TokenStream> = vendors.iter().map(|v| option_str(v.url.as_ref().map(|u| u.value.as_str()))).collect();
    let docs: Vec<String> =
        vendors.iter().map(|v| format!(" {}: codes behind feature `{}`.", v.name.value, v.feature())).collect();
    let variants = quote!( #( #[doc = #docs] #names, )* );
    let vendor = fill(skeleton, &variants);
    quote! {
        #vendor

        /// Every vendor, in precedence order.
        const VENDORS: &[Vendor] = &[ #( Vendor::#names ),* ];
        /// Per vendor, in declaration order: id, display name, feature, documentation URL, and
        /// whether the feature is on in this build.
        static VENDOR_IDS: [&str; #count] = [ #( #ids ),* ];
        static VENDOR_NAMES: [&str; #count] = [ #( #display ),* ];
        static VENDOR_FEATURES: [&str; #count] = [ #( #features ),* ];
        static VENDOR_URLS: [::core::option::Option<&str>; #count] = [ #( #urls ),* ];
        const VENDOR_ENABLED: [bool; #count] = [ #( cfg!(feature = #features) ),* ];
    }
}

fn expand_status_code(checked: &Checked, skeleton: &DeriveInput) -> TokenStream {
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
        quote!( #cfg { table[#slot] = StatusCode::#name; } )
    });

    // Phrases and names to variant, in the order precedence gives; the first insertion wins. The
    // table is sized for every row, whichever vendors are on.
    let phrase_rows = precedence::phrase_rows(statuses);
    let phrase_count = phrase_rows.len();
    let phrase_inserts = phrase_rows.iter().map(|row| {
        let cfg = cfg_of(checked, row.status);
        let name = ident(&row.status.name);
        let text = row.text;
        quote!( #cfg { table.insert(#text, StatusCode::#name); } )
    });

    let vendor_arms = statuses.iter().filter_map(|s| {
        let vendor = checked.vendor_of(s)?;
        let cfg = cfg_of(checked, s);
        let vendor = ident(&vendor.prefix.value);
        let name = ident(&s.name);
        let code = s.entry.code.value;
        Some(quote!( #cfg (Vendor::#vendor, #code) => ::core::option::Option::Some(StatusCode::#name), ))
    });

    let badges: Vec<TokenStream> = statuses.iter().map(|s| doc_cfg_of(checked, s)).collect();
    let variants = quote!( #( #docs #cfgs #badges #names, )* );
    let status_code = fill(skeleton, &variants);
    quote! {
        #status_code

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

        /// Code to value, honouring vendor precedence: every slot holds a value, `Unregistered`
        /// where no enabled variant has the code, so a conversion is one load. Codes span
        /// 0..=999; the slots go on to 1023 so that an index masked with 1023 needs no bounds check.
        static BY_CODE: [StatusCode; 1024] = {
            let mut table = [StatusCode::Unregistered(crate::Unregistered::new(0)); 1024];
            let mut code = 0;
            while code < 1024 {
                table[code] = StatusCode::Unregistered(crate::Unregistered::new(code as u16));
                code += 1;
            }
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

        /// Every enabled registered status, ascending by code; at one code, IANA first and then
        /// vendors in precedence order.
        const STATUSES: &[StatusCode] = &[ #( #cfgs StatusCode::#names ),* ];

        impl StatusCode {
            /// The code of a registered variant; `Unregistered` reads its payload.
            #[inline]
            const fn variant_code(self) -> u16 {
                match self {
                    #( #cfgs StatusCode::#names => #codes, )*
                    StatusCode::Unregistered(u) => u.get(),
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

            /// `vendor`'s own meaning of `code`, if that vendor is enabled and defines it.
            const fn vendor_meaning(vendor: Vendor, code: u16) -> ::core::option::Option<Self> {
                match (vendor, code) {
                    #( #vendor_arms )*
                    _ => ::core::option::Option::None,
                }
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
