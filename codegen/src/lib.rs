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

// docs.rs builds with `--cfg docsrs` on nightly and shows which feature each item needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod derive;
mod gates;
#[cfg(feature = "iana")]
#[cfg_attr(docsrs, doc(cfg(feature = "iana")))]
pub mod iana;
mod literal;
#[cfg(feature = "render")]
#[cfg_attr(docsrs, doc(cfg(feature = "render")))]
pub mod render;
#[cfg(feature = "standalone")]
#[cfg_attr(docsrs, doc(cfg(feature = "standalone")))]
pub mod standalone;

pub use literal::status;
pub use status_registry_model::docs::display_text;
pub use status_registry_model::{
    Diagnostic, Diagnostics, EMBEDDED, Loc, builtin, decode, embedded, iso_date_of_day, load, load_extension, model,
    nearest,
};
// The registry's internals the generators read.
use status_registry_model::{grpc, naming, phrase, resolve};

/// The release series of the crates (`major.minor`), as users write it in `Cargo.toml`.
pub(crate) const RELEASE: &str = "0.6";

#[cfg(test)]
mod tests {
    /// Messages that tell users what to write in `Cargo.toml` name this release series.
    #[test]
    fn the_release_series_is_this_version() {
        assert!(env!("CARGO_PKG_VERSION").starts_with(&format!("{}.", super::RELEASE)));
    }
}
