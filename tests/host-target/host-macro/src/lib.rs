//! `host_code!()`: the code of nginx's 499, looked up while the macro expands.

use proc_macro::TokenStream;

/// Expands to nginx's 499 as a `u16` literal.
#[proc_macro]
pub fn host_code(_: TokenStream) -> TokenStream {
    let code = status_registry::StatusCode::NginxClientClosedRequest.code();
    format!("{code}u16").parse().unwrap()
}
