//! [`Problem`]: a problem details object, titled from the registry.

use std::borrow::ToOwned;
use std::fmt;
use std::string::String;

use serde_core::de::{Deserialize, Deserializer};
use serde_core::ser::{Serialize, SerializeMap, Serializer};
use serde_json::{Map, Value};

use crate::status_code::{sendable, sent_code};
use crate::{Status, StatusCode};

/// The `type` of a problem that is only its status (RFC 9457, Section 4.2.1).
const ABOUT_BLANK: &str = "about:blank";

/// The members RFC 9457 defines; everything else is an extension member.
const STANDARD: [&str; 5] = ["type", "title", "status", "detail", "instance"];

/// A problem details object (RFC 9457): what went wrong, in a body a client can read whatever
/// server sent it.
///
/// [`Problem::new`] makes the problem that is only its status: type `about:blank`, the status
/// code, and the registry's phrase as its title, vendor codes included (RFC 9457, Section 4.2.1
/// asks for the phrase there; `http` has none for 520 or 499).
///
/// ```
/// use status_registry::{Problem, StatusCode};
///
/// let problem = Problem::new(StatusCode::Forbidden)
///     .with_detail("Your current balance is 30, but that costs 50.")
///     .with_instance("/account/12345/msgs/abc")
///     .with_extension("balance", 30);
/// let json = serde_json::to_value(&problem).unwrap();
/// assert_eq!(json["type"], "about:blank");
/// assert_eq!(json["title"], "Forbidden");
/// assert_eq!(json["status"], 403);
/// assert_eq!(json["balance"], 30);
/// assert_eq!(Problem::CONTENT_TYPE, "application/problem+json");
///
/// // Members of the wrong type are ignored, not fatal (RFC 9457, Section 3.1).
/// let body = r#"{"title": 7, "status": "oops", "detail": "d"}"#;
/// let read: Problem = serde_json::from_str(body).unwrap();
/// assert_eq!((read.title(), read.status(), read.detail()), (None, None, Some("d")));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    type_uri: String,
    title: Option<String>,
    status: Option<u16>,
    detail: Option<String>,
    instance: Option<String>,
    extensions: Map<String, Value>,
    /// The language of the title, once chosen for a reader ([`Problem::in_language`]); a
    /// response then says so in `Content-Language`. Not a member of the body.
    language: Option<crate::Lang>,
}

impl Problem {
    /// The media type of a problem details body in JSON.
    pub const CONTENT_TYPE: &'static str = "application/problem+json";

    /// The problem that is only `status`: type `about:blank`, its code, and its phrase as the
    /// title (a derived member's `reason = "..."` included).
    ///
    /// A code no response can carry (`000`, which logs write for no response at all) is the
    /// problem of `500 Internal Server Error`, as its response is: the body's `status` is the
    /// status line's (RFC 9457, Section 3.1.2).
    ///
    /// ```
    /// use status_registry::{Problem, StatusCode};
    /// let problem = Problem::new(StatusCode::from(0));
    /// assert_eq!((problem.code(), problem.title()), (Some(500), Some("Internal Server Error")));
    /// ```
    #[must_use]
    pub fn new<S: Status>(status: S) -> Self {
        let code = status.code();
        let reason = if sendable(code) { status.reason() } else { StatusCode::InternalServerError.reason() };
        Problem {
            type_uri: ABOUT_BLANK.to_owned(),
            title: (!reason.is_empty()).then(|| reason.to_owned()),
            status: Some(sent_code(code)),
            detail: None,
            instance: None,
            extensions: Map::new(),
            language: None,
        }
    }

    /// The problem of a registered `problem_type`: its URI as `type`, its title, and the status
    /// it recommends (`about:blank`, which recommends none, is [`Problem::new`] of a 500). Add
    /// the type's members with [`Problem::with_extension`].
    ///
    /// ```
    /// use status_registry::{Problem, ProblemType};
    ///
    /// let problem = Problem::of_type(ProblemType::QuotaExceeded)
    ///     .with_extension("violated-policies", vec!["daily"]);
    /// let json = serde_json::to_value(&problem).unwrap();
    /// assert_eq!(json["type"], "https://iana.org/assignments/http-problem-types#quota-exceeded");
    /// assert_eq!(json["title"], "Quota Exceeded");
    /// assert_eq!(json["status"], 429);
    /// assert_eq!(json["violated-policies"][0], "daily");
    /// assert_eq!(problem.problem_type(), Some(ProblemType::QuotaExceeded));
    /// ```
    #[must_use]
    pub fn of_type(problem_type: crate::ProblemType) -> Self {
        let problem = Problem::new(problem_type.status());
        if problem_type.uri() == ABOUT_BLANK {
            return problem;
        }
        problem.with_type(problem_type.uri()).with_title(problem_type.title())
    }

