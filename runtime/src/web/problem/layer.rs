//! `ProblemLayer`: the error responses a framework makes on its own (a rejected JSON body, a
//! missing content type, a route that does not exist) become problem details, so that every error
//! body of a service is `application/problem+json`, not only those its handlers write.

use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};
use std::borrow::ToOwned;
use std::string::String;
use std::vec::Vec;

use bytes::Bytes;
use http_body::{Body, Frame, SizeHint};
use pin_project_lite::pin_project;

use super::details::Problem;
use crate::{Status, StatusCode};

/// The body size [`ProblemLayer::new`] reads at most: 16 KiB.
pub const DEFAULT_LIMIT: usize = 16 * 1024;

/// A tower layer that turns bare error responses into problem details (RFC 9457).
///
/// A response with a 4xx or 5xx status becomes `application/problem+json` when its body is empty
/// (axum's 404 for a route that does not exist) or `text/plain` (axum's rejections: `400` for a
/// JSON body that does not parse, `415` for a missing content type). The problem has the status,
/// the phrase of its status line as the title (the registry's, or the one the handler set with
/// hyper's `ReasonPhrase`), and for a 4xx the text as its `detail`; a 5xx's text never reaches
/// the client. The other header fields stay.
///
/// It leaves alone: 1xx, 2xx and 3xx responses; responses with any other content type (a JSON
/// body the handler wrote, a problem already); statuses that carry no content (nginx 499); and
/// bodies that may be longer than the limit ([`DEFAULT_LIMIT`], or [`ProblemLayer::limit`]),
/// judged by the body's size hint before any of it is read, so a large or endless stream is
/// never buffered.
///
/// With axum 0.8: `Router::new().route(..).layer(ProblemLayer::new())`, which also reaches the
/// router's own 404 and 405 responses.
///
/// With [`ProblemLayer::negotiate_language`], titles follow the request's `Accept-Language`:
/// the problems the layer makes, and the `application/problem+json` bodies handlers and derived
/// members send (read within the same limit), get their title in the language the reader prefers
/// where the registry has it ([`Problem::in_language`]), with `Content-Language` and
/// `Vary: Accept-Language`. A response can do this only here: axum's `IntoResponse` does not see
/// the request.
#[derive(Clone, Copy, Debug)]
pub struct ProblemLayer {
    limit: usize,
    negotiate: bool,
}

impl ProblemLayer {
    /// The layer, reading bodies of at most [`DEFAULT_LIMIT`] bytes.
    #[must_use]
    pub const fn new() -> Self {
        ProblemLayer { limit: DEFAULT_LIMIT, negotiate: false }
    }

    /// Titles problems in the language the request's `Accept-Language` prefers (Japanese from the
    /// registry, English otherwise), as described above. The status line stays English.
    #[must_use]
    pub const fn negotiate_language(mut self) -> Self {
        self.negotiate = true;
        self
    }

    /// Reads bodies of at most `bytes` bytes; a body that may be longer passes unchanged.
    #[must_use]
    pub const fn limit(mut self, bytes: usize) -> Self {
        self.limit = bytes;
        self
    }
}

impl Default for ProblemLayer {
    fn default() -> Self {
        Self::new()
    }
}

impl<S> tower_layer::Layer<S> for ProblemLayer {
    type Service = ProblemService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        ProblemService { inner, limit: self.limit, negotiate: self.negotiate }
    }
}

/// The service [`ProblemLayer`] wraps around another.
#[derive(Clone, Debug)]
pub struct ProblemService<S> {
    inner: S,
    limit: usize,
    negotiate: bool,
}

impl<S, RequestBody, B> tower_service::Service<http::Request<RequestBody>> for ProblemService<S>
where
    S: tower_service::Service<http::Request<RequestBody>, Response = http::Response<B>>,
    B: Body<Data = Bytes>,
{
    type Response = http::Response<ProblemBody<B>>;
    type Error = S::Error;
    type Future = ProblemFuture<S::Future, B>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: http::Request<RequestBody>) -> Self::Future {
        let lang = self.negotiate.then(|| crate::language::accept_language(request.headers()));
        ProblemFuture { state: State::Waiting { inner: self.inner.call(request) }, limit: self.limit, lang }
    }
}

