pub enum Vendor {
    /// Acme: codes behind feature `vendor-acme`.
    Acme,
}
/// Every vendor, in precedence order.
const VENDORS: &[Vendor] = &[Vendor::Acme];
/// Per vendor, in declaration order: id, display name, feature, documentation URL, and
/// whether the feature is on in this build.
static VENDOR_IDS: [&str; 1usize] = ["acme"];
static VENDOR_NAMES: [&str; 1usize] = ["Acme"];
static VENDOR_FEATURES: [&str; 1usize] = ["vendor-acme"];
static VENDOR_URLS: [::core::option::Option<&str>; 1usize] = [
    ::core::option::Option::None,
];
const VENDOR_ENABLED: [bool; 1usize] = [cfg!(feature = "vendor-acme")];
pub enum StatusCode {
    /// `404 Not Found`
    ///
    /// Nothing is here.
    ///
    /// IANA registry. Specification: [RFC 9110, Section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5).
    /// Lifecycle: registered.
    NotFound,
    /// `404 Lost It`
    ///
    /// Acme lost it.
    ///
    /// Vendor: Acme (feature `vendor-acme`). Source: no public specification.
    /// Lifecycle: deprecated.
    #[cfg(feature = "vendor-acme")]
    #[cfg_attr(docsrs, doc(cfg(feature = "vendor-acme")))]
    AcmeLostIt,
    Unregistered(crate::Unregistered),
}
/// For every registry entry, its variant's position among the enabled variants; one more
/// slot at the end holds the number of enabled variants.
const POSITIONS: [usize; 2usize + 1] = {
    let enabled = [true, cfg!(feature = "vendor-acme")];
    let mut positions = [0; 2usize + 1];
    let mut i = 0;
    while i < enabled.len() {
        positions[i + 1] = positions[i] + enabled[i] as usize;
        i += 1;
    }
    positions
};
/// The number of enabled variants, `Unregistered` aside.
const ENABLED: usize = POSITIONS[2usize];
/// The metadata of the enabled variants, in variant order.
static INFOS: [crate::Info; ENABLED] = [
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 404u16,
        name: "NotFound",
        reason: "Not Found",
        reason_ja: "未検出",
        text: "404 Not Found",
        aliases: &[],
        vendor: ::core::option::Option::None,
        spec: ::core::option::Option::Some("RFC 9110, Section 15.5.5"),
        spec_link: ::core::option::Option::Some(
            "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        ),
        lifecycle: crate::Lifecycle::Registered,
        expires: ::core::option::Option::None,
        cacheable: true,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Never,
        description: "Nothing is here.",
        description_ja: "何もありません。",
    }),
    #[cfg(feature = "vendor-acme")]
    crate::Info::__from_fields(crate::__private::InfoFields {
        code: 404u16,
        name: "AcmeLostIt",
        reason: "Lost It",
        reason_ja: "紛失",
        text: "404 Lost It",
        aliases: &[],
        vendor: ::core::option::Option::Some(crate::Vendor::Acme),
        spec: ::core::option::Option::None,
        spec_link: ::core::option::Option::None,
        lifecycle: crate::Lifecycle::Deprecated,
        expires: ::core::option::Option::None,
        cacheable: false,
        allows_content: true,
        retry_after: false,
        retry: crate::Retry::Idempotent,
        description: "Acme lost it.",
        description_ja: "Acme が紛失しました。",
    }),
];
/// Code to value, honouring vendor precedence: every slot holds a value, `Unregistered`
/// where no enabled variant has the code, so a conversion is one load. Codes span
/// 0..=999; the slots go on to 1023 so that an index masked with 1023 needs no bounds check.
static BY_CODE: [StatusCode; 1024] = {
    let mut table = [StatusCode::Unregistered(crate::Unregistered::new(0)); 1024];
    let mut code = 0;
    while code < 1024 {
        table[code] = StatusCode::Unregistered(crate::Unregistered::new(code as u16));
        code += 1;
    }
    #[cfg(feature = "vendor-acme")]
    {
        table[404usize] = StatusCode::AcmeLostIt;
    }
    {
        table[404usize] = StatusCode::NotFound;
    }
    table
};
/// Reason phrases, aliases and variant names of the enabled statuses, for parsing.
static PHRASES: crate::phrase_table::PhraseTable<
    StatusCode,
    { crate::phrase_table::slots_for(4usize) },
> = {
    let mut table = crate::phrase_table::PhraseTable::new();
    {
        table.insert("Not Found", StatusCode::NotFound);
    }
    #[cfg(feature = "vendor-acme")]
    {
        table.insert("Lost It", StatusCode::AcmeLostIt);
    }
    {
        table.insert("NotFound", StatusCode::NotFound);
    }
    #[cfg(feature = "vendor-acme")]
    {
        table.insert("AcmeLostIt", StatusCode::AcmeLostIt);
    }
    table
};
/// Every enabled registered status, ascending by code; at one code, IANA first and then
/// vendors in precedence order.
const STATUSES: &[StatusCode] = &[
    StatusCode::NotFound,
    #[cfg(feature = "vendor-acme")]
    StatusCode::AcmeLostIt,
];
impl StatusCode {
    /// The code of a registered variant; `Unregistered` reads its payload.
    #[inline]
    const fn variant_code(self) -> u16 {
        match self {
            StatusCode::NotFound => 404u16,
            #[cfg(feature = "vendor-acme")]
            StatusCode::AcmeLostIt => 404u16,
            StatusCode::Unregistered(u) => u.get(),
        }
    }
    /// The variant's position among the enabled variants; `ENABLED` for `Unregistered`.
    /// Only integers come out of this match, so the optimizer turns it into a table (or the
    /// identity on the discriminant) instead of a jump per variant.
    #[inline]
    const fn position(self) -> usize {
        match self {
            StatusCode::NotFound => POSITIONS[0usize],
            #[cfg(feature = "vendor-acme")]
            StatusCode::AcmeLostIt => POSITIONS[1usize],
            StatusCode::Unregistered(_) => ENABLED,
        }
    }
    /// `vendor`'s own meaning of `code`, if that vendor is enabled and defines it.
    const fn vendor_meaning(vendor: Vendor, code: u16) -> ::core::option::Option<Self> {
        match (vendor, code) {
            #[cfg(feature = "vendor-acme")]
            (Vendor::Acme, 404u16) => {
                ::core::option::Option::Some(StatusCode::AcmeLostIt)
            }
            _ => ::core::option::Option::None,
        }
    }
}
