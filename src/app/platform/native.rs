//! The desktop side: the system's file and folder dialogs on their own threads,
//! dropped paths, pictures saved to the Pictures folder, and handouts drawn and written
//! on a thread of their own.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, Mutex};

use eframe::egui;

use crate::handout;
use crate::model::Alliance;

use super::{FileQuestion, Handed, SlidesWritten, is_data_file, is_importable};

type ScreenshotSlot = Arc<Mutex<Option<Arc<egui::ColorImage>>>>;

#[derive(Default)]
pub struct Platform {
    /// A file dialog running on its own thread.
    dialog: Option<Receiver<Option<PathBuf>>>,
    /// A folder dialog for an exported page, running on its own thread.
    page_folder: Option<Receiver<Option<PathBuf>>>,
    /// A picture of the view was asked for and has not been saved yet.
    export_pending: bool,
    screenshot: ScreenshotSlot,
    /// A save dialog for a handout, and whether the handout has notes.
    slides_file: Option<(Receiver<Option<PathBuf>>, bool)>,
    /// A handout being drawn and written.
    slides_job: Option<Receiver<Result<SlidesWritten, String>>>,
    /// A dialog for a file to save the data in, to import, or to export for the web.
    question: Option<(Receiver<Option<PathBuf>>, FileQuestion)>,
}

impl Platform {
    /// Asks for a data file with the system's dialog, starting in `folder`; the choice
    /// arrives later through [`Platform::handed`].
    pub fn open_dialog(
        &mut self,
        ctx: &egui::Context,
        folder: Option<&Path>,
    ) -> Result<(), String> {
        if self.dialog.is_some() {
            return Ok(());
        }
        let start = folder.map(Path::to_path_buf);
        self.dialog = Some(spawn_dialog(ctx, move || {
            let mut dialog = rfd::FileDialog::new()
                .set_title("Open a data file")
                .add_filter("RON data file", &["ron"])
                .add_filter("All files", &["*"]);
            if let Some(dir) = start {
                dialog = dialog.set_directory(dir);
            }
            dialog.pick_file()
        })?);
        Ok(())
    }

    /// Starts File ▸ Export ▸ Web page: asks for the folder the page goes in; the choice
    /// arrives later through [`Platform::picked_page_folder`]. Returns what to tell the
    /// person meanwhile.
    pub fn begin_page_export(&mut self, ctx: &egui::Context) -> Result<Option<String>, String> {
        if self.page_folder.is_none() {
            let start = crate::export::documents_folder();
            self.page_folder = Some(spawn_dialog(ctx, move || {
                rfd::FileDialog::new()
                    .set_title("Choose where to save the web page")
                    .set_directory(start)
                    .pick_folder()
            })?);
        }
        Ok(Some("Choose a folder for the web page…".into()))
    }

    /// Once the folder dialog has closed: the folder picked, or `None` when it was
    /// closed without one (or could not be shown, which it does not tell apart).
    pub fn picked_page_folder(&mut self) -> Option<Option<PathBuf>> {
        let picked = match self.page_folder.as_ref()?.try_recv() {
            Ok(picked) => picked,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => None,
        };
        self.page_folder = None;
        Some(picked)
    }

    /// Starts File ▸ Export ▸ Slides as PDF: asks where to save the handout, offering
    /// `name` in the Documents folder; the choice arrives through
    /// [`Platform::picked_slides_file`].
    pub fn begin_slides_export(
        &mut self,
        ctx: &egui::Context,
        notes: bool,
        name: String,
    ) -> Result<(), String> {
        if self.slides_file.is_none() {
            let start = crate::export::documents_folder();
            let picked = spawn_dialog(ctx, move || {
                rfd::FileDialog::new()
                    .set_title("Save the slides as PDF")
                    .set_directory(start)
                    .set_file_name(name)
                    .add_filter("PDF document", &["pdf"])
                    .save_file()
            })?;
            self.slides_file = Some((picked, notes));
        }
        Ok(())
    }

    /// Once the save dialog has closed: the file chosen (`None`: closed without one),
    /// and whether the handout has notes.
    pub fn picked_slides_file(&mut self) -> Option<(Option<PathBuf>, bool)> {
        let (rx, notes) = self.slides_file.as_ref()?;
        let picked = match rx.try_recv() {
            Ok(picked) => picked,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => None,
        };
        let notes = *notes;
        self.slides_file = None;
        Some((picked, notes))
    }

    /// Draws and writes the handout of `data` to `path` on its own thread: a second or
    /// two of drawing that the window should not freeze for. The outcome arrives
    /// through [`Platform::slides_written`].
    pub fn write_slides(
        &mut self,
        ctx: &egui::Context,
        path: PathBuf,
        data: Alliance,
        notes: bool,
    ) -> Result<(), String> {
        if self.slides_job.is_some() {
            return Err("The slides are still being written; try again when they are.".into());
        }
        let options = handout::Options {
            notes,
            ..handout::Options::default()
        };
        let job = spawn_waking(ctx, "handout", move || {
            let producer = crate::app::name_and_version();
            let maker = handout::Maker {
                producer: &producer,
                style: crate::app::apply_style,
            };
            handout::export(&path, &data, options, maker)
                .map(|written| SlidesWritten {
                    path,
                    what: written.describe(),
                })
                .map_err(|e| e.to_string())
        })
        .map_err(|e| format!("The slides could not be written: {e}"))?;
        self.slides_job = Some(job);
        Ok(())
    }

    /// The handout's outcome, once it is written (or has failed).
    pub fn slides_written(&mut self) -> Option<Result<SlidesWritten, String>> {
        let done = match self.slides_job.as_ref()?.try_recv() {
            Ok(done) => done,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Err("the export stopped unexpectedly".into()),
        };
        self.slides_job = None;
        Some(done)
    }

