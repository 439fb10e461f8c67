//! tonic on 127.0.0.1: a unary call answered by a derived error arrives at a tonic client with the
//! code a server means by the member's status (`google.rpc.Code`'s HTTP mapping, not the
//! transport's, under which a bare 404 reads as `UNIMPLEMENTED`), or the member's own
//! `grpc = "..."`, and with the value's text for a 4xx and only the phrase for a 5xx. Every code a
//! catch-all enum can hold crosses the wire as `GrpcCode::server_meaning` says.

use status_registry::{GrpcCode, NonMember, StatusRegistry};

#[path = "../../common/grpc.rs"]
mod shelves;
use shelves as grpc;

#[derive(StatusRegistry, Debug)]
#[status_registry(tonic)]
enum ShelfError {
    NotFound {
        id: u64,
    },
    #[status(401)]
    NoTicket,
    #[status(409, grpc = "already_exists")]
    Taken,
    #[status(499, vendor = "nginx")]
    CallerLeft,
    #[status(503, reason = "Dusting")]
    Dusting,
    #[status(500)]
    Storage(String),
}

impl std::fmt::Display for ShelfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ShelfError::NotFound { id } => write!(f, "there is no shelf {id}"),
            ShelfError::NoTicket => f.write_str("show your ticket"),
            ShelfError::Taken => f.write_str("taken"),
            ShelfError::CallerLeft => f.write_str("the caller left"),
            ShelfError::Dusting => f.write_str("we are dusting"),
            ShelfError::Storage(message) => write!(f, "disk said {message}"),
        }
    }
}

fn shelf(text: &str) -> Result<String, ShelfError> {
    match text {
        "1" => Ok("teapots".to_owned()),
        "ticket" => Err(ShelfError::NoTicket),
        "taken" => Err(ShelfError::Taken),
        "gone" => Err(ShelfError::CallerLeft),
        "dust" => Err(ShelfError::Dusting),
        "disk" => Err(ShelfError::Storage("EIO on /dev/sdb1".to_owned())),
        _ => Err(ShelfError::NotFound { id: 7 }),
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

#[test]
fn a_derived_error_arrives_with_its_mapped_code_and_message() {
    runtime().block_on(async {
        let addr = grpc::serve(grpc::Shelves::new(shelf)).await.unwrap();
        assert_eq!(grpc::get(addr, "1").await.unwrap(), "teapots");
        for (question, code, message) in [
            ("7", tonic::Code::NotFound, "there is no shelf 7"),
            ("ticket", tonic::Code::Unauthenticated, "show your ticket"),
            ("taken", tonic::Code::AlreadyExists, "taken"),
            ("gone", tonic::Code::Cancelled, "the caller left"),
            ("dust", tonic::Code::Unavailable, "Dusting"),
            ("disk", tonic::Code::Internal, "Internal Server Error"),
        ] {
            let status = grpc::get(addr, question).await.unwrap_err();
            assert_eq!((status.code(), status.message()), (code, message), "{question}");
        }
        // A method the service does not have is the transport's UNIMPLEMENTED, not a member.
        assert_ne!(GrpcCode::server_meaning(404), GrpcCode::from_http(404));
    });
}

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(tonic)]
enum Api {
    Ok,
    #[status(other)]
    Other(NonMember<Self>),
}

fn by_code(text: &str) -> Result<String, Api> {
    let code: u16 = text.parse().unwrap_or(500);
    match Api::from(code) {
        Api::Ok => Ok("fine".to_owned()),
        other @ Api::Other(_) => Err(other),
    }
}

/// Over the wire, for a sample of every class and the codes the mapping names: what the client
/// reads is `GrpcCode::server_meaning` of the code.
#[test]
fn codes_cross_the_wire_as_server_meaning_says() {
    runtime().block_on(async {
        let addr = grpc::serve(grpc::Shelves::new(by_code)).await.unwrap();
        for code in
            [100u16, 200, 302, 400, 401, 403, 404, 405, 409, 416, 422, 429, 499, 500, 501, 502, 503, 504, 599, 0, 999]
        {
            let expected = GrpcCode::server_meaning(code);
            match grpc::get(addr, &code.to_string()).await {
                // 200 is the member `Ok`, answered with a message.
                Ok(answer) => assert_eq!((expected, answer.as_str()), (GrpcCode::Ok, "fine"), "{code}"),
                Err(status) => assert_eq!(GrpcCode::from(status.code()), expected, "{code}"),
            }
        }
    });
}
