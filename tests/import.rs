//! Milestones through a spreadsheet and back: what the app writes for TimelineJS (CSV
//! in the template's columns, or JSON, or typed into an Excel workbook) comes back as
//! the same milestones, and a sheet a person typed has each bad row reported where it
//! is. Workbooks: `import/xlsx.rs`, `import/ods.rs`, and damaged ones in
//! `import/hostile.rs`.

#[path = "common/sheets.rs"]
mod sheets;

#[path = "import/hostile.rs"]
mod hostile;
#[path = "import/ods.rs"]
mod ods;
#[path = "import/xlsx.rs"]
mod xlsx;

use weprotect_explorer::model::import::{from_csv, from_timelinejs, merge};
use weprotect_explorer::model::{Alliance, Milestone, load_default, timelinejs};

/// The built-in data with no milestones, to import into.
fn without_milestones() -> (Alliance, Alliance) {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut empty = data.clone();
    empty.milestones.clear();
    (data, empty)
}

/// What a round trip must keep of a milestone: its dates, title, text, category and
/// first source's address.
fn kept(m: &Milestone) -> impl PartialEq + std::fmt::Debug {
    (
        m.date,
        m.end,
        m.title.clone(),
        m.summary.clone(),
        m.category,
        m.sources.first().map(|s| s.url.clone()),
    )
}

/// Exported by `write`, read back by `read` into data with no milestones: every
/// milestone comes back, nothing reported.
fn round_trip(
    write: fn(&Alliance) -> String,
    read: fn(&str) -> Result<weprotect_explorer::model::import::Table, String>,
) {
    let (data, _) = without_milestones();
    every_milestone_in(&read(&write(&data)).unwrap_or_else(|e| panic!("{e}")));
}

/// `table`, merged into the built-in data without its milestones, gives back every
/// one of them, nothing reported.
fn every_milestone_in(table: &weprotect_explorer::model::import::Table) {
    let (data, mut empty) = without_milestones();
    let report = merge(&mut empty, table);
    assert_eq!(report.taken, data.milestones.len(), "{:?}", report.skipped);
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    let before: Vec<_> = data.milestones.iter().map(kept).collect();
    let after: Vec<_> = empty.milestones.iter().map(kept).collect();
    assert_eq!(after, before);
}

#[test]
fn csv_export_then_import_keeps_every_milestone() {
    round_trip(timelinejs::to_csv, from_csv);
}

#[test]
fn timelinejs_export_then_import_keeps_every_milestone() {
    round_trip(timelinejs::to_json, from_timelinejs);
}

#[test]
fn importing_the_same_sheet_twice_adds_nothing_the_second_time() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut merged = data.clone();
    let table = from_csv(&timelinejs::to_csv(&data)).unwrap_or_else(|e| panic!("{e}"));
    let report = merge(&mut merged, &table);
    assert_eq!(report.taken, 0);
    assert_eq!(report.skipped.len(), data.milestones.len());
    assert_eq!(merged.milestones.len(), data.milestones.len());
}

#[test]
fn a_typed_sheet_has_its_bad_rows_reported_by_row_and_column() {
    let sheet = "\u{feff}Year,Month,Day,End Year,Headline,Text,Group,Type\n\
                 2023,10,12,,Global Summit 2023,<p>In <b>Abu Dhabi</b></p>,summit,\n\
                 2024,2,30,,Not a day,,,\n\
                 2024,,,2023,Ends first,,,\n\
                 ,,,,No year,,,\n\
                 2025,,,,Title row,,,title\n\
                 2025,,,,Odd group,,Press,\n";
    let table = from_csv(sheet).unwrap_or_else(|e| panic!("{e}"));
    let (_, mut empty) = without_milestones();
    let report = merge(&mut empty, &table);
    assert_eq!(report.taken, 2);
    let at: Vec<(usize, &str, bool)> = report
        .skipped
        .iter()
        .map(|s| (s.row, s.column.as_str(), s.row_taken))
        .collect();
    assert_eq!(
        at,
        [
            (3, "Day", false),
            (4, "End Year", false),
            (5, "Year", false),
            (6, "Type", false),
            (7, "Group", true),
        ]
    );
    let summit = &empty.milestones[0];
    assert_eq!(summit.title, "Global Summit 2023");
    assert_eq!(summit.summary, "In Abu Dhabi", "tags are taken out");
    assert_eq!(summit.date.iso(), "2023-10-12");
}

#[test]
fn a_sheet_of_a_hundred_thousand_rows_is_read_and_more_are_refused() {
    let mut sheet = String::from("Year,Headline\n");
    for i in 0..100_000 {
        sheet.push_str(&format!("{},Same title\n", 2000 + i % 20));
    }
    let table = from_csv(&sheet).unwrap_or_else(|e| panic!("{e}"));
    let (_, mut empty) = without_milestones();
    let report = merge(&mut empty, &table);
    // One milestone per year: the rest repeat a title on a date already taken.
    assert_eq!(report.taken, 20);
    assert_eq!(report.skipped.len(), 100_000 - 20);
    sheet.push_str("2001,One too many\n");
    let refused = from_csv(&sheet);
    assert!(refused.is_err_and(|e| e.contains("100000")));
}
