//! The behaviour tests of status-registry, one module per subject, in one test binary: each
//! feature configuration of `scripts/test.sh` links it once. Run one subject with
//! `cargo test -p status-registry-tests --test it -- roundtrip::`.

mod additivity;
mod agreements;
mod aliases;
mod api;
mod bad_registries;
mod client;
mod common;
mod dependencies;
mod derive;
mod derived_parsing;
mod extension;
mod features;
mod generic_errors;
mod grpc;
mod host_target;
mod iana;
mod interop;
mod lang;
mod no_alloc;
mod precedence;
mod properties;
mod protocol_rules;
mod registries;
mod retry_after;
mod roundtrip;
mod semantics;
mod servers;
mod telemetry;
mod ui;
mod vendors;
mod web;
