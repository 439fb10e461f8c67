//! Derived enums as `tonic::Status` (`#[status_registry(tonic)]`): the code a server means by each
//! member's status (`google.rpc.Code`'s HTTP mapping) or the member's own `grpc = "..."`, and the
//! value's text for a 4xx only.

use status_registry::{GrpcCode, NonMember, StatusCode, StatusRegistry};

#[derive(StatusRegistry, Debug)]
#[status_registry(tonic)]
enum ShelfError {
    BadRequest(String),
    NotFound {
        id: u64,
    },
    #[status(409, grpc = "already_exists")]
    Taken(String),
    Conflict,
    #[status(422)]
    Unreadable,
    TooManyRequests,
    #[status(500)]
    Storage(String),
    #[status(502)]
    Upstream,
    #[status(503, reason = "Dusting")]
    Dusting,
    #[status(504)]
    Slow,
}

impl std::fmt::Display for ShelfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShelfError::BadRequest(why) => write!(f, "bad request: {why}"),
            ShelfError::NotFound { id } => write!(f, "there is no shelf {id}"),
            ShelfError::Taken(name) => write!(f, "the name {name} is taken"),
            ShelfError::Conflict => f.write_str("someone else moved it"),
            ShelfError::Unreadable => f.write_str("the label is unreadable"),
            ShelfError::TooManyRequests => f.write_str("slow down"),
            ShelfError::Storage(message) => write!(f, "disk said {message}"),
            ShelfError::Upstream => f.write_str("the warehouse did not answer"),
            ShelfError::Dusting => f.write_str("we are dusting"),
            ShelfError::Slow => f.write_str("the warehouse is slow"),
        }
    }
}

#[test]
fn each_member_is_the_code_its_status_means_to_a_server() {
    let cases = [
        (ShelfError::BadRequest("no name".into()), tonic::Code::InvalidArgument, "bad request: no name"),
        (ShelfError::NotFound { id: 7 }, tonic::Code::NotFound, "there is no shelf 7"),
        (ShelfError::Taken("attic".into()), tonic::Code::AlreadyExists, "the name attic is taken"),
        (ShelfError::Conflict, tonic::Code::Aborted, "someone else moved it"),
        (ShelfError::Unreadable, tonic::Code::FailedPrecondition, "the label is unreadable"),
        (ShelfError::TooManyRequests, tonic::Code::ResourceExhausted, "slow down"),
        // A server error keeps its text to the server: the message is the phrase.
        (ShelfError::Storage("EIO".into()), tonic::Code::Internal, "Internal Server Error"),
        (ShelfError::Upstream, tonic::Code::Internal, "Bad Gateway"),
        (ShelfError::Dusting, tonic::Code::Unavailable, "Dusting"),
        (ShelfError::Slow, tonic::Code::DeadlineExceeded, "Gateway Timeout"),
    ];
    for (error, code, message) in cases {
        let status = tonic::Status::from(&error);
        assert_eq!((status.code(), status.message()), (code, message), "{error:?}");
        let owned = tonic::Status::from(error);
        assert_eq!((owned.code(), owned.message()), (code, message));
    }
}

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(tonic)]
enum Api {
    Ok,
    NotFound,
    #[status(other)]
    Other(NonMember<Self>),
}

/// For every code a value can hold, members and catch-all alike, the status is the one
/// `GrpcCode::server_meaning` gives, and its message the value's status line for a 4xx and the
/// phrase otherwise.
#[test]
fn every_code_of_a_catch_all_enum_agrees_with_server_meaning() {
    for code in 0..=999u16 {
        let value = Api::from(code);
        let status = tonic::Status::from(value);
        let expected = GrpcCode::server_meaning(code);
        assert_eq!(GrpcCode::from(status.code()), expected, "{code}");
        let message = if (400..500).contains(&code) { value.to_string() } else { value.reason().to_owned() };
        assert_eq!(status.message(), message, "{code}");
    }
    assert_eq!(tonic::Status::from(Api::NotFound).message(), "404 Not Found");
    assert_eq!(StatusCode::from(Api::NotFound), StatusCode::NotFound);
}
