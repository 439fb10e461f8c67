//! Every HTTP status code, IANA-registered and vendor-specific, as typed Rust.
//!
//! [`StatusCode`] is generated at compile time from `registry.yaml`, one data file that lists every
//! code of the IANA registry and the private codes real traffic carries: nginx 499, Cloudflare
//! 520-530, AWS ELB 000 and 460, IIS 440 and 449, Shopify 430 and 783, LinkedIn 999 and more. Each
//! entry has its reason phrase and aliases, the specification, a lifecycle, semantics (cacheable by
//! default, content allowed, Retry-After, a retry hint) and a description in English and Japanese.
//!
//! ```
//! use status_registry::{Class, Status, StatusCode};
//!
//! let status = StatusCode::from(404);
//! assert_eq!(status, StatusCode::NotFound);
//! assert_eq!(status.reason(), "Not Found");
//! assert_eq!(status.to_string(), "404 Not Found");
//! assert_eq!(status.class(), Class::ClientError);
//! assert!(status.is_cacheable());
//!
//! // Old and alternative phrases parse too.
//! assert_eq!("Payload Too Large".parse(), Ok(StatusCode::ContentTooLarge));
//!
//! // A code the registry does not know still converts, and keeps its number.
//! assert!(!StatusCode::from(799).is_registered());
//! assert_eq!(u16::from(StatusCode::from(799)), 799);
//! ```
//!
//! # Cargo features
//!
//! - `std` (default): `std::error::Error` for the error types. Without it the crate is `no_std`
//!   and does not allocate.
//! - `vendor-<id>`: the codes of one vendor. None is on by default; `all-vendors` turns on all.
//!
//! | feature | vendor | codes |
//! |---|---|---|
//! | `vendor-nginx` | nginx | 444, 494, 495, 496, 497, 499 |
//! | `vendor-cloudflare` | Cloudflare | 520-527, 530 |
//! | `vendor-aws-elb` | AWS Elastic Load Balancing | 000, 460, 463, 464, 561 |
//! | `vendor-iis` | Microsoft IIS | 440, 449, 450, 451 |
//! | `vendor-apache` | Apache HTTP Server | 218, 509 |
//! | `vendor-cpanel` | cPanel | 508, 509 |
//! | `vendor-laravel` | Laravel | 419 |
//! | `vendor-twitter` | Twitter | 420 |
//! | `vendor-spring` | Spring Framework | 420 |
//! | `vendor-shopify` | Shopify | 430, 530, 540, 783 |
//! | `vendor-arcgis` | ArcGIS Server | 498, 499 |
//! | `vendor-ssl-labs` | SSL Labs (Qualys) | 529 |
//! | `vendor-pantheon` | Pantheon | 530 |
//! | `vendor-linkedin` | LinkedIn | 999 |
//! | `vendor-smoothwall` | Smoothwall | 419 |
//! | `vendor-unofficial` | Unofficial conventions | 103, 499, 598, 599 |
//!
//! When several vendors give a meaning to one code, `StatusCode::from` picks the IANA meaning, then
//! the vendor that comes first in this table; [`StatusCode::lookup_in`] asks for one vendor's
//! meaning. Features unify across a build, so another crate may enable a vendor for yours:
//! [`StatusCode`] is `#[non_exhaustive]`.
#![cfg_attr(not(feature = "std"), no_std)]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod class;
mod error;
mod info;
#[doc(hidden)]
pub mod __private {
    pub use crate::private::parse_member;
}
mod private;
mod status_code;
mod traits;
mod unregistered;

pub use class::Class;
pub use error::{ParseErrorKind, ParseStatusError, UnknownStatusError};
pub use info::{Info, Lifecycle, Retry};
pub use status_code::{StatusCode, Vendor};
pub use traits::{Registry, Status};
pub use unregistered::Unregistered;

pub use status_registry_macros::{StatusRegistry, status};
