//! The behaviour that depends on which vendors are on, in a test binary of its own:
//! `scripts/test.sh` builds and runs it once for each vendor alone (and with none and all, with
//! the rest of the tests), and it links only what these subjects need. Every `u16`, precedence,
//! the presence of each vendor's codes, the API contract, the IANA oracle, the derive and the
//! agreements of derived enums (whose vendor shapes compile only with their vendor), their
//! meanings and parsing.

mod agreements;
mod api;
#[path = "../it/common/mod.rs"]
mod common;
mod derive;
mod derived_parsing;
mod features;
mod iana;
mod precedence;
mod roundtrip;
mod semantics;
mod vendors;
