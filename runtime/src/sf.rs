//! Structured Field Lists (RFC 9651, Sections 3.1 and 4.2.1), read whole and written back: the
//! one reader of the crate's list fields, `RateLimit` and `Proxy-Status`, and the one joining of
//! a list field's lines (`list_field`, also for `Accept-Language`).
//!
//! A value that breaks the grammar anywhere is no List at all (`None`), as Section 4.2 asks of a
//! recipient. [`walk_list`] reads without allocating and reports to a [`Visitor`]; [`parse_list`]
//! builds the owned List with it. Decimals and Display Strings keep the text they were written
//! with, so a field written back reads as it came.

use std::string::String;
use std::vec::Vec;

/// A bare item as it lies in the field (RFC 9651, Section 3.3), borrowed: what [`walk_list`]
/// hands a [`Visitor`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BareRef<'a> {
    /// An Integer, up to 15 digits.
    Integer(i64),
    /// A Decimal, as written.
    Decimal(&'a str),
    /// A String, as written between its quotes (escapes still in).
    String(&'a str),
    /// A Token.
    Token(&'a str),
    /// A Byte Sequence, its base64 text.
    Bytes(&'a str),
    /// A Boolean.
    Boolean(bool),
    /// A Date, seconds since 1970.
    Date(i64),
    /// A Display String, its percent-encoded text.
    Display(&'a str),
}

impl BareRef<'_> {
    /// The item owned, a String's escapes undone.
    pub(crate) fn to_owned_bare(self) -> Bare {
        match self {
            BareRef::Integer(n) => Bare::Integer(n),
            BareRef::Decimal(text) => Bare::Decimal(text.into()),
            BareRef::String(raw) => {
                let mut text = String::with_capacity(raw.len());
                let mut escaped = false;
                for c in raw.chars() {
                    if c == '\\' && !escaped {
                        escaped = true;
                    } else {
                        text.push(c);
                        escaped = false;
                    }
                }
                Bare::String(text)
            }
            BareRef::Token(text) => Bare::Token(text.into()),
            BareRef::Bytes(text) => Bare::Bytes(text.into()),
            BareRef::Boolean(value) => Bare::Boolean(value),
            BareRef::Date(n) => Bare::Date(n),
            BareRef::Display(text) => Bare::Display(text.into()),
        }
    }
}

/// What [`walk_list`] reports, in the order of the field: each member's start, its item (or each
/// item of an inner list, with the item's parameters), and the member's parameters.
pub(crate) trait Visitor<'a> {
    /// A member starts; `inner` when it is an inner list.
    fn member(&mut self, inner: bool) {
        let _ = inner;
    }
    /// An item of the member, or of its inner list.
    fn item(&mut self, bare: BareRef<'a>) {
        let _ = bare;
    }
    /// A parameter of the last item of an inner list (`of_item`), or of the member.
    fn param(&mut self, key: &'a str, value: BareRef<'a>, of_item: bool) {
        let _ = (key, value, of_item);
    }
}

/// Reads `value` as a List, reporting what it holds to `visitor`; `None` when it breaks the
/// grammar anywhere, and then the visitor has seen a part of it that is to be thrown away. Nothing
/// is allocated: `RateLimit` and the retry rule's look at `Proxy-Status` read fields this way.
pub(crate) fn walk_list<'a>(value: &'a [u8], visitor: &mut impl Visitor<'a>) -> Option<()> {
    let mut reader = Reader { bytes: value, at: 0 };
    reader.skip(|b| b == b' ');
    if reader.at == value.len() {
        return Some(());
    }
    loop {
        reader.member(visitor)?;
        reader.skip(|b| b == b' ' || b == b'\t');
        if reader.at == value.len() {
            return Some(());
        }
        if reader.next() != Some(b',') {
            return None;
        }
        reader.skip(|b| b == b' ' || b == b'\t');
        if reader.at == value.len() {
            return None; // a trailing comma
        }
    }
}

/// A bare item, owned (RFC 9651, Section 3.3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Bare {
    /// An Integer, up to 15 digits.
    Integer(i64),
    /// A Decimal, as written (`2.5`).
    Decimal(String),
    /// A String, unescaped.
    String(String),
    /// A Token.
    Token(String),
    /// A Byte Sequence, its base64 text as written.
    Bytes(String),
    /// A Boolean.
    Boolean(bool),
    /// A Date, seconds since 1970.
    Date(i64),
    /// A Display String, its percent-encoded text as written.
    Display(String),
}

