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
/// code generated in other crates, written by `gate!` from the same match of the rows: code that
/// `#[derive(StatusRegistry)]` and `status!` emit in another crate names a vendor's variant only
/// inside its gate, `__vendor_x!({ uses } else { error })`. Whether the vendor is on is decided
/// here, by this crate's features as compiled for the target, and not by the proc-macro, which
/// cargo builds for the host with other features. `[$]` hands the row macro a `$` token to write
/// the gate macros with.
macro_rules! vendors {
    ($($rows:tt)*) => {
        crate::status_enum::vendors! {
            crate;
            by_feature [$];
            /// A vendor whose private status codes the registry lists.
            ///
            /// Every vendor exists whatever features are on; its codes exist in [`StatusCode`] only with
            /// its `vendor-<id>` feature. The declaration order is the precedence used when vendors share
            /// a code.
            enum Vendor;
            $($rows)*
        }
    };
}
pub(crate) use vendors;

/// Defines the gate macro `$name`: `$name! { { on } else { off } }` expands to `on` when this
/// crate has `$feature`, else to `off`. The one writer of a gate, for the vendors' (`vendors!`) and
/// the opt-in interops' (`lib.rs`); `$d` is a `$` for the inner macro. The two definitions are
/// the two sides of one `cfg`.
// rustfmt re-indents a `macro_rules!` written inside another each time it runs; this one is kept
// as written.
#[rustfmt::skip]
macro_rules! gate {
    ($d:tt $name:ident, $feature:literal) => {
        #[cfg(feature = $feature)]
        #[doc(hidden)]
        #[macro_export]
        macro_rules! $name {
            ({ $d($d on:tt)* } else { $d($d off:tt)* }) => { $d($d on)* };
        }
        #[cfg(not(feature = $feature))]
        #[doc(hidden)]
        #[macro_export]
        macro_rules! $name {
            ({ $d($d on:tt)* } else { $d($d off:tt)* }) => { $d($d off)* };
        }
    };
}
pub(crate) use gate;

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
            /// ```
            /// use status_registry::{Class, Lang, Status, StatusCode};
            ///
            /// let status = StatusCode::from(404);
            /// assert_eq!(status, StatusCode::NotFound);
            /// assert_eq!((status.code(), status.reason()), (404, "Not Found"));
            /// assert_eq!(status.class(), Class::ClientError);
            /// assert_eq!(status.to_string(), "404 Not Found");
            /// assert_eq!("404 not found".parse(), Ok(status));
            /// assert_eq!(status.reason_in(Lang::Ja), "未検出");
            /// let info = status.info().expect("a registered code has a record");
            /// assert_eq!(info.spec, Some("RFC 9110, Section 15.5.5"));
            /// assert!(!info.description.is_empty());
            /// ```
            ///
            /// The variants are generated from `registry.yaml`: the IANA codes first, then each
            /// vendor's codes, each group by code. IANA codes are always present; a vendor's codes exist
            /// only with its `vendor-<id>` feature. Features unify across a build, so another crate can
            /// add variants to yours: the enum is `#[non_exhaustive]`. [`StatusCode::ALL`] and `Ord`
            /// go by code. Each variant's line gives its status line, source, specification and
            /// lifecycle; its description, in English and Japanese, is in [`StatusCode::info`]. The
            /// methods follow the variants.
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

