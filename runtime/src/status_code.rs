//! The built-in [`StatusCode`] and [`Vendor`]: their rows from `registry.yaml`, expanded by the
//! macros of `define.rs`; the tables and methods that read only the rows, in `status_core.rs`,
//! which `statusreg generate` copies; and here the rest of the public methods and trait
//! implementations.

use crate::{GrpcCode, Info, Lang, Registry, SpanKind, SpanStatus, Status};
// What `status_core.rs` reads from its parent, besides the rows.
use crate::error::ParseStatusError;
use crate::{Class, Unregistered, tables, text};

// The rows: read from registry.yaml at compile time by the proc-macro, or without it the same
// rows checked in (`builtin_rows.rs`, kept equal to what the proc-macro emits by a test).
#[cfg(feature = "macros")]
status_registry_macros::__builtin!();
#[cfg(not(feature = "macros"))]
include!("builtin_rows.rs");

#[path = "status_core.rs"]
mod status_core;
pub use status_core::ParseVendorError;
pub(crate) use status_core::meaning_with_phrase;

impl StatusCode {
    /// `vendor`'s own meaning of `code`, when that vendor's feature is on and it defines the code.
    ///
    /// Unlike [`StatusCode::lookup`], this ignores the IANA meaning and other vendors.
    #[must_use]
    #[inline]
    pub const fn lookup_in(vendor: Vendor, code: u16) -> Option<Self> {
        // A meaning several vendors share is compiled in when any of them is on; this vendor's
        // view of it still needs this vendor's feature.
        if !vendor.is_enabled() {
            return None;
        }
        let mut position = 0;
        while position < ENABLED {
            let info = &INFOS[position];
            if info.code == code {
                let mut i = 0;
                while i < info.vendors.len() {
                    if info.vendors[i] as usize == vendor as usize {
                        return Some(DECLARED[position]);
                    }
                    i += 1;
                }
            }
            position += 1;
        }
        None
    }

    /// The reason in `lang`: the wire phrase in English, the registry's label in Japanese; empty for
    /// [`StatusCode::Unregistered`].
    ///
    /// ```
    /// use status_registry::{Lang, StatusCode};
    /// assert_eq!(StatusCode::NotFound.reason_in(Lang::Ja), "未検出");
    /// assert_eq!(StatusCode::NotFound.to_string(), "404 Not Found"); // Display stays English
    /// ```
    #[must_use]
    #[inline]
    pub const fn reason_in(self, lang: Lang) -> &'static str {
        match self.info() {
            Some(info) => info.reason_in(lang),
            None => "",
        }
    }

    /// The description in `lang`; empty for [`StatusCode::Unregistered`].
    #[must_use]
    pub const fn description_in(self, lang: Lang) -> &'static str {
        match self.info() {
            Some(info) => info.description_in(lang),
            None => "",
        }
    }

    /// The OpenTelemetry status of an HTTP span of `kind` that ended with this code; the same as
    /// [`Status::span_status`], usable in `const`.
    #[must_use]
    pub const fn span_status(self, kind: SpanKind) -> SpanStatus {
        SpanStatus::for_code(self.code(), kind)
    }

    /// The gRPC status for an HTTP response with this code and no gRPC status; the same as
    /// [`Status::grpc_code`], usable in `const`.
    #[must_use]
    pub const fn grpc_code(self) -> GrpcCode {
        GrpcCode::from_http(self.code())
    }

    /// The vendor that defines this meaning; `None` for IANA and unregistered codes.
    #[must_use]
    #[inline]
    pub const fn vendor(self) -> Option<Vendor> {
        match self.info() {
            Some(info) => info.vendor,
            None => None,
        }
    }
}

impl Status for StatusCode {
    #[inline]
    fn code(self) -> u16 {
        StatusCode::code(self)
    }

    #[inline]
    fn info(self) -> Option<&'static Info> {
        StatusCode::info(self)
    }
}

impl Registry for StatusCode {
    const ALL: &'static [Self] = StatusCode::ALL;

    fn lookup(code: u16) -> Option<Self> {
        StatusCode::lookup(code)
    }
}

/// Whether a response of the crate may carry `code`: HTTP's status codes are 100 to 599 (RFC 9110,
/// Section 15), the range `conformance::check` holds responses to. A response built from another
/// code (`000`, which logs write for no response at all, or a vendor's 999, which a client may read
/// but a server may not send) goes out as a 500. `http` itself would take up to 999.
#[allow(dead_code, reason = "used by the response features only")]
pub(crate) const fn sendable(code: u16) -> bool {
    code >= 100 && code <= 599
}

/// The code a response of `code` goes out with: `code` when it is [`sendable`], 500 otherwise.
#[allow(dead_code, reason = "used by the response features only")]
pub(crate) const fn sent_code(code: u16) -> u16 {
    if sendable(code) { code } else { 500 }
}