/// Parameters in order; a key given twice keeps its first place and its last value.
pub(crate) type Params = Vec<(String, Bare)>;

/// A member of a List: an Item or an Inner List, with its parameters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Member {
    /// An Item.
    Item(Bare, Params),
    /// An Inner List of items, each with its parameters.
    Inner(Vec<(Bare, Params)>, Params),
}

/// Puts `value` under `key`: in the place of an earlier value of the key, or last.
fn set(params: &mut Params, key: &str, value: Bare) {
    match params.iter_mut().find(|(k, _)| k == key) {
        Some(slot) => slot.1 = value,
        None => params.push((key.into(), value)),
    }
}

/// The visitor that builds the owned List.
#[derive(Default)]
struct Builder {
    members: Vec<Member>,
}

impl<'a> Visitor<'a> for Builder {
    fn member(&mut self, inner: bool) {
        self.members.push(if inner {
            Member::Inner(Vec::new(), Vec::new())
        } else {
            Member::Item(Bare::Boolean(false), Vec::new())
        });
    }

    fn item(&mut self, bare: BareRef<'a>) {
        match self.members.last_mut() {
            Some(Member::Item(item, _)) => *item = bare.to_owned_bare(),
            Some(Member::Inner(items, _)) => items.push((bare.to_owned_bare(), Vec::new())),
            None => {}
        }
    }

    fn param(&mut self, key: &'a str, value: BareRef<'a>, of_item: bool) {
        let value = value.to_owned_bare();
        match self.members.last_mut() {
            Some(Member::Inner(items, _)) if of_item => {
                if let Some((_, params)) = items.last_mut() {
                    set(params, key, value);
                }
            }
            Some(Member::Item(_, params) | Member::Inner(_, params)) => set(params, key, value),
            None => {}
        }
    }
}

/// The List in `value`, owned, or `None` when it breaks the grammar. An empty value is an empty
/// List.
pub(crate) fn parse_list(value: &[u8]) -> Option<Vec<Member>> {
    let mut builder = Builder::default();
    walk_list(value, &mut builder)?;
    Some(builder.members)
}

/// Writes `members` as a List (RFC 9651, Section 4.1.1).
pub(crate) fn write_list(out: &mut impl core::fmt::Write, members: &[Member]) -> core::fmt::Result {
    for (i, member) in members.iter().enumerate() {
        if i > 0 {
            out.write_str(", ")?;
        }
        match member {
            Member::Item(bare, params) => {
                write_bare(out, bare)?;
                write_params(out, params)?;
            }
            Member::Inner(items, params) => {
                out.write_char('(')?;
                for (j, (bare, item_params)) in items.iter().enumerate() {
                    if j > 0 {
                        out.write_char(' ')?;
                    }
                    write_bare(out, bare)?;
                    write_params(out, item_params)?;
                }
                out.write_char(')')?;
                write_params(out, params)?;
            }
        }
    }
    Ok(())
}

fn write_params(out: &mut impl core::fmt::Write, params: &Params) -> core::fmt::Result {
    for (key, value) in params {
        write!(out, ";{key}")?;
        if *value != Bare::Boolean(true) {
            out.write_char('=')?;
            write_bare(out, value)?;
        }
    }
    Ok(())
}

/// Writes one bare item.
pub(crate) fn write_bare(out: &mut impl core::fmt::Write, bare: &Bare) -> core::fmt::Result {
    match bare {
        Bare::Integer(n) => write!(out, "{n}"),
        Bare::Decimal(text) | Bare::Token(text) => out.write_str(text),
        Bare::String(text) => {
            out.write_char('"')?;
            for c in text.chars() {
                if matches!(c, '"' | '\\') {
                    out.write_char('\\')?;
                }
                out.write_char(c)?;
            }
            out.write_char('"')
        }
        Bare::Bytes(text) => write!(out, ":{text}:"),
        Bare::Boolean(value) => out.write_str(if *value { "?1" } else { "?0" }),
        Bare::Date(n) => write!(out, "@{n}"),
        Bare::Display(text) => write!(out, "%\"{text}\""),
    }
}