/// `ProblemType` from the registry's `problem_types:` rows (`problem_type.rs` has its methods):
/// the enum, `ALL` in the registry's order, and each type's record; with feature `problem`, and
/// nothing without it.
macro_rules! problem_types {
    ($(
        $name:ident {
            id: $id:literal,
            uri: $uri:literal,
            title: $title:literal,
            title_ja: $title_ja:literal,
            status: $status_is:ident $(($status:literal))?,
            members: [$(($member:literal, $json:ident, $items_is:ident $(($items:ident))?)),* $(,)?],
            lifecycle: $lifecycle:ident $({ name: $draft:literal, revision: $revision:literal })?,
            spec: $spec:literal,
            description: $description:literal,
            description_ja: $description_ja:literal $(,)?
        }
    )*) => {
        /// A problem type (RFC 9457, Section 4.2): the IANA "HTTP Problem Types" registry and the
        /// types current drafts ask it to add, from `registry.yaml`.
        ///
        /// ```
        /// use status_registry::{ProblemType, StatusCode};
        ///
        /// let quota: ProblemType = "quota-exceeded".parse().unwrap();
        /// assert_eq!(quota, ProblemType::QuotaExceeded);
        /// assert_eq!(quota.uri(), "https://iana.org/assignments/http-problem-types#quota-exceeded");
        /// assert_eq!(quota.title(), "Quota Exceeded");
        /// assert_eq!(quota.status(), StatusCode::TooManyRequests);
        /// assert_eq!(quota.members()[0].name, "violated-policies");
        /// assert_eq!(quota.uri().parse::<ProblemType>(), Ok(quota));
        /// ```
        #[cfg(feature = "problem")]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum ProblemType {
            $(
                #[doc = ::core::concat!(" `", $uri, "`, ", $title, ": ", $description, " (", $spec, ")")]
                $name,
            )*
        }

        #[cfg(feature = "problem")]
        impl ProblemType {
            /// Every problem type, in the registry's order.
            pub const ALL: &'static [ProblemType] = &[$(ProblemType::$name),*];

            /// The type's record.
            pub(crate) const fn row(self) -> &'static crate::problem_type::TypeRow {
                use crate::problem_type::{JsonType, Member, TypeLifecycle, TypeRow};
                match self {
                    $(
                        ProblemType::$name => &TypeRow {
                            id: $id,
                            uri: $uri,
                            title: $title,
                            title_ja: $title_ja,
                            status: ::core::option::Option::$status_is $(($status))?,
                            members: &[$(Member {
                                name: $member,
                                json_type: JsonType::$json,
                                items: ::core::option::Option::$items_is $((JsonType::$items))?,
                            }),*],
                            lifecycle: TypeLifecycle::$lifecycle $({ name: $draft, revision: $revision })?,
                            spec: $spec,
                            description: $description,
                            description_ja: $description_ja,
                        },
                    )*
                }
            }
        }
    };
}
pub(crate) use problem_types;

/// `ProxyError` from the registry's `proxy_errors:` rows (`proxy_status.rs` has its methods); with
/// feature `http`, and nothing without it.
macro_rules! proxy_errors {
    ($(
        $name:ident {
            name: $error:literal,
            status: $status_is:ident $(($status:literal))?,
            params: [$(($param:literal, $sf:ident)),* $(,)?],
            never_forwarded: $never_forwarded:literal,
            spec: $spec:literal,
            description: $description:literal,
            description_ja: $description_ja:literal $(,)?
        }
    )*) => {
        /// A proxy error type (RFC 9209, Section 2.3): what the `error` parameter of a
        /// `Proxy-Status` entry names, from `registry.yaml`.
        ///
        /// ```
        /// use status_registry::proxy_status::ProxyError;
        /// use status_registry::StatusCode;
        ///
        /// let refused: ProxyError = "connection_refused".parse().unwrap();
        /// assert_eq!(refused, ProxyError::ConnectionRefused);
        /// assert_eq!(refused.status(), Some(StatusCode::BadGateway));
        /// assert!(refused.never_forwarded());
        /// assert!(!ProxyError::HttpResponseTimeout.never_forwarded());
        /// ```
        #[cfg(feature = "http")]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum ProxyError {
            $(
                #[doc = ::core::concat!(" `", $error, "`: ", $description, " (", $spec, ")")]
                $name,
            )*
        }

        #[cfg(feature = "http")]
        impl ProxyError {
            /// Every proxy error type, in the registry's order.
            pub const ALL: &'static [ProxyError] = &[$(ProxyError::$name),*];

            /// The type's record.
            pub(crate) const fn row(self) -> &'static crate::proxy_status::ErrorRow {
                use crate::proxy_status::{ErrorRow, Param, SfType};
                match self {
                    $(
                        ProxyError::$name => &ErrorRow {
                            name: $error,
                            status: ::core::option::Option::$status_is $(($status))?,
                            params: &[$(Param { name: $param, sf_type: SfType::$sf }),*],
                            never_forwarded: $never_forwarded,
                            spec: $spec,
                            description: $description,
                            description_ja: $description_ja,
                        },
                    )*
                }
            }
        }
    };
}
pub(crate) use proxy_errors;
