//! RON text as a tree that remembers where everything is written: each value, each
//! struct field and list item with its byte span, so that a save can rewrite one value
//! and leave every other character of the file as the person wrote it.
//!
//! Built on the tokens of [`crate::model::tokens`] (which already know comments, raw
//! strings and raw identifiers), read one at a time. The reader recurses once per level
//! of nesting and stops at [`MAX_DEPTH`] with an error, so no text can overflow the
//! stack; it looks at each token once, so its time follows the length of the text.

use std::collections::VecDeque;
use std::ops::Range;

use super::SaveError;
use crate::model::position::Position;
use crate::model::tokens::{Tok, Token, Tokens};

/// How deep values may nest before the reader refuses the text. Twice the loader's
/// limit: the loader counts a struct inside `Some(…)` as one level, this reader as two.
pub const MAX_DEPTH: usize = 2 * crate::model::load::MAX_NESTING;

/// One value and where it is written.
#[derive(Debug)]
pub struct Node<'t> {
    pub span: Range<usize>,
    pub kind: Kind<'t>,
}

#[derive(Debug)]
pub enum Kind<'t> {
    /// A string, number, character, `true`, `false`, `None` or an enum variant: text
    /// that is rewritten whole.
    Atom,
    /// `Some(x)`.
    Some(Box<Node<'t>>),
    /// `( name: value, … )`, perhaps with a struct name before it. `open` is the offset
    /// of the `(`.
    Struct {
        open: usize,
        entries: Vec<Entry<'t>>,
    },
    /// `[ value, … ]`.
    Seq {
        open: usize,
        entries: Vec<Entry<'t>>,
    },
    /// A tuple or a map: the data has none, so they are only ever rewritten whole.
    Other,
}

/// A struct field (with its name) or a list item (without one).
#[derive(Debug)]
pub struct Entry<'t> {
    pub name: Option<&'t str>,
    pub value: Node<'t>,
    /// From the field's name (or the item's value) to the end of its comma, if any.
    pub span: Range<usize>,
}

impl Entry<'_> {
    pub fn has_comma(&self) -> bool {
        self.span.end > self.value.span.end
    }
}

impl<'t> Node<'t> {
    /// The struct's or list's entries; none for any other value.
    pub fn entries(&self) -> &[Entry<'t>] {
        match &self.kind {
            Kind::Struct { entries, .. } | Kind::Seq { entries, .. } => entries,
            _ => &[],
        }
    }

    /// The field called `name`, if this is a struct that has it.
    pub fn field(&self, name: &str) -> Option<&Entry<'t>> {
        match &self.kind {
            Kind::Struct { entries, .. } => entries.iter().find(|e| e.name == Some(name)),
            _ => None,
        }
    }

    /// The written text of this value.
    pub fn text<'s>(&self, source: &'s str) -> &'s str {
        source.get(self.span.clone()).unwrap_or_default()
    }

    /// The atom `None`.
    pub fn is_none(&self, source: &str) -> bool {
        matches!(self.kind, Kind::Atom) && self.text(source) == "None"
    }
}

/// Reads the whole text as one value (after any `#![enable(…)]` attributes).
pub fn read(text: &str) -> Result<Node<'_>, SaveError> {
    let mut reader = Reader {
        toks: Tokens::new(text),
        ahead: VecDeque::new(),
        last: START,
    };
    reader.skip_attributes();
    let root = reader.value(0)?;
    match reader.peek(0) {
        Some(t) => Err(syntax(t.at, "more text follows the data")),
        None => Ok(root),
    }
}

/// Reads tokens as they come, looking at most two ahead.
struct Reader<'t> {
    toks: Tokens<'t>,
    ahead: VecDeque<Token<'t>>,
    /// Where the last token read starts: where the text ended, if it did.
    last: Position,
}

const START: Position = Position {
    line: 1,
    col: 1,
    offset: 0,
};

fn syntax(at: Position, reason: &'static str) -> SaveError {
    SaveError::Syntax {
        line: at.line,
        column: at.col,
        reason,
    }
}

