//! What differs between the desktop and the browser: the file dialog, dropped files and
//! saving a picture of the view. Both sides offer the same small interface, so the app
//! never needs a `cfg` of its own.

#[cfg(not(target_arch = "wasm32"))]
mod native;
mod system_contrast;
#[cfg(target_arch = "wasm32")]
mod web;

#[cfg(not(target_arch = "wasm32"))]
pub use native::{Platform, mark};
#[cfg(target_arch = "wasm32")]
pub use web::{Platform, mark};

pub use system_contrast::SystemContrast;

/// A data file the person handed over: by the dialog or by dropping it.
pub enum Handed {
    /// A file on disk, to be read and watched.
    #[cfg(not(target_arch = "wasm32"))]
    Path(std::path::PathBuf),
    /// A file's bytes (the browser gives no path).
    #[cfg(target_arch = "wasm32")]
    Bytes { name: String, bytes: Vec<u8> },
    /// A spreadsheet or TimelineJS file dropped on the window, to import.
    #[cfg(not(target_arch = "wasm32"))]
    Import(std::path::PathBuf),
    /// Something that cannot be opened, and why.
    Refused(String),
}

/// What a file dialog is asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileQuestion {
    /// Where to save the data (Save as, or Save with no file yet).
    SaveData,
    /// A spreadsheet or TimelineJS file to merge in; `fresh`: into a new copy of the
    /// built-in data.
    Import { fresh: bool },
    /// Where to write the milestones for the web: JSON, or CSV when `csv`.
    ExportWeb { csv: bool },
}

/// A handout written by File ▸ Export ▸ Slides as PDF.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlidesWritten {
    pub path: std::path::PathBuf,
    /// "9 pages, 1.2 MB"
    pub what: String,
}

/// Spreadsheets and TimelineJS files, which File ▸ Import reads (on the desktop).
#[cfg(not(target_arch = "wasm32"))]
fn is_importable(name: &str) -> bool {
    std::path::Path::new(name).extension().is_some_and(|e| {
        crate::model::import::EXTENSIONS
            .iter()
            .any(|k| e.eq_ignore_ascii_case(k))
    })
}

/// Only `.ron` files are data files; anything else dropped on the window is refused.
fn is_data_file(name: &str) -> bool {
    std::path::Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
}
