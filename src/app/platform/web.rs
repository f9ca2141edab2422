//! The browser side: the browser's file picker and dropped files arrive as bytes,
//! asynchronously; pictures are left to the browser's own screenshot tool; and the
//! page's text version (see `web/index.html`) is kept to the data now open.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};

use eframe::egui;

use super::{Handed, is_data_file};

type Delivered = (String, Result<Vec<u8>, String>);

pub struct Platform {
    /// Files read by the picker or from a drop, as (name, bytes).
    files: (Sender<Delivered>, Receiver<Delivered>),
    /// The text version has been written (or found written) once.
    story_published: bool,
}

impl Default for Platform {
    fn default() -> Self {
        Self {
            files: mpsc::channel(),
            story_published: false,
        }
    }
}

impl Platform {
    /// The browser's file picker; the file arrives as bytes through [`Platform::handed`].
    pub fn open_dialog(
        &mut self,
        ctx: &egui::Context,
        _folder: Option<&Path>,
    ) -> Result<(), String> {
        let tx = self.files.0.clone();
        let ctx = ctx.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let picked = rfd::AsyncFileDialog::new()
                .set_title("Open a data file")
                .add_filter("RON data file", &["ron"])
                .pick_file()
                .await;
            if let Some(file) = picked {
                let _ = tx.send((file.file_name(), Ok(file.read().await)));
            }
            ctx.request_repaint();
        });
        Ok(())
    }

    /// Files dropped on the page are read asynchronously; files read since the last
    /// frame are handed over.
    pub fn handed(&mut self, ctx: &egui::Context) -> Vec<Handed> {
        let mut handed = Vec::new();
        let dropped: Vec<_> = ctx.input(|i| i.raw.dropped_files.clone());
        for file in dropped.into_iter().take(1) {
            let name = file.path().display().to_string();
            if !is_data_file(&name) {
                handed.push(Handed::Refused(format!("{name} is not a .ron data file.")));
                continue;
            }
            let tx = self.files.0.clone();
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let bytes = file.bytes_async().await;
                let _ = tx.send((name, bytes));
                ctx.request_repaint();
            });
        }
        while let Ok((name, bytes)) = self.files.1.try_recv() {
            handed.push(match bytes {
                Ok(bytes) => Handed::Bytes { name, bytes },
                Err(e) => Handed::Refused(format!("{name} could not be read: {e}")),
            });
        }
        handed
    }

    pub fn request_export(&mut self, _ctx: &egui::Context) -> Result<(), String> {
        Err(
            "Saving a picture is not available in the browser; use the browser's screenshot tool."
                .into(),
        )
    }

    pub fn save_export(&mut self, _view: &str) -> Option<Result<PathBuf, String>> {
        None
    }

    /// Starts File ▸ Export ▸ Web page, which in a browser shows the page's text
    /// version: `web/index.html` shows it and gives it the focus when the address points
    /// at it, so a screen reader starts reading there.
    pub fn begin_page_export(&mut self, _ctx: &egui::Context) -> Result<Option<String>, String> {
        web_sys::window()
            .ok_or("the page has no window")?
            .location()
            .set_hash(TEXT_VERSION)
            .map_err(|_| "the text version could not be shown")?;
        Ok(None)
    }

    /// A browser has no folders to save in.
    pub fn picked_page_folder(&mut self) -> Option<Option<std::path::PathBuf>> {
        None
    }

    /// Slides as PDF is a desktop export: drawing the pages takes seconds that a
    /// browser tab would spend frozen, and the browser can print the slides itself.
    pub const EXPORTS_SLIDES: bool = false;

    /// A browser page cannot write back into a file: there is no edit mode there.
    pub const SAVES_FILES: bool = false;

    pub fn ask_file(
        &mut self,
        _ctx: &egui::Context,
        _question: super::FileQuestion,
        _folder: Option<PathBuf>,
    ) -> Result<(), String> {
        Err("In the browser, files are not saved; use the desktop app.".into())
    }

    pub fn answered(&mut self) -> Option<(super::FileQuestion, Option<PathBuf>)> {
        None
    }

    pub fn begin_slides_export(
        &mut self,
        _ctx: &egui::Context,
        _notes: bool,
        _name: String,
    ) -> Result<(), String> {
        Err(NO_SLIDES_EXPORT.into())
    }

    pub fn picked_slides_file(&mut self) -> Option<(Option<PathBuf>, bool)> {
        None
    }

    pub fn write_slides(
        &mut self,
        _ctx: &egui::Context,
        _path: PathBuf,
        _data: crate::model::Alliance,
        _notes: bool,
    ) -> Result<(), String> {
        Err(NO_SLIDES_EXPORT.into())
    }

    pub fn slides_written(&mut self) -> Option<Result<super::SlidesWritten, String>> {
        None
    }

    /// The page keeps a text version of the open data for screen readers.
    pub const KEEPS_TEXT_VERSION: bool = true;
    /// What File ▸ Export calls the page.
    pub const PAGE_EXPORT_LABEL: &str = "Web page (text version)";

    /// Puts the page made from the open data into the text version.
    pub fn publish_story(&mut self, story: &str, builtin: bool) {
        let first = !self.story_published;
        self.story_published = true;
        let target = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(STORY));
        let Some(target) = target else {
            return;
        };
        // The site was built with the built-in data's story in the page, and someone
        // may be reading it already: writing the same again would take their focus.
        if first && builtin && target.child_element_count() > 0 {
            return;
        }
        target.set_inner_html(story);
    }
}

/// Marks a moment of start-up on the page's performance timeline (`performance.mark`),
/// where `web/index.html` and `scripts/bench-web.sh` read it.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

/// The element of `web/index.html` that holds the text version, and the one inside it
/// that holds the page made from the data.
const TEXT_VERSION: &str = "text-version";
const STORY: &str = "text-version-story";

const NO_SLIDES_EXPORT: &str =
    "Saving the slides as PDF is not available in the browser; use the desktop app.";
