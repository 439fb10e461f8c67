//! A derived enum's parser is fixed by its source: every phrase and name of the whole registry,
//! every vendor's included, parses to the same answer whatever vendors this build has on. The
//! expected answers are computed from the registry file itself, which knows nothing of features,
//! and `scripts/test.sh` runs this with no vendor, each vendor alone and all vendors.

use status_registry::{ParseStatusErrorKind, StatusRegistry};

/// IANA 451 and 508, which Exchange and cPanel also use with their own phrases.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Legal {
    Ok,
    #[status(451)]
    Censored,
    #[status(508)]
    Loop,
}

/// The same with a catch-all.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    Ok,
    #[status(451)]
    Censored,
    #[status(508, reason = "Loop Found")]
    Loop,
    #[status(other)]
    Other(status_registry::NonMember<Self>),
}

/// Every reason, alias and variant name of the registry, with the code and the variant name of
/// the entry it belongs to.
fn every_word() -> Vec<(String, u16, String)> {
    let registry = status_registry_codegen::embedded().unwrap();
    let mut words = Vec::new();
    for status in &registry.statuses {
        let code = status.entry.code.value;
        for word in std::iter::once(&status.entry.reason).chain(&status.entry.aliases) {
            words.push((word.value.clone(), code, status.name.clone()));
        }
        words.push((status.name.clone(), code, status.name.clone()));
    }
    assert!(words.len() > 230, "{} words", words.len());
    words
}

#[test]
fn a_phrase_of_another_meaning_of_a_members_code_is_an_error() {
    // Exchange ActiveSync's 451 and cPanel's 508, with or without their vendors on.
    for text in ["Redirect", "Resource Limit Is Reached", "ExchangeRedirect"] {
        assert_eq!(text.parse::<Legal>().map_err(|e| e.kind()), Err(ParseStatusErrorKind::NoMemberWord), "{text}");
        assert_eq!(text.parse::<Open>().map_err(|e| e.kind()), Err(ParseStatusErrorKind::NoMemberWord), "{text}");
    }
    for text in ["451 Redirect", "508 Resource Limit Is Reached"] {
        let code = text[..3].parse().unwrap();
        let mismatch = ParseStatusErrorKind::ReasonMismatch { code };
        assert_eq!(text.parse::<Legal>().map_err(|e| e.kind()), Err(mismatch), "{text}");
        assert_eq!(text.parse::<Open>().map_err(|e| e.kind()), Err(mismatch), "{text}");
    }
    assert_eq!("Unavailable For Legal Reasons".parse(), Ok(Legal::Censored));
    assert_eq!("451 unavailable for legal reasons".parse(), Ok(Legal::Censored));
    assert_eq!("LoopDetected".parse(), Ok(Legal::Loop));
    assert_eq!("Loop Found".parse(), Ok(Open::Loop));
    assert_eq!("508 Loop Detected".parse(), Ok(Open::Loop));
}

#[test]
fn every_registry_word_parses_the_same_in_every_build() {
    for (word, code, name) in every_word() {
        let closed = match (code, name.as_str()) {
            (200, "Ok") => Ok(Legal::Ok),
            (451, "UnavailableForLegalReasons") => Ok(Legal::Censored),
            (508, "LoopDetected") => Ok(Legal::Loop),
            _ => Err(ParseStatusErrorKind::NoMemberWord),
        };
        // A word of the registry may be the word of another entry too (a name of one meaning may be
        // the phrase of another); the member's own words win.
        let expected = match word.to_ascii_lowercase().as_str() {
            "ok" => Ok(Legal::Ok),
            "unavailable for legal reasons" | "unavailableforlegalreasons" => Ok(Legal::Censored),
            "loop detected" | "loopdetected" => Ok(Legal::Loop),
            _ => closed,
        };
        assert_eq!(word.parse::<Legal>().map_err(|e| e.kind()), expected, "{word:?} ({code} {name})");
        let open = expected.map(|m| match m {
            Legal::Ok => Open::Ok,
            Legal::Censored => Open::Censored,
            Legal::Loop => Open::Loop,
        });
        assert_eq!(word.parse::<Open>().map_err(|e| e.kind()), open, "{word:?} ({code} {name})");
    }
}
