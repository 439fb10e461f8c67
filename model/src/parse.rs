//! Reading a registry file: YAML text to [`Registry`], with a located message for every problem.
//!
//! [`crate::yaml`] reads the text into a small tree of located nodes, and the fields are pulled out
//! of that tree by hand. Doing it by hand (rather than through serde) lets every message name the
//! key, the expected type and the fix.

use crate::diag::{Diagnostics, Loc};
use crate::model::{
    Entry, HeaderRule, Level, Lifecycle, Located, MemberDef, ParamDef, ProblemTypeDef, ProxyErrorDef, Registry, Retry,
    TypeLifecycle, VendorDef,
};
use crate::yaml::{self, Node};

/// Keys of the top-level mapping.
const TOP_KEYS: &[&str] = &["vendors", "statuses", "problem_types", "proxy_errors"];
/// Keys of the top-level mapping of an extension file, which adds statuses only.
const EXTENSION_TOP_KEYS: &[&str] = &["vendors", "statuses"];
/// Keys of a problem type mapping.
const PROBLEM_TYPE_KEYS: &[&str] =
    &["id", "uri", "title", "title_ja", "status", "members", "lifecycle", "draft", "spec", "description"];
/// Keys of a problem type's member mapping.
const MEMBER_KEYS: &[&str] = &["name", "type", "items"];
/// The JSON types a problem type's member may have.
pub(crate) const JSON_TYPES: &[&str] = &["string", "integer", "number", "boolean", "array", "object"];
/// Keys of a proxy error mapping.
const PROXY_ERROR_KEYS: &[&str] = &["name", "status", "params", "never_forwarded", "spec", "description"];
/// Keys of a proxy error's parameter mapping.
const PARAM_KEYS: &[&str] = &["name", "type"];
/// The Structured Field types of a proxy error's parameters.
pub(crate) const SF_TYPES: &[&str] = &["integer", "string", "token", "token-or-string"];
/// Keys of a vendor mapping.
const VENDOR_KEYS: &[&str] = &["id", "name", "prefix", "url"];
/// Keys of a status entry mapping.
const STATUS_KEYS: &[&str] = &[
    "code",
    "reason",
    "reason_ja",
    "name",
    "aliases",
    "vendor",
    "spec",
    "iana_reason",
    "lifecycle",
    "expires",
    "cacheable",
    "content",
    "retry_after",
    "retry",
    "retry_note",
    "proxy_error",
    "headers",
    "description",
];
/// Keys of a status entry that an extension file may not use: they are read, so that their own
/// messages say why, but the list of expected keys does not offer them.
const REGISTRY_ONLY_KEYS: &[&str] = &["vendor", "iana_reason", "proxy_error"];
/// Keys of a header rule mapping.
const HEADER_KEYS: &[&str] = &["name", "level", "spec"];
/// Keys of a description mapping.
const DESCRIPTION_KEYS: &[&str] = &["en", "ja"];

/// Which file a text is: the registry, where every entry spells out every field, or a user's
/// extension file, where only `code` and `reason` are required.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Schema {
    /// `registry.yaml` or a replacement for it.
    Registry,
    /// A user's own codes: `reason_ja` defaults to `reason`, `lifecycle` to `in-use`, `retry` to
    /// `never`, `description` to empty texts.
    Extension,
}

/// Like [`parse`], but returns whatever parsed cleanly together with the problems, so that
/// validation can still report on the rest of the file.
pub(crate) fn parse_lossy(source: &str, origin: &str, schema: Schema) -> (Registry, Diagnostics) {
    let mut diags = Diagnostics::new(origin);
    // A byte order mark is legal at the start of a YAML stream; editors on Windows add one.
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    if source.trim().is_empty() {
        diags.error_file("the registry file is empty; it needs at least a `statuses:` list");
        return (Registry::default(), diags);
    }
    match yaml::read(source) {
        Ok(root) => {
            let registry = registry_from(&root, schema, &mut diags);
            (registry, diags)
        }
        Err((loc, message)) => {
            diags.error(loc, message);
            (Registry::default(), diags)
        }
    }
}

