//! LibreOffice spreadsheets put together in the test (a zip of `mimetype`, the manifest
//! and `content.xml`), with the cell markup LibreOffice writes.

use weprotect_explorer::model::import::{merge, read_table};

use super::sheets::{ods, ods_content, ods_number, ods_row, ods_text};
use super::without_milestones;

fn header() -> String {
    ods_row(&["Year", "Month", "Day", "Headline", "Text", "Group"].map(ods_text))
}

#[test]
fn a_libreoffice_sheet_becomes_milestones() {
    let rows = [
        header(),
        ods_row(&[
            ods_number("2023", "2023"),
            ods_number("10", "10"),
            ods_number("12", "12"),
            ods_text("Global Summit"),
            // Spaces written as <text:s>, a second paragraph, an entity, and a comment
            // that is not part of the text.
            r#"<table:table-cell office:value-type="string"><office:annotation><text:p>not this</text:p></office:annotation><text:p>In<text:s text:c="2"/>Abu Dhabi &amp; online</text:p><text:p>Second line</text:p></table:table-cell>"#.to_owned(),
            ods_text("Summit"),
        ]),
        // A date typed as a date in Year; an empty row in between, as LibreOffice
        // writes it; then a row repeated twice.
        ods_row(&[
            r#"<table:table-cell office:value-type="date" office:date-value="2024-03-05"><text:p>05/03/24</text:p></table:table-cell>"#.to_owned(),
            r#"<table:table-cell table:number-columns-repeated="2"/>"#.to_owned(),
            ods_text("Dated"),
        ]),
        r#"<table:table-row><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#.to_owned(),
        format!(
            r#"<table:table-row table:number-rows-repeated="2">{}{}</table:table-row>"#,
            ods_number("2020.0", "2020"),
            r#"<table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="string"><text:p>Twice</text:p></table:table-cell>"#
        ),
        // LibreOffice ends a sheet with its million empty rows.
        r#"<table:table-row table:number-rows-repeated="1048569"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#.to_owned(),
    ];
    let bytes = ods(&ods_content("od1", &rows.concat()));
    let table = read_table("new.ods", &bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(table.sheet.as_deref(), Some("od1"));
    let numbers: Vec<usize> = table.rows.iter().map(|r| r.0).collect();
    assert_eq!(
        numbers,
        [2, 3, 5, 6],
        "the rows as LibreOffice numbers them"
    );
    assert_eq!(table.rows[0].1[..3], ["2023", "10", "12"]);
    assert_eq!(table.rows[0].1[4], "In  Abu Dhabi & online\nSecond line");
    assert_eq!(table.rows[1].1[..3], ["2024", "3", "5"]);
    assert_eq!(table.rows[2].1[0], "2020");
    let (_, mut data) = without_milestones();
    let report = merge(&mut data, &table);
    // The repeated row is the same milestone twice: the second is already there.
    assert_eq!(report.taken, 3, "{:?}", report.skipped);
    let at: Vec<_> = report
        .skipped
        .iter()
        .map(|s| (s.row, s.column.as_str(), s.row_taken))
        .collect();
    assert_eq!(at, [(3, "Year", true), (6, "Headline", false)]);
}

#[test]
fn an_error_cell_is_read_as_empty_with_a_note() {
    let rows = [
        header(),
        ods_row(&[
            ods_number("2023", "2023"),
            r#"<table:table-cell table:formula="of:=#REF!" office:value-type="string" office:string-value="" calcext:value-type="error"><text:p>#REF!</text:p></table:table-cell>"#.to_owned(),
            String::new(),
            ods_text("Broken link"),
        ]),
    ];
    let bytes = ods(&ods_content("od1", &rows.concat()));
    let table = read_table("err.ods", &bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(table.rows[0].1[1], "");
    assert_eq!(table.notes.len(), 1);
    assert_eq!(
        (table.notes[0].row, table.notes[0].column.as_str()),
        (2, "Month")
    );
    assert!(table.notes[0].why.contains("#REF!"));
}
