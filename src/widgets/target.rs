//! Controls with targets of at least 24×24 points (WCAG 2.2, 2.5.8), also where the
//! text is small: a link's line and a small button grow to the minimum, their text does
//! not.

use eframe::egui::{self, RichText, vec2};

use crate::theme::space::TARGET;

/// A link whose clickable line is at least `TARGET` tall. Its words are not selectable
/// (the address beside it is): selectable text would also be published as unnamed text
/// runs, which AT-SPI shows as objects of unknown role after the link.
pub fn link(ui: &mut egui::Ui, text: &str) -> egui::Response {
    let selectable = ui.style().interaction.selectable_labels;
    ui.style_mut().interaction.selectable_labels = false;
    let response = ui.link(RichText::new(text).line_height(Some(TARGET)));
    ui.style_mut().interaction.selectable_labels = selectable;
    response
}

/// A button with small text and a full-size target.
pub fn small_button(ui: &mut egui::Ui, text: &str) -> egui::Response {
    ui.add(egui::Button::new(RichText::new(text).small()).min_size(vec2(TARGET, TARGET)))
}
