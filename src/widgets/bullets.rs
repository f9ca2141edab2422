//! A list of points, each after a bullet, wrapped within the width it is given.

use eframe::egui::{self, Sense, TextStyle};

/// One line per item, each starting with "•". The bullet is painted, not a label: as a
/// label of its own a screen reader would read it aloud as one more object before every
/// point, so the point's text is its only accessible node.
pub fn bullets(ui: &mut egui::Ui, items: &[String]) {
    for item in items {
        ui.horizontal_wrapped(|ui| {
            let color = ui.visuals().text_color();
            let font = TextStyle::Body.resolve(ui.style());
            let galley = ui.painter().layout_no_wrap("•".to_owned(), font, color);
            let (rect, _) = ui.allocate_exact_size(galley.size(), Sense::hover());
            ui.painter().galley(rect.min, galley, color);
            ui.add(egui::Label::new(item).wrap());
        });
    }
}
