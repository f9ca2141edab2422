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

/// Walks the text, keeping line, column (in characters) and byte offset. What the
/// language marks with ASCII (quotes, escapes, brackets, comment markers) is found by
/// scanning bytes: no byte of a multi-byte UTF-8 character is ASCII, so a scan cannot
/// stop inside one, and long strings and comments cost a byte comparison a byte.
struct Cursor<'a> {
    text: &'a str,
    at: Position,
}

impl Cursor<'_> {
    fn byte(&self, n: usize) -> Option<u8> {
        self.text.as_bytes().get(self.at.offset + n).copied()
    }

    fn char(&self) -> Option<char> {
        self.text.get(self.at.offset..)?.chars().next()
    }

    /// Moves `n` bytes on (to the end at most), counting lines and characters.
    fn advance(&mut self, n: usize) {
        let end = (self.at.offset + n).min(self.text.len());
        let passed = self.text.as_bytes().get(self.at.offset..end);
        for &b in passed.unwrap_or_default() {
            if b == b'\n' {
                self.at.line += 1;
                self.at.col = 1;
            } else if b & 0xC0 != 0x80 {
                // Not a continuation byte: a character starts here.
                self.at.col += 1;
            }
        }
        self.at.offset = end;
    }

    /// Moves on to the first byte at or after `from` bytes ahead for which `stop` holds,
    /// or to the end.
    fn advance_until(&mut self, from: usize, stop: impl Fn(u8) -> bool) {
        let rest = self.text.as_bytes().get(self.at.offset + from..);
        let rest = rest.unwrap_or_default();
        let n = rest.iter().position(|&b| stop(b)).unwrap_or(rest.len());
        self.advance(from + n);
    }

    fn bump(&mut self) {
        self.advance(self.char().map_or(1, char::len_utf8));
    }

    fn bump_while(&mut self, keep: impl Fn(char) -> bool) {
        while let Some(c) = self.char()
            && keep(c)
        {
            self.advance(c.len_utf8());
        }
    }

    /// Skips a quoted string or character, with `\` escapes.
    fn quoted(&mut self, quote: u8) {
        let bytes = self.text.as_bytes();
        let mut i = self.at.offset + 1;
        while let Some(&b) = bytes.get(i) {
            i += 1;
            if b == b'\\' {
                // The escaped character's first byte; any others are not ASCII.
                i += 1;
            } else if b == quote {
                break;
            }
        }
        self.advance(i - self.at.offset);
    }

    /// Skips a raw string `r"…"`, `r#"…"#`; the cursor is on the `r`.
    fn raw_string(&mut self) {
        let bytes = self.text.as_bytes();
        let mut i = self.at.offset + 1;
        let mut hashes = 0;
        while bytes.get(i) == Some(&b'#') {
            hashes += 1;
            i += 1;
        }
        // The opening quote.
        i += 1;
        while let Some(&b) = bytes.get(i) {
            i += 1;
            if b == b'"' && (0..hashes).all(|k| bytes.get(i + k) == Some(&b'#')) {
                i += hashes;
                break;
            }
        }
        self.advance(i - self.at.offset);
    }

    /// Skips a block comment, which may nest; returns false if it never closes.
    fn block_comment(&mut self) -> bool {
        let bytes = self.text.as_bytes();
        let mut i = self.at.offset;
        let mut depth = 0usize;
        let closed = loop {
            match (bytes.get(i), bytes.get(i + 1)) {
                (Some(b'/'), Some(b'*')) => {
                    depth += 1;
                    i += 2;
                }
                (Some(b'*'), Some(b'/')) => {
                    depth = depth.saturating_sub(1);
                    i += 2;
                    if depth == 0 {
                        break true;
                    }
                }
                (None, _) => break false,
                _ => i += 1,
            }
        };
        self.advance(i - self.at.offset);
        closed
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The tokens of a text one at a time, so that a reader that looks a token or two ahead
/// needs no list of them all.
pub struct Tokens<'a> {
    cur: Cursor<'a>,
    unclosed: Option<Position>,
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Self {
        Tokens {
            cur: Cursor {
                text,
                at: Position {
                    line: 1,
                    col: 1,
                    offset: 0,
                },
            },
            unclosed: None,
        }
    }

    /// Where a block comment that never closes starts, once the tokens are all read.
    pub fn unclosed(&self) -> Option<Position> {
        self.unclosed
    }

    /// Reads what stands at the cursor: a token, or `None` for blanks and comments.
    fn step(&mut self, b: u8) -> Option<Tok<'a>> {
        let cur = &mut self.cur;
        let text = cur.text;
        let pos = cur.at;
        let next = cur.byte(1);
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => {
                cur.advance_until(1, |b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
                None
            }
            b'/' if next == Some(b'/') => {
                cur.advance_until(2, |b| b == b'\n');
                None
            }
            b'/' if next == Some(b'*') => {
                if !cur.block_comment() && self.unclosed.is_none() {
                    self.unclosed = Some(pos);
                }
                None
            }
            b'"' | b'\'' => {
                cur.quoted(b);
                Some(Tok::Value)
            }
            b'r' if next == Some(b'"') => {
                cur.raw_string();
                Some(Tok::Value)
            }
            // `r#"…"#` is a raw string; `r#name` is a raw identifier, the field `name`.
            b'r' if next == Some(b'#') => {
                let mut k = 1;
                while cur.byte(k) == Some(b'#') {
                    k += 1;
                }
                if cur.byte(k) == Some(b'"') {
                    cur.raw_string();
                    Some(Tok::Value)
                } else {
                    cur.advance(2);
                    let start = cur.at.offset;
                    cur.bump_while(is_ident);
                    Some(Tok::Ident(
                        text.get(start..cur.at.offset).unwrap_or_default(),
                    ))
                }
            }
            b'(' | b'[' | b'{' | b')' | b']' | b'}' | b',' | b':' => {
                cur.advance(1);
                Some(match b {
                    b')' | b']' | b'}' => Tok::Close,
                    b',' => Tok::Comma,
                    b':' => Tok::Colon,
                    _ => Tok::Open(char::from(b)),
                })
            }
            _ => {
                let c = cur.char().unwrap_or(char::REPLACEMENT_CHARACTER);
                if c.is_whitespace() || c == '\u{feff}' {
                    cur.bump();
                    None
                } else if is_ident_start(c) {
                    let start = cur.at.offset;
                    cur.bump_while(is_ident);
                    Some(Tok::Ident(
                        text.get(start..cur.at.offset).unwrap_or_default(),
                    ))
                } else {
                    // Numbers and signs: one value token per run.
                    cur.bump();
                    cur.bump_while(|c| !c.is_whitespace() && !"()[]{},:\"".contains(c));
                    Some(Tok::Value)
                }
            }
        }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        while let Some(b) = self.cur.byte(0) {
            let at = self.cur.at;
            if let Some(tok) = self.step(b) {
                return Some(Token {
                    tok,
                    at,
                    end: self.cur.at.offset,
                });
            }
        }
        None
    }
}

/// The tokens of `text`, and where a block comment that never closes starts.
pub fn tokenize(text: &str) -> (Vec<Token<'_>>, Option<Position>) {
    let mut tokens = Tokens::new(text);
    let all = tokens.by_ref().collect();
    (all, tokens.unclosed())
}

/// Where a block comment that is never closed begins: the parser only notices at the
/// end of the file, but the person needs to see where the comment starts.
pub fn unclosed_block_comment(text: &str) -> Option<Position> {
    tokenize(text).1
}
