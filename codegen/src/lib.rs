//! The engine behind `status-registry`: the registry model, YAML loading, validation with located
//! errors, and Rust code generation, as a plain library.
//!
//! **This crate is internal.** It serves `status-registry-macros`, the `statusreg` tool and the
//! workspace's generator; its API follows what they need and may change in any release, whatever
//! the version number says. Depend on `status-registry` instead.
//!
//! Everything here runs without a compiler, so it is tested like any other library. The pipeline
//! reads the YAML into the model, checks the rules that span entries (names,
//! precedence) into [`model::Checked`], and generates from that: [`mod@builtin`] (the rows of the
//! built-in types), [`mod@derive`] and [`status()`]. [`load`] runs the first two.
//!
//! ```
//! let checked = status_registry_codegen::load(status_registry_codegen::EMBEDDED, "registry.yaml").unwrap();
//! assert!(checked.statuses.iter().any(|s| s.name == "NotFound"));
//! ```

pub mod builtin;
/// The runtime's calendar and HTTP-date reader, compiled here too: one date reader for the
/// workspace.
#[path = "shared/date.rs"]
#[allow(dead_code, reason = "the HTTP-date half is the runtime's")]
mod date;
pub mod derive;
mod diag;
mod gates;
#[cfg(feature = "iana")]
#[cfg_attr(docsrs, doc(cfg(feature = "iana")))]
pub mod iana;
mod literal;
pub mod model;
mod naming;
mod parse;
mod phrase;
mod precedence;
#[cfg(feature = "render")]
#[cfg_attr(docsrs, doc(cfg(feature = "render")))]
pub mod render;
mod resolve;
#[cfg(feature = "standalone")]
#[cfg_attr(docsrs, doc(cfg(feature = "standalone")))]
pub mod standalone;
mod tokens;
mod validate;
mod yaml;

pub use diag::{Diagnostic, Diagnostics, Loc};
pub use literal::status;
pub use naming::nearest;
pub use tokens::display_text;
use validate::{validate, validate_extension};

/// The release series of the crates (`major.minor`), as users write it in `Cargo.toml`.
pub(crate) const RELEASE: &str = "0.5";

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
    date::IsoDate(days).to_string()
}

/// The embedded registry, loaded once per process (a compiler session expands many derives).
pub fn embedded() -> Result<&'static model::Checked, &'static Diagnostics> {
    static EMBEDDED_REGISTRY: std::sync::OnceLock<Result<model::Checked, Diagnostics>> = std::sync::OnceLock::new();
    EMBEDDED_REGISTRY.get_or_init(|| load(EMBEDDED, "registry.yaml")).as_ref()
}

#[cfg(test)]
mod tests {
    /// Messages that tell users what to write in `Cargo.toml` name this release series.
    #[test]
    fn the_release_series_is_this_version() {
        assert!(env!("CARGO_PKG_VERSION").starts_with(&format!("{}.", super::RELEASE)));
    }
}
