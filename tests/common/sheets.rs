//! Workbooks made in the test: an .xlsx written by `rust_xlsxwriter` from rows of cells,
//! an .ods put together from its `content.xml`, and a zip of any parts.
#![allow(dead_code, unused_imports)]

use std::io::{Cursor, Read, Write};

use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, Worksheet};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

/// A cell as a person would type it into the spreadsheet app.
#[derive(Clone, Debug)]
pub enum Cell {
    Number(f64),
    Text(&'static str),
    Owned(String),
    /// A real date, shown as yyyy-mm-dd.
    Date(u16, u8, u8),
    /// A formula and the result the app saved with it.
    Formula(&'static str, &'static str),
    Bool(bool),
    Empty,
}

pub use Cell::{Bool, Date, Empty, Formula as F, Number as N, Owned, Text as T};

fn write(sheet: &mut Worksheet, row: u32, column: u16, cell: &Cell) {
    let done = match cell {
        Cell::Number(n) => sheet.write_number(row, column, *n).map(|_| ()),
        Cell::Text(t) => sheet.write_string(row, column, *t).map(|_| ()),
        Cell::Owned(t) => sheet.write_string(row, column, t.as_str()).map(|_| ()),
        Cell::Date(y, m, d) => ExcelDateTime::from_ymd(*y, *m, *d).and_then(|date| {
            let format = Format::new().set_num_format("yyyy-mm-dd");
            sheet
                .write_datetime_with_format(row, column, &date, &format)
                .map(|_| ())
        }),
        Cell::Formula(f, result) => sheet
            .write_formula(row, column, Formula::new(*f).set_result(*result))
            .map(|_| ()),
        Cell::Bool(b) => sheet.write_boolean(row, column, *b).map(|_| ()),
        Cell::Empty => Ok(()),
    };
    done.unwrap_or_else(|e| panic!("{e}"));
}

/// An .xlsx whose sheets (name, rows from row 1) are written in order.
pub fn xlsx(sheets: &[(&str, &[Vec<Cell>])]) -> Vec<u8> {
    let mut book = Workbook::new();
    for (name, rows) in sheets {
        let sheet = book.add_worksheet();
        sheet.set_name(*name).unwrap_or_else(|e| panic!("{e}"));
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (
                    u32::try_from(r).unwrap_or(u32::MAX),
                    u16::try_from(c).unwrap_or(u16::MAX),
                );
                write(sheet, r, c, cell);
            }
        }
    }
    book.save_to_buffer().unwrap_or_else(|e| panic!("{e}"))
}

/// A header row of names.
pub fn header(names: &[&'static str]) -> Vec<Cell> {
    names.iter().map(|n| Cell::Text(n)).collect()
}

/// A zip of the given parts, stored (not compressed), in order.
pub fn zip(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    for (name, bytes) in parts {
        zip.start_file(name.as_str(), stored)
            .unwrap_or_else(|e| panic!("{e}"));
        zip.write_all(bytes).unwrap_or_else(|e| panic!("{e}"));
    }
    zip.finish().unwrap_or_else(|e| panic!("{e}")).into_inner()
}

/// The parts of a zip, in order.
pub fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).unwrap_or_else(|e| panic!("{e}"));
    (0..zip.len())
        .map(|i| {
            let mut file = zip.by_index(i).unwrap_or_else(|e| panic!("{e}"));
            let mut bytes = Vec::new();
            file.read_to_end(&mut bytes)
                .unwrap_or_else(|e| panic!("{e}"));
            let name = file.name().unwrap_or_else(|e| panic!("{e}")).into_owned();
            (name, bytes)
        })
        .collect()
}

const ODS_MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"#;

/// A `content.xml` whose first sheet holds `rows` (`<table:table-row>` elements as
/// LibreOffice writes them), after a sheet-less preamble as LibreOffice writes it.
pub fn ods_content(sheet: &str, rows: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">
<office:automatic-styles/>
<office:body><office:spreadsheet>
<table:table table:name="{sheet}"><table:table-column table:number-columns-repeated="16"/>
{rows}
</table:table>
</office:spreadsheet></office:body></office:document-content>"#
    )
}

/// An .ods: `mimetype` first, the manifest, and `content`.
pub fn ods(content: &str) -> Vec<u8> {
    zip(&[
        (
            "mimetype".to_owned(),
            b"application/vnd.oasis.opendocument.spreadsheet".to_vec(),
        ),
        (
            "META-INF/manifest.xml".to_owned(),
            ODS_MANIFEST.as_bytes().to_vec(),
        ),
        ("content.xml".to_owned(), content.as_bytes().to_vec()),
    ])
}

/// An ODS row of cells, each given as LibreOffice writes it.
pub fn ods_row(cells: &[String]) -> String {
    format!("<table:table-row>{}</table:table-row>", cells.concat())
}

/// An ODS text cell.
pub fn ods_text(text: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#
    )
}

/// An ODS number cell, shown as `shown`.
pub fn ods_number(value: &str, shown: &str) -> String {
    format!(
        r#"<table:table-cell office:value-type="float" office:value="{value}"><text:p>{shown}</text:p></table:table-cell>"#
    )
}
