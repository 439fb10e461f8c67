//! Choosing the registry's language for a reader: `Accept-Language` (RFC 9110, Section 12.5.4)
//! against the languages the registry has text in.

use crate::Lang;

impl Lang {
    /// The language's tag, as `Content-Language` writes it: `en`, `ja`.
    #[must_use]
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The registry's language an `Accept-Language` value prefers (feature `http`): the one with the highest
    /// weight, a range counting for a language when its primary subtag is the language's
    /// (`ja-JP` for `ja`) and `*` for a language no range names; on equal weights, the one named
    /// first. English when the value names neither with a weight above 0, or does not parse.
    ///
    /// ```
    /// use status_registry::Lang;
    /// assert_eq!(Lang::from_accept_language("ja;q=0.9, en;q=0.5"), Lang::Ja);
    /// assert_eq!(Lang::from_accept_language("ja-JP,ja;q=0.9,en-US;q=0.8"), Lang::Ja);
    /// assert_eq!(Lang::from_accept_language("en, ja"), Lang::En);
    /// assert_eq!(Lang::from_accept_language("fr, ja;q=0"), Lang::En);
    /// assert_eq!(Lang::from_accept_language("fr, *;q=0.5"), Lang::En);
    /// ```
    #[cfg(feature = "http")]
    #[cfg_attr(docsrs, doc(cfg(feature = "http")))]
    #[must_use]
    pub fn from_accept_language(value: &str) -> Self {
        // Per language: the weight of its own range (the highest, where several name it) and
        // where it came, and the weight of `*`.
        let mut own: [Option<(u16, usize)>; 2] = [None, None];
        let mut any: Option<(u16, usize)> = None;
        for (position, element) in value.split(',').enumerate() {
            let mut parts = element.split(';');
            let range = parts.next().unwrap_or("").trim();
            if range.is_empty() {
                continue;
            }
            let mut weight = Some(1000);
            for parameter in parts {
                let parameter = parameter.trim();
                if let Some(q) = parameter.strip_prefix("q=").or_else(|| parameter.strip_prefix("Q=")) {
                    weight = qvalue(q);
                }
            }
            let Some(weight) = weight else { continue };
            let slot = if range == "*" {
                &mut any
            } else {
                match Lang::from_tag(range) {
                    Some(Lang::Ja) => &mut own[1],
                    Some(_) => &mut own[0],
                    None => continue,
                }
            };
            if slot.is_none_or(|(w, _)| weight > w) {
                *slot = Some((weight, position));
            }
        }
        let [en, ja] = own.map(|slot| slot.or(any));
        match (en, ja) {
            (_, Some((0, _)) | None) => Lang::En,
            (None | Some((0, _)), Some(_)) => Lang::Ja,
            (Some((en_weight, en_at)), Some((ja_weight, ja_at))) => {
                if ja_weight > en_weight || (ja_weight == en_weight && ja_at < en_at) { Lang::Ja } else { Lang::En }
            }
        }
    }
}

#[cfg(feature = "http")]
/// A weight (`qvalue`: `0` to `1` with up to three decimals) in thousandths; `None` when it is
/// not one, which makes its range count for nothing.
fn qvalue(text: &str) -> Option<u16> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths =
        fraction.bytes().chain(core::iter::repeat(b'0')).take(3).fold(0u16, |n, b| n * 10 + u16::from(b - b'0'));
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// The language the `Accept-Language` field of `headers` prefers; English without it.
#[cfg(all(feature = "http", feature = "problem"))]
pub(crate) fn accept_language(headers: &http::HeaderMap) -> Lang {
    crate::sf::list_field(headers, "accept-language").map_or(Lang::En, |value| Lang::from_accept_language(&value))
}

/// `Content-Language` and `Vary: Accept-Language` for a text whose language, when it has one, was
/// chosen for its reader.
#[cfg(all(
    feature = "problem",
    any(
        feature = "axum",
        feature = "warp",
        feature = "poem",
        feature = "salvo",
        feature = "rocket",
        feature = "tower"
    )
))]
pub(crate) fn language_headers(headers: &mut http::HeaderMap, lang: Option<Lang>) {
    if let Some(lang) = lang {
        headers.insert(http::header::CONTENT_LANGUAGE, http::HeaderValue::from_static(lang.tag()));
        headers.append(http::header::VARY, http::HeaderValue::from_static("accept-language"));
    }
}

#[cfg(all(test, feature = "http"))]
mod tests {
    use crate::Lang;

    #[test]
    fn weights_decide_and_ties_go_to_the_first_named() {
        for (value, want) in [
            ("", Lang::En),
            ("ja", Lang::Ja),
            ("JA", Lang::Ja),
            ("ja;q=0.9, en;q=0.5", Lang::Ja),
            ("en;q=0.5, ja;q=0.9", Lang::Ja),
            ("ja;q=0.5, en;q=0.9", Lang::En),
            ("ja, en", Lang::Ja),
            ("en, ja", Lang::En),
            ("ja;q=0", Lang::En),
            ("ja;q=0.000", Lang::En),
            ("ja;q=0.001", Lang::Ja),
            ("ja;q=1.0, en", Lang::Ja),
            ("ja;q=1.5", Lang::En),
            ("ja;q=0.1234", Lang::En),
            ("ja;q=x", Lang::En),
            ("fr, de", Lang::En),
            ("fr, *", Lang::En),
            ("*", Lang::En),
            ("en;q=0, *;q=0.3", Lang::Ja),
            ("ja-JP, ja;q=0.9, en-US;q=0.8, en;q=0.7", Lang::Ja),
            ("en-GB;q=0.8, ja-JP;q=0.9", Lang::Ja),
            ("ja;q=0.2, ja-JP;q=0.6, en;q=0.5", Lang::Ja),
            (" ja ; q=0.9 ,en;q=0.5", Lang::Ja),
            (",,ja", Lang::Ja),
        ] {
            assert_eq!(Lang::from_accept_language(value), want, "{value:?}");
        }
        assert_eq!((Lang::En.tag(), Lang::Ja.tag()), ("en", "ja"));
    }
}
