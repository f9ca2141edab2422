//! Workbooks made to hurt: damaged, cut short, lying about their size, or tiny and
//! unpacking to far more. Each gives a table or an error, in bounded time and memory;
//! a panic would abort the release build, so none may happen.

use std::sync::mpsc;
use std::time::Duration;

use weprotect_explorer::model::import::{ACCEPTED, EXTENSIONS, MAX_ROWS, Table, read_table};

use super::sheets::{
    N, T, header, ods, ods_content, ods_number, ods_row, ods_text, unzip, xlsx, zip,
};

/// `read_table` on its own thread, given `limit` to finish: a hang fails the test
/// instead of stalling it.
fn within(limit: Duration, name: &str, bytes: Vec<u8>) -> Result<Table, String> {
    let (tx, rx) = mpsc::channel();
    let name = name.to_owned();
    std::thread::spawn(move || {
        let _ = tx.send(read_table(&name, &bytes));
    });
    match rx.recv_timeout(limit) {
        Ok(result) => result,
        Err(mpsc::RecvTimeoutError::Timeout) => panic!("{limit:?} went by without an answer"),
        Err(mpsc::RecvTimeoutError::Disconnected) => panic!("the reader panicked"),
    }
}

fn refused(name: &str, bytes: Vec<u8>) -> String {
    match within(Duration::from_secs(30), name, bytes) {
        Ok(table) => panic!("read as {} rows", table.rows.len()),
        Err(e) => e,
    }
}

/// A small, deterministic stream of numbers (xorshift), so that a failure repeats.
struct Dice(u64);

impl Dice {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}

/// `bytes` cut short or with a few bytes changed.
fn mutate(dice: &mut Dice, bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    if dice.below(4) == 0 {
        out.truncate(dice.below(bytes.len()));
    } else {
        for _ in 0..=dice.below(8) {
            let at = dice.below(out.len());
            out[at] ^= 1 << dice.below(8);
        }
    }
    out
}

fn sample_xlsx() -> Vec<u8> {
    let rows = [
        header(&["Year", "Month", "Day", "Headline", "Text"]),
        vec![N(2023.0), N(10.0), N(12.0), T("Summit"), T("Abu Dhabi")],
        vec![N(2024.0), N(2.0), N(29.0), T("Leap day"), T("Shared text")],
        vec![N(2025.0), T("5"), T("6"), T("Shared text"), T("Abu Dhabi")],
    ];
    xlsx(&[("od1", &rows)])
}

fn sample_ods() -> Vec<u8> {
    let rows = [
        ods_row(&["Year", "Month", "Headline"].map(ods_text)),
        ods_row(&[
            ods_number("2023", "2023"),
            ods_number("10", "10"),
            ods_text("Summit"),
        ]),
        ods_row(&[
            ods_number("2024", "2024"),
            ods_text(""),
            ods_text("A &amp; B"),
        ]),
    ];
    ods(&ods_content("od1", &rows.concat()))
}

/// Every answer to a damaged file is a table or a sentence, within seconds: the
/// file's bytes changed at random (mostly caught by the zip's checks), and its XML
/// changed at random inside an intact archive (which reaches the sheet readers).
/// `IMPORT_MUTATIONS=N` (and `IMPORT_SEED`) run more rounds, or others.
#[test]
fn damaged_workbooks_give_a_table_or_an_error_never_a_panic_or_a_hang() {
    let setting = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let rounds = setting("IMPORT_MUTATIONS", 500);
    let mut dice = Dice(setting("IMPORT_SEED", 0x5eed_1234_abcd_ef01) | 1);
    for (name, good) in [("m.xlsx", sample_xlsx()), ("m.ods", sample_ods())] {
        assert!(within(Duration::from_secs(30), name, good.clone()).is_ok());
        let parts = unzip(&good);
        let (mut tables, mut errors) = (0, 0);
        for round in 0..rounds {
            let mut parts = parts.clone();
            let part = dice.below(parts.len());
            parts[part].1 = mutate(&mut dice, &parts[part].1);
            for bytes in [mutate(&mut dice, &good), zip(&parts)] {
                match within(Duration::from_secs(30), name, bytes) {
                    Ok(_) => tables += 1,
                    Err(e) if e.is_empty() => panic!("{name} round {round}: an empty error"),
                    Err(_) => errors += 1,
                }
            }
        }
        // Both answers come up: the damage reaches past the first check.
        assert!(
            tables > 0 && errors > 0,
            "{name}: {tables} tables, {errors} errors"
        );
    }
}

