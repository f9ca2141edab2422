//! The tokens of RON text, with where each starts: just enough of the language for
//! [`super::locate`] to follow fields and list items, written so that no input can make
//! it recurse, loop or read past the end.

use super::position::Position;

/// One token; strings, numbers and characters are all just a value here.
#[derive(Clone, Debug, PartialEq)]
pub enum Tok<'a> {
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
pub fn tokenize(text: &str) -> (Vec<(Tok<'_>, Position)>, Option<Position>) {
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