/// The fields of one mapping, checked against the keys it may have.
struct Fields<'n> {
    loc: Loc,
    what: &'static str,
    found: Vec<(&'n str, &'n Node)>,
}

impl<'n> Fields<'n> {
    /// Reads `node` as a mapping with the given keys, reporting unknown and repeated keys.
    fn read(node: &'n Node, what: &'static str, keys: &[&str], diags: &mut Diagnostics) -> Option<Self> {
        Self::read_offering(node, what, keys, keys, diags)
    }

    /// [`Fields::read`], where the message for an unknown key offers only `offered`.
    fn read_offering(
        node: &'n Node,
        what: &'static str,
        keys: &[&str],
        offered: &[&str],
        diags: &mut Diagnostics,
    ) -> Option<Self> {
        let Node::Map { entries, loc } = node else {
            diags.error(node.loc(), format!("expected a mapping for {what}, found {}", node.kind()));
            return None;
        };
        let mut found: Vec<(&'n str, &'n Node)> = Vec::with_capacity(entries.len());
        for (key, value) in entries {
            let Node::Scalar { value: name, loc: key_loc, .. } = key else {
                diags.error(key.loc(), format!("keys of {what} must be plain words, found {}", key.kind()));
                continue;
            };
            if !keys.contains(&name.as_str()) {
                diags
                    .error(*key_loc, format!("unknown key `{name}` in {what}; expected one of {}", list_keys(offered)));
            } else if let Some((_, first)) = found.iter().find(|(k, _)| *k == name) {
                diags.error(
                    *key_loc,
                    format!("key `{name}` appears twice in {what} (first value at {}); keep one", first.loc()),
                );
            } else {
                found.push((name.as_str(), value));
            }
        }
        Some(Self { loc: *loc, what, found })
    }

    fn get(&self, key: &str) -> Option<&'n Node> {
        self.found.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
    }

    fn required(&self, key: &str, diags: &mut Diagnostics) -> Option<&'n Node> {
        let node = self.get(key);
        if node.is_none() {
            diags.error(self.loc, format!("{} is missing `{key}`; add `{key}:`", self.what));
        }
        node
    }
}

fn list_keys(keys: &[&str]) -> String {
    keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")
}

/// A non-empty string scalar.
fn string(node: &Node, key: &str, diags: &mut Diagnostics) -> Option<Located<String>> {
    match node {
        Node::Scalar { value, loc, plain } => {
            if value.trim().is_empty() || (*plain && matches!(value.as_str(), "~" | "null" | "Null" | "NULL")) {
                diags.error(*loc, format!("`{key}` is empty; give it a value"));
                None
            } else {
                Some(Located::new(value.clone(), *loc))
            }
        }
        other => {
            diags.error(other.loc(), format!("expected a string for `{key}`, found {}", other.kind()));
            None
        }
    }
}

fn optional_string(fields: &Fields<'_>, key: &str, diags: &mut Diagnostics) -> Option<Located<String>> {
    fields.get(key).and_then(|node| string(node, key, diags))
}

fn required_string(fields: &Fields<'_>, key: &str, diags: &mut Diagnostics) -> Option<Located<String>> {
    fields.required(key, diags).and_then(|node| string(node, key, diags))
}

/// A status code: a plain decimal number from 0 to 999 (`000` is a real code in some logs).
fn code(node: &Node, diags: &mut Diagnostics) -> Option<Located<u16>> {
    let Node::Scalar { value, loc, .. } = node else {
        diags.error(node.loc(), format!("expected a number for `code`, found {}", node.kind()));
        return None;
    };
    let text = value.trim();
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        diags.error(*loc, format!("`code` must be a whole number from 0 to 999, found `{text}`"));
        return None;
    }
    match digits.parse::<u16>() {
        Ok(n) if !negative && n <= 999 => Some(Located::new(n, *loc)),
        _ => {
            diags.error(*loc, format!("code {text} is outside 0..=999; HTTP status codes have three digits"));
            None
        }
    }
}

