//! File ▸ Export ▸ Slides as PDF: the talk as a handout ([`crate::handout`]).
//!
//! The person picks a file in the save dialog (tests give a folder instead); the pages
//! are drawn and written on a thread of their own, and the status line says what was
//! written, or why not.

use std::path::Path;

use eframe::egui;

use super::App;

impl App {
    /// Starts an export: asks where to save it, or writes into the folder given at start.
    pub(super) fn export_slides(&mut self, ctx: &egui::Context, notes: bool) {
        if self.document.data.slides.is_empty() {
            self.set_status(
                "The data has no slides, so there is nothing to save as PDF.".into(),
                true,
            );
            return;
        }
        let what = if notes { "slides with notes" } else { "slides" };
        let stem = crate::export::file_stem(what, web_time::SystemTime::now());
        if let Some(folder) = self.export_folder.clone() {
            let path = crate::export::unused_name(&folder, &stem, "pdf");
            self.write_slides(ctx, &path, notes);
            return;
        }
        match self
            .platform
            .begin_slides_export(ctx, notes, format!("{stem}.pdf"))
        {
            Ok(()) => self.set_status("Choose where to save the slides…".into(), false),
            Err(e) => self.set_status(e, true),
        }
    }

    fn write_slides(&mut self, ctx: &egui::Context, path: &Path, notes: bool) {
        let data = self.document.data.clone();
        match self
            .platform
            .write_slides(ctx, path.to_path_buf(), data, notes)
        {
            Ok(()) => self.set_status(format!("Writing the slides to {}…", path.display()), false),
            Err(e) => self.set_status(e, true),
        }
    }

    /// Takes the save dialog's answer and the finished export.
    pub(super) fn receive_slides(&mut self, ctx: &egui::Context) {
        match self.platform.picked_slides_file() {
            Some((Some(path), notes)) => self.write_slides(ctx, &path, notes),
            Some((None, _)) => self.set_status(
                "No file was chosen, so the slides were not saved.".into(),
                false,
            ),
            None => {}
        }
        match self.platform.slides_written() {
            Some(Ok(written)) => {
                self.set_status(
                    format!(
                        "Saved the slides as {} ({})",
                        written.path.display(),
                        written.what
                    ),
                    false,
                );
                self.last_export = Some(written.path);
            }
            Some(Err(e)) => self.set_status(format!("The slides were not saved: {e}"), true),
            None => {}
        }
    }
}