    /// Asks `question` with the system's file dialog, starting in `folder`; the answer
    /// arrives through [`Platform::answered`].
    pub fn ask_file(
        &mut self,
        ctx: &egui::Context,
        question: FileQuestion,
        folder: Option<PathBuf>,
    ) -> Result<(), String> {
        if self.question.is_some() {
            return Ok(());
        }
        let start = folder.unwrap_or_else(crate::export::documents_folder);
        let rx = spawn_dialog(ctx, move || {
            let dialog = rfd::FileDialog::new().set_directory(start);
            match question {
                FileQuestion::SaveData => dialog
                    .set_title("Save the data as")
                    .set_file_name("alliance.ron")
                    .add_filter("RON data file", &["ron"])
                    .save_file(),
                FileQuestion::Import { .. } => dialog
                    .set_title("Import milestones from a spreadsheet or TimelineJS file")
                    .add_filter(
                        "Spreadsheet or TimelineJS",
                        crate::model::import::EXTENSIONS,
                    )
                    .add_filter("All files", &["*"])
                    .pick_file(),
                FileQuestion::ExportWeb { csv } => {
                    let (name, kind, ext) = if csv {
                        ("milestones.csv", "CSV in the TimelineJS columns", "csv")
                    } else {
                        ("timeline.json", "TimelineJS JSON", "json")
                    };
                    dialog
                        .set_title("Export the milestones for the web")
                        .set_file_name(name)
                        .add_filter(kind, &[ext])
                        .save_file()
                }
            }
        })?;
        self.question = Some((rx, question));
        Ok(())
    }

    /// Once a file dialog has closed: what it was asked for, and the file chosen
    /// (`None`: closed without one).
    pub fn answered(&mut self) -> Option<(FileQuestion, Option<PathBuf>)> {
        let (rx, question) = self.question.as_ref()?;
        let picked = match rx.try_recv() {
            Ok(picked) => picked,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => None,
        };
        let question = *question;
        self.question = None;
        Some((question, picked))
    }

    /// The desktop saves edits into files.
    pub const SAVES_FILES: bool = true;

    /// Slides as PDF is a desktop export.
    pub const EXPORTS_SLIDES: bool = true;

    /// The desktop has no text version to keep; it exports the page instead.
    pub const KEEPS_TEXT_VERSION: bool = false;
    /// What File ▸ Export calls the page.
    pub const PAGE_EXPORT_LABEL: &str = "Web page…";

    pub fn publish_story(&mut self, _story: &str, _builtin: bool) {}

    /// Files picked in the dialog or dropped on the window since the last frame.
    pub fn handed(&mut self, ctx: &egui::Context) -> Vec<Handed> {
        let mut handed = Vec::new();
        if let Some(rx) = &self.dialog {
            match rx.try_recv() {
                Ok(Some(path)) => {
                    self.dialog = None;
                    handed.push(Handed::Path(path));
                }
                Ok(None) | Err(TryRecvError::Disconnected) => self.dialog = None,
                Err(TryRecvError::Empty) => {}
            }
        }
        let dropped: Option<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .find(|p| !p.as_os_str().is_empty())
        });
        if let Some(path) = dropped {
            let name = path.to_string_lossy();
            if is_data_file(&name) {
                handed.push(Handed::Path(path));
            } else if is_importable(&name) {
                handed.push(Handed::Import(path));
            } else {
                handed.push(Handed::Refused(format!(
                    "{} is not a .ron data file. Spreadsheets (.xlsx, .ods, .csv) and TimelineJS .json files can be imported.",
                    path.display()
                )));
            }
        }
        handed
    }

    /// Asks egui for a picture of the next frame; [`Platform::save_export`] saves it.
    pub fn request_export(&mut self, ctx: &egui::Context) -> Result<(), String> {
        self.export_pending = true;
        let slot = self.screenshot.clone();
        let repaint = ctx.clone();
        ctx.request_screenshot(move |image| {
            if let Ok(mut slot) = slot.lock() {
                *slot = Some(image);
            }
            repaint.request_repaint();
        });
        Ok(())
    }

    /// Saves the picture once it has arrived, as a new file named after `view`.
    pub fn save_export(&mut self, view: &str) -> Option<Result<PathBuf, String>> {
        if !self.export_pending {
            return None;
        }
        let image = self
            .screenshot
            .lock()
            .ok()
            .and_then(|mut slot| slot.take())?;
        self.export_pending = false;
        let stem = crate::export::file_stem(view, std::time::SystemTime::now());
        Some(crate::export::save_png(
            &image,
            &crate::export::pictures_folder(),
            &stem,
        ))
    }
}

/// Start-up moments are marked for the browser's timeline only; the desktop logs them.
pub fn mark(_name: &str) {}

/// Runs a system dialog on its own thread, so the window keeps drawing; its answer
/// arrives on the returned channel and wakes the window.
fn spawn_dialog(
    ctx: &egui::Context,
    pick: impl FnOnce() -> Option<PathBuf> + Send + 'static,
) -> Result<Receiver<Option<PathBuf>>, String> {
    spawn_waking(ctx, "dialog", pick).map_err(|e| format!("The dialog could not be opened: {e}"))
}

/// Runs `job` on a thread named `name`; its result arrives on the returned channel and
/// wakes the window.
fn spawn_waking<T: Send + 'static>(
    ctx: &egui::Context,
    name: &str,
    job: impl FnOnce() -> T + Send + 'static,
) -> std::io::Result<Receiver<T>> {
    let (tx, rx) = mpsc::channel();
    let ctx = ctx.clone();
    std::thread::Builder::new()
        .name(name.into())
        .spawn(move || {
            let _ = tx.send(job());
            ctx.request_repaint();
        })?;
    Ok(rx)
}
