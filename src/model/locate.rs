//! Finds where a value sits in RON text, by its path in the data (`milestones[3].date`).
//!
//! Validation works on the parsed data, which has forgotten where each value came from;
//! this scanner walks the text once more, tracking struct fields and list indices,
//! so that a problem can point at a line and column. It never recurses, so deep input
//! cannot overflow the stack, and it records only the paths it is asked for, so its
//! memory follows the number of problems, not the size of the file.

use std::collections::{HashMap, HashSet};

pub use super::position::Position;
pub use super::tokens::unclosed_block_comment;
use super::tokens::{Tok, tokenize};

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
    let toks: Vec<(Tok<'_>, Position)> = tokenize(text)
        .0
        .into_iter()
        .map(|t| (t.tok, t.at))
        .collect();
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
