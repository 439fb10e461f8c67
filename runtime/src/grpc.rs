//! The 17 canonical gRPC status codes and the two ways an HTTP status maps to one: what a gRPC
//! client reports for an HTTP response that came without a gRPC status (the transport's mapping),
//! and what a server means by answering with an HTTP status (`google.rpc.Code`'s). Uses only
//! `core`; the model crate compiles a copy, so the derive checks a member's `grpc = "..."` by the
//! same names.

use core::fmt;

/// The 17 canonical gRPC status codes.
///
/// Two tables map an HTTP status to one, for two different questions:
///
/// - [`GrpcCode::server_meaning`]: what a server means by a status, the HTTP mapping documented
///   with `google.rpc.Code` (googleapis, `google/rpc/code.proto`): 404 is `NotFound`. This is the
///   code a service that speaks both HTTP and gRPC answers a gRPC call with
///   (`#[status_registry(tonic)]`);
/// - [`GrpcCode::from_http`]: what a gRPC client reports when a response carries an HTTP status
///   but no `grpc-status`, the transport's mapping: 404 is `Unimplemented`, since a gRPC client
///   that gets one has most likely called a method the server does not have.
///
/// [`GrpcCode::from_http`] follows gRPC's published mapping from HTTP status to gRPC status
/// (<https://github.com/grpc/grpc/blob/master/doc/http-grpc-status-mapping.md>), which gRPC
/// clients and Envoy apply when a response carries an HTTP status but no `grpc-status`: 400 is
/// `Internal`, 401 `Unauthenticated`, 403 `PermissionDenied`, 404 `Unimplemented`, 429, 502, 503
/// and 504 `Unavailable`, and every other code `Unknown`.
///
/// ```
/// use status_registry::{GrpcCode, Status, StatusCode};
///
/// assert_eq!(StatusCode::ServiceUnavailable.grpc_code(), GrpcCode::Unavailable);
/// assert_eq!(StatusCode::NotFound.grpc_code(), GrpcCode::Unimplemented);
/// assert_eq!(StatusCode::from(418).grpc_code(), GrpcCode::Unknown);
/// assert_eq!(GrpcCode::Unavailable.value(), 14);
/// assert_eq!(GrpcCode::Unavailable.to_string(), "UNAVAILABLE");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GrpcCode {
    /// 0: not an error.
    Ok,
    /// 1: the operation was cancelled, typically by the caller.
    Cancelled,
    /// 2: an unknown error.
    Unknown,
    /// 3: the client gave an invalid argument.
    InvalidArgument,
    /// 4: the deadline expired before the operation completed.
    DeadlineExceeded,
    /// 5: a requested entity was not found.
    NotFound,
    /// 6: the entity the client tried to create already exists.
    AlreadyExists,
    /// 7: the caller may not perform the operation.
    PermissionDenied,
    /// 8: a resource, such as a quota, is exhausted.
    ResourceExhausted,
    /// 9: the system is not in a state the operation needs.
    FailedPrecondition,
    /// 10: the operation was aborted, typically by a concurrency conflict.
    Aborted,
    /// 11: the operation went past the valid range.
    OutOfRange,
    /// 12: the operation is not implemented or not supported.
    Unimplemented,
    /// 13: an internal error.
    Internal,
    /// 14: the service is unavailable for now; retrying may help.
    Unavailable,
    /// 15: unrecoverable data loss or corruption.
    DataLoss,
    /// 16: the request lacks valid credentials.
    Unauthenticated,
}

impl GrpcCode {
    /// Every code, by value.
    pub const ALL: [GrpcCode; 17] = [
        GrpcCode::Ok,
        GrpcCode::Cancelled,
        GrpcCode::Unknown,
        GrpcCode::InvalidArgument,
        GrpcCode::DeadlineExceeded,
        GrpcCode::NotFound,
        GrpcCode::AlreadyExists,
        GrpcCode::PermissionDenied,
        GrpcCode::ResourceExhausted,
        GrpcCode::FailedPrecondition,
        GrpcCode::Aborted,
        GrpcCode::OutOfRange,
        GrpcCode::Unimplemented,
        GrpcCode::Internal,
        GrpcCode::Unavailable,
        GrpcCode::DataLoss,
        GrpcCode::Unauthenticated,
    ];

    /// The gRPC status for an HTTP response with `code` and no gRPC status.
    #[must_use]
    pub const fn from_http(code: u16) -> Self {
        match code {
            400 => GrpcCode::Internal,
            401 => GrpcCode::Unauthenticated,
            403 => GrpcCode::PermissionDenied,
            404 => GrpcCode::Unimplemented,
            429 | 502 | 503 | 504 => GrpcCode::Unavailable,
            _ => GrpcCode::Unknown,
        }
    }

    /// The numeric value on the wire (`grpc-status: 14`).
    #[must_use]
    pub const fn value(self) -> i32 {
        self as i32
    }

    /// The code with the numeric value `value`, if there is one.
    #[must_use]
    pub const fn from_value(value: i32) -> Option<Self> {
        let mut i = 0;
        while i < GrpcCode::ALL.len() {
            if GrpcCode::ALL[i].value() == value {
                return Some(GrpcCode::ALL[i]);
            }
            i += 1;
        }
        None
    }

