//! File ▸ Export ▸ Web page: the open data as the accessible page of [`crate::html`].
//!
//! On the desktop the person picks a folder and the page goes into a new folder in it
//! (never over an earlier export); in the browser the same page is the text version
//! kept in the page itself, and the menu shows it.

use std::path::Path;

use eframe::egui;

use crate::html;

use super::App;

impl App {
    /// Makes something of the open data with the page's origin: this app and version,
    /// and the file's name or "the built-in data", for the page's footer.
    fn with_origin<R>(&self, make: impl FnOnce(html::Origin<'_>) -> R) -> R {
        let app = super::name_and_version();
        let data = self
            .document
            .file_name()
            .unwrap_or_else(|| "the built-in data".to_owned());
        make(html::Origin {
            app: &app,
            data: &data,
        })
    }

    /// Starts an export: asks for a folder (or uses the one given at start), or in
    /// the browser shows the text version.
    pub(super) fn export_page(&mut self, ctx: &egui::Context) {
        if let Some(folder) = self.export_folder.clone() {
            self.save_page_in(&folder);
            return;
        }
        match self.platform.begin_page_export(ctx) {
            Ok(Some(message)) => self.set_status(message, false),
            Ok(None) => {}
            Err(e) => self.set_status(e, true),
        }
    }

    /// Writes the page into a new folder inside `parent` and says where it is.
    pub(super) fn save_page_in(&mut self, parent: &Path) {
        match self.write_page(parent) {
            Ok(index) => {
                self.set_status(format!("Saved the web page as {}", index.display()), false);
                self.last_export = Some(index);
            }
            Err(e) => self.set_status(format!("The web page was not saved: {e}"), true),
        }
    }

    fn write_page(&self, parent: &Path) -> Result<std::path::PathBuf, String> {
        let stem = crate::export::file_stem("web page", web_time::SystemTime::now());
        let folder = html::save::new_folder(parent, &stem)?;
        self.with_origin(|origin| html::save::export(&folder, &self.document.data, origin))
    }

    /// The page's body for the data now open, for the browser's text version.
    pub(super) fn page_story(&self) -> String {
        self.with_origin(|origin| html::story(&self.document.data, origin))
    }
}
