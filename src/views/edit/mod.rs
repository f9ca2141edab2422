//! Edit mode's forms, beside the view that shows what they edit: the selected
//! milestone on the timeline, the groups and their history beside the charts, the
//! summit and its outcomes, the resources, and on the Overview the title, the deck's
//! lists and the slides.
//!
//! A form edits a copy of one part of the data and raises [`Action::Edit`] with the
//! new value when the copy differs; the app applies it, checks the data, and the next
//! frame draws the form from the data again. So undo, redo and a reload all show at once.

use eframe::egui::{self, RichText};

use crate::actions::{Action, Actions};
use crate::edit::Part;
use crate::model::{Alliance, Problem};
use crate::theme;
use crate::vocabulary::View;

mod fields;
mod membership;
mod milestone;
mod resources;
mod story;
mod summit;

pub use fields::{Form, parse_range};

/// What the forms read.
pub struct EditContext<'a> {
    pub data: &'a Alliance,
    pub problems: &'a [Problem],
    /// The selected milestone's id, if any.
    pub selected: Option<&'a str>,
}

/// The side panel with the forms for `view`.
pub fn panel(ui: &mut egui::Ui, view: View, cx: &EditContext<'_>, actions: &mut Actions) {
    egui::Panel::right("edit_panel")
        .resizable(true)
        .default_size(420.0)
        .size_range(300.0..=720.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("edit_panel_scroll")
                .show(ui, |ui| {
                    ui.add_space(theme::space::TIGHT);
                    match view {
                        View::Overview => story::form(ui, cx, actions),
                        View::Timeline => milestone::form(ui, cx, actions),
                        View::Membership => membership::form(ui, cx, actions),
                        View::Summit => summit::form(ui, cx, actions),
                        View::Resources => resources::form(ui, cx, actions),
                        View::Sources => {
                            ui.label(
                                "Sources are edited with what they support: a milestone's on \
                                 the Timeline, the member counts' under Membership.",
                            );
                        }
                    }
                    ui.add_space(theme::space::TIGHT);
                });
        });
}

/// A form's heading, exposed as a heading to a screen reader.
fn heading(ui: &mut egui::Ui, text: &str) {
    crate::widgets::heading_label(
        ui,
        egui::Label::new(RichText::new(text).size(theme::text::CARD_TITLE).strong()),
        2,
    );
}

/// Raises the edit when the form changed its copy.
fn raise<T: PartialEq>(
    before: &T,
    after: T,
    form: &Form<'_>,
    part: impl FnOnce(T) -> Part,
    actions: &mut Actions,
) {
    if *before != after {
        actions.push(Action::Edit {
            part: part(after),
            run: form.run,
        });
    }
}

/// What a person did to one item of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListOp {
    Up(usize),
    Down(usize),
    Delete(usize),
}

/// Move and delete buttons for item `i` of `n`: short words on screen, and named for
/// the item (`what`) for a screen reader and in the tooltip, so that each says which
/// item it acts on.
fn item_buttons(
    ui: &mut egui::Ui,
    what: &str,
    i: usize,
    n: usize,
    movable: bool,
) -> Option<ListOp> {
    let button = |ui: &mut egui::Ui, shown: &str, name: String, enabled: bool| {
        let r = ui
            .add_enabled(enabled, egui::Button::new(shown))
            .on_hover_text(&name);
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, &name));
        r.clicked()
    };
    let mut op = None;
    ui.horizontal_wrapped(|ui| {
        if movable {
            if button(ui, "Move up", format!("Move {what} up"), i > 0) {
                op = Some(ListOp::Up(i));
            }
            if button(ui, "Move down", format!("Move {what} down"), i + 1 < n) {
                op = Some(ListOp::Down(i));
            }
        }
        if button(ui, "Delete", format!("Delete {what}"), true) {
            op = Some(ListOp::Delete(i));
        }
    });
    op
}

