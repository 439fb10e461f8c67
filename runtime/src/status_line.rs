//! [`StatusLine`]: the first line of an HTTP/1.x response, or a code and phrase on their own, read
//! the lenient way clients must read them.

use core::fmt;

use crate::StatusCode;

/// A status line as it came off the wire or out of a log: `HTTP/1.1 404 Not Found`.
///
/// RFC 9110 tells clients to ignore the reason phrase, and real servers send phrases of their own
/// (nginx's `405 Not Allowed`, HAProxy's `502 Bad Gateway or Proxy Error`) or none at all. So the
/// code decides: [`StatusLine::status`] is the meaning of the code whose phrase matches the
/// received one, among the enabled meanings, and otherwise `StatusCode::from(code)`. A phrase never
/// makes a line an error.
///
/// Parsing borrows from the input and allocates nothing; it works without `std`.
///
/// ```
/// use status_registry::{StatusCode, StatusLine};
///
/// let line = StatusLine::parse("HTTP/1.1 405 Not Allowed\r\n")?;
/// assert_eq!(line.status(), StatusCode::MethodNotAllowed);
/// assert_eq!(line.reason(), "Not Allowed");
/// assert_eq!(line.version(), Some("HTTP/1.1"));
///
/// // Any phrase, or none: the code decides.
/// let haproxy = StatusLine::parse("HTTP/1.1 502 Bad Gateway or Proxy Error")?;
/// assert_eq!(haproxy.status(), StatusCode::BadGateway);
/// assert_eq!(StatusLine::parse("HTTP/2 204")?.status(), StatusCode::NoContent);
/// assert_eq!(StatusLine::parse("404 Not Found")?.version(), None);
///
/// // Malformed lines are errors that say what is wrong.
/// let error = StatusLine::parse("HTTP/1.1 4O4 Not Found").unwrap_err();
/// let message = "invalid status line at byte 9: the status code must be three digits";
/// assert_eq!(error.to_string(), message);
/// # Ok::<(), status_registry::StatusLineError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StatusLine<'a> {
    version: Option<&'a str>,
    status: StatusCode,
    reason: &'a str,
}

impl<'a> StatusLine<'a> {
    /// Reads one status line.
    ///
    /// Accepted: `HTTP/<major>[.<minor>] <code> [<phrase>]` and `<code> [<phrase>]`, where the code
    /// is three digits (`000` to `999`), with or without a trailing CRLF or LF. Leading white space
    /// and white space around the phrase are ignored, and the protocol name in any ASCII case.
    ///
    /// # Errors
    ///
    /// A [`StatusLineError`] that says what is wrong and at which byte: an empty line, a malformed
    /// version, a missing code, a code that is not exactly three digits, a control character in
    /// the phrase, or a line break inside the line.
    pub fn parse(line: &'a str) -> Result<Self, StatusLineError> {
        use StatusLineErrorKind as Kind;

        let body = line.strip_suffix('\n').map_or(line, |rest| rest.strip_suffix('\r').unwrap_or(rest));
        if let Some(at) = body.find(['\r', '\n']) {
            return Err(StatusLineError::new(Kind::LineBreak, at));
        }
        let start = body.len() - body.trim_start_matches([' ', '\t']).len();
        let rest = &body[start..];
        if rest.is_empty() {
            return Err(StatusLineError::new(Kind::Empty, start));
        }

        let (version, code_at) = if rest.as_bytes()[0].is_ascii_digit() {
            (None, start)
        } else {
            let end = rest.find([' ', '\t']).unwrap_or(rest.len());
            let version = &rest[..end];
            if !is_version(version) {
                return Err(StatusLineError::new(Kind::InvalidVersion, start));
            }
            let after = &rest[end..];
            let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
            (Some(version), start + end + gap)
        };

        let tail = &body[code_at..];
        let digits = tail.bytes().take_while(u8::is_ascii_digit).count();
        let kind = match (digits, tail.as_bytes().get(digits)) {
            (0, _) => Some(Kind::MissingCode),
            (4.., _) => Some(Kind::CodeOutOfRange),
            (3, None | Some(b' ' | b'\t')) => None,
            _ => Some(Kind::InvalidCode),
        };
        if let Some(kind) = kind {
            return Err(StatusLineError::new(kind, code_at));
        }
        let code = tail.as_bytes()[..3].iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0'));
        let reason = tail[3..].trim_matches([' ', '\t']);
        // RFC 9112, Section 4: a reason phrase is HTAB, SP, visible characters and obs-text; a
        // control character (an escape sequence, NUL, DEL) would pass through to a log or terminal.
        if let Some(bad) =
            reason.bytes().position(|b| !(b == b'\t' || b == b' ' || (0x21..=0x7e).contains(&b) || b >= 0x80))
        {
            let at = code_at + 3 + (tail[3..].len() - tail[3..].trim_start_matches([' ', '\t']).len()) + bad;
            return Err(StatusLineError::new(Kind::InvalidPhrase, at));
        }

        // The same choice as `FromStr` for `404 Not Found`, but a phrase no meaning has is no error.
        let status = StatusCode::with_phrase(code, reason);
        Ok(StatusLine { version, status, reason })
    }

