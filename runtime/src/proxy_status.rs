//! The `Proxy-Status` response field (RFC 9209): which intermediaries handled a response and what
//! went wrong at each. [`ProxyError`] has the registry's error types (Section 2.3) with the status
//! each recommends and whether the request can have reached the next hop, and [`ProxyStatus`]
//! reads and writes the field (feature `http`, as the whole module).
//!
//! A `502` alone does not say whether the origin saw the request. `Proxy-Status: edge;
//! error=connection_refused` does: it never did, so any request may be sent again. The retry rule
//! of the crate reads it: a 5xx whose last entry names an error with
//! [`ProxyError::never_forwarded`] is retried whatever the method (`Status::retry_decision_for`
//! and the client adapters).
//!
//! ```
//! use status_registry::proxy_status::{ProxyError, ProxyStatus};
//!
//! let field = ProxyStatus::parse("r34.example.net; error=http_request_error, ExampleCDN").unwrap();
//! let first = &field.entries()[0];
//! assert_eq!(first.proxy(), "r34.example.net");
//! assert_eq!(first.error(), Some(ProxyError::HttpRequestError));
//! assert_eq!(field.entries()[1].error(), None);
//! assert_eq!(field.to_string(), "r34.example.net;error=http_request_error, ExampleCDN");
//! ```

use core::fmt;
use core::str::FromStr;

pub use crate::status_code::ProxyError;
use crate::{Lang, StatusCode};

/// The Structured Field type of a proxy error type's extra parameter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SfType {
    /// An Integer.
    Integer,
    /// A String.
    String,
    /// A Token.
    Token,
    /// A Token or a String.
    TokenOrString,
}

/// An extra parameter a proxy error type defines (`rcode` of `dns_error`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Param {
    /// The parameter's key.
    pub name: &'static str,
    /// Its type.
    pub sf_type: SfType,
}

/// One proxy error type's record, as its registry row gives it.
#[derive(Debug)]
pub(crate) struct ErrorRow {
    pub(crate) name: &'static str,
    pub(crate) status: Option<u16>,
    pub(crate) params: &'static [Param],
    pub(crate) never_forwarded: bool,
    pub(crate) spec: &'static str,
    pub(crate) description: &'static str,
    pub(crate) description_ja: &'static str,
}

impl ProxyError {
    /// The name the `error` parameter carries (`connection_refused`).
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.row().name
    }

    /// The status RFC 9209 recommends; `None` for `http_request_error` ("the applicable 4xx") and
    /// `proxy_internal_response` ("the most appropriate").
    #[must_use]
    pub const fn status(self) -> Option<StatusCode> {
        match self.row().status {
            Some(code) => Some(StatusCode::from_code(code)),
            None => None,
        }
    }

    /// Whether the error means the request did not go on to the next hop (no next hop found or
    /// reachable, no connection opened, or the intermediary answered by itself), so that any
    /// request, of any method, may be sent again. `false` where the next hop may have received it
    /// (`http_response_timeout`, `connection_terminated`, TLS errors after the handshake).
    #[must_use]
    pub const fn never_forwarded(self) -> bool {
        self.row().never_forwarded
    }

    /// The extra parameters the type defines.
    #[must_use]
    pub const fn params(self) -> &'static [Param] {
        self.row().params
    }

    /// Where the type is defined (`RFC 9209, Section 2.3.7`).
    #[must_use]
    pub const fn spec(self) -> &'static str {
        self.row().spec
    }

    /// A sentence on what the error means, in `lang`.
    #[must_use]
    pub const fn description_in(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.row().description,
            Lang::Ja => self.row().description_ja,
        }
    }
}

impl fmt::Display for ProxyError {
    /// The name, as the `error` parameter carries it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for ProxyError {
    type Err = UnknownProxyErrorError;

    /// The type with this name, exactly (the names are lower case).
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::ALL.iter().copied().find(|e| e.name() == name).ok_or(UnknownProxyErrorError)
    }
}

/// A name that is not one of the registry's proxy error types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownProxyErrorError;

impl fmt::Display for UnknownProxyErrorError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a proxy error type of RFC 9209's registry")
    }
}