/// The sample workbook with the part whose name ends with `part` changed by `change`.
fn sample_xlsx_with(part: &str, change: impl Fn(&str) -> String) -> Vec<(String, Vec<u8>)> {
    let mut parts = unzip(&sample_xlsx());
    let found = parts.iter_mut().find(|(name, _)| name.ends_with(part));
    let Some((_, bytes)) = found else {
        panic!("the sample workbook has no {part}");
    };
    let changed = change(&String::from_utf8_lossy(bytes));
    assert_ne!(
        changed.as_bytes(),
        bytes.as_slice(),
        "{part} was not changed"
    );
    *bytes = changed.into_bytes();
    parts
}

/// The zip's sizes at an entry's headers set to `size`: the archive then says the
/// entry unpacks to that.
fn claim_size(bytes: &mut [u8], size: u32) {
    let mut at = 0;
    while at + 46 <= bytes.len() {
        match &bytes[at..at + 4] {
            b"PK\x03\x04" => bytes[at + 22..at + 26].copy_from_slice(&size.to_le_bytes()),
            b"PK\x01\x02" => bytes[at + 24..at + 28].copy_from_slice(&size.to_le_bytes()),
            _ => {}
        }
        at += 1;
    }
}

#[test]
fn a_workbook_that_says_it_unpacks_to_gigabytes_is_refused_unopened() {
    let mut bytes = zip(&[("xl/worksheets/sheet1.xml".to_owned(), b"<x/>".to_vec())]);
    claim_size(&mut bytes, 4_000_000_000);
    let e = refused("bomb.xlsx", bytes);
    assert!(e.contains("unpack to"), "{e}");
}

/// A sheet that says it is small but unpacks to more is stopped at what it said.
#[test]
fn a_workbook_that_unpacks_to_more_than_it_says_is_stopped() {
    let parts = sample_xlsx_with("sheet1.xml", |xml| {
        xml.replace(
            "<sheetData>",
            &format!("<sheetData>{}", " ".repeat(4 << 20)),
        )
    });
    let mut bytes = zip(&parts);
    // Every entry now claims 2,000 bytes: the shared texts and the sheet are longer.
    claim_size(&mut bytes, 2_000);
    let e = refused("liar.xlsx", bytes);
    assert!(!e.is_empty());
}

#[test]
fn a_sheet_that_declares_more_rows_than_are_read_is_refused_before_reading() {
    let parts = sample_xlsx_with("sheet1.xml", |xml| {
        xml.replace(
            "<dimension ref=\"A1:E4\"/>",
            "<dimension ref=\"A1:XFD1048576\"/>",
        )
    });
    let e = refused("huge.xlsx", zip(&parts));
    assert!(e.contains("1048576 rows"), "{e}");
}

#[test]
fn shared_texts_that_claim_billions_are_refused_before_room_is_made() {
    let parts = sample_xlsx_with("sharedStrings.xml", |xml| {
        let start = xml.find("uniqueCount=\"").map_or(0, |i| i + 13);
        let end = xml[start..].find('"').map_or(start, |e| start + e);
        format!("{}9999999999999{}", &xml[..start], &xml[end..])
    });
    let e = refused("sst.xlsx", zip(&parts));
    assert!(e.contains("shared texts"), "{e}");
}

