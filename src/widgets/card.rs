//! The rounded, outlined card that the overview, the summit's outcomes and the resources
//! are drawn in, so that they read as one family and light up the same way.

use eframe::egui::{self, Stroke};

/// The card's frame: outlined like a group, with rounded corners and room inside.
/// `lit` draws the outline thicker and in the selection colour, for the card that is
/// selected or that a search or a link led to.
pub fn frame(ui: &egui::Ui, lit: bool) -> egui::Frame {
    let visuals = ui.visuals();
    let stroke = if lit {
        Stroke::new(2.5, visuals.selection.stroke.color)
    } else {
        visuals.widgets.noninteractive.bg_stroke
    };
    egui::Frame::group(ui.style())
        .stroke(stroke)
        .corner_radius(8.0)
        .inner_margin(12.0)
}

/// A card as wide as the room it is given, holding what `add` draws.
pub fn card<R>(
    ui: &mut egui::Ui,
    lit: bool,
    add: impl FnOnce(&mut egui::Ui) -> R,
) -> egui::InnerResponse<R> {
    frame(ui, lit).show(ui, |ui| {
        ui.set_width(ui.available_width());
        add(ui)
    })
}
