//! The registry as data: what `registry.yaml` (or a user's extension file) says, with the location of
//! every value so that later stages can report problems precisely.

use crate::diag::Loc;

/// A value together with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Where the value starts in the file.
    pub loc: Loc,
}

impl<T> Located<T> {
    /// Pairs `value` with `loc`.
    pub const fn new(value: T, loc: Loc) -> Self {
        Self { value, loc }
    }
}

/// Whether `text` is an absolute URI as a problem type is named (RFC 9457, Section 3.1.1; RFC
/// 3986, Section 4.3): a scheme (a letter, then letters, digits, `+`, `-` or `.`) and a colon,
/// and no white space, control or non-ASCII character anywhere. The one rule for the registry's
/// types and a derived member's own.
#[must_use]
pub fn is_absolute_uri(text: &str) -> bool {
    let scheme = text.split_once(':').map(|(s, _)| s);
    scheme.is_some_and(|s| {
        s.starts_with(|c: char| c.is_ascii_alphabetic())
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
    }) && !text.chars().any(|c| c.is_whitespace() || c.is_control() || !c.is_ascii())
}

/// A whole registry file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Registry {
    /// The vendors, in precedence order: when vendors share a code, the earlier one wins.
    pub vendors: Vec<VendorDef>,
    /// Every meaning of every code, in file order. A list rather than a map, so duplicates stay visible.
    pub statuses: Vec<Entry>,
    /// The problem types (RFC 9457, Section 4.2), in file order.
    pub problem_types: Vec<ProblemTypeDef>,
    /// The proxy error types (RFC 9209, Section 2.3), in file order.
    pub proxy_errors: Vec<ProxyErrorDef>,
}

/// Where a problem type stands: in the IANA registry, or asked for by a draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypeLifecycle {
    /// In the IANA "HTTP Problem Types" registry.
    Registered,
    /// Defined by an Internet-Draft, named without its revision (`draft-ietf-httpapi-ratelimit-headers`).
    Draft {
        /// The draft's name without the revision.
        name: String,
        /// The revision the registry follows.
        revision: u8,
    },
}

/// An extension member a problem type defines (RFC 9457, Section 3.2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MemberDef {
    /// The member's name in the JSON object.
    pub name: Located<String>,
    /// Its JSON type: `string`, `integer`, `number`, `boolean`, `array` or `object`.
    pub json_type: Located<String>,
    /// For an array, the JSON type of its items.
    pub items: Option<Located<String>>,
}

/// A problem type (RFC 9457, Section 4.2).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemTypeDef {
    /// The short name (`quota-exceeded`); the variant name is its UpperCamelCase.
    pub id: Located<String>,
    /// The type URI.
    pub uri: Located<String>,
    /// The registration's title.
    pub title: Located<String>,
    /// A Japanese title.
    pub title_ja: Located<String>,
    /// The recommended status; `None` only for `about:blank`.
    pub status: Option<Located<u16>>,
    /// The extension members the type defines.
    pub members: Vec<MemberDef>,
    /// Registered, or a draft's.
    pub lifecycle: Located<TypeLifecycle>,
    /// Where the type is defined.
    pub spec: Located<String>,
    /// English description.
    pub description: Located<String>,
    /// Japanese description.
    pub description_ja: Located<String>,
    /// Where the mapping starts.
    pub loc: Loc,
}

impl ProblemTypeDef {
    /// The Rust variant name: the short name in UpperCamelCase (`QuotaExceeded`).
    #[must_use]
    pub fn variant(&self) -> String {
        crate::naming::upper_camel(&self.id.value)
    }
}

/// An extra parameter a proxy error type defines (RFC 9209, Section 2.3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParamDef {
    /// The parameter's key (`rcode`).
    pub name: Located<String>,
    /// Its Structured Field type: `integer`, `string`, `token` or `token-or-string`.
    pub sf_type: Located<String>,
}

