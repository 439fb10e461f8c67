//! Behaviour tests of `status-registry` live in `tests/`; this library is empty.