    /// The registered problem type this problem's `type` names, exactly by its URI; `None` for a
    /// type of the server's own. A client reading a problem learns which kind it got:
    ///
    /// ```
    /// use status_registry::{Problem, ProblemType};
    ///
    /// let body = r#"{"type": "https://iana.org/assignments/http-problem-types#abnormal-usage-detected",
    ///                "title": "Abnormal Usage Detected", "status": 429}"#;
    /// let problem: Problem = serde_json::from_str(body).unwrap();
    /// assert_eq!(problem.problem_type(), Some(ProblemType::AbnormalUsageDetected));
    /// ```
    #[must_use]
    pub fn problem_type(&self) -> Option<crate::ProblemType> {
        crate::ProblemType::from_uri(&self.type_uri)
    }

    /// With `detail`: an explanation of this occurrence, for the client's user.
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// With `instance`: a URI reference to this occurrence.
    #[must_use]
    pub fn with_instance(mut self, instance: impl Into<String>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// With `type`: a URI reference to the kind of problem, in place of `about:blank`. Give a
    /// title of that type too ([`Problem::with_title`]); the status's phrase fits only
    /// `about:blank`.
    #[must_use]
    pub fn with_type(mut self, type_uri: impl Into<String>) -> Self {
        self.type_uri = type_uri.into();
        self
    }

    /// With `title`: a short summary of the kind of problem.
    #[must_use]
    pub fn with_title(mut self, title: impl Into<String>) -> Self {
        self.title = Some(title.into());
        self
    }

    /// With the extension member `key`. A key RFC 9457 defines (`type`, `title`, `status`,
    /// `detail`, `instance`) is left alone: set those with their own methods.
    #[must_use]
    pub fn with_extension(mut self, key: impl Into<String>, value: impl Into<Value>) -> Self {
        let key = key.into();
        if !STANDARD.contains(&key.as_str()) {
            self.extensions.insert(key, value.into());
        }
        self
    }

    /// The `type`; `about:blank` when none was given.
    #[must_use]
    pub fn type_uri(&self) -> &str {
        &self.type_uri
    }

    /// The `title`, if there is one.
    #[must_use]
    pub fn title(&self) -> Option<&str> {
        self.title.as_deref()
    }

    /// The `status`, if there is one: with type `about:blank` the title picks among the code's
    /// meanings, as a status line's phrase does (`530` titled `Site is frozen` is Pantheon's with
    /// `vendor-pantheon`).
    #[must_use]
    pub fn status(&self) -> Option<StatusCode> {
        let code = self.status?;
        Some(match (&self.title, self.type_uri == ABOUT_BLANK) {
            (Some(title), true) => StatusCode::with_phrase(code, title),
            _ => StatusCode::from(code),
        })
    }

    /// The `status` as a number, if there is one.
    #[must_use]
    pub fn code(&self) -> Option<u16> {
        self.status
    }

    /// The `detail`, if there is one.
    #[must_use]
    pub fn detail(&self) -> Option<&str> {
        self.detail.as_deref()
    }

    /// The `instance`, if there is one.
    #[must_use]
    pub fn instance(&self) -> Option<&str> {
        self.instance.as_deref()
    }

    /// The extension member `key`, if there is one.
    #[must_use]
    pub fn extension(&self, key: &str) -> Option<&Value> {
        self.extensions.get(key)
    }

    /// Every extension member.
    #[must_use]
    pub fn extensions(&self) -> &Map<String, Value> {
        &self.extensions
    }
}

/// The problem of a derived member with `code`. With type `about:blank` (`problem_type` `None`)
/// its title is `title`, the registry's phrase of the member's status (RFC 9457, Section 4.2.1);
/// with the member's own `problem_type`, `title` is the member's own phrase. `detail` is the
/// value's text, given for an enum whose `Display` is its own, and kept for a 4xx only, so a
/// server error's text never reaches the client. A code no response carries is a 500.
#[doc(hidden)]
#[must_use]
pub fn problem_of(
    code: u16,
    title: &'static str,
    problem_type: Option<&'static str>,
    detail: Option<&dyn fmt::Display>,
) -> Problem {
    let mut problem = Problem::new(StatusCode::from(code));
    match problem_type {
        Some(uri) => {
            uri.clone_into(&mut problem.type_uri);
            problem.title = Some(title.to_owned());
        }
        None if sendable(code) => problem.title = (!title.is_empty()).then(|| title.to_owned()),
        None => {}
    }
    if let (Some(detail), true) = (detail, (400..500).contains(&code)) {
        problem.detail = Some(std::string::ToString::to_string(detail));
    }
    problem
}

/// `problem` with the extension member `name` holding `value`, for a derived member's
/// `#[member("name")]` field of `variant`. A value serde_json cannot write (a map whose keys are
/// not strings, a `Serialize` impl that fails) makes the problem a 500 (`Err`), reported as an
/// error event with feature `tracing`, so that no body leaves without a member it should carry;
/// an `Err` passes through the members after it.
#[doc(hidden)]
#[allow(clippy::result_large_err, reason = "both sides are the problem that goes out, moved once per member")]
pub fn with_member<T: Serialize + ?Sized>(
    problem: Result<Problem, Problem>,
    variant: &'static str,
    name: &'static str,
    value: &T,
) -> Result<Problem, Problem> {
    let problem = problem?;
    match serde_json::to_value(value) {
        Ok(value) => Ok(problem.with_extension(name, value)),
        Err(_) => {
            crate::private::report_failure(variant, name, "the value does not serialize as JSON");
            Err(Problem::new(StatusCode::InternalServerError))
        }
    }
}

impl Problem {
    /// The problem titled for a reader of `lang` where the registry has the title in it (RFC
    /// 9457, Section 4.2.1 lets a title be localized): an `about:blank` problem titled by its
    /// status's phrase takes the status's Japanese label, a registered problem type's title its
    /// Japanese title; a title of the server's own stays as it is, in English. The language the
    /// title ends up in is recorded, and a response of the problem says it in `Content-Language`
    /// with `Vary: Accept-Language`. The status line's phrase stays English.
    ///
    /// ```
    /// use status_registry::{Lang, Problem, ProblemType, StatusCode};
    ///
    /// let problem = Problem::new(StatusCode::NotFound).in_language(Lang::Ja);
    /// assert_eq!((problem.title(), problem.language()), (Some("未検出"), Some(Lang::Ja)));
    /// let quota = Problem::of_type(ProblemType::QuotaExceeded).in_language(Lang::Ja);
    /// assert_eq!(quota.title(), Some("クォータ超過"));
    /// let own = Problem::new(StatusCode::NotFound).with_title("No such shelf").in_language(Lang::Ja);
    /// assert_eq!((own.title(), own.language()), (Some("No such shelf"), Some(Lang::En)));
    /// ```
    #[must_use]
    pub fn in_language(mut self, lang: crate::Lang) -> Problem {
        let translated = self.title.as_deref().and_then(|title| self.registry_title(title, lang));
        self.language = Some(match translated {
            Some(text) => {
                self.title = Some(text.to_owned());
                lang
            }
            None if self.title.is_none() => lang,
            None => crate::Lang::En,
        });
        self
    }