fn boolean(fields: &Fields<'_>, key: &str, default: bool, diags: &mut Diagnostics) -> bool {
    let Some(node) = fields.get(key) else { return default };
    match node {
        Node::Scalar { value, plain: true, .. } if matches!(value.as_str(), "true" | "True" | "TRUE") => true,
        Node::Scalar { value, plain: true, .. } if matches!(value.as_str(), "false" | "False" | "FALSE") => false,
        other => {
            let found = match other {
                Node::Scalar { value, .. } => format!("`{value}`"),
                _ => other.kind().to_owned(),
            };
            diags.error(other.loc(), format!("`{key}` must be `true` or `false`, found {found}"));
            default
        }
    }
}

fn keyword<T: Copy>(
    fields: &Fields<'_>,
    key: &str,
    values: &[T],
    word: fn(T) -> &'static str,
    diags: &mut Diagnostics,
) -> Option<Located<T>> {
    let text = required_string(fields, key, diags)?;
    if let Some(value) = values.iter().find(|v| word(**v) == text.value) {
        Some(Located::new(*value, text.loc))
    } else {
        let words: Vec<&str> = values.iter().map(|v| word(*v)).collect();
        diags.error(text.loc, format!("unknown {key} `{}`; expected one of {}", text.value, list_keys(&words)));
        None
    }
}

/// `{name: allow, level: must, spec: "RFC 9110, Section 15.5.6"}`.
fn header_rule(node: &Node, diags: &mut Diagnostics) -> Option<HeaderRule> {
    let fields = Fields::read(node, "a header rule", HEADER_KEYS, diags)?;
    let name = required_string(&fields, "name", diags);
    let level = keyword(&fields, "level", &Level::ALL, Level::keyword, diags);
    let spec = required_string(&fields, "spec", diags);
    Some(HeaderRule { name: name?, level: level?, spec: spec? })
}

fn string_list(node: &Node, key: &str, diags: &mut Diagnostics) -> Vec<Located<String>> {
    match node {
        Node::Seq { items, .. } => items.iter().filter_map(|item| string(item, key, diags)).collect(),
        other => {
            diags.error(other.loc(), format!("expected a list for `{key}` (`[a, b]`), found {}", other.kind()));
            Vec::new()
        }
    }
}

fn registry_from(root: &Node, schema: Schema, diags: &mut Diagnostics) -> Registry {
    let mut registry = Registry::default();
    let offered = if schema == Schema::Extension { EXTENSION_TOP_KEYS } else { TOP_KEYS };
    let Some(top) = Fields::read(root, "the top level", offered, diags) else { return registry };
    if let Some(node) = top.get("vendors") {
        match node {
            Node::Seq { items, .. } => {
                registry.vendors = items.iter().filter_map(|item| vendor_from(item, diags)).collect();
            }
            other => diags.error(other.loc(), format!("expected a list for `vendors`, found {}", other.kind())),
        }
    }
    if let Some(node) = top.required("statuses", diags) {
        match node {
            Node::Seq { items, .. } => {
                registry.statuses = items.iter().filter_map(|item| entry_from(item, schema, diags)).collect();
            }
            other => diags.error(other.loc(), format!("expected a list for `statuses`, found {}", other.kind())),
        }
    }
    registry.problem_types = list(&top, "problem_types", diags, problem_type_from);
    registry.proxy_errors = list(&top, "proxy_errors", diags, proxy_error_from);
    registry
}

/// The items of the optional list `key`, each read by `item`.
fn list<T>(
    fields: &Fields<'_>,
    key: &str,
    diags: &mut Diagnostics,
    item: fn(&Node, &mut Diagnostics) -> Option<T>,
) -> Vec<T> {
    match fields.get(key) {
        None => Vec::new(),
        Some(Node::Seq { items, .. }) => items.iter().filter_map(|node| item(node, diags)).collect(),
        Some(other) => {
            diags.error(other.loc(), format!("expected a list for `{key}`, found {}", other.kind()));
            Vec::new()
        }
    }
}

