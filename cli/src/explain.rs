//! `statusreg explain`: every meaning of a code, or of the code a phrase names, across all vendors.

use std::fmt::Write;

use status_registry::{GrpcCode, SpanKind, SpanStatus};
use status_registry_codegen::model::{Checked, CheckedEntry, Level, ProblemTypeDef, ProxyErrorDef, TypeLifecycle};

use crate::args::Lang;
use crate::{Extended, Output};

pub(crate) fn run(extended: &Extended, queries: &[String], lang: Lang) -> Output {
    let registry = &extended.registry;
    let mut text = String::new();
    let mut errors = String::new();
    for query in queries {
        if let Some(ty) = registry.problem_type(query.trim()) {
            describe_problem_type(&mut text, ty, lang);
            continue;
        }
        if let Some(error) = registry.proxy_error(query.trim()) {
            describe_proxy_error(&mut text, error, lang);
            continue;
        }
        let codes = codes_for(registry, query);
        if codes.is_empty() {
            match code_of(query) {
                Some(code) => {
                    let _ = writeln!(errors, "{code:03}: not in the registry ({})", class_name(code));
                }
                None => {
                    let hint =
                        nearest(registry, query).map(|best| format!("; did you mean `{best}`?")).unwrap_or_default();
                    let _ = writeln!(errors, "{}: no status has this code, phrase or name{hint}", query.trim());
                }
            }
            continue;
        }
        for code in codes {
            for status in registry.statuses.iter().filter(|s| s.entry.code.value == code) {
                describe(&mut text, registry, status, lang, extended.extension_of(status));
            }
        }
    }
    let complete = errors.is_empty();
    Output { text, errors, complete }
}

/// The code a query gives by number, as a log or the wire carries it: `404`, `404 Not Found`,
/// `HTTP/1.1 404 Not Found`. The code decides, whatever the phrase, as it does for a client.
fn code_of(query: &str) -> Option<u16> {
    let mut rest = query.trim();
    if rest.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("HTTP/")) {
        rest = rest.split_once([' ', '\t']).map_or("", |(_, after)| after.trim_start());
    }
    let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
    let (digits, after) = rest.split_at(end);
    let separated = after.is_empty() || after.starts_with([' ', '\t']);
    if digits.is_empty() || !separated {
        return None;
    }
    digits.parse().ok()
}

/// The phrase, alias or variant name nearest to a query that names nothing, by the same distance
/// the derive uses for a mistyped variant name.
fn nearest<'r>(registry: &'r Checked, query: &str) -> Option<&'r str> {
    let candidates = registry.statuses.iter().flat_map(|s| {
        let entry = &s.entry;
        std::iter::once(entry.reason.value.as_str())
            .chain(entry.aliases.iter().map(|a| a.value.as_str()))
            .chain(std::iter::once(s.name.as_str()))
    });
    status_registry_codegen::nearest(query.trim(), candidates)
}

/// The codes a query names: a number, or every code with a matching phrase, alias or variant name.
fn codes_for(registry: &Checked, query: &str) -> Vec<u16> {
    let query = query.trim();
    if let Some(code) = code_of(query) {
        let known = registry.statuses.iter().any(|s| s.entry.code.value == code);
        return if known { vec![code] } else { Vec::new() };
    }
    let mut codes: Vec<u16> = registry
        .statuses
        .iter()
        .filter(|s| {
            let entry = &s.entry;
            s.name.eq_ignore_ascii_case(query)
                || entry.reason.value.eq_ignore_ascii_case(query)
                || entry.aliases.iter().any(|a| a.value.eq_ignore_ascii_case(query))
        })
        .map(|s| s.entry.code.value)
        .collect();
    codes.dedup();
    codes
}

fn describe_problem_type(text: &mut String, ty: &ProblemTypeDef, lang: Lang) {
    let title = match lang {
        Lang::En => ty.title.value.clone(),
        Lang::Ja => format!("{} ({})", ty.title_ja.value, ty.title.value),
    };
    let _ = writeln!(text, "{title}  [problem type, RFC 9457]");
    let _ = writeln!(text, "  name         {} (ProblemType::{})", ty.id.value, ty.variant());
    let _ = writeln!(text, "  uri          {}", ty.uri.value);
    let status =
        ty.status.as_ref().map_or_else(|| "none (the response's own)".to_owned(), |s| format!("{:03}", s.value));
    let _ = writeln!(text, "  status       {status}");
    for member in &ty.members {
        let items = member.items.as_ref().map(|i| format!(" of {}", i.value)).unwrap_or_default();
        let _ = writeln!(text, "  member       {}: {}{items}", member.name.value, member.json_type.value);
    }
    let lifecycle = match &ty.lifecycle.value {
        TypeLifecycle::Registered => "registered".to_owned(),
        TypeLifecycle::Draft { name, revision } => format!("draft ({name}-{revision:02})"),
    };
    let _ = writeln!(text, "  lifecycle    {lifecycle}");
    let _ = writeln!(text, "  reference    {}", ty.spec.value);
    let description = match lang {
        Lang::En => &ty.description.value,
        Lang::Ja => &ty.description_ja.value,
    };
    let _ = writeln!(text, "  {description}\n");
}

