//! Edit mode's effects: edits, undo and redo, saving into the person's file (or a new
//! one), and the questions asked before edits could be lost.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use eframe::egui;

use crate::actions::Action;
use crate::edit::Part;

use super::App;
use super::confirm::Ask;
use super::platform::{FileQuestion, Platform};

impl App {
    /// Edit mode on or off; never while presenting.
    pub(super) fn toggle_editing(&mut self) {
        if self.presenter.active || !Platform::SAVES_FILES {
            return;
        }
        self.editing = !self.editing;
        self.document.history.close_run();
        let said = if self.editing {
            "Edit mode: the forms are beside the view. Ctrl+S saves, Ctrl+Z undoes."
        } else {
            "Edit mode is off."
        };
        self.set_status(said.into(), false);
    }

    pub(super) fn edit(&mut self, part: Part, run: Option<u64>) {
        if self.document.edit(part, run) {
            self.after_edit();
        }
    }

    pub(super) fn undo(&mut self) {
        match self.document.undo() {
            Some(what) => {
                self.after_edit();
                self.set_status(format!("Undid a change to {what}."), false);
            }
            None => self.set_status("Nothing to undo.".into(), false),
        }
    }

    pub(super) fn redo(&mut self) {
        match self.document.redo() {
            Some(what) => {
                self.after_edit();
                self.set_status(format!("Redid a change to {what}."), false);
            }
            None => self.set_status("Nothing to redo.".into(), false),
        }
    }

    /// What follows any change of the data made here: the views rebuild, and the edits
    /// are kept against a crash.
    fn after_edit(&mut self) {
        self.after_data_change();
        if self.document.edited {
            self.autosave.due();
        } else {
            self.autosave.forget();
        }
    }

    /// Ctrl+S: into the open file; with none (the built-in data), ask where.
    pub(super) fn save(&mut self, ctx: &egui::Context, problems_confirmed: bool) {
        let Some(path) = self
            .document
            .path
            .clone()
            .filter(|_| !self.document.showing_builtin)
        else {
            self.save_as(ctx);
            return;
        };
        self.write_to(&path, problems_confirmed);
    }

    /// Asks for a new file (tests give a folder instead) and saves there.
    pub(super) fn save_as(&mut self, ctx: &egui::Context) {
        if let Some(folder) = self.export_folder.clone() {
            let path = crate::export::unused_name(&folder, "alliance", "ron");
            self.write_to(&path, false);
            return;
        }
        let start = self.data_folder();
        match self.platform.ask_file(ctx, FileQuestion::SaveData, start) {
            Ok(()) => self.set_status("Choose where to save the data…".into(), false),
            Err(e) => self.set_status(e, true),
        }
    }

    /// The folder of the open data file: where a file dialog starts.
    pub(super) fn data_folder(&self) -> Option<PathBuf> {
        self.document
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
    }

    /// Writes the data into `path`, the person's file text kept but for the edits. A
    /// file with problems is written only once the person has said so.
    pub(super) fn write_to(&mut self, path: &Path, problems_confirmed: bool) {
        if !self.document.problems.is_empty() && !problems_confirmed {
            self.asking = Some(Ask::SaveWithProblems(path.to_path_buf()));
            return;
        }
        let text = match self.document.text_to_save() {
            Ok(text) => text,
            Err(e) => {
                self.set_status(format!("Nothing was saved: {e}"), true);
                return;
            }
        };
        // A link is the person's way of naming their file: write the file it leads to.
        let target = std::fs::canonicalize(path)
            .ok()
            .filter(|_| std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()))
            .unwrap_or_else(|| path.to_path_buf());
        match crate::export::replace(&target, text.as_bytes()) {
            Ok(()) => {
                let problems = self.document.problems.len();
                self.document.saved_as(path.to_path_buf(), Arc::from(text));
                self.autosave.forget();
                let also = match problems {
                    0 => String::new(),
                    1 => " It has 1 problem, listed above.".into(),
                    n => format!(" It has {n} problems, listed above."),
                };
                self.set_status(format!("Saved {}.{also}", path.display()), problems > 0);
                self.remember_recent(path.to_path_buf());
            }
            Err(e) => self.set_status(format!("Nothing was saved: {e}"), true),
        }
    }

    /// Does `action` now, or first asks whether to drop the unsaved edits it would lose.
    pub(super) fn unless_edits_lost(&mut self, ctx: &egui::Context, action: Action) {
        if self.document.edited {
            self.asking = Some(Ask::Discard(Box::new(action)));
        } else {
            self.apply(ctx, action);
        }
    }

    /// File ▸ New from the built-in data: a copy of it, to edit and save as a new file.
    pub(super) fn new_from_builtin(&mut self) {
        self.document.reset_to_builtin();
        self.after_data_change();
        self.editing = Platform::SAVES_FILES;
        self.set_status(
            "A new copy of the built-in data: edit it, then Save asks where to keep it.".into(),
            false,
        );
    }

    /// The window is asked to close: with unsaved edits, ask first.
    pub(super) fn on_close_request(&mut self, ctx: &egui::Context) {
        let asked = ctx.input(|i| i.viewport().close_requested());
        if asked && self.document.edited && !self.close_allowed {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.asking = Some(Ask::Close);
        }
    }

    /// Closes the window, the edits dropped (the person said so).
    pub(super) fn close_without_saving(&mut self, ctx: &egui::Context) {
        self.close_allowed = true;
        self.autosave.forget();
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }
}