/// A proxy error type (RFC 9209, Section 2.3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProxyErrorDef {
    /// The name the `error` parameter carries (`connection_refused`).
    pub name: Located<String>,
    /// The recommended status; `None` where the RFC leaves it to the case.
    pub status: Option<Located<u16>>,
    /// The extra parameters.
    pub params: Vec<ParamDef>,
    /// Whether the error means the request did not go on to the next hop.
    pub never_forwarded: bool,
    /// Where the type is defined.
    pub spec: Located<String>,
    /// English description.
    pub description: Located<String>,
    /// Japanese description.
    pub description_ja: Located<String>,
    /// Where the mapping starts.
    pub loc: Loc,
}

impl ProxyErrorDef {
    /// The Rust variant name: the name in UpperCamelCase (`ConnectionRefused`).
    #[must_use]
    pub fn variant(&self) -> String {
        crate::naming::upper_camel(&self.name.value)
    }
}

/// A vendor whose private codes the registry lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VendorDef {
    /// Kebab-case id (`aws-elb`); the cargo feature is `vendor-<id>`.
    pub id: Located<String>,
    /// Display name (`AWS Elastic Load Balancing`).
    pub name: Located<String>,
    /// UpperCamelCase prefix of the vendor's variant names (`AwsElb`).
    pub prefix: Located<String>,
    /// Where the vendor documents its codes.
    pub url: Option<Located<String>>,
    /// Where the vendor's mapping starts.
    pub loc: Loc,
}

impl VendorDef {
    /// The cargo feature that enables this vendor's codes.
    #[must_use]
    pub fn feature(&self) -> String {
        format!("vendor-{}", self.id.value)
    }
}

pub use crate::keywords::{Level, Lifecycle, Retry};

/// A header field a response with the entry's status must or should carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeaderRule {
    /// The field name, lower case (`allow`).
    pub name: Located<String>,
    /// `must` or `should`.
    pub level: Located<Level>,
    /// Where the rule is written (`RFC 9110, Section 15.5.6`).
    pub spec: Located<String>,
}

/// One meaning of one code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The numeric code, 0..=999.
    pub code: Located<u16>,
    /// The canonical reason phrase.
    pub reason: Located<String>,
    /// A Japanese label for the reason.
    pub reason_ja: Located<String>,
    /// An explicit variant name; otherwise derived from the reason.
    pub name: Option<Located<String>>,
    /// Other phrases that mean this code.
    pub aliases: Vec<Located<String>>,
    /// The vendor ids, in the registry's order of vendors; empty for IANA codes. Several vendors
    /// that send the same code with the same phrase and semantics share one meaning.
    pub vendors: Vec<Located<String>>,
    /// The specification reference (`RFC 9110, Section 15.5.5`); several are joined with `; `.
    pub spec: Option<Located<String>>,
    /// The phrase IANA lists, declared where the registry's reason differs on purpose (306 and
    /// 418, which IANA lists as `(Unused)`). `statusreg diff --iana` compares against it.
    pub iana_reason: Option<Located<String>>,
    /// Where the code stands in its life.
    pub lifecycle: Located<Lifecycle>,
    /// The expiry date of a temporary registration (`YYYY-MM-DD`).
    pub expires: Option<Located<String>>,
    /// Heuristically cacheable by default (RFC 9110, Section 15.1).
    pub cacheable: bool,
    /// Whether a response with this code may carry content (the registry's `content` key).
    pub allows_content: bool,
    /// Whether a Retry-After field has a meaning with this code.
    pub retry_after: bool,
    /// What a client may do next.
    pub retry: Located<Retry>,
    /// Why the retry hint is what it is; required in the registry where the hint is not `never`.
    pub retry_note: Option<Located<String>>,
    /// The RFC 9209 proxy error type the code reports, for vendor codes where one fits.
    pub proxy_error: Option<Located<String>>,
    /// The header fields a response with this code must or should carry.
    pub headers: Vec<HeaderRule>,
    /// English description.
    pub description: Located<String>,
    /// Japanese description.
    pub description_ja: Located<String>,
    /// Where the entry's mapping starts.
    pub loc: Loc,
}

