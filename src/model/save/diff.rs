//! Walks three trees at once: the canonical text of the data as loaded (`b`), of the
//! data to save (`a`), and the file as written (`o`), and records the fewest edits that
//! make the file hold `a`.
//!
//! `b` and `a` are written by the same serializer, so a value that did not change has
//! the same text in both, however the file writes it (`r"x"`, `1_000`, a left-out
//! default): only values whose canonical text differs are looked up in the file and
//! rewritten. A value whose shape changed (`None` to a struct) is written whole.

use super::SaveError;
use super::cst::{Entry, Kind, Node};
use super::layout::{Style, indent_at, owned_span, rest_of_line, starts_line};
use super::place::Spot;
use super::seq::{Key, Origin, align};
use super::splice::Splices;
use crate::model::load::DateOrders;

/// The three texts and what is learnt of the file.
pub struct Texts<'t> {
    /// The file as loaded, byte for byte: what moved items are copied from.
    pub source: &'t str,
    /// The same text with lone CRs read as line ends (same offsets): what is read.
    pub o: &'t str,
    pub b: &'t str,
    pub a: &'t str,
}

/// A value to add to a list or struct.
pub(super) enum Piece<'t> {
    /// An entry of `a`, written anew.
    Canonical(&'t Entry<'t>),
    /// An item moved from elsewhere in the list, as the file wrote it (with its edits),
    /// and the comment that ended its line.
    Written {
        text: String,
        comment: Option<String>,
    },
}

pub struct Differ<'t> {
    pub(super) t: Texts<'t>,
    pub(super) style: Style,
    orders: &'t DateOrders,
    /// Field names from the root, with `[]` for a list item: which lists the loader
    /// sorts is known by their path.
    path: Vec<&'t str>,
    pub(super) out: Splices,
}

impl<'t> Differ<'t> {
    pub fn new(t: Texts<'t>, orders: &'t DateOrders) -> Self {
        Differ {
            style: Style::of(t.source),
            t,
            orders,
            path: Vec::new(),
            out: Splices::default(),
        }
    }

    pub fn finish(self) -> Splices {
        self.out
    }

    /// Makes the file's value `o` (which holds `b`) hold `a`.
    pub fn value(
        &mut self,
        b: &'t Node<'t>,
        a: &'t Node<'t>,
        o: &'t Node<'t>,
    ) -> Result<(), SaveError> {
        if b.text(self.t.b) == a.text(self.t.a) {
            return Ok(());
        }
        match (&b.kind, &a.kind, &o.kind) {
            (Kind::Struct { .. }, Kind::Struct { .. }, Kind::Struct { .. }) => self.fields(b, a, o),
            (Kind::Seq { .. }, Kind::Seq { .. }, Kind::Seq { .. }) => self.items(b, a, o),
            (Kind::Some(b), Kind::Some(a), Kind::Some(o)) => self.value(b, a, o),
            // `#![enable(implicit_some)]`: the file writes `x` for `Some(x)`.
            (Kind::Some(b), Kind::Some(a), _) if !o.is_none(self.t.o) => self.value(b, a, o),
            _ => {
                let inline = self.inline_at(o.span.start);
                let text = self.render(a.span.clone(), indent_at(self.t.o, o.span.start), inline);
                self.out.replace(o.span.clone(), text);
                Ok(())
            }
        }
    }

