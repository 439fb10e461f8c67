//! The built-in [`Vendor`](crate::Vendor) and [`StatusCode`](crate::StatusCode), written once as
//! two `macro_rules!` over the registry's rows.
//!
//! The rows (one per vendor, one per meaning of a code) come from `registry.yaml`: with the
//! `macros` feature the proc-macro `__builtin!()` reads the registry at compile time and emits them;
//! without it `builtin_rows.rs`, the same text checked in, is included. Everything else, the types,
//! their documentation and derives, and the tables the methods read, is here and in
//! `status_enum.rs`, so that a row holds only data and a change of one registry entry changes one
//! row. `__status_row!` is the one reader of a status row, for these rows and for the extension
//! records of derived enums.
//!
//! A vendor's rows carry `#[cfg(feature = "vendor-<id>")]`; these macros expand inside this crate,
//! so the features read are this crate's own. Tables are filled in `const` from the enabled rows:
//! nothing is counted or numbered by hand.

/// `Vendor`, its tables, and one gate macro per vendor for code generated in other crates.
macro_rules! vendors {
    ($($rows:tt)*) => {
        crate::define::vendors_with_dollar! { [$] $($rows)* }
    };
}
pub(crate) use vendors;

/// [`vendors`] with a `$` token to write the gate macros with.
macro_rules! vendors_with_dollar {
    ([$d:tt] $(
        $name:ident {
            id: $id:literal,
            name: $display:literal,
            feature: $feature:literal,
            url: $url:expr,
            gate: $gate:ident $(,)?
        }
    )*) => {
        /// A vendor whose private status codes the registry lists.
        ///
        /// Every vendor exists whatever features are on; its codes exist in [`StatusCode`] only with
        /// its `vendor-<id>` feature. The declaration order is the precedence used when vendors share
        /// a code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Vendor {
            $(
                #[doc = concat!(" ", $display, ": codes behind feature `", $feature, "`.")]
                $name,
            )*
        }

        /// Every vendor, in precedence order.
        const VENDORS: &[Vendor] = &[$(Vendor::$name),*];
        /// Per vendor, in declaration order: id, display name, feature, documentation URL, and
        /// whether the feature is on in this build.
        const VENDOR_IDS: &[&str] = &[$($id),*];
        const VENDOR_NAMES: &[&str] = &[$($display),*];
        const VENDOR_FEATURES: &[&str] = &[$($feature),*];
        const VENDOR_URLS: &[::core::option::Option<&str>] = &[$($url),*];
        const VENDOR_ENABLED: &[bool] = &[$(cfg!(feature = $feature)),*];

        // The gates: code that `#[derive(StatusRegistry)]` and `status!` emit in another crate names
        // a vendor's variant only inside its gate, `__vendor_x!({ uses } else { error })`. Whether
        // the vendor is on is decided here, by this crate's features as compiled for the target,
        // and not by the proc-macro, which cargo builds for the host with other features.
        $(
            #[cfg(feature = $feature)]
            #[doc(hidden)]
            #[macro_export]
            macro_rules! $gate {
                ({ $d($d on:tt)* } else { $d($d off:tt)* }) => { $d($d on)* };
            }
            #[cfg(not(feature = $feature))]
            #[doc(hidden)]
            #[macro_export]
            macro_rules! $gate {
                ({ $d($d on:tt)* } else { $d($d off:tt)* }) => { $d($d off)* };
            }
        )*
    };
}
pub(crate) use vendors_with_dollar;

