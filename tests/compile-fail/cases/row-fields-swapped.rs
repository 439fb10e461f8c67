// A status row whose `reason` and `reason_ja` trade places does not compile: the row grammar
// reads every field by its name, in one order, and builds the record by field name (`InfoRow`),
// so a value never lands in the wrong field unnoticed.
const SWAPPED: status_registry::Info = status_registry::__status_row!([::status_registry] info Swapped {
    code: 299,
    reason_ja: "入れ替わり",
    reason: "Swapped",
    text: "299 Swapped",
    aliases: [],
    vendors: [],
    spec: None,
    spec_link: None,
    lifecycle: InUse,
    expires: None,
    cacheable: false,
    allows_content: true,
    retry_after: false,
    retry: Never,
    retry_note: "",
    proxy_error: None,
    required_headers: [],
    recommended_headers: [],
    description: "",
    description_ja: "",
    about: "",
});

/// The same row in the grammar's order compiles.
const IN_ORDER: status_registry::Info = status_registry::__status_row!([::status_registry] info InOrder {
    code: 299,
    reason: "In Order",
    reason_ja: "順序どおり",
    text: "299 In Order",
    aliases: [],
    vendors: [],
    spec: None,
    spec_link: None,
    lifecycle: InUse,
    expires: None,
    cacheable: false,
    allows_content: true,
    retry_after: false,
    retry: Never,
    retry_note: "",
    proxy_error: None,
    required_headers: [],
    recommended_headers: [],
    description: "",
    description_ja: "",
    about: "",
});

fn main() {
    let _ = (SWAPPED.code, IN_ORDER.reason);
}
