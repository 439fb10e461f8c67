//! The tests of status-registry-codegen, one module per subject, in one test binary: the derive's
//! output and errors, located diagnostics, the embedded registry, and copies of the workspace
//! built against other registries.

mod common;
mod derive;
mod diagnostics;
mod embedded;
mod scale;
mod stale_build;
