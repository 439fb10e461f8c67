//! Japanese text from the registry, beside the English wire phrases.

use status_registry::{Lang, Status, StatusCode, StatusRegistry};

#[derive(StatusRegistry, Clone, Copy, Debug, PartialEq, Eq)]
enum Api {
    NotFound,
    #[status(503, reason = "Down for maintenance")]
    Maintenance,
}

#[test]
fn every_status_has_text_in_both_languages() {
    for status in StatusCode::ALL {
        let info = status.info().unwrap();
        assert_eq!(status.reason_in(Lang::En), info.reason);
        assert_eq!(status.reason_in(Lang::Ja), info.reason_ja);
        assert_eq!(status.description_in(Lang::Ja), info.description_ja);
        assert!(!info.reason_ja.is_ascii(), "{status}: `{}` is not Japanese", info.reason_ja);
        assert!(!info.description_ja.is_ascii(), "{status}");
    }
}

#[test]
fn display_stays_english() {
    assert_eq!(StatusCode::NotFound.reason_in(Lang::Ja), "未検出");
    assert_eq!(StatusCode::NotFound.to_string(), "404 Not Found");
    assert_eq!(StatusCode::from(799).reason_in(Lang::Ja), "");
}

#[test]
fn derived_enums_keep_their_own_english_reason() {
    assert_eq!(Status::reason_in(Api::Maintenance, Lang::En), "Down for maintenance");
    assert_eq!(Status::reason_in(Api::Maintenance, Lang::Ja), "サービス利用不可");
    assert_eq!(Status::description_in(Api::NotFound, Lang::Ja), StatusCode::NotFound.description_in(Lang::Ja));
}

#[test]
fn language_tags_parse() {
    assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
    assert_eq!(Lang::from_tag("ja_JP"), Some(Lang::Ja));
    assert_eq!(Lang::from_tag(""), None);
}
