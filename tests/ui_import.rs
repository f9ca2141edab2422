//! File ▸ Import and File ▸ Export for the web, in the window: a spreadsheet dropped on
//! it is merged as one edit with a report of what was left and where; the milestones
//! go out as TimelineJS JSON or CSV.

mod common;
#[path = "common/sheets.rs"]
mod sheets;

use common::{app, app_exporting_to};
use eframe::egui::{Key, Modifiers};

const SHEET: &str = "Year,Month,Day,Headline,Text,Group\n\
2023,10,,Global Threat Assessment 2023,The fourth assessment.,Report\n\
2024,,,A 2024 milestone,Something that happened.,Governance\n\
twenty,,,A row without a year,Its year is a word.,Report\n";

#[test]
fn a_dropped_sheet_is_merged_as_one_edit_with_its_report() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sheet = dir.path().join("new.csv");
    std::fs::write(&sheet, SHEET).unwrap_or_else(|e| panic!("{e}"));
    let mut t = app();
    t.click("Timeline");
    let before = t.harness.state().document.data.milestones.len();
    t.drop_file(&sheet);
    assert!(t.has_label("Import report"));
    assert!(t.has_label("2 of 3 rows became milestones."));
    let line = format!("{}:4: skipped: Year:", sheet.display());
    assert!(t.has_label_containing(&line), "the bad row, where it is");
    assert!(t.has_label("2023-10 · Global Threat Assessment 2023"));
    assert!(t.has_label("2024 · A 2024 milestone"));
    assert_eq!(t.harness.state().document.data.milestones.len(), before + 2);
    assert!(
        t.harness.state().editing,
        "edit mode, to look over and save"
    );
    // The whole import is one step of undo.
    t.press_with(Modifiers::COMMAND, Key::Z);
    assert_eq!(t.harness.state().document.data.milestones.len(), before);
    assert!(!t.harness.state().document.edited);
    // Dropping it twice adds nothing the second time.
    t.press_with(Modifiers::COMMAND, Key::Y);
    t.drop_file(&sheet);
    assert!(t.has_label("0 of 3 rows became milestones."));
    assert_eq!(t.harness.state().document.data.milestones.len(), before + 2);
}

#[test]
fn a_file_that_is_not_a_sheet_is_refused_with_why() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sheet = dir.path().join("bad.json");
    std::fs::write(&sheet, "[1, 2, 3]").unwrap_or_else(|e| panic!("{e}"));
    let mut t = app();
    let before = t.harness.state().document.data.clone();
    t.drop_file(&sheet);
    let status = t
        .harness
        .state()
        .status
        .clone()
        .map(|s| (s.text, s.is_error));
    let (text, is_error) = status.unwrap_or_default();
    assert!(is_error && text.contains("was not imported"), "{text}");
    assert_eq!(t.harness.state().document.data, before);
}

#[test]
fn file_export_writes_the_milestones_as_timelinejs_json_and_csv() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = app_exporting_to(None, dir.path().to_path_buf());
    let n = t.harness.state().document.data.milestones.len();
    t.click("File");
    t.click("Export");
    t.click("Milestones as TimelineJS JSON…");
    let json =
        std::fs::read_to_string(dir.path().join("timeline.json")).unwrap_or_else(|e| panic!("{e}"));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
    let events = value["events"].as_array().map_or(0, Vec::len);
    assert_eq!(events, n);
    t.click("File");
    t.click("Export");
    t.click("Milestones as CSV (TimelineJS columns)…");
    let csv = std::fs::read_to_string(dir.path().join("milestones.csv"))
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(csv.starts_with("Year,Month,Day"));
    assert_eq!(csv.lines().count(), n + 1);
}

#[test]
fn import_into_a_new_file_starts_from_the_built_in_data_and_asks_before_dropping_edits() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let sheet = dir.path().join("new.csv");
    std::fs::write(&sheet, SHEET).unwrap_or_else(|e| panic!("{e}"));
    let mut t = app();
    t.click("Timeline");
    t.click("Edit");
    t.click("Add a milestone");
    let builtin = t.harness.state().document.base.milestones.len();
    // What File ▸ Import into a new file… does with the file the dialog gave.
    let ctx = t.harness.ctx.clone();
    t.harness.state_mut().apply(
        &ctx,
        weprotect_explorer::actions::Action::ImportFile {
            path: sheet,
            fresh: true,
        },
    );
    t.harness.run_ok();
    assert!(t.has_label("Drop your edits?"));
    t.click("Drop the edits");
    let app = t.harness.state();
    assert_eq!(app.document.data.milestones.len(), builtin + 2);
    assert!(app.document.path.is_none(), "a new file: Save asks where");
    assert!(app.document.edited);
    assert!(t.has_label("2 of 3 rows became milestones."));
}

#[test]
fn a_dropped_excel_workbook_is_imported_the_same_way() {
    use sheets::{N, T, header, xlsx};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let book = dir.path().join("new.xlsx");
    let rows = [
        header(&["Year", "Month", "Headline", "Text", "Group"]),
        vec![
            N(2023.0),
            N(10.0),
            T("Global Threat Assessment 2023"),
            T("The fourth assessment."),
            T("Report"),
        ],
    ];
    std::fs::write(&book, xlsx(&[("Timeline", &rows)])).unwrap_or_else(|e| panic!("{e}"));
    let mut t = app();
    t.click("Timeline");
    t.drop_file(&book);
    assert!(t.has_label("1 of 1 rows became milestones."));
    assert!(t.has_label("2023-10 · Global Threat Assessment 2023"));
}
