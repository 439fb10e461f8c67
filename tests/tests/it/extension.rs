//! An enum extended with the application's own codes, from a file and inline.

use status_registry::{Level, Lifecycle, Registry, Retry, Status, StatusCode, StatusRegistry};

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(extend = "fixtures/extension/app-codes.yaml")]
enum AppStatus {
    Ok,
    QuotaExhausted,
    #[status(791)]
    Suspended,
    #[status(other)]
    Other(u16),
}

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(extend_inline = "
statuses:
  - code: 701
    reason: Meeting In Progress
    reason_ja: 会議中
    lifecycle: registered
    retry: always
    description:
      en: The person you called is in a meeting.
      ja: 相手は会議中です。
")]
enum Inline {
    Created,
    MeetingInProgress,
}

#[test]
fn extension_codes_behave_like_registry_codes() {
    assert_eq!(AppStatus::QuotaExhausted.code(), 790);
    assert_eq!(AppStatus::QuotaExhausted.reason(), "Quota Exhausted");
    assert_eq!(AppStatus::QuotaExhausted.to_string(), "790 Quota Exhausted");
    assert_eq!(AppStatus::QuotaExhausted.retry(), Retry::AfterRetryAfter);
    assert!(AppStatus::QuotaExhausted.uses_retry_after());
    let info = AppStatus::QuotaExhausted.info().unwrap();
    assert_eq!(info.reason_ja, "割り当て超過");
    assert_eq!(info.lifecycle, Lifecycle::Registered);
    assert_eq!(info.vendor, None);
    assert_eq!(AppStatus::Suspended.reason(), "Tenant Suspended");
    assert_eq!(AppStatus::from(790), AppStatus::QuotaExhausted);
    assert_eq!("out of quota".parse::<AppStatus>(), Ok(AppStatus::QuotaExhausted));
    assert_eq!("791 Tenant Suspended".parse::<AppStatus>(), Ok(AppStatus::Suspended));
    assert_eq!(AppStatus::ALL, &[AppStatus::Ok, AppStatus::QuotaExhausted, AppStatus::Suspended]);
}

#[test]
fn the_catch_all_knows_extension_codes_without_a_variant() {
    let region = AppStatus::from(792);
    assert_eq!(region, AppStatus::Other(792));
    assert_eq!(region.reason(), "Region Read Only");
    assert_eq!(region.to_string(), "792 Region Read Only");
    assert_eq!(region.retry(), Retry::Idempotent);
}

#[test]
fn the_built_in_type_does_not_know_extension_codes() {
    let status = StatusCode::from(AppStatus::QuotaExhausted);
    assert_eq!(status.code(), 790);
    assert!(!status.is_registered());
    assert_eq!(StatusCode::from(AppStatus::Ok), StatusCode::Ok);
}

#[test]
fn inline_extensions_work_the_same() {
    assert_eq!(Inline::MeetingInProgress.code(), 701);
    assert_eq!(Inline::MeetingInProgress.to_string(), "701 Meeting In Progress");
    assert_eq!(Inline::try_from(701u16), Ok(Inline::MeetingInProgress));
    assert_eq!(Inline::lookup(201), Some(Inline::Created));
}

/// Only `code` and `reason` are needed: the rest has defaults, and no Japanese is required.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(extend_inline = "
statuses:
  - code: 780
    reason: Queue Full
")]
enum Minimal {
    Ok,
    QueueFull,
}

#[test]
fn a_minimal_entry_takes_the_documented_defaults() {
    let info = Minimal::QueueFull.info().unwrap();
    assert_eq!((info.code, info.reason, info.name), (780, "Queue Full", "QueueFull"));
    assert_eq!(info.reason_ja, "Queue Full", "reason_ja defaults to the reason");
    assert_eq!(info.lifecycle, Lifecycle::InUse);
    assert_eq!(info.retry, Retry::Never);
    assert_eq!((info.description, info.description_ja), ("", ""));
    assert!(!info.cacheable && info.allows_content && !info.retry_after);
    assert_eq!(info.aliases, &[] as &[&str]);
    assert_eq!(Minimal::QueueFull.to_string(), "780 Queue Full");
    assert_eq!("queue full".parse::<Minimal>(), Ok(Minimal::QueueFull));
}

#[test]
fn an_extension_may_not_take_a_registry_phrase() {
    let base = status_registry_codegen::embedded().unwrap();
    let source = "statuses:\n  - code: 799\n    reason: Not Found\n    aliases: [Gone, OK, Mine]\n";
    let error = status_registry_codegen::load_extension(source, "codes.yaml", base).unwrap_err().to_string();
    for (at, phrase, code) in [("3:13", "Not Found", "404"), ("4:15", "Gone", "410"), ("4:21", "OK", "200")] {
        assert!(
            error.contains(&format!("codes.yaml:{at}: `{phrase}` is the registry's phrase for {code}")),
            "{phrase}: {error}"
        );
    }
    assert!(!error.contains("`Mine`"), "{error}");
    let minimal = "statuses:\n  - code: 799\n    reason: Mine\n";
    assert!(status_registry_codegen::load_extension(minimal, "codes.yaml", base).is_ok());
}

/// Every field an extension entry may have, each away from its default.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
#[status_registry(extend_inline = "
statuses:
  - code: 786
    reason: Lease Expired
    reason_ja: リース期限切れ
    aliases: [Lease Gone, Lease Timed Out]
    spec: RFC 9110, Section 15.5.1
    lifecycle: temporary
    expires: 2031-02-28
    cacheable: true
    content: false
    retry_after: true
    retry: after
    retry_note: The lease comes back when the holder renews it.
    headers:
      - {name: retry-after, level: should, spec: 'RFC 9110, Section 10.2.3'}
      - {name: www-authenticate, level: must, spec: 'RFC 9110, Section 11.6.1'}
      - {name: x-lease, level: must, spec: 'Lease API, Section 2'}
    description:
      en: The lease the request named has run out.
      ja: リクエストが指定したリースは期限切れです。
")]
enum Leased {
    LeaseExpired,
}

/// An extension entry's record goes through the runtime's row grammar, as the built-in rows do;
/// each field arrives where `Info` says, and the header rules split by level in written order.
#[test]
fn an_extension_record_carries_every_field() {
    let info = Leased::LeaseExpired.info().unwrap();
    assert_eq!(
        (info.code, info.name, info.reason, info.reason_ja),
        (786, "LeaseExpired", "Lease Expired", "リース期限切れ")
    );
    assert_eq!(info.text, "786 Lease Expired");
    assert_eq!(info.aliases, ["Lease Gone", "Lease Timed Out"]);
    assert_eq!((info.vendor, info.vendors), (None, &[] as &[status_registry::Vendor]));
    assert_eq!(info.spec, Some("RFC 9110, Section 15.5.1"));
    assert_eq!(info.spec_link, Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1"));
    assert_eq!((info.lifecycle, info.expires), (Lifecycle::Temporary, Some("2031-02-28")));
    assert!(info.cacheable && !info.allows_content && info.retry_after);
    assert_eq!(
        (info.retry, info.retry_note),
        (Retry::AfterRetryAfter, "The lease comes back when the holder renews it.")
    );
    assert_eq!(info.description, "The lease the request named has run out.");
    assert_eq!(info.description_ja, "リクエストが指定したリースは期限切れです。");
    let rules =
        |rules: &[status_registry::HeaderRule]| rules.iter().map(|r| (r.name, r.level, r.spec)).collect::<Vec<_>>();
    let must = [
        ("www-authenticate", Level::Must, "RFC 9110, Section 11.6.1"),
        ("x-lease", Level::Must, "Lease API, Section 2"),
    ];
    let should = [("retry-after", Level::Should, "RFC 9110, Section 10.2.3")];
    assert_eq!(rules(info.required_headers()), must);
    assert_eq!(rules(info.recommended_headers()), should);
    assert_eq!(rules(info.headers), [must.as_slice(), should.as_slice()].concat());
    assert_eq!(rules(Leased::LeaseExpired.required_headers()), must);
}
