//! What the app keeps between runs, and how it is read back.
//!
//! The saved state is untrusted input: a newer version may have written a value this
//! one does not know, a crash may have cut the file short, and anyone can edit it.
//! Each field is therefore read on its own and falls back to its default when it is
//! unknown, broken or out of range, so one bad value never costs the others and never
//! stops the app from starting. A repaired state is written back at once.

use std::path::PathBuf;

use ron::value::RawValue;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::views::{View, timeline};

use super::ThemeChoice;

/// What a person expects to find again after a restart.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    pub view: View,
    pub theme: ThemeChoice,
    /// UI zoom (Ctrl+= / Ctrl+− / Ctrl+0).
    pub zoom: f32,
    pub timeline: timeline::Saved,
    /// The last data files opened, newest first.
    pub recent: Vec<PathBuf>,
}

/// How many recent files the File menu lists.
pub const MAX_RECENT: usize = 5;

/// The UI zoom a person can choose; anything else is a damaged state.
pub const ZOOM_RANGE: std::ops::RangeInclusive<f32> = 0.5..=3.0;

/// A saved state larger than this is not read at all: real ones are a few hundred
/// bytes, and this still lets a state with a runaway list be read and repaired.
const MAX_STATE_BYTES: usize = 8 * 1024 * 1024;

/// Ids and paths longer than this are not real.
const MAX_ID_CHARS: usize = 256;
const MAX_PATH_BYTES: usize = 4096;

impl Default for Saved {
    fn default() -> Self {
        Self {
            view: View::Overview,
            theme: ThemeChoice::System,
            zoom: 1.0,
            timeline: timeline::Saved::default(),
            recent: Vec::new(),
        }
    }
}

/// The state read back, and what had to be repaired (empty when nothing was).
pub struct Restored {
    pub saved: Saved,
    pub repairs: Vec<String>,
}

