//! The behaviour tests of status-registry, one module per subject, in one test binary: each
//! feature configuration of `scripts/test.sh` links it once (the subjects that depend on the
//! vendors are in `tests/vendor/`, built for each vendor alone). Run one subject with
//! `cargo test -p status-registry-tests --test it -- web::`.

mod additivity;
mod aliases;
mod bad_registries;
mod client;
mod common;
mod dependencies;
mod extension;
mod generic_errors;
mod grpc;
mod host_target;
mod interop;
mod lang;
mod no_alloc;
mod properties;
mod protocol_rules;
mod registries;
mod retry_after;
mod servers;
mod telemetry;
mod web;
