//! Controls with targets of at least 24×24 points (WCAG 2.2, 2.5.8), also where the
//! text is small: a link's line and a small button grow to the minimum, their text does
//! not.

use eframe::egui::{self, RichText, vec2};

use crate::theme::space::TARGET;

/// A link whose clickable line is at least `TARGET` tall, published as one object.
/// Its words are not selectable (the address beside it is): selectable text would also
/// be published as unnamed text runs. And it is laid out as one block: in a row that
/// wraps, egui gives each further line of a long link a widget of its own, with no
/// name; AT-SPI shows both as objects of unknown role after the link.
pub fn link(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.vertical(|ui| {
        ui.style_mut().interaction.selectable_labels = false;
        ui.link(RichText::new(text).line_height(Some(TARGET)))
    })
    .inner
}

/// A button with small text and a full-size target.
pub fn small_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(egui::Button::new(RichText::new(text).small()).min_size(vec2(TARGET, TARGET)))
}
