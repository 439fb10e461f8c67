//! The built-in [`Vendor`](crate::Vendor) and [`StatusCode`](crate::StatusCode): the crate's two
//! `macro_rules!` over the registry's rows, which add its documentation and vendor gates to the
//! declarations of `status_enum.rs`.
//!
//! The rows (one per vendor, one per meaning of a code) come from `registry.yaml`: with the
//! `macros` feature the proc-macro `__builtin!()` reads the registry at compile time and emits them;
//! without it `builtin_rows.rs`, the same text checked in, is included. Everything else, the types,
//! their documentation and derives, and the tables the methods read, is here and in
//! `status_enum.rs`, so that a row holds only data and a change of one registry entry changes one
//! row. `status_enum.rs`'s `__status_row!` is the one reader of a status row, for these rows, the
//! generated module's and the extension records of derived enums.
//!
//! A vendor's rows carry `#[cfg(feature = "vendor-<id>")]`; these macros expand inside this crate,
//! so the features read are this crate's own. Tables are filled in `const` from the enabled rows:
//! nothing is counted or numbered by hand.

/// `Vendor` and its tables (`status_enum.rs`, on by feature), and one gate macro per vendor for
/// code generated in other crates.
macro_rules! vendors {
    ($($rows:tt)*) => {
        crate::status_enum::vendors! {
            crate;
            by_feature;
            /// A vendor whose private status codes the registry lists.
            ///
            /// Every vendor exists whatever features are on; its codes exist in [`StatusCode`] only with
            /// its `vendor-<id>` feature. The declaration order is the precedence used when vendors share
            /// a code.
            enum Vendor;
            $($rows)*
        }
        crate::define::gates! { [$] $($rows)* }
    };
}
pub(crate) use vendors;

/// The gates: code that `#[derive(StatusRegistry)]` and `status!` emit in another crate names a
/// vendor's variant only inside its gate, `__vendor_x!({ uses } else { error })`. Whether the
/// vendor is on is decided here, by this crate's features as compiled for the target, and not by
/// the proc-macro, which cargo builds for the host with other features. `$d` is a `$` token to
/// write the gate macros with.
macro_rules! gates {
    ([$d:tt] $(
        $name:ident {
            id: $id:literal,
            name: $display:literal,
            feature: $feature:literal,
            url: $url:expr,
            gate: $gate:ident $(,)?
        }
    )*) => {
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
pub(crate) use gates;

/// `StatusCode` from the rows, declared by `status_enum.rs`'s `statuses!` (which `statusreg
/// generate` shares) with the crate's documentation: each row gives its documentation, its code
/// and its record through `__status_row!`, and its `cfg` from the vendors that send it.
macro_rules! statuses {
    ($($rows:tt)*) => {
        crate::status_enum::statuses! {
            crate;
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
            }
            $($rows)*
        }
    };
}
pub(crate) use statuses;
