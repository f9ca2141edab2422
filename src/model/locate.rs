//! Finds where a value sits in RON text, by its path in the data (`milestones[3].date`).
//!
//! Validation works on the parsed data, which has forgotten where each value came from;
//! this scanner walks the text once more, tracking struct fields and list indices,
//! so that a problem can point at a line and column. It never recurses, so deep input
//! cannot overflow the stack, and it records only the paths it is asked for, so its
//! memory follows the number of problems, not the size of the file.

use std::collections::{HashMap, HashSet};

pub use super::position::Position;

#[derive(Clone, Debug, PartialEq)]
enum Tok<'a> {
    Open(char),
    Close,
    Comma,
    Colon,
    Ident(&'a str),
    Value,
}

/// Walks the text one character at a time, keeping line, column and byte offset.
struct Cursor<'a> {
    text: &'a str,
    at: Position,
}

impl<'a> Cursor<'a> {
    fn peek(&self, n: usize) -> Option<char> {
        self.text.get(self.at.offset..)?.chars().nth(n)
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.at.offset += c.len_utf8();
        if c == '\n' {
            self.at.line += 1;
            self.at.col = 1;
        } else {
            self.at.col += 1;
        }
        Some(c)
    }

    fn bump_while(&mut self, keep: impl Fn(char) -> bool) {
        while self.peek(0).is_some_and(&keep) {
            self.bump();
        }
    }

    /// Skips a quoted string or character, with `\` escapes.
    fn quoted(&mut self, quote: char) {
        self.bump();
        while let Some(c) = self.bump() {
            if c == '\\' {
                self.bump();
            } else if c == quote {
                break;
            }
        }
    }

    /// Skips a raw string `r"…"`, `r#"…"#`; the cursor is on the `r`.
    fn raw_string(&mut self) {
        self.bump();
        let mut hashes = 0;
        while self.peek(0) == Some('#') {
            hashes += 1;
            self.bump();
        }
        self.bump();
        while let Some(c) = self.bump() {
            if c == '"' && (0..hashes).all(|k| self.peek(k) == Some('#')) {
                for _ in 0..hashes {
                    self.bump();
                }
                break;
            }
        }
    }