/// One item of a list in a form: how its fields are named ("Outcome 2 title", which a
/// screen reader says and tests click) and where the checker reports its problems.
pub struct At {
    noun: &'static str,
    i: usize,
    path: String,
}

impl At {
    fn label(&self, field: &str) -> String {
        format!("{} {} {field}", self.noun, self.i + 1)
    }

    fn path(&self, field: &str) -> String {
        format!("{}.{field}", self.path)
    }
}

/// How a list is shown in a form.
struct ListForm<'a> {
    /// What an item is called: "Outcome".
    noun: &'static str,
    /// Where the list is in the data: "outcomes".
    path: &'a str,
    /// Each item folds under its name (long lists); otherwise its fields are all shown.
    folded: bool,
    movable: bool,
}

/// Every item of `list` with its fields (drawn by `fields`), its move and delete
/// buttons named after it (`name`), and the move or delete done.
fn list_form<T>(
    ui: &mut egui::Ui,
    form: &mut Form<'_>,
    list: &mut Vec<T>,
    how: &ListForm<'_>,
    name: impl Fn(usize, &T) -> String,
    mut fields: impl FnMut(&mut egui::Ui, &mut Form<'_>, &At, &mut T),
) {
    let n = list.len();
    let mut op = None;
    for (i, item) in list.iter_mut().enumerate() {
        let at = At {
            noun: how.noun,
            i,
            path: format!("{}[{i}]", how.path),
        };
        let name = name(i, item);
        ui.push_id((how.path, i), |ui| {
            if how.folded {
                egui::CollapsingHeader::new(format!("{} {}: {name}", how.noun, i + 1))
                    .id_salt((how.path, "fields", i))
                    .show(ui, |ui| fields(ui, form, &at, item));
            } else {
                ui.label(RichText::new(&name).strong());
                fields(ui, form, &at, item);
            }
            form.problems_at(ui, &at.path);
            let what = format!("{} {name}", how.noun.to_lowercase());
            op = item_buttons(ui, &what, i, n, how.movable).or(op);
            if !how.folded {
                ui.separator();
            }
        });
    }
    if let Some(op) = op {
        apply_op(list, op);
        form.run = None;
    }
}

/// The list with `op` done to it.
pub fn apply_op<T>(list: &mut Vec<T>, op: ListOp) {
    match op {
        ListOp::Up(i) if i > 0 && i < list.len() => list.swap(i - 1, i),
        ListOp::Down(i) if i + 1 < list.len() => list.swap(i, i + 1),
        ListOp::Delete(i) if i < list.len() => {
            list.remove(i);
        }
        _ => {}
    }
}

/// An id not used by any of `taken`: `stem`, then `stem_2`, `stem_3`…
fn fresh_id<'a>(stem: &str, taken: impl Iterator<Item = &'a str>) -> String {
    let taken: std::collections::HashSet<&str> = taken.collect();
    (1..)
        .map(|n| match n {
            1 => stem.to_owned(),
            n => format!("{stem}_{n}"),
        })
        .find(|id| !taken.contains(id.as_str()))
        .unwrap_or_else(|| stem.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_ops_move_and_delete_and_ignore_the_impossible() {
        let mut v = vec![1, 2, 3];
        apply_op(&mut v, ListOp::Up(2));
        assert_eq!(v, [1, 3, 2]);
        apply_op(&mut v, ListOp::Down(0));
        assert_eq!(v, [3, 1, 2]);
        apply_op(&mut v, ListOp::Up(0));
        apply_op(&mut v, ListOp::Down(2));
        apply_op(&mut v, ListOp::Delete(9));
        assert_eq!(v, [3, 1, 2]);
        apply_op(&mut v, ListOp::Delete(1));
        assert_eq!(v, [3, 2]);
    }

    #[test]
    fn fresh_ids_skip_those_taken() {
        let taken = ["new", "new_2"];
        assert_eq!(fresh_id("new", taken.iter().copied()), "new_3");
        assert_eq!(fresh_id("other", taken.iter().copied()), "other");
    }
}
