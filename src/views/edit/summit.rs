//! The summit's own fields and its outcomes, beside the Summit view.

use eframe::egui;

use crate::actions::Actions;
use crate::edit::Part;
use crate::model::{Outcome, PartialDate};

use super::{EditContext, Form, ListForm, fresh_id, heading, list_form, raise};

pub(super) fn form(ui: &mut egui::Ui, cx: &EditContext<'_>, actions: &mut Actions) {
    summit_fields(ui, cx, actions);
    ui.add_space(12.0);
    outcomes(ui, cx, actions);
}

fn summit_fields(ui: &mut egui::Ui, cx: &EditContext<'_>, actions: &mut Actions) {
    let original = &cx.data.summit;
    let mut s = original.clone();
    let mut form = Form::new(cx.problems);
    heading(ui, "Edit the summit");
    form.line(ui, "Summit title", &mut s.title, "summit.title");
    match &mut s.start {
        Some(start) => form.date(ui, "Summit dates", start, Some(&mut s.end), "summit.start"),
        None => {
            if ui.button("Give the summit a date").clicked() {
                s.start = PartialDate::year(2022).ok();
            }
        }
    }
    form.problems_at(ui, "summit.end");
    form.line(ui, "Venue", &mut s.venue, "summit.venue");
    form.line(ui, "City", &mut s.city, "summit.city");
    form.text(
        ui,
        "Summit description",
        &mut s.description,
        "summit.description",
    );
    form.points(ui, "Highlight", &mut s.highlights, "summit.highlights");
    raise(original, s, &form, |s| Part::Summit(Box::new(s)), actions);
}

fn outcomes(ui: &mut egui::Ui, cx: &EditContext<'_>, actions: &mut Actions) {
    let original = &cx.data.outcomes;
    let mut list = original.clone();
    let mut form = Form::new(cx.problems);
    heading(ui, "Edit the outcomes");
    let how = ListForm {
        noun: "Outcome",
        path: "outcomes",
        folded: true,
        movable: true,
    };
    list_form(
        ui,
        &mut form,
        &mut list,
        &how,
        |_, o| o.title.clone(),
        |ui, form, at, o| {
            form.line(ui, &at.label("title"), &mut o.title, &at.path("title"));
            form.text(ui, &at.label("text"), &mut o.text, &at.path("text"));
            form.line(
                ui,
                &at.label("category"),
                &mut o.category,
                &at.path("category"),
            );
            form.optional(ui, &at.label("note"), &mut o.note, &at.path("note"));
        },
    );
    if ui.button("Add an outcome").clicked() {
        let id = fresh_id("new_outcome", list.iter().map(|o| o.id.as_str()));
        list.push(Outcome {
            id,
            title: "New outcome".into(),
            text: String::new(),
            category: "Outcome".into(),
            ..Outcome::default()
        });
    }
    raise(original, list, &form, Part::Outcomes, actions);
}
