//! How the file is laid out where text goes in or comes out: its line ends, its
//! indentation, which lines an entry owns; and new values written to match.
//!
//! New values come from the canonical text (4 spaces an indent, `\n` line ends, strings
//! escaped so that no string holds a line break); they are re-indented to where they
//! go, in the file's own indent unit and line ends, or folded onto one line where their
//! neighbours are written on one line.

/// The file's habits: its line end and its indent unit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Style {
    pub newline: &'static str,
    pub unit: String,
}

/// The canonical text's indent unit.
const CANONICAL_UNIT: usize = 4;

impl Style {
    /// The line end of the file's first line break; the indent unit of the first
    /// indented line (four spaces when there is none).
    pub fn of(text: &str) -> Style {
        let newline = match text.find(['\r', '\n']) {
            Some(i) if text.get(i..i + 2) == Some("\r\n") => "\r\n",
            Some(i) if text.get(i..=i) == Some("\r") => "\r",
            _ => "\n",
        };
        let unit = text
            .split(['\n', '\r'])
            .map(|line| &line[..line.len() - line.trim_start_matches([' ', '\t']).len()])
            .find(|indent| !indent.is_empty())
            .map_or_else(|| " ".repeat(CANONICAL_UNIT), str::to_owned);
        Style { newline, unit }
    }

    /// Canonical `text` (whose first line is indented by `base` spaces in the
    /// canonical file) for a place whose line is indented by `indent`: every line after
    /// the first takes `indent`, and each canonical level the file's own unit.
    pub fn reindent(&self, text: &str, base: usize, indent: &str) -> String {
        let mut out = String::with_capacity(text.len() + 16);
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.push_str(self.newline);
                let body = line.trim_start_matches(' ');
                let spaces = (line.len() - body.len()).saturating_sub(base);
                out.push_str(indent);
                for _ in 0..spaces / CANONICAL_UNIT {
                    out.push_str(&self.unit);
                }
                out.push_str(body);
            } else {
                out.push_str(line);
            }
        }
        out
    }
}

/// Canonical `text` folded onto one line: `(a: 1, b: [2, 3])`, for a place where the
/// neighbours are written on one line. Safe because canonical text breaks lines only
/// between tokens.
pub fn compact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n').map(str::trim) {
        if line.is_empty() {
            continue;
        }
        let closes = line.starts_with([')', ']', '}']);
        if closes && out.ends_with(',') {
            out.pop();
        }
        if !(out.is_empty() || out.ends_with(['(', '[', '{']) || closes) {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// Offset of the start of the line holding `at`.
pub fn line_start(text: &str, at: usize) -> usize {
    text.get(..at)
        .and_then(|before| before.rfind('\n'))
        .map_or(0, |i| i + 1)
}

/// The blanks that start the line holding `at`.
pub fn indent_at(text: &str, at: usize) -> &str {
    let start = line_start(text, at);
    let line = text.get(start..).unwrap_or_default();
    let body = line.trim_start_matches([' ', '\t', '\u{feff}']);
    line.get(..line.len() - body.len()).unwrap_or_default()
}

/// Nothing but blanks stands before `at` on its line.
pub fn starts_line(text: &str, at: usize) -> bool {
    text.get(line_start(text, at)..at)
        .is_some_and(|before| before.chars().all(|c| matches!(c, ' ' | '\t' | '\u{feff}')))
}

/// When only blanks and comments follow `at` on its line: the offset where the line
/// ends (its line break, or the end of the text).
pub fn rest_of_line(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = at;
    loop {
        match (bytes.get(i), bytes.get(i + 1)) {
            (Some(b' ' | b'\t'), _) => i += 1,
            (Some(b'/'), Some(b'/')) => {
                return Some(text.get(i..)?.find('\n').map_or(text.len(), |n| i + n));
            }
            (Some(b'/'), Some(b'*')) => {
                let close = text.get(i + 2..)?.find("*/")? + i + 2;
                if text.get(i..close)?.contains('\n') {
                    return None;
                }
                i = close + 2;
            }
            (None | Some(b'\n'), _) | (Some(b'\r'), Some(b'\n')) => return Some(i),
            _ => return None,
        }
    }
}

/// The offset just after the line break at `end` (a line end found by [`rest_of_line`]).
pub fn past_line_break(text: &str, end: usize) -> usize {
    if text.get(end..end + 2) == Some("\r\n") {
        end + 2
    } else if text.get(end..=end) == Some("\n") {
        end + 1
    } else {
        end
    }
}

/// The bytes an entry owns when it is removed: its whole lines when it is alone on
/// them (with a comment that ends its last line), else the entry and the blanks that
/// separate it from its neighbour.
pub fn owned_span(
    text: &str,
    span: std::ops::Range<usize>,
    has_comma: bool,
) -> std::ops::Range<usize> {
    if starts_line(text, span.start)
        && let Some(end) = rest_of_line(text, span.end)
    {
        return line_start(text, span.start)..past_line_break(text, end);
    }
    let blank = |c: char| c == ' ' || c == '\t';
    if has_comma {
        let after = text.get(span.end..).unwrap_or_default();
        span.start..span.end + (after.len() - after.trim_start_matches(blank).len())
    } else {
        let before = text.get(..span.start).unwrap_or_default();
        before.trim_end_matches(blank).len()..span.end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn style_follows_the_file() {
        let crlf = Style::of("(\r\n\ttitle: \"T\",\r\n)");
        assert_eq!((crlf.newline, crlf.unit.as_str()), ("\r\n", "\t"));
        let plain = Style::of("(title: \"T\")");
        assert_eq!((plain.newline, plain.unit.as_str()), ("\n", "    "));
        assert_eq!(Style::of("(\r  a: 1,\r)").newline, "\r");
    }

    #[test]
    fn reindent_moves_every_later_line() {
        let style = Style::of("(\n  a: 1,\n)");
        let canonical = "(\n            label: \"L\",\n            tags: [\n                \"x\",\n            ],\n        )";
        assert_eq!(
            style.reindent(canonical, 8, "    "),
            "(\n      label: \"L\",\n      tags: [\n        \"x\",\n      ],\n    )"
        );
    }

    #[test]
    fn compact_folds_canonical_text() {
        let canonical = "(\n    label: \"a, b\",\n    tags: [\n        \"x\",\n        \"y\",\n    ],\n    none: [],\n)";
        assert_eq!(
            compact(canonical),
            "(label: \"a, b\", tags: [\"x\", \"y\"], none: [])"
        );
    }

    #[test]
    fn an_entry_alone_on_its_lines_owns_them() {
        let text = "[\n    a, // why\n    b,\n]";
        let a = text.find('a').unwrap_or_default();
        assert_eq!(&text[owned_span(text, a..a + 2, true)], "    a, // why\n");
        let inline = "[a, b]";
        assert_eq!(&inline[owned_span(inline, 1..3, true)], "a, ");
        assert_eq!(&inline[owned_span(inline, 4..5, false)], " b");
        let crlf = "[\r\n  a,\r\n]";
        assert_eq!(&crlf[owned_span(crlf, 5..7, true)], "  a,\r\n");
    }
}
