//! Finding the registry entry that a variant name or a code refers to, for the derive and `status!`.
//!
//! A bare code resolves by [`precedence::source_meaning`], which ignores the vendor features: the
//! features only decide whether a resolved vendor meaning may be used, and the error then names the
//! feature. Errors are typed ([`ResolveError`]) and worded for the place they were written
//! ([`Site`]).

use std::fmt;

use crate::model::{Checked, CheckedEntry, VendorDef};
use crate::naming;
use crate::precedence::{self, SourceMeaning};

/// What resolution may look at: the registry and the user's extension entries. Never the vendor
/// features: a reference resolves the same in every build, and whether a vendor's meaning may be
/// used is decided by the runtime, through the gates the generated code goes through.
pub struct Scope<'r> {
    /// The built-in registry.
    pub base: &'r Checked,
    /// The user's extension entries, if the enum names an extension file.
    pub extension: Option<&'r Checked>,
    /// Whether the enum names an extension that did not load, which was reported: a code or name
    /// the registry lacks may be one of its entries, so it is no error of its own.
    pub failed_extension: bool,
}

/// An entry found by resolution.
#[derive(Clone, Copy, Debug)]
pub struct Found<'r> {
    /// The entry.
    pub status: &'r CheckedEntry,
    /// Whether it comes from the user's extension file (and so has no `StatusCode` variant).
    pub extension: bool,
    /// Whether it was named by its variant name rather than by a code, which messages mention.
    pub named: bool,
}

/// A vendor as errors name it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VendorRef {
    /// The id (`nginx`).
    pub id: String,
    /// The display name (`nginx`, `ArcGIS Server`).
    pub name: String,
    /// The feature (`vendor-nginx`).
    pub feature: String,
}

impl VendorRef {
    #[must_use]
    pub fn of(vendor: &VendorDef) -> Self {
        Self { id: vendor.id.value.clone(), name: vendor.name.value.clone(), feature: vendor.feature() }
    }
}

/// Why a code or a name did not resolve.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResolveError {
    /// The code is not in 0..=999.
    OutOfRange {
        /// The code as written.
        code: u64,
    },
    /// Neither the registry nor the extension has the code.
    NotInRegistry {
        /// The code.
        code: u16,
        /// Whether the enum already has an extension file, where the code could go.
        has_extension: bool,
    },
    /// The code or name is one vendor's, and that vendor's feature is off. Resolution never
    /// returns it; the generated code reports it through the runtime's gate.
    FeatureOff {
        /// The code.
        code: u16,
        /// The variant name, when the status was named rather than numbered.
        name: Option<String>,
        /// The vendors that send it; any one of their features makes it available.
        vendors: Vec<VendorRef>,
    },
    /// No IANA meaning and several vendor meanings: the source must pick one.
    Ambiguous {
        /// The code.
        code: u16,
        /// Each vendor with its reason phrase for the code, in precedence order.
        meanings: Vec<(VendorRef, String)>,
    },
    /// `vendor = "..."` names no vendor of the registry.
    UnknownVendor {
        /// The id as written.
        vendor: String,
        /// Every vendor id.
        known: Vec<String>,
    },
    /// The vendor exists but has no such code.
    VendorLacksCode {
        /// The code.
        code: u16,
        /// The vendor.
        vendor: VendorRef,
    },
    /// No status has this variant name.
    UnknownName {
        /// The name as written.
        name: String,
        /// The nearest name and its code, for a typo.
        suggestion: Option<(String, u16)>,
    },
}

/// Where the failing reference was written, which decides how an error tells the user to fix it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Site {
    /// `#[status(...)]`, a discriminant or a variant name in a derived enum.
    Derive,
    /// `status!(...)`.
    Macro,
}

impl ResolveError {
    /// The message for a reference written at `site`.
    #[must_use]
    pub fn message(&self, site: Site) -> String {
        Message(self, site).to_string()
    }
}

struct Message<'e>(&'e ResolveError, Site);

