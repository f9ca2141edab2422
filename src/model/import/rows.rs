//! Rows of the TimelineJS template made into milestones.

use std::collections::{HashMap, HashSet};

use super::tables::Table;
use crate::model::{Alliance, Category, Milestone, PartialDate, Source, check_url};

/// What happened to one cell or row that was not taken as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The row as a spreadsheet numbers it (the header is row 1), or the event's place.
    pub row: usize,
    pub column: String,
    pub why: String,
    /// Whether this is a note on one cell, the row going on to be read (true), or the
    /// reason the whole row was left out (false).
    pub row_taken: bool,
}

impl Skipped {
    /// The report's line for it, as `--check` writes problems:
    /// `SHEET:ROW: skipped|note: COLUMN: why`.
    pub fn line(&self, sheet: &str) -> String {
        let what = if self.row_taken { "note" } else { "skipped" };
        format!(
            "{sheet}:{}: {what}: {}: {}",
            self.row, self.column, self.why
        )
    }
}

/// What an import did: how many rows became milestones, and each thing it left out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub taken: usize,
    pub skipped: Vec<Skipped>,
}

/// The date in three cells (year, month, day), at the precision they give; the column
/// at fault and why when they do not make a date.
fn date(year: &str, month: &str, day: &str) -> Result<PartialDate, (&'static str, String)> {
    let y: i32 = year
        .parse()
        .map_err(|_| ("Year", format!("{year:?} is not a year")))?;
    let text = match (month.is_empty(), day.is_empty()) {
        (true, true) => format!("{y:04}"),
        (false, true) => format!("{y:04}-{month:0>2}"),
        (false, false) => format!("{y:04}-{month:0>2}-{day:0>2}"),
        (true, false) => return Err(("Day", "a day needs a month".to_owned())),
    };
    text.parse()
        .map_err(|e| (if day.is_empty() { "Month" } else { "Day" }, format!("{e}")))
}

/// Text with any HTML tags taken out (TimelineJS texts may hold `<p>` and the like).
fn without_tags(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.trim().to_owned()
}

/// An id from a title and year, e.g. `global_summit_2023`, unique among `taken`.
/// `next` remembers the next number to try for each stem, so that a thousand rows of
/// the same title do not each count up from 2.
fn fresh_id(
    title: &str,
    year: i32,
    taken: &HashSet<String>,
    next: &mut HashMap<String, usize>,
) -> String {
    let mut stem: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .collect();
    stem = stem
        .split('_')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    stem.truncate(48);
    let stem = format!("{}_{year}", stem.trim_end_matches('_'));
    let stem = stem.trim_start_matches('_').to_owned();
    let mut id = stem.clone();
    let n = next.entry(stem.clone()).or_insert(2);
    while taken.contains(&id) {
        id = format!("{stem}_{n}");
        *n += 1;
    }
    id
}

/// A row's start and end, from the template's six date columns; the column at fault
/// and why when they do not make a date, or when it ends before it starts.
fn dates<'a>(
    cell: &impl Fn(&str) -> &'a str,
) -> Result<(PartialDate, Option<PartialDate>), (String, String)> {
    let start = date(cell("Year"), cell("Month"), cell("Day"))
        .map_err(|(column, why)| (column.to_owned(), why))?;
    if cell("End Year").is_empty() {
        return Ok((start, None));
    }
    match date(cell("End Year"), cell("End Month"), cell("End Day")) {
        Ok(end) if end >= start => Ok((start, Some(end))),
        Ok(end) => Err((
            "End Year".to_owned(),
            format!("it ends ({end}) before it starts ({start})"),
        )),
        Err((column, why)) => Err((format!("End {column}"), why)),
    }
}

/// The row's source: its Media address with its credit as the label (the address
/// itself when there is none); why it was left out when it is not a safe address.
fn source<'a>(cell: &impl Fn(&str) -> &'a str) -> Result<Option<Source>, String> {
    let media = cell("Media");
    if media.is_empty() {
        return Ok(None);
    }
    check_url(media).map_err(|e| format!("not a safe address ({e}); left out"))?;
    let credit = without_tags(cell("Media Credit"));
    let label = if credit.is_empty() {
        media.to_owned()
    } else {
        credit
    };
    Ok(Some(Source {
        label,
        url: media.to_owned(),
        ..Source::default()
    }))
}

