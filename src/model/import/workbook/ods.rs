//! An OpenDocument spreadsheet's first sheet, read from its `content.xml` as it
//! streams by.
//!
//! Not through calamine: its ODS reader builds every sheet of the workbook in memory
//! before handing one over, repeating a cell's text for each column and row it is
//! repeated over (up to 100 million cells), and loops for ever on a `content.xml` that
//! ends inside a sheet. Here only the first sheet is read, a repeated cell is repeated
//! only as far as the bounds of [`Grid`], and every loop ends at the end of the file.

use std::io::{BufRead, BufReader};

use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

use super::Archive;
use super::cell::{MAX_CELL_BYTES, Value, iso_date, iso_duration, number};
use super::grid::{Grid, MAX_COLUMNS};
use crate::model::import::tables::Table;

const CUT_SHORT: &str = "its content.xml ends inside the sheet: the file is cut short or damaged";

/// The next event; an XML error as a sentence.
fn next<'b, R: BufRead>(xml: &mut Reader<R>, buf: &'b mut Vec<u8>) -> Result<Event<'b>, String> {
    buf.clear();
    xml.read_event_into(buf).map_err(|e| {
        format!(
            "its content.xml is not well-formed at byte {} ({e}): the file is damaged",
            xml.buffer_position()
        )
    })
}

/// An attribute's value, entities resolved.
fn attribute(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.as_ref() == name)
        .and_then(|a| {
            a.normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(std::borrow::Cow::into_owned)
        })
}

/// A `number-…-repeated` count: at least 1.
fn repeats(e: &BytesStart<'_>, name: &str) -> u32 {
    attribute(e, name)
        .and_then(|v| v.trim().parse::<u32>().ok())
        .unwrap_or(1)
        .max(1)
}

/// What a cell's attributes say of its value.
#[derive(Default)]
struct Typed {
    kind: Option<String>,
    value: Option<String>,
    date: Option<String>,
    time: Option<String>,
    boolean: Option<String>,
    string: Option<String>,
    error: bool,
}

impl Typed {
    fn of(e: &BytesStart<'_>) -> Self {
        let mut typed = Self::default();
        for a in e.attributes().with_checks(false).flatten() {
            let value = a
                .normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(std::borrow::Cow::into_owned);
            match a.key.as_ref() {
                "office:value-type" => typed.kind = value,
                "office:value" => typed.value = value,
                "office:date-value" => typed.date = value,
                "office:time-value" => typed.time = value,
                "office:boolean-value" => typed.boolean = value,
                "office:string-value" => typed.string = value,
                "calcext:value-type" => typed.error = value.as_deref() == Some("error"),
                _ => {}
            }
        }
        typed
    }

    /// The cell's value from its type, or from the text it shows (`shown`).
    fn value(self, shown: &str) -> Option<Value> {
        if self.error {
            return Some(Value::Error(shown.to_owned()));
        }
        match self.kind.as_deref() {
            Some("float" | "percentage" | "currency") => {
                match self.value.as_deref().map(|v| v.trim().parse::<f64>()) {
                    Some(Ok(n)) => Some(Value::Text(number(n))),
                    _ => Value::text(shown),
                }
            }
            Some("date") => self
                .date
                .as_deref()
                .map_or_else(|| Value::text(shown), iso_date),
            Some("time") => self
                .time
                .as_deref()
                .map_or_else(|| Value::text(shown), iso_duration),
            Some("boolean") => Some(Value::Text(
                if self.boolean.as_deref() == Some("true") {
                    "TRUE"
                } else {
                    "FALSE"
                }
                .to_owned(),
            )),
            _ => self
                .string
                .as_deref()
                .map_or_else(|| Value::text(shown), Value::text),
        }
    }
}

/// Adds `text` to `out`, up to a little more than a cell's bound (so that the cut is
/// seen and noted).
fn push(out: &mut String, text: &str) {
    let room = (MAX_CELL_BYTES + 4).saturating_sub(out.len());
    let mut end = text.len().min(room);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    out.push_str(&text[..end]);
}

