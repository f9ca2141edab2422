//! The tokens of RON text, with where each starts and ends: just enough of the language
//! for [`super::locate`] to follow fields and list items and for [`super::save`] to
//! rewrite one value in place, written so that no input can make it recurse, loop or
//! read past the end.

use super::position::Position;

/// One token; strings, numbers and characters are all just a value here.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tok<'a> {
    Open(char),
    Close,
    Comma,
    Colon,
    Ident(&'a str),
    Value,
}

/// A token, where it starts and the byte offset just after it: the locator needs only
/// the start; a save rewrites the bytes between start and end.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Token<'a> {
    pub tok: Tok<'a>,
    pub at: Position,
    pub end: usize,
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
pub fn tokenize(text: &str) -> (Vec<Token<'_>>, Option<Position>) {
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
        let tok = match c {
            c if c.is_whitespace() || c == '\u{feff}' => {
                cur.bump();
                None
            }
            '/' if next == Some('/') => {
                cur.bump_while(|c| c != '\n');
                None
            }
            '/' if next == Some('*') => {
                if !cur.block_comment() && unclosed.is_none() {
                    unclosed = Some(pos);
                }
                None
            }
            '"' | '\'' => {
                cur.quoted(c);
                Some(Tok::Value)
            }
            'r' if next == Some('"') => {
                cur.raw_string();
                Some(Tok::Value)
            }
            // `r#"…"#` is a raw string; `r#name` is a raw identifier, the field `name`.
            'r' if next == Some('#') => {
                let mut k = 1;
                while cur.peek(k) == Some('#') {
                    k += 1;
                }
                if cur.peek(k) == Some('"') {
                    cur.raw_string();
                    Some(Tok::Value)
                } else {
                    cur.bump();
                    cur.bump();
                    let start = cur.at.offset;
                    cur.bump_while(is_ident);
                    Some(Tok::Ident(
                        text.get(start..cur.at.offset).unwrap_or_default(),
                    ))
                }
            }
            '(' | '[' | '{' | ')' | ']' | '}' | ',' | ':' => {
                cur.bump();
                Some(match c {
                    ')' | ']' | '}' => Tok::Close,
                    ',' => Tok::Comma,
                    ':' => Tok::Colon,
                    _ => Tok::Open(c),
                })
            }
            c if is_ident_start(c) => {
                let start = cur.at.offset;
                cur.bump_while(is_ident);
                Some(Tok::Ident(
                    text.get(start..cur.at.offset).unwrap_or_default(),
                ))
            }
            _ => {
                // Numbers and signs: one value token per run.
                cur.bump();
                cur.bump_while(|c| !c.is_whitespace() && !"()[]{},:\"".contains(c));
                Some(Tok::Value)
            }
        };
        if let Some(tok) = tok {
            out.push(Token {
                tok,
                at: pos,
                end: cur.at.offset,
            });
        }
    }
    (out, unclosed)
}

/// Where a block comment that is never closed begins: the parser only notices at the
/// end of the file, but the person needs to see where the comment starts.
pub fn unclosed_block_comment(text: &str) -> Option<Position> {
    tokenize(text).1
}
