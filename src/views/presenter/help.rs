//! The `?` overlay: the presenter's keys, on the screen where they are used.

use eframe::egui::{self, Align2, RichText};

use super::State;

/// The shortcuts, as the help overlay lists them.
pub const SHORTCUTS: [(&str, &str); 11] = [
    ("Right, Space, Page Down, N", "next slide"),
    ("Left, Page Up, P, Backspace", "previous slide"),
    ("Home / End", "first / last slide"),
    ("a number, then Enter", "go to that slide"),
    ("B or .", "black screen (again to come back)"),
    ("W", "white screen"),
    ("F or F11", "full screen on or off"),
    ("S", "speaker view: notes, next slide, clock"),
    ("Enter on the video slide", "play the video in the browser"),
    ("click the left or right third", "previous / next slide"),
    ("Esc", "leave presenter mode"),
];

pub(super) fn help(ctx: &egui::Context, state: &mut State) {
    let mut open = true;
    egui::Window::new("Presenter shortcuts")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    for (keys, what) in SHORTCUTS {
                        ui.label(RichText::new(keys).strong());
                        ui.label(what);
                        ui.end_row();
                    }
                });
        });
    if !open {
        state.show_help = false;
    }
}