    /// Skips a block comment, which may nest; returns false if it never closes.
    fn block_comment(&mut self) -> bool {
        let mut depth = 0usize;
        loop {
            match (self.peek(0), self.peek(1)) {
                (Some('/'), Some('*')) => {
                    depth += 1;
                    self.bump();
                    self.bump();
                }
                (Some('*'), Some('/')) => {
                    depth = depth.saturating_sub(1);
                    self.bump();
                    self.bump();
                    if depth == 0 {
                        return true;
                    }
                }
                (None, _) => return false,
                _ => {
                    self.bump();
                }
            }
        }
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The tokens of `text`, and where a block comment that never closes starts.
fn tokenize(text: &str) -> (Vec<(Tok<'_>, Position)>, Option<Position>) {
    let mut cur = Cursor {
        text,
        at: Position {
            line: 1,
            col: 1,
            offset: 0,
        },
    };
    let mut out = Vec::new();
    let mut unclosed = None;
    while let Some(c) = cur.peek(0) {
        let pos = cur.at;
        let next = cur.peek(1);
        match c {
            c if c.is_whitespace() || c == '\u{feff}' => {
                cur.bump();
            }
            '/' if next == Some('/') => cur.bump_while(|c| c != '\n'),
            '/' if next == Some('*') => {
                if !cur.block_comment() && unclosed.is_none() {
                    unclosed = Some(pos);
                }
            }
            '"' | '\'' => {
                cur.quoted(c);
                out.push((Tok::Value, pos));
            }
            'r' if next == Some('"') => {
                cur.raw_string();
                out.push((Tok::Value, pos));
            }
            // `r#"…"#` is a raw string; `r#name` is a raw identifier, the field `name`.
            'r' if next == Some('#') => {
                let mut k = 1;
                while cur.peek(k) == Some('#') {
                    k += 1;
                }
                if cur.peek(k) == Some('"') {
                    cur.raw_string();
                    out.push((Tok::Value, pos));
                } else {
                    cur.bump();
                    cur.bump();
                    let start = cur.at.offset;
                    cur.bump_while(is_ident);
                    let word = text.get(start..cur.at.offset).unwrap_or_default();
                    out.push((Tok::Ident(word), pos));
                }
            }
            '(' | '[' | '{' => {
                out.push((Tok::Open(c), pos));
                cur.bump();
            }
            ')' | ']' | '}' => {
                out.push((Tok::Close, pos));
                cur.bump();
            }
            ',' => {
                out.push((Tok::Comma, pos));
                cur.bump();
            }
            ':' => {
                out.push((Tok::Colon, pos));
                cur.bump();
            }
            c if is_ident_start(c) => {
                let start = cur.at.offset;
                cur.bump_while(is_ident);
                let word = text.get(start..cur.at.offset).unwrap_or_default();
                out.push((Tok::Ident(word), pos));
            }
            _ => {
                // Numbers and signs: one value token per run.
                cur.bump();
                cur.bump_while(|c| !c.is_whitespace() && !"()[]{},:\"".contains(c));
                out.push((Tok::Value, pos));
            }
        }
    }
    (out, unclosed)
}

/// Where a block comment that is never closed begins: the parser only notices at the
/// end of the file, but the person needs to see where the comment starts.
pub fn unclosed_block_comment(text: &str) -> Option<Position> {
    tokenize(text).1
}

/// Values nested deeper than this are not located.
const MAX_DEPTH: usize = 64;

enum Frame<'a> {
    /// `( … )`: a struct when it has `field:` entries, otherwise transparent (`Some(x)`).
    Paren {
        field: Option<&'a str>,
    },
    Seq {
        index: usize,
    },
    Map,
}

fn path_of(stack: &[Frame<'_>], path: &mut String) {
    use std::fmt::Write as _;
    path.clear();
    for frame in stack {
        match frame {
            Frame::Paren { field: Some(f) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(f);
            }
            Frame::Seq { index } => {
                let _ = write!(path, "[{index}]");
            }
            Frame::Paren { field: None } | Frame::Map => {}
        }
    }
}

/// Every path and every enclosing path of `paths`: what [`locate`] must record so that
/// [`position_of`] can fall back to the nearest enclosing value.
pub fn with_parents<'p>(paths: impl IntoIterator<Item = &'p str>) -> HashSet<String> {
    let mut wanted = HashSet::new();
    for path in paths {
        let mut p = path;
        loop {
            wanted.insert(p.to_owned());
            match p.rfind(['.', '[']).and_then(|cut| p.get(..cut)) {
                Some(parent) if !parent.is_empty() => p = parent,
                _ => break,
            }
        }
    }
    wanted
}

/// Maps each path in `wanted` that occurs in `text` to where its value starts.
pub fn locate(text: &str, wanted: &HashSet<String>) -> HashMap<String, Position> {
    let (toks, _) = tokenize(text);
    let mut stack: Vec<Frame<'_>> = Vec::new();
    let mut found = HashMap::new();
    let mut path = String::new();
    let mut record = |stack: &[Frame<'_>], pos: Position| {
        // Real data is a few levels deep; past that, paths are not worth their cost.
        if stack.len() > MAX_DEPTH || found.len() == wanted.len() {
            return;
        }
        path_of(stack, &mut path);
        if wanted.contains(&path) && !found.contains_key(&path) {
            found.insert(path.clone(), pos);
        }
    };
    let mut k = 0;
    while let Some((tok, pos)) = toks.get(k) {
        let followed_by_colon = matches!(toks.get(k + 1), Some((Tok::Colon, _)));
        match tok {
            Tok::Ident(name)
                if followed_by_colon && matches!(stack.last(), Some(Frame::Paren { .. })) =>
            {
                if let Some(Frame::Paren { field }) = stack.last_mut() {
                    *field = Some(name);
                }
                // `Some(x)` stands for x: record where x starts.
                let mut j = k + 2;
                while matches!(toks.get(j), Some((Tok::Ident("Some"), _)))
                    && matches!(toks.get(j + 1), Some((Tok::Open('('), _)))
                {
                    j += 2;
                }
                if let Some((_, value_pos)) = toks.get(j) {
                    record(&stack, *value_pos);
                }
                k += 2;
                continue;
            }
            // `Some(x)` stands for x: let x's own position be the one recorded.
            Tok::Ident("Some") if matches!(toks.get(k + 1), Some((Tok::Open('('), _))) => {}
            Tok::Open(c) => {
                let after_some = k > 0 && matches!(toks.get(k - 1), Some((Tok::Ident("Some"), _)));
                if !after_some {
                    record(&stack, *pos);
                }
                stack.push(match c {
                    '[' => Frame::Seq { index: 0 },
                    '{' => Frame::Map,
                    _ => Frame::Paren { field: None },
                });
                if *c == '['
                    && !matches!(toks.get(k + 1), Some((Tok::Close, _)))
                    && let Some((_, first)) = toks.get(k + 1)
                {
                    record(&stack, *first);
                }
            }
            Tok::Close => {
                stack.pop();
            }
            Tok::Comma => match stack.last_mut() {
                Some(Frame::Seq { index }) => {
                    *index += 1;
                    if let Some((t, next)) = toks.get(k + 1)
                        && *t != Tok::Close
                    {
                        let next = *next;
                        record(&stack, next);
                    }
                }
                Some(Frame::Paren { field }) => *field = None,
                _ => {}
            },
            Tok::Ident(_) | Tok::Value | Tok::Colon => record(&stack, *pos),
        }
        k += 1;
    }
    found
}

/// The position of `path`, or of its nearest enclosing value that could be found.
pub fn position_of(map: &HashMap<String, Position>, path: &str) -> Option<Position> {
    let mut p = path;
    loop {
        if let Some(pos) = map.get(p) {
            return Some(*pos);
        }
        let cut = p.rfind(['.', '['])?;
        p = p.get(..cut)?;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: usize, col: usize) -> (usize, usize) {
        (line, col)
    }

    fn find(text: &str, paths: &[&str], path: &str) -> Option<(usize, usize)> {
        let map = locate(text, &with_parents(paths.iter().copied()));
        position_of(&map, path).map(|p| (p.line, p.col))
    }

    #[test]
    fn finds_fields_and_indices() {
        let text = "// header\n(\n  title: \"T\",\n  milestones: [\n    (id: \"a\", date: \"2012\"),\n    (\n      id: \"b\",\n      date: \"2022-13\", /* c */ end: Some(\"x\"),\n    ),\n  ],\n)\n";
        assert_eq!(find(text, &["title"], "title"), Some(at(3, 10)));
        let paths = [
            "milestones[0].date",
            "milestones[1].date",
            "milestones[1].end",
        ];
        assert_eq!(find(text, &paths, "milestones[0].date"), Some(at(5, 21)));
        assert_eq!(find(text, &paths, "milestones[1]"), Some(at(6, 5)));
        assert_eq!(find(text, &paths, "milestones[1].date"), Some(at(8, 13)));
        assert_eq!(find(text, &paths, "milestones[1].end"), Some(at(8, 42)));
        assert_eq!(
            find(
                text,
                &["milestones[1].sources[2].url"],
                "milestones[1].sources[2].url"
            ),
            Some(at(6, 5))
        );
        // The byte offset matches the line and column.
        let map = locate(text, &with_parents(["title"]));
        let title = map.get("title").map(|p| p.offset).unwrap_or_default();
        assert_eq!(text.get(title..title + 3), Some("\"T\""));
    }

    #[test]
    fn raw_identifiers_are_fields_not_strings() {
        let text = "(\n  r#title: \"T\",\n  count: -1,\n)";
        assert_eq!(find(text, &["count"], "count"), Some(at(3, 10)));
        assert_eq!(find(text, &["title"], "title"), Some(at(2, 12)));
        let raw = "(\n  a: r#\"x\"#,\n  b: r##\"y\"#\"##,\n  c: 1,\n)";
        assert_eq!(find(raw, &["c"], "c"), Some(at(4, 6)));
    }

    #[test]
    fn an_unclosed_comment_is_found_where_it_starts() {
        let text = "(\n  a: 1, /* one /* two */\n  b: 2,\n)";
        assert_eq!(
            unclosed_block_comment(text).map(|p| (p.line, p.col)),
            Some(at(2, 9))
        );
        assert_eq!(unclosed_block_comment("/* a /* b */ */ ()"), None);
    }

    #[test]
    fn deep_input_does_not_overflow() {
        let text = "[".repeat(200_000);
        let map = locate(&text, &with_parents(["[0][0]"]));
        assert!(map.contains_key("[0]"));
        assert!(map.len() <= 2);
    }
}
