//! Checks that go beyond the file's syntax: unique ids, links that resolve, dates in
//! order, counts that make sense, addresses that are safe, labels that do not pose as
//! another address. Collects every problem.

use std::collections::HashSet;

use super::date::PartialDate;
use super::label::misleading;
use super::problem::Problem;
use super::provenance::Provenance;
use super::types::{Alliance, Source};
use super::url::check_url;

/// The largest count the app accepts for a group or an attendance figure.
pub const MAX_COUNT: i64 = 1_000_000_000;

/// The most eras a file may name: each is a band on the timeline and a button a screen
/// reader lists, and a story of a dozen years has a handful. More is a mistake.
pub const MAX_ERAS: usize = 24;

/// The longest era title: it is drawn inside a band one line high; the long form
/// belongs in the era's `note`.
pub const MAX_ERA_TITLE_CHARS: usize = 80;

struct Checker {
    problems: Vec<Problem>,
    /// Problems found past `cap`: counted, not kept.
    more: usize,
    cap: usize,
}

impl Checker {
    fn push(&mut self, path: String, message: impl Into<String>) {
        if self.problems.len() < self.cap {
            self.problems.push(Problem::at_path(path, message));
        } else {
            self.more += 1;
        }
    }

    /// A text that must say something.
    fn text(&mut self, path: String, value: &str, what: &str) {
        if value.trim().is_empty() {
            self.push(path, format!("{what} must not be empty"));
        } else {
            self.plain(path, value);
        }
    }

    /// Any text shown to a person: control characters (a NUL, a bell, an escape) have
    /// no place in it, and some would break the terminal that `--check` prints to.
    /// Line breaks and tabs are fine.
    fn plain(&mut self, path: String, value: &str) {
        if let Some((at, c)) = value
            .chars()
            .enumerate()
            .find(|(_, c)| c.is_control() && *c != '\n' && *c != '\t')
        {
            self.push(
                path,
                format!(
                    "the text holds the control character U+{:04X} at character {}; remove it",
                    u32::from(c),
                    at + 1
                ),
            );
        }
    }

    fn plain_all<'a>(&mut self, path: &str, values: impl IntoIterator<Item = &'a String>) {
        for (i, v) in values.into_iter().enumerate() {
            self.plain(format!("{path}[{i}]"), v);
        }
    }

    fn id(&mut self, path: String, id: &str, seen: &mut HashSet<String>, what: &str) {
        if id.trim().is_empty() {
            self.push(path, format!("{what} id must not be empty"));
        } else if !id_characters_ok(id) {
            self.push(
                path,
                format!("{what} id {id:?} may hold only letters, digits, '_' and '-'"),
            );
        } else if !seen.insert(id.to_owned()) {
            self.push(
                path,
                format!("duplicate {what} id {id:?}; ids must be unique"),
            );
        }
    }

    fn count(&mut self, path: String, count: i64) {
        if count < 0 {
            self.push(path, format!("count must not be negative, found {count}"));
        } else if count > MAX_COUNT {
            self.push(path, format!("count {count} is larger than {MAX_COUNT}"));
        }
    }

    /// An end, where there is one, that is not before its start.
    fn in_order(&mut self, path: String, start: &PartialDate, end: Option<&PartialDate>) {
        if let Some(end) = end
            && end < start
        {
            self.push(
                path,
                format!("end date {end} is before the start date {start}"),
            );
        }
    }

    fn url(&mut self, path: String, url: &str) {
        if let Err(e) = check_url(url) {
            self.push(path, format!("unsafe or invalid address {url:?}: {e}"));
        }
    }

    fn source(&mut self, path: &str, source: &Source) {
        self.text(format!("{path}.label"), &source.label, "a source's label");
        if let Some((named, host)) = misleading(&source.label, &source.url) {
            self.push(
                format!("{path}.label"),
                format!(
                    "the label looks like the address {named} but the link goes to {host}; \
                     name the page instead"
                ),
            );
        }
        self.url(format!("{path}.url"), &source.url);
        if let Some(says) = &source.says {
            self.plain(format!("{path}.says"), says);
        }
    }

    fn provenance(&mut self, path: &str, p: &Provenance) {
        for (k, s) in p.sources.iter().enumerate() {
            self.source(&format!("{path}.sources[{k}]"), s);
        }
        if let Some(note) = &p.note {
            self.plain(format!("{path}.note"), note);
        }
    }
}

