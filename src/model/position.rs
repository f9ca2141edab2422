//! Where something is in a data file, and a short window of text around it.
//!
//! A hostile file may be one line of 8 MiB with thousands of problems on it, so a
//! problem never keeps its whole line: it keeps a window of at most
//! [`SNIPPET_BEFORE`] + [`SNIPPET_AFTER`] characters around its column. Line numbers
//! come from one index of line starts, built once per file and searched in O(log lines).

/// A 1-based line and column (columns count characters, not bytes), and the byte
/// offset into the text it was found in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub col: usize,
    pub offset: usize,
}

/// Characters shown before and after the column in a snippet.
pub const SNIPPET_BEFORE: usize = 60;
pub const SNIPPET_AFTER: usize = 40;

/// A window of one line around a column: what a person needs to find the spot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    /// The text of the window, without line breaks.
    pub text: String,
    /// How many characters of `text` come before the column.
    pub caret: usize,
    /// The line goes on before or after the window.
    pub cut_before: bool,
    pub cut_after: bool,
}

impl Snippet {
    /// The window around byte `offset` of `text`, never crossing a line break and
    /// never reading more than the window's own length, whatever the line's length.
    pub fn around(text: &str, offset: usize) -> Snippet {
        let offset = text.floor_char_boundary(offset.min(text.len()));
        let (before, after) = text.split_at(offset);
        let is_break = |c: char| c == '\n' || c == '\r';
        let mut start = offset;
        let mut caret = 0;
        let mut back = before.char_indices().rev();
        let cut_before = loop {
            match back.next() {
                None => break false,
                Some((_, c)) if is_break(c) => break false,
                Some(_) if caret == SNIPPET_BEFORE => break true,
                Some((i, _)) => {
                    start = i;
                    caret += 1;
                }
            }
        };
        let mut end = offset;
        let mut taken = 0;
        let mut forward = after.char_indices();
        let cut_after = loop {
            match forward.next() {
                None => break false,
                Some((_, c)) if is_break(c) => break false,
                Some(_) if taken == SNIPPET_AFTER => break true,
                Some((i, c)) => {
                    end = offset + i + c.len_utf8();
                    taken += 1;
                }
            }
        };
        Snippet {
            text: text.get(start..end).unwrap_or_default().to_owned(),
            caret,
            cut_before,
            cut_after,
        }
    }

    /// The window with `…` where the line goes on, and a caret under the column on the
    /// next line; tabs keep their width above the caret.
    pub fn render(&self) -> String {
        let mut shown = String::with_capacity(self.text.len() + 8);
        let mut caret_at = self.caret;
        if self.cut_before {
            shown.push('…');
            caret_at += 1;
        }
        shown.push_str(&self.text);
        if self.cut_after {
            shown.push('…');
        }
        let pad: String = shown
            .chars()
            .take(caret_at)
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        format!("{shown}\n{pad}^")
    }
}

/// Where each line of a text starts, built once per file.
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of the start of each line; the first is always 0.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Self { text, starts }
    }

    /// The line and column of byte `offset`.
    pub fn position(&self, offset: usize) -> Position {
        let offset = self.text.floor_char_boundary(offset.min(self.text.len()));
        let line = self.starts.partition_point(|s| *s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let col = 1 + self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().count());
        Position { line, col, offset }
    }

    /// The byte offset of a 1-based line and column, as a parser reports them; a
    /// column past the end of its line points at the line's end.
    pub fn offset(&self, line: usize, col: usize) -> usize {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = self.text.get(start..).unwrap_or_default();
        let line_text = rest.split('\n').next().unwrap_or_default();
        start
            + line_text
                .char_indices()
                .nth(col.saturating_sub(1))
                .map_or(line_text.trim_end_matches('\r').len(), |(i, _)| i)
    }

    /// The text of 1-based `line`, without its line break.
    pub fn line(&self, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line.saturating_sub(1)) else {
            return "";
        };
        let rest = self.text.get(start..).unwrap_or_default();
        rest.split('\n')
            .next()
            .unwrap_or_default()
            .trim_end_matches('\r')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_round_trip_through_the_index() {
        let text = "ab\r\nçd\n\nxyz";
        let index = LineIndex::new(text);
        for (line, col) in [(1, 1), (1, 2), (2, 1), (2, 2), (4, 3)] {
            let offset = index.offset(line, col);
            let back = index.position(offset);
            assert_eq!((back.line, back.col), (line, col));
        }
        assert_eq!(index.line(2), "çd");
        assert_eq!(index.line(1), "ab");
        assert_eq!(index.line(9), "");
        // A column past the end points at the end of the line, not into the next.
        assert_eq!(index.position(index.offset(1, 50)).line, 1);
    }

    #[test]
    fn a_snippet_is_a_window_not_the_line() {
        let line = format!("{}X{}", "a".repeat(5_000), "b".repeat(5_000));
        let text = format!("first\n{line}\nlast");
        let at = text.find('X').unwrap_or(0);
        let s = Snippet::around(&text, at);
        assert_eq!(s.text.chars().count(), SNIPPET_BEFORE + SNIPPET_AFTER);
        assert!(s.cut_before && s.cut_after);
        assert_eq!(s.text.chars().nth(s.caret), Some('X'));
        let shown = s.render();
        let (top, caret) = shown.split_once('\n').unwrap_or_default();
        assert_eq!(top.chars().nth(caret.len() - 1), Some('X'));
        // Short lines are shown whole, without the neighbours.
        let s = Snippet::around("one\ntwo\nthree", 5);
        assert_eq!((s.text.as_str(), s.caret), ("two", 1));
        assert!(!s.cut_before && !s.cut_after);
    }
}