pin_project! {
    /// The response future of [`ProblemService`]: the inner service's response, with a bare
    /// error body read and replaced by its problem.
    pub struct ProblemFuture<F, B> {
        #[pin]
        state: State<F, B>,
        limit: usize,
        // The reader's language, when the layer negotiates.
        lang: Option<crate::Lang>,
    }
}

pin_project! {
    #[project = StateProjection]
    enum State<F, B> {
        Waiting { #[pin] inner: F },
        Reading { parts: Option<http::response::Parts>, #[pin] body: B, text: Vec<u8>, problem: bool },
        Done,
    }
}

impl<F, B, E> Future for ProblemFuture<F, B>
where
    F: Future<Output = Result<http::Response<B>, E>>,
    B: Body<Data = Bytes>,
{
    type Output = Result<http::Response<ProblemBody<B>>, E>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut this = self.project();
        loop {
            match this.state.as_mut().project() {
                StateProjection::Waiting { inner } => {
                    let response = match core::task::ready!(inner.poll(cx)) {
                        Ok(response) => response,
                        Err(error) => {
                            this.state.set(State::Done);
                            return Poll::Ready(Err(error));
                        }
                    };
                    let problem = this.lang.is_some() && is_problem(&response, *this.limit);
                    if !problem && !is_bare_error(&response, *this.limit) {
                        this.state.set(State::Done);
                        return Poll::Ready(Ok(response.map(ProblemBody::original)));
                    }
                    let (parts, body) = response.into_parts();
                    this.state.set(State::Reading { parts: Some(parts), body, text: Vec::new(), problem });
                }
                StateProjection::Reading { parts, body, text, problem } => {
                    // A body that sends more than its size hint promised, or fails, loses its text.
                    let finished = match core::task::ready!(body.poll_frame(cx)) {
                        Some(Ok(frame)) => match frame.into_data() {
                            Ok(data) if text.len() + data.len() <= *this.limit => {
                                text.extend_from_slice(&data);
                                None
                            }
                            Ok(_) => Some(Vec::new()),
                            Err(_trailers) => None,
                        },
                        Some(Err(_)) => Some(Vec::new()),
                        None => Some(core::mem::take(text)),
                    };
                    let Some(text) = finished else { continue };
                    let Some(parts) = parts.take() else { continue };
                    let response = if *problem {
                        translated(parts, text, *this.lang)
                    } else {
                        problem_response(parts, &text, *this.lang)
                    };
                    this.state.set(State::Done);
                    return Poll::Ready(Ok(response));
                }
                // Polled again after it finished: nothing sensible to return, and tower's
                // contract says this does not happen.
                StateProjection::Done => return Poll::Pending,
            }
        }
    }
}

/// Whether `response` is an error this layer replaces: 4xx or 5xx, a status that may have
/// content, an empty body or a `text/plain` one of at most `limit` bytes.
fn is_bare_error<B: Body>(response: &http::Response<B>, limit: usize) -> bool {
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return false;
    }
    if !StatusCode::from(status.as_u16()).allows_content() {
        return false;
    }
    let body = response.body();
    let empty = body.is_end_stream() || body.size_hint().exact() == Some(0);
    match response.headers().get(http::header::CONTENT_TYPE) {
        None => empty,
        Some(value) => {
            let plain = value.to_str().ok().and_then(|v| v.split(';').next()).map(str::trim);
            let fits = body.size_hint().upper().is_some_and(|upper| upper <= limit as u64);
            plain.is_some_and(|media| media.eq_ignore_ascii_case("text/plain")) && fits
        }
    }
}

/// Whether `response` is problem details the layer can title for its reader: `application/problem+json`
/// with a body of at most `limit` bytes, by its size hint.
fn is_problem<B: Body>(response: &http::Response<B>, limit: usize) -> bool {
    let media = response.headers().get(http::header::CONTENT_TYPE).and_then(|v| v.to_str().ok());
    let media = media.and_then(|v| v.split(';').next()).map(str::trim);
    media.is_some_and(|m| m.eq_ignore_ascii_case(Problem::CONTENT_TYPE))
        && response.body().size_hint().upper().is_some_and(|upper| upper <= limit as u64)
}