/// The saved state with each field kept as its raw text, so that each can be read on
/// its own: one value this version does not know spoils only that value. Fields this
/// version does not know at all are skipped.
#[derive(Default, Deserialize)]
#[serde(default)]
struct RawSaved {
    #[serde(deserialize_with = "raw")]
    view: Option<Box<RawValue>>,
    /// Where versions before the selection moved into the timeline wrote it.
    #[serde(deserialize_with = "raw")]
    selected: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    theme: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    zoom: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    timeline: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    recent: Option<Box<RawValue>>,
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct RawTimeline {
    #[serde(deserialize_with = "raw")]
    range: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    hidden: Option<Box<RawValue>>,
    #[serde(deserialize_with = "raw")]
    selected: Option<Box<RawValue>>,
}

/// A present field, whatever its value (RON would otherwise want `Some(…)` around it).
fn raw<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Box<RawValue>>, D::Error> {
    Box::<RawValue>::deserialize(d).map(Some)
}

/// Reads the saved state's text, field by field.
pub fn restore(text: Option<&str>) -> Restored {
    let mut repairs = Vec::new();
    let mut saved = Saved::default();
    let Some(text) = text else {
        return Restored { saved, repairs };
    };
    if text.len() > MAX_STATE_BYTES {
        repairs.push(format!("the saved state is {} bytes; ignored", text.len()));
        return Restored { saved, repairs };
    }
    let raw: RawSaved = match parse(text) {
        Ok(raw) => raw,
        Err(e) => {
            repairs.push(format!("the saved state could not be read ({e}); ignored"));
            return Restored { saved, repairs };
        }
    };
    read(raw.view, "view", &mut saved.view, &mut repairs);
    // An older version's selection; the timeline's own, read below, wins over it.
    read(
        raw.selected,
        "selection",
        &mut saved.timeline.selected,
        &mut repairs,
    );
    read(raw.theme, "theme", &mut saved.theme, &mut repairs);
    read(raw.zoom, "zoom", &mut saved.zoom, &mut repairs);
    read(raw.recent, "recent files", &mut saved.recent, &mut repairs);
    if let Some(timeline) = raw.timeline {
        match parse::<RawTimeline>(timeline.get_ron()) {
            Ok(t) => {
                let into = &mut saved.timeline;
                read(t.range, "timeline range", &mut into.range, &mut repairs);
                read(t.hidden, "timeline filter", &mut into.hidden, &mut repairs);
                read(t.selected, "selection", &mut into.selected, &mut repairs);
            }
            Err(e) => repairs.push(format!("the saved timeline could not be read ({e}); reset")),
        }
    }
    sanitize(&mut saved, &mut repairs);
    Restored { saved, repairs }
}

/// Parses with a nesting limit: the state file is as untrusted as a data file.
fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ron::error::SpannedError> {
    ron::Options::default()
        .with_recursion_limit(16)
        .from_str(text)
}

/// Reads one field; on failure keeps the default and notes why.
fn read<T: DeserializeOwned>(
    value: Option<Box<RawValue>>,
    name: &str,
    into: &mut T,
    repairs: &mut Vec<String>,
) {
    if let Some(value) = value {
        match parse::<T>(value.get_ron()) {
            Ok(v) => *into = v,
            Err(e) => repairs.push(format!("the saved {name} could not be read ({e}); reset")),
        }
    }
}

/// Values that parse but cannot be right: out of range, too many, too long.
fn sanitize(saved: &mut Saved, repairs: &mut Vec<String>) {
    if !saved.zoom.is_finite() || !ZOOM_RANGE.contains(&saved.zoom) {
        repairs.push(format!(
            "the saved zoom {} is out of range; reset",
            saved.zoom
        ));
        saved.zoom = 1.0;
    }
    if let Some(range) = saved.timeline.range
        && timeline::sane_range(range).is_none()
    {
        repairs.push(format!(
            "the saved timeline range {range:?} cannot be shown; the timeline fits all"
        ));
        saved.timeline.range = None;
    }
    if saved
        .timeline
        .selected
        .as_ref()
        .is_some_and(|id| id.is_empty() || id.chars().count() > MAX_ID_CHARS)
    {
        repairs.push("the saved selection is not an id; cleared".into());
        saved.timeline.selected = None;
    }
    let before = saved.recent.len();
    let mut seen = std::collections::HashSet::new();
    saved.recent.retain(|p| {
        let len = p.as_os_str().len();
        len > 0 && len <= MAX_PATH_BYTES && seen.insert(p.clone())
    });
    saved.recent.truncate(MAX_RECENT);
    if saved.recent.len() != before {
        repairs.push(format!(
            "the saved recent files held {before} entries; kept {}",
            saved.recent.len()
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn restored(text: &str) -> Restored {
        restore(Some(text))
    }

    #[test]
    fn a_good_state_reads_back_unchanged() {
        let saved = Saved {
            view: View::Timeline,
            theme: ThemeChoice::Dark,
            zoom: 1.25,
            timeline: timeline::Saved {
                range: Some((2014.0, 2018.5)),
                hidden: [crate::model::Category::Summit].into(),
                selected: Some("launch".into()),
            },
            recent: vec!["/a.ron".into(), "/b.ron".into()],
        };
        let text = ron::to_string(&saved).unwrap_or_default();
        let back = restored(&text);
        assert_eq!(back.saved, saved);
        assert!(back.repairs.is_empty(), "{:?}", back.repairs);
    }

    #[test]
    fn one_unknown_value_costs_only_itself() {
        let back =
            restored(r#"(view: Settings, theme: Dark, zoom: 1.5, recent: ["/a.ron"], future: 3)"#);
        assert_eq!(back.saved.view, View::Overview);
        assert_eq!(back.saved.theme, ThemeChoice::Dark);
        assert!((back.saved.zoom - 1.5).abs() < f32::EPSILON);
        assert_eq!(back.saved.recent, [PathBuf::from("/a.ron")]);
        assert_eq!(back.repairs.len(), 1, "{:?}", back.repairs);
    }

    #[test]
    fn a_selection_written_by_an_older_version_is_the_timelines() {
        let back = restored(r#"(view: Timeline, selected: Some("launch"), zoom: 1.5)"#);
        assert_eq!(back.saved.timeline.selected.as_deref(), Some("launch"));
        assert!(back.repairs.is_empty(), "{:?}", back.repairs);
        // Written back, it is the timeline's: no top-level field any more.
        let text = ron::to_string(&back.saved).unwrap_or_default();
        assert!(text.contains(r#"selected:Some("launch")"#), "{text}");
        assert!(text.starts_with("(view:Timeline,theme:"), "{text}");
        // Both, in a state edited by hand: the timeline's own wins.
        let both = restored(r#"(selected: Some("old"), timeline: (selected: Some("new")))"#);
        assert_eq!(both.saved.timeline.selected.as_deref(), Some("new"));
        let empty = restored(r#"(selected: Some(""))"#);
        assert_eq!(empty.saved.timeline.selected, None);
        assert_eq!(empty.repairs.len(), 1, "{:?}", empty.repairs);
    }

    #[test]
    fn ranges_that_cannot_be_drawn_fall_back_to_fit() {
        for range in [
            "(-3e9, 3e9)",
            "(NaN, 2020.0)",
            "(2012.0, inf)",
            "(2020.0, 2012.0)",
            "(3000.0, 3001.0)",
            "(2020.0, 2020.0)",
        ] {
            let back = restored(&format!("(theme: Light, timeline: (range: Some({range})))"));
            assert_eq!(back.saved.timeline.range, None, "{range}");
            assert_eq!(back.saved.theme, ThemeChoice::Light, "{range}");
            assert_eq!(back.repairs.len(), 1, "{range}: {:?}", back.repairs);
        }
    }

    #[test]
    fn recent_files_are_capped_and_deduplicated() {
        let many: Vec<String> = (0..100_000).map(|i| format!("\"/f{i}.ron\"")).collect();
        let back = restored(&format!("(theme: Dark, recent: [{}])", many.join(",")));
        assert_eq!(back.saved.recent.len(), MAX_RECENT);
        assert_eq!(back.saved.theme, ThemeChoice::Dark);
        let few: Vec<String> = (0..40).map(|i| format!("\"/f{}.ron\"", i % 7)).collect();
        let back = restored(&format!("(recent: [{}], zoom: NaN)", few.join(",")));
        let names: Vec<String> = back
            .saved
            .recent
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        assert_eq!(
            names,
            ["/f0.ron", "/f1.ron", "/f2.ron", "/f3.ron", "/f4.ron"]
        );
        assert!((back.saved.zoom - 1.0).abs() < f32::EPSILON);
    }

    #[test]
    fn broken_text_starts_fresh() {
        for text in ["", "(", "[1, 2]", "(view: ", &"(".repeat(10_000)] {
            let back = restored(text);
            assert_eq!(back.saved, Saved::default(), "{text:.20}");
            assert!(!back.repairs.is_empty());
        }
        assert!(restore(None).repairs.is_empty());
    }
}