/// The semantic problems in `data`, each with its path inside the data: the first
/// `cap` of them, and how many more there are. Sections are checked in the file's order,
/// so the problems are listed as a person meets them.
pub fn validate(data: &Alliance, cap: usize) -> (Vec<Problem>, usize) {
    let mut c = Checker {
        problems: Vec::new(),
        more: 0,
        cap,
    };
    c.text("title".into(), &data.title, "the title");
    c.plain("tagline".into(), &data.tagline);
    c.plain_all("background", &data.background);
    c.plain_all("added_value.statements", &data.added_value.statements);
    c.plain_all("added_value.items", &data.added_value.items);
    let ids = Ids {
        milestones: milestones(&mut c, data),
        resources: resources(&mut c, data),
    };
    eras(&mut c, data);
    outcomes(&mut c, data, &ids);
    membership(&mut c, data);
    summit(&mut c, data, &ids);
    slides(&mut c, data);
    (c.problems, c.more)
}

/// The ids that other parts of the file may refer to.
struct Ids {
    milestones: HashSet<String>,
    resources: HashSet<String>,
}

fn milestones(c: &mut Checker, data: &Alliance) -> HashSet<String> {
    let mut milestone_ids = HashSet::new();
    for (i, m) in data.milestones.iter().enumerate() {
        let p = format!("milestones[{i}]");
        c.id(format!("{p}.id"), &m.id, &mut milestone_ids, "milestone");
        c.text(format!("{p}.title"), &m.title, "a milestone's title");
        c.plain(format!("{p}.summary"), &m.summary);
        c.plain(format!("{p}.details"), &m.details);
        for (field, value) in [("deck", &m.deck), ("note", &m.note)] {
            if let Some(v) = value {
                c.plain(format!("{p}.{field}"), v);
            }
        }
        c.in_order(format!("{p}.end"), &m.date, m.end.as_ref());
        for (k, s) in m.sources.iter().enumerate() {
            c.source(&format!("{p}.sources[{k}]"), s);
        }
    }

    milestone_ids
}

fn eras(c: &mut Checker, data: &Alliance) {
    if data.eras.len() > MAX_ERAS {
        c.push(
            format!("eras[{MAX_ERAS}]"),
            format!(
                "{} eras is more than the {MAX_ERAS} the timeline can show; merge some",
                data.eras.len()
            ),
        );
    }
    let mut era_ids = HashSet::new();
    for (i, e) in data.eras.iter().enumerate() {
        let p = format!("eras[{i}]");
        c.id(format!("{p}.id"), &e.id, &mut era_ids, "era");
        c.text(format!("{p}.title"), &e.title, "an era's title");
        let chars = e.title.chars().count();
        if chars > MAX_ERA_TITLE_CHARS {
            c.push(
                format!("{p}.title"),
                format!(
                    "the title has {chars} characters; an era's title has at most \
                     {MAX_ERA_TITLE_CHARS} (put the long form in its note)"
                ),
            );
        }
        if let Some(v) = &e.note {
            c.plain(format!("{p}.note"), v);
        }
        c.in_order(format!("{p}.end"), &e.start, e.end.as_ref());
        for (k, s) in e.sources.iter().enumerate() {
            c.source(&format!("{p}.sources[{k}]"), s);
        }
    }
}

fn resources(c: &mut Checker, data: &Alliance) -> HashSet<String> {
    let mut resource_ids = HashSet::new();
    for (i, r) in data.resources.iter().enumerate() {
        let p = format!("resources[{i}]");
        c.id(format!("{p}.id"), &r.id, &mut resource_ids, "resource");
        c.text(format!("{p}.title"), &r.title, "a resource's title");
        c.plain(format!("{p}.description"), &r.description);
        if let Some(v) = &r.note {
            c.plain(format!("{p}.note"), v);
        }
        if let Some(url) = &r.url {
            c.url(format!("{p}.url"), url);
        }
    }

    resource_ids
}

