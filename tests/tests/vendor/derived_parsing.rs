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

/// `text` with the case of each ASCII letter chosen by `seed`: the parser ignores ASCII case.
fn mixed_case(text: &str, seed: &mut u64) -> String {
    text.chars()
        .map(|c| {
            *seed ^= *seed << 13;
            *seed ^= *seed >> 7;
            *seed ^= *seed << 17;
            if *seed & 1 == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }
        })
        .collect()
}

/// A variant name in `http`'s constant form: `ImATeapot` is `IM_A_TEAPOT`.
fn constant(name: &str) -> String {
    let mut out = String::new();
    for (i, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// Every meaning of `StatusCode`, in every form the one parsing rule reads, in mixed ASCII case:
/// its variant name, its status line, `http`'s constant form of its name (IANA meanings), and each
/// phrase and alias, which parse to the meaning that claims them first.
#[test]
fn every_form_of_every_meaning_parses_to_it() {
    use status_registry::StatusCode;
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    for status in StatusCode::ALL.iter().copied() {
        let info = status.info().unwrap();
        for _ in 0..4 {
            assert_eq!(mixed_case(info.name, &mut seed).parse(), Ok(status), "{}", info.name);
            assert_eq!(mixed_case(&status.to_string(), &mut seed).parse(), Ok(status), "{status}");
            if info.vendors.is_empty() {
                let constant = constant(info.name);
                assert_eq!(mixed_case(&constant, &mut seed).parse(), Ok(status), "{constant}");
            }
            for phrase in std::iter::once(&info.reason).chain(info.aliases) {
                let read: StatusCode = mixed_case(phrase, &mut seed).parse().unwrap();
                let named = read.info().unwrap();
                assert!(
                    std::iter::once(&named.reason).chain(named.aliases).any(|p| p.eq_ignore_ascii_case(phrase)),
                    "{phrase} read as {read}"
                );
                let constant =
                    phrase.replace([' ', '-'], "_").replace(|c: char| !c.is_ascii_alphanumeric() && c != '_', "");
                if info.vendors.is_empty() && constant.contains('_') && named.vendors.is_empty() {
                    assert_eq!(mixed_case(&constant, &mut seed).parse::<StatusCode>(), Ok(read), "{constant}");
                }
            }
            let code = format!("{:03}", status.code());
            assert_eq!(code.parse(), Ok(StatusCode::from_code(status.code())));
        }
    }
    assert_eq!("not_found".parse(), Ok(StatusCode::NotFound));
    assert_eq!("Method_Not_Allowed".parse(), Ok(StatusCode::MethodNotAllowed));
    assert_eq!("payload_too_large".parse(), Ok(StatusCode::ContentTooLarge), "http's name, an alias here");
    assert!("not__found".parse::<StatusCode>().is_err());
    assert!("NOT_FOUND_".parse::<StatusCode>().is_err());
}

/// A derived enum reads the same forms of its members, `METHOD_NOT_ALLOWED` for a member with
/// status 405 whatever the variant is called.
#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Shop {
    #[status(405)]
    ReadOnly,
    #[status(418)]
    Teapot,
    NonAuthoritativeInformation,
    #[status(413)]
    TooBig,
    #[status(404, reason = "No Such Shelf")]
    Missing,
}

#[test]
fn every_form_of_every_member_parses_to_it() {
    use status_registry::Status;
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let members = [Shop::ReadOnly, Shop::Teapot, Shop::NonAuthoritativeInformation, Shop::TooBig, Shop::Missing];
    for member in members {
        let info = member.info().unwrap();
        let variant = format!("{member:?}");
        let mut forms = vec![variant.clone(), constant(&variant), info.name.to_owned(), constant(info.name)];
        forms.push(format!("{:03}", member.code()));
        forms.push(member.to_string());
        forms.push(format!("{:03} {}", member.code(), info.reason));
        for phrase in std::iter::once(&info.reason).chain(info.aliases).chain(std::iter::once(&member.reason())) {
            forms.push((*phrase).to_owned());
            forms.push(phrase.replace([' ', '-'], "_").replace(|c: char| !c.is_ascii_alphanumeric() && c != '_', ""));
        }
        for form in forms {
            for _ in 0..4 {
                let text = mixed_case(&form, &mut seed);
                assert_eq!(text.parse::<Shop>(), Ok(member), "{text}");
            }
        }
    }
    assert_eq!("METHOD_NOT_ALLOWED".parse(), Ok(Shop::ReadOnly));
    assert_eq!("method_not_allowed".parse(), Ok(Shop::ReadOnly));
    assert_eq!("IM_A_TEAPOT".parse(), Ok(Shop::Teapot));
    assert_eq!("PAYLOAD_TOO_LARGE".parse(), Ok(Shop::TooBig));
    assert_eq!("NO_SUCH_SHELF".parse(), Ok(Shop::Missing));
    assert_eq!("TOO_BIG".parse(), Ok(Shop::TooBig));
    assert_eq!("NOT_FOUND".parse(), Ok(Shop::Missing));
    assert_eq!("GONE".parse::<Shop>().map_err(|e| e.kind()), Err(ParseStatusErrorKind::NoMemberWord));
    assert_eq!("BAD_REQUEST".parse::<Shop>().map_err(|e| e.kind()), Err(ParseStatusErrorKind::NoMemberWord));
}