fn describe_proxy_error(text: &mut String, error: &ProxyErrorDef, lang: Lang) {
    let _ = writeln!(text, "{}  [proxy error type, RFC 9209]", error.name.value);
    let _ = writeln!(text, "  variant      ProxyError::{}", error.variant());
    let status = error.status.as_ref().map_or_else(|| "the applicable one".to_owned(), |s| format!("{:03}", s.value));
    let _ = writeln!(text, "  status       {status}");
    for param in &error.params {
        let _ = writeln!(text, "  parameter    {}: {}", param.name.value, param.sf_type.value);
    }
    let forwarded = if error.never_forwarded {
        "never forwarded: the next hop did not see the request, so any method may be sent again"
    } else {
        "may have reached the next hop: only an idempotent request is safe to send again"
    };
    let _ = writeln!(text, "  retry        {forwarded}");
    let _ = writeln!(text, "  reference    {}", error.spec.value);
    let description = match lang {
        Lang::En => &error.description.value,
        Lang::Ja => &error.description_ja.value,
    };
    let _ = writeln!(text, "  {description}\n");
}

fn class_name(code: u16) -> &'static str {
    match code {
        100..=199 => "1xx informational",
        200..=299 => "2xx successful",
        300..=399 => "3xx redirection",
        400..=499 => "4xx client error",
        500..=599 => "5xx server error",
        _ => "nonstandard",
    }
}

fn yes_no(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

fn describe(text: &mut String, registry: &Checked, status: &CheckedEntry, lang: Lang, extension: Option<&str>) {
    let entry = &status.entry;
    let code = entry.code.value;
    let vendors = registry.vendors_of(status);
    let (owner, feature) = if let Some(file) = extension {
        (format!("extension {file}"), String::new())
    } else if vendors.is_empty() {
        ("IANA".to_owned(), String::new())
    } else {
        let names: Vec<&str> = vendors.iter().map(|v| v.name.value.as_str()).collect();
        let features: Vec<String> = vendors.iter().map(|v| format!("`{}`", v.feature())).collect();
        (names.join(", "), format!(" (feature {})", features.join(" or ")))
    };
    let _ = match lang {
        Lang::En => writeln!(text, "{code:03} {}  [{owner}]{feature}", entry.reason.value),
        Lang::Ja => writeln!(text, "{code:03} {} ({})  [{owner}]{feature}", entry.reason_ja.value, entry.reason.value),
    };
    // An extension's codes are members of the enums that extend with it, not of `StatusCode`.
    let _ = match extension {
        Some(_) => writeln!(text, "  name         {} (a member of enums that extend with the file)", status.name),
        None => writeln!(text, "  variant      StatusCode::{}", status.name),
    };
    if !entry.aliases.is_empty() {
        let aliases: Vec<&str> = entry.aliases.iter().map(|a| a.value.as_str()).collect();
        let _ = writeln!(text, "  aliases      {}", aliases.join(", "));
    }
    if let Some(spec) = &entry.spec {
        let link = entry.spec_link().map(|l| format!(" <{l}>")).unwrap_or_default();
        let _ = writeln!(text, "  reference    {}{link}", spec.value);
    }
    let expires = entry.expires.as_ref().map(|e| format!(", expires {}", e.value)).unwrap_or_default();
    let _ = writeln!(text, "  lifecycle    {}{expires}", entry.lifecycle.value.as_str());
    let _ = writeln!(
        text,
        "  semantics    {}; cacheable {}; content {}; retry-after {}; retry {}",
        class_name(code),
        yes_no(entry.cacheable),
        yes_no(entry.allows_content),
        yes_no(entry.retry_after),
        entry.retry.value.as_str()
    );
    if let Some(note) = &entry.retry_note {
        let _ = writeln!(text, "  retry note   {}", note.value);
    }
    if let Some(error) = &entry.proxy_error {
        let _ = writeln!(text, "  proxy error  {} (RFC 9209; `statusreg explain {}`)", error.value, error.value);
    }
    for level in [Level::Must, Level::Should] {
        for rule in entry.headers.iter().filter(|r| r.level.value == level) {
            let label = if level == Level::Must { "requires" } else { "recommends" };
            let _ = writeln!(text, "  {label:<13}`{}` header ({})", rule.name.value, rule.spec.value);
        }
    }
    let _ = writeln!(
        text,
        "  tracing      span status {} on the server, {} on the client (OpenTelemetry)",
        SpanStatus::for_code(code, SpanKind::Server),
        SpanStatus::for_code(code, SpanKind::Client)
    );
    let meant = GrpcCode::server_meaning(code);
    let _ = writeln!(
        text,
        "  grpc         {meant} ({}) when a server answers a call with it (google.rpc.Code)",
        meant.value()
    );
    let grpc = GrpcCode::from_http(code);
    let _ = writeln!(text, "               {grpc} ({}) when no grpc-status came with it", grpc.value());
    let description = match lang {
        Lang::En => &entry.description.value,
        Lang::Ja => &entry.description_ja.value,
    };
    let _ = writeln!(text, "  {description}\n");
}
