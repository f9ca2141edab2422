//! The side panel for one member group: its count, its share, what it is, and where
//! the figures come from.

use eframe::egui::{self, RichText, Sense, Stroke};

use super::Row;
use crate::actions::Actions;
use crate::model::Membership;
use crate::model::shares::percent;
use crate::theme;
use crate::widgets::heading_label;

/// The side panel for one group. Returns whether it asked to close.
pub(super) fn detail(
    ui: &mut egui::Ui,
    m: &Membership,
    r: &Row<'_>,
    total: i64,
    actions: &mut Actions,
) -> bool {
    let mut close = false;
    let weak = theme::weak_text(ui.visuals());
    egui::ScrollArea::vertical()
        .id_salt("membership_detail_scroll")
        .show(ui, |ui| {
            ui.add_space(theme::space::SMALL);
            ui.horizontal(|ui| {
                ui.label(RichText::new("Member group").color(weak));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    close = ui
                        .button("Close")
                        .on_hover_text("Close the details (Esc)")
                        .clicked();
                });
            });
            ui.horizontal_wrapped(|ui| {
                let (rect, _) = ui.allocate_exact_size(egui::vec2(16.0, 16.0), Sense::hover());
                ui.painter().rect(
                    rect,
                    3.0,
                    r.color,
                    Stroke::new(1.0, weak),
                    egui::StrokeKind::Inside,
                );
                heading_label(
                    ui,
                    egui::Label::new(
                        RichText::new(&r.group.label)
                            .size(theme::text::CARD_TITLE)
                            .strong(),
                    )
                    .wrap(),
                    2,
                );
            });
            ui.add_space(theme::space::SMALL);
            ui.label(RichText::new(format!("Members: {}", r.count)).size(theme::text::SUBHEADING));
            let share = if total > 0 {
                format!(
                    "Share of the total: {} of {total} members",
                    percent(r.tenths)
                )
            } else {
                "Share of the total: 0.0% (no members are counted)".to_owned()
            };
            ui.label(RichText::new(share).size(theme::text::LEAD));
            if !r.group.description.trim().is_empty() {
                ui.add_space(theme::space::SMALL);
                ui.add(egui::Label::new(&r.group.description).wrap());
            }
            ui.add_space(theme::space::ITEM);
            let when = m.as_of.map_or_else(
                || "Date not given".to_owned(),
                |d| format!("As of {}", d.long()),
            );
            ui.label(RichText::new(when).strong());
            ui.add_space(theme::space::SMALL);
            // A count with its own provenance (a source for this count alone) says
            // that; the others share the member counts'.
            let provenance = if r.group.provenance.is_empty() {
                &m.provenance
            } else {
                &r.group.provenance
            };
            if provenance.is_empty() {
                ui.label(
                    RichText::new("The data does not say where these figures come from.")
                        .color(weak),
                );
            } else {
                crate::widgets::provenance::details(ui, provenance, actions);
            }
            // What is said of all the counts (other public counts, say) holds for this
            // one too.
            if !r.group.provenance.is_empty()
                && let Some(note) = &m.provenance.note
            {
                ui.add_space(theme::space::TIGHT);
                ui.add(egui::Label::new(note.as_str()).wrap());
            }
        });
    close
}
