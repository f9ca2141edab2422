//! An Excel workbook's first sheet, read with calamine's streaming cell reader: cells
//! one at a time, never a grid as large as the sheet says it is.

use std::io::{BufReader, Cursor};

use calamine::{DataRef, Reader, SheetType, Xlsx};
use quick_xml::events::Event;

use super::cell::{Value, clock, iso_date, iso_duration, number};
use super::grid::Grid;
use super::{Archive, MAX_CELLS};
use crate::model::import::tables::{MAX_ROWS, Table};

/// calamine sets aside room for as many shared texts as the workbook's `uniqueCount`
/// says, before reading one: a bound on what the sheet can use, checked first.
const MAX_SHARED_TEXTS: u64 = MAX_CELLS as u64;

/// The number that the first `sst` element of each shared-texts part gives as its
/// `uniqueCount`, refused when larger than [`MAX_SHARED_TEXTS`]. Read as calamine reads
/// it (any prefix, the first such element), and larger whenever in doubt: every digit
/// run after any `uniqueCount` in that element counts.
fn check_shared_texts(zip: &mut Archive<'_>) -> Result<(), String> {
    let parts: Vec<usize> = (0..zip.len())
        .filter(|&i| {
            zip.name_for_index(i)
                .and_then(Result::ok)
                .is_some_and(|n| n.to_ascii_lowercase().ends_with("sharedstrings.xml"))
        })
        .collect();
    for i in parts {
        let file = zip
            .by_index(i)
            .map_err(|e| format!("the workbook cannot be read: {e}"))?;
        let mut xml = quick_xml::Reader::from_reader(BufReader::new(file));
        let mut buf = Vec::new();
        loop {
            match xml.read_event_into(&mut buf) {
                Ok(Event::Start(e) | Event::Empty(e)) if e.local_name().as_ref() == "sst" => {
                    if declared_count(e.attributes_raw()) > MAX_SHARED_TEXTS {
                        return Err(format!(
                            "its shared texts say there are more than {MAX_SHARED_TEXTS} of them"
                        ));
                    }
                    break;
                }
                // calamine stops on the same errors, before it sets any room aside.
                Ok(Event::Eof) | Err(_) => break,
                Ok(_) => buf.clear(),
            }
        }
    }
    Ok(())
}

/// The largest number after a `uniqueCount` in an element's attributes (`u64::MAX` for
/// one too long to be a count).
fn declared_count(attributes: &str) -> u64 {
    attributes
        .match_indices("uniqueCount")
        .map(|(at, key)| {
            let rest = attributes[at + key.len()..]
                .trim_start_matches(|c: char| c.is_ascii_whitespace() || "=\"'+".contains(c));
            let digits: &str = rest
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .unwrap_or("")
                .trim_start_matches('0');
            if digits.len() > 18 {
                u64::MAX
            } else {
                digits.parse().unwrap_or(0)
            }
        })
        .max()
        .unwrap_or(0)
}

/// A cell as the table holds it: numbers as typed, dates as ISO text, errors noted.
fn value(cell: &DataRef<'_>) -> Option<Value> {
    match cell {
        DataRef::Empty => None,
        DataRef::String(text) => Value::text(text),
        DataRef::SharedString(text) => Value::text(text),
        DataRef::Int(n) => Some(Value::Text(n.to_string())),
        DataRef::Float(n) => Some(Value::Text(number(*n))),
        DataRef::Bool(b) => Some(Value::Text(if *b { "TRUE" } else { "FALSE" }.to_owned())),
        DataRef::DateTime(when) if when.is_duration() => Some(Value::Text(clock(when.as_f64()))),
        // A time alone is a fraction of a day: the clock it shows.
        DataRef::DateTime(when) if (0.0..1.0).contains(&when.as_f64()) => {
            Some(Value::Text(clock(when.as_f64())))
        }
        DataRef::DateTime(when) => {
            let (y, m, d, h, min, s, _) = when.to_ymd_hms_milli();
            let time = match (h, min, s) {
                (0, 0, 0) => String::new(),
                (h, min, 0) => format!(" {h:02}:{min:02}"),
                (h, min, s) => format!(" {h:02}:{min:02}:{s:02}"),
            };
            Some(Value::Date(
                format!("{y:04}-{m:02}-{d:02}{time}"),
                (i32::from(y), u32::from(m), u32::from(d)),
            ))
        }
        DataRef::DateTimeIso(iso) => iso_date(iso),
        DataRef::DurationIso(iso) => iso_duration(iso),
        DataRef::Error(e) => Some(Value::Error(e.to_string())),
    }
}

/// The first worksheet (chart sheets are passed over) of an Excel workbook.
pub fn read(zip: &mut Archive<'_>, bytes: &[u8]) -> Result<Table, String> {
    check_shared_texts(zip)?;
    let cannot = |e: calamine::XlsxError| {
        format!(
            "the workbook cannot be read ({e}); open it in the spreadsheet app and save it again"
        )
    };
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(cannot)?;
    let sheet = book
        .sheets_metadata()
        .iter()
        .find(|s| s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .ok_or("the workbook has no worksheet")?;
    let mut cells = book.worksheet_cells_reader(&sheet).map_err(cannot)?;
    let declared = cells.dimensions();
    // The header and MAX_ROWS rows under it; a sheet that says it is larger is refused
    // before a cell is read.
    if declared.end.0 as usize > MAX_ROWS {
        return Err(format!(
            "the sheet {sheet:?} says it has {} rows; at most {MAX_ROWS} rows under the header are read",
            u64::from(declared.end.0) + 1
        ));
    }
    let mut grid = Grid::default();
    while let Some(cell) = cells.next_cell().map_err(cannot)? {
        let (row, column) = cell.get_position();
        if let Some(value) = value(cell.get_value()) {
            grid.put(row, column, value)?;
        }
    }
    grid.finish(&sheet)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_declared_count_is_read_as_large_as_it_could_be() {
        assert_eq!(declared_count(r#"count="3" uniqueCount="2""#), 2);
        assert_eq!(declared_count(r#"uniqueCount = '0000012'"#), 12);
        assert_eq!(
            declared_count(r#"uniqueCount="1" x:uniqueCount="99999999""#),
            99_999_999
        );
        assert_eq!(
            declared_count(r#"uniqueCount="123456789012345678901234""#),
            u64::MAX
        );
        assert_eq!(declared_count(r#"count="5""#), 0);
    }
}
