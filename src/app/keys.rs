//! The app's own keyboard shortcuts: views, presenter mode, open, search, export, quit.
//! Which keys they are is the shortcut table's business (`crate::shortcuts`).

use eframe::egui;

use crate::actions::{Action, Actions};
use crate::shortcuts::{self, Command, Scope};

use super::App;

impl App {
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context, actions: &mut Actions) {
        for command in ctx.input_mut(|i| shortcuts::pressed(i, Scope::Everywhere)) {
            match command {
                Command::Show(view) => actions.push(Action::Show(view)),
                // Presenting already: the key is spent, and starts nothing; editing is
                // never part of a talk.
                Command::Present
                | Command::ToggleEditing
                | Command::Save
                | Command::Undo
                | Command::Redo
                    if self.presenter.active => {}
                Command::Present => actions.push(Action::Present),
                Command::OpenDialog => actions.push(Action::OpenDialog),
                Command::OpenSearch => actions.push(Action::OpenSearch),
                Command::ExportPng => actions.push(Action::ExportPng),
                Command::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
                Command::ToggleEditing => actions.push(Action::ToggleEditing),
                Command::Save if self.document.edited || self.editing => {
                    actions.push(Action::Save);
                }
                Command::Undo if self.editing => actions.push(Action::Undo),
                Command::Redo if self.editing => actions.push(Action::Redo),
                _ => {}
            }
        }
    }
}
