//! Excel (`.xlsx`) and LibreOffice (`.ods`) workbooks: the first sheet as a [`Table`].
//!
//! A workbook is a zip archive of XML files, and a small archive can unpack to
//! gigabytes. Before any of it is unpacked, the archive's own listing is read and a
//! workbook that says it unpacks to more than [`MAX_UNPACKED_BYTES`] is refused; the
//! zip reader then stops any file that unpacks to more than it said. What is read from
//! the sheet is bounded by [`grid`], whatever the file claims, and every loop over the
//! XML ends at the end of its file.

mod cell;
mod grid;
mod ods;
mod xlsx;

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::tables::Table;

pub use cell::MAX_CELL_BYTES;
pub use grid::{MAX_CELLS, MAX_COLUMNS, MAX_TEXT_BYTES};

/// The most a workbook may unpack to: sixteen times the largest file the loader
/// reads, ample for the XML of a sheet of 100,000 rows.
pub const MAX_UNPACKED_BYTES: u64 = 128 * 1024 * 1024;
/// The most files a workbook's archive may list.
const MAX_ENTRIES: usize = 10_000;

type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// What a zip archive holds, by the files in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Xlsx,
    Xlsb,
    Ods,
    /// Another OpenDocument file (a text, a drawing…), or any other archive.
    Other,
}

impl Kind {
    fn by_extension(extension: &str) -> Option<Self> {
        match extension {
            "xlsx" | "xlsm" => Some(Self::Xlsx),
            "xlsb" => Some(Self::Xlsb),
            "ods" => Some(Self::Ods),
            _ => None,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Self::Xlsx => "an Excel workbook (.xlsx)",
            Self::Xlsb => "a binary Excel workbook (.xlsb)",
            Self::Ods => "an OpenDocument spreadsheet (.ods)",
            Self::Other => "a zip archive that is not a spreadsheet",
        }
    }
}

/// The listing of a workbook's archive, refused when it is damaged or says it
/// unpacks to more than [`MAX_UNPACKED_BYTES`].
fn open(bytes: &[u8]) -> Result<Archive<'_>, String> {
    let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        format!(
            "it is not a readable workbook ({e}); open it in the spreadsheet app and save it again"
        )
    })?;
    if zip.len() > MAX_ENTRIES {
        return Err(format!(
            "its archive lists {} files, more than the {MAX_ENTRIES} a workbook may hold",
            zip.len()
        ));
    }
    let mut unpacked = 0u64;
    for i in 0..zip.len() {
        let entry = zip
            .by_index_data(i)
            .map_err(|e| format!("it is not a readable workbook ({e})"))?;
        unpacked = unpacked.saturating_add(entry.size());
    }
    if unpacked > MAX_UNPACKED_BYTES {
        return Err(format!(
            "it would unpack to {} MiB, more than the {} MiB a workbook may hold here \
             (a file this small that unpacks to so much is not an ordinary workbook)",
            unpacked >> 20,
            MAX_UNPACKED_BYTES >> 20
        ));
    }
    Ok(zip)
}

/// What the archive holds: an OpenDocument file says so in its `mimetype`, an Excel
/// one has a workbook part.
fn kind(zip: &mut Archive<'_>) -> Kind {
    let mut mimetype = Vec::new();
    if let Ok(file) = zip.by_name("mimetype") {
        // Bounded: a mimetype is one short line.
        let _ = file.take(100).read_to_end(&mut mimetype);
        return if mimetype == b"application/vnd.oasis.opendocument.spreadsheet" {
            Kind::Ods
        } else {
            Kind::Other
        };
    }
    let names: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.replace('\\', "/").to_ascii_lowercase())
        .collect();
    if names.iter().any(|n| n.ends_with("workbook.xml")) {
        Kind::Xlsx
    } else if names.iter().any(|n| n.ends_with("workbook.bin")) {
        Kind::Xlsb
    } else {
        Kind::Other
    }
}

/// The first sheet of a workbook (a zip archive), read as what it holds; `extension`
/// (lower case) must agree when it names a workbook, and must not name a text format.
pub fn read(extension: &str, bytes: &[u8]) -> Result<Table, String> {
    let mut zip = open(bytes)?;
    let found = kind(&mut zip);
    match Kind::by_extension(extension) {
        Some(named) if named != found => {
            return Err(format!(
                "it is named .{extension} but holds {}; give it the extension of what it is",
                found.describe()
            ));
        }
        None if matches!(extension, "csv" | "json" | "txt") => {
            return Err(format!(
                "it is named .{extension} but holds {}, not text; give it the extension of what it is",
                found.describe()
            ));
        }
        _ => {}
    }
    match found {
        Kind::Xlsx => xlsx::read(&mut zip, bytes),
        Kind::Ods => ods::read(&mut zip),
        Kind::Xlsb => Err(
            "binary Excel workbooks (.xlsb) are not read; save it as an Excel workbook (.xlsx) and import that"
                .to_owned(),
        ),
        Kind::Other => Err(format!("it is {}", Kind::Other.describe())),
    }
}