/// Whether `text` can be written as a Token (RFC 9651, Section 3.3.4).
pub(crate) fn is_token(text: &str) -> bool {
    let mut bytes = text.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic() || b == b'*') && bytes.all(is_token_char)
}

fn is_token_char(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b":/!#$%&'*+-.^_`|~".contains(&b)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn skip(&mut self, mut pred: impl FnMut(u8) -> bool) {
        while self.peek().is_some_and(&mut pred) {
            self.at += 1;
        }
    }

    /// The text from `start` to `end`; the grammar admits only ASCII where this is called.
    fn text(&self, start: usize, end: usize) -> &'a str {
        core::str::from_utf8(&self.bytes[start..end]).unwrap_or("")
    }

    /// An item or an inner list, with its parameters (Section 4.2.1.1).
    fn member(&mut self, visitor: &mut impl Visitor<'a>) -> Option<()> {
        if self.peek() == Some(b'(') {
            visitor.member(true);
            self.inner_list(visitor)?;
        } else {
            visitor.member(false);
            let bare = self.bare_item()?;
            visitor.item(bare);
        }
        self.params(visitor, false)
    }

    /// Parameters (Section 4.2.3.2).
    fn params(&mut self, visitor: &mut impl Visitor<'a>, of_item: bool) -> Option<()> {
        while self.peek() == Some(b';') {
            self.at += 1;
            self.skip(|b| b == b' ');
            let key = self.key()?;
            let value = if self.peek() == Some(b'=') {
                self.at += 1;
                self.bare_item()?
            } else {
                BareRef::Boolean(true)
            };
            visitor.param(key, value, of_item);
        }
        Some(())
    }

    fn inner_list(&mut self, visitor: &mut impl Visitor<'a>) -> Option<()> {
        self.at += 1; // '('
        loop {
            self.skip(|b| b == b' ');
            if self.peek() == Some(b')') {
                self.at += 1;
                return Some(());
            }
            let bare = self.bare_item()?;
            visitor.item(bare);
            self.params(visitor, true)?;
            if !matches!(self.peek(), Some(b' ' | b')')) {
                return None;
            }
        }
    }

    /// `lcalpha / "*"` then `lcalpha / DIGIT / "_" / "-" / "." / "*"`.
    fn key(&mut self) -> Option<&'a str> {
        let start = self.at;
        if !matches!(self.peek(), Some(b'a'..=b'z' | b'*')) {
            return None;
        }
        self.skip(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'_' | b'-' | b'.' | b'*'));
        Some(self.text(start, self.at))
    }

    fn bare_item(&mut self) -> Option<BareRef<'a>> {
        match self.peek()? {
            b'-' | b'0'..=b'9' => self.number(),
            b'"' => self.string(),
            b'%' => self.display_string(),
            b':' => {
                self.at += 1;
                let start = self.at;
                self.skip(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'='));
                let text = self.text(start, self.at);
                (self.next()? == b':').then_some(BareRef::Bytes(text))
            }
            b'?' => {
                self.at += 1;
                match self.next()? {
                    b'0' => Some(BareRef::Boolean(false)),
                    b'1' => Some(BareRef::Boolean(true)),
                    _ => None,
                }
            }
            b'@' => {
                self.at += 1;
                match self.number()? {
                    BareRef::Integer(n) => Some(BareRef::Date(n)),
                    _ => None,
                }
            }
            b'A'..=b'Z' | b'a'..=b'z' | b'*' => {
                let start = self.at;
                self.skip(is_token_char);
                Some(BareRef::Token(self.text(start, self.at)))
            }
            _ => None,
        }
    }

    /// An Integer (up to 15 digits) or a Decimal (up to 12 digits, a dot, 1 to 3 digits).
    fn number(&mut self) -> Option<BareRef<'a>> {
        let begin = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let start = self.at;
        let mut value: i64 = 0;
        while let Some(b @ b'0'..=b'9') = self.peek() {
            value = value * 10 + i64::from(b - b'0');
            self.at += 1;
            if self.at - start > 15 {
                return None;
            }
        }
        let digits = self.at - start;
        if digits == 0 {
            return None;
        }
        if self.peek() != Some(b'.') {
            return Some(BareRef::Integer(if negative { -value } else { value }));
        }
        if digits > 12 {
            return None;
        }
        self.at += 1;
        let fraction = self.at;
        self.skip(|b| b.is_ascii_digit());
        (1..=3).contains(&(self.at - fraction)).then(|| BareRef::Decimal(self.text(begin, self.at)))
    }

    fn string(&mut self) -> Option<BareRef<'a>> {
        self.at += 1;
        let start = self.at;
        loop {
            match self.next()? {
                b'"' => return Some(BareRef::String(self.text(start, self.at - 1))),
                b'\\' => {
                    if !matches!(self.next()?, b'"' | b'\\') {
                        return None;
                    }
                }
                0x20..=0x7e => {}
                _ => return None,
            }
        }
    }

    fn display_string(&mut self) -> Option<BareRef<'a>> {
        self.at += 1;
        if self.next()? != b'"' {
            return None;
        }
        let start = self.at;
        loop {
            match self.next()? {
                b'"' => return Some(BareRef::Display(self.text(start, self.at - 1))),
                b'%' => {
                    for _ in 0..2 {
                        if !matches!(self.next()?, b'0'..=b'9' | b'a'..=b'f') {
                            return None;
                        }
                    }
                }
                0x20..=0x7e => {}
                _ => return None,
            }
        }
    }
}