/// The text a cell shows: its paragraphs a line each, spaces and tabs as written,
/// comments (`office:annotation`) left out. Reads to the cell's end.
fn shown<R: BufRead>(xml: &mut Reader<R>, buf: &mut Vec<u8>) -> Result<String, String> {
    let mut text = String::new();
    let mut depth = 1usize;
    let mut paragraphs = 0usize;
    // The depth at which a comment began, while inside one.
    let mut comment: Option<usize> = None;
    loop {
        let event = next(xml, buf)?;
        let inside = comment.is_none();
        match event {
            Event::Start(e) => {
                depth += 1;
                match e.name().as_ref() {
                    "office:annotation" if inside => comment = Some(depth),
                    "text:p" | "text:h" if inside => {
                        if paragraphs > 0 {
                            push(&mut text, "\n");
                        }
                        paragraphs += 1;
                    }
                    _ => {}
                }
            }
            Event::Empty(e) if inside => match e.name().as_ref() {
                "text:s" => {
                    let count = repeats(&e, "text:c") as usize;
                    push(&mut text, &" ".repeat(count.min(MAX_CELL_BYTES + 4)));
                }
                "text:tab" => push(&mut text, "\t"),
                "text:line-break" => push(&mut text, "\n"),
                "text:p" | "text:h" => {
                    if paragraphs > 0 {
                        push(&mut text, "\n");
                    }
                    paragraphs += 1;
                }
                _ => {}
            },
            Event::End(_) => {
                if comment == Some(depth) {
                    comment = None;
                }
                depth -= 1;
                if depth == 0 {
                    return Ok(text);
                }
            }
            Event::Text(t) if inside => push(&mut text, &t.xml10_content()),
            Event::CData(t) if inside => push(&mut text, &t.xml10_content()),
            Event::GeneralRef(r) if inside => {
                let name = r.xml10_content();
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => resolve_predefined_entity(&name)
                        .map_or_else(|| format!("&{name};"), str::to_owned),
                };
                push(&mut text, &resolved);
            }
            Event::Eof => return Err(CUT_SHORT.to_owned()),
            _ => {}
        }
    }
}

/// One row's cells from column 0, and whether a filled cell lay right of the last
/// column read. Reads to the row's end.
fn row<R: BufRead>(
    xml: &mut Reader<R>,
    buf: &mut Vec<u8>,
    inner: &mut Vec<u8>,
) -> Result<(Vec<(u32, Value)>, bool), String> {
    let mut cells = Vec::new();
    let mut column = 0u32;
    let mut wide = false;
    loop {
        let (e, open) = match next(xml, buf)? {
            Event::Start(e) => (e, true),
            Event::Empty(e) => (e, false),
            Event::End(e) if e.name().as_ref() == "table:table-row" => return Ok((cells, wide)),
            Event::Eof => return Err(CUT_SHORT.to_owned()),
            _ => continue,
        };
        if !matches!(
            e.name().as_ref(),
            "table:table-cell" | "table:covered-table-cell"
        ) {
            continue;
        }
        let typed = Typed::of(&e);
        let count = repeats(&e, "table:number-columns-repeated");
        let text = if open {
            shown(xml, inner)?
        } else {
            String::new()
        };
        if let Some(value) = typed.value(&text) {
            let end = column.saturating_add(count);
            for c in column..end.min(MAX_COLUMNS) {
                cells.push((c, value.clone()));
            }
            wide |= end > MAX_COLUMNS;
        }
        column = column.saturating_add(count);
    }
}

/// The first sheet of an OpenDocument spreadsheet.
pub fn read(zip: &mut Archive<'_>) -> Result<Table, String> {
    let file = zip
        .by_name("content.xml")
        .map_err(|e| format!("it has no readable content.xml ({e}): the file is damaged"))?;
    read_content(BufReader::new(file))
}

/// The first sheet of a `content.xml`.
fn read_content(content: impl BufRead) -> Result<Table, String> {
    let mut xml = Reader::from_reader(content);
    let (mut buf, mut cells, mut text) = (Vec::new(), Vec::new(), Vec::new());
    let sheet = loop {
        match next(&mut xml, &mut buf)? {
            Event::Start(e) if e.name().as_ref() == "table:table" => {
                break attribute(&e, "table:name").unwrap_or_default();
            }
            Event::Empty(e) if e.name().as_ref() == "table:table" => {
                let name = attribute(&e, "table:name").unwrap_or_default();
                return Err(format!("the sheet {name:?} is empty"));
            }
            Event::Eof => return Err("the workbook has no sheets".to_owned()),
            _ => {}
        }
    };
    let mut grid = Grid::default();
    // The row the next one is, from 0, counting the repeats of the rows before it.
    let mut at = 0u32;
    loop {
        let (count, open) = match next(&mut xml, &mut buf)? {
            Event::Start(e) if e.name().as_ref() == "table:table-row" => {
                (repeats(&e, "table:number-rows-repeated"), true)
            }
            Event::Empty(e) if e.name().as_ref() == "table:table-row" => {
                (repeats(&e, "table:number-rows-repeated"), false)
            }
            Event::End(e) if e.name().as_ref() == "table:table" => break,
            Event::Eof => return Err(CUT_SHORT.to_owned()),
            _ => continue,
        };
        if open {
            let (filled, wide) = row(&mut xml, &mut cells, &mut text)?;
            if wide {
                grid.wide_at(at);
            }
            // A repeated row is put once for each repeat, until the grid's bounds stop it.
            for repeat in 0..if filled.is_empty() { 0 } else { count } {
                let index = at.saturating_add(repeat);
                for (column, value) in &filled {
                    grid.put(index, *column, value.clone())?;
                }
            }
        }
        at = at.saturating_add(count);
    }
    grid.finish(&sheet)
}
