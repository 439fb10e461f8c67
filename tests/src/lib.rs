//! Behaviour tests of `status-registry` live in `tests/`; this library is empty.

/// The README's Rust examples, compiled and run as doctests when every vendor is on.
#[cfg(all(doctest, feature = "all-vendors"))]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;
