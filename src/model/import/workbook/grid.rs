//! The cells of one sheet, gathered under bounds whatever the file claims, then laid
//! out as a [`Table`] with a note wherever a cell is read otherwise than it shows (how
//! each cell reads as text is `cell`'s job).

use super::cell::{MAX_CELL_BYTES, Value, letters};
use crate::model::import::tables::{MAX_ROWS, Note, Table};

/// Cells right of this column (BL) are not read: the template has 16 columns.
pub const MAX_COLUMNS: u32 = 64;
/// The most cells a sheet may fill, counting the empty ones left of a filled one in
/// its row: the template's 16 columns over [`MAX_ROWS`] rows, with room to spare.
pub const MAX_CELLS: usize = 2_000_000;
/// The most text read from one sheet, counting a text each time a cell repeats it.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Cells by their place (row and column from 0), with the bounds checked as they come.
#[derive(Default)]
pub struct Grid {
    cells: Vec<(u32, u32, Value)>,
    text_bytes: usize,
    /// The first row with a cell right of [`MAX_COLUMNS`].
    wide: Option<u32>,
}

impl Grid {
    /// One cell; an error once the sheet holds more than the bounds allow.
    pub fn put(&mut self, row: u32, column: u32, value: Value) -> Result<(), String> {
        if row as usize > MAX_ROWS {
            return Err(format!(
                "the sheet has more than {MAX_ROWS} rows under its header"
            ));
        }
        if column >= MAX_COLUMNS {
            self.wide_at(row);
            return Ok(());
        }
        if self.cells.len() >= MAX_CELLS {
            return Err(format!("the sheet has more than {MAX_CELLS} cells"));
        }
        self.text_bytes = self.text_bytes.saturating_add(value.len());
        if self.text_bytes > MAX_TEXT_BYTES {
            return Err(format!(
                "the sheet holds more than {} MiB of text",
                MAX_TEXT_BYTES >> 20
            ));
        }
        self.cells.push((row, column, value));
        Ok(())
    }

    /// The first row with a cell right of [`MAX_COLUMNS`], when the reader found one
    /// without handing it over.
    pub fn wide_at(&mut self, row: u32) {
        self.wide = Some(self.wide.map_or(row, |w| w.min(row)));
    }

    /// The cells as a table: row 1 is the header, each row keeps its number.
    pub fn finish(self, sheet: &str) -> Result<Table, String> {
        if self.cells.is_empty() {
            return Err(format!("the sheet {sheet:?} is empty"));
        }
        let mut rows = by_row(self.cells)?.into_iter();
        let Some((0, header)) = rows.next() else {
            return Err(format!(
                "row 1 of the sheet {sheet:?} is empty; it must name the columns \
                 (Year, Month, Day, Headline, Text…), as in the TimelineJS template"
            ));
        };
        let mut notes = Vec::new();
        let header: Vec<String> = header
            .into_iter()
            .enumerate()
            .map(|(column, value)| plain(value, 0, &column_name(column), &mut notes))
            .collect();
        let layout = Layout::of(&header);
        let rows = rows
            .map(|(row, cells)| (row as usize + 1, layout.texts(row, cells, &mut notes)))
            .collect();
        if let Some(row) = self.wide {
            notes.push(Note {
                row: row as usize + 1,
                column: format!("column {} onwards", letters(MAX_COLUMNS)),
                why: format!(
                    "cells right of column {} are not read",
                    letters(MAX_COLUMNS - 1)
                ),
            });
        }
        notes.sort_by_key(|n| n.row);
        Ok(Table {
            header,
            rows,
            notes,
            sheet: Some(sheet.to_owned()),
        })
    }
}

/// A row's number from 0 and its cells from column A, `None` where empty.
type Row = (u32, Vec<Option<Value>>);

/// The cells in rows, each row as wide as its last cell (the empty ones before it
/// counted against [`MAX_CELLS`]). A file may list its cells in any order, or one cell
/// twice: the first stays.
fn by_row(mut cells: Vec<(u32, u32, Value)>) -> Result<Vec<Row>, String> {
    cells.sort_by_key(|&(row, column, _)| (row, column));
    cells.dedup_by_key(|c| (c.0, c.1));
    let mut rows: Vec<Row> = Vec::new();
    let mut slots = 0usize;
    for (row, column, value) in cells {
        if rows.last().is_none_or(|r| r.0 != row) {
            rows.push((row, Vec::new()));
        }
        let Some((_, cells)) = rows.last_mut() else {
            continue;
        };
        slots = slots.saturating_add(column as usize + 1 - cells.len());
        if slots > MAX_CELLS {
            return Err(format!("the sheet has more than {MAX_CELLS} cells"));
        }
        cells.resize(column as usize, None);
        cells.push(Some(value));
    }
    Ok(rows)
}

/// "column Q", for a column with no name in row 1.
fn column_name(column: usize) -> String {
    format!(
        "column {}",
        letters(u32::try_from(column).unwrap_or(u32::MAX))
    )
}

/// The header's columns that the rows are read by.
struct Layout<'a> {
    header: &'a [String],
    /// The Year, Month and Day columns, then End Year, End Month and End Day.
    dated: [(Option<usize>, Option<usize>, Option<usize>); 2],
}

