//! `StatusCode` declared from its rows: the enum, the numbering of its variants and the tables by
//! position that every method reads.
//!
//! This file uses nothing but `core`, and its macro names nothing but `StatusCode` (which it
//! declares), `Unregistered` and `Info`, found where it is invoked; so `statusreg generate` copies
//! it, unchanged, into the self-contained module it writes, and that module's `StatusCode` is
//! declared by the same macro as the crate's (`define.rs`).

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
