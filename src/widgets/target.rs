//! Controls with targets of at least 24×24 points (WCAG 2.2, 2.5.8), also where the
//! text is small: a link's line and a small button grow to the minimum, their text does
//! not.

use eframe::egui::{self, RichText, vec2};

use crate::theme::space::TARGET;

/// A link whose clickable line is at least `TARGET` tall.
pub fn link(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.link(RichText::new(text).line_height(Some(TARGET)))
}

/// A button with small text and a full-size target.
pub fn small_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(egui::Button::new(RichText::new(text).small()).min_size(vec2(TARGET, TARGET)))
}
