//! The member groups and the history of the total, beside the membership charts: a
//! changed count shows at once in the bars, the donut and the shares.

use eframe::egui;

use crate::actions::Actions;
use crate::edit::Part;
use crate::model::{MemberGroup, MembershipPoint, PartialDate};

use super::{EditContext, Form, ListForm, fresh_id, heading, list_form, raise};

pub(super) fn form(ui: &mut egui::Ui, cx: &EditContext<'_>, actions: &mut Actions) {
    let original = &cx.data.membership;
    let mut m = original.clone();
    let mut form = Form::new(cx.problems);
    heading(ui, "Edit member groups");
    let how = ListForm {
        noun: "Group",
        path: "membership.groups",
        folded: false,
        movable: true,
    };
    list_form(
        ui,
        &mut form,
        &mut m.groups,
        &how,
        |_, g| g.label.clone(),
        |ui, form, at, g| {
            form.line(ui, &at.label("name"), &mut g.label, &at.path("label"));
            // Named after the group: "Governments count" is what a person looks for.
            form.count(
                ui,
                &format!("{} count", g.label),
                &mut g.count,
                &at.path("count"),
            );
            form.text(
                ui,
                &at.label("description"),
                &mut g.description,
                &at.path("description"),
            );
        },
    );
    if ui.button("Add a member group").clicked() {
        let kind = fresh_id("new_group", m.groups.iter().map(|g| g.kind.as_str()));
        m.groups.push(MemberGroup {
            kind,
            label: "New group".into(),
            ..MemberGroup::default()
        });
    }
    ui.add_space(12.0);
    let total = m.total();
    history(ui, &mut form, &mut m.history, total);
    // In date order, as the loader reads the history.
    m.history.sort_by_key(|p| p.date);
    raise(
        original,
        m,
        &form,
        |m| Part::Membership(Box::new(m)),
        actions,
    );
}

/// The known totals over time, each a point of the growth chart.
fn history(ui: &mut egui::Ui, form: &mut Form<'_>, points: &mut Vec<MembershipPoint>, total: i64) {
    heading(ui, "Edit the total over time");
    let how = ListForm {
        noun: "Point",
        path: "membership.history",
        folded: false,
        movable: false,
    };
    list_form(
        ui,
        form,
        points,
        &how,
        |i, _| format!("{}", i + 1),
        |ui, form, at, point| {
            form.date(
                ui,
                &at.label("date"),
                &mut point.date,
                None,
                &at.path("date"),
            );
            form.count(ui, &at.label("total"), &mut point.total, &at.path("total"));
            form.line(ui, &at.label("counts"), &mut point.unit, &at.path("unit"));
            form.line(ui, &at.label("label"), &mut point.label, &at.path("label"));
            form.optional(ui, &at.label("note"), &mut point.note, &at.path("note"));
        },
    );
    if ui.button("Add a point").clicked()
        && let Ok(date) = PartialDate::year(2023)
    {
        points.push(MembershipPoint {
            date,
            total,
            unit: "members".into(),
            label: "Members".into(),
            governments: None,
            note: None,
            source: None,
        });
    }
}
