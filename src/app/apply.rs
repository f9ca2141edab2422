//! The one place where the views' actions take effect, and what follows from them:
//! the selection, links through the one door, files opened, the status line.

use std::path::{Path, PathBuf};

use eframe::egui;

use crate::actions::Action;
use crate::links;
use crate::vocabulary::View;

use super::document::Outcome;
use super::platform::{self, Handed};
use super::{App, Status};

impl App {
    /// Applies one action; the only place where views' requests take effect.
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Show(view) => self.saved.view = view,
            Action::GoToMilestone(id) => {
                self.saved.view = View::Timeline;
                self.select(&id);
            }
            Action::SelectMilestone(id) => self.select(&id),
            Action::ClearSelection => self.saved.timeline.selected = None,
            Action::GoToOutcome(id) => {
                self.saved.view = View::Summit;
                self.summit.selected = Some(id.clone());
                self.summit.highlighted = Some(id);
            }
            Action::GoToResource(id) => {
                self.saved.view = View::Resources;
                self.resources.highlighted = Some(id);
            }
            Action::OpenUrl(url) => self.open_url(&url),
            Action::Copy { text, what } => {
                ctx.copy_text(text);
                self.set_status(format!("Copied {what} to the clipboard."), false);
            }
            Action::OpenSearch => self.search.open(),
            Action::CloseSearch => self.search.close(),
            Action::SetTheme(theme) => {
                self.saved.theme = theme;
                self.contrast.apply(ctx, theme);
            }
            Action::DismissError => self.document.error_dismissed = true,
            Action::Present => {
                let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                self.presenter.start(self.saved.view, fullscreen);
                self.search.close();
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
            }
            Action::StopPresenting => {
                self.presenter.active = false;
                self.presenter.speaker_open = false;
                self.saved.view = self.presenter.return_to;
                if !self.presenter.was_fullscreen {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                }
            }
            Action::ToggleFullscreen => {
                let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!fullscreen));
            }
            Action::OpenDialog => {
                let folder = self.document.path.as_deref().and_then(Path::parent);
                if let Err(e) = self.platform.open_dialog(ctx, folder) {
                    self.set_status(e, true);
                }
            }
            Action::OpenFile(path) if self.document.edited => {
                self.unless_edits_lost(ctx, Action::OpenFile(path));
            }
            Action::OpenFile(path) => self.open_path(path),
            Action::ResetToBuiltin if self.document.edited => {
                self.unless_edits_lost(ctx, Action::ResetToBuiltin);
            }
            Action::ResetToBuiltin => {
                self.document.reset_to_builtin();
                self.after_data_change();
                self.set_status("Showing the built-in data.".into(), false);
            }
            Action::ExportPng => match self.platform.request_export(ctx) {
                Ok(()) => self.set_status("Taking a picture of the view…".into(), false),
                Err(e) => self.set_status(e, true),
            },
            Action::ExportPage => self.export_page(ctx),
            Action::ExportSlides { notes } => self.export_slides(ctx, notes),
            Action::ToggleEditing => self.toggle_editing(),
            Action::Edit { part, run } => self.edit(part, run),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Save => self.save(ctx, false),
            Action::SaveAs => self.save_as(ctx),
            Action::NewFromBuiltin if self.document.edited => {
                self.unless_edits_lost(ctx, Action::NewFromBuiltin);
            }
            Action::NewFromBuiltin => self.new_from_builtin(),
            Action::ImportDialog { fresh } => self.import_dialog(ctx, fresh),
            Action::ImportFile { path, fresh } if fresh && self.document.edited => {
                self.unless_edits_lost(ctx, Action::ImportFile { path, fresh });
            }
            Action::ImportFile { path, fresh } => {
                if fresh {
                    self.new_from_builtin();
                }
                self.import(&path);
            }
            Action::ExportTimelineJs { csv } => self.export_for_web(ctx, csv),
        }
    }

    /// Opens a data file: read off the UI thread, then watched for changes.
    pub fn open_path(&mut self, path: PathBuf) {
        self.set_status(format!("Opening {}…", path.display()), false);
        self.document.open(path);
    }

    /// Takes what the file thread, the file dialog, a drop and an export have finished.
    pub(super) fn receive(&mut self, ctx: &egui::Context) {
        for handed in self.platform.handed(ctx) {
            match handed {
                #[cfg(not(target_arch = "wasm32"))]
                Handed::Path(path) => self.unless_edits_lost(ctx, Action::OpenFile(path)),
                #[cfg(target_arch = "wasm32")]
                Handed::Bytes { name, bytes } => self.document.open_bytes(&name, &bytes),
                #[cfg(not(target_arch = "wasm32"))]
                Handed::Import(path) => self.import(&path),
                Handed::Refused(message) => self.set_status(message, true),
            }
        }
        if let Some((outcome, path)) = self.document.poll() {
            match outcome {
                Outcome::Shown { message } => {
                    self.after_data_change();
                    self.remember_recent(path);
                    self.set_status(message, false);
                    self.restore_if_waiting();
                }
                Outcome::Unchanged => {}
                Outcome::Kept { message } => self.set_status(message, true),
                Outcome::Refused { message } => {
                    self.set_status(message, true);
                    // The banner's first line, which the status line points to "above".
                    if let Some(error) = &self.document.error {
                        let shown = if self.document.showing_builtin {
                            "the built-in data"
                        } else {
                            "the last good data"
                        };
                        let text = format!(
                            "{} has {}. The app is showing {shown}.",
                            error.file,
                            error.count_text()
                        );
                        self.announcer.say(text);
                    }
                }
            }
        }
        if self.document.loading.is_none()
            && let Some(id) = self.pending_select.take()
        {
            self.start_on(&id);
        }
        match self.platform.picked_page_folder() {
            Some(Some(folder)) => self.save_page_in(&folder),
            Some(None) => self.set_status(
                "No folder was chosen, so the web page was not saved.".into(),
                false,
            ),
            None => {}
        }
        match self.platform.save_export(self.saved.view.label()) {
            Some(Ok(path)) => {
                self.set_status(format!("Saved the view as {}", path.display()), false);
                self.last_export = Some(path);
            }
            Some(Err(e)) => self.set_status(format!("The picture was not saved: {e}"), true),
            None => {}
        }
        self.receive_slides(ctx);
        self.receive_files(ctx);
    }

    /// Puts `path` first among the recent files.
    pub(super) fn remember_recent(&mut self, path: PathBuf) {
        self.saved.recent.retain(|p| p != &path);
        self.saved.recent.insert(0, path);
        self.saved.recent.truncate(super::MAX_RECENT);
    }

    /// Keeps the selection only if it still exists, and lets views rebuild caches.
    pub(super) fn after_data_change(&mut self) {
        if let Some(id) = &self.saved.timeline.selected
            && !self.document.data.milestones.iter().any(|m| &m.id == id)
        {
            self.saved.timeline.selected = None;
        }
        self.timeline.data_changed();
        self.sources.data_changed();
        if platform::Platform::KEEPS_TEXT_VERSION {
            let story = self.page_story();
            let builtin = self.document.showing_builtin;
            self.platform.publish_story(&story, builtin);
        }
    }

    /// Shows `text` in the status bar, which announces it (`chrome::status_bar`).
    pub fn set_status(&mut self, text: String, is_error: bool) {
        self.status = Some(Status { text, is_error });
    }

    /// `--select`: the timeline with that milestone selected, or why not.
    fn start_on(&mut self, id: &str) {
        if self.document.data.milestones.iter().any(|m| m.id == id) {
            self.saved.view = View::Timeline;
            self.select(id);
        } else {
            let data = self
                .document
                .file_name()
                .unwrap_or_else(|| "the built-in data".to_owned());
            self.set_status(
                format!("No milestone has the id \"{id}\" in {data}, so none is selected."),
                true,
            );
        }
    }

    fn select(&mut self, id: &str) {
        if self.document.data.milestones.iter().any(|m| m.id == id) {
            self.saved.timeline.selected = Some(id.to_owned());
            self.timeline.reveal = true;
        }
    }

    /// Opens a link through the one door, and says what happened.
    fn open_url(&mut self, url: &str) {
        match links::open(self.opener.as_mut(), url) {
            Ok(opened) => self.set_status(format!("Opened {opened} in the browser."), false),
            Err(e) => {
                log::warn!("{e} ({url:?})");
                self.set_status(e.to_string(), true);
            }
        }
    }
}