impl<'t> Reader<'t> {
    fn peek(&mut self, n: usize) -> Option<Token<'t>> {
        while self.ahead.len() <= n {
            self.ahead.push_back(self.toks.next()?);
        }
        self.ahead.get(n).copied()
    }

    /// Where the next token starts (or the last one, at the end of the text).
    fn here(&mut self) -> Position {
        self.peek(0).map_or(self.last, |t| t.at)
    }

    fn next(&mut self) -> Result<Token<'t>, SaveError> {
        self.peek(0);
        match self.ahead.pop_front() {
            Some(t) => {
                self.last = t.at;
                Ok(t)
            }
            None => Err(syntax(self.last, "the text ends where more was expected")),
        }
    }

    fn eat(&mut self, tok: Tok<'_>) -> Option<Token<'t>> {
        let t = self.peek(0)?;
        (t.tok == tok).then(|| {
            self.ahead.pop_front();
            self.last = t.at;
            t
        })
    }

    /// The kind of the token `n` ahead.
    fn kind(&mut self, n: usize) -> Option<Tok<'t>> {
        self.peek(n).map(|t| t.tok)
    }

    /// `#![enable(implicit_some)]` and the like: tokens skipped up to the closing `]`.
    fn skip_attributes(&mut self) {
        while matches!(self.kind(0), Some(Tok::Value))
            && matches!(self.kind(1), Some(Tok::Open('[')))
        {
            let _ = self.next();
            let mut depth = 0usize;
            while let Ok(t) = self.next() {
                match t.tok {
                    Tok::Open(_) => depth += 1,
                    Tok::Close => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node<'t>, SaveError> {
        let t = self.next()?;
        let opens = matches!(self.kind(0), Some(Tok::Open('(')));
        if depth >= MAX_DEPTH && (opens || matches!(t.tok, Tok::Open(_))) {
            return Err(SaveError::TooDeep {
                line: t.at.line,
                column: t.at.col,
            });
        }
        let start = t.at.offset;
        match t.tok {
            Tok::Open('(') => self.paren(start, start, depth),
            Tok::Open('[') => {
                let (entries, end) = self.entries(false, depth)?;
                Ok(Node {
                    span: start..end,
                    kind: Kind::Seq {
                        open: start,
                        entries,
                    },
                })
            }
            Tok::Open(_) => {
                let (_, end) = self.entries(true, depth)?;
                Ok(Node {
                    span: start..end,
                    kind: Kind::Other,
                })
            }
            Tok::Ident("Some") if opens => {
                self.next()?;
                let inner = self.value(depth + 1)?;
                self.eat(Tok::Comma);
                let close = self.next()?;
                if close.tok != Tok::Close {
                    return Err(syntax(close.at, "expected `)` to close `Some(`"));
                }
                Ok(Node {
                    span: start..close.end,
                    kind: Kind::Some(Box::new(inner)),
                })
            }
            Tok::Ident(_) if opens => {
                let open = self.next()?;
                self.paren(start, open.at.offset, depth)
            }
            Tok::Ident(_) | Tok::Value => Ok(Node {
                span: start..t.end,
                kind: Kind::Atom,
            }),
            Tok::Close | Tok::Comma | Tok::Colon => Err(syntax(t.at, "expected a value")),
        }
    }

    /// After `(`: a struct when it starts with `name:` (or is empty), else a tuple.
    fn paren(&mut self, start: usize, open: usize, depth: usize) -> Result<Node<'t>, SaveError> {
        let is_struct = matches!(self.kind(0), Some(Tok::Close))
            || (matches!(self.kind(0), Some(Tok::Ident(_)))
                && matches!(self.kind(1), Some(Tok::Colon)));
        let (entries, end) = self.entries(is_struct, depth)?;
        Ok(Node {
            span: start..end,
            kind: if is_struct {
                Kind::Struct { open, entries }
            } else {
                Kind::Other
            },
        })
    }

    /// Entries up to the closing bracket, each `name: value` when `named` (a struct, or
    /// a map whose keys are read as values), else a bare value. Returns them and the
    /// offset just after the closing bracket.
    fn entries(&mut self, named: bool, depth: usize) -> Result<(Vec<Entry<'t>>, usize), SaveError> {
        let mut entries = Vec::new();
        loop {
            if let Some(close) = self.eat(Tok::Close) {
                return Ok((entries, close.end));
            }
            let first = self.peek(0);
            let start = first.map_or(0, |t| t.at.offset);
            let mut value = self.value(depth + 1)?;
            let mut name = None;
            if named {
                if let (
                    Some(Token {
                        tok: Tok::Ident(word),
                        ..
                    }),
                    Kind::Atom,
                ) = (first, &value.kind)
                {
                    name = Some(word);
                }
                let colon = self.next()?;
                if colon.tok != Tok::Colon {
                    return Err(syntax(colon.at, "expected `:` after a field name"));
                }
                value = self.value(depth + 1)?;
            }
            let comma = self.eat(Tok::Comma);
            let end = comma.map_or(value.span.end, |c| c.end);
            entries.push(Entry {
                name,
                value,
                span: start..end,
            });
            if comma.is_none() && !matches!(self.kind(0), Some(Tok::Close)) {
                return Err(syntax(self.here(), "expected `,` or a closing bracket"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each entry's name, value text and whole text.
    fn texts<'t>(text: &'t str, node: &Node<'t>) -> Vec<(Option<&'t str>, &'t str, &'t str)> {
        let entry = |e: &Entry<'t>| text.get(e.span.clone()).unwrap_or_default();
        node.entries()
            .iter()
            .map(|e| (e.name, e.value.text(text), entry(e)))
            .collect()
    }

    #[test]
    fn fields_and_items_know_their_spans() {
        let text = "#![enable(implicit_some)]\n// c\nAlliance( title: \"T\" , /* x */ r#tags: [1, r#\"a\"b\"#,], end: Some((a: 2)) )";
        let root = read(text).unwrap_or_else(|e| panic!("{e}"));
        assert!(matches!(root.kind, Kind::Struct { .. }));
        assert_eq!(
            root.text(text),
            &text[text.find("Alliance").unwrap_or_default()..]
        );
        let fields = texts(text, &root);
        assert_eq!(
            fields,
            vec![
                (Some("title"), "\"T\"", "title: \"T\" ,"),
                (
                    Some("tags"),
                    "[1, r#\"a\"b\"#,]",
                    "r#tags: [1, r#\"a\"b\"#,],"
                ),
                (Some("end"), "Some((a: 2))", "end: Some((a: 2))"),
            ]
        );
        let tags = &root.entries()[1].value;
        assert_eq!(
            texts(text, tags).iter().map(|t| t.2).collect::<Vec<_>>(),
            ["1,", "r#\"a\"b\"#,"]
        );
        let Kind::Some(inner) = &root.entries()[2].value.kind else {
            panic!("not Some");
        };
        assert_eq!(inner.field("a").map(|a| a.value.text(text)), Some("2"));
        assert!(!root.entries()[2].has_comma());
    }

    #[test]
    fn broken_and_deep_text_is_refused_with_where() {
        assert_eq!(
            read("(a: 1\n b: 2)").err(),
            Some(SaveError::Syntax {
                line: 2,
                column: 2,
                reason: "expected `,` or a closing bracket"
            })
        );
        assert!(matches!(read("(a: [1, 2"), Err(SaveError::Syntax { .. })));
        assert!(matches!(read("(a: 1) x"), Err(SaveError::Syntax { .. })));
        let deep = format!(
            "{}{}",
            "Some(".repeat(MAX_DEPTH + 1),
            ")".repeat(MAX_DEPTH + 1)
        );
        assert!(matches!(
            read(&deep),
            Err(SaveError::TooDeep { line: 1, .. })
        ));
        let fine = format!(
            "{}1{}",
            "[".repeat(MAX_DEPTH - 1),
            "]".repeat(MAX_DEPTH - 1)
        );
        assert!(read(&fine).is_ok());
    }
}