/// The English and Japanese texts of a `description` mapping.
fn description(fields: &Fields<'_>, diags: &mut Diagnostics) -> (Option<Located<String>>, Option<Located<String>>) {
    let Some(node) = fields.required("description", diags) else { return (None, None) };
    match Fields::read(node, "a description", DESCRIPTION_KEYS, diags) {
        Some(desc) => (required_string(&desc, "en", diags), required_string(&desc, "ja", diags)),
        None => (None, None),
    }
}

/// A word of `words`, or a message that lists them.
fn one_of(text: Located<String>, key: &str, words: &[&str], diags: &mut Diagnostics) -> Option<Located<String>> {
    if words.contains(&text.value.as_str()) {
        Some(text)
    } else {
        diags.error(text.loc, format!("unknown {key} `{}`; expected one of {}", text.value, list_keys(words)));
        None
    }
}

/// `{id: quota-exceeded, uri: ..., title: ..., status: 429, members: [...], lifecycle: draft, ...}`.
fn problem_type_from(node: &Node, diags: &mut Diagnostics) -> Option<ProblemTypeDef> {
    let fields = Fields::read(node, "a problem type", PROBLEM_TYPE_KEYS, diags)?;
    let id = required_string(&fields, "id", diags);
    let uri = required_string(&fields, "uri", diags);
    let title = required_string(&fields, "title", diags);
    let title_ja = required_string(&fields, "title_ja", diags);
    let status = fields.get("status").map(|n| code(n, diags));
    let members = list(&fields, "members", diags, member_from);
    let spec = required_string(&fields, "spec", diags);
    let (description, description_ja) = description(&fields, diags);
    let draft = optional_string(&fields, "draft", diags);
    let lifecycle = required_string(&fields, "lifecycle", diags).and_then(|word| match (word.value.as_str(), draft) {
        ("registered", None) => Some(Located::new(TypeLifecycle::Registered, word.loc)),
        ("registered", Some(draft)) => {
            diags.error(draft.loc, "a registered problem type has no `draft`; remove the key");
            None
        }
        ("draft", Some(draft)) => match draft_revision(&draft.value) {
            Some((name, revision)) => {
                Some(Located::new(TypeLifecycle::Draft { name: name.to_owned(), revision }, word.loc))
            }
            None => {
                diags.error(
                    draft.loc,
                    format!(
                        "`draft: {}` does not end in its revision; write the draft's name as the datatracker \
                             shows it, as in `draft-ietf-httpapi-ratelimit-headers-10`",
                        draft.value
                    ),
                );
                None
            }
        },
        ("draft", None) => {
            diags.error(fields.loc, "a problem type with lifecycle `draft` names its document; add `draft:`");
            None
        }
        (other, _) => {
            diags.error(
                word.loc,
                format!("unknown lifecycle `{other}` of a problem type; expected `registered` or `draft`"),
            );
            None
        }
    });
    Some(ProblemTypeDef {
        id: id?,
        uri: uri?,
        title: title?,
        title_ja: title_ja?,
        status: status.map(|s| s.ok_or(())).transpose().ok()?,
        members,
        lifecycle: lifecycle?,
        spec: spec?,
        description: description?,
        description_ja: description_ja?,
        loc: fields.loc,
    })
}

/// `draft-ietf-httpapi-ratelimit-headers-10` as its name and revision.
fn draft_revision(text: &str) -> Option<(&str, u8)> {
    let (name, revision) = text.rsplit_once('-')?;
    let well_formed = name.starts_with("draft-") && revision.len() == 2 && revision.bytes().all(|b| b.is_ascii_digit());
    well_formed.then(|| revision.parse().ok().map(|r| (name, r))).flatten()
}

