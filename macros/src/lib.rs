//! Procedural macros of `status-registry`. Use them through that crate, which re-exports them and
//! documents them; all logic lives in `status-registry-codegen`.

use proc_macro::TokenStream;
use status_registry_codegen::derive::Context;

/// Every vendor of the registry with whether its feature is on. `status-registry` forwards each
/// `vendor-<id>` feature here, so `cfg!` sees what the user enabled. A test keeps the list in step
/// with the registry.
const VENDORS: &[(&str, bool)] = &[
    ("nginx", cfg!(feature = "vendor-nginx")),
    ("cloudflare", cfg!(feature = "vendor-cloudflare")),
    ("aws-elb", cfg!(feature = "vendor-aws-elb")),
    ("iis", cfg!(feature = "vendor-iis")),
    ("windows", cfg!(feature = "vendor-windows")),
    ("exchange", cfg!(feature = "vendor-exchange")),
    ("apache", cfg!(feature = "vendor-apache")),
    ("cpanel", cfg!(feature = "vendor-cpanel")),
    ("laravel", cfg!(feature = "vendor-laravel")),
    ("twitter", cfg!(feature = "vendor-twitter")),
    ("spring", cfg!(feature = "vendor-spring")),
    ("shopify", cfg!(feature = "vendor-shopify")),
    ("arcgis", cfg!(feature = "vendor-arcgis")),
    ("ssl-labs", cfg!(feature = "vendor-ssl-labs")),
    ("pantheon", cfg!(feature = "vendor-pantheon")),
    ("linkedin", cfg!(feature = "vendor-linkedin")),
    ("smoothwall", cfg!(feature = "vendor-smoothwall")),
    ("unofficial", cfg!(feature = "vendor-unofficial")),
];

fn enabled_vendors() -> Vec<String> {
    VENDORS.iter().filter(|(_, on)| *on).map(|(id, _)| (*id).to_owned()).collect()
}

/// Derives the `status-registry` traits for an enum whose variants name registry statuses, checked
/// at compile time.
///
/// The guide, with every attribute and the rules a code follows, is the "Your own enums" section
/// of the crate documentation:
/// <https://docs.rs/status-registry/latest/status_registry/#your-own-enums>.
///
/// ```
/// use status_registry::{NonMember, Registry, Status, StatusCode, StatusRegistry};
///
/// #[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
/// enum ApiStatus {
///     Ok,                                       // by name: 200
///     NotFound,                                 // 404
///     #[status(429)]
///     SlowDown,                                 // by code; reason "Too Many Requests"
///     #[status(503, reason = "Down for maintenance")]
///     Maintenance,
///     #[status(other)]
///     Other(NonMember<Self>),                   // every other code; From<u16> is total
/// }
///
/// assert_eq!(ApiStatus::from(429), ApiStatus::SlowDown);
/// assert_eq!(ApiStatus::Maintenance.to_string(), "503 Down for maintenance");
/// assert_eq!("not found".parse::<ApiStatus>(), Ok(ApiStatus::NotFound));
/// assert_eq!(StatusCode::from(ApiStatus::NotFound), StatusCode::NotFound);
/// assert_eq!(ApiStatus::from(StatusCode::Gone).code(), 410);
/// assert_eq!(ApiStatus::ALL.len(), 4);
/// assert!(ApiStatus::SlowDown.is_client_error());
/// ```
#[proc_macro_derive(StatusRegistry, attributes(status, status_registry))]
pub fn derive_status_registry(input: TokenStream) -> TokenStream {
    let context = Context {
        enabled_vendors: enabled_vendors(),
        manifest_dir: std::env::var_os("CARGO_MANIFEST_DIR").map(Into::into),
        http: cfg!(feature = "http"),
        serde: cfg!(feature = "serde"),
    };
    status_registry_codegen::derive::derive(input.into(), &context).into()
}

/// The engine of `status_registry::status!`, which calls it as `status!($crate; 404)` so that the
/// path it expands to starts with however the user's crate names `status-registry`. Use the
/// runtime's `status!`, documented there.
#[doc(hidden)]
#[proc_macro]
pub fn status(input: TokenStream) -> TokenStream {
    status_registry_codegen::literal::status(input.into(), &enabled_vendors()).into()
}

#[cfg(test)]
mod tests {
    use super::VENDORS;

    #[test]
    fn the_vendor_list_matches_the_registry() {
        let registry = status_registry_codegen::embedded().unwrap();
        let ids: Vec<&str> = registry.vendors.iter().map(|v| v.id.value.as_str()).collect();
        let listed: Vec<&str> = VENDORS.iter().map(|(id, _)| *id).collect();
        assert_eq!(listed, ids);
    }
}