/// The problem details body `text` titled in `lang`, with `Content-Language` and `Vary`; a body
/// that does not read as a problem (or was cut short) goes out as it came.
fn translated<B>(
    mut parts: http::response::Parts,
    text: Vec<u8>,
    lang: Option<crate::Lang>,
) -> http::Response<ProblemBody<B>> {
    let read = serde_json::from_slice::<Problem>(&text).ok().filter(|_| !text.is_empty());
    let (Some(problem), Some(lang)) = (read, lang) else {
        return http::Response::from_parts(parts, ProblemBody::replaced(Bytes::from(text)));
    };
    let problem = problem.in_language(lang);
    let body = serde_json::to_vec(&problem).unwrap_or(text);
    parts.headers.remove(http::header::CONTENT_LENGTH);
    crate::language::language_headers(&mut parts.headers, problem.language());
    http::Response::from_parts(parts, ProblemBody::replaced(Bytes::from(body)))
}

/// The problem response that replaces a bare error with these `parts` and body `text`, titled in
/// `lang` when the layer negotiates.
fn problem_response<B>(
    mut parts: http::response::Parts,
    text: &[u8],
    lang: Option<crate::Lang>,
) -> http::Response<ProblemBody<B>> {
    let code = parts.status.as_u16();
    let status = status_of(&parts);
    let mut problem = Problem::new(status);
    let phrase = status.reason();
    problem = problem.with_title(if phrase.is_empty() { crate::Class::from_code(code).description() } else { phrase });
    let detail = String::from_utf8_lossy(text);
    let detail = detail.trim();
    if parts.status.is_client_error() && !detail.is_empty() {
        problem = problem.with_detail(detail.to_owned());
    }
    if let Some(lang) = lang {
        problem = problem.in_language(lang);
        crate::language::language_headers(&mut parts.headers, problem.language());
    }
    // A map of JSON values always serializes; were it not to, the body is empty.
    let body = serde_json::to_vec(&problem).unwrap_or_default();
    parts.headers.remove(http::header::CONTENT_LENGTH);
    parts.headers.insert(http::header::CONTENT_TYPE, http::HeaderValue::from_static(Problem::CONTENT_TYPE));
    http::Response::from_parts(parts, ProblemBody::replaced(Bytes::from(body)))
}

/// The status of the response: the phrase the handler set picks among the code's meanings.
#[cfg(feature = "hyper")]
fn status_of(parts: &http::response::Parts) -> StatusCode {
    StatusCode::from_http_parts(parts.status, &parts.extensions)
}

#[cfg(not(feature = "hyper"))]
fn status_of(parts: &http::response::Parts) -> StatusCode {
    StatusCode::from(parts.status.as_u16())
}

pin_project! {
    /// The body of a response that passed [`ProblemLayer`]: the original one, or the problem that
    /// replaced it.
    pub struct ProblemBody<B> {
        #[pin]
        inner: Inner<B>,
    }
}

pin_project! {
    #[project = InnerProjection]
    enum Inner<B> {
        Original { #[pin] body: B },
        Replaced { data: Option<Bytes> },
    }
}

impl<B> ProblemBody<B> {
    fn original(body: B) -> Self {
        ProblemBody { inner: Inner::Original { body } }
    }

    fn replaced(data: Bytes) -> Self {
        ProblemBody { inner: Inner::Replaced { data: Some(data) } }
    }

    /// Whether the layer replaced the body with a problem.
    #[must_use]
    pub fn is_problem(&self) -> bool {
        matches!(self.inner, Inner::Replaced { .. })
    }
}

impl<B: Body<Data = Bytes>> Body for ProblemBody<B> {
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        match self.project().inner.project() {
            InnerProjection::Original { body } => body.poll_frame(cx),
            InnerProjection::Replaced { data } => Poll::Ready(data.take().map(|d| Ok(Frame::data(d)))),
        }
    }

    fn is_end_stream(&self) -> bool {
        match &self.inner {
            Inner::Original { body } => body.is_end_stream(),
            Inner::Replaced { data } => data.is_none(),
        }
    }

    fn size_hint(&self) -> SizeHint {
        match &self.inner {
            Inner::Original { body } => body.size_hint(),
            Inner::Replaced { data } => SizeHint::with_exact(data.as_ref().map_or(0, |d| d.len() as u64)),
        }
    }
}
