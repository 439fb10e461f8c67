//! A reader for the YAML that registry files are written in: text to a tree of located nodes.
//!
//! The registry's schema needs a small part of YAML, and this reads that part, with a located
//! message for everything else:
//!
//! - block mappings (`key: value`) and block sequences (`- item`), nested by indentation with
//!   spaces, including `- key: value` items and a sequence at its key's own indentation;
//! - plain scalars, over several lines if the following lines are indented further; single- and
//!   double-quoted scalars with their escapes; literal (`|`) and folded (`>`) block scalars;
//! - flow sequences and mappings (`[a, b]`, `{en: x}`), nested, over several lines;
//! - comments, a leading `---`, a closing `...`, a byte order mark, CRLF line ends.
//!
//! Anchors, aliases, tags, directives, complex keys and a second document are refused, which also
//! keeps hostile files (alias bombs, nesting bombs) from costing time or memory. Columns count
//! characters from 1, as compilers do.

use crate::diag::Loc;

/// Nesting deeper than this is refused; the schema itself needs four levels.
pub(crate) const MAX_DEPTH: usize = 32;

/// A YAML value with its position.
#[derive(Debug)]
pub(crate) enum Node {
    /// A scalar; `plain` when it was written without quotes or block indicators, which is when
    /// `true`, `false`, `~` and `null` are not strings.
    Scalar { value: String, loc: Loc, plain: bool },
    /// A sequence, located at its first `-` or its `[`.
    Seq { items: Vec<Node>, loc: Loc },
    /// A mapping, located at its first key (at its `{` when empty).
    Map { entries: Vec<(Node, Node)>, loc: Loc },
}

impl Node {
    /// Where the node starts.
    pub(crate) fn loc(&self) -> Loc {
        match self {
            Node::Scalar { loc, .. } | Node::Seq { loc, .. } | Node::Map { loc, .. } => *loc,
        }
    }

    /// How the node is called in messages ("found a list").
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            Node::Scalar { .. } => "a scalar",
            Node::Seq { .. } => "a list",
            Node::Map { .. } => "a mapping",
        }
    }
}

/// A problem and where it is.
type Error = (Loc, String);

/// One line of the file, without its line end.
struct Line<'s> {
    /// 1-based line number.
    number: usize,
    text: &'s str,
}

impl Line<'_> {
    /// The number of leading spaces.
    fn indent(&self) -> usize {
        self.text.len() - self.text.trim_start_matches(' ').len()
    }

    /// Whether the line holds nothing but white space and perhaps a comment.
    fn is_blank(&self) -> bool {
        let rest = self.text.trim_start_matches([' ', '\t']);
        rest.is_empty() || rest.starts_with('#')
    }

    /// The location of byte `at` of the line.
    fn loc(&self, at: usize) -> Loc {
        Loc::new(self.number, self.text[..at.min(self.text.len())].chars().count() + 1)
    }
}

/// Reads `source`, which holds one YAML document, into its tree.
pub(crate) fn read(source: &str) -> Result<Node, Error> {
    // A final line break ends the last line rather than starting an empty one.
    let lines: Vec<Line<'_>> = source
        .strip_suffix('\n')
        .unwrap_or(source)
        .split('\n')
        .enumerate()
        .map(|(i, text)| Line { number: i + 1, text: text.strip_suffix('\r').unwrap_or(text) })
        .collect();
    let mut reader = Reader { lines, line: 0, at: 0, depth: 0, final_break: source.ends_with('\n') };
    reader.document()
}

/// A position in the lines and the nodes open around it.
struct Reader<'s> {
    lines: Vec<Line<'s>>,
    /// The current line.
    line: usize,
    /// The current byte of the current line.
    at: usize,
    /// Containers open around the current position.
    depth: usize,
    /// Whether the text ends with a line break.
    final_break: bool,
}

/// What a plain scalar may not start with: YAML's indicators.
const INDICATORS: &[char] =
    &['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`'];

