//! Finding the registry entry that a variant name or a code refers to, for the derive and `status!`.
//!
//! Resolution knows which vendor features are on, so it can tell a user exactly which feature a
//! vendor code needs, and it suggests the nearest name for a typo.

use crate::model::{Checked, CheckedEntry};
use crate::naming;

/// What resolution may look at: the registry, the user's extension entries and the vendors whose
/// features are on.
pub struct Scope<'r> {
    /// The built-in registry.
    pub base: &'r Checked,
    /// The user's extension entries, if the enum names an extension file.
    pub extension: Option<&'r Checked>,
    /// Ids of the vendors whose `vendor-<id>` feature is on.
    pub enabled: &'r [String],
}

/// An entry found by resolution.
#[derive(Clone, Copy)]
pub struct Found<'r> {
    /// The entry.
    pub status: &'r CheckedEntry,
    /// Whether it comes from the user's extension file (and so has no `StatusCode` variant).
    pub extension: bool,
}

impl<'r> Scope<'r> {
    fn enabled(&self, status: &CheckedEntry) -> bool {
        self.base.vendor_of(status).is_none_or(|v| self.enabled.contains(&v.id.value))
    }

    fn found(status: &'r CheckedEntry, extension: bool) -> Found<'r> {
        Found { status, extension }
    }

    /// The entry for `code`: the extension's, else the IANA meaning, else the first enabled vendor's.
    /// With `vendor`, that vendor's own meaning.
    pub fn by_code(&self, code: u64, vendor: Option<&str>) -> Result<Found<'r>, String> {
        let Ok(code) = u16::try_from(code) else { return Err(outside(code)) };
        if code > 999 {
            return Err(outside(code.into()));
        }
        if let Some(vendor) = vendor {
            return self.by_vendor(code, vendor);
        }
        if let Some(ext) = self.extension.and_then(|e| e.statuses.iter().find(|s| s.entry.code.value == code)) {
            return Ok(Self::found(ext, true));
        }
        let meanings: Vec<&CheckedEntry> = self.base.statuses.iter().filter(|s| s.entry.code.value == code).collect();
        if let Some(status) = meanings.iter().find(|s| self.enabled(s)) {
            return Ok(Self::found(status, false));
        }
        if meanings.is_empty() {
            let hint = if self.extension.is_some() {
                "add it to the extension file"
            } else {
                "add your own codes with `#[status_registry(extend = \"codes.yaml\")]`"
            };
            return Err(format!("status code {code:03} is not in the registry; {hint}"));
        }
        Err(self.feature_hint(code, &meanings))
    }

    fn by_vendor(&self, code: u16, vendor: &str) -> Result<Found<'r>, String> {
        let Some(def) = self.base.vendors.iter().find(|v| v.id.value == vendor) else {
            let known: Vec<String> = self.base.vendors.iter().map(|v| format!("`{}`", v.id.value)).collect();
            return Err(format!("unknown vendor `{vendor}`; expected one of {}", known.join(", ")));
        };
        let Some(status) = self
            .base
            .statuses
            .iter()
            .find(|s| s.entry.code.value == code && self.base.vendor_of(s).is_some_and(|v| v.id == def.id))
        else {
            return Err(format!("{} has no status code {code:03} in the registry", def.name.value));
        };
        if self.enabled(status) { Ok(Self::found(status, false)) } else { Err(self.feature_hint(code, &[status])) }
    }

    /// Why a code whose every meaning belongs to a disabled vendor cannot be used, and which feature
    /// to enable.
    fn feature_hint(&self, code: u16, meanings: &[&CheckedEntry]) -> String {
        let vendors: Vec<_> = meanings.iter().filter_map(|s| self.base.vendor_of(s)).collect();
        match vendors.as_slice() {
            [one] => format!(
                "{code:03} is {} {} code; enable feature `{}` of status-registry",
                article(&one.name.value),
                one.name.value,
                one.feature()
            ),
            many => {
                let names: Vec<&str> = many.iter().map(|v| v.name.value.as_str()).collect();
                let features: Vec<String> = many.iter().map(|v| format!("`{}`", v.feature())).collect();
                format!(
                    "{code:03} is a code of {}; enable one of the features {} of status-registry",
                    names.join(", "),
                    features.join(", ")
                )
            }
        }
    }

    /// The entry with the variant name `name`: the extension's first, then the registry's.
    pub fn by_name(&self, name: &str) -> Result<Found<'r>, String> {
        if let Some(ext) = self.extension.and_then(|e| e.statuses.iter().find(|s| s.name == name)) {
            return Ok(Self::found(ext, true));
        }
        if let Some(status) = self.base.statuses.iter().find(|s| s.name == name) {
            if self.enabled(status) {
                return Ok(Self::found(status, false));
            }
            let vendor = self.base.vendor_of(status).map(|v| (v.name.value.as_str(), v.feature()));
            if let Some((vendor, feature)) = vendor {
                return Err(format!(
                    "`{name}` is {} {vendor} code ({:03}); enable feature `{feature}` of status-registry",
                    article(vendor),
                    status.entry.code.value
                ));
            }
        }
        let all = self.base.statuses.iter().chain(self.extension.iter().flat_map(|e| &e.statuses));
        let candidates: Vec<&CheckedEntry> = all.collect();
        match naming::nearest(name, candidates.iter().map(|s| s.name.as_str())) {
            Some(best) => {
                let code = candidates.iter().find(|s| s.name == best).map_or(0, |s| s.entry.code.value);
                Err(format!("no status named `{name}`; did you mean `{best}` ({code:03})?"))
            }
            None => Err(format!(
                "no status named `{name}`; use a registry name such as `NotFound`, or give the code with \
                 `#[status(404)]`"
            )),
        }
    }
}

fn outside(code: u64) -> String {
    format!("status code {code} is outside 0..=999; HTTP status codes have three digits")
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