impl fmt::Display for Message<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Message(error, site) = *self;
        match error {
            ResolveError::OutOfRange { code } => {
                write!(f, "status code {code} is outside 0..=999; HTTP status codes have three digits")
            }
            ResolveError::NotInRegistry { code, has_extension } => {
                let hint = match (site, has_extension) {
                    (Site::Derive, true) => "add it to the extension file",
                    (Site::Derive, false) => "add your own codes with `#[status_registry(extend = \"codes.yaml\")]`",
                    (Site::Macro, _) => "`status!` names registry codes; use `StatusCode::from` for others",
                };
                write!(f, "status code {code:03} is not in the registry; {hint}")
            }
            ResolveError::FeatureOff { code, name, vendors } => {
                let owners: Vec<&str> = vendors.iter().map(|v| v.name.as_str()).collect();
                let features: Vec<String> = vendors.iter().map(|v| format!("`{}`", v.feature)).collect();
                let first = owners.first().copied().unwrap_or("a vendor");
                let what = match name {
                    Some(name) => format!("`{name}` is {} {} code ({code:03})", article(first), owners.join(" or ")),
                    None => format!("{code:03} is {} {} code", article(first), owners.join(" or ")),
                };
                write!(f, "{what}; enable feature {} of status-registry", features.join(" or "))
            }
            ResolveError::Ambiguous { code, meanings } => {
                let listed: Vec<String> =
                    meanings.iter().map(|(v, reason)| format!("`{}` {reason} ({})", v.id, v.name)).collect();
                let first = meanings.first().map_or("nginx", |(v, _)| v.id.as_str());
                let how = match site {
                    Site::Derive => format!("`#[status({code:03}, vendor = \"{first}\")]`"),
                    Site::Macro => format!("`status!({first} {code:03})`"),
                };
                write!(
                    f,
                    "status code {code:03} has no IANA meaning and several vendor meanings: {}; name the vendor, as in {how}",
                    listed.join(", ")
                )
            }
            ResolveError::UnknownVendor { vendor, known } => {
                let known: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
                write!(f, "unknown vendor `{vendor}`; expected one of {}", known.join(", "))
            }
            ResolveError::VendorLacksCode { code, vendor } => {
                write!(f, "{} has no status code {code:03} in the registry", vendor.name)
            }
            ResolveError::UnknownName { name, suggestion: Some((best, code)) } => {
                write!(f, "no status named `{name}`; did you mean `{best}` ({code:03})?")
            }
            ResolveError::UnknownName { name, suggestion: None } => write!(
                f,
                "no status named `{name}`; use a registry name such as `NotFound`, or give the code with \
                 `#[status(404)]`"
            ),
        }
    }
}

impl<'r> Scope<'r> {
    /// A registry entry as found.
    const fn found(status: &'r CheckedEntry, named: bool) -> Found<'r> {
        Found { status, extension: false, named }
    }

    /// The entry for `code`: the extension's, else the meaning [`precedence::source_meaning`] gives.
    /// With `vendor`, that vendor's own meaning.
    pub fn by_code(&self, code: u64, vendor: Option<&str>) -> Result<Found<'r>, ResolveError> {
        let code = match u16::try_from(code) {
            Ok(code) if code <= 999 => code,
            _ => return Err(ResolveError::OutOfRange { code }),
        };
        if let Some(vendor) = vendor {
            return self.by_vendor(code, vendor);
        }
        if let Some(ext) = self.extension.and_then(|e| precedence::meanings(e, code).next()) {
            return Ok(Found { status: ext, extension: true, named: false });
        }
        match precedence::source_meaning(self.base, code) {
            SourceMeaning::Iana(status) | SourceMeaning::Vendor(status) => Ok(Self::found(status, false)),
            SourceMeaning::Ambiguous(all) => Err(ResolveError::Ambiguous {
                code,
                meanings: all
                    .iter()
                    .filter_map(|s| Some((VendorRef::of(self.base.vendor_of(s)?), s.entry.reason.value.clone())))
                    .collect(),
            }),
            SourceMeaning::Missing => {
                Err(ResolveError::NotInRegistry { code, has_extension: self.extension.is_some() })
            }
        }
    }

    fn by_vendor(&self, code: u16, vendor: &str) -> Result<Found<'r>, ResolveError> {
        let Some(def) = self.base.vendors.iter().find(|v| v.id.value == vendor) else {
            return Err(ResolveError::UnknownVendor {
                vendor: vendor.to_owned(),
                known: self.base.vendors.iter().map(|v| v.id.value.clone()).collect(),
            });
        };
        let own =
            precedence::meanings(self.base, code).find(|s| self.base.vendors_of(s).iter().any(|v| v.id == def.id));
        match own {
            Some(status) => Ok(Self::found(status, false)),
            None => Err(ResolveError::VendorLacksCode { code, vendor: VendorRef::of(def) }),
        }
    }

    /// The entry with the variant name `name`, if any: the extension's first, then the registry's.
    /// No suggestion is computed, so asking is cheap.
    #[must_use]
    pub fn named(&self, name: &str) -> Option<Found<'r>> {
        if let Some(ext) = self.extension.and_then(|e| e.statuses.iter().find(|s| s.name == name)) {
            return Some(Found { status: ext, extension: true, named: true });
        }
        self.base.statuses.iter().find(|s| s.name == name).map(|status| Self::found(status, true))
    }

    /// The entry with the variant name `name`: the extension's first, then the registry's; when
    /// there is none, the error suggests the nearest name.
    pub fn by_name(&self, name: &str) -> Result<Found<'r>, ResolveError> {
        if let Some(found) = self.named(name) {
            return Ok(found);
        }
        let candidates: Vec<&CheckedEntry> =
            self.base.statuses.iter().chain(self.extension.iter().flat_map(|e| &e.statuses)).collect();
        let suggestion = naming::nearest(name, candidates.iter().map(|s| s.name.as_str())).map(|best| {
            let code = candidates.iter().find(|s| s.name == best).map_or(0, |s| s.entry.code.value);
            (best.to_owned(), code)
        });
        Err(ResolveError::UnknownName { name: name.to_owned(), suggestion })
    }
}

/// "a" or "an", by the first letter of the vendor's name as it is read aloud.
fn article(name: &str) -> &'static str {
    let lower = name.to_ascii_lowercase();
    if lower.starts_with(['a', 'e', 'i', 'o', 'u']) || lower.starts_with("nginx") || lower.starts_with("ssl") {
        "an"
    } else {
        "a"
    }
}
