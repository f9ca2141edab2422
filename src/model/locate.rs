//! Finds where a value sits in RON text, by its path in the data (`milestones[3].date`).
//!
//! Validation works on the parsed data, which has forgotten where each value came from;
//! this scanner walks the text once more, tracking struct fields and list indices,
//! so that a problem can point at a line and column. It never recurses, so deep input
//! cannot overflow the stack.

use std::collections::HashMap;

/// A 1-based line and column (columns count characters, not bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Open(char),
    Close,
    Comma,
    Colon,
    Ident(String),
    Value,
}

fn tokenize(text: &str) -> Vec<(Tok, Position)> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let (mut i, mut line, mut col) = (0usize, 1usize, 1usize);
    // Advances over `n` characters, keeping line and column right.
    let step = |i: &mut usize, line: &mut usize, col: &mut usize, n: usize, chars: &[char]| {
        for _ in 0..n {
            if let Some(&c) = chars.get(*i) {
                if c == '\n' {
                    *line += 1;
                    *col = 1;
                } else {
                    *col += 1;
                }
            }
            *i += 1;
        }
    };
    while let Some(&c) = chars.get(i) {
        let pos = Position { line, col };
        let next = chars.get(i + 1).copied();
        match c {
            c if c.is_whitespace() || c == '\u{feff}' => {
                step(&mut i, &mut line, &mut col, 1, &chars)
            }
            '/' if next == Some('/') => {
                while chars.get(i).is_some_and(|&c| c != '\n') {
                    step(&mut i, &mut line, &mut col, 1, &chars);
                }
            }
            '/' if next == Some('*') => {
                let mut depth = 0usize;
                while i < chars.len() {
                    match (chars.get(i), chars.get(i + 1)) {
                        (Some('/'), Some('*')) => {
                            depth += 1;
                            step(&mut i, &mut line, &mut col, 2, &chars);
                        }
                        (Some('*'), Some('/')) => {
                            depth = depth.saturating_sub(1);
                            step(&mut i, &mut line, &mut col, 2, &chars);
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => step(&mut i, &mut line, &mut col, 1, &chars),
                    }
                }
            }
            '"' => {
                step(&mut i, &mut line, &mut col, 1, &chars);
                while let Some(&c) = chars.get(i) {
                    let n = if c == '\\' { 2 } else { 1 };
                    step(&mut i, &mut line, &mut col, n, &chars);
                    if c == '"' {
                        break;
                    }
                }
                out.push((Tok::Value, pos));
            }
            'r' if matches!(next, Some('"') | Some('#')) => {
                // Raw string: r"..." or r#"..."#
                let mut hashes = 0;
                step(&mut i, &mut line, &mut col, 1, &chars);
                while chars.get(i) == Some(&'#') {
                    hashes += 1;
                    step(&mut i, &mut line, &mut col, 1, &chars);
                }
                step(&mut i, &mut line, &mut col, 1, &chars);
                while i < chars.len() {
                    if chars.get(i) == Some(&'"')
                        && (1..=hashes).all(|k| chars.get(i + k) == Some(&'#'))
                    {
                        step(&mut i, &mut line, &mut col, 1 + hashes, &chars);
                        break;
                    }
                    step(&mut i, &mut line, &mut col, 1, &chars);
                }
                out.push((Tok::Value, pos));
            }
            '\'' => {
                step(&mut i, &mut line, &mut col, 1, &chars);
                while let Some(&c) = chars.get(i) {
                    let n = if c == '\\' { 2 } else { 1 };
                    step(&mut i, &mut line, &mut col, n, &chars);
                    if c == '\'' {
                        break;
                    }
                }
                out.push((Tok::Value, pos));
            }
            '(' | '[' | '{' => {
                out.push((Tok::Open(c), pos));
                step(&mut i, &mut line, &mut col, 1, &chars);
            }
            ')' | ']' | '}' => {
                out.push((Tok::Close, pos));
                step(&mut i, &mut line, &mut col, 1, &chars);
            }
            ',' => {
                out.push((Tok::Comma, pos));
                step(&mut i, &mut line, &mut col, 1, &chars);
            }
            ':' => {
                out.push((Tok::Colon, pos));
                step(&mut i, &mut line, &mut col, 1, &chars);
            }
            c if c.is_alphabetic() || c == '_' => {
                let start = i;
                while chars
                    .get(i)
                    .is_some_and(|c| c.is_alphanumeric() || *c == '_')
                {
                    step(&mut i, &mut line, &mut col, 1, &chars);
                }
                let word: String = chars.get(start..i).unwrap_or_default().iter().collect();
                out.push((Tok::Ident(word), pos));
            }
            _ => {
                // Numbers and signs: one value token per run.
                while chars
                    .get(i)
                    .is_some_and(|c| !c.is_whitespace() && !"()[]{},:\"".contains(*c))
                {
                    step(&mut i, &mut line, &mut col, 1, &chars);
                }
                out.push((Tok::Value, pos));
            }
        }
    }
    out
}