    /// The registry's text of `title` in `lang`, when `title` is the registry's own title for
    /// this problem: its status's phrase (any meaning of the code) for `about:blank`, or a
    /// registered type's title.
    fn registry_title(&self, title: &str, lang: crate::Lang) -> Option<&'static str> {
        if self.type_uri == ABOUT_BLANK {
            let code = self.status?;
            return StatusCode::meanings(code)
                .find(|status| status.reason() == title || status.reason_in(lang) == title)
                .map(|status| status.reason_in(lang));
        }
        let problem_type = self.problem_type()?;
        (problem_type.title() == title || problem_type.title_in(lang) == title).then(|| problem_type.title_in(lang))
    }

    /// [`Problem::in_language`] for the reader whose request carried `headers`: the language its
    /// `Accept-Language` prefers ([`Lang::from_accept_language`](crate::Lang::from_accept_language);
    /// English without the field).
    ///
    /// ```
    /// use status_registry::{Lang, Problem, StatusCode};
    ///
    /// let mut headers = http::HeaderMap::new();
    /// headers.insert("accept-language", http::HeaderValue::from_static("ja;q=0.9, en;q=0.5"));
    /// let problem = Problem::new(StatusCode::Forbidden).negotiate(&headers);
    /// assert_eq!((problem.title(), problem.language()), (Some("禁止"), Some(Lang::Ja)));
    /// let english = Problem::new(StatusCode::Forbidden).negotiate(&http::HeaderMap::new());
    /// assert_eq!((english.title(), english.language()), (Some("Forbidden"), Some(Lang::En)));
    /// ```
    #[cfg(feature = "http")]
    #[cfg_attr(docsrs, doc(cfg(all(feature = "problem", feature = "http"))))]
    #[must_use]
    pub fn negotiate(self, headers: &http::HeaderMap) -> Problem {
        self.in_language(crate::language::accept_language(headers))
    }

