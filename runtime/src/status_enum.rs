//! `Vendor` and `StatusCode` declared from the registry's rows: the one grammar of a status row
//! (`__status_row!`), the enums, the numbering of their variants and the tables by position that
//! every method reads.
//!
//! This file uses nothing but `core`, and its macros name nothing but what they declare and what
//! the module they are invoked in has (`Unregistered`, `Info` and the types of its fields); so
//! `statusreg generate` copies it into the self-contained module it writes, and that module's
//! types are declared from their rows by the same macros as the crate's (`define.rs` adds the
//! crate's documentation and asks for its per-vendor gates).

/// `Vendor` and its tables from one row per vendor, in precedence order, as the model crate's row
/// writer spells it; `root` as for [`statuses!`]. `by_feature [$]` (the crate) has a vendor on when
/// its `vendor-<id>` feature is, and writes each vendor's gate macro (`define::gate!`) from the
/// same match of the rows; `all` (the generated module, which has only the vendors it was
/// generated with) has every one on, and no gates.
macro_rules! vendors {
    ($root:ident; $on:ident $([$d:tt])?; $(#[$meta:meta])* enum Vendor; $(
        $name:ident {
            id: $id:literal,
            name: $display:literal,
            feature: $feature:literal,
            url: $url:expr,
            gate: $gate:ident $(,)?
        }
    )*) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Vendor {
            $(
                #[doc = $root::status_enum::vendors!(@doc $on $display, $feature)]
                $name,
            )*
        }

        /// Every vendor, in precedence order.
        const VENDORS: &[Vendor] = &[$(Vendor::$name),*];
        /// Per vendor, in declaration order: id, display name, feature, documentation URL, and
        /// whether the vendor is on in this build.
        const VENDOR_IDS: &[&str] = &[$($id),*];
        const VENDOR_NAMES: &[&str] = &[$($display),*];
        const VENDOR_FEATURES: &[&str] = &[$($feature),*];
        const VENDOR_URLS: &[::core::option::Option<&str>] = &[$($url),*];
        const VENDOR_ENABLED: &[bool] = &[$($root::status_enum::vendors!(@on $on $feature)),*];

        $root::status_enum::vendors!(@gates $root $on $([$d])? $($gate $feature)*);
    };
    // By feature, each vendor's gate: `$d` is a `$` token for the gate macros it writes.
    (@gates $root:ident by_feature [$d:tt] $($gate:ident $feature:literal)*) => {
        $( $root::define::gate!($d $gate, $feature); )*
    };
    (@gates $root:ident all $($gate:ident $feature:literal)*) => {};
    (@doc by_feature $display:literal, $feature:literal) => {
        ::core::concat!(" ", $display, ": codes behind feature `", $feature, "`.")
    };
    (@doc all $display:literal, $feature:literal) => {
        ::core::concat!(" ", $display, ".")
    };
    (@on by_feature $feature:literal) => {
        cfg!(feature = $feature)
    };
    (@on all $feature:literal) => {
        true
    };
}
pub(crate) use vendors;

