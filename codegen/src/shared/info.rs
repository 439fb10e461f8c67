// @generated from runtime/src/info.rs by `cargo run -p status-registry-regen`; do not edit by hand.
//! The registry's record of one status, and the small enums it uses.
//!
//! This file uses nothing but `core` and its parent module, so `statusreg generate` copies it,
//! unchanged, into the module it writes: its records are this `Info`.

use super::{HeaderRule, Level, Lifecycle, Retry, Vendor};

/// A language the registry has text in.
///
/// Reason phrases on the wire and `Display` stay English; Japanese text is for people reading logs,
/// dashboards and error pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Lang {
    /// English, the language of reason phrases on the wire.
    En,
    /// Japanese.
    Ja,
}

impl Lang {
    /// The language with the given tag (`en`, `ja`, `ja-JP`), ignoring ASCII case.
    #[must_use]
    pub fn from_tag(tag: &str) -> Option<Self> {
        let primary = tag.split(['-', '_']).next().unwrap_or(tag);
        if primary.eq_ignore_ascii_case("en") {
            Some(Lang::En)
        } else if primary.eq_ignore_ascii_case("ja") {
            Some(Lang::Ja)
        } else {
            None
        }
    }
}

/// Everything the registry records about one meaning of a code.
///
/// Obtained from [`StatusCode::info`](super::StatusCode::info), or from the `info` of any status
/// type.
#[derive(Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Info {
    /// The numeric code.
    pub code: u16,
    /// The Rust variant name (`NotFound`).
    pub name: &'static str,
    /// The canonical reason phrase (`Not Found`).
    pub reason: &'static str,
    /// A Japanese label for the reason.
    pub reason_ja: &'static str,
    /// The Display form, `<code> <reason>` (`404 Not Found`).
    pub text: &'static str,
    /// Other phrases that parse to this status (`Payload Too Large` for 413).
    pub aliases: &'static [&'static str],
    /// The vendor, or `None` for IANA-registered codes. For a meaning that several vendors send
    /// alike, the first of them, in precedence order, that this build has on.
    pub vendor: Option<Vendor>,
    /// Every vendor that sends this meaning, in precedence order; empty for IANA codes. Apache's
    /// bandwidth modules and cPanel both send `509 Bandwidth Limit Exceeded`, one meaning.
    pub vendors: &'static [Vendor],
    /// The specification or source (`RFC 9110, Section 15.5.5`).
    pub spec: Option<&'static str>,
    /// A link to the specification, for RFC references.
    pub spec_link: Option<&'static str>,
    /// Where the code stands in its life.
    pub lifecycle: Lifecycle,
    /// Expiry date (`YYYY-MM-DD`) of a temporary registration.
    pub expires: Option<&'static str>,
    /// Cacheable by default without explicit freshness (RFC 9110, Section 15.1).
    pub cacheable: bool,
    /// Whether a response with this code may carry content (not 1xx, 204, 304).
    pub allows_content: bool,
    /// Whether a Retry-After field has a meaning with this code.
    pub retry_after: bool,
    /// Whether a client may repeat the request.
    pub retry: Retry,
    /// Why the retry hint is what it is, in English; empty where the hint needs no word (most
    /// 4xx).
    pub retry_note: &'static str,
    /// The RFC 9209 proxy error type a vendor's code reports (`connection_refused` for
    /// Cloudflare's 521), where one fits the vendor's documentation; `None` for IANA codes.
    pub proxy_error: Option<&'static str>,
    /// The header fields a response with this status must or should carry, with the rule's
    /// source: every required one, then every recommended one
    /// ([`required_headers`](Info::required_headers), [`recommended_headers`](Info::recommended_headers)).
    pub headers: &'static [HeaderRule],
    /// A one or two sentence description in English.
    pub description: &'static str,
    /// The same description in Japanese.
    pub description_ja: &'static str,
}

