//! A gRPC service with one unary method, `shelves.Shelves/Get`, and its client, by tonic's own
//! building blocks: no `.proto` file and no code generator, so the messages are UTF-8 text (a
//! codec of ten lines) and the method is answered by a plain function, whose error converts into
//! `tonic::Status`.

#![allow(dead_code, reason = "the example and the tests each use part of it")]

use std::convert::Infallible;
use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::{Buf, BufMut};
use tonic::codec::{Codec, DecodeBuf, Decoder, EncodeBuf, Encoder};

/// The path of the one method.
pub(crate) const GET: &str = "/shelves.Shelves/Get";

/// Messages as UTF-8 text.
#[derive(Clone, Copy, Default)]
pub(crate) struct Text;

impl Codec for Text {
    type Encode = String;
    type Decode = String;
    type Encoder = Text;
    type Decoder = Text;

    fn encoder(&mut self) -> Text {
        Text
    }

    fn decoder(&mut self) -> Text {
        Text
    }
}

impl Encoder for Text {
    type Item = String;
    type Error = tonic::Status;

    fn encode(&mut self, item: String, dst: &mut EncodeBuf<'_>) -> Result<(), tonic::Status> {
        dst.put_slice(item.as_bytes());
        Ok(())
    }
}

impl Decoder for Text {
    type Item = String;
    type Error = tonic::Status;

    fn decode(&mut self, src: &mut DecodeBuf<'_>) -> Result<Option<String>, tonic::Status> {
        let bytes = src.copy_to_bytes(src.remaining());
        String::from_utf8(bytes.to_vec())
            .map(Some)
            .map_err(|_| tonic::Status::invalid_argument("the message is not UTF-8 text"))
    }
}

/// The method: a function from the request's text to the answer or an error that is a
/// `tonic::Status`.
struct Method<E>(fn(&str) -> Result<String, E>);

// By hand: a function pointer is `Copy` whatever its error type is.
impl<E> Clone for Method<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for Method<E> {}

impl<E> tower_service::Service<tonic::Request<String>> for Method<E>
where
    tonic::Status: From<E>,
{
    type Response = tonic::Response<String>;
    type Error = tonic::Status;
    type Future = std::future::Ready<Result<tonic::Response<String>, tonic::Status>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), tonic::Status>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: tonic::Request<String>) -> Self::Future {
        let answer = (self.0)(request.get_ref());
        std::future::ready(answer.map(tonic::Response::new).map_err(tonic::Status::from))
    }
}

/// The service: `GET` by the method, any other path `UNIMPLEMENTED`.
pub(crate) struct Shelves<E>(Method<E>);

impl<E> Clone for Shelves<E> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<E> Copy for Shelves<E> {}

impl<E> Shelves<E> {
    /// The service answering `GET` with `get`.
    pub(crate) fn new(get: fn(&str) -> Result<String, E>) -> Self {
        Shelves(Method(get))
    }
}

impl<E: Send + 'static> tower_service::Service<http::Request<tonic::body::Body>> for Shelves<E>
where
    tonic::Status: From<E>,
{
    type Response = http::Response<tonic::body::Body>;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: http::Request<tonic::body::Body>) -> Self::Future {
        let method = self.0;
        Box::pin(async move {
            if request.uri().path() != GET {
                return Ok(tonic::Status::unimplemented("no such method").into_http());
            }
            Ok(tonic::server::Grpc::new(Text).unary(method, request).await)
        })
    }
}

/// Serves `service` on 127.0.0.1 (an ephemeral port) in the background; the address.
pub(crate) async fn serve<E: Send + 'static>(service: Shelves<E>) -> std::io::Result<SocketAddr>
where
    tonic::Status: From<E>,
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let incoming = tokio_stream::wrappers::TcpListenerStream::new(listener);
    tokio::spawn(tonic::transport::Server::builder().serve_with_incoming(service, incoming));
    Ok(addr)
}

/// Calls `GET` at `addr` with `message`, as a tonic client.
pub(crate) async fn get(addr: SocketAddr, message: &str) -> Result<String, tonic::Status> {
    let channel = tonic::transport::Channel::from_shared(format!("http://{addr}"))
        .map_err(|e| tonic::Status::internal(e.to_string()))?
        .connect()
        .await
        .map_err(|e| tonic::Status::unavailable(e.to_string()))?;
    let mut client = tonic::client::Grpc::new(channel);
    client.ready().await.map_err(|e| tonic::Status::unavailable(e.to_string()))?;
    let path = http::uri::PathAndQuery::from_static(GET);
    let response = client.unary(tonic::Request::new(message.to_owned()), path, Text).await?;
    Ok(response.into_inner())
}
