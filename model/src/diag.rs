//! Located diagnostics for registry files.
//!
//! A proc-macro cannot point a span into a YAML file, so every problem carries its position as text:
//! `registry.yaml:14:11: duplicate code 499 for vendor `nginx`; first at 8:11`. Problems are collected
//! rather than returned one at a time, so a user fixes a whole file in one pass.

use core::fmt;

/// A 1-based line and column in a registry file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Loc {
    /// Line number, starting at 1.
    pub line: usize,
    /// Column number, starting at 1, counted in characters.
    pub col: usize,
}

impl Loc {
    /// A location from a 1-based line and column.
    #[must_use]
    pub const fn new(line: usize, col: usize) -> Self {
        Self { line, col }
    }
}

impl fmt::Display for Loc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// One problem found in a registry file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file the problem is in, as the user should see it.
    pub origin: String,
    /// Where in the file; `None` for problems with the file as a whole (it cannot be read, it is empty).
    pub loc: Option<Loc>,
    /// What is wrong and, after a semicolon, how to fix it.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.loc {
            Some(loc) => write!(f, "{}:{}: {}", self.origin, loc, self.message),
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

/// Every problem found in one registry file, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics {
    origin: String,
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty collection for problems in the file named `origin`.
    #[must_use]
    pub fn new(origin: impl Into<String>) -> Self {
        Self { origin: origin.into(), items: Vec::new() }
    }

    /// Records a problem at `loc`.
    pub fn error(&mut self, loc: Loc, message: impl Into<String>) {
        self.items.push(Diagnostic { origin: self.origin.clone(), loc: Some(loc), message: message.into() });
    }

    /// Records a problem with the file as a whole.
    pub fn error_file(&mut self, message: impl Into<String>) {
        self.items.push(Diagnostic { origin: self.origin.clone(), loc: None, message: message.into() });
    }

    /// Adds every problem of `other`.
    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    /// Whether nothing has been recorded.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// How many problems have been recorded.
    #[must_use]
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// The recorded problems, sorted by position.
    #[must_use]
    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    /// The file these problems are in.
    #[must_use]
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// Sorts the problems by position so they read top to bottom; file-wide problems come first.
    pub(crate) fn sort(&mut self) {
        self.items.sort_by_key(|d| d.loc);
    }

    /// `Ok(value)` when nothing was recorded, otherwise every problem sorted by position.
    pub(crate) fn finish<T>(mut self, value: T) -> Result<T, Self> {
        if self.is_empty() {
            Ok(value)
        } else {
            self.sort();
            Err(self)
        }
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.items.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}
