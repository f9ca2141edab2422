//! The second half of the page: membership as tables, the summit, its outcomes and the
//! resources, each figure with the source and note the data gives it.

use std::collections::HashMap;

use crate::model::shares::{group_shares, percent};
use crate::model::{Alliance, Membership, ResourceKind, Source};

use super::story::{bullet_list, note_paragraph, sources};
use super::writer::{Writer, slug};

pub(super) fn membership(w: &mut Writer, data: &Alliance) {
    let membership = &data.membership;
    if !membership.groups.is_empty() {
        breakdown(w, membership);
    }
    provenance(w, &membership.provenance);
    if !membership.history.is_empty() {
        growth(w, membership);
    }
}

/// Members by type with their shares; the shares are the ones every view shows (they
/// add up to 100%).
fn breakdown(w: &mut Writer, membership: &Membership) {
    let (shares, total) = group_shares(&membership.groups);
    let as_of = membership
        .as_of
        .as_ref()
        .map(|d| format!(", as of {}", d.long()))
        .unwrap_or_default();
    w.raw("<table class=\"figures\"><caption>");
    w.text(&format!("Members by type{as_of}: {total} in all"));
    w.raw(
        "</caption><thead><tr><th scope=\"col\">Type of member</th>\
         <th scope=\"col\" class=\"number\">Members</th><th scope=\"col\" class=\"number\">Share</th>\
         <th scope=\"col\">Who they are</th></tr></thead><tbody>",
    );
    for (group, share) in membership.groups.iter().zip(&shares) {
        w.raw("<tr><th scope=\"row\">");
        w.text(&group.label);
        w.raw("</th><td class=\"number\">");
        w.text(&share.count.to_string());
        w.raw("</td><td class=\"number\">");
        w.text(&percent(share.tenths));
        w.raw("</td><td class=\"description\">");
        w.text(&group.description);
        w.raw("</td></tr>");
    }
    w.raw("</tbody><tfoot><tr><th scope=\"row\">Total</th><td class=\"number\">");
    w.text(&total.to_string());
    w.raw("</td><td class=\"number\">");
    // The shares add up to 100% (see `shares_tenths`), unless there is nothing to share.
    w.text(if total > 0 { "100%" } else { "–" });
    w.raw("</td><td></td></tr></tfoot></table>");
}

/// The known totals over time, each with what was counted and where it comes from.
fn growth(w: &mut Writer, membership: &Membership) {
    w.raw(
        "<table class=\"figures\"><caption>Known membership totals over time</caption>\
         <thead><tr><th scope=\"col\">Date</th><th scope=\"col\" class=\"number\">Total</th>\
         <th scope=\"col\" class=\"number\">Of whom governments</th><th scope=\"col\">What it was</th>\
         <th scope=\"col\">Source</th></tr></thead><tbody>",
    );
    let mut points: Vec<_> = membership.history.iter().collect();
    points.sort_by_key(|p| p.date);
    for point in points {
        w.raw("<tr><th scope=\"row\">");
        w.when(&point.date, None);
        w.raw("</th><td class=\"number\">");
        w.text(&format!("{} {}", point.total, point.unit));
        w.raw("</td><td class=\"number\">");
        w.text(
            &point
                .governments
                .map_or_else(|| "–".into(), |g| g.to_string()),
        );
        w.raw("</td><td>");
        w.text(&point.label);
        if let Some(note) = &point.note {
            w.raw("<br><span class=\"note\">");
            w.text(note);
            w.raw("</span>");
        }
        w.raw("</td><td>");
        match &point.source {
            Some(source) => w.link(&source.label, &source.url),
            None => w.text("None given"),
        }
        w.raw("</td></tr>");
    }
    w.raw("</tbody></table>");
}