/// A list field's value, its field lines joined with `, ` as RFC 9110, Section 5.3 reads them
/// (borrowed when there is one line); `None` without the field or when a line is not text. The
/// one reading of `Accept-Language` and `Proxy-Status` as a whole.
pub(crate) fn list_field<'h>(headers: &'h http::HeaderMap, name: &str) -> Option<std::borrow::Cow<'h, str>> {
    let mut lines = headers.get_all(name).iter();
    let first = lines.next()?.to_str().ok()?;
    let mut joined: Option<std::string::String> = None;
    for line in lines {
        let text = joined.get_or_insert_with(|| first.into());
        text.push_str(", ");
        text.push_str(line.to_str().ok()?);
    }
    Some(joined.map_or(std::borrow::Cow::Borrowed(first), std::borrow::Cow::Owned))
}

#[cfg(test)]
mod tests {
    use super::{Bare, Member, parse_list, write_list};
    use std::string::String;

    fn round_trip(text: &str) -> String {
        let members = parse_list(text.as_bytes()).unwrap_or_else(|| panic!("{text:?} does not parse"));
        let mut out = String::new();
        write_list(&mut out, &members).unwrap();
        out
    }

    #[test]
    fn lists_are_written_back_as_they_were_read() {
        for text in [
            r#""default";r=0;t=30"#,
            r#"a, "b";x=?0;y;z=1.50, (c d;e=:aGk=:);f=@1659578233"#,
            r#"%"caf%c3%a9";k=-12, *tok/en"#,
            r#""quote \" and \\ backslash""#,
        ] {
            assert_eq!(round_trip(text), text);
        }
        assert_eq!(round_trip("a,b;  x=1"), "a, b;x=1", "white space is the writer's");
        assert_eq!(round_trip("a;x=1;x=2;y"), "a;x=2;y", "a repeated key keeps its place and its last value");
    }

    #[test]
    fn members_carry_their_values() {
        let members = parse_list(br#"p;error=dns_error;rcode="NXDOMAIN";info-code=17"#).unwrap();
        let [Member::Item(Bare::Token(proxy), params)] = members.as_slice() else { panic!("{members:?}") };
        assert_eq!(proxy, "p");
        assert_eq!(params[0], ("error".into(), Bare::Token("dns_error".into())));
        assert_eq!(params[1], ("rcode".into(), Bare::String("NXDOMAIN".into())));
        assert_eq!(params[2], ("info-code".into(), Bare::Integer(17)));
    }
}