/// `StatusCode` from the rows, declared by `status_enum!` (`status_enum.rs`, which `statusreg
/// generate` shares): each row gives its documentation, its code and its record through
/// [`__status_row!`], and its `cfg` from the vendors that send it.
macro_rules! statuses {
    ($( $(#[cfg($cfg:meta)])? $name:ident $row:tt )*) => {
        crate::status_enum::status_enum! {
            /// An HTTP status code: every code of the registry as a variant, and
            /// [`StatusCode::Unregistered`] for the rest, so that `From<u16>` is total.
            ///
            /// The variants are generated from `registry.yaml`: the IANA codes first, then each
            /// vendor's codes, each group by code. IANA codes are always present; a vendor's codes exist
            /// only with its `vendor-<id>` feature. Features unify across a build, so another crate can
            /// add variants to yours: the enum is `#[non_exhaustive]`. [`StatusCode::ALL`] and `Ord`
            /// go by code.
            enum StatusCode {
                /// A code that is not registered, or whose vendor feature is off. The payload cannot be
                /// built outside this crate and never holds an enabled registered code, so every code has
                /// exactly one representation.
                Unregistered,
                $(
                    $(#[cfg($cfg)])?
                    #[doc = crate::__status_row!(doc $row)]
                    $name = (crate::__status_row!(code $row), crate::__status_row!(info $name $row)),
                )*
            }
        }
    };
}
pub(crate) use statuses;

/// The first of a row's vendors that this build has on, or `None` for an IANA row or an
/// extension's. A row is compiled only when one of its vendors is on, so an enabled row of vendors
/// always finds one.
#[must_use]
pub const fn first_enabled(vendors: &[crate::Vendor]) -> Option<crate::Vendor> {
    let mut i = 0;
    while i < vendors.len() {
        if vendors[i].is_enabled() {
            return Some(vendors[i]);
        }
        i += 1;
    }
    None
}

/// The one grammar of a status record: a row of `statuses!` (the built-in rows) or of an extension
/// entry in a derived enum, `Name { code: 404, reason: "Not Found", .. }`, the fields in this order.
/// The rows are written by the model crate's row writer (`model/src/builtin.rs`) and read only
/// here:
///
/// - `doc { .. }`: the variant's documentation, one string;
/// - `code { .. }`: the code;
/// - `info Name { .. }`: its [`Info`](crate::Info), a constant expression, in this crate or in the
///   crate of a derived enum.
#[doc(hidden)]
#[macro_export]
macro_rules! __status_row {
    ($what:ident $($name:ident)? {
        code: $code:literal,
        reason: $reason:literal,
        reason_ja: $reason_ja:literal,
        text: $text:literal,
        aliases: [$($alias:literal),* $(,)?],
        vendors: [$($vendor:ident),* $(,)?],
        spec: $spec:expr,
        spec_link: $spec_link:expr,
        lifecycle: $lifecycle:ident,
        expires: $expires:expr,
        cacheable: $cacheable:literal,
        allows_content: $allows_content:literal,
        retry_after: $retry_after:literal,
        retry: $retry:ident,
        retry_note: $retry_note:literal,
        required_headers: [$(($required:literal, $required_spec:literal)),* $(,)?],
        recommended_headers: [$(($recommended:literal, $recommended_spec:literal)),* $(,)?],
        description: $description:literal,
        description_ja: $description_ja:literal,
        about: $about:literal $(,)?
    }) => {
        $crate::__status_row!(@$what $($name)? {
            doc: ::core::concat!(" `", $text, "`\n\n ", $description, "\n\n ", $about),
            code: $code,
            info: $crate::Info::__from_row(
                $code,
                ::core::stringify!($($name)?),
                $reason,
                $reason_ja,
                $text,
                &[$($alias),*],
                $crate::__private::first_enabled(&[$($crate::Vendor::$vendor),*]),
                &[$($crate::Vendor::$vendor),*],
                $spec,
                $spec_link,
                $crate::Lifecycle::$lifecycle,
                $expires,
                $cacheable,
                $allows_content,
                $retry_after,
                $crate::Retry::$retry,
                $retry_note,
                &[
                    $($crate::HeaderRule { name: $required, level: $crate::Level::Must, spec: $required_spec },)*
                    $($crate::HeaderRule { name: $recommended, level: $crate::Level::Should, spec: $recommended_spec },)*
                ],
                $description,
                $description_ja,
            ),
        })
    };
    (@doc { doc: $doc:expr, code: $code:expr, info: $info:expr, }) => { $doc };
    (@code { doc: $doc:expr, code: $code:expr, info: $info:expr, }) => { $code };
    (@info $name:ident { doc: $doc:expr, code: $code:expr, info: $info:expr, }) => { $info };
}
