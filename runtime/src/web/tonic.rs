//! gRPC with tonic (feature `tonic`): a derived error enum that asks with
//! `#[status_registry(tonic)]` converts into `tonic::Status`, so a service that speaks both HTTP
//! and gRPC has one error type. The code is what a server means by the member's status
//! ([`GrpcCode::server_meaning`](crate::GrpcCode::server_meaning), `google.rpc.Code`'s HTTP
//! mapping) or the member's own `grpc = "..."`; the message is the value's `Display` for a 4xx
//! and the member's phrase otherwise, so a server error's text stays on the server. A member whose
//! status is a 2xx is `OK`, which a tonic server sends as a call that ended without a message and
//! a tonic client reads as a failure: an error enum's members are errors.

use std::borrow::ToOwned;
use std::string::ToString;

use core::fmt;

use crate::GrpcCode;

/// The same code, as tonic names it.
#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
impl From<GrpcCode> for tonic::Code {
    fn from(code: GrpcCode) -> Self {
        match code {
            GrpcCode::Ok => tonic::Code::Ok,
            GrpcCode::Cancelled => tonic::Code::Cancelled,
            GrpcCode::Unknown => tonic::Code::Unknown,
            GrpcCode::InvalidArgument => tonic::Code::InvalidArgument,
            GrpcCode::DeadlineExceeded => tonic::Code::DeadlineExceeded,
            GrpcCode::NotFound => tonic::Code::NotFound,
            GrpcCode::AlreadyExists => tonic::Code::AlreadyExists,
            GrpcCode::PermissionDenied => tonic::Code::PermissionDenied,
            GrpcCode::ResourceExhausted => tonic::Code::ResourceExhausted,
            GrpcCode::FailedPrecondition => tonic::Code::FailedPrecondition,
            GrpcCode::Aborted => tonic::Code::Aborted,
            GrpcCode::OutOfRange => tonic::Code::OutOfRange,
            GrpcCode::Unimplemented => tonic::Code::Unimplemented,
            GrpcCode::Internal => tonic::Code::Internal,
            GrpcCode::Unavailable => tonic::Code::Unavailable,
            GrpcCode::DataLoss => tonic::Code::DataLoss,
            GrpcCode::Unauthenticated => tonic::Code::Unauthenticated,
        }
    }
}

/// The same code, by its value on the wire; a value outside the 17 (which tonic reads as
/// `Unknown`) is `Unknown`.
#[cfg_attr(docsrs, doc(cfg(feature = "tonic")))]
impl From<tonic::Code> for GrpcCode {
    fn from(code: tonic::Code) -> Self {
        GrpcCode::from_value(code as i32).unwrap_or(GrpcCode::Unknown)
    }
}

/// The `tonic::Status` of a derived member: `grpc`, and `value`'s text for a 4xx (`code`), its
/// phrase `reason` otherwise.
#[doc(hidden)]
#[must_use]
pub fn status(grpc: GrpcCode, code: u16, reason: &str, value: &dyn fmt::Display) -> tonic::Status {
    let message = if (400..500).contains(&code) { value.to_string() } else { reason.to_owned() };
    tonic::Status::new(grpc.into(), message)
}

#[cfg(test)]
mod tests {
    use super::GrpcCode;

    #[test]
    fn every_code_crosses_to_tonic_and_back() {
        for code in GrpcCode::ALL {
            let tonic = tonic::Code::from(code);
            assert_eq!(tonic as i32, code.value());
            assert_eq!(GrpcCode::from(tonic), code);
        }
    }
}
