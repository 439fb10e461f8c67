//! Members that are vendors' codes, gated on the runtime's vendor features (see [`crate::gates`]).

use proc_macro2::TokenStream;
use quote::quote;

use super::members::Member;
use crate::gates;
use crate::model::{Checked, VendorDef};
use crate::resolve::{ResolveError, Site, VendorRef};

/// For every member that is a vendor's code, a check that reports it when the runtime lacks the
/// vendor; and `body` gated on every such vendor, with `stubs` in its place otherwise, so that the
/// one error per member is all the user sees.
pub(crate) fn vendors(
    krate: &TokenStream,
    base: &Checked,
    members: &[Member<'_, '_>],
    body: &TokenStream,
    stubs: &TokenStream,
) -> (TokenStream, TokenStream) {
    let mut checks = TokenStream::new();
    let mut needed: Vec<&VendorDef> = Vec::new();
    for member in members.iter().filter(|m| !m.found.extension) {
        let Some(vendor) = base.vendor_of(member.found.status) else { continue };
        let error = ResolveError::FeatureOff {
            code: member.code(),
            name: member.found.named.then(|| member.ident.to_string()),
            vendor: VendorRef::of(vendor),
        };
        let error = gates::error(member.origin, &error.message(Site::Derive));
        checks.extend(gates::vendor(krate, vendor, &TokenStream::new(), &quote!(#error;)));
        if !needed.iter().any(|v| v.id == vendor.id) {
            needed.push(vendor);
        }
    }
    (checks, gates::all_vendors(krate, &needed, body, stubs))
}