impl core::error::Error for UnknownProxyErrorError {}

pub use field::{ParseProxyStatusError, ProxyEntry, ProxyStatus};

mod field {
    use core::fmt;
    use std::borrow::ToOwned;
    use std::string::ToString;
    use std::vec::Vec;

    use super::ProxyError;
    use crate::sf::{self, Bare, Member, Params};

    /// A `Proxy-Status` field: one entry per intermediary, the one nearest the origin first and
    /// the one nearest the client last (RFC 9209, Section 2).
    #[derive(Clone, Debug, PartialEq, Eq, Default)]
    pub struct ProxyStatus {
        entries: Vec<ProxyEntry>,
    }

    /// One intermediary's entry: its name and parameters.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub struct ProxyEntry {
        proxy: Bare,
        params: Params,
    }

    impl ProxyStatus {
        /// Reads a field value: an RFC 9651 List whose members are items, each a Token or a
        /// String naming an intermediary, with parameters. Field lines of one response join with
        /// `, ` first.
        ///
        /// # Errors
        ///
        /// When the value is not a List, or a member is an inner list or another kind of item.
        pub fn parse(value: &str) -> Result<Self, ParseProxyStatusError> {
            let members = sf::parse_list(value.as_bytes()).ok_or(ParseProxyStatusError::NotAList)?;
            let entries = members
                .into_iter()
                .enumerate()
                .map(|(index, member)| match member {
                    Member::Item(proxy @ (Bare::Token(_) | Bare::String(_)), params) => {
                        Ok(ProxyEntry { proxy, params })
                    }
                    _ => Err(ParseProxyStatusError::NotAnIntermediary { index }),
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(Self { entries })
        }

        /// A field of these entries, in order.
        #[must_use]
        pub fn new(entries: Vec<ProxyEntry>) -> Self {
            Self { entries }
        }

        /// The entries, the one nearest the origin first.
        #[must_use]
        pub fn entries(&self) -> &[ProxyEntry] {
            &self.entries
        }

        /// The entry of the intermediary nearest the client, the last.
        #[must_use]
        pub fn last(&self) -> Option<&ProxyEntry> {
            self.entries.last()
        }
    }

    impl fmt::Display for ProxyStatus {
        /// The field value, as RFC 9651 serializes a List.
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            let members: Vec<Member> =
                self.entries.iter().map(|e| Member::Item(e.proxy.clone(), e.params.clone())).collect();
            sf::write_list(f, &members)
        }
    }

    impl core::str::FromStr for ProxyStatus {
        type Err = ParseProxyStatusError;

        fn from_str(value: &str) -> Result<Self, Self::Err> {
            Self::parse(value)
        }
    }

    impl ProxyEntry {
        /// An entry for the intermediary `proxy` (written as a Token when it can be, else a String).
        #[must_use]
        pub fn new(proxy: &str) -> Self {
            let proxy =
                if sf::is_token(proxy) { Bare::Token(proxy.to_owned()) } else { Bare::String(proxy.to_owned()) };
            Self { proxy, params: Vec::new() }
        }

        /// The entry with `error` as its `error` parameter.
        #[must_use]
        pub fn with_error(self, error: ProxyError) -> Self {
            self.with("error", Bare::Token(error.name().to_owned()))
        }

        /// The entry with `details`.
        #[must_use]
        pub fn with_details(self, details: &str) -> Self {
            self.with("details", Bare::String(details.to_owned()))
        }

        /// The entry with `received-status`.
        #[must_use]
        pub fn with_received_status(self, code: u16) -> Self {
            self.with("received-status", Bare::Integer(i64::from(code)))
        }

        fn with(mut self, key: &str, value: Bare) -> Self {
            match self.params.iter_mut().find(|(k, _)| k == key) {
                Some(slot) => slot.1 = value,
                None => self.params.push((key.to_owned(), value)),
            }
            self
        }

        fn text(&self, key: &str) -> Option<&str> {
            match self.params.iter().find(|(k, _)| k == key)?.1 {
                Bare::Token(ref text) | Bare::String(ref text) => Some(text),
                _ => None,
            }
        }

        /// The intermediary's name (`r34.example.net`, `ExampleCDN`).
        #[must_use]
        pub fn proxy(&self) -> &str {
            match &self.proxy {
                Bare::Token(text) | Bare::String(text) => text,
                _ => "",
            }
        }

        /// The `error` parameter as a registered type; `None` without one or for a name the
        /// registry lacks ([`error_name`](Self::error_name) has it).
        #[must_use]
        pub fn error(&self) -> Option<ProxyError> {
            self.error_name()?.parse().ok()
        }

        /// The `error` parameter as written, a Token (or, as RFC 9209's own example has it, a
        /// String).
        #[must_use]
        pub fn error_name(&self) -> Option<&str> {
            self.text("error")
        }

        /// `next-hop`: the host name, address or `host:port` the intermediary forwarded to.
        #[must_use]
        pub fn next_hop(&self) -> Option<&str> {
            match self.params.iter().find(|(k, _)| k == "next-hop")?.1 {
                Bare::Token(ref text) | Bare::String(ref text) => Some(text),
                _ => None,
            }
        }

        /// `next-protocol`: the ALPN protocol used with the next hop (a Byte Sequence or a Token
        /// in the field), as text.
        #[must_use]
        pub fn next_protocol(&self) -> Option<&str> {
            match self.params.iter().find(|(k, _)| k == "next-protocol")?.1 {
                Bare::Token(ref text) | Bare::Bytes(ref text) => Some(text),
                _ => None,
            }
        }

        /// `received-status`: the status the intermediary received from the next hop.
        #[must_use]
        pub fn received_status(&self) -> Option<u16> {
            match self.params.iter().find(|(k, _)| k == "received-status")?.1 {
                Bare::Integer(code) => u16::try_from(code).ok(),
                _ => None,
            }
        }

        /// `details`: text for the people who debug it.
        #[must_use]
        pub fn details(&self) -> Option<&str> {
            match self.params.iter().find(|(k, _)| k == "details")?.1 {
                Bare::String(ref text) => Some(text),
                _ => None,
            }
        }
    }

    /// Why a `Proxy-Status` value did not read.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    #[non_exhaustive]
    pub enum ParseProxyStatusError {
        /// The value is not an RFC 9651 List.
        NotAList,
        /// The member at `index` (from 0) is not a Token or a String naming an intermediary.
        NotAnIntermediary {
            /// Its position in the list.
            index: usize,
        },
    }

    impl fmt::Display for ParseProxyStatusError {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            match self {
                Self::NotAList => {
                    f.write_str("a Proxy-Status value is a Structured Field List (RFC 9651), and this one is not")
                }
                Self::NotAnIntermediary { index } => write!(
                    f,
                    "member {} of the Proxy-Status list is not a Token or a String naming an intermediary",
                    index + 1
                ),
            }
        }
    }

    impl std::error::Error for ParseProxyStatusError {}

    impl TryFrom<&http::HeaderValue> for ProxyStatus {
        type Error = ParseProxyStatusError;

        /// The field from one field line.
        fn try_from(value: &http::HeaderValue) -> Result<Self, Self::Error> {
            Self::parse(value.to_str().map_err(|_| ParseProxyStatusError::NotAList)?)
        }
    }

    impl From<&ProxyStatus> for http::HeaderValue {
        /// The field value. Every byte RFC 9651 writes is visible ASCII or a space, which a
        /// header value accepts.
        fn from(field: &ProxyStatus) -> Self {
            http::HeaderValue::from_str(&field.to_string()).unwrap_or_else(|_| http::HeaderValue::from_static(""))
        }
    }

    impl From<ProxyStatus> for http::HeaderValue {
        fn from(field: ProxyStatus) -> Self {
            Self::from(&field)
        }
    }

    impl ProxyStatus {
        /// The `Proxy-Status` of a response: every field line, joined as one List; `None` without
        /// the field or when it does not read.
        #[must_use]
        pub fn from_headers(headers: &http::HeaderMap) -> Option<Self> {
            Self::parse(&crate::sf::list_field(headers, "proxy-status")?).ok()
        }
    }
}
