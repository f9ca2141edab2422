//! Milestones from a spreadsheet or a TimelineJS file, for people who keep the story in
//! TimelineJS's template rather than in RON: each row becomes a milestone, merged into
//! the open data with a fresh id, and every row not taken is reported with its row and
//! column and the reason.

mod rows;
mod tables;
// Workbooks are zip archives of XML, read with native-only crates; the browser build
// reads CSV and TimelineJS files.
#[cfg(not(target_arch = "wasm32"))]
mod workbook;

pub use rows::{Report, Skipped, merge};
pub use tables::{MAX_ROWS, Note, Table, from_csv, from_timelinejs};
#[cfg(not(target_arch = "wasm32"))]
pub use workbook::{MAX_CELL_BYTES, MAX_CELLS, MAX_COLUMNS, MAX_TEXT_BYTES, MAX_UNPACKED_BYTES};

use super::MAX_FILE_BYTES;

/// The extensions `read_table` reads, for a file dialog's filter.
#[cfg(not(target_arch = "wasm32"))]
pub const EXTENSIONS: &[&str] = &["xlsx", "xlsm", "ods", "csv", "json"];
/// The extensions `read_table` reads, for a file dialog's filter.
#[cfg(target_arch = "wasm32")]
pub const EXTENSIONS: &[&str] = &["csv", "json"];

/// What `--import` and File ▸ Import read, for a message about anything else.
pub const ACCEPTED: &str = "give a sheet saved as .xlsx (Excel, Google Sheets), .ods (LibreOffice) or .csv, \
     or a TimelineJS .json file";

/// The rows of a sheet or a TimelineJS file, by what its bytes are (a zip archive, an
/// old Excel file, or text) and by its name's extension, which must agree.
///
/// A workbook (`.xlsx`, `.ods`) gives its first sheet; CSV and JSON must be UTF-8.
/// Every error is a sentence that says what the file is and what to do.
pub fn read_table(name: &str, bytes: &[u8]) -> Result<Table, String> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(format!(
            "it is {} bytes; a sheet may be at most {} MiB",
            bytes.len(),
            MAX_FILE_BYTES >> 20
        ));
    }
    let extension = std::path::Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return workbook(&extension, bytes);
    }
    // An OLE compound file: an Excel 97-2003 workbook, or an encrypted .xlsx.
    if bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        return Err(if extension == "xls" {
            "Excel 97-2003 workbooks (.xls) are not read; save it as an Excel workbook (.xlsx) and import that".to_owned()
        } else {
            "it is an Excel 97-2003 workbook or a password-protected one, which are not read; \
             save it without a password as an Excel workbook (.xlsx) and import that"
                .to_owned()
        });
    }
    match extension.as_str() {
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => Err(format!(
            "it is named .{extension} but is not a workbook (not a zip archive): \
             it may be damaged, or another kind of file renamed"
        )),
        "csv" | "json" => {
            let text = std::str::from_utf8(bytes).map_err(|_| {
                "it is not UTF-8 text; save the sheet as \"CSV UTF-8\" (or export it as JSON)"
                    .to_owned()
            })?;
            if extension == "csv" {
                from_csv(text)
            } else {
                from_timelinejs(text)
            }
        }
        _ => Err(ACCEPTED.to_owned()),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn workbook(extension: &str, bytes: &[u8]) -> Result<Table, String> {
    workbook::read(extension, bytes)
}

#[cfg(target_arch = "wasm32")]
fn workbook(_: &str, _: &[u8]) -> Result<Table, String> {
    Err(
        "workbooks are read by the desktop app; here, save the sheet as CSV and import that"
            .to_owned(),
    )
}

/// The rows of the sheet or TimelineJS file at `path`, read as a data file is: a
/// regular file of bounded size, opened without blocking.
pub fn read_sheet(path: &std::path::Path) -> Result<Table, String> {
    let bytes = super::read_data_file(path)?;
    read_table(&path.to_string_lossy(), &bytes)
}
