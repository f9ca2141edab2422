//! One file per view. A view draws from the model and its own state and returns the
//! actions the person asked for; it changes nothing else.

pub mod membership;
pub mod overview;
pub mod presenter;
pub mod resources;
pub mod search;
pub mod shares;
pub mod summit;
pub mod timeline;
pub mod timeline_layout;

pub use crate::vocabulary::View;

/// A heading that screen readers announce as one, with the app's heading size.
pub fn heading(ui: &mut eframe::egui::Ui, text: &str) {
    ui.add(eframe::egui::Label::new(
        eframe::egui::RichText::new(text).heading().strong(),
    ));
}