/// `StatusCode` from its rows, each in the grammar of [`__status_row!`] with the `cfg` that leaves
/// it out of a build: `root` is the module that has the types the records name and this module
/// (`crate`, or `self` in the generated module).
macro_rules! statuses {
    ($root:ident; $(#[$meta:meta])* enum StatusCode { $(#[$unregistered_meta:meta])* Unregistered, } $(
        $(#[cfg($cfg:meta)])? $name:ident $row:tt
    )*) => {
        $root::status_enum::status_enum! {
            $(#[$meta])*
            enum StatusCode {
                $(#[$unregistered_meta])*
                Unregistered,
                $(
                    $(#[cfg($cfg)])?
                    #[doc = $root::__status_row!([$root] doc $row)]
                    $name = ($root::__status_row!([$root] code $row), $root::__status_row!([$root] info $name $row)),
                )*
            }
        }
    };
}
pub(crate) use statuses;

/// `StatusCode` from one row per meaning, in declaration order: each row's attributes (its
/// documentation, and the `cfg` that leaves it out of a build), name, code and record; first, the
/// documentation of `Unregistered`, the variant of every other code.
///
/// - `Position` numbers the enabled variants in declaration order, which is also the order of
///   their discriminants, so a variant's position costs nothing and indexes `CODES` and `INFOS`.
/// - `DECLARED` holds the enabled variants in that order. Within one code it is the precedence
///   order, so wherever the first meaning of a code must win (the code table, the phrase table) the
///   rows are taken in this order, and sorting by code alone, stably, gives `ALL`.
macro_rules! status_enum {
    (
        $(#[$meta:meta])*
        enum StatusCode {
            $(#[$unregistered_meta:meta])*
            Unregistered,
            $(
                $(#[cfg($cfg:meta)])?
                $(#[doc = $doc:expr])*
                $name:ident = ($code:expr, $record:expr),
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum StatusCode {
            $(
                $(#[doc = $doc])*
                $(#[cfg($cfg)] #[cfg_attr(docsrs, doc(cfg($cfg)))])?
                $name,
            )*
            $(#[$unregistered_meta])*
            Unregistered(Unregistered),
        }

        /// The enabled variants numbered in declaration order; `Unregistered` is their count.
        enum Position {
            $( $(#[cfg($cfg)])? $name, )*
            Unregistered,
        }

        /// The number of enabled variants, `Unregistered` aside.
        const ENABLED: usize = Position::Unregistered as usize;

        /// The enabled variants in declaration order.
        const DECLARED: [StatusCode; ENABLED] = [$( $(#[cfg($cfg)])? StatusCode::$name, )*];

        /// The code of each enabled variant, by position. One more slot, never read, stands for
        /// `Unregistered`, so that every position indexes the table without a bounds check.
        static CODES: [u16; ENABLED + 1] = [$( $(#[cfg($cfg)])? $code, )* 0];

        /// The record of each enabled variant, by position.
        static INFOS: [Info; ENABLED] = [$( $(#[cfg($cfg)])? $record, )*];

        impl StatusCode {
            /// The variant's position in declaration order; `ENABLED` for `Unregistered`. The arms
            /// map each variant to its own discriminant, so this compiles to a read of the tag.
            #[inline]
            const fn position(self) -> usize {
                match self {
                    $( $(#[cfg($cfg)])? StatusCode::$name => Position::$name as usize, )*
                    StatusCode::Unregistered(_) => Position::Unregistered as usize,
                }
            }
        }
    };
}
pub(crate) use status_enum;

/// The one grammar of a status record: a row of `statuses!` (the built-in rows, or the rows of
/// the generated module) or of an extension entry in a derived enum, `Name { code: 404, reason:
/// "Not Found", .. }`, the fields in this order. The rows are written by the model crate's row
/// writer (`model/src/builtin.rs`) and read only here. `[root]` is the path of the module that has
/// `Info`, `InfoRow`, `Vendor`, `Lifecycle`, `Retry`, `Level`, `HeaderRule` and this macro (`crate` here,
/// the crate's path in a derived enum's crate, `self` in the generated module):
///
/// - `[root] doc { .. }`: the variant's documentation, one string;
/// - `[root] code { .. }`: the code;
/// - `[root] info Name { .. }`: its `Info`, a constant expression.
#[doc(hidden)]
#[macro_export]
macro_rules! __status_row {
    ([$($root:tt)*] $what:ident $($name:ident)? {
        code: $code:literal,
        reason: $reason:literal,
        reason_ja: $reason_ja:literal,
        text: $text:literal,
        aliases: [$($alias:literal),* $(,)?],
        vendors: [$($vendor:ident),* $(,)?],
        spec: $spec_is:ident $(($spec:literal))?,
        spec_link: $spec_link_is:ident $(($spec_link:literal))?,
        lifecycle: $lifecycle:ident,
        expires: $expires_is:ident $(($expires:literal))?,
        cacheable: $cacheable:literal,
        allows_content: $allows_content:literal,
        retry_after: $retry_after:literal,
        retry: $retry:ident,
        retry_note: $retry_note:literal,
        proxy_error: $proxy_error_is:ident $(($proxy_error:literal))?,
        required_headers: [$(($required:literal, $required_spec:literal)),* $(,)?],
        recommended_headers: [$(($recommended:literal, $recommended_spec:literal)),* $(,)?],
        description: $description:literal,
        description_ja: $description_ja:literal,
        about: $about:literal $(,)?
    }) => {
        $($root)*::__status_row!([] @$what $($name)? {
            doc: ::core::concat!(" `", $text, "`: ", $about),
            code: $code,
            info: {
                // The names the record needs, from the module that has them; a row without
                // vendors or header rules leaves some unused.
                #[allow(unused_imports)]
                use $($root)*::{HeaderRule, Info, InfoRow, Level, Lifecycle, Retry, Vendor};
                Info::from_row(InfoRow {
                    code: $code,
                    name: ::core::stringify!($($name)?),
                    reason: $reason,
                    reason_ja: $reason_ja,
                    text: $text,
                    aliases: &[$($alias),*],
                    vendors: &[$(Vendor::$vendor),*],
                    spec: $($root)*::__status_row!([] @option $spec_is $(($spec))?),
                    spec_link: $($root)*::__status_row!([] @option $spec_link_is $(($spec_link))?),
                    lifecycle: Lifecycle::$lifecycle,
                    expires: $($root)*::__status_row!([] @option $expires_is $(($expires))?),
                    cacheable: $cacheable,
                    allows_content: $allows_content,
                    retry_after: $retry_after,
                    retry: Retry::$retry,
                    retry_note: $retry_note,
                    proxy_error: $($root)*::__status_row!([] @option $proxy_error_is $(($proxy_error))?),
                    headers: &[
                        $(HeaderRule { name: $required, level: Level::Must, spec: $required_spec },)*
                        $(HeaderRule { name: $recommended, level: Level::Should, spec: $recommended_spec },)*
                    ],
                    description: $description,
                    description_ja: $description_ja,
                })
            },
        })
    };
    ([] @doc { doc: $doc:expr, code: $code:expr, info: $info:expr, }) => { $doc };
    // An optional text of a row, `Some("..")` or `None`, by absolute path: the row may expand
    // where the prelude is missing or its names are shadowed.
    ([] @option Some($text:literal)) => { ::core::option::Option::Some($text) };
    ([] @option None) => { ::core::option::Option::None };
    ([] @code { doc: $doc:expr, code: $code:expr, info: $info:expr, }) => { $code };
    ([] @info $name:ident { doc: $doc:expr, code: $code:expr, info: $info:expr, }) => { $info };
}
#[allow(unused_imports, reason = "the crate reaches the macro through its export; the generated module, here")]
pub(crate) use __status_row;