/// `{name: violated-policies, type: array, items: string}`.
fn member_from(node: &Node, diags: &mut Diagnostics) -> Option<MemberDef> {
    let fields = Fields::read(node, "a problem type's member", MEMBER_KEYS, diags)?;
    let name = required_string(&fields, "name", diags);
    let json_type = required_string(&fields, "type", diags).and_then(|t| one_of(t, "type", JSON_TYPES, diags));
    let items = optional_string(&fields, "items", diags).map(|t| one_of(t, "items type", JSON_TYPES, diags));
    let json_type = json_type?;
    let items = match items {
        Some(None) => return None,
        Some(Some(items)) if json_type.value != "array" => {
            diags.error(items.loc, format!("`items` is for an array; this member is {}", json_type.value));
            return None;
        }
        None if json_type.value == "array" => {
            diags.error(fields.loc, "an array member says what its items are; add `items:`");
            return None;
        }
        items => items.flatten(),
    };
    Some(MemberDef { name: name?, json_type, items })
}

/// `{name: dns_error, status: 502, params: [...], never_forwarded: true, spec: ..., description: ...}`.
fn proxy_error_from(node: &Node, diags: &mut Diagnostics) -> Option<ProxyErrorDef> {
    let fields = Fields::read(node, "a proxy error type", PROXY_ERROR_KEYS, diags)?;
    let name = required_string(&fields, "name", diags);
    let status = fields.get("status").map(|n| code(n, diags));
    let params = list(&fields, "params", diags, param_from);
    let never_forwarded =
        fields.required("never_forwarded", diags).map(|_| boolean(&fields, "never_forwarded", false, diags));
    let spec = required_string(&fields, "spec", diags);
    let (description, description_ja) = description(&fields, diags);
    Some(ProxyErrorDef {
        name: name?,
        status: status.map(|s| s.ok_or(())).transpose().ok()?,
        params,
        never_forwarded: never_forwarded?,
        spec: spec?,
        description: description?,
        description_ja: description_ja?,
        loc: fields.loc,
    })
}

/// `{name: rcode, type: string}`.
fn param_from(node: &Node, diags: &mut Diagnostics) -> Option<ParamDef> {
    let fields = Fields::read(node, "a proxy error's parameter", PARAM_KEYS, diags)?;
    let name = required_string(&fields, "name", diags);
    let sf_type = required_string(&fields, "type", diags).and_then(|t| one_of(t, "type", SF_TYPES, diags));
    Some(ParamDef { name: name?, sf_type: sf_type? })
}

fn vendor_from(node: &Node, diags: &mut Diagnostics) -> Option<VendorDef> {
    let fields = Fields::read(node, "a vendor", VENDOR_KEYS, diags)?;
    let id = required_string(&fields, "id", diags);
    let name = required_string(&fields, "name", diags);
    let prefix = optional_string(&fields, "prefix", diags);
    let url = optional_string(&fields, "url", diags);
    let id = id?;
    let prefix = prefix.unwrap_or_else(|| Located::new(crate::naming::upper_camel(&id.value), id.loc));
    Some(VendorDef { id, name: name?, prefix, url, loc: fields.loc })
}