    /// The canonical name (`UNAVAILABLE`), as gRPC spells it.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            GrpcCode::Ok => "OK",
            GrpcCode::Cancelled => "CANCELLED",
            GrpcCode::Unknown => "UNKNOWN",
            GrpcCode::InvalidArgument => "INVALID_ARGUMENT",
            GrpcCode::DeadlineExceeded => "DEADLINE_EXCEEDED",
            GrpcCode::NotFound => "NOT_FOUND",
            GrpcCode::AlreadyExists => "ALREADY_EXISTS",
            GrpcCode::PermissionDenied => "PERMISSION_DENIED",
            GrpcCode::ResourceExhausted => "RESOURCE_EXHAUSTED",
            GrpcCode::FailedPrecondition => "FAILED_PRECONDITION",
            GrpcCode::Aborted => "ABORTED",
            GrpcCode::OutOfRange => "OUT_OF_RANGE",
            GrpcCode::Unimplemented => "UNIMPLEMENTED",
            GrpcCode::Internal => "INTERNAL",
            GrpcCode::Unavailable => "UNAVAILABLE",
            GrpcCode::DataLoss => "DATA_LOSS",
            GrpcCode::Unauthenticated => "UNAUTHENTICATED",
        }
    }
}

/// The canonical name (`UNAVAILABLE`).
impl fmt::Display for GrpcCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl GrpcCode {
    /// The code a server means by answering with HTTP status `code`: `google.rpc.Code`'s HTTP
    /// mapping, read from HTTP to RPC. 2xx is `Ok`; 400 `InvalidArgument`, 401 `Unauthenticated`,
    /// 403 `PermissionDenied`, 404 `NotFound`, 409 `Aborted`, 416 `OutOfRange`, 429
    /// `ResourceExhausted`, 499 `Cancelled`, any other 4xx `FailedPrecondition`; 501
    /// `Unimplemented`, 503 `Unavailable`, 504 `DeadlineExceeded`, any other 5xx `Internal`; every
    /// other code (1xx, 3xx, `000`, 999) `Unknown`.
    ///
    /// ```
    /// use status_registry::GrpcCode;
    ///
    /// assert_eq!(GrpcCode::server_meaning(404), GrpcCode::NotFound);
    /// assert_eq!(GrpcCode::server_meaning(422), GrpcCode::FailedPrecondition);
    /// assert_eq!(GrpcCode::server_meaning(499), GrpcCode::Cancelled);
    /// assert_eq!(GrpcCode::server_meaning(502), GrpcCode::Internal);
    /// assert_eq!(GrpcCode::from_http(404), GrpcCode::Unimplemented); // what a client would report
    /// ```
    #[must_use]
    pub const fn server_meaning(code: u16) -> Self {
        match code {
            200..=299 => GrpcCode::Ok,
            400 => GrpcCode::InvalidArgument,
            401 => GrpcCode::Unauthenticated,
            403 => GrpcCode::PermissionDenied,
            404 => GrpcCode::NotFound,
            409 => GrpcCode::Aborted,
            416 => GrpcCode::OutOfRange,
            429 => GrpcCode::ResourceExhausted,
            499 => GrpcCode::Cancelled,
            402..=498 => GrpcCode::FailedPrecondition,
            501 => GrpcCode::Unimplemented,
            503 => GrpcCode::Unavailable,
            504 => GrpcCode::DeadlineExceeded,
            500..=599 => GrpcCode::Internal,
            _ => GrpcCode::Unknown,
        }
    }

    /// The code named `name`, in gRPC's spelling or in lower case (`FAILED_PRECONDITION`,
    /// `failed_precondition`), in any ASCII case.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        GrpcCode::ALL.into_iter().find(|code| code.name().eq_ignore_ascii_case(name))
    }
}

#[cfg(test)]
mod tests {
    use super::GrpcCode;

    #[test]
    fn values_follow_the_declaration_order() {
        for (value, code) in (0..).zip(GrpcCode::ALL) {
            assert_eq!(code.value(), value);
            assert_eq!(GrpcCode::from_value(value), Some(code));
        }
        assert_eq!(GrpcCode::from_value(17), None);
        assert_eq!(GrpcCode::from_value(-1), None);
        assert_eq!(GrpcCode::Unauthenticated.value(), 16);
    }

    #[test]
    fn a_server_means_the_google_rpc_code_of_its_status() {
        let cases = [
            (200, GrpcCode::Ok),
            (204, GrpcCode::Ok),
            (100, GrpcCode::Unknown),
            (302, GrpcCode::Unknown),
            (400, GrpcCode::InvalidArgument),
            (401, GrpcCode::Unauthenticated),
            (402, GrpcCode::FailedPrecondition),
            (403, GrpcCode::PermissionDenied),
            (404, GrpcCode::NotFound),
            (409, GrpcCode::Aborted),
            (412, GrpcCode::FailedPrecondition),
            (416, GrpcCode::OutOfRange),
            (429, GrpcCode::ResourceExhausted),
            (499, GrpcCode::Cancelled),
            (500, GrpcCode::Internal),
            (501, GrpcCode::Unimplemented),
            (502, GrpcCode::Internal),
            (503, GrpcCode::Unavailable),
            (504, GrpcCode::DeadlineExceeded),
            (520, GrpcCode::Internal),
            (0, GrpcCode::Unknown),
            (999, GrpcCode::Unknown),
        ];
        for (code, expected) in cases {
            assert_eq!(GrpcCode::server_meaning(code), expected, "{code}");
        }
    }

    #[test]
    fn names_read_in_any_case() {
        for code in GrpcCode::ALL {
            assert_eq!(GrpcCode::from_name(code.name()), Some(code));
            assert_eq!(GrpcCode::from_name(&code.name().to_ascii_lowercase()), Some(code));
        }
        assert_eq!(GrpcCode::from_name("failed precondition"), None);
    }
}
