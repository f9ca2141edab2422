//! How many attended the summit, in person and online: each figure written out, with a
//! bar for scale. In the Summit view and on the presenter's summit slide.

use eframe::egui::{self, RichText, Sense};

use crate::model::Alliance;
use crate::theme;
use crate::widgets::heading;

/// The attendance figures under an "Attendance" heading; nothing when the data has none.
pub fn attendance(ui: &mut egui::Ui, data: &Alliance) {
    let att = &data.summit.attendance;
    if att.is_empty() {
        return;
    }
    heading(ui, "Attendance");
    let max = att.iter().map(|a| a.count).max().unwrap_or(0).max(1) as f32;
    let width = ui.available_width().min(520.0);
    for (i, a) in att.iter().enumerate() {
        // The figure is written as text (what a screen reader reads); the bar shows scale.
        ui.label(RichText::new(a.line()).strong());
        let bar_width = (a.count.max(0) as f32 / max * (width - 70.0)).max(2.0);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 26.0), Sense::hover());
        let bar = egui::Rect::from_min_size(rect.min, egui::vec2(bar_width, 22.0));
        let color = theme::series(i);
        ui.painter().rect_filled(bar, 4.0, color);
        // The line above gives the words ("nearly 500 online attendees"); the bar's
        // own figure says only what is known of the number.
        let number = if a.approximate && a.wording.is_none() {
            format!("about {}", a.count)
        } else {
            a.count.to_string()
        };
        ui.painter().text(
            egui::pos2(bar.right() + 8.0, bar.center().y),
            egui::Align2::LEFT_CENTER,
            number,
            egui::FontId::proportional(theme::text::LEAD),
            ui.visuals().text_color(),
        );
        ui.add_space(theme::space::TIGHT);
    }
}
