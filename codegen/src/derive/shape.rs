//! The model every generator of the derive reads: the checked enum, its members and catch-all, and
//! the user's extension registry.

use proc_macro2::{Ident, TokenStream};
use quote::quote;

use super::attr::Payload;
use super::members::{CatchAll, Member};
use crate::model::Checked;

/// What the generators look at.
pub(crate) struct Shape<'s, 'a, 'r> {
    pub(crate) name: &'a Ident,
    /// The enum's lifetimes and type parameters with their bounds; only an error enum has any.
    pub(crate) generics: &'a syn::Generics,
    /// A fieldless enum's where clause that asks for `Copy`, which every one of its impls carries.
    pub(crate) copy: Option<syn::WhereClause>,
    pub(crate) krate: &'s TokenStream,
    /// Members in declaration order.
    pub(crate) members: &'s [Member<'a, 'r>],
    pub(crate) catch_all: Option<&'s CatchAll<'a>>,
    pub(crate) extension: Option<&'r Checked>,
    /// Whether a member carries data: an error enum, built from its values and never from a code.
    pub(crate) data: bool,
}

impl Shape<'_, '_, '_> {
    /// The where clause of every impl: the enum's own, or for a fieldless enum that it is `Copy`.
    pub(crate) fn bounds(&self) -> Option<&syn::WhereClause> {
        self.copy.as_ref().or(self.generics.where_clause.as_ref())
    }

    pub(crate) fn idents(&self) -> Vec<&Ident> {
        self.members.iter().map(|m| m.ident).collect()
    }

    /// The value of `catch_all` holding `code` (an expression of type `u16`), as an
    /// `Option<Self>`: `None` when a member has the code and the payload, a `NonMember`, refuses it.
    /// Usable in `const`.
    pub(crate) fn other_value(&self, catch_all: &CatchAll<'_>, code: &TokenStream) -> TokenStream {
        let (name, krate, other) = (self.name, self.krate, catch_all.ident);
        match catch_all.payload {
            Payload::Code => quote!(::core::option::Option::Some(#name::#other(#code))),
            Payload::NonMember => quote! {
                match #krate::NonMember::<#name>::new(#code) {
                    ::core::option::Option::Some(payload) => ::core::option::Option::Some(#name::#other(payload)),
                    ::core::option::Option::None => ::core::option::Option::None,
                }
            },
        }
    }

    /// A match arm for the catch-all that runs `body` with its code bound to `code`.
    pub(crate) fn other_arm(&self, body: &TokenStream) -> Option<TokenStream> {
        let CatchAll { ident: other, payload } = self.catch_all?;
        let name = self.name;
        Some(match payload {
            Payload::Code => quote!(#name::#other(code) => { #body }),
            Payload::NonMember => quote!(#name::#other(payload) => { let code = payload.get(); #body }),
        })
    }

    /// The pattern of the catch-all, whatever it holds: `Name::Other(_)`.
    pub(crate) fn other_pattern(&self) -> Option<TokenStream> {
        let CatchAll { ident: other, .. } = self.catch_all?;
        let name = self.name;
        Some(quote!(#name::#other(_)))
    }
}

/// What a generator is asked for besides the enum.
#[derive(Clone, Copy)]
pub(crate) struct Asked {
    /// Whether the enum asked for `problem` too: responses and documents carry problem details.
    pub(crate) problem: bool,
    /// The runtime feature the impls are for (`utoipa` or `utoipa5` for `utoipa`).
    pub(crate) feature: &'static str,
}
