//! The `?` overlay: the presenter's keys, on the screen where they are used. Its rows
//! are the presenter's rows of [`crate::shortcuts`], so they read as the README does.

use eframe::egui::{self, Align2, RichText};

use super::State;
use crate::shortcuts::{SHORTCUTS, Scope};
use crate::theme;

pub(super) fn help(ctx: &egui::Context, state: &mut State) {
    let mut open = true;
    egui::Window::new("Presenter shortcuts")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .min_width(700.0)
        .max_width(700.0)
        .anchor(Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    for row in SHORTCUTS.iter().filter(|r| r.scope == Scope::Presenter) {
                        let keys = ui.label(RichText::new(row.keys).strong());
                        let spoken = row.spoken_keys();
                        keys.widget_info(|| {
                            egui::WidgetInfo::labeled(egui::Role::Label, true, &spoken)
                        });
                        ui.add(egui::Label::new(row.does).wrap());
                        ui.end_row();
                    }
                });
            ui.add_space(theme::space::SMALL);
            // Not a key, so not a row: the README says it below its table too.
            ui.label("A click on the right or left third of a slide moves on or back.");
        });
    if !open {
        state.show_help = false;
    }
}
