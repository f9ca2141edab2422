//! What is wrong with a data file, said so that a person can find and fix it.

use std::fmt;

use super::position::{Position, Snippet};

/// At most this many problems are kept and shown; past it, they are only counted.
/// A person fixes the first few and checks again; thousands help nobody.
pub const MAX_PROBLEMS: usize = 100;

/// One thing wrong with a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the data, e.g. `milestones[3].date`; empty for syntax errors.
    pub path: String,
    /// 1-based line and column in the file, where known.
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub message: String,
    /// A short window of the offending line around the column, where known.
    pub snippet: Option<Snippet>,
}

impl Problem {
    pub fn at_path(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            line: None,
            col: None,
            message: message.into(),
            snippet: None,
        }
    }

    pub fn whole_file(message: impl Into<String>) -> Self {
        Self::at_path(String::new(), message)
    }

    /// Fills in the line and column, and a window of `text` around the position.
    pub fn with_position(mut self, text: &str, at: Position) -> Self {
        self.line = Some(at.line);
        self.col = Some(at.col);
        self.snippet = Some(Snippet::around(text, at.offset));
        self
    }

    /// The offending part of the line with a caret under the column, for a terminal
    /// or a banner.
    pub fn excerpt(&self) -> Option<String> {
        self.snippet.as_ref().map(Snippet::render)
    }

    /// `FILE:LINE:COL: error: message`, the form editors and compilers use.
    pub fn render(&self, file: &str) -> String {
        let location = match (self.line, self.col) {
            (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
            (Some(l), None) => format!("{file}:{l}"),
            _ => file.to_owned(),
        };
        let at = if self.path.is_empty() {
            String::new()
        } else {
            format!("{}: ", self.path)
        };
        format!("{location}: error: {at}{}", self.message)
    }
}

/// Why a data file could not be used: the first [`MAX_PROBLEMS`] problems, in the
/// order found, and how many more there were.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    /// The file's name as the person gave it.
    pub file: String,
    pub problems: Vec<Problem>,
    /// Problems found beyond those listed.
    pub more: usize,
}

impl LoadError {
    /// An error with just this one problem.
    pub fn single(file: impl Into<String>, problem: Problem) -> Self {
        Self {
            file: file.into(),
            problems: vec![problem],
            more: 0,
        }
    }

    /// How many problems were found in all, listed or not.
    pub fn count(&self) -> usize {
        self.problems.len() + self.more
    }

    /// "1 problem", "2,345 problems".
    pub fn count_text(&self) -> String {
        let n = self.count();
        format!("{} problem{}", thousands(n), if n == 1 { "" } else { "s" })
    }

    /// "and 2,245 more problems", when not every problem is listed.
    pub fn more_text(&self) -> Option<String> {
        (self.more > 0).then(|| {
            format!(
                "… and {} more problem{} (fix these first, then check again)",
                thousands(self.more),
                if self.more == 1 { "" } else { "s" }
            )
        })
    }
}

/// `1234567` as `1,234,567`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", p.render(&self.file))?;
            if let Some(excerpt) = p.excerpt() {
                for line in excerpt.lines() {
                    write!(f, "\n    | {line}")?;
                }
            }
        }
        if let Some(more) = self.more_text() {
            write!(f, "\n{more}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_read_well() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(218_000), "218,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
        let e = LoadError {
            file: "f".into(),
            problems: vec![Problem::whole_file("x")],
            more: 1,
        };
        assert_eq!(e.count_text(), "2 problems");
        assert_eq!(
            e.to_string(),
            "f: error: x\n… and 1 more problem (fix these first, then check again)"
        );
    }
}
