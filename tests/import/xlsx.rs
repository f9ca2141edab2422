//! Excel workbooks written by `rust_xlsxwriter`, as a person would type them: numbers as
//! numbers or as text, dates as dates, formulas with the result the app saved.

use weprotect_explorer::model::import::{Table, merge, read_table};
use weprotect_explorer::model::timelinejs::{self, TEMPLATE_COLUMNS};

use super::sheets::{Bool, Cell, Date, Empty, F, N, Owned, T, header, xlsx};
use super::{every_milestone_in, without_milestones};

const COLUMNS: [&str; 9] = [
    "Year",
    "Month",
    "Day",
    "End Year",
    "Display Date",
    "Headline",
    "Text",
    "Group",
    "Type",
];

fn read(name: &str, bytes: &[u8]) -> Table {
    read_table(name, bytes).unwrap_or_else(|e| panic!("{e}"))
}

/// (row, column, a note rather than the row left out) for each thing reported.
fn places(report: &weprotect_explorer::model::import::Report) -> Vec<(usize, &str, bool)> {
    report
        .skipped
        .iter()
        .map(|s| (s.row, s.column.as_str(), s.row_taken))
        .collect()
}

#[test]
fn numbers_are_read_as_they_were_typed() {
    #[rustfmt::skip]
    let rows = [
        header(&COLUMNS),
        vec![N(2023.0), N(10.0), N(12.0), Empty, Empty, T("Global Summit"), T("In Abu Dhabi"), T("Summit")],
        vec![T("2021"), T("5"), N(5.0), N(2022.0), Empty, T("Typed as text"), Empty, T("Report")],
        vec![N(2019.0), Empty, Empty, Empty, Empty, T("A year alone"), N(3.25)],
    ];
    let table = read("od1.xlsx", &xlsx(&[("od1", &rows)]));
    assert_eq!(table.sheet.as_deref(), Some("od1"));
    assert_eq!(table.header[..3], ["Year", "Month", "Day"]);
    let row = |n: usize| &table.rows[n].1;
    assert_eq!(row(0)[..3], ["2023", "10", "12"], "not 2023.0");
    assert_eq!(row(1)[..4], ["2021", "5", "5", "2022"]);
    assert_eq!(row(2)[6], "3.25");
    let (_, mut data) = without_milestones();
    let report = merge(&mut data, &table);
    assert_eq!(report.taken, 3, "{:?}", report.skipped);
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    let dates: Vec<_> = data.milestones.iter().map(|m| m.date.iso()).collect();
    assert_eq!(dates, ["2019", "2021-05-05", "2023-10-12"]);
}

#[test]
fn bad_rows_are_reported_at_the_row_and_column_the_app_shows() {
    #[rustfmt::skip]
    let rows = [
        header(&COLUMNS),
        vec![N(2023.0), N(10.0), N(12.0), Empty, Empty, T("Good"), F("=1/0", "#DIV/0!"), T("Summit")],
        vec![N(2024.0), N(13.0), Empty, Empty, Empty, T("Bad month")],
        // Row 4 is left empty, as a person leaves a gap: the numbers after it still
        // match the spreadsheet's.
        vec![],
        vec![Empty, Empty, Empty, Empty, Empty, T("No year")],
        vec![N(2025.0), Empty, Empty, Empty, Empty, T("Odd group"), Empty, T("Press")],
        vec![N(2025.0), Empty, Empty, Empty, Empty, T("A title"), Empty, Empty, T("title")],
        vec![N(2026.0), Empty, Empty, Empty, Empty, Empty, Bool(true)],
    ];
    let table = read("typed.xlsx", &xlsx(&[("Sheet1", &rows)]));
    let (_, mut data) = without_milestones();
    let report = merge(&mut data, &table);
    assert_eq!(report.taken, 2, "{:?}", report.skipped);
    assert_eq!(
        places(&report),
        [
            (2, "Text", true),
            (3, "Month", false),
            (5, "Year", false),
            (6, "Group", true),
            (7, "Type", false),
            (8, "Headline", false),
        ]
    );
    assert!(
        report.skipped[0].why.contains("#DIV/0!"),
        "{}",
        report.skipped[0].why
    );
    assert_eq!(table.rows.last().map(|r| r.1[6].as_str()), Some("TRUE"));
}