impl Info {
    /// The reason phrase in `lang`: the wire phrase for English, the label for Japanese.
    #[must_use]
    pub const fn reason_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.reason,
            Lang::Ja => self.reason_ja,
        }
    }

    /// The description in `lang`.
    #[must_use]
    pub const fn description_in(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.description,
            Lang::Ja => self.description_ja,
        }
    }

    /// The rules of the header fields a response with this status must carry (`allow` on 405):
    /// the first part of [`headers`](Info::headers).
    #[must_use]
    pub const fn required_headers(&self) -> &'static [HeaderRule] {
        self.headers.split_at(self.required_count()).0
    }

    /// The rules of the header fields a response with this status should carry (`location` on
    /// 301): the rest of [`headers`](Info::headers).
    #[must_use]
    pub const fn recommended_headers(&self) -> &'static [HeaderRule] {
        self.headers.split_at(self.required_count()).1
    }

    /// How many of [`headers`](Info::headers), from the start, are required.
    const fn required_count(&self) -> usize {
        let mut count = 0;
        while count < self.headers.len() && matches!(self.headers[count].level, Level::Must) {
            count += 1;
        }
        count
    }

    /// A record from a row of the registry, field by field: built only by the row grammar,
    /// `__status_row!(info ..)`, which names every field of [`InfoRow`]; no two values can trade
    /// places without the names saying so. Generated code in other crates cannot write a literal
    /// of this `#[non_exhaustive]` type.
    #[doc(hidden)]
    #[must_use]
    pub const fn from_row(row: InfoRow) -> Self {
        let InfoRow {
            code,
            name,
            reason,
            reason_ja,
            text,
            aliases,
            vendors,
            spec,
            spec_link,
            lifecycle,
            expires,
            cacheable,
            allows_content,
            retry_after,
            retry,
            retry_note,
            proxy_error,
            headers,
            description,
            description_ja,
        } = row;
        Self {
            code,
            name,
            reason,
            reason_ja,
            text,
            aliases,
            vendor: first_enabled(vendors),
            vendors,
            spec,
            spec_link,
            lifecycle,
            expires,
            cacheable,
            allows_content,
            retry_after,
            retry,
            retry_note,
            proxy_error,
            headers,
            description,
            description_ja,
        }
    }
}

/// The fields of one status row, by name, as the row grammar (`__status_row!`) writes them: what
/// [`Info::from_row`] turns into a record. Not an API; it exists so that the record is built by
/// field name, never by position.
#[doc(hidden)]
#[derive(Clone, Copy, Debug)]
pub struct InfoRow {
    /// The numeric code.
    pub code: u16,
    /// The variant name.
    pub name: &'static str,
    /// The reason phrase.
    pub reason: &'static str,
    /// The Japanese label.
    pub reason_ja: &'static str,
    /// The Display form.
    pub text: &'static str,
    /// Other phrases.
    pub aliases: &'static [&'static str],
    /// Every vendor that sends the meaning.
    pub vendors: &'static [Vendor],
    /// The specification.
    pub spec: Option<&'static str>,
    /// A link to it.
    pub spec_link: Option<&'static str>,
    /// The lifecycle.
    pub lifecycle: Lifecycle,
    /// Expiry of a temporary registration.
    pub expires: Option<&'static str>,
    /// Heuristically cacheable.
    pub cacheable: bool,
    /// Whether content is allowed.
    pub allows_content: bool,
    /// Whether Retry-After has a meaning.
    pub retry_after: bool,
    /// The retry hint.
    pub retry: Retry,
    /// Why the hint is what it is.
    pub retry_note: &'static str,
    /// The RFC 9209 proxy error type.
    pub proxy_error: Option<&'static str>,
    /// The header rules, required first.
    pub headers: &'static [HeaderRule],
    /// The English description.
    pub description: &'static str,
    /// The Japanese description.
    pub description_ja: &'static str,
}

/// The first of a row's vendors that this build has on, or `None` for an IANA row or an
/// extension's. A row is compiled only when one of its vendors is on, so an enabled row of vendors
/// always finds one.
const fn first_enabled(vendors: &[Vendor]) -> Option<Vendor> {
    let mut i = 0;
    while i < vendors.len() {
        if vendors[i].is_enabled() {
            return Some(vendors[i]);
        }
        i += 1;
    }
    None
}
