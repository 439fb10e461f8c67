/// A vendor whose private status codes the registry lists.
///
/// Every vendor exists whatever features are on; its codes exist in [`StatusCode`] only with its
/// `vendor-<id>` feature. The declaration order is the precedence used when vendors share a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Vendor {
    /// Acme: codes behind feature `vendor-acme`.
    Acme,
}
impl Vendor {
    /// Every vendor, in precedence order.
    pub const ALL: &'static [Vendor] = &[Vendor::Acme];
    /// The kebab-case id (`aws-elb`), as in the feature name.
    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Vendor::Acme => "acme",
        }
    }
    /// The display name (`AWS Elastic Load Balancing`).
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Vendor::Acme => "Acme",
        }
    }
    /// The cargo feature of `status-registry` that enables this vendor's codes.
    #[must_use]
    pub const fn feature(self) -> &'static str {
        match self {
            Vendor::Acme => "vendor-acme",
        }
    }
    /// Where the vendor documents its codes, when known.
    #[must_use]
    pub const fn url(self) -> ::core::option::Option<&'static str> {
        match self {
            Vendor::Acme => ::core::option::Option::None,
        }
    }
    /// Whether this build of `status-registry` has the vendor's feature on.
    #[must_use]
    pub const fn is_enabled(self) -> bool {
        match self {
            Vendor::Acme => cfg!(feature = "vendor-acme"),
        }
    }
    /// The vendor with the given id (`"cloudflare"`), ignoring ASCII case.
    #[must_use]
    pub fn from_id(id: &str) -> ::core::option::Option<Self> {
        Self::ALL.iter().copied().find(|v| v.id().eq_ignore_ascii_case(id))
    }
}
/// An HTTP status code: every code of the registry as a variant, and [`StatusCode::Unregistered`]
/// for the rest, so that `From<u16>` is total.
///
/// The variants are generated from `registry.yaml`. IANA codes are always present; a vendor's
/// codes exist only with its `vendor-<id>` feature. Features unify across a build, so another
/// crate can add variants to yours: the enum is `#[non_exhaustive]`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
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
    AcmeLostIt,
    /// A code that is not registered, or whose vendor feature is off. The payload cannot be
    /// built outside this crate and never holds an enabled registered code, so every code has
    /// exactly one representation.
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
/// Code to variant, for codes 0..=999, honouring vendor precedence.
static BY_CODE: [::core::option::Option<StatusCode>; 1000] = {
    let mut table = [::core::option::Option::None; 1000];
    #[cfg(feature = "vendor-acme")]
    {
        table[404usize] = ::core::option::Option::Some(StatusCode::AcmeLostIt);
    }
    {
        table[404usize] = ::core::option::Option::Some(StatusCode::NotFound);
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
        table = table.insert("Not Found", StatusCode::NotFound);
    }
    #[cfg(feature = "vendor-acme")]
    {
        table = table.insert("Lost It", StatusCode::AcmeLostIt);
    }
    {
        table = table.insert("NotFound", StatusCode::NotFound);
    }
    #[cfg(feature = "vendor-acme")]
    {
        table = table.insert("AcmeLostIt", StatusCode::AcmeLostIt);
    }
    table
};
impl StatusCode {
    /// Every enabled registered status, ascending by code; at one code, IANA first and then
    /// vendors in precedence order.
    pub const ALL: &'static [StatusCode] = &[
        StatusCode::NotFound,
        #[cfg(feature = "vendor-acme")]
        StatusCode::AcmeLostIt,
    ];
    /// The numeric code.
    #[must_use]
    #[inline]
    pub const fn code(self) -> u16 {
        match self {
            StatusCode::NotFound => 404u16,
            #[cfg(feature = "vendor-acme")]
            StatusCode::AcmeLostIt => 404u16,
            StatusCode::Unregistered(u) => u.get(),
        }
    }
    /// The registry's metadata for this status; `None` for [`StatusCode::Unregistered`].
    #[must_use]
    #[inline]
    pub const fn info(self) -> ::core::option::Option<&'static crate::Info> {
        let position = self.position();
        if position < ENABLED {
            ::core::option::Option::Some(&INFOS[position])
        } else {
            ::core::option::Option::None
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
    /// The reason phrase (`Not Found`); empty for [`StatusCode::Unregistered`].
    #[must_use]
    #[inline]
    pub const fn reason(self) -> &'static str {
        match self.info() {
            ::core::option::Option::Some(info) => info.reason,
            ::core::option::Option::None => "",
        }
    }
    /// The variant name (`"NotFound"`); `"Unregistered"` for unregistered codes.
    #[must_use]
    #[inline]
    pub const fn name(self) -> &'static str {
        match self.info() {
            ::core::option::Option::Some(info) => info.name,
            ::core::option::Option::None => "Unregistered",
        }
    }
    /// The preferred meaning of `code` among enabled entries: IANA, then vendors in precedence order.
    #[inline]
    pub(crate) fn by_code(code: u16) -> ::core::option::Option<Self> {
        BY_CODE.get(usize::from(code)).copied().flatten()
    }
    /// `vendor`'s own meaning of `code`, if that vendor is enabled and defines it.
    pub(crate) const fn by_vendor(
        vendor: Vendor,
        code: u16,
    ) -> ::core::option::Option<Self> {
        match (vendor, code) {
            #[cfg(feature = "vendor-acme")]
            (Vendor::Acme, 404u16) => {
                ::core::option::Option::Some(StatusCode::AcmeLostIt)
            }
            _ => ::core::option::Option::None,
        }
    }
    /// The status a reason phrase, alias or variant name names, ignoring ASCII case.
    pub(crate) fn by_phrase(phrase: &str) -> ::core::option::Option<Self> {
        PHRASES.get(phrase)
    }
}