/// Values nested deeper than this are not located.
const MAX_DEPTH: usize = 64;

enum Frame {
    /// `( … )`: a struct when it has `field:` entries, otherwise transparent (`Some(x)`).
    Paren {
        field: Option<String>,
    },
    Seq {
        index: usize,
    },
    Map,
}

fn path_of(stack: &[Frame]) -> String {
    let mut path = String::new();
    for frame in stack {
        match frame {
            Frame::Paren { field: Some(f) } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(f);
            }
            Frame::Seq { index } => {
                path.push('[');
                path.push_str(&index.to_string());
                path.push(']');
            }
            Frame::Paren { field: None } | Frame::Map => {}
        }
    }
    path
}

/// Maps every value's path in `text` to where that value starts.
pub fn locate(text: &str) -> HashMap<String, Position> {
    let toks = tokenize(text);
    let mut stack: Vec<Frame> = Vec::new();
    let mut found = HashMap::new();
    let mut record = |stack: &[Frame], pos: Position| {
        // Real data is a few levels deep; past that, paths are not worth their cost.
        if stack.len() > MAX_DEPTH {
            return;
        }
        let path = path_of(stack);
        if !path.is_empty() {
            found.entry(path).or_insert(pos);
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
                    *field = Some(name.clone());
                }
                // `Some(x)` stands for x: record where x starts.
                let mut j = k + 2;
                while matches!(toks.get(j), Some((Tok::Ident(n), _)) if n == "Some")
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
            Tok::Ident(name)
                if name == "Some" && matches!(toks.get(k + 1), Some((Tok::Open('('), _))) => {}
            Tok::Open(c) => {
                let after_some =
                    k > 0 && matches!(toks.get(k - 1), Some((Tok::Ident(n), _)) if n == "Some");
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

    #[test]
    fn finds_fields_and_indices() {
        let text = "// header\n(\n  title: \"T\",\n  milestones: [\n    (id: \"a\", date: \"2012\"),\n    (\n      id: \"b\",\n      date: \"2022-13\", /* c */ end: Some(\"x\"),\n    ),\n  ],\n)\n";
        let map = locate(text);
        assert_eq!(map.get("title"), Some(&Position { line: 3, col: 10 }));
        assert_eq!(
            map.get("milestones[0].date"),
            Some(&Position { line: 5, col: 21 })
        );
        assert_eq!(
            map.get("milestones[1]"),
            Some(&Position { line: 6, col: 5 })
        );
        assert_eq!(
            map.get("milestones[1].date"),
            Some(&Position { line: 8, col: 13 })
        );
        assert_eq!(
            map.get("milestones[1].end"),
            Some(&Position { line: 8, col: 42 })
        );
        assert_eq!(
            position_of(&map, "milestones[1].sources[2].url"),
            Some(Position { line: 6, col: 5 })
        );
    }

    #[test]
    fn deep_input_does_not_overflow() {
        let text = "[".repeat(200_000);
        let map = locate(&text);
        assert!(map.contains_key("[0]"));
        assert!(map.len() <= MAX_DEPTH);
    }
}
