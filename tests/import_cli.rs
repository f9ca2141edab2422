//! `--import SHEET --out NEW.ron [FILE]`: a sheet's rows into a data file that the app
//! opens, each row not taken named by its row and column; nothing written when the
//! sheet or the data cannot be read.

#[path = "common/cli.rs"]
mod cli;
#[path = "common/sheets.rs"]
mod sheets;

use std::ffi::OsStr;

use sheets::{Empty, N, T, header, ods, ods_content, ods_number, ods_row, ods_text, xlsx};

/// `--import SHEET --out OUT`: (status, stdout, stderr).
fn import(sheet: &std::path::Path, out: &std::path::Path) -> (i32, String, String) {
    cli::run(&[
        OsStr::new("--import"),
        sheet.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
    ])
}

/// `bytes` saved as `name` and imported: (status, stdout, stderr, the data file
/// written, which `--check` must pass).
fn import_bytes(name: &str, bytes: &[u8]) -> (i32, String, String, String) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sheet = dir.path().join(name);
    std::fs::write(&sheet, bytes).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("new.ron");
    let (code, stdout, err) = import(&sheet, &out);
    assert_eq!(code, 0, "{err}");
    let (code, checked, _) = cli::run(&[OsStr::new("--check"), out.as_os_str()]);
    assert_eq!(code, 0, "{checked}");
    let text = std::fs::read_to_string(&out).unwrap_or_else(|e| panic!("{e}"));
    (code, stdout, err, text)
}

#[test]
fn an_excel_workbook_becomes_milestones_with_bad_rows_named() {
    let rows = [
        header(&["Year", "Month", "Day", "Headline", "Group"]),
        vec![
            N(2023.0),
            N(10.0),
            N(12.0),
            T("Global Summit 2023"),
            T("Summit"),
        ],
        vec![N(2024.0), N(13.0), Empty, T("Bad month"), T("Report")],
    ];
    let (_, stdout, err, text) = import_bytes("new.xlsx", &xlsx(&[("od1", &rows)]));
    assert!(stdout.contains("new.xlsx:3: skipped: Month:"), "{stdout}");
    assert!(
        err.contains("1 of 2 rows of its sheet \"od1\" became milestones"),
        "{err}"
    );
    assert!(text.contains("date: \"2023-10-12\""), "{text}");
}

#[test]
fn a_libreoffice_sheet_becomes_milestones() {
    let rows = [
        ods_row(&["Year", "Headline"].map(ods_text)),
        ods_row(&[ods_number("2023", "2023"), ods_text("From LibreOffice")]),
    ];
    let bytes = ods(&ods_content("Sheet1", &rows.concat()));
    let (_, _, err, text) = import_bytes("new.ods", &bytes);
    assert!(err.contains("1 of 1 rows of its sheet \"Sheet1\""), "{err}");
    assert!(text.contains("title: \"From LibreOffice\""), "{text}");
}

#[test]
fn a_sheet_becomes_milestones_in_a_file_that_checks() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sheet = dir.path().join("new.csv");
    std::fs::write(
        &sheet,
        "Year,Month,Day,Headline,Text,Group,Media,Media Credit\n\
         2023,10,12,Global Summit 2023,\"Abu Dhabi, with \"\"quotes\"\"\",Summit,https://www.weprotect.org/,WeProtect\n\
         2024,13,,Bad month,,Report,,\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("new.ron");
    let (code, stdout, err) = cli::run(&[
        OsStr::new("--import"),
        sheet.as_os_str(),
        OsStr::new("--out"),
        out.as_os_str(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.contains("new.csv:3: skipped: Month:"), "{stdout}");
    assert!(err.contains("1 of 2 rows became milestones"), "{err}");
    let (code, checked, _) = cli::run(&[OsStr::new("--check"), out.as_os_str()]);
    assert_eq!(code, 0, "{checked}");
    let text = std::fs::read_to_string(&out).unwrap_or_else(|e| panic!("{e}"));
    assert!(text.contains("title: \"Global Summit 2023\""));
    assert!(text.contains("date: \"2023-10-12\""));
}

#[test]
fn what_cannot_be_read_writes_nothing_and_says_why() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("new.ron");
    let run = |sheet: &std::path::Path| {
        cli::run(&[
            OsStr::new("--import"),
            sheet.as_os_str(),
            OsStr::new("--out"),
            out.as_os_str(),
        ])
    };
    let workbook = dir.path().join("sheet.xlsx");
    std::fs::write(&workbook, b"PK\x03\x04").unwrap_or_else(|e| panic!("{e}"));
    let (code, _, err) = run(&workbook);
    assert_eq!(code, 1);
    assert!(err.contains("not a readable workbook"), "{err}");

    let named_wrong = dir.path().join("sheet.csv");
    let rows = [header(&["Year", "Headline"])];
    std::fs::write(&named_wrong, xlsx(&[("od1", &rows)])).unwrap_or_else(|e| panic!("{e}"));
    let (code, _, err) = run(&named_wrong);
    assert_eq!(code, 1);
    assert!(
        err.contains("named .csv but holds an Excel workbook"),
        "{err}"
    );

    let other = dir.path().join("notes.txt");
    std::fs::write(&other, "Year,Headline\n").unwrap_or_else(|e| panic!("{e}"));
    let (code, _, err) = run(&other);
    assert_eq!(code, 1);
    assert!(err.contains(".xlsx") && err.contains(".ods"), "{err}");

    let latin1 = dir.path().join("latin1.csv");
    std::fs::write(&latin1, b"Year,Headline\n2023,Caf\xe9\n").unwrap_or_else(|e| panic!("{e}"));
    let (code, _, err) = run(&latin1);
    assert_eq!(code, 1);
    assert!(err.contains("UTF-8"), "{err}");

    let not_timeline = dir.path().join("other.json");
    std::fs::write(&not_timeline, "{\"title\": 1}").unwrap_or_else(|e| panic!("{e}"));
    let (code, _, err) = run(&not_timeline);
    assert_eq!(code, 1);
    assert!(err.contains("not a TimelineJS file"), "{err}");

    let (code, _, err) = cli::run(&[OsStr::new("--import"), workbook.as_os_str()]);
    assert_eq!(code, 2, "--out is required: {err}");
    assert!(!out.exists(), "nothing was written");
}
