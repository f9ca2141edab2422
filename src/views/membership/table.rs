//! The breakdown as a table: every figure as text a screen reader reads and a person
//! can copy, with a total that adds up to 100.0%.

use eframe::egui::{self, RichText, Sense};

use super::Row;
use crate::actions::{Action, Actions};
use crate::model::Membership;
use crate::model::csv::membership_table as csv;
use crate::model::shares::percent;
use crate::theme;
use crate::widgets::{name_label, painted_text};

pub(super) fn table(
    ui: &mut egui::Ui,
    m: &Membership,
    rows: &[Row<'_>],
    total: i64,
    actions: &mut Actions,
) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            egui::Grid::new("membership_table")
                .num_columns(4)
                .striped(true)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    ui.label("");
                    ui.label(RichText::new("Type").strong());
                    ui.label(RichText::new("Members").strong());
                    ui.label(RichText::new("Share").strong());
                    ui.end_row();
                    for r in rows {
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(12.0, 12.0), Sense::hover());
                        ui.painter().rect_filled(rect, 2.0, r.color);
                        // The whole label, wrapped: the table is where a long name is read in full.
                        // The row is read as one: its first cell is named with the
                        // figures, which are painted without nodes of their own.
                        ui.scope(|ui| {
                            ui.set_max_width(460.0);
                            let name = ui.add(egui::Label::new(&r.group.label).wrap());
                            name_label(&name, &r.caption());
                        });
                        painted_text(ui, r.count.to_string());
                        painted_text(ui, percent(r.tenths));
                        ui.end_row();
                    }
                    let shares: i64 = rows.iter().map(|r| r.tenths).sum();
                    ui.label("");
                    let name = ui.label(RichText::new("Total").strong());
                    name_label(&name, &format!("Total: {total} ({})", percent(shares)));
                    painted_text(ui, RichText::new(total.to_string()).strong());
                    painted_text(ui, RichText::new(percent(shares)).strong());
                    ui.end_row();
                });
            ui.add_space(theme::space::SMALL);
            if ui
                .button("Copy as CSV")
                .on_hover_text("Copy the table as comma-separated values")
                .clicked()
            {
                actions.push(Action::Copy {
                    text: csv(m),
                    what: "the table as CSV".into(),
                });
            }
        });
}
