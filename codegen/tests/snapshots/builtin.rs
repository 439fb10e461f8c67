crate::define::vendors! {
    Acme {
        id: "acme",
        name: "Acme",
        feature: "vendor-acme",
        url: None,
        gate: __vendor_acme,
    }
}

crate::define::statuses! {
    NotFound {
        code: 404,
        reason: "Not Found",
        reason_ja: "未検出",
        text: "404 Not Found",
        aliases: [],
        vendors: [],
        spec: Some("RFC 9110, Section 15.5.5"),
        spec_link: Some("https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5"),
        lifecycle: Registered,
        expires: None,
        cacheable: true,
        allows_content: true,
        retry_after: false,
        retry: Never,
        retry_note: "",
        proxy_error: None,
        required_headers: [],
        recommended_headers: [("x-nothing", "Acme API, Section 2")],
        description: "Nothing is here.",
        description_ja: "何もありません。",
        about: "IANA registry. Specification: [RFC 9110, Section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5). Lifecycle: registered.",
    }
    #[cfg(feature = "vendor-acme")]
    AcmeLostIt {
        code: 404,
        reason: "Lost It",
        reason_ja: "紛失",
        text: "404 Lost It",
        aliases: [],
        vendors: [Acme],
        spec: None,
        spec_link: None,
        lifecycle: Deprecated,
        expires: None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: Idempotent,
        retry_note: "Acme finds it again on a second look.",
        proxy_error: None,
        required_headers: [],
        recommended_headers: [],
        description: "Acme lost it.",
        description_ja: "Acme が紛失しました。",
        about: "Vendor: Acme (feature `vendor-acme`). Source: no public specification. Lifecycle: deprecated.",
    }
}

crate::define::problem_types! {
}

crate::define::proxy_errors! {
}
