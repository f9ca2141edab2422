//! Where new text goes in a struct or list, and how it is written there: one entry a
//! line at the siblings' indentation when they have a line each, beside them when they
//! share one; a list emptied of everything becomes `[]` again.

use super::cst::{Entry, Kind, Node};
use super::diff::{Differ, Piece};
use super::layout::{compact, indent_at, line_start, rest_of_line, starts_line};

/// Where new entries go among a struct's or list's entries.
#[derive(Clone, Copy)]
pub(super) enum Spot<'t> {
    /// After this entry; first when `None`.
    After(Option<&'t Entry<'t>>),
    /// Just before this entry, on a line above it when it has its own.
    Before(&'t Entry<'t>),
}

impl<'t> Differ<'t> {
    /// Something other than the value's own field name stands before `at` on its line:
    /// the value sits among others on one line, and what replaces it stays on one line.
    pub(super) fn inline_at(&self, at: usize) -> bool {
        let start = line_start(self.t.o, at);
        self.t
            .o
            .get(start..at)
            .is_some_and(|before| before.contains([',', '(', '[', '{']))
    }

    /// The canonical text of `a` at `range`, for a place indented by `indent`.
    pub(super) fn render(
        &self,
        range: std::ops::Range<usize>,
        indent: &str,
        one_line: bool,
    ) -> String {
        let canonical = self.t.a.get(range.clone()).unwrap_or_default();
        if one_line {
            compact(canonical)
        } else {
            let base = indent_at(self.t.a, range.start).len();
            self.style.reindent(canonical, base, indent)
        }
    }

    /// Adds `pieces` to the struct or list `o` at `spot`, one per line at their
    /// siblings' indentation when the siblings have a line each, else on the line
    /// beside them.
    pub(super) fn insert(
        &mut self,
        o: &'t Node<'t>,
        spot: Spot<'t>,
        pieces: Vec<Piece<'t>>,
        list: bool,
    ) {
        let text = self.t.o;
        // Only structs and lists are given entries; anything else is left for the
        // final check to refuse.
        let (Kind::Struct { open, entries } | Kind::Seq { open, entries }) = &o.kind else {
            return;
        };
        let (open, close) = (*open + 1, o.span.end.saturating_sub(1));
        let (after, before) = match spot {
            Spot::After(after) => (after, None),
            Spot::Before(before) => (None, Some(before)),
        };
        let sibling = after.or(before).or(entries.first());
        let block = match (sibling, after) {
            (Some(s), Some(_)) => {
                starts_line(text, s.span.start) && rest_of_line(text, s.span.end).is_some()
            }
            (Some(s), None) => starts_line(text, s.span.start),
            (None, _) => !self.inline_at(o.span.start),
        };
        let indent = match sibling {
            Some(s) => indent_at(text, s.span.start).to_owned(),
            None => format!("{}{}", indent_at(text, o.span.start), self.style.unit),
        };
        let one_line =
            !block || (list && sibling.is_some_and(|s| !s.value.text(text).contains('\n')));
        let rendered: Vec<(String, Option<String>)> = pieces
            .into_iter()
            .map(|piece| match piece {
                Piece::Canonical(e) => {
                    let end = e.value.span.end;
                    (self.render(e.span.start..end, &indent, one_line), None)
                }
                Piece::Written { text, comment } => (text, comment.filter(|_| block)),
            })
            .collect();
        let nl = self.style.newline;
        let lines = |at: Join| join(&rendered, at, nl, &indent);
        let empty_inside = text.get(open..close).is_some_and(|s| s.trim().is_empty());
        match (block, after, before.or(entries.first())) {
            (true, Some(p), _) => {
                if !p.has_comma() {
                    self.out.insert(p.value.span.end, ",".into());
                }
                let at = rest_of_line(text, p.span.end).unwrap_or(p.span.end);
                self.out.insert(at, lines(Join::Below));
            }
            (true, None, Some(s)) if before.is_some() => {
                self.out
                    .insert(line_start(text, s.span.start), lines(Join::Above));
            }
            (true, None, Some(_)) => {
                let at = rest_of_line(text, open).unwrap_or(open);
                self.out.insert(at, lines(Join::Below));
            }
            (true, None, None) => {
                let closing = format!("{nl}{}", indent_at(text, o.span.start));
                if empty_inside {
                    self.out.replace(open..close, lines(Join::Below) + &closing);
                } else {
                    self.out.insert(open, lines(Join::Below) + &closing);
                }
            }
            (false, Some(p), _) => self.out.insert(p.value.span.end, lines(Join::After)),
            (false, None, Some(first)) => {
                self.out.insert(first.span.start, lines(Join::Before));
            }
            (false, None, None) => {
                let joined = lines(Join::Before);
                let joined = joined.strip_suffix(", ").unwrap_or(&joined).to_owned();
                if empty_inside {
                    self.out.replace(open..close, joined);
                } else {
                    self.out.insert(open, joined);
                }
            }
        }
    }

    /// Nothing but the entries and blanks stands between the brackets of the list `o`.
    pub(super) fn only_entries_inside(&self, o: &Node<'_>) -> bool {
        let Kind::Seq { open, entries } = &o.kind else {
            return false;
        };
        let mut from = open + 1;
        let mut bounds: Vec<usize> = Vec::with_capacity(entries.len() * 2 + 1);
        for e in entries {
            bounds.extend([e.span.start, e.span.end]);
        }
        bounds.push(o.span.end.saturating_sub(1));
        bounds.chunks(2).all(|pair| {
            let gap = self
                .t
                .o
                .get(from..pair[0])
                .is_some_and(|g| g.trim().is_empty());
            from = pair.get(1).copied().unwrap_or(from);
            gap
        })
    }
}

/// How new entries are strung together where they go.
#[derive(Clone, Copy)]
enum Join {
    /// Each on a line of its own, starting with a line break: after a line's end.
    Below,
    /// Each on a line of its own, ending with a line break: at a line's start.
    Above,
    /// On the line, each after a comma: after an entry's value.
    After,
    /// On the line, each before a comma: before an entry.
    Before,
}

/// `rendered` entries (each with the comment that ended its line, if any) strung
/// together as `how` says. A comment is kept only where the entry has a line of its own.
fn join(rendered: &[(String, Option<String>)], how: Join, nl: &str, indent: &str) -> String {
    rendered
        .iter()
        .map(|(t, comment)| {
            let comment = comment
                .as_ref()
                .map(|c| format!(" {c}"))
                .unwrap_or_default();
            match how {
                Join::Below => format!("{nl}{indent}{t},{comment}"),
                Join::Above => format!("{indent}{t},{comment}{nl}"),
                Join::After => format!(", {t}"),
                Join::Before => format!("{t}, "),
            }
        })
        .collect()
}