impl<'s> Reader<'s> {
    fn text(&self) -> &'s str {
        self.lines.get(self.line).map_or("", |l| l.text)
    }

    fn rest(&self) -> &'s str {
        let text = self.text();
        &text[self.at.min(text.len())..]
    }

    fn loc(&self) -> Loc {
        match self.lines.get(self.line) {
            Some(line) => line.loc(self.at),
            None => Loc::new(self.lines.len().max(1), 1),
        }
    }

    fn error<T>(&self, message: impl Into<String>) -> Result<T, Error> {
        Err((self.loc(), message.into()))
    }

    /// Moves to the next line that holds something, at its first character; `false` at the end.
    /// A tab in the indentation of such a line is an error.
    fn next_content_line(&mut self) -> Result<bool, Error> {
        while let Some(line) = self.lines.get(self.line) {
            if !line.is_blank() {
                let indent = line.indent();
                if line.text[indent..].starts_with('\t') {
                    return Err((line.loc(indent), "a tab indents this line; YAML indents with spaces only".into()));
                }
                self.at = indent;
                return Ok(true);
            }
            self.line += 1;
            self.at = 0;
        }
        Ok(false)
    }

    /// The indentation of the next line that holds something, without moving; `None` at the end.
    fn next_indent(&self) -> Option<usize> {
        self.lines[self.line.min(self.lines.len())..].iter().find(|l| !l.is_blank()).map(Line::indent)
    }

    /// Skips spaces (and tabs, which may separate tokens within a line).
    fn skip_spaces(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start_matches([' ', '\t']).len();
    }

    /// Whether the current position is a document marker (`---`, `...`) at the start of a line,
    /// which ends every block.
    fn at_document_marker(&self) -> bool {
        self.at == 0 && (is_marker(self.rest(), "---") || is_marker(self.rest(), "..."))
    }

    /// Whether the rest of the current line is empty or a comment.
    fn line_is_done(&self) -> bool {
        let rest = self.rest().trim_start_matches([' ', '\t']);
        rest.is_empty() || rest.starts_with('#')
    }

    /// After a value: nothing but a comment may follow on its line; then moves to the next line.
    fn end_of_line(&mut self) -> Result<(), Error> {
        self.skip_spaces();
        if !self.line_is_done() {
            return self.error(format!(
                "unexpected `{}` after the value; put it on a line of its own",
                self.rest().trim_end()
            ));
        }
        self.line += 1;
        self.at = 0;
        Ok(())
    }

    fn enter(&mut self) -> Result<(), Error> {
        if self.depth >= MAX_DEPTH {
            return self.error(format!("the YAML nests deeper than {MAX_DEPTH} levels; the schema needs four"));
        }
        self.depth += 1;
        Ok(())
    }

    /// The whole file: an optional `---`, one node, an optional `...`, and nothing else.
    fn document(&mut self) -> Result<Node, Error> {
        let mut started = false;
        loop {
            if !self.next_content_line()? {
                return Err((Loc::new(1, 1), "the registry file holds no YAML document".into()));
            }
            let rest = self.rest();
            if self.at == 0 && rest.starts_with('%') {
                return self.error("YAML directives (`%...`) are not supported; remove the line");
            }
            if self.at == 0 && is_marker(rest, "---") && !started {
                started = true;
                self.at += 3;
                if self.line_is_done() {
                    self.line += 1;
                    self.at = 0;
                    continue;
                }
                self.skip_spaces();
            }
            break;
        }
        let root = self.node(None)?;
        while self.next_content_line()? {
            let rest = self.rest();
            if self.at == 0 && is_marker(rest, "...") {
                self.at += 3;
                self.end_of_line()?;
                continue;
            }
            if self.at == 0 && is_marker(rest, "---") {
                return self.error("the file holds more than one YAML document; keep a single document");
            }
            return self.error("unexpected text after the document; check the indentation of this line");
        }
        Ok(root)
    }

    /// Anchors, aliases and tags at the current position are refused.
    fn refuse_properties(&self) -> Result<(), Error> {
        match self.rest().chars().next() {
            Some('&') => self.error("YAML anchors (`&name`) are not supported; write each value out"),
            Some('*') => self.error("YAML aliases (`*name`) are not supported; write the value out"),
            Some('!') => self.error("YAML tags (`!name`) are not supported; write the value without one"),
            _ => Ok(()),
        }
    }

    /// The node at the current position, which holds something. `parent` is the indentation of
    /// the mapping or sequence the node is a value of, if any: block content must be indented
    /// further.
    fn node(&mut self, parent: Option<usize>) -> Result<Node, Error> {
        let rest = self.rest();
        if is_sequence_item(rest) {
            return self.sequence(self.at);
        }
        self.refuse_properties()?;
        if rest.starts_with('?') && (rest.len() == 1 || rest[1..].starts_with([' ', '\t'])) {
            return self.error("complex keys (`? key`) are not supported; write `key: value`");
        }
        if self.key_end().is_some() {
            return self.mapping(self.at);
        }
        self.value(parent)
    }

    /// A value that is not a block collection: a flow collection, a block scalar, a quoted or a
    /// plain scalar. Moves past its line.
    fn value(&mut self, parent: Option<usize>) -> Result<Node, Error> {
        self.refuse_properties()?;
        let rest = self.rest();
        match rest.chars().next() {
            Some('[' | '{') => {
                let node = self.flow()?;
                self.end_of_line()?;
                Ok(node)
            }
            Some('"' | '\'') => {
                let node = self.quoted()?;
                self.end_of_line()?;
                Ok(node)
            }
            Some('|' | '>') => self.block_scalar(parent),
            Some(c @ ('@' | '`' | '%' | ']' | '}' | ',')) => {
                self.error(format!("a value cannot start with `{c}`; quote it"))
            }
            _ => self.plain(parent),
        }
    }

    /// A plain scalar from the current position, and any following lines indented further than
    /// `parent`, folded into one line.
    fn plain(&mut self, parent: Option<usize>) -> Result<Node, Error> {
        let loc = self.loc();
        let mut value = self.plain_line()?.to_owned();
        self.line += 1;
        self.at = 0;
        let limit = parent.map_or(0, |p| p + 1);
        while let Some(indent) = self.next_indent() {
            if indent < limit || (parent.is_none() && indent == 0) {
                break;
            }
            self.next_content_line()?;
            if self.at_document_marker() {
                break;
            }
            if self.key_end().is_some() || is_sequence_item(self.rest()) {
                return self
                    .error("this line continues a plain value but looks like a new entry; check its indentation");
            }
            let more = self.plain_line()?;
            value.push(' ');
            value.push_str(more);
            self.line += 1;
            self.at = 0;
        }
        Ok(Node::Scalar { value, loc, plain: true })
    }

    /// The plain text from the current position to a comment or the end of the line, trimmed.
    fn plain_line(&self) -> Result<&'s str, Error> {
        let rest = self.rest();
        let end = comment_start(rest).unwrap_or(rest.len());
        let text = rest[..end].trim_end_matches([' ', '\t']);
        if let Some(colon) = find_value_colon(text) {
            let at = self.at + colon;
            return Err((
                self.lines[self.line].loc(at),
                "a plain value cannot hold `: `; quote the whole value".into(),
            ));
        }
        Ok(text)
    }

    /// Where the key on the current line ends (the byte of its `:`, relative to the current
    /// position), if the current position starts a `key: value` entry.
    fn key_end(&self) -> Option<usize> {
        let rest = self.rest();
        match rest.chars().next()? {
            '"' | '\'' => {
                let end = quoted_end(rest)?;
                let after = rest[end..].trim_start_matches([' ', '\t']);
                let gap = rest.len() - end - after.len();
                (after.starts_with(':') && is_value_separator(&after[1..])).then_some(end + gap)
            }
            '[' | '{' | '#' | '&' | '*' | '!' | '|' | '>' | '%' | '@' | '`' => None,
            _ if is_sequence_item(rest) => None,
            _ => {
                let end = comment_start(rest).unwrap_or(rest.len());
                find_value_colon(&rest[..end]).or_else(|| rest[..end].trim_end().strip_suffix(':').map(str::len))
            }
        }
    }

    /// A block sequence whose items start with `-` at column `indent`.
    fn sequence(&mut self, indent: usize) -> Result<Node, Error> {
        self.enter()?;
        let loc = self.loc();
        let mut items = Vec::new();
        loop {
            // At a `-` of this sequence.
            self.at += 1;
            self.skip_spaces();
            if self.line_is_done() {
                self.line += 1;
                self.at = 0;
                match self.next_indent() {
                    Some(next) if next > indent => {
                        self.next_content_line()?;
                        items.push(self.node(Some(indent))?);
                    }
                    _ => items.push(self.empty()),
                }
            } else {
                items.push(self.node(Some(indent))?);
            }
            if !self.next_content_line()? || self.at_document_marker() {
                break;
            }
            let here = self.at;
            if here < indent || (here == indent && !is_sequence_item(self.rest())) {
                break;
            }
            if here > indent {
                return self.error("this line is indented further than the list around it; check its indentation");
            }
        }
        self.depth -= 1;
        Ok(Node::Seq { items, loc })
    }

    /// A block mapping whose keys start at column `indent`.
    fn mapping(&mut self, indent: usize) -> Result<Node, Error> {
        self.enter()?;
        let loc = self.loc();
        let mut entries = Vec::new();
        loop {
            let Some(colon) = self.key_end() else {
                return self.error("expected `key: value` here, as in the lines above");
            };
            let key = self.key(colon)?;
            self.at += colon + 1;
            self.skip_spaces();
            let value = if self.line_is_done() {
                self.line += 1;
                self.at = 0;
                match self.next_indent() {
                    Some(next) if next > indent => {
                        self.next_content_line()?;
                        self.node(Some(indent))?
                    }
                    // A sequence may sit at its key's own indentation; YAML parsers locate such a
                    // sequence at its first item's text.
                    Some(next) if next == indent && self.next_line_is_item()? => {
                        let after = &self.rest()[1..];
                        let first = self.at + 1 + after.len() - after.trim_start_matches([' ', '\t']).len();
                        let first = self.lines[self.line].loc(first);
                        match self.sequence(indent)? {
                            Node::Seq { items, .. } => Node::Seq { items, loc: first },
                            other => other,
                        }
                    }
                    _ => self.empty(),
                }
            } else {
                let rest = self.rest();
                if is_sequence_item(rest) {
                    return self.error("a list cannot start on its key's line; put `- item` on the next line");
                }
                self.value(Some(indent))?
            };
            entries.push((key, value));
            if !self.next_content_line()? || self.at_document_marker() {
                break;
            }
            let here = self.at;
            if here < indent {
                break;
            }
            if here > indent {
                return self.error("this line is indented further than the entries around it; check its indentation");
            }
            if is_sequence_item(self.rest()) {
                break;
            }
        }
        self.depth -= 1;
        Ok(Node::Map { entries, loc })
    }

    /// Whether the next line that holds something starts with `- `; moves to it if so.
    fn next_line_is_item(&mut self) -> Result<bool, Error> {
        let (line, at) = (self.line, self.at);
        if self.next_content_line()? && is_sequence_item(self.rest()) {
            return Ok(true);
        }
        self.line = line;
        self.at = at;
        Ok(false)
    }

    /// The key that ends at byte `colon` of the rest of the line.
    fn key(&mut self, colon: usize) -> Result<Node, Error> {
        let rest = self.rest();
        if rest.starts_with(['"', '\'']) {
            let (line, at) = (self.line, self.at);
            let key = self.quoted()?;
            if self.line != line {
                return Err((key.loc(), "a quoted key must fit on one line".into()));
            }
            self.at = at;
            return Ok(key);
        }
        let text = rest[..colon].trim_end_matches([' ', '\t']);
        Ok(Node::Scalar { value: text.to_owned(), loc: self.loc(), plain: true })
    }

    /// The value of `key:` with nothing after it: YAML's null, located where the next thing starts.
    fn empty(&self) -> Node {
        let loc = if self.line_is_done() {
            self.lines[(self.line + 1).min(self.lines.len())..]
                .iter()
                .find(|l| !l.is_blank())
                .map_or_else(|| self.end_loc(), |l| l.loc(l.indent()))
        } else {
            let rest = self.rest();
            self.lines[self.line].loc(self.at + rest.len() - rest.trim_start_matches([' ', '\t']).len())
        };
        Node::Scalar { value: String::new(), loc, plain: true }
    }

    /// Where the text ends: after its final line break, or after the last character.
    fn end_loc(&self) -> Loc {
        match self.lines.last() {
            Some(_) if self.final_break => Loc::new(self.lines.len() + 1, 1),
            Some(last) => last.loc(last.text.len()),
            None => Loc::new(1, 1),
        }
    }

    /// A single- or double-quoted scalar from the current position, over several lines if it
    /// does not close on its own; the position moves past the closing quote. Inside the quotes a
    /// line break is a space, each empty line a newline, and a backslash at the end of a line in
    /// double quotes joins the lines.
    fn quoted(&mut self) -> Result<Node, Error> {
        let loc = self.loc();
        let quote = self.rest().chars().next().unwrap_or('"');
        self.at += 1;
        let mut value = String::new();
        let mut first_line = true;
        loop {
            let (piece, end) = self.quoted_piece(quote)?;
            let joined = end == Piece::Joined;
            let mut piece = piece.as_str();
            if !first_line {
                piece = piece.trim_start_matches([' ', '\t']);
            }
            if let Piece::Closed(end) = end {
                value.push_str(piece);
                self.at += end;
                return Ok(Node::Scalar { value, loc, plain: false });
            }
            if !joined {
                piece = piece.trim_end_matches([' ', '\t']);
            }
            value.push_str(piece);
            let mut empty = 0;
            loop {
                self.line += 1;
                self.at = 0;
                if self.line >= self.lines.len() {
                    return Err((loc, format!("this quoted value is not closed; add `{quote}` at its end")));
                }
                if !self.text().trim().is_empty() {
                    break;
                }
                empty += 1;
            }
            if !joined {
                if empty == 0 {
                    value.push(' ');
                } else {
                    value.extend(std::iter::repeat_n('\n', empty));
                }
            }
            self.at = self.lines[self.line].indent();
            first_line = false;
        }
    }

    /// The text of a quoted value from the current position to its closing quote or the end of
    /// the line, with escapes decoded, and how it ended.
    fn quoted_piece(&self, quote: char) -> Result<(String, Piece), Error> {
        let rest = self.rest();
        let mut piece = String::new();
        let mut chars = rest.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match (quote, c) {
                ('\'', '\'') if rest[i + 1..].starts_with('\'') => {
                    piece.push('\'');
                    chars.next();
                }
                ('\'', '\'') | ('"', '"') => return Ok((piece, Piece::Closed(i + 1))),
                ('"', '\\') => {
                    let Some((_, escape)) = chars.next() else { return Ok((piece, Piece::Joined)) };
                    let simple = match escape {
                        '0' => Some('\0'),
                        'a' => Some('\u{7}'),
                        'b' => Some('\u{8}'),
                        't' | '\t' => Some('\t'),
                        'n' => Some('\n'),
                        'v' => Some('\u{b}'),
                        'f' => Some('\u{c}'),
                        'r' => Some('\r'),
                        'e' => Some('\u{1b}'),
                        ' ' => Some(' '),
                        '"' => Some('"'),
                        '/' => Some('/'),
                        '\\' => Some('\\'),
                        'N' => Some('\u{85}'),
                        '_' => Some('\u{a0}'),
                        'L' => Some('\u{2028}'),
                        'P' => Some('\u{2029}'),
                        _ => None,
                    };
                    if let Some(decoded) = simple {
                        piece.push(decoded);
                        continue;
                    }
                    let digits = match escape {
                        'x' => 2,
                        'u' => 4,
                        'U' => 8,
                        other => {
                            let at = self.lines[self.line].loc(self.at + i);
                            return Err((at, format!("unknown escape `\\{other}` in a double-quoted value")));
                        }
                    };
                    let hex = rest.get(i + 2..i + 2 + digits).unwrap_or("");
                    let decoded = u32::from_str_radix(hex, 16).ok().and_then(char::from_u32);
                    let Some(decoded) =
                        decoded.filter(|_| hex.len() == digits && hex.bytes().all(|b| b.is_ascii_hexdigit()))
                    else {
                        let at = self.lines[self.line].loc(self.at + i);
                        return Err((at, format!("`\\{escape}` needs {digits} hexadecimal digits of a character")));
                    };
                    piece.push(decoded);
                    for _ in 0..digits {
                        chars.next();
                    }
                }
                _ => piece.push(c),
            }
        }
        Ok((piece, Piece::Open))
    }

    /// A literal (`|`) or folded (`>`) block scalar, with optional `-` or `+` chomping; its lines
    /// are those after the header indented further than `parent`.
    fn block_scalar(&mut self, parent: Option<usize>) -> Result<Node, Error> {
        let mut loc = self.loc();
        let header = self.rest();
        let literal = header.starts_with('|');
        let indicator_end =
            header[1..].find(|c: char| !matches!(c, '-' | '+' | '0'..='9')).map_or(header.len(), |i| i + 1);
        let indicators = &header[1..indicator_end];
        if indicators.chars().any(|c| c.is_ascii_digit()) {
            return self.error("indentation indicators in block scalars are not supported; indent the text instead");
        }
        let chomp = match indicators {
            "" => Chomp::Clip,
            "-" => Chomp::Strip,
            "+" => Chomp::Keep,
            other => {
                return self.error(format!(
                    "`{other}` is not a block scalar indicator; write `|`, `|-`, `|+`, `>`, `>-` or `>+`"
                ));
            }
        };
        self.at += indicator_end;
        self.end_of_line()?;
        let limit = parent.map_or(0, |p| p + 1);
        let mut indent = None;
        let mut lines: Vec<&str> = Vec::new();
        while let Some(line) = self.lines.get(self.line) {
            let own = line.indent();
            let blank = line.text.trim().is_empty();
            if !blank {
                if own < limit || indent.is_some_and(|i| own < i) {
                    break;
                }
                if indent.is_none() {
                    // Located at its text, as YAML parsers locate block scalars.
                    loc = line.loc(own);
                }
                indent.get_or_insert(own);
            }
            lines.push(if blank { "" } else { &line.text[indent.unwrap_or(0)..] });
            self.line += 1;
        }
        self.at = 0;
        // Trailing blank lines belong to the chomping, not the text.
        let kept_breaks = lines.iter().rev().take_while(|l| l.is_empty()).count();
        lines.truncate(lines.len() - kept_breaks);
        let mut value = String::new();
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                if literal {
                    value.push('\n');
                } else if line.is_empty() {
                    // Each empty line is a line break of its own.
                    value.push('\n');
                } else {
                    // The last line with text before this one, and whether empty lines came between.
                    let previous = lines[..i].iter().rev().find(|l| !l.is_empty()).unwrap_or(&"");
                    let after_empty = lines[i - 1].is_empty();
                    let indented = line.starts_with(' ') || previous.starts_with(' ');
                    // Between two lines of text the break folds to a space; after empty lines it
                    // is dropped; next to a more indented line it stays.
                    match (after_empty, indented) {
                        (false, false) => value.push(' '),
                        (_, true) => value.push('\n'),
                        (true, false) => {}
                    }
                }
            }
            value.push_str(line);
        }
        if !lines.is_empty() {
            match chomp {
                Chomp::Strip => {}
                Chomp::Clip => value.push('\n'),
                Chomp::Keep => value.extend(std::iter::repeat_n('\n', kept_breaks + 1)),
            }
        }
        Ok(Node::Scalar { value, loc, plain: false })
    }

    /// A flow collection from its opening bracket; the position moves past its closing one, which
    /// may be on a later line.
    fn flow(&mut self) -> Result<Node, Error> {
        let open = self.rest().chars().next().unwrap_or('[');
        let loc = self.loc();
        self.enter()?;
        self.at += 1;
        let close = if open == '[' { ']' } else { '}' };
        let mut items: Vec<Node> = Vec::new();
        let mut entries: Vec<(Node, Node)> = Vec::new();
        loop {
            self.flow_space(loc, open)?;
            if self.rest().starts_with(close) {
                self.at += 1;
                break;
            }
            let item = self.flow_item(loc, open)?;
            self.flow_space(loc, open)?;
            let pair = if self.rest().starts_with(':') {
                // A missing value is located at its colon, as YAML parsers do.
                let colon = self.loc();
                self.at += 1;
                self.flow_space(loc, open)?;
                let value = if self.rest().starts_with([',', close]) {
                    Node::Scalar { value: String::new(), loc: colon, plain: true }
                } else {
                    self.flow_item(loc, open)?
                };
                self.flow_space(loc, open)?;
                Some(value)
            } else {
                None
            };
            match (open, pair) {
                ('[', None) => items.push(item),
                // `[a: b]` is a list holding a one-entry mapping.
                ('[', Some(value)) => {
                    let loc = item.loc();
                    items.push(Node::Map { entries: vec![(item, value)], loc });
                }
                (_, pair) => {
                    let value = pair.unwrap_or_else(|| self.empty());
                    entries.push((item, value));
                }
            }
            let rest = self.rest();
            if rest.starts_with(',') {
                self.at += 1;
            } else if !rest.starts_with(close) {
                // Text on a later line that does not continue the collection: it was never closed.
                if self.line + 1 != loc.line {
                    return Err((loc, format!("this `{open}` is not closed; add `{close}` at its end")));
                }
                return self.error(format!("expected `,` or `{close}` in this `{open}` collection"));
            }
        }
        self.depth -= 1;
        Ok(if open == '[' {
            Node::Seq { items, loc }
        } else {
            let loc = entries.first().map_or(loc, |(k, _)| k.loc());
            Node::Map { entries, loc }
        })
    }

    /// Skips white space, comments and line breaks inside a flow collection opened at `loc`.
    fn flow_space(&mut self, loc: Loc, open: char) -> Result<(), Error> {
        loop {
            self.skip_spaces();
            if !self.line_is_done() {
                return Ok(());
            }
            self.line += 1;
            self.at = 0;
            if self.line >= self.lines.len() {
                let close = if open == '[' { ']' } else { '}' };
                return Err((loc, format!("this `{open}` is not closed; add `{close}` at its end")));
            }
        }
    }

    /// One item of a flow collection: a nested collection, a quoted or a plain scalar.
    fn flow_item(&mut self, loc: Loc, open: char) -> Result<Node, Error> {
        self.refuse_properties()?;
        let rest = self.rest();
        match rest.chars().next() {
            Some('[' | '{') => self.flow(),
            Some('"' | '\'') => self.quoted(),
            Some(c) if INDICATORS.contains(&c) && !matches!(c, '-' | '?' | ':') => {
                self.error(format!("a value cannot start with `{c}`; quote it"))
            }
            _ => {
                let start = self.loc();
                let end = rest
                    .char_indices()
                    .find(|&(i, c)| {
                        matches!(c, ',' | '[' | ']' | '{' | '}')
                            || (c == ':' && is_value_separator(&rest[i + 1..]))
                            || (c == '#' && i > 0 && rest[..i].ends_with([' ', '\t']))
                    })
                    .map_or(rest.len(), |(i, _)| i);
                let text = rest[..end].trim_end_matches([' ', '\t']);
                if text.is_empty() {
                    return self.error(format!("expected a value in the `{open}` collection opened at {loc}"));
                }
                self.at += end;
                Ok(Node::Scalar { value: text.to_owned(), loc: start, plain: true })
            }
        }
    }
}