    fn fields(
        &mut self,
        b: &'t Node<'t>,
        a: &'t Node<'t>,
        o: &'t Node<'t>,
    ) -> Result<(), SaveError> {
        let os = o.entries();
        let mut anchor: Option<usize> = None;
        let mut pending: Vec<(Option<usize>, Piece<'t>)> = Vec::new();
        for af in a.entries() {
            let Some(name) = af.name else { continue };
            let bf = b.field(name);
            let found = os.iter().position(|e| e.name == Some(name));
            match (bf, found.and_then(|k| os.get(k).map(|e| (k, e)))) {
                // An option cleared: the field goes, as if it had never been written.
                (Some(bf), Some((_, of)))
                    if af.value.is_none(self.t.a) && !bf.value.is_none(self.t.b) =>
                {
                    self.out
                        .remove(owned_span(self.t.o, of.span.clone(), of.has_comma()));
                }
                (Some(bf), Some((k, of))) => {
                    self.path.push(name);
                    let done = self.value(&bf.value, &af.value, &of.value);
                    self.path.pop();
                    done?;
                    anchor = Some(k);
                }
                // The file writes a default the canonical text leaves out.
                (None, Some((k, of))) => {
                    let inline = self.inline_at(of.value.span.start);
                    let text = self.render(
                        af.value.span.clone(),
                        indent_at(self.t.o, of.span.start),
                        inline,
                    );
                    self.out.replace(of.value.span.clone(), text);
                    anchor = Some(k);
                }
                (_, None) => {
                    let changed =
                        bf.is_none_or(|bf| bf.value.text(self.t.b) != af.value.text(self.t.a));
                    if changed && !af.value.is_none(self.t.a) {
                        pending.push((anchor, Piece::Canonical(af)));
                    }
                }
            }
        }
        for bf in b.entries() {
            let gone = bf.name.is_some_and(|name| a.field(name).is_none());
            if gone && let Some(of) = bf.name.and_then(|name| o.field(name)) {
                self.out
                    .remove(owned_span(self.t.o, of.span.clone(), of.has_comma()));
            }
        }
        // New fields go after the field that precedes them in the canonical order.
        let mut pending = pending.into_iter().peekable();
        while let Some((at, first)) = pending.next() {
            let mut run = vec![first];
            while let Some((_, piece)) = pending.next_if(|(next, _)| *next == at) {
                run.push(piece);
            }
            self.insert(o, Spot::After(at.and_then(|k| os.get(k))), run, false);
        }
        Ok(())
    }

    fn items(
        &mut self,
        b: &'t Node<'t>,
        a: &'t Node<'t>,
        o: &'t Node<'t>,
    ) -> Result<(), SaveError> {
        let (bs, as_) = (b.entries(), a.entries());
        // The loader sorts some lists by date: its n-th item is the file's order[n]-th.
        let all = o.entries();
        let sorted = self.loader_order();
        let os: Vec<&'t Entry<'t>> = match sorted {
            Some((order, _)) if order.len() == all.len() => {
                order.iter().filter_map(|&i| all.get(i)).collect()
            }
            _ => all.iter().collect(),
        };
        if os.len() != bs.len() {
            // The file's list is not the one loaded: write it whole.
            let text = self.render(
                a.span.clone(),
                indent_at(self.t.o, o.span.start),
                self.inline_at(o.span.start),
            );
            self.out.replace(o.span.clone(), text);
            return Ok(());
        }
        if as_.is_empty() && self.only_entries_inside(o) {
            // Every item goes and nothing else was written inside: `[]`, as new.
            self.out
                .remove(o.span.start + 1..o.span.end.saturating_sub(1));
            return Ok(());
        }
        let key = |text: &'t str, e: &'t Entry<'t>| Key {
            text: e.value.text(text),
            id: e
                .value
                .field("id")
                .filter(|id| matches!(id.value.kind, Kind::Atom))
                .map(|id| id.value.text(text)),
        };
        let old: Vec<Key<'t>> = bs.iter().map(|e| key(self.t.b, e)).collect();
        let new: Vec<Key<'t>> = as_.iter().map(|e| key(self.t.a, e)).collect();
        let mut plan = align(&old, &new);
        // In a date-sorted list the file writes out of order, an item whose date changed
        // cannot stay where it is written: the loader would sort it by its place in the
        // text among items of its new date. It moves to where the saved order puts it.
        if let Some((order, field)) = sorted
            && !order.iter().enumerate().all(|(i, &k)| i == k)
        {
            let date =
                |text: &'t str, e: &'t Entry<'t>| e.value.field(field).map(|d| d.value.text(text));
            for (origin, ae) in plan.origins.iter_mut().zip(as_) {
                if let Origin::Kept(i) = *origin
                    && bs.get(i).map(|be| date(self.t.b, be)) != Some(date(self.t.a, ae))
                {
                    *origin = Origin::Moved(i);
                    plan.gone.push(i);
                }
            }
        }
        for &i in &plan.gone {
            if let Some(e) = os.get(i) {
                self.out
                    .remove(owned_span(self.t.o, e.span.clone(), e.has_comma()));
            }
        }
        self.path.push("[]");
        let mut after: Option<&'t Entry<'t>> = None;
        let mut run: Vec<(Piece<'t>, &'t Entry<'t>)> = Vec::new();
        for (origin, ae) in plan.origins.iter().zip(as_) {
            match *origin {
                Origin::Kept(i) => {
                    if let (Some(be), Some(oe)) = (bs.get(i), os.get(i)) {
                        let run = std::mem::take(&mut run);
                        self.place(o, sorted.map(|s| s.1), after, Some((oe, ae)), run);
                        self.value(&be.value, &ae.value, &oe.value)?;
                        after = Some(oe);
                    }
                }
                Origin::Moved(i) => {
                    if let (Some(be), Some(oe)) = (bs.get(i), os.get(i)) {
                        run.push((self.moved(be, ae, oe)?, ae));
                    }
                }
                Origin::New => run.push((Piece::Canonical(ae), ae)),
            }
        }
        self.place(o, sorted.map(|s| s.1), after, None, run);
        self.path.pop();
        Ok(())
    }

    /// The date order the loader gives the list at the current path, if it sorts it,
    /// and the field it sorts by.
    fn loader_order(&self) -> Option<(&'t [usize], &'static str)> {
        match self.path.as_slice() {
            ["milestones"] => Some((&self.orders.milestones, "date")),
            ["eras"] => Some((&self.orders.eras, "start")),
            ["membership", "history"] => Some((&self.orders.history, "date")),
            _ => None,
        }
    }

    /// Adds a run of new or moved items between the kept items `after` and `next` (each
    /// as the file writes it and as saved). Right after `after` is right for a list in
    /// the file's order. In a list the loader sorts by the field `sorted_by`, which the
    /// file writes out of order, an item dated as `next` must come before `next` in the
    /// text, or the loader's stable sort would put it after: those go just before `next`.
    fn place(
        &mut self,
        o: &'t Node<'t>,
        sorted_by: Option<&'static str>,
        after: Option<&'t Entry<'t>>,
        next: Option<(&'t Entry<'t>, &'t Entry<'t>)>,
        mut run: Vec<(Piece<'t>, &'t Entry<'t>)>,
    ) {
        if run.is_empty() {
            return;
        }
        let behind = after
            .zip(next)
            .is_some_and(|(after, (next, _))| next.span.start < after.span.start);
        let split = match (sorted_by, next) {
            (Some(field), Some((_, next))) if behind => {
                let date = |e: &'t Entry<'t>| e.value.field(field).map(|d| d.value.text(self.t.a));
                run.iter()
                    .position(|(_, e)| date(e) == date(next))
                    .unwrap_or(run.len())
            }
            _ => run.len(),
        };
        let before_next: Vec<Piece<'t>> = run.drain(split..).map(|(p, _)| p).collect();
        let after_previous: Vec<Piece<'t>> = run.into_iter().map(|(p, _)| p).collect();
        if !after_previous.is_empty() {
            self.insert(o, Spot::After(after), after_previous, true);
        }
        if let (Some((next, _)), false) = (next, before_next.is_empty()) {
            self.insert(o, Spot::Before(next), before_next, true);
        }
    }

    /// An item taken from its place: its text as the file writes it, with its own edits.
    fn moved(
        &mut self,
        b: &'t Entry<'t>,
        a: &'t Entry<'t>,
        o: &'t Entry<'t>,
    ) -> Result<Piece<'t>, SaveError> {
        let outer = std::mem::take(&mut self.out);
        let done = self.value(&b.value, &a.value, &o.value);
        let inner = std::mem::replace(&mut self.out, outer);
        done?;
        let span = o.value.span.clone();
        let text = inner.apply(
            self.t.source.get(span.clone()).unwrap_or_default(),
            span.start,
        )?;
        let comment = (starts_line(self.t.o, o.span.start))
            .then(|| rest_of_line(self.t.o, o.span.end))
            .flatten()
            .and_then(|end| self.t.source.get(o.span.end..end))
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_owned);
        Ok(Piece::Written { text, comment })
    }
}
