//! A list of points, each after a bullet, wrapped within the width it is given.

use eframe::egui::{self, Sense};

/// One line per item, each starting with "•". The bullet is painted, not a label: as a
/// label of its own a screen reader would read it aloud as one more object before every
/// point, so the point's text is its only accessible node.
pub fn bullets(ui: &mut egui::Ui, items: &[String]) {
    for item in items {
        ui.horizontal_wrapped(|ui| {
            // Laid out and placed exactly as a label would be, but never added as one.
            let bullet = egui::Label::new("•")
                .selectable(false)
                .sense(Sense::hover());
            let (pos, galley, _) = bullet.layout_in_ui(ui);
            ui.painter().galley(pos, galley, ui.visuals().text_color());
            ui.add(egui::Label::new(item).wrap());
        });
    }
}
