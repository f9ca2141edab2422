//! Membership: who the members are as of the data's date (bars, a donut, a table, with
//! shares that add up to 100.0%) and how the count grew (only the known points, each
//! with its source; nothing invented between them).
//!
//! Hovering a group anywhere (a bar, a slice, its legend entry) lights it everywhere;
//! clicking it, or pressing Enter on its legend entry, opens its details on the right.
//! Esc closes them.
//!
//! `mod.rs` ties the parts together; `breakdown.rs` draws the legend, bars and donut and
//! takes in what the pointer does to them; `growth.rs` the known totals over time;
//! `detail.rs` the panel for one group; `table.rs` the same figures as a table;
//! `plot.rs` what both charts share in their set-up; `linked.rs` what ties the growth
//! chart to the timeline (the selected milestone marked, a point's milestone shown).

mod breakdown;
mod detail;
mod growth;
mod linked;
mod plot;
mod table;

use eframe::egui::{self, Color32, Key, RichText};

use crate::actions::{Action, Actions};
use crate::model::shares::{group_shares, percent};
use crate::model::{MemberGroup, Membership};
use crate::theme;
use crate::views::ViewContext;
use crate::widgets::heading;
use breakdown::{Pointer, apply_pointer, breakdown};

/// Above this many groups a donut's slices get too thin to compare: bars only.
pub const MAX_DONUT_GROUPS: usize = 6;
/// The sentence under the breakdown; the table's shares are what it promises.
pub const ROUNDING_NOTE: &str = "Shares are rounded to add up to 100.0% (largest remainder).";

/// The view's own state; nothing of it is saved between runs.
#[derive(Debug, Default)]
pub struct State {
    /// The kind of the group whose details are open.
    pub selected: Option<String>,
    /// The kind of the group under the pointer in the last frame (bar, slice or legend).
    pub highlighted: Option<String>,
    pub show_table: bool,
}

/// One group with its figures, ready to draw.
struct Row<'a> {
    group: &'a MemberGroup,
    count: i64,
    tenths: i64,
    color: Color32,
}

impl Row<'_> {
    /// ": 99 (47.1%)"
    fn figures(&self) -> String {
        format!(": {} ({})", self.count, percent(self.tenths))
    }

    /// "Governments: 99 (47.1%)", the legend entry's accessible label.
    fn caption(&self) -> String {
        format!("{}{}", self.group.label, self.figures())
    }
}

/// The groups with their counts (negative ones as 0) and shares, and the total.
fn rows(m: &Membership) -> (Vec<Row<'_>>, i64) {
    let (shares, total) = group_shares(&m.groups);
    let rows = m
        .groups
        .iter()
        .zip(shares)
        .enumerate()
        .map(|(i, (group, share))| Row {
            group,
            count: share.count,
            tenths: share.tenths,
            color: theme::series(i),
        })
        .collect();
    (rows, total)
}

/// Where the group of this kind stands among the rows: the state names groups by kind,
/// the charts by index.
fn position(rows: &[Row<'_>], kind: Option<&str>) -> Option<usize> {
    kind.and_then(|k| rows.iter().position(|r| r.group.kind == k))
}

pub fn show(ui: &mut egui::Ui, cx: &ViewContext<'_>, state: &mut State, actions: &mut Actions) {
    let data = cx.data;
    let m = &data.membership;
    let (rows, total) = rows(m);

    if state.selected.is_some()
        && !ui.ctx().egui_wants_keyboard_input()
        && ui.input(|i| i.key_pressed(Key::Escape))
    {
        state.selected = None;
    }
    let selected = position(&rows, state.selected.as_deref());
    let highlighted = position(&rows, state.highlighted.as_deref());

    if let Some(row) = selected.and_then(|i| rows.get(i)) {
        let mut close = false;
        egui::Panel::right("membership_detail")
            .resizable(true)
            .default_size(340.0)
            .size_range(260.0..=560.0)
            .show(ui, |ui| close = detail::detail(ui, m, row, total, actions));
        if close {
            state.selected = None;
        }
    }

    let mut pointer = Pointer::default();
    egui::ScrollArea::vertical()
        .id_salt("membership")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            toolbar(ui, m, total, state, actions);
            ui.add_space(theme::space::SMALL);
            if rows.is_empty() {
                ui.label("The data lists no member groups, so there is no breakdown to show.");
            } else {
                breakdown(ui, &rows, total, selected, highlighted, &mut pointer);
                if state.show_table {
                    ui.add_space(theme::space::ITEM);
                    table::table(ui, m, &rows, total, actions);
                }
                ui.label(RichText::new(ROUNDING_NOTE).color(theme::weak_text(ui.visuals())));
            }
            ui.add_space(theme::space::PART);
            ui.separator();
            let selected = cx
                .selected
                .and_then(|id| data.milestones.iter().find(|s| s.id == id));
            growth::growth(ui, data, selected, actions);
        });

    apply_pointer(ui, state, &rows, &pointer);
}

fn toolbar(
    ui: &mut egui::Ui,
    m: &Membership,
    total: i64,
    state: &mut State,
    actions: &mut Actions,
) {
    ui.horizontal_wrapped(|ui| {
        heading(ui, "Members by type");
        let when = m.as_of.map_or_else(
            || "Date not given".to_owned(),
            |d| format!("As of {}", d.long()),
        );
        let noun = if total == 1 { "member" } else { "members" };
        ui.label(
            RichText::new(format!("{when} · {total} {noun} in all"))
                .color(theme::weak_text(ui.visuals())),
        );
        crate::widgets::provenance_marker(ui, "Member counts", &m.provenance, actions);
        ui.separator();
        ui.toggle_value(&mut state.show_table, "Show table")
            .on_hover_text("Show the same figures as a table you can copy");
        if ui
            .button("Export as PNG")
            .on_hover_text("Save this view as a picture in your Pictures folder (Ctrl+Shift+S)")
            .clicked()
        {
            actions.push(Action::ExportPng);
        }
    });
}
