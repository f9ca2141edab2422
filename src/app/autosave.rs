//! Nothing is lost on a crash: a second after the last edit, the edited data is
//! written beside the saved state, and removed once it is saved or dropped. On the
//! next start a copy left behind is offered back.
//!
//! The copy is a file on disk, so it is read as any data file is: a regular file of
//! bounded size, parsed with a bounded nesting depth; one that cannot be read is
//! set aside with a warning in the log, never a reason not to start.

use std::path::{Path, PathBuf};
use std::time::Duration;

use eframe::egui::{self, RichText};
use serde::{Deserialize, Serialize};
use web_time::{Instant, SystemTime};

use crate::edit::Part;
use crate::model::{Alliance, read_data_file};
use crate::theme;

use super::App;
use super::document::Document;

/// The copy's name in the state folder.
pub const FILE_NAME: &str = "unsaved-edits.ron";
/// How long after the last edit the copy is written: typing does not write each letter.
pub const DELAY: Duration = Duration::from_secs(1);

/// What the copy holds: the edited data and the file it belongs to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pending {
    /// The data file that was being edited; `None`: a copy of the built-in data.
    pub file: Option<PathBuf>,
    /// When it was written, in seconds since 1970.
    pub written: u64,
    pub data: Alliance,
}

#[derive(Default)]
pub struct Autosave {
    dir: Option<PathBuf>,
    due: Option<Instant>,
    /// A copy found at start, not yet restored or dropped.
    pub found: Option<Pending>,
    /// The person chose to restore the copy, once its file is read.
    restore_after_load: Option<Alliance>,
}

impl Autosave {
    pub fn new(dir: Option<PathBuf>) -> Self {
        let found = dir.as_deref().and_then(read);
        Self {
            dir,
            found,
            ..Self::default()
        }
    }

    fn path(&self) -> Option<PathBuf> {
        Some(self.dir.as_ref()?.join(FILE_NAME))
    }

    /// The data was edited: write the copy soon.
    pub fn due(&mut self) {
        if self.dir.is_some() {
            self.due = Some(Instant::now() + DELAY);
        }
    }

    /// Writes the copy once it is due; asks for a frame then if none comes sooner.
    pub fn tick(&mut self, ctx: &egui::Context, document: &Document) {
        let Some(due) = self.due else {
            return;
        };
        let now = Instant::now();
        if now < due {
            ctx.request_repaint_after(due - now);
            return;
        }
        self.due = None;
        if !document.edited {
            return;
        }
        let pending = Pending {
            file: document.path.clone().filter(|_| !document.showing_builtin),
            written: SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs()),
            data: document.data.clone(),
        };
        if let Err(e) = self.write(&pending) {
            log::warn!("the unsaved edits could not be kept: {e}");
        }
    }

    fn write(&self, pending: &Pending) -> Result<(), String> {
        let (Some(dir), Some(path)) = (&self.dir, self.path()) else {
            return Ok(());
        };
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
        let text = ron::to_string(pending).map_err(|e| e.to_string())?;
        crate::export::replace(&path, text.as_bytes())
    }

    /// The edits were saved or dropped: the copy goes.
    pub fn forget(&mut self) {
        self.due = None;
        if let Some(path) = self.path()
            && let Err(e) = std::fs::remove_file(&path)
            && e.kind() != std::io::ErrorKind::NotFound
        {
            log::warn!("{}: {e}", path.display());
        }
    }
}

/// The copy in `dir`, if there is one that can be read.
fn read(dir: &Path) -> Option<Pending> {
    let path = dir.join(FILE_NAME);
    if !path.exists() {
        return None;
    }
    let parsed = read_data_file(&path).and_then(|bytes| {
        let text = String::from_utf8(bytes).map_err(|e| e.to_string())?;
        ron::Options::default()
            .with_recursion_limit(crate::model::load::MAX_NESTING)
            .from_str::<Pending>(&text)
            .map_err(|e| e.to_string())
    });
    match parsed {
        Ok(pending) => Some(pending),
        Err(e) => {
            log::warn!("{}: set aside, it cannot be read: {e}", path.display());
            let aside = dir.join(format!("{FILE_NAME}.unreadable"));
            let _ = std::fs::rename(&path, aside);
            None
        }
    }
}

impl App {
    /// Offers back the edits found at start, once the data is read.
    pub(super) fn offer_restore(&mut self, ctx: &egui::Context) {
        if self.document.loading.is_some() {
            return;
        }
        let Some(found) = &self.autosave.found else {
            return;
        };
        let file = found.file.as_ref().map_or_else(
            || "a copy of the built-in data".to_owned(),
            |f| f.display().to_string(),
        );
        let when = crate::export::utc_time(found.written);
        let mut restore = None;
        egui::Modal::new(egui::Id::unique("restore_edits")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            crate::widgets::heading_label(
                ui,
                egui::Label::new(
                    RichText::new("Unsaved edits were found").size(theme::text::CARD_TITLE).strong(),
                ),
                1,
            );
            ui.add(
                egui::Label::new(format!(
                    "The app closed before edits to {file} were saved (kept at {when}). Restore them?"
                ))
                .wrap(),
            );
            ui.horizontal(|ui| {
                if ui.button("Restore the edits").clicked() {
                    restore = Some(true);
                }
                if ui.button("Drop them").clicked() {
                    restore = Some(false);
                }
            });
        });
        let Some(restore) = restore else {
            return;
        };
        let Some(found) = self.autosave.found.take() else {
            return;
        };
        if !restore {
            self.autosave.forget();
            self.set_status("The unsaved edits were dropped.".into(), false);
            return;
        }
        match found.file {
            Some(file) if self.document.path.as_ref() != Some(&file) && file.is_file() => {
                self.autosave.restore_after_load = Some(found.data);
                self.open_path(file);
            }
            _ => self.restore(found.data),
        }
    }

    /// After a file is read: the edits waiting for it, if any, go back on top.
    pub(super) fn restore_if_waiting(&mut self) {
        if let Some(data) = self.autosave.restore_after_load.take() {
            self.restore(data);
        }
    }

    fn restore(&mut self, data: Alliance) {
        self.edit(Part::All(Box::new(data)), None);
        self.editing = super::platform::Platform::SAVES_FILES;
        self.set_status(
            "The unsaved edits are back; save them to keep them.".into(),
            false,
        );
    }
}