impl Entry {
    /// The variant name of the entry: its explicit `name`, or the prefix of its vendor (`vendor`,
    /// for a vendor's entry) followed by the reason in UpperCamelCase.
    #[must_use]
    pub fn variant_name(&self, vendor: Option<&VendorDef>) -> String {
        if let Some(name) = &self.name {
            return name.value.clone();
        }
        let prefix = vendor.map_or("", |v| v.prefix.value.as_str());
        format!("{prefix}{}", crate::naming::upper_camel(&self.reason.value))
    }

    /// Whether the code belongs to the IANA registry rather than a vendor.
    #[must_use]
    pub fn is_iana(&self) -> bool {
        self.vendors.is_empty()
    }

    /// A link to the specification, when the reference names an RFC.
    ///
    /// `RFC 9110, Section 15.5.5` becomes `https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5`.
    #[must_use]
    pub fn spec_link(&self) -> Option<String> {
        // The first of several references (`RFC 2774; Status change of ...`) is the one linked.
        let spec = self.spec.as_ref()?.value.split("; ").next()?;
        let rest = spec.strip_prefix("RFC ")?;
        let (number, section) = match rest.split_once(", Section ") {
            Some((n, s)) => (n, Some(s)),
            None => (rest, None),
        };
        if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let mut link = format!("https://www.rfc-editor.org/rfc/rfc{number}");
        if let Some(section) = section {
            link.push_str("#section-");
            link.push_str(section);
        }
        Some(link)
    }
}

/// A registry that passed validation, ready for code generation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checked {
    /// The vendors, in precedence order.
    pub vendors: Vec<VendorDef>,
    /// Every entry with its resolved name and vendor, sorted by precedence (`precedence::order`): by code,
    /// then IANA first and vendors in declared order. This is the order of `StatusCode`'s variants
    /// and of `ALL`.
    pub statuses: Vec<CheckedEntry>,
    /// The problem types, in file order.
    pub problem_types: Vec<ProblemTypeDef>,
    /// The proxy error types, in file order.
    pub proxy_errors: Vec<ProxyErrorDef>,
}

/// An entry with the facts validation resolved for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedEntry {
    /// The entry as written.
    pub entry: Entry,
    /// Its Rust variant name.
    pub name: String,
    /// Index of its first vendor in [`Checked::vendors`], the one its precedence and name come
    /// from; `None` for IANA codes.
    pub vendor: Option<usize>,
    /// Indices of all its vendors in [`Checked::vendors`], ascending; empty for IANA codes.
    pub vendors: Vec<usize>,
}

impl Checked {
    /// The problem type whose short name or URI is `text`.
    #[must_use]
    pub fn problem_type(&self, text: &str) -> Option<&ProblemTypeDef> {
        self.problem_types.iter().find(|t| t.id.value == text || t.uri.value == text)
    }

    /// The proxy error type named `name`.
    #[must_use]
    pub fn proxy_error(&self, name: &str) -> Option<&ProxyErrorDef> {
        self.proxy_errors.iter().find(|e| e.name.value == name)
    }

    /// The first vendor definition of `entry`, if it has one.
    #[must_use]
    pub fn vendor_of(&self, entry: &CheckedEntry) -> Option<&VendorDef> {
        entry.vendor.map(|v| &self.vendors[v])
    }

    /// Every vendor definition of `entry`, in the registry's order; empty for IANA codes.
    #[must_use]
    pub fn vendors_of(&self, entry: &CheckedEntry) -> Vec<&VendorDef> {
        entry.vendors.iter().map(|v| &self.vendors[*v]).collect()
    }
}
