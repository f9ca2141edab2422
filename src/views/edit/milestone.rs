//! The selected milestone's form, in the timeline's detail panel: every field, its
//! sources, and buttons to add a milestone or delete this one.

use eframe::egui;

use crate::actions::{Action, Actions};
use crate::edit::Part;
use crate::model::{Category, Milestone, PartialDate};

use super::{EditContext, Form, fresh_id, heading, raise};

pub(super) fn form(ui: &mut egui::Ui, cx: &EditContext<'_>, actions: &mut Actions) {
    let data = cx.data;
    if ui
        .button("Add a milestone")
        .on_hover_text("A new milestone after the last one, selected to be filled in")
        .clicked()
    {
        add(cx, actions);
    }
    ui.separator();
    let found = cx
        .selected
        .and_then(|id| data.milestones.iter().position(|m| m.id == id));
    let Some((i, original)) = found.and_then(|i| Some((i, data.milestones.get(i)?))) else {
        ui.label("Select a milestone on the timeline to edit it here.");
        return;
    };
    heading(ui, "Edit milestone");
    let path = format!("milestones[{i}]");
    let mut form = Form::new(cx.problems);
    let mut m = original.clone();
    form.line(ui, "Title", &mut m.title, &format!("{path}.title"));
    let Milestone { date, end, .. } = &mut m;
    form.date(ui, "Date", date, Some(end), &format!("{path}.date"));
    form.problems_at(ui, &format!("{path}.end"));
    let categories: Vec<(Category, &str)> = Category::ALL.iter().map(|c| (*c, c.label())).collect();
    form.pick(ui, "Category", &mut m.category, &categories);
    form.text(ui, "Summary", &mut m.summary, &format!("{path}.summary"));
    form.text(ui, "Details", &mut m.details, &format!("{path}.details"));
    form.optional(ui, "The deck's words", &mut m.deck, &format!("{path}.deck"));
    form.optional(ui, "Note", &mut m.note, &format!("{path}.note"));
    form.line(ui, "Id (links use it)", &mut m.id, &format!("{path}.id"));
    form.sources(ui, &mut m.sources, &format!("{path}.sources"));
    form.problems_at(ui, &path);
    ui.separator();
    if ui.button("Delete this milestone").clicked() {
        let mut list = data.milestones.clone();
        list.remove(i);
        actions.push(Action::Edit {
            part: Part::Milestones(list),
            run: None,
        });
        return;
    }
    let id_changed = m.id != original.id;
    let new_id = m.id.clone();
    raise(
        original,
        m,
        &form,
        |m| Part::Milestone(i, Box::new(m)),
        actions,
    );
    // The selection follows the milestone by id.
    if id_changed {
        actions.push(Action::SelectMilestone(new_id));
    }
}

/// A new milestone dated the year after the latest, placed in date order, and selected.
fn add(cx: &EditContext<'_>, actions: &mut Actions) {
    let data = cx.data;
    let latest = data.milestones.iter().map(|m| m.date.year_number()).max();
    let year = latest.map_or(2023, |y| y.saturating_add(1)).min(2100);
    let Ok(date) = PartialDate::year(year.max(*crate::model::date::YEAR_RANGE.start())) else {
        return;
    };
    let id = fresh_id(
        &format!("milestone_{year}"),
        data.milestones.iter().map(|m| m.id.as_str()),
    );
    let new = Milestone {
        id: id.clone(),
        date,
        end: None,
        title: "New milestone".into(),
        summary: String::new(),
        details: String::new(),
        category: Category::Outcome,
        deck: None,
        note: None,
        sources: Vec::new(),
    };
    let mut list = data.milestones.clone();
    let at = list.partition_point(|m| m.date <= new.date);
    list.insert(at, new);
    actions.push(Action::Edit {
        part: Part::Milestones(list),
        run: None,
    });
    actions.push(Action::SelectMilestone(id));
}