#[test]
fn a_cell_repeated_over_a_million_rows_stops_at_the_row_bound() {
    let rows = [
        ods_row(&["Year", "Headline"].map(ods_text)),
        format!(
            r#"<table:table-row table:number-rows-repeated="1048575"><table:table-cell office:value-type="string" table:number-columns-repeated="16384"><text:p>{}</text:p></table:table-cell></table:table-row>"#,
            "x".repeat(1000)
        ),
    ];
    let e = refused("repeat.ods", ods(&ods_content("od1", &rows.concat())));
    assert!(
        e.contains("cells") || e.contains("text") || e.contains(&MAX_ROWS.to_string()),
        "{e}"
    );
}

#[test]
fn a_sheet_cut_short_or_with_endless_spaces_is_answered() {
    let cut = ods_content("od1", &ods_row(&["Year"].map(ods_text)));
    let cut = &cut[..cut.find("</table:table>").unwrap_or(cut.len())];
    let e = refused("cut.ods", ods(cut));
    assert!(e.contains("cut short"), "{e}");
    let rows = [
        ods_row(&["Year", "Headline"].map(ods_text)),
        ods_row(&[
            ods_number("2023", "2023"),
            r#"<table:table-cell office:value-type="string"><text:p>a<text:s text:c="4000000000"/>b</text:p></table:table-cell>"#.to_owned(),
        ]),
    ];
    let table = within(
        Duration::from_secs(30),
        "spaces.ods",
        ods(&ods_content("od1", &rows.concat())),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(table.rows[0].1[1].len() <= 128 * 1024);
    assert!(table.notes.iter().any(|n| n.why.contains("only its start")));
}

#[test]
fn a_workbook_with_no_sheet_or_not_a_workbook_says_so() {
    let mimetype = (
        "mimetype".to_owned(),
        b"application/vnd.oasis.opendocument.spreadsheet".to_vec(),
    );
    let no_sheet = zip(&[
        mimetype.clone(),
        (
            "content.xml".to_owned(),
            b"<office:document-content><office:body/></office:document-content>".to_vec(),
        ),
    ]);
    assert!(refused("none.ods", no_sheet).contains("no sheets"));
    let no_content = zip(&[mimetype]);
    assert!(refused("bare.ods", no_content).contains("content.xml"));
    let no_worksheet = sample_xlsx_with("workbook.xml", |xml| {
        let start = xml.find("<sheets>").unwrap_or(0);
        let end = xml.find("</sheets>").unwrap_or(start);
        format!("{}<sheets>{}", &xml[..start], &xml[end..])
    });
    let e = refused("none.xlsx", zip(&no_worksheet));
    assert!(e.contains("no worksheet"), "{e}");
    let empty_zip = zip(&[]);
    let e = refused("empty.xlsx", empty_zip);
    assert!(
        e.contains("holds a zip archive that is not a spreadsheet"),
        "{e}"
    );
    let e = refused("sheet.ods", sample_xlsx());
    assert!(e.contains("named .ods but holds an Excel workbook"), "{e}");
    let e = refused("sheet.csv", sample_ods());
    assert!(
        e.contains("named .csv but holds an OpenDocument spreadsheet"),
        "{e}"
    );
    let e = refused(
        "old.xls",
        b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 and more".to_vec(),
    );
    assert!(e.contains(".xls"), "{e}");
    let e = refused("sheet.xlsx", b"Year,Headline\n".to_vec());
    assert!(e.contains("not a zip archive"), "{e}");
    let e = refused("notes.txt", b"Year,Headline\n".to_vec());
    assert_eq!(e, ACCEPTED);
    assert!(e.contains(".xlsx") && e.contains(".ods") && e.contains(".csv"));
    // Every extension a file dialog offers is one that is read.
    for extension in EXTENSIONS {
        let e = refused(&format!("sheet.{extension}"), b"\xff".to_vec());
        assert_ne!(e, ACCEPTED, ".{extension}");
    }
}
