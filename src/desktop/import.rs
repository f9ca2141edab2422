//! `--import SHEET --out NEW.ron [FILE]`: a spreadsheet's or a TimelineJS file's
//! milestones merged into a data file, checked as the app checks a file it opens, and
//! written whole or not at all.

use std::path::Path;
use std::process::ExitCode;

use weprotect_explorer::model::import::{Report, Table, merge, read_sheet};
use weprotect_explorer::model::load_str;

/// Each row or cell not taken as it was, as `SHEET:ROW: COLUMN: why`.
fn print_report(sheet: &Path, report: &Report, table: &Table) {
    let rows = table.rows.len();
    let name = sheet.display().to_string();
    for s in &report.skipped {
        println!("{}", s.line(&name));
    }
    let from = table
        .sheet
        .as_ref()
        .map_or_else(String::new, |name| format!(" of its sheet {name:?}"));
    eprintln!(
        "{}: {} of {rows} rows{from} became milestones",
        sheet.display(),
        report.taken
    );
}

pub fn import(sheet: &Path, out: &Path, data_path: Option<&Path>) -> ExitCode {
    let table = match read_sheet(sheet) {
        Ok(table) => table,
        Err(why) => {
            eprintln!(
                "weprotect-explorer: {} cannot be imported: {why}",
                sheet.display()
            );
            return ExitCode::from(1);
        }
    };
    let mut data = match super::load_for_export(data_path, "nothing was imported") {
        Ok(data) => data,
        Err(code) => return code,
    };
    let report = merge(&mut data, &table);
    print_report(sheet, &report, &table);
    let text = match ron::ser::to_string_pretty(&data, ron::ser::PrettyConfig::default()) {
        Ok(text) => format!(
            "// Made by weprotect-explorer --import {}: the data with its rows as milestones.\n{text}\n",
            sheet
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        ),
        Err(e) => {
            eprintln!("weprotect-explorer: the data could not be written: {e}");
            return ExitCode::from(1);
        }
    };
    // The file is checked as the app will check it when it is opened.
    let name = out.display().to_string();
    if let Err(e) = load_str(&name, &text) {
        println!("{e}");
        eprintln!("{name}: {}; nothing was written", e.count_text());
        return ExitCode::from(1);
    }
    if out.is_dir() {
        eprintln!("weprotect-explorer: {name} is a folder; give the name of the file to write");
        return ExitCode::from(1);
    }
    match weprotect_explorer::export::replace(out, text.as_bytes()) {
        Ok(()) => {
            println!("wrote {name} ({} milestones)", data.milestones.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("weprotect-explorer: {name} was not written: {e}");
            ExitCode::from(1)
        }
    }
}
