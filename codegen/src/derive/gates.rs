//! Members that are vendors' codes, gated on the runtime's vendor features (see [`crate::gates`]).

use proc_macro2::TokenStream;
use quote::quote;

use super::members::Member;
use crate::gates;
use crate::model::{Checked, VendorDef};
use crate::resolve::{ResolveError, Site, VendorRef};

/// For every member that is a vendor's code, a check that reports it when the runtime lacks the
/// vendor; and `body` gated on every such vendor, with the stubs in its place otherwise, so that
/// the one error per member is all the user sees. `stubs` is called only when some member is a
/// vendor's code: an enum without one (most) pays nothing for them.
pub(crate) fn vendors(
    krate: &TokenStream,
    base: &Checked,
    members: &[Member<'_, '_>],
    body: &TokenStream,
    stubs: impl FnOnce() -> TokenStream,
) -> (TokenStream, TokenStream) {
    let mut checks = TokenStream::new();
    let mut needed: Vec<Vec<&VendorDef>> = Vec::new();
    for member in members.iter().filter(|m| !m.found.extension) {
        let vendors = base.vendors_of(member.found.status);
        if vendors.is_empty() {
            continue;
        }
        let error = ResolveError::FeatureOff {
            code: member.code(),
            name: member.found.named.then(|| member.ident.to_string()),
            vendors: vendors.iter().map(|v| VendorRef::of(v)).collect(),
        };
        let error = gates::error(member.origin, &error.message(Site::Derive));
        checks.extend(gates::any_vendor(krate, &vendors, &TokenStream::new(), &quote!(#error;)));
        if !needed.iter().any(|n| n.iter().map(|v| &v.id).eq(vendors.iter().map(|v| &v.id))) {
            needed.push(vendors);
        }
    }
    if needed.is_empty() {
        return (checks, body.clone());
    }
    // The impls need each member's meaning: one gate per distinct set of vendors, nested.
    let stubs = stubs();
    let body =
        needed.iter().rev().fold(body.clone(), |inner, vendors| gates::any_vendor(krate, vendors, &inner, &stubs));
    (checks, body)
}