    /// The status the line carries: the meaning of its code whose phrase matches the received
    /// one, or `StatusCode::from(code)`.
    #[must_use]
    pub const fn status(&self) -> StatusCode {
        self.status
    }

    /// The numeric code, `000` to `999`.
    #[must_use]
    pub const fn code(&self) -> u16 {
        self.status.code()
    }

    /// The reason phrase as received, without the line ending and the white space around it;
    /// empty when the line has none.
    #[must_use]
    pub const fn reason(&self) -> &'a str {
        self.reason
    }

    /// The protocol version as received (`HTTP/1.1`, `HTTP/2`); `None` for a line that starts
    /// with the code.
    #[must_use]
    pub const fn version(&self) -> Option<&'a str> {
        self.version
    }
}

/// Shows the line in its normalized form: `HTTP/1.1 404 Not Found`, with the received phrase;
/// honours width, fill and alignment like the other types here.
impl fmt::Display for StatusLine<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut digits = [0u8; 5];
        let code = crate::text::render_code(self.code(), &mut digits);
        let parts = [
            self.version.unwrap_or(""),
            if self.version.is_some() { " " } else { "" },
            code,
            if self.reason.is_empty() { "" } else { " " },
            self.reason,
        ];
        let len: usize = parts.iter().map(|p| p.chars().count()).sum();
        let pad = f.width().map_or(0, |width| width.saturating_sub(len));
        let (before, after) = match f.align() {
            Some(fmt::Alignment::Right) => (pad, 0),
            Some(fmt::Alignment::Center) => (pad / 2, pad - pad / 2),
            _ => (0, pad),
        };
        let fill = f.fill();
        for _ in 0..before {
            fmt::Write::write_char(f, fill)?;
        }
        for part in parts {
            f.write_str(part)?;
        }
        for _ in 0..after {
            fmt::Write::write_char(f, fill)?;
        }
        Ok(())
    }
}

/// `HTTP/` (any ASCII case), then one or more digits, optionally `.` and one or more digits.
fn is_version(token: &str) -> bool {
    let Some(number) = token.get(..5).filter(|p| p.eq_ignore_ascii_case("HTTP/")).and_then(|_| token.get(5..)) else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match number.split_once('.') {
        Some((major, minor)) => digits(major) && digits(minor),
        None => digits(number),
    }
}

/// Why a status line could not be read, and where.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StatusLineError {
    kind: StatusLineErrorKind,
    at: usize,
}

/// What was wrong with a status line, in [`StatusLineError::kind`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum StatusLineErrorKind {
    /// Nothing but white space and a line ending.
    Empty,
    /// The line starts with neither a digit nor `HTTP/<digits>[.<digits>]`.
    InvalidVersion,
    /// A version with no code after it.
    MissingCode,
    /// The code is not three digits followed by a space, a tab or the end (`4O4`, `44`).
    InvalidCode,
    /// The code has more than three digits (`1000`, `0404`).
    CodeOutOfRange,
    /// A byte of the reason phrase is a control character; a phrase is tabs, spaces, visible
    /// characters and bytes above 0x7F (RFC 9112, Section 4).
    InvalidPhrase,
    /// A CR or LF inside the line; only one line ending, at the end, is allowed.
    LineBreak,
}

impl StatusLineError {
    const fn new(kind: StatusLineErrorKind, at: usize) -> Self {
        Self { kind, at }
    }

    /// What was wrong.
    #[must_use]
    pub const fn kind(&self) -> StatusLineErrorKind {
        self.kind
    }

    /// The byte offset in the input where the problem starts.
    #[must_use]
    pub const fn offset(&self) -> usize {
        self.at
    }

    /// The byte offset in the input where the problem starts.
    #[deprecated(since = "0.6.0", note = "renamed `offset`, as on the other errors")]
    #[must_use]
    pub const fn position(&self) -> usize {
        self.at
    }
}

impl fmt::Display for StatusLineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            StatusLineErrorKind::Empty => "the line is empty",
            StatusLineErrorKind::InvalidVersion => "expected `HTTP/<version>` or a status code",
            StatusLineErrorKind::MissingCode => "the status code is missing",
            StatusLineErrorKind::InvalidCode => "the status code must be three digits",
            StatusLineErrorKind::CodeOutOfRange => "the status code has more than three digits; it is 000 to 999",
            StatusLineErrorKind::InvalidPhrase => "a control character in the reason phrase",
            StatusLineErrorKind::LineBreak => "a line break inside the status line",
        };
        write!(f, "invalid status line at byte {}: {what}", self.at)
    }
}

