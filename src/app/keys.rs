//! The app's own keyboard shortcuts: views, presenter mode, open, search, export, quit.

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers};

use crate::actions::{Action, Actions};
use crate::vocabulary::View;

use super::App;

impl App {
    pub(super) fn shortcuts(&mut self, ctx: &egui::Context, actions: &mut Actions) {
        let digits = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];
        for (view, key) in View::ALL.iter().zip(digits) {
            if ctx
                .input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key)))
            {
                actions.push(Action::Show(*view));
            }
        }
        if !self.presenter.active && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F5)) {
            actions.push(Action::Present);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O)))
        {
            actions.push(Action::OpenDialog);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)))
        {
            actions.push(Action::OpenSearch);
        }
        if ctx.input_mut(|i| {
            i.consume_shortcut(&KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::S,
            ))
        }) {
            actions.push(Action::ExportPng);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Q)))
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}