    /// The language of the title, once [`Problem::in_language`] or `Problem::negotiate` (feature
    /// `http`) chose it; `None` before, and for a problem read from JSON.
    #[must_use]
    pub fn language(&self) -> Option<crate::Lang> {
        self.language
    }

    /// The status a response of this problem goes out with, and the problem as it says so: a
    /// problem without a status, or with one no status line can carry (`000`), is a 500, and with
    /// type `about:blank` then titled by the 500's phrase (RFC 9457, Section 3.1.2: the body's
    /// `status` is the status line's). With type `about:blank` the title picks among the code's
    /// meanings, as `status()` does.
    #[allow(dead_code, reason = "used by the response features only")]
    pub(crate) fn into_sent(mut self) -> (StatusCode, Problem) {
        let code = self.status.map_or(500, sent_code);
        if self.status != Some(code) {
            self.status = Some(code);
            if self.type_uri == ABOUT_BLANK {
                self.title = Some(StatusCode::InternalServerError.reason().to_owned());
            }
        }
        let status = self.status().unwrap_or(StatusCode::InternalServerError);
        (status, self)
    }
}

impl fmt::Display for Problem {
    /// `403 Forbidden: Your current balance is 30, but that costs 50.`: the status (or the title
    /// alone) and the detail.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.status, &self.title) {
            (Some(code), Some(title)) => write!(f, "{code:03} {title}")?,
            (Some(code), None) => write!(f, "{}", StatusCode::from(code))?,
            (None, Some(title)) => f.write_str(title)?,
            (None, None) => f.write_str(&self.type_uri)?,
        }
        match &self.detail {
            Some(detail) => write!(f, ": {detail}"),
            None => Ok(()),
        }
    }
}

/// The members in RFC 9457's order, then the extensions; absent members are left out, `type`
/// never is.
impl Serialize for Problem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("type", &self.type_uri)?;
        if let Some(title) = &self.title {
            map.serialize_entry("title", title)?;
        }
        if let Some(status) = &self.status {
            map.serialize_entry("status", status)?;
        }
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        for (key, value) in &self.extensions {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// Reads any JSON object. A defined member whose value has the wrong type (a `title` that is not a
/// string, a `status` that is not a whole number from 0 to 999, the registry's range) is ignored, as RFC 9457,
/// Section 3.1 requires; every other member is kept as an extension.
impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let members = Map::<String, Value>::deserialize(deserializer)?;
        let mut problem = Problem {
            type_uri: ABOUT_BLANK.to_owned(),
            title: None,
            status: None,
            detail: None,
            instance: None,
            extensions: Map::new(),
            language: None,
        };
        for (key, value) in members {
            match (key.as_str(), value) {
                ("type", Value::String(text)) => problem.type_uri = text,
                ("title", Value::String(text)) => problem.title = Some(text),
                ("detail", Value::String(text)) => problem.detail = Some(text),
                ("instance", Value::String(text)) => problem.instance = Some(text),
                ("status", Value::Number(number)) => {
                    problem.status = number.as_u64().and_then(|n| u16::try_from(n).ok()).filter(|n| *n <= 999);
                }
                (standard, _) if STANDARD.contains(&standard) => {}
                (_, value) => {
                    problem.extensions.insert(key, value);
                }
            }
        }
        Ok(problem)
    }
}
