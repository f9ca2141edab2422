//! The resources, in the order the view lists them: title, kind, address (checked as
//! the app checks every address it opens), description and note.

use eframe::egui;

use crate::actions::Actions;
use crate::edit::Part;
use crate::model::{Resource, ResourceKind};

use super::{EditContext, Form, ListForm, fresh_id, heading, list_form, raise};

pub(super) fn form(ui: &mut egui::Ui, cx: &EditContext<'_>, actions: &mut Actions) {
    let original = &cx.data.resources;
    let mut list = original.clone();
    let mut form = Form::new(cx.problems);
    heading(ui, "Edit the resources");
    let kinds: Vec<(ResourceKind, &str)> =
        ResourceKind::ALL.iter().map(|k| (*k, k.label())).collect();
    let how = ListForm {
        noun: "Resource",
        path: "resources",
        folded: true,
        movable: true,
    };
    list_form(
        ui,
        &mut form,
        &mut list,
        &how,
        |_, r| r.title.clone(),
        |ui, form, at, r| {
            form.line(ui, &at.label("title"), &mut r.title, &at.path("title"));
            form.pick(ui, &at.label("kind"), &mut r.kind, &kinds);
            let mut address = r.url.clone().unwrap_or_default();
            form.line(ui, &at.label("address"), &mut address, &at.path("url"));
            r.url = (!address.trim().is_empty()).then_some(address);
            form.text(
                ui,
                &at.label("description"),
                &mut r.description,
                &at.path("description"),
            );
            form.optional(ui, &at.label("note"), &mut r.note, &at.path("note"));
        },
    );
    if ui.button("Add a resource").clicked() {
        let id = fresh_id("new_resource", list.iter().map(|r| r.id.as_str()));
        list.push(Resource {
            id,
            title: "New resource".into(),
            kind: ResourceKind::Website,
            url: None,
            description: String::new(),
            note: None,
        });
    }
    raise(original, list, &form, Part::Resources, actions);
}