/// How one line of a quoted value ended.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Piece {
    /// At its closing quote, the byte after which is given.
    Closed(usize),
    /// At the end of the line; the value goes on.
    Open,
    /// At a backslash that ends the line: the value goes on with no space.
    Joined,
}

/// How a block scalar treats its final line breaks.
#[derive(Clone, Copy)]
enum Chomp {
    Clip,
    Strip,
    Keep,
}

/// Whether `rest` is the document marker `marker` (`---`, `...`), alone or before a space.
fn is_marker(rest: &str, marker: &str) -> bool {
    rest.strip_prefix(marker).is_some_and(|after| after.is_empty() || after.starts_with([' ', '\t']))
}

/// Whether `rest` starts a block sequence item: `-` then a space or the end of the line.
fn is_sequence_item(rest: &str) -> bool {
    rest.strip_prefix('-').is_some_and(|after| after.is_empty() || after.starts_with([' ', '\t']))
}

/// Whether the text after a `:` makes it a key's colon: a space, a tab, or the end of the line.
fn is_value_separator(after: &str) -> bool {
    after.is_empty() || after.starts_with([' ', '\t'])
}

/// The byte where a comment starts in plain text: a `#` after white space.
fn comment_start(text: &str) -> Option<usize> {
    if text.starts_with('#') {
        return Some(0);
    }
    text.char_indices().find(|&(i, c)| c == '#' && text[..i].ends_with([' ', '\t'])).map(|(i, _)| i)
}

