//! The first half of the page: the Alliance's background, its added value, its eras
//! and the timeline of milestones, as ordered lists by date.

use crate::model::problem::thousands;
use crate::model::{Alliance, Era, Milestone, Source};

use super::writer::{Writer, slug};

pub(super) fn background(w: &mut Writer, data: &Alliance) {
    bullet_list(w, &data.background);
}

pub(super) fn added_value(w: &mut Writer, data: &Alliance) {
    let value = &data.added_value;
    for statement in &value.statements {
        w.element("p", None, statement);
    }
    bullet_list(w, &value.items);
}

/// The named periods, earliest first, each with its span, its long name and sources:
/// the frame the timeline's dates sit in.
pub(super) fn eras(w: &mut Writer, data: &Alliance) {
    if data.eras.is_empty() {
        return;
    }
    // The loader sorts them; data that did not come through it may not be.
    let mut eras: Vec<&Era> = data.eras.iter().collect();
    eras.sort_by_key(|e| e.start);
    w.raw("<ol class=\"eras\">");
    for e in eras {
        w.raw("<li>");
        w.heading(3, &slug("era", &e.id), &e.title);
        w.raw("<p class=\"when\">");
        if e.end.is_none() {
            w.text("Since ");
        }
        w.when(&e.start, e.end.as_ref());
        w.raw("</p>");
        if let Some(note) = &e.note {
            w.element("p", None, note);
        }
        sources(w, &e.sources);
        w.raw("</li>");
    }
    w.raw("</ol>");
}

/// The milestones in date order (earliest first, ties in the file's order), each an
/// item of one ordered list with its own heading, so a screen reader can move by item
/// or by heading.
pub(super) fn timeline(w: &mut Writer, data: &Alliance) {
    if data.milestones.is_empty() {
        return;
    }
    let count = data.milestones.len();
    let noun = if count == 1 {
        "milestone"
    } else {
        "milestones"
    };
    w.element(
        "p",
        None,
        &format!("{} {noun}, earliest first.", thousands(count)),
    );
    w.raw("<ol class=\"milestones\">");
    for m in by_date(&data.milestones) {
        milestone(w, m);
    }
    w.raw("</ol>");
}

/// The milestones in the order the loader gives them (by date; the sort is stable, so
/// equal dates keep the file's order), for data that did not come through the loader.
fn by_date(milestones: &[Milestone]) -> Vec<&Milestone> {
    let mut sorted: Vec<&Milestone> = milestones.iter().collect();
    sorted.sort_by_key(|m| m.date);
    sorted
}

fn milestone(w: &mut Writer, m: &Milestone) {
    w.raw("<li>");
    w.heading(3, &slug("milestone", &m.id), &m.title);
    w.raw("<p class=\"when\">");
    w.when(&m.date, m.end.as_ref());
    w.raw(" · <span class=\"category\">");
    w.text(m.category.label());
    w.raw("</span></p>");
    w.element("p", None, &m.summary);
    w.element("p", None, &m.details);
    if let Some(deck) = m.deck.as_deref().filter(|d| !d.trim().is_empty()) {
        quote(w, deck);
    }
    if let Some(note) = &m.note {
        note_paragraph(w, note);
    }
    sources(w, &m.sources);
    w.raw("</li>");
}

/// The deck's own words, marked as a quotation with where they come from.
pub(super) fn quote(w: &mut Writer, words: &str) {
    w.raw("<figure class=\"deck\"><blockquote>");
    w.element("p", None, words);
    w.raw("</blockquote><figcaption>The summit's slide deck</figcaption></figure>");
}

pub(super) fn note_paragraph(w: &mut Writer, note: &str) {
    if note.trim().is_empty() {
        return;
    }
    w.raw("<p class=\"note\"><strong>Note:</strong> ");
    w.text(note);
    w.raw("</p>");
}

/// "Sources:" and a list of links, or nothing when there are none.
pub(super) fn sources(w: &mut Writer, sources: &[Source]) {
    if sources.is_empty() {
        return;
    }
    w.raw("<div class=\"sources\"><p>");
    w.text(if sources.len() == 1 {
        "Source:"
    } else {
        "Sources:"
    });
    w.raw("</p><ul>");
    for s in sources {
        w.raw("<li>");
        w.link(&s.label, &s.url);
        if s.archived {
            w.text(" (archived address)");
        }
        if let Some(says) = &s.says {
            w.raw(" <q>");
            w.text(says);
            w.raw("</q>");
        }
        w.raw("</li>");
    }
    w.raw("</ul></div>");
}

pub(super) fn bullet_list(w: &mut Writer, items: &[String]) {
    let items: Vec<&String> = items.iter().filter(|i| !i.trim().is_empty()).collect();
    if items.is_empty() {
        return;
    }
    w.raw("<ul>");
    for item in items {
        w.element("li", None, item);
    }
    w.raw("</ul>");
}