impl<'a> Layout<'a> {
    fn of(header: &'a [String]) -> Self {
        let at = |name: &str| {
            header
                .iter()
                .position(|h| h.trim().eq_ignore_ascii_case(name))
        };
        Self {
            header,
            dated: [
                (at("Year"), at("Month"), at("Day")),
                (at("End Year"), at("End Month"), at("End Day")),
            ],
        }
    }

    fn name(&self, column: usize) -> String {
        self.header
            .get(column)
            .map(|h| h.trim())
            .filter(|h| !h.is_empty())
            .map_or_else(|| column_name(column), str::to_owned)
    }

    /// A row's cells as text. A date typed in Year (or End Year) is its year there,
    /// and gives the row's Month and Day when both are empty, with a note.
    fn texts(&self, row: u32, cells: Vec<Option<Value>>, notes: &mut Vec<Note>) -> Vec<String> {
        let mut dates = Vec::new();
        let mut texts: Vec<String> = Vec::with_capacity(cells.len());
        for (column, value) in cells.into_iter().enumerate() {
            if let Some(Value::Date(text, ymd)) = &value
                && let Some(&(_, month, day)) = self.dated.iter().find(|d| d.0 == Some(column))
            {
                dates.push((column, month, day, text.clone(), *ymd));
            }
            texts.push(plain(value, row, &self.name(column), notes));
        }
        for (column, month, day, text, (y, m, d)) in dates {
            let empty = |c: Option<usize>| {
                c.is_some_and(|c| texts.get(c).is_none_or(|t| t.trim().is_empty()))
            };
            let why = if empty(month) && empty(day) {
                for (c, n) in [(month, m), (day, d)] {
                    if let Some(c) = c {
                        if texts.len() <= c {
                            texts.resize(c + 1, String::new());
                        }
                        texts[c] = n.to_string();
                    }
                }
                format!("a date ({text}): read as year {y}, month {m}, day {d}")
            } else {
                format!("a date ({text}): read as its year, {y}")
            };
            if let Some(cell) = texts.get_mut(column) {
                *cell = y.to_string();
            }
            notes.push(Note {
                row: row as usize + 1,
                column: self.name(column),
                why,
            });
        }
        texts
    }
}

/// A cell's text as the table holds it, with a note when that is not what it shows.
fn plain(value: Option<Value>, row: u32, column: &str, notes: &mut Vec<Note>) -> String {
    let mut note = |why: String| {
        notes.push(Note {
            row: row as usize + 1,
            column: column.to_owned(),
            why,
        });
    };
    match value {
        None => String::new(),
        Some(Value::Text(text) | Value::Date(text, _)) => text,
        Some(Value::Cut(text)) => {
            note(format!(
                "longer than {} KiB: only its start is read",
                MAX_CELL_BYTES >> 10
            ));
            text
        }
        Some(Value::Error(shown)) => {
            note(format!(
                "the cell shows {shown}, an error in the spreadsheet; read as empty"
            ));
            String::new()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_in_the_year_column_gives_the_empty_month_and_day() {
        let mut grid = Grid::default();
        for (column, name) in ["Year", "Month", "Day", "Headline"].iter().enumerate() {
            grid.put(0, column as u32, Value::Text((*name).into()))
                .unwrap_or_else(|e| panic!("{e}"));
        }
        let put = |grid: &mut Grid, row, column, value| {
            grid.put(row, column, value)
                .unwrap_or_else(|e| panic!("{e}"));
        };
        put(
            &mut grid,
            1,
            0,
            Value::Date("2023-10-12".into(), (2023, 10, 12)),
        );
        put(&mut grid, 1, 3, Value::Text("Summit".into()));
        put(
            &mut grid,
            2,
            0,
            Value::Date("2024-01-05".into(), (2024, 1, 5)),
        );
        put(&mut grid, 2, 1, Value::Text("3".into()));
        put(&mut grid, 4, 2, Value::Error("#REF!".into()));
        let table = grid.finish("od1").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            table.rows[0],
            (
                2,
                vec!["2023".into(), "10".into(), "12".into(), "Summit".into()]
            )
        );
        assert_eq!(table.rows[1], (3, vec!["2024".into(), "3".into()]));
        assert_eq!(
            table.rows[2],
            (5, vec![String::new(), String::new(), String::new()])
        );
        let notes: Vec<_> = table
            .notes
            .iter()
            .map(|n| (n.row, n.column.as_str()))
            .collect();
        assert_eq!(notes, [(2, "Year"), (3, "Year"), (5, "Day")]);
    }

    #[test]
    fn bounds_are_kept_whatever_the_file_claims() {
        let mut grid = Grid::default();
        assert!(
            grid.put(MAX_ROWS as u32 + 1, 0, Value::Text("x".into()))
                .is_err()
        );
        assert!(grid.put(3, MAX_COLUMNS, Value::Text("x".into())).is_ok());
        assert!(
            grid.cells.is_empty(),
            "a cell right of the last column is not kept"
        );
        let err = Grid::default().finish("Sheet1");
        assert!(err.is_err_and(|e| e.contains("empty")));
    }
}
