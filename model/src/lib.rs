//! The registry of `status-registry`: its model, the YAML reader, validation with located errors,
//! and the precedence of meanings that share a code.
//!
//! **This crate is internal.** It serves `status-registry-codegen` (and through it the
//! proc-macro, `statusreg` and the workspace's generator), and its API follows what they need; it
//! may change in any release, whatever the version number says. Depend on `status-registry`.
//!
//! It has no syntax-tree dependency, so in a clean build it compiles beside `syn`, and the
//! proc-macro's code generator (`status-registry-codegen`) starts from both.

pub mod builtin;
/// The runtime's calendar, compiled here too: one calendar for the workspace.
mod calendar;
mod diag;
#[doc(hidden)]
pub mod docs;
#[doc(hidden)]
pub mod grpc;
/// The runtime's `Lifecycle`, `Retry` and `Level`, compiled here too.
#[allow(dead_code, reason = "the runtime's API on them is wider than the reader needs")]
mod keywords;
pub mod model;
#[doc(hidden)]
pub mod naming;
mod parse;
#[doc(hidden)]
pub mod phrase;
#[doc(hidden)]
pub mod precedence;
#[doc(hidden)]
pub mod resolve;
mod validate;
mod yaml;

pub use diag::{Diagnostic, Diagnostics, Loc};
pub use naming::nearest;
use validate::{validate, validate_extension};

/// The registry that ships with the crates, read at compile time so that editing it rebuilds
/// everything generated from it.
pub const EMBEDDED: &str = include_str!("../registry.yaml");

/// Descriptions longer than this many bytes are refused; the longest real one is under 300.
pub(crate) const MAX_DESCRIPTION_LEN: usize = 1000;

/// Parses and validates registry text. `origin` is the file name shown in messages.
///
/// Entries that fail to parse are left out of validation, so one pass reports both kinds of problem.
pub fn load(source: &str, origin: &str) -> Result<model::Checked, Diagnostics> {
    let (registry, mut diags) = parse::parse_lossy(source, origin, parse::Schema::Registry);
    match validate(registry, origin) {
        Ok(checked) => diags.finish(checked),
        Err(more) => {
            diags.extend(more);
            diags.finish(model::Checked::default())
        }
    }
}

/// `bytes` as UTF-8 text, or a diagnostic at the line and column of the first invalid byte.
pub fn decode<'a>(bytes: &'a [u8], origin: &str) -> Result<&'a str, Diagnostics> {
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = &bytes[..error.valid_up_to()];
        let line = valid.split(|b| *b == b'\n').count();
        let col = valid.iter().rev().take_while(|b| **b != b'\n').count() + 1;
        let mut diags = Diagnostics::new(origin);
        diags.error(Loc::new(line, col), "the file is not UTF-8; save it as UTF-8");
        diags
    })
}

/// Parses and validates a user's extension file against the `base` registry it extends.
pub fn load_extension(source: &str, origin: &str, base: &model::Checked) -> Result<model::Checked, Diagnostics> {
    let (registry, mut diags) = parse::parse_lossy(source, origin, parse::Schema::Extension);
    match validate_extension(registry, origin, base) {
        Ok(checked) => diags.finish(checked),
        Err(more) => {
            diags.extend(more);
            diags.finish(model::Checked::default())
        }
    }
}

/// The date `days` after 1970-01-01 as `YYYY-MM-DD`, by the calendar the registry's dates are
/// checked with; `statusreg check` writes today's date with it.
#[must_use]
pub fn iso_date_of_day(days: i64) -> String {
    calendar::IsoDate(days).to_string()
}

/// The embedded registry, loaded once per process (a compiler session expands many derives).
pub fn embedded() -> Result<&'static model::Checked, &'static Diagnostics> {
    static EMBEDDED_REGISTRY: std::sync::OnceLock<Result<model::Checked, Diagnostics>> = std::sync::OnceLock::new();
    EMBEDDED_REGISTRY.get_or_init(|| load(EMBEDDED, "registry.yaml")).as_ref()
}
