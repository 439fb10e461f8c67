//! warp's rejections of derived error enums (feature `warp`).
//!
//! A derived enum with `#[status_registry(warp)]` is a `warp::Reply`, a
//! `warp::reject::Reject` and a [`Rejected`]: a filter may reject with it
//! (`warp::reject::custom(error)`), and [`recover`] turns such a rejection back into the
//! member's response, the same one the value sends as a reply (status and phrase, header fields,
//! problem details with `problem`).
//!
//! ```
//! use status_registry::StatusRegistry;
//! use status_registry::rejection::recover;
//! use warp::Filter;
//!
//! #[derive(StatusRegistry, Debug)]
//! #[status_registry(warp)]
//! enum ShelfError {
//!     NotFound { id: u64 },
//! }
//!
//! impl std::fmt::Display for ShelfError {
//!     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
//!         write!(f, "there is no shelf")
//!     }
//! }
//!
//! async fn shelf(id: u64) -> Result<String, warp::Rejection> {
//!     Err(warp::reject::custom(ShelfError::NotFound { id }))
//! }
//!
//! let shelves = warp::path!("shelves" / u64).and_then(shelf).recover(recover::<ShelfError>);
//! # let _ = shelves;
//! ```

use warp::reply::Response;

/// A derived error enum's response from a reference, which [`recover`] sends for a rejection that
/// holds one. Implemented by `#[derive(StatusRegistry)]` with `#[status_registry(warp)]`.
pub trait Rejected: warp::reject::Reject {
    /// The member's response: the same as its `warp::Reply`.
    fn response(&self) -> Response;
}

/// A `recover` filter's function: the response of the `E` a rejection holds, or the rejection
/// as it came for anything else (warp's own rejections, other error types), for the next
/// `recover` or warp's default answer.
///
/// # Errors
/// The rejection itself, when it holds no `E`.
#[allow(clippy::unused_async, reason = "warp's `recover` takes a function that returns a future")]
pub async fn recover<E: Rejected>(rejection: warp::Rejection) -> Result<Response, warp::Rejection> {
    match rejection.find::<E>() {
        Some(error) => Ok(error.response()),
        None => Err(rejection),
    }
}
