//! The milestones for a web team: as a TimelineJS 3 JSON file, so that a site can embed
//! the same timeline with Knight Lab's viewer, and as CSV in the columns of the
//! TimelineJS Google Sheets template, for a spreadsheet.
//!
//! A date is written at its own precision (a year stays a year), a range keeps its end,
//! the category becomes TimelineJS's `group`, and the first source is the media link
//! with its label as the credit, so that every event still says where it comes from.

use serde_json::{Map, Value, json};

use super::csv::field;
use super::{Alliance, Era, Milestone, PartialDate};

/// The TimelineJS template's columns, in its order.
pub const TEMPLATE_COLUMNS: [&str; 16] = [
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Type",
    "Group",
    "Background",
];

/// Text as TimelineJS shows it: it puts headlines, texts and credits into the page as
/// HTML, so a `<` in a title from a data file would become markup on the web team's
/// site. Every such character is written as its entity.
fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A TimelineJS date object: `year`, and `month` and `day` when the date has them.
fn date(d: &PartialDate) -> Value {
    let mut date = Map::new();
    date.insert("year".into(), json!(d.year_number()));
    if let Some(m) = d.month_number() {
        date.insert("month".into(), json!(m));
    }
    if let Some(day) = d.day_number() {
        date.insert("day".into(), json!(day));
    }
    Value::Object(date)
}

fn event(m: &Milestone) -> Value {
    let mut event = Map::new();
    event.insert("unique_id".into(), json!(m.id));
    event.insert("start_date".into(), date(&m.date));
    if let Some(end) = &m.end {
        event.insert("end_date".into(), date(end));
    }
    event.insert("display_date".into(), json!(html_text(&m.when())));
    event.insert(
        "text".into(),
        json!({ "headline": html_text(&m.title), "text": html_text(&m.summary) }),
    );
    event.insert("group".into(), json!(m.category.label()));
    if let Some(source) = m.sources.first() {
        event.insert(
            "media".into(),
            json!({ "url": source.url, "credit": html_text(&source.label) }),
        );
    }
    Value::Object(event)
}

/// An era; TimelineJS needs an end, so one still going ends with the last milestone.
fn era(e: &Era, last: Option<&PartialDate>) -> Option<Value> {
    let end = e.end.as_ref().or(last)?;
    Some(json!({
        "start_date": date(&e.start),
        "end_date": date(end),
        "text": { "headline": html_text(&e.title) },
    }))
}

/// The whole timeline as TimelineJS 3 JSON: a title slide from the data's title and
/// tagline, an event per milestone, and the eras.
pub fn to_json(data: &Alliance) -> String {
    let last = data
        .milestones
        .iter()
        .map(|m| m.end.as_ref().unwrap_or(&m.date))
        .max();
    let eras: Vec<Value> = data.eras.iter().filter_map(|e| era(e, last)).collect();
    let timeline = json!({
        "title": {
            "text": { "headline": html_text(&data.title), "text": html_text(&data.tagline) }
        },
        "events": data.milestones.iter().map(event).collect::<Vec<_>>(),
        "eras": eras,
    });
    serde_json::to_string_pretty(&timeline).unwrap_or_else(|_| "{}".to_owned())
}

/// The milestones as CSV in the template's columns, a line each, in date order.
pub fn to_csv(data: &Alliance) -> String {
    let mut lines = vec![TEMPLATE_COLUMNS.join(",")];
    let part = |n: Option<u8>| n.map(|n| n.to_string()).unwrap_or_default();
    for m in &data.milestones {
        let (end_year, end_month, end_day) = m.end.as_ref().map_or_else(
            || (String::new(), String::new(), String::new()),
            |e| {
                (
                    e.year_number().to_string(),
                    part(e.month_number()),
                    part(e.day_number()),
                )
            },
        );
        let (media, credit) = m
            .sources
            .first()
            .map_or((String::new(), String::new()), |s| {
                (s.url.clone(), s.label.clone())
            });
        let cells = [
            m.date.year_number().to_string(),
            part(m.date.month_number()),
            part(m.date.day_number()),
            String::new(),
            end_year,
            end_month,
            end_day,
            m.when(),
            m.title.clone(),
            m.summary.clone(),
            media,
            credit,
            String::new(),
            String::new(),
            m.category.label().to_owned(),
            String::new(),
        ];
        lines.push(cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
    }
    lines.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_default;

    #[test]
    fn every_milestone_is_an_event_at_its_own_precision() {
        let data = load_default().unwrap_or_else(|e| panic!("{e}"));
        let parsed: Value = serde_json::from_str(&to_json(&data)).unwrap_or_else(|e| panic!("{e}"));
        let events = parsed["events"].as_array().cloned().unwrap_or_default();
        assert_eq!(events.len(), data.milestones.len());
        for (e, m) in events.iter().zip(&data.milestones) {
            assert_eq!(e["unique_id"], json!(m.id));
            assert_eq!(e["text"]["headline"], json!(html_text(&m.title)));
            assert_eq!(e["start_date"]["year"], json!(m.date.year_number()));
            // A year stays a year: no month or day is made up.
            assert_eq!(
                e["start_date"].get("month").is_some(),
                m.date.month_number().is_some()
            );
            assert_eq!(
                e["start_date"].get("day").is_some(),
                m.date.day_number().is_some()
            );
            assert_eq!(e.get("end_date").is_some(), m.end.is_some());
            assert_eq!(e["group"], json!(m.category.label()));
            if let Some(s) = m.sources.first() {
                assert_eq!(e["media"]["url"], json!(s.url));
            }
        }
        assert_eq!(
            parsed["eras"].as_array().map_or(0, Vec::len),
            data.eras.len(),
            "an era still going ends with the last milestone"
        );
    }

    /// TimelineJS puts these texts into the page as HTML: markup from a data file must
    /// arrive as text.
    #[test]
    fn markup_in_a_title_arrives_as_text() {
        let mut data = load_default().unwrap_or_else(|e| panic!("{e}"));
        data.milestones[0].title = "<img src=x onerror=alert(1)> & \"quotes\"".into();
        data.milestones[0].sources[0].label = "<b>bold</b>".into();
        let json = to_json(&data);
        assert!(!json.contains("<img") && !json.contains("<b>"), "{json}");
        let parsed: Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            parsed["events"][0]["text"]["headline"],
            json!("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;")
        );
        assert_eq!(
            parsed["events"][0]["media"]["credit"],
            json!("&lt;b&gt;bold&lt;/b&gt;")
        );
    }

    #[test]
    fn the_csv_has_the_template_columns_and_a_line_per_milestone() {
        let data = load_default().unwrap_or_else(|e| panic!("{e}"));
        let csv = to_csv(&data);
        let mut lines = csv.lines();
        assert_eq!(lines.next(), Some(TEMPLATE_COLUMNS.join(",").as_str()));
        assert_eq!(lines.count(), data.milestones.len());
        // The summit: a range, known to the day.
        assert!(csv.contains("2022,6,1,,2022,6,2,1–2 June 2022,"), "{csv}");
    }
}
