//! A list of points, each after a bullet, wrapped within the width it is given.

use eframe::egui;

/// One line per item, each starting with "•". The bullet is its own label, so a screen
/// reader reads the item's text without it.
pub fn bullets(ui: &mut egui::Ui, items: &[String]) {
    for item in items {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.add(egui::Label::new(item).wrap());
        });
    }
}
