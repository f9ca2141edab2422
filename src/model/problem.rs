//! What is wrong with a data file, said so that a person can find and fix it.

use std::fmt;

/// One thing wrong with a data file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where in the data, e.g. `milestones[3].date`; empty for syntax errors.
    pub path: String,
    /// 1-based line and column in the file, where known.
    pub line: Option<usize>,
    pub col: Option<usize>,
    pub message: String,
    /// The offending line of the file, where known.
    pub source_line: Option<String>,
}

impl Problem {
    pub fn at_path(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            line: None,
            col: None,
            message: message.into(),
            source_line: None,
        }
    }

    pub fn whole_file(message: impl Into<String>) -> Self {
        Self::at_path(String::new(), message)
    }

    /// Fills in the line and column, and copies the offending line from `text`.
    pub fn with_position(mut self, text: &str, line: usize, col: usize) -> Self {
        self.line = Some(line);
        self.col = Some(col);
        self.source_line = text
            .lines()
            .nth(line.saturating_sub(1))
            .map(|l| l.trim_end_matches('\r').to_owned());
        self
    }

    /// The offending line with a caret under the column, for a terminal or a banner.
    /// A very long line is cut to a window around the column.
    pub fn excerpt(&self) -> Option<String> {
        const BEFORE: usize = 60;
        const AFTER: usize = 40;
        let line = self.source_line.as_ref()?;
        let col = self.col.unwrap_or(1).max(1);
        let chars: Vec<char> = line.chars().collect();
        let start = (col - 1).saturating_sub(BEFORE);
        let end = (col - 1 + AFTER).min(chars.len());
        let mut shown: String = chars
            .get(start..end.max(start))
            .unwrap_or_default()
            .iter()
            .collect();
        let mut caret_at = col - 1 - start;
        if start > 0 {
            shown.insert(0, '…');
            caret_at += 1;
        }
        if end < chars.len() {
            shown.push('…');
        }
        // Tabs keep their width under the caret; everything else is one column.
        let pad: String = shown
            .chars()
            .take(caret_at)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        Some(format!("{shown}\n{pad}^"))
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

/// Why a data file could not be used; holds every problem found, not just the first.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    /// The file's name as the person gave it.
    pub file: String,
    pub problems: Vec<Problem>,
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
        Ok(())
    }
}