impl core::error::Error for StatusLineError {}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::string::ToString;

    use super::*;

    fn kind(line: &str) -> StatusLineErrorKind {
        match StatusLine::parse(line) {
            Ok(parsed) => panic!("`{line}` parsed as {parsed:?}"),
            Err(error) => error.kind(),
        }
    }

    #[test]
    fn reads_the_forms_servers_send() {
        let line = StatusLine::parse("HTTP/1.0 200 OK\r\n").unwrap();
        assert_eq!((line.version(), line.code(), line.reason()), (Some("HTTP/1.0"), 200, "OK"));
        let line = StatusLine::parse("HTTP/1.1 418 \r\n").unwrap();
        assert_eq!((line.code(), line.reason()), (418, ""));
        let line = StatusLine::parse("HTTP/2 204").unwrap();
        assert_eq!((line.version(), line.status()), (Some("HTTP/2"), StatusCode::NoContent));
        let line = StatusLine::parse("  000\n").unwrap();
        assert_eq!((line.version(), line.code()), (None, 0));
        assert_eq!(StatusLine::parse("http/1.1 404 Not Found").unwrap().to_string(), "http/1.1 404 Not Found");
    }

    #[test]
    fn malformed_lines_say_what_and_where() {
        assert_eq!(kind(""), StatusLineErrorKind::Empty);
        assert_eq!(kind(" \r\n"), StatusLineErrorKind::Empty);
        assert_eq!(kind("HTTP/1.1"), StatusLineErrorKind::MissingCode);
        assert_eq!(kind("HTTP/1.1 "), StatusLineErrorKind::MissingCode);
        assert_eq!(kind("HTTP/1.1 -1 Nope"), StatusLineErrorKind::MissingCode);
        assert_eq!(kind("HTTP/1.1 OK"), StatusLineErrorKind::MissingCode);
        assert_eq!(kind("HTTP/1.1 4O4 Not Found"), StatusLineErrorKind::InvalidCode);
        assert_eq!(kind("4O4"), StatusLineErrorKind::InvalidCode);
        assert_eq!(kind("44 Short"), StatusLineErrorKind::InvalidCode);
        assert_eq!(kind("HTTP/1.1 1000 Big"), StatusLineErrorKind::CodeOutOfRange);
        assert_eq!(kind("HTTP/x 200 OK"), StatusLineErrorKind::InvalidVersion);
        assert_eq!(kind("Not Found"), StatusLineErrorKind::InvalidVersion);
        assert_eq!(kind("HTTP/1.1 200 OK\r\nServer: x"), StatusLineErrorKind::LineBreak);
        let error = StatusLine::parse("HTTP/1.1 1000").unwrap_err();
        assert_eq!(error.offset(), 9);
        assert_eq!(
            error.to_string(),
            "invalid status line at byte 9: the status code has more than three digits; it is 000 to 999"
        );
        assert_eq!(kind("HTTP/1.1 0404 Not Found"), StatusLineErrorKind::CodeOutOfRange);
        assert_eq!(kind("00000000404"), StatusLineErrorKind::CodeOutOfRange);
    }

    #[test]
    fn control_characters_in_the_phrase_are_refused_where_they_are() {
        for (line, at) in [
            ("HTTP/1.1 200 OK\x1b[31mred", 15),
            ("HTTP/1.1 200 O\0K", 14),
            ("200 OK\x7f", 6),
            ("HTTP/1.1 404  \x01Not Found", 14),
        ] {
            let error = StatusLine::parse(line).unwrap_err();
            assert_eq!((error.kind(), error.offset()), (StatusLineErrorKind::InvalidPhrase, at), "{line:?}");
        }
        // Tabs, spaces, visible characters and obs-text are a phrase.
        let line = StatusLine::parse("HTTP/1.1 200 OK\tfine \u{e9}t\u{e9}").unwrap();
        assert_eq!(line.reason(), "OK\tfine \u{e9}t\u{e9}");
    }

    #[test]
    fn display_pads_like_the_other_types() {
        use std::format;
        let line = StatusLine::parse("HTTP/1.1 404 Not Found").unwrap();
        assert_eq!(format!("[{line:>26}]"), "[    HTTP/1.1 404 Not Found]");
        assert_eq!(format!("[{line:<24}]"), "[HTTP/1.1 404 Not Found  ]");
        assert_eq!(format!("[{line:*^26}]"), "[**HTTP/1.1 404 Not Found**]");
        assert_eq!(format!("[{line:5}]"), "[HTTP/1.1 404 Not Found]");
        assert_eq!(format!("{}", StatusLine::parse("000").unwrap()), "000");
    }
}