/// The byte of the first `:` followed by white space in plain `text`, if any.
fn find_value_colon(text: &str) -> Option<usize> {
    text.char_indices()
        .find(|&(i, c)| c == ':' && is_value_separator(&text[i + 1..]) && i + 1 < text.len())
        .map(|(i, _)| i)
}

/// The byte just after the closing quote of the quoted scalar `rest` starts with, if it closes
/// on this line.
fn quoted_end(rest: &str) -> Option<usize> {
    let quote = rest.chars().next()?;
    let mut chars = rest.char_indices().skip(1);
    while let Some((i, c)) = chars.next() {
        match (quote, c) {
            ('\'', '\'') if rest[i + 1..].starts_with('\'') => {
                chars.next();
            }
            ('"', '\\') => {
                chars.next();
            }
            (q, c) if q == c => return Some(i + 1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    //! The reader against a full YAML parser, yaml-rust2: on the registry, every fixture and
    //! thousands of generated documents, both give the same tree, scalar for scalar, with the same
    //! locations; and what this reader refuses, it refuses with its own message.

    use yaml_rust2::parser::{Event, Parser};
    use yaml_rust2::scanner::TScalarStyle;

    use super::{Node, read};
    use crate::diag::Loc;

    /// The tree yaml-rust2 reads, in the same shape; `None` when it refuses the text.
    fn reference(source: &str) -> Option<Node> {
        enum Open {
            Seq(Vec<Node>, Loc),
            Map(Vec<(Node, Node)>, Loc, Option<Node>),
        }
        let mut parser = Parser::new_from_str(source);
        let mut stack: Vec<Open> = Vec::new();
        let mut root = None;
        loop {
            let (event, mark) = parser.next_token().ok()?;
            let loc = Loc::new(mark.line(), mark.col() + 1);
            let done = match event {
                Event::StreamEnd => break,
                Event::Scalar(value, style, _, _) => {
                    Some(Node::Scalar { value, loc, plain: style == TScalarStyle::Plain })
                }
                Event::SequenceStart(..) => {
                    stack.push(Open::Seq(Vec::new(), loc));
                    None
                }
                Event::MappingStart(..) => {
                    stack.push(Open::Map(Vec::new(), loc, None));
                    None
                }
                Event::SequenceEnd | Event::MappingEnd => match stack.pop()? {
                    Open::Seq(items, loc) => Some(Node::Seq { items, loc }),
                    Open::Map(entries, loc, _) => Some(Node::Map { entries, loc }),
                },
                _ => None,
            };
            if let Some(node) = done {
                match stack.last_mut() {
                    Some(Open::Seq(items, _)) => items.push(node),
                    Some(Open::Map(entries, loc, key)) => match key.take() {
                        Some(k) => entries.push((k, node)),
                        None => {
                            if entries.is_empty() {
                                *loc = node.loc();
                            }
                            *key = Some(node);
                        }
                    },
                    None => root = Some(node),
                }
            }
        }
        root
    }

    /// The first difference between two trees, as a path and what differs.
    fn difference(ours: &Node, theirs: &Node, path: &str) -> Option<String> {
        match (ours, theirs) {
            (Node::Scalar { value: a, loc: la, plain: pa }, Node::Scalar { value: b, loc: lb, plain: pb }) => {
                (a != b || pa != pb || la != lb)
                    .then(|| format!("{path}: ours {a:?} plain {pa} at {la}, theirs {b:?} plain {pb} at {lb}"))
            }
            (Node::Seq { items: a, loc: la }, Node::Seq { items: b, loc: lb }) => {
                if a.len() != b.len() || la != lb {
                    return Some(format!("{path}: list of {} at {la}, theirs {} at {lb}", a.len(), b.len()));
                }
                a.iter().zip(b).enumerate().find_map(|(i, (x, y))| difference(x, y, &format!("{path}[{i}]")))
            }
            (Node::Map { entries: a, loc: la }, Node::Map { entries: b, loc: lb }) => {
                if a.len() != b.len() || la != lb {
                    return Some(format!("{path}: mapping of {} at {la}, theirs {} at {lb}", a.len(), b.len()));
                }
                a.iter().zip(b).enumerate().find_map(|(i, ((ka, va), (kb, vb)))| {
                    difference(ka, kb, &format!("{path}.key{i}")).or_else(|| difference(va, vb, &format!("{path}.{i}")))
                })
            }
            _ => Some(format!("{path}: ours {}, theirs {}", ours.kind(), theirs.kind())),
        }
    }

    fn same_as_reference(source: &str, name: &str) {
        let theirs = reference(source);
        match (read(source), theirs) {
            (Ok(ours), Some(theirs)) => {
                if let Some(diff) = difference(&ours, &theirs, "") {
                    panic!("{name}: {diff}\n{source}");
                }
            }
            // Both refuse, or we refuse what is outside the subset (anchors, tags, ...).
            (Err(_), _) => {}
            (Ok(ours), None) => panic!("{name}: yaml-rust2 refuses what we read as {ours:?}\n{source}"),
        }
    }

    #[test]
    fn the_registry_and_every_fixture_read_as_yaml_rust2_reads_them() {
        same_as_reference(crate::EMBEDDED, "registry.yaml");
        assert!(read(crate::EMBEDDED).is_ok());
        let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures");
        let mut count = 0;
        for dir in ["bad", "extension"] {
            for entry in std::fs::read_dir(fixtures.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "yaml")
                    && let Ok(text) = std::fs::read_to_string(&path)
                {
                    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                    same_as_reference(text, &path.display().to_string());
                    count += 1;
                }
            }
        }
        assert!(count > 30, "{count} fixtures");
    }

    #[test]
    fn written_cases_read_as_yaml_rust2_reads_them() {
        let cases = [
            "a: \"tab\\tand \\u00e9 \\x41 \\U0001F600 \\\\ \\\"\"\n",
            "a: 'it''s'   # a comment\nb: x\n...\n",
            "--- # the document\na: 1\n",
            "a:\n- x\n- y\nb: z\n",
            "a: [x, [y, {k: v}], {}, []]\nb: {k: [1, 2], j: }\n",
            "a: [x,\n  y,\n  z]\n",
            "a: \"one \\\n  two\"\n",
            "a: plain text\n  continued here\n  and here\nb: c\n",
            "a: |\n  line one\n\n  line three\n\nb: >\n  folded\n  text\n\n  next\n",
            "- - a\n  - b\n- c\n",
            "a: http://example.com/x#y\nb: x #y\n",
            "\"quoted key\": 1\n'single': 2\n",
            "a:\n  b:\n    c:\n      d: deep\n",
            "a: -1\nb: ~\nc: null\nd: true\ne: 000\n",
            "statuses: []\n",
            "a: x\r\nb: y\r\n",
            "key: value\n# a trailing comment\n",
        ];
        for (i, case) in cases.iter().enumerate() {
            assert!(read(case).is_ok(), "case {i}: {:?}", read(case));
            same_as_reference(case, &format!("case {i}"));
        }
    }

    /// A deterministic generator of documents in the shapes registry files take, written in every
    /// style the reader accepts.
    struct Gen(u64);

    // A document is text pushed piece by piece, and counts start from one.
    #[allow(clippy::format_push_string, clippy::range_plus_one)]
    impl Gen {
        fn next(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }

        fn word(&mut self) -> String {
            const WORDS: &[&str] = &[
                "code",
                "reason",
                "Not",
                "Found",
                "404",
                "000",
                "true",
                "false",
                "~",
                "null",
                "a-b",
                "x.y",
                "http://x/y",
                "it's",
                "50%",
                "a#b",
                "-1",
                "+2",
                "ラベル",
                "説明です。",
                "Payload",
                "Too",
                "Large",
                "k:v",
                "a-",
                "x?",
            ];
            WORDS[self.next(WORDS.len() as u64) as usize].to_owned()
        }

        fn plain(&mut self) -> String {
            let words = 1 + self.next(3);
            let mut text = self.word();
            for _ in 1..words {
                text.push(' ');
                text.push_str(&self.word());
            }
            // A plain scalar may not start with an indicator or hold `: ` or ` #`.
            if text.starts_with([
                '-', '?', ':', '#', '%', '@', '`', '&', '*', '!', '|', '>', '\'', '"', '[', ']', '{', '}', ',',
            ]) || text == "~"
            {
                text.insert(0, 'w');
            }
            text
        }

        fn scalar(&mut self, flow: bool) -> String {
            let text = self.plain();
            match self.next(if flow { 3 } else { 4 }) {
                0 => format!("'{}'", text.replace('\'', "''")),
                1 => format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\"")),
                2 if !flow && text.contains(' ') => text,
                _ if flow => text.split([',', '[', ']', '{', '}']).next().unwrap_or("w").trim().to_owned() + "w",
                _ => text,
            }
        }

        fn flow(&mut self, depth: usize) -> String {
            let n = self.next(4);
            let items: Vec<String> = (0..n)
                .map(|_| if depth < 3 && self.next(4) == 0 { self.flow(depth + 1) } else { self.scalar(true) })
                .collect();
            if self.next(3) == 0 {
                let pairs: Vec<String> = items.iter().enumerate().map(|(i, v)| format!("k{i}: {v}")).collect();
                format!("{{{}}}", pairs.join(", "))
            } else {
                format!("[{}]", items.join(", "))
            }
        }

        /// A block node at `indent`, as the lines of a value: either on the key's line (`inline`)
        /// or as following lines.
        fn block(&mut self, indent: usize, depth: usize, out: &mut String) {
            let pad = " ".repeat(indent);
            match if depth > 3 { 3 } else { self.next(4) } {
                0 => {
                    for i in 0..1 + self.next(3) {
                        match self.next(8) {
                            0 => out.push_str(&format!("{pad}\"k{i}\":")),
                            1 => out.push_str(&format!("{pad}'k {i}':")),
                            _ => out.push_str(&format!("{pad}k{i}:")),
                        }
                        match self.next(8) {
                            // Nothing: YAML's null.
                            0 => out.push('\n'),
                            // A list at the key's own indentation.
                            1 => {
                                out.push('\n');
                                for _ in 0..1 + self.next(2) {
                                    out.push_str(&format!("{pad}- {}\n", self.scalar(false)));
                                }
                            }
                            _ => self.value(indent, depth, out),
                        }
                    }
                }
                1 => {
                    for _ in 0..1 + self.next(3) {
                        out.push_str(&format!("{pad}-"));
                        if self.next(6) == 0 {
                            // A list in the item.
                            out.push_str(&format!(" - {}\n{pad}  - {}\n", self.scalar(false), self.scalar(false)));
                        } else if self.next(2) == 0 {
                            // A compact mapping in the item.
                            out.push_str(&format!(" k: {}\n", self.scalar(false)));
                            out.push_str(&format!("{pad}  j: {}\n", self.scalar(false)));
                        } else {
                            self.value(indent, depth, out);
                        }
                    }
                }
                2 => out.push_str(&format!("{pad}{}\n", self.flow(0))),
                _ => out.push_str(&format!("{pad}{}\n", self.scalar(false))),
            }
        }

        fn value(&mut self, indent: usize, depth: usize, out: &mut String) {
            let pad = " ".repeat(indent);
            match self.next(10) {
                0..=3 => {
                    out.push('\n');
                    if self.next(4) == 0 {
                        out.push_str(&format!("{pad}  # a comment\n\n"));
                    }
                    self.block(indent + 2, depth + 1, out);
                }
                4 => out.push_str(&format!(" {}\n", self.flow(0))),
                5 => out.push_str(&format!(" {} # trailing\n", self.scalar(false))),
                6 => {
                    // A plain value over two lines.
                    out.push_str(&format!(" {}\n{pad}  {}\n", self.plain(), self.plain()));
                }
                7 => {
                    // A quoted value over lines, with an empty line.
                    let quote = if self.next(2) == 0 { '"' } else { '\'' };
                    let mut word = || if quote == '\'' { self.word().replace('\'', "''") } else { self.word() };
                    let (a, b, c) = (word(), word(), word());
                    out.push_str(&format!(" {quote}{a}\n{pad}   {b}\n\n{pad}  {c}{quote}\n"));
                }
                8 => {
                    // A block scalar.
                    let header = ["|", ">", "|-", ">-", "|+", ">+"][self.next(6) as usize];
                    out.push_str(&format!(" {header}\n"));
                    for line in 0..1 + self.next(3) {
                        let extra = if line == 1 && self.next(3) == 0 { "  " } else { "" };
                        out.push_str(&format!("{pad}  {extra}{}\n", self.plain()));
                        if self.next(4) == 0 {
                            out.push('\n');
                        }
                    }
                }
                _ => out.push_str(&format!(" {}\n", self.scalar(false))),
            }
        }
    }

    #[test]
    fn generated_documents_read_as_yaml_rust2_reads_them() {
        let mut generator = Gen(0x5eed_1234_abcd_ef01);
        let mut read_ok = 0;
        for i in 0..10_000 {
            let mut doc = String::new();
            if i % 7 == 0 {
                doc.push_str("---\n");
            }
            for key in 0..=generator.next(4) {
                doc.push_str("key");
                doc.push_str(&key.to_string());
                doc.push(':');
                generator.value(0, 0, &mut doc);
            }
            if i % 5 == 0 {
                doc = doc.replace('\n', "\r\n");
            }
            same_as_reference(&doc, &format!("document {i}"));
            if std::env::var_os("SHOW_DOCS").is_some() && i % 1000 == 0 {
                eprintln!("----\n{doc}");
            }
            let ours = read(&doc);
            if let (Err(e), true) = (&ours, std::env::var_os("SHOW_REFUSED").is_some()) {
                eprintln!("---- refused ({}, yaml-rust2 {}): {e:?}\n{doc}", i, reference(&doc).is_some());
            }
            read_ok += usize::from(ours.is_ok());
        }
        assert!(read_ok > 9900, "only {read_ok} of 10000 documents read");
    }
}
