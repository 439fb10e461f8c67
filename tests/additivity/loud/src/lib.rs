//! A crate that turns everything on and asks the derive for its interop impls.

use status_registry::{NonMember, StatusRegistry};

/// What this crate's proxy reports.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(serde, http)]
pub enum Edge {
    Ok,
    #[status(499, vendor = "nginx")]
    ClientClosed,
    CloudflareConnectionTimedOut,
    #[status(other)]
    Other(NonMember<Self>),
}

/// This crate's meanings, one line each.
#[must_use]
pub fn report() -> String {
    let json = serde_json::to_string(&Edge::ClientClosed).unwrap();
    let back: Edge = serde_json::from_str(&json).unwrap();
    let wire = http::StatusCode::try_from(Edge::CloudflareConnectionTimedOut);
    format!("edge {} json {json} back {back:?} wire {wire:?}\n", Edge::ClientClosed)
}