/// Merges the rows of `table` into `into` as milestones, after those already there.
pub fn merge(into: &mut Alliance, table: &Table) -> Report {
    let mut report = Report::default();
    let mut ids: HashSet<String> = into.milestones.iter().map(|m| m.id.clone()).collect();
    // What is already there, by date and title: a lookup per row, so that 100,000
    // rows cost 100,000 lookups and not a scan of every milestone for each.
    let mut there: HashMap<(PartialDate, String), String> = into
        .milestones
        .iter()
        .map(|m| ((m.date, m.title.to_lowercase()), m.id.clone()))
        .collect();
    let mut next = HashMap::new();
    // The reader's notes on a row's cells come just before what became of the row.
    let mut notes = table.notes.iter().peekable();
    let mut noted = |report: &mut Report, up_to: usize| {
        while let Some(n) = notes.next_if(|n| n.row <= up_to) {
            report.skipped.push(Skipped {
                row: n.row,
                column: n.column.clone(),
                why: n.why.clone(),
                row_taken: true,
            });
        }
    };
    for (number, row) in &table.rows {
        noted(&mut report, *number);
        let cell = |column: &str| table.cell(row, column);
        let mut skip = |column: &str, why: String, row_taken: bool| {
            report.skipped.push(Skipped {
                row: *number,
                column: column.to_owned(),
                why,
                row_taken,
            });
        };
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let kind = cell("Type").to_ascii_lowercase();
        if kind == "title" || kind == "era" {
            skip("Type", format!("a {kind} row is not a milestone"), false);
            continue;
        }
        let (start, end) = match dates(&cell) {
            Ok(dates) => dates,
            Err((column, why)) => {
                skip(&column, why, false);
                continue;
            }
        };
        let title = without_tags(cell("Headline"));
        if title.is_empty() {
            skip(
                "Headline",
                "no headline: a milestone needs a title".into(),
                false,
            );
            continue;
        }
        if let Some(id) = there.get(&(start, title.to_lowercase())) {
            skip("Headline", format!("already in the data, as {id:?}"), false);
            continue;
        }
        let group = cell("Group");
        let category = Category::ALL
            .into_iter()
            .find(|c| c.label().eq_ignore_ascii_case(group))
            .unwrap_or_else(|| {
                if !group.is_empty() {
                    skip(
                        "Group",
                        format!("{group:?} is not one of the categories; filed under Outcome"),
                        true,
                    );
                }
                Category::Outcome
            });
        let sources = match source(&cell) {
            Ok(source) => source.into_iter().collect(),
            Err(why) => {
                skip("Media", why, true);
                Vec::new()
            }
        };
        let id = fresh_id(&title, start.year_number(), &ids, &mut next);
        ids.insert(id.clone());
        there.insert((start, title.to_lowercase()), id.clone());
        into.milestones.push(Milestone {
            id,
            date: start,
            end,
            title,
            summary: without_tags(cell("Text")),
            details: String::new(),
            category,
            deck: None,
            note: None,
            sources,
        });
        report.taken += 1;
    }
    noted(&mut report, usize::MAX);
    into.milestones.sort_by_key(|m| m.date);
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_come_at_the_precision_the_cells_give() {
        assert_eq!(date("2023", "", "").map(|d| d.iso()), Ok("2023".to_owned()));
        assert_eq!(
            date("2023", "10", "").map(|d| d.iso()),
            Ok("2023-10".to_owned())
        );
        assert_eq!(
            date("2023", "10", "12").map(|d| d.iso()),
            Ok("2023-10-12".to_owned())
        );
        assert_eq!(date("2023", "13", "").map_err(|e| e.0), Err("Month"));
        assert_eq!(date("2023", "2", "30").map_err(|e| e.0), Err("Day"));
        assert_eq!(date("twenty", "", "").map_err(|e| e.0), Err("Year"));
        assert_eq!(date("2023", "", "5").map_err(|e| e.0), Err("Day"));
    }

    #[test]
    fn ids_are_made_from_titles_and_never_repeat() {
        let mut taken = HashSet::new();
        let mut next = HashMap::new();
        let a = fresh_id("Global Summit, Abu Dhabi!", 2023, &taken, &mut next);
        assert_eq!(a, "global_summit_abu_dhabi_2023");
        taken.insert(a.clone());
        let b = fresh_id("Global summit: Abu Dhabi", 2023, &taken, &mut next);
        assert_eq!(b, format!("{a}_2"));
        taken.insert(b);
        assert_eq!(
            fresh_id("Global summit: Abu Dhabi", 2023, &taken, &mut next),
            format!("{a}_3")
        );
        assert_eq!(fresh_id("日本", 2024, &taken, &mut next), "2024");
    }
}