pub(super) fn summit(w: &mut Writer, data: &Alliance) {
    let summit = &data.summit;
    if summit.title.trim().is_empty() && summit.start.is_none() {
        return;
    }
    w.element("p", Some("lead"), &summit.title);
    let place = [summit.venue.trim(), summit.city.trim()]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    if summit.start.is_some() || !place.is_empty() {
        w.raw("<p class=\"when\">");
        if let Some(start) = &summit.start {
            w.when(start, summit.end.as_ref());
        }
        if summit.start.is_some() && !place.is_empty() {
            w.raw(" · ");
        }
        w.text(&place);
        w.raw("</p>");
    }
    w.element("p", None, &summit.description);
    if !summit.attendance.is_empty() {
        w.raw("<h3 id=\"attendance\">Attendance</h3><dl class=\"attendance\">");
        for a in &summit.attendance {
            w.element("dt", None, &a.label);
            w.element("dd", None, &a.figure());
        }
        w.raw("</dl>");
        provenance(w, &summit.attendance_provenance);
    }
    if !summit.highlights.is_empty() {
        w.raw("<h3 id=\"highlights\">Highlights</h3>");
        bullet_list(w, &summit.highlights);
    }
    let links = Anchors::new(data);
    if let Some(video) = summit.video.as_deref().and_then(|id| data.resource(id)) {
        w.raw("<p>Video: ");
        resource_link(w, &video.title, video.url.as_deref());
        w.raw("</p>");
    }
    if let Some(id) = &summit.milestone {
        links.milestone(w, "On the timeline: ", id);
    }
    optional_source(w, summit.source.as_ref());
}

pub(super) fn outcomes(w: &mut Writer, data: &Alliance) {
    if data.outcomes.is_empty() {
        return;
    }
    let links = Anchors::new(data);
    for outcome in &data.outcomes {
        w.heading(3, &slug("outcome", &outcome.id), &outcome.title);
        w.element("p", Some("category"), &outcome.category);
        w.element("p", None, &outcome.text);
        if let Some(resource) = outcome.resource.as_deref().and_then(|id| data.resource(id)) {
            w.raw("<p>Document: ");
            w.anchor(&slug("resource", &resource.id), &resource.title);
            w.raw("</p>");
        }
        if let Some(id) = &outcome.milestone {
            links.milestone(w, "On the timeline: ", id);
        }
        if let Some(note) = &outcome.note {
            note_paragraph(w, note);
        }
        provenance(w, &outcome.provenance);
    }
}

pub(super) fn resources(w: &mut Writer, data: &Alliance) {
    if data.resources.is_empty() {
        return;
    }
    for kind in ResourceKind::ALL {
        let of_kind: Vec<_> = data.resources.iter().filter(|r| r.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        w.heading(3, &slug("resources", kind.label()), kind.plural());
        w.raw("<ul class=\"resources\">");
        for r in of_kind {
            w.raw(&format!("<li id=\"{}\">", slug("resource", &r.id)));
            resource_link(w, &r.title, r.url.as_deref());
            w.element("p", None, &r.description);
            if let Some(note) = &r.note {
                note_paragraph(w, note);
            }
            w.raw("</li>");
        }
        w.raw("</ul>");
    }
}

fn resource_link(w: &mut Writer, title: &str, url: Option<&str>) {
    if let Some(url) = url {
        w.link(title, url);
    } else {
        w.text(title);
        w.raw(" <span class=\"refused\">(no public address known)</span>");
    }
}

/// Where a figure comes from: the deck, the note, the public sources.
fn provenance(w: &mut Writer, p: &crate::model::Provenance) {
    if p.is_empty() {
        return;
    }
    if p.deck_only() {
        note_paragraph(
            w,
            "As stated in the deck; no public source was found that confirms it.",
        );
    } else if p.deck {
        note_paragraph(w, "As stated in the deck.");
    }
    if let Some(note) = &p.note {
        note_paragraph(w, note);
    }
    sources(w, &p.sources);
}

fn optional_source(w: &mut Writer, source: Option<&Source>) {
    if let Some(source) = source {
        sources(w, std::slice::from_ref(source));
    }
}

/// Milestone titles by id, for links from the summit and outcomes to the timeline.
struct Anchors<'a> {
    titles: HashMap<&'a str, &'a str>,
}

impl<'a> Anchors<'a> {
    fn new(data: &'a Alliance) -> Self {
        Self {
            titles: data
                .milestones
                .iter()
                .map(|m| (m.id.as_str(), m.title.as_str()))
                .collect(),
        }
    }

    /// `lead` and a link to the milestone, or nothing when the id names none.
    fn milestone(&self, w: &mut Writer, lead: &str, id: &str) {
        if let Some(title) = self.titles.get(id) {
            w.raw("<p>");
            w.text(lead);
            w.anchor(&slug("milestone", id), title);
            w.raw("</p>");
        }
    }
}
