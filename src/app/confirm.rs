//! The questions the app asks before edits could be lost or a file with problems
//! written: one at a time, in a modal window that answers to the keyboard.

use std::path::PathBuf;

use eframe::egui::{self, RichText};

use crate::actions::Action;
use crate::theme;

use super::App;

/// A question waiting for the person's answer.
#[derive(Clone, Debug, PartialEq)]
pub enum Ask {
    /// The window is closing with unsaved edits.
    Close,
    /// Opening a file (or the built-in data) would drop unsaved edits.
    Discard(Box<Action>),
    /// The data has problems; save into this file anyway?
    SaveWithProblems(PathBuf),
}

enum Answer {
    Save,
    SaveAnyway(PathBuf),
    CloseWithoutSaving,
    Discard(Action),
    Cancel,
}

impl App {
    pub(super) fn ask(&mut self, ctx: &egui::Context) {
        let Some(ask) = self.asking.clone() else {
            return;
        };
        let (title, text) = match &ask {
            Ask::Close => (
                "Save your edits?",
                "The data has edits that are not saved. Closing without saving loses them."
                    .to_owned(),
            ),
            Ask::Discard(_) => (
                "Drop your edits?",
                "The data has edits that are not saved; opening other data drops them.".to_owned(),
            ),
            Ask::SaveWithProblems(_) => (
                "Save with problems?",
                format!(
                    "The checker found {} in the data (shown beside the fields). The file \
                     will open with the problems listed until they are fixed.",
                    match self.document.problems.len() {
                        1 => "1 problem".to_owned(),
                        n => format!("{n} problems"),
                    }
                ),
            ),
        };
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("asking")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            crate::widgets::heading_label(
                ui,
                egui::Label::new(RichText::new(title).size(theme::text::CARD_TITLE).strong()),
                1,
            );
            ui.add(egui::Label::new(text).wrap());
            ui.add_space(theme::space::TIGHT);
            ui.horizontal(|ui| match &ask {
                Ask::Close => {
                    if ui.button("Save").clicked() {
                        answer = Some(Answer::Save);
                    }
                    if ui.button("Close without saving").clicked() {
                        answer = Some(Answer::CloseWithoutSaving);
                    }
                }
                Ask::Discard(action) => {
                    if ui.button("Drop the edits").clicked() {
                        answer = Some(Answer::Discard((**action).clone()));
                    }
                }
                Ask::SaveWithProblems(path) => {
                    if ui.button("Save anyway").clicked() {
                        answer = Some(Answer::SaveAnyway(path.clone()));
                    }
                }
            });
            if ui.button("Cancel").clicked() {
                answer = Some(Answer::Cancel);
            }
        });
        if modal.should_close() && answer.is_none() {
            answer = Some(Answer::Cancel);
        }
        let Some(answer) = answer else {
            return;
        };
        self.asking = None;
        match answer {
            Answer::Save => {
                self.save(ctx, false);
                if !self.document.edited {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Answer::SaveAnyway(path) => self.write_to(&path, true),
            Answer::CloseWithoutSaving => self.close_without_saving(ctx),
            Answer::Discard(action) => {
                self.document.drop_edits();
                self.autosave.forget();
                self.apply(ctx, action);
            }
            Answer::Cancel => {}
        }
    }
}