fn entry_from(node: &Node, schema: Schema, diags: &mut Diagnostics) -> Option<Entry> {
    let extension = schema == Schema::Extension;
    let offered: Vec<&str> = STATUS_KEYS.iter().copied().filter(|k| !REGISTRY_ONLY_KEYS.contains(k)).collect();
    let offered = if extension { offered.as_slice() } else { STATUS_KEYS };
    let fields = Fields::read_offering(node, "a status entry", STATUS_KEYS, offered, diags)?;
    let code = fields.required("code", diags).and_then(|n| code(n, diags));
    let reason = required_string(&fields, "reason", diags);
    // An extension's entry may leave out what a user's own code rarely has; the defaults are
    // located at the entry, where the key would go.
    let here = |value: &str| Located::new(value.to_owned(), fields.loc);
    let reason_ja = match (fields.get("reason_ja"), &reason) {
        (None, Some(reason)) if extension => Some(reason.clone()),
        _ => required_string(&fields, "reason_ja", diags).or_else(|| reason.clone().filter(|_| extension)),
    };
    let name = optional_string(&fields, "name", diags);
    let aliases = fields.get("aliases").map(|n| string_list(n, "aliases", diags)).unwrap_or_default();
    // One vendor (`vendor: apache`), or several that share the meaning (`vendor: [apache, cpanel]`).
    let vendors = match fields.get("vendor") {
        None => Vec::new(),
        Some(node @ Node::Seq { items, .. }) => {
            if items.is_empty() {
                diags.error(node.loc(), "`vendor` is an empty list; name one vendor or several, or drop the key");
            }
            string_list(node, "vendor", diags)
        }
        Some(node) => string(node, "vendor", diags).into_iter().collect(),
    };
    let spec = optional_string(&fields, "spec", diags);
    let iana_reason = optional_string(&fields, "iana_reason", diags);
    // In an extension a key with a default that was written wrong is reported, and the default
    // stands in for it, so the rest of the entry is still checked and every mistake shows at once.
    let lifecycle = match fields.get("lifecycle") {
        None if extension => Some(Located::new(Lifecycle::InUse, fields.loc)),
        _ => keyword(&fields, "lifecycle", &Lifecycle::ALL, Lifecycle::as_str, diags)
            .or_else(|| extension.then(|| Located::new(Lifecycle::InUse, fields.loc))),
    };
    let expires = optional_string(&fields, "expires", diags);
    let cacheable = boolean(&fields, "cacheable", false, diags);
    let content = boolean(&fields, "content", true, diags);
    let retry_after = boolean(&fields, "retry_after", false, diags);
    let retry = match fields.get("retry") {
        None if extension => Some(Located::new(Retry::Never, fields.loc)),
        _ => keyword(&fields, "retry", &Retry::ALL, Retry::as_str, diags)
            .or_else(|| extension.then(|| Located::new(Retry::Never, fields.loc))),
    };
    let retry_note = optional_string(&fields, "retry_note", diags);
    let proxy_error = optional_string(&fields, "proxy_error", diags);
    if let (None, Some(code), Some(retry), false) = (&retry_note, &code, &retry, extension)
        && retry.value != Retry::Never
    {
        diags.error(
            fields.loc,
            format!(
                "code {:03} has retry `{}` but no `retry_note`; say in a sentence why a client may or may not \
                 repeat the request",
                code.value,
                retry.value.as_str()
            ),
        );
    }
    let headers = match fields.get("headers") {
        None => Vec::new(),
        Some(Node::Seq { items, .. }) => items.iter().filter_map(|item| header_rule(item, diags)).collect(),
        Some(other) => {
            diags.error(other.loc(), format!("expected a list of header rules for `headers`, found {}", other.kind()));
            Vec::new()
        }
    };
    let (description, description_ja) = match fields.get("description") {
        None if extension => (Some(here("")), Some(here(""))),
        _ => match fields.required("description", diags) {
            Some(node) => match Fields::read(node, "a description", DESCRIPTION_KEYS, diags) {
                Some(desc) => {
                    let en = required_string(&desc, "en", diags);
                    let ja = match (desc.get("ja"), &en) {
                        (None, Some(en)) if extension => Some(en.clone()),
                        _ => required_string(&desc, "ja", diags),
                    };
                    (en, ja)
                }
                None => (None, None),
            },
            None => (None, None),
        },
    };
    Some(Entry {
        code: code?,
        reason: reason?,
        reason_ja: reason_ja?,
        name,
        aliases,
        vendors,
        spec,
        iana_reason,
        lifecycle: lifecycle?,
        expires,
        cacheable,
        allows_content: content,
        retry_after,
        retry: retry?,
        retry_note,
        proxy_error,
        headers,
        description: description?,
        description_ja: description_ja?,
        loc: fields.loc,
    })
}
