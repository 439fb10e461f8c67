//! The one rule for a reason phrase: what the registry, an extension file and a derived enum's
//! `reason = "..."` may hold.
//!
//! A phrase goes on the wire after the code and comes back through the parser, so it must print
//! as a status line that reads back the same: visible ASCII words separated by single spaces, with
//! nothing at either end, and short.

/// Reason phrases longer than this many bytes are refused; the longest real one is under 50.
pub const MAX_LEN: usize = 64;

/// Why `text` is not a reason phrase, if it is not; the message continues a sentence about the
/// phrase (`the reason of `X` ...`, `the phrase ...`).
#[must_use]
pub fn problem(text: &str) -> Option<String> {
    if text.is_empty() {
        return Some("is empty; write a phrase such as \"Down for maintenance\"".to_owned());
    }
    if let Some(bad) = text.chars().find(|c| c.is_control()) {
        return Some(format!(
            "holds the control character {bad:?}; a phrase is visible ASCII words with single spaces between them"
        ));
    }
    if text.trim() != text {
        return Some(format!("has a space at its start or end; write \"{}\"", text.trim()));
    }
    if let Some(bad) = text.chars().find(|c| *c != ' ' && !c.is_ascii_graphic()) {
        return Some(format!(
            "holds {bad:?}; a phrase is visible ASCII (letters, digits, punctuation) with single spaces between words"
        ));
    }
    if text.contains("  ") {
        return Some("has two spaces in a row; separate words with one space".to_owned());
    }
    if text.len() > MAX_LEN {
        return Some(format!("is longer than {MAX_LEN} bytes; shorten it"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::problem;

    #[test]
    fn phrases_are_visible_ascii_words_with_single_spaces() {
        for good in ["Not Found", "I'm a teapot", "Request-URI Too Large", "OK", "Bad Gateway or Proxy Error"] {
            assert_eq!(problem(good), None, "{good}");
        }
        for bad in ["", " Padded", "Padded ", "Two  Spaces", "Tab\there", "Caf\u{e9}", "Line\nbreak", "\u{7f}"] {
            assert!(problem(bad).is_some(), "{bad:?}");
        }
        assert!(problem(&"x".repeat(65)).unwrap().starts_with("is longer than 64 bytes"));
        assert_eq!(problem(&"x".repeat(64)), None);
        assert!(problem("Not\tFound").unwrap().starts_with("holds the control character '\\t'"));
    }
}
