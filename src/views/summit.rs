//! Placeholder until this view is built.

use eframe::egui;

use crate::actions::Actions;
use crate::model::Alliance;

#[derive(Debug, Default)]
pub struct State {
    pub selected: Option<String>,
    pub highlighted: Option<String>,
}

pub fn show(ui: &mut egui::Ui, _data: &Alliance, _state: &mut State, _actions: &mut Actions) {
    ui.label("This view is coming soon.");
}
