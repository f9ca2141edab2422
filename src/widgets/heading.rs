//! Headings that screen readers announce as headings, with their level, so that a
//! person can list them or jump from one to the next (H in Orca and NVDA) instead of
//! hearing every line of a view in order.

use eframe::egui::{self, RichText, accesskit::Role};

/// Exposes what `response` drew as a heading of `level` (1 for a view's title, 2 for
/// its sections, 3 inside a section) named `text`.
///
/// egui exposes every `Label` as a plain label whose value is its text; a heading is
/// named by its label instead, so the value is cleared to keep the text from being read
/// twice.
pub fn mark_heading(ui: &egui::Ui, response: &egui::Response, text: &str, level: usize) {
    ui.ctx().accesskit_node_builder(response.id, |node| {
        node.set_role(Role::Heading);
        node.set_level(level);
        node.clear_value();
        node.set_label(text);
    });
}

/// A section heading (level 2) with the app's heading size.
pub fn heading(ui: &mut egui::Ui, text: &str) -> egui::Response {
    heading_label(
        ui,
        egui::Label::new(RichText::new(text).heading().strong()),
        2,
    )
}

/// `label`, drawn as given, and exposed as a heading of `level`.
pub fn heading_label(ui: &mut egui::Ui, label: egui::Label, level: usize) -> egui::Response {
    let name = label.text().to_owned();
    let response = ui.add(label);
    mark_heading(ui, &response, &name, level);
    response
}