fn outcomes(c: &mut Checker, data: &Alliance, ids: &Ids) {
    let mut outcome_ids = HashSet::new();
    for (i, o) in data.outcomes.iter().enumerate() {
        let p = format!("outcomes[{i}]");
        c.id(format!("{p}.id"), &o.id, &mut outcome_ids, "outcome");
        c.text(format!("{p}.title"), &o.title, "an outcome's title");
        c.plain(format!("{p}.text"), &o.text);
        c.plain(format!("{p}.category"), &o.category);
        if let Some(v) = &o.note {
            c.plain(format!("{p}.note"), v);
        }
        c.provenance(&format!("{p}.provenance"), &o.provenance);
        if let Some(r) = &o.resource
            && !ids.resources.contains(r)
        {
            c.push(
                format!("{p}.resource"),
                format!("no resource has the id {r:?}"),
            );
        }
        if let Some(m) = &o.milestone
            && !ids.milestones.contains(m)
        {
            c.push(
                format!("{p}.milestone"),
                format!("no milestone has the id {m:?}"),
            );
        }
    }
}

fn membership(c: &mut Checker, data: &Alliance) {
    let ms = &data.membership;
    if let Some(s) = &ms.source {
        c.source("membership.source", s);
    }
    c.provenance("membership.provenance", &ms.provenance);
    if !ms.provenance.is_empty() && (ms.source.is_some() || ms.note.is_some()) {
        c.push(
            "membership.provenance".into(),
            "give either `provenance` or the older `source` and `note`, not both".to_owned(),
        );
    }
    let mut kinds = HashSet::new();
    for (i, g) in ms.groups.iter().enumerate() {
        let p = format!("membership.groups[{i}]");
        c.id(format!("{p}.kind"), &g.kind, &mut kinds, "member group");
        c.text(format!("{p}.label"), &g.label, "a member group's label");
        c.plain(format!("{p}.description"), &g.description);
        c.provenance(&format!("{p}.provenance"), &g.provenance);
        c.count(format!("{p}.count"), g.count);
    }
    for (i, h) in ms.history.iter().enumerate() {
        let p = format!("membership.history[{i}]");
        c.count(format!("{p}.total"), h.total);
        c.text(format!("{p}.label"), &h.label, "a history point's label");
        if let Some(g) = h.governments {
            c.count(format!("{p}.governments"), g);
            if g > h.total {
                c.push(
                    format!("{p}.governments"),
                    format!("{g} governments is more than the total of {}", h.total),
                );
            }
        }
        if let Some(s) = &h.source {
            c.source(&format!("{p}.source"), s);
        }
    }

    if let Some(v) = &ms.note {
        c.plain("membership.note".into(), v);
    }
}

fn summit(c: &mut Checker, data: &Alliance, ids: &Ids) {
    let s = &data.summit;
    c.plain("summit.title".into(), &s.title);
    c.plain("summit.venue".into(), &s.venue);
    c.plain("summit.city".into(), &s.city);
    c.plain("summit.description".into(), &s.description);
    c.plain_all("summit.highlights", &s.highlights);
    if let Some(start) = &s.start {
        c.in_order("summit.end".into(), start, s.end.as_ref());
    }
    for (i, a) in s.attendance.iter().enumerate() {
        let p = format!("summit.attendance[{i}]");
        c.text(format!("{p}.label"), &a.label, "an attendance label");
        c.count(format!("{p}.count"), a.count);
    }
    c.provenance("summit.attendance_provenance", &s.attendance_provenance);
    if let Some(m) = &s.milestone
        && !ids.milestones.contains(m)
    {
        c.push(
            "summit.milestone".into(),
            format!("no milestone has the id {m:?}"),
        );
    }
    if let Some(v) = &s.video
        && !ids.resources.contains(v)
    {
        c.push(
            "summit.video".into(),
            format!("no resource has the id {v:?}"),
        );
    }
    if let Some(src) = &s.source {
        c.source("summit.source", src);
    }
}

fn slides(c: &mut Checker, data: &Alliance) {
    for (i, slide) in data.slides.iter().enumerate() {
        c.text(
            format!("slides[{i}].title"),
            &slide.title,
            "a slide's title",
        );
        c.plain_all(&format!("slides[{i}].bullets"), &slide.bullets);
        c.plain(format!("slides[{i}].notes"), &slide.notes);
    }
}

/// Whether `id` is written as the data's ids are: ASCII letters, digits, `_` and `-`.
/// The command line and links check a milestone id with this before looking it up.
pub fn id_characters_ok(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}
