//! Drawn widgets that views share: headings, cards, bullets, the donut chart, legend
//! chips, the summit's attendance bars and outcome grid, source links and Open buttons,
//! and text that is cut to fit a width without losing the figures that follow it.
//!
//! A widget draws from what it is given and pushes the actions a person asks for; it
//! knows no view and no view's state.

pub mod attendance;
pub mod bullets;
pub mod card;
pub mod category_mark;
pub mod donut;
pub mod heading;
pub mod open_button;
pub mod outcome_grid;
pub mod provenance;
pub mod qr;
pub mod source_link;
pub mod target;

pub use attendance::attendance;
pub use bullets::bullets;
pub use card::card;
pub use category_mark::category_mark;
pub use heading::{heading, heading_label, mark_heading};
pub use open_button::open_button;
pub use outcome_grid::outcome_grid;
pub use provenance::provenance_marker;
pub use source_link::source_link;

use std::sync::Arc;

use crate::theme;
use eframe::egui::{self, Color32, FontId, Galley, Sense, Stroke, pos2, vec2};

/// Text drawn on one line without an accessible node of its own, for words that are
/// already part of a neighbour's accessible name: a figure's caption, or the figures of
/// a table row that its first cell reads out whole. A screen reader then hears "99
/// Governments" once, not "99" and "Governments" as two unrelated objects.
pub fn painted_text(ui: &mut egui::Ui, text: impl Into<egui::WidgetText>) -> egui::Response {
    let galley = text.into().into_galley(
        ui,
        Some(egui::TextWrapMode::Extend),
        f32::INFINITY,
        egui::TextStyle::Body,
    );
    let (rect, response) = ui.allocate_exact_size(galley.size(), Sense::hover());
    ui.painter()
        .galley(rect.min, galley, ui.visuals().text_color());
    response
}

/// Gives the label in `response` the accessible name `name` in place of its visible
/// text, e.g. "99 Governments" for a figure whose caption is painted beside it.
pub fn name_label(response: &egui::Response, name: &str) {
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, name));
}

/// Lays out `text` on one line, cut with "…" if it is wider than `max_width`.
pub fn one_line(
    ui: &egui::Ui,
    text: &str,
    font: FontId,
    color: Color32,
    max_width: f32,
) -> Arc<Galley> {
    let mut job = egui::text::LayoutJob::simple_singleline(text.to_owned(), font, color);
    job.wrap = egui::text::TextWrapping::truncate_at_width(max_width.max(1.0));
    ui.painter().layout_job(job)
}

/// A label followed by its figures ("Governments" + ": 99 (47.1%)"), on one line within
/// `max_width`. When the line is too long the label is cut, never the figures.
pub fn label_and_figures(
    ui: &egui::Ui,
    label: &str,
    figures: &str,
    font: &FontId,
    color: Color32,
    max_width: f32,
) -> (Arc<Galley>, Arc<Galley>) {
    let figures = ui
        .painter()
        .layout_no_wrap(figures.to_owned(), font.clone(), color);
    let room = (max_width - figures.size().x).max(24.0);
    (one_line(ui, label, font.clone(), color, room), figures)
}

/// A legend entry that is also a button: a colour swatch, the group's label and its
/// figures. Focusable, so Tab reaches it and Enter or Space presses it; the screen
/// reader hears `accessible` in full even when the visible label is cut.
pub struct LegendChip<'a> {
    /// A stable id, so keyboard focus stays on the chip when panels open or close.
    pub id: egui::Id,
    pub color: Color32,
    pub label: &'a str,
    /// What follows the label, e.g. ": 99 (47.1%)".
    pub figures: &'a str,
    pub accessible: &'a str,
    pub selected: bool,
    /// Hovered here or in a chart: drawn like a hovered button.
    pub highlighted: bool,
    pub max_width: f32,
}

impl LegendChip<'_> {
    pub fn show(self, ui: &mut egui::Ui) -> egui::Response {
        let font = FontId::proportional(theme::text::CAPTION);
        let text_color = ui.visuals().text_color();
        let (name, figs) = label_and_figures(
            ui,
            self.label,
            self.figures,
            &font,
            text_color,
            self.max_width - 34.0,
        );
        let height = name.size().y.max(figs.size().y) + 10.0;
        let size = vec2(name.size().x + figs.size().x + 34.0, height);
        let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
        let response = ui.interact(rect, self.id, Sense::click());
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::Button, true, self.selected, self.accessible)
        });
        if ui.is_rect_visible(rect) {
            let lit = self.selected || self.highlighted || response.hovered();
            let visuals = if response.hovered() || response.has_focus() {
                ui.style().interact_selectable(&response, self.selected)
            } else if lit {
                ui.visuals().widgets.hovered
            } else {
                ui.visuals().widgets.inactive
            };
            let painter = ui.painter();
            let stroke = if self.selected {
                Stroke::new(2.0, text_color)
            } else {
                visuals.bg_stroke
            };
            painter.rect(
                rect,
                rect.height() / 2.0,
                visuals.weak_bg_fill,
                stroke,
                egui::StrokeKind::Inside,
            );
            if response.has_focus() {
                painter.rect_stroke(
                    rect.expand(2.0),
                    rect.height() / 2.0 + 2.0,
                    Stroke::new(2.5, ui.visuals().selection.stroke.color),
                    egui::StrokeKind::Outside,
                );
            }
            // A square swatch with a thin outline, so the pale yellow stays visible on white.
            let swatch = egui::Rect::from_center_size(
                pos2(rect.left() + 15.0, rect.center().y),
                vec2(12.0, 12.0),
            );
            painter.rect(
                swatch,
                2.0,
                self.color,
                Stroke::new(1.0, text_color.gamma_multiply(0.5)),
                egui::StrokeKind::Inside,
            );
            let top = rect.center().y - name.size().y / 2.0;
            let name_width = name.size().x;
            painter.galley(pos2(rect.left() + 26.0, top), name, text_color);
            painter.galley(pos2(rect.left() + 26.0 + name_width, top), figs, text_color);
        }
        response
    }
}
