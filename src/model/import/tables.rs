//! A spreadsheet's rows by column name, read from CSV or from a TimelineJS 3 JSON file.

use serde_json::Value;

/// The most rows read from one file; a longer file is refused with the count, rather
/// than merged in part.
pub const MAX_ROWS: usize = 100_000;

/// Rows of cells under a header. `rows` keeps each row's number as a person sees it
/// in a spreadsheet (the header is row 1), or its place among a JSON file's events.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
    /// Cells read otherwise than they show in the spreadsheet (an error cell read as
    /// empty, a date in the Year column split into year, month and day), in row order;
    /// the import reports them beside what it left out.
    pub notes: Vec<Note>,
    /// The sheet the rows come from, for a workbook of several.
    pub sheet: Option<String>,
}

/// A cell that was read, but not as it shows: where, and what was done with it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub row: usize,
    pub column: String,
    pub why: String,
}

impl Table {
    /// The cell of `row` under the column named `column` (ignoring case), trimmed.
    pub fn cell<'a>(&self, row: &'a [String], column: &str) -> &'a str {
        self.header
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(column))
            .and_then(|i| row.get(i))
            .map_or("", |c| c.trim())
    }
}

/// A CSV file with a header row, as a spreadsheet saves it.
pub fn from_csv(text: &str) -> Result<Table, String> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| format!("the header row cannot be read: {e}"))?
        .iter()
        .map(|h| h.trim_start_matches('\u{feff}').to_owned())
        .collect();
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        if i >= MAX_ROWS {
            return Err(format!("the file has more than {MAX_ROWS} rows"));
        }
        let record = record.map_err(|e| format!("row {}: {e}", i + 2))?;
        rows.push((i + 2, record.iter().map(str::to_owned).collect()));
    }
    Ok(Table {
        header,
        rows,
        ..Table::default()
    })
}

/// The words of an HTML text as TimelineJS stores them: the entities it (and this
/// app's export) writes for `&`, `<`, `>` and quotes become the characters again.
fn plain(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// A TimelineJS 3 JSON file: its events as rows in the template's columns.
pub fn from_timelinejs(text: &str) -> Result<Table, String> {
    let json: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    let events = json
        .get("events")
        .and_then(Value::as_array)
        .ok_or("no \"events\" list: not a TimelineJS file")?;
    if events.len() > MAX_ROWS {
        return Err(format!("the file has more than {MAX_ROWS} events"));
    }
    let columns = [
        "Year",
        "Month",
        "Day",
        "End Year",
        "End Month",
        "End Day",
        "Headline",
        "Text",
        "Media",
        "Media Credit",
        "Group",
    ];
    let number = |v: Option<&Value>| match v {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(s)) => s.clone(),
        _ => String::new(),
    };
    let rows = events
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let date = |key: &str, part: &str| number(e.get(key).and_then(|d| d.get(part)));
            // A text inside one of the event's objects: `text.headline`, `media.url`…
            let words = |object: &str, part: &str| {
                plain(
                    e.get(object)
                        .and_then(|o| o.get(part))
                        .and_then(Value::as_str)
                        .unwrap_or(""),
                )
            };
            let cells = vec![
                date("start_date", "year"),
                date("start_date", "month"),
                date("start_date", "day"),
                date("end_date", "year"),
                date("end_date", "month"),
                date("end_date", "day"),
                words("text", "headline"),
                words("text", "text"),
                words("media", "url"),
                words("media", "credit"),
                plain(e.get("group").and_then(Value::as_str).unwrap_or("")),
            ];
            (i + 1, cells)
        })
        .collect();
    Ok(Table {
        header: columns.iter().map(|c| (*c).to_owned()).collect(),
        rows,
        ..Table::default()
    })
}