#[test]
fn a_date_typed_as_a_date_gives_the_milestone_its_day() {
    #[rustfmt::skip]
    let rows = [
        header(&COLUMNS),
        vec![Date(2023, 10, 12), Empty, Empty, Empty, Date(2023, 10, 12), T("Typed as a date")],
        vec![Date(2024, 3, 1), N(6.0), Empty, Empty, Empty, T("A date with a month typed")],
    ];
    let table = read("dates.xlsx", &xlsx(&[("od1", &rows)]));
    assert_eq!(table.rows[0].1[..5], ["2023", "10", "12", "", "2023-10-12"]);
    let (_, mut data) = without_milestones();
    let report = merge(&mut data, &table);
    assert_eq!(report.taken, 2);
    assert_eq!(places(&report), [(2, "Year", true), (3, "Year", true)]);
    assert!(report.skipped[0].why.contains("month 10, day 12"));
    let dates: Vec<_> = data.milestones.iter().map(|m| m.date.iso()).collect();
    assert_eq!(dates, ["2023-10-12", "2024-06"]);
}

#[test]
fn a_formula_is_read_as_the_result_the_app_saved() {
    #[rustfmt::skip]
    let rows = [
        header(&COLUMNS),
        vec![F("=2000+23", "2023"), F("=5*2", "10"), Empty, Empty, Empty, F("=\"Sum\"&\"mit\"", "Summit")],
    ];
    let table = read("formula.xlsx", &xlsx(&[("od1", &rows)]));
    assert_eq!(table.rows[0].1[..2], ["2023", "10"]);
    assert_eq!(table.rows[0].1[5], "Summit");
}

#[test]
fn the_first_sheet_is_read_and_named() {
    let first = [
        header(&["Year", "Headline"]),
        vec![N(2023.0), T("From the first")],
    ];
    let second = [
        header(&["Year", "Headline"]),
        vec![N(1999.0), T("From the second")],
    ];
    let table = read(
        "two.xlsx",
        &xlsx(&[("Timeline", &first), ("Notes", &second)]),
    );
    assert_eq!(table.sheet.as_deref(), Some("Timeline"));
    assert_eq!(
        table.rows,
        [(2, vec!["2023".to_owned(), "From the first".to_owned()])]
    );
}

#[test]
fn a_header_alone_is_no_rows_and_an_empty_sheet_is_said_to_be() {
    let table = read("header.xlsx", &xlsx(&[("od1", &[header(&COLUMNS)])]));
    assert!(table.rows.is_empty());
    assert_eq!(table.header.len(), COLUMNS.len());
    let empty = read_table("empty.xlsx", &xlsx(&[("Blank", &[])]));
    assert!(empty.is_err_and(|e| e.contains("\"Blank\" is empty")));
    let headless = [vec![], vec![N(2023.0), T("No header above")]];
    let headless = read_table("headless.xlsx", &xlsx(&[("od1", &headless)]));
    assert!(headless.is_err_and(|e| e.contains("row 1")));
}

#[test]
fn cells_right_of_the_last_column_read_are_noted_once() {
    let mut row = vec![N(2023.0), T("Wide")];
    row.resize(70, Empty);
    row.push(T("far right"));
    let table = read(
        "wide.xlsx",
        &xlsx(&[("od1", &[header(&["Year", "Headline"]), row.clone(), row])]),
    );
    assert_eq!(table.notes.len(), 1, "{:?}", table.notes);
    assert_eq!(table.notes[0].row, 2);
    assert!(table.rows.iter().all(|r| r.1.len() == 2));
}

/// The built-in milestones in the template's columns (as `--export-csv` writes them),
/// typed into a workbook with numbers as numbers, read back: the same milestones.
#[test]
fn export_then_import_through_a_workbook_keeps_every_milestone() {
    let (data, _) = without_milestones();
    let csv = weprotect_explorer::model::import::from_csv(&timelinejs::to_csv(&data))
        .unwrap_or_else(|e| panic!("{e}"));
    let mut rows = vec![header(&TEMPLATE_COLUMNS)];
    for (_, cells) in &csv.rows {
        rows.push(
            cells
                .iter()
                .map(|c| match c.parse::<f64>() {
                    Ok(n) => N(n),
                    Err(_) if c.is_empty() => Empty,
                    Err(_) => Owned(c.clone()),
                })
                .collect::<Vec<Cell>>(),
        );
    }
    every_milestone_in(&read("milestones.xlsx", &xlsx(&[("od1", &rows)])));
}
