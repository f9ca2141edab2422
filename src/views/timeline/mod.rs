//! The interactive timeline: a real time axis, markers placed by date and packed into
//! lanes with their whole titles, era bands, an overview strip while zoomed in, a detail
//! panel, keyboard navigation, zoom, pan and category filters.
//!
//! One job a file: this one holds the state and wires the parts together. Pure
//! arithmetic: [`layout`] packs the markers and their label shapes into lanes (with
//! `lane_ends`), `wrap` finds the narrowest wraps of a title, `ticks` the year ticks,
//! `lane_index` the markers on screen, and `range` keeps the visible years drawable.
//! `derived` works out, once per data and filter, what every frame reads, with the
//! labels measured by `measure`. `toolbar`, `keys`, `axis`, `eras`, `lanes` (the
//! markers), `minimap` (the overview strip) and `detail` (the panel about the selected
//! milestone) draw and listen.

mod axis;
mod derived;
mod detail;
mod eras;
mod keys;
mod lane_ends;
mod lane_index;
mod lanes;
pub mod layout;
mod measure;
mod minimap;
mod range;
mod ticks;
mod toolbar;
mod wrap;

use std::collections::BTreeSet;

use eframe::egui::{self, Color32, FontId, text::LayoutJob};
use serde::{Deserialize, Serialize};

use crate::actions::{Action, Actions};
use crate::model::{Category, Milestone};
use crate::views::ViewContext;
use derived::{Derived, Selection};
pub use lanes::DrawnLabel;
use layout::Placed;
use measure::LabelWidths;
use range::clamp_range;
pub use range::sane_range;

/// What the timeline keeps between runs.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    /// The visible range in fractional years; `None` fits every milestone.
    pub range: Option<(f64, f64)>,
    /// Categories switched off with the chips.
    pub hidden: BTreeSet<Category>,
    /// The selected milestone's id: the one the detail panel shows. It lives with the
    /// timeline because the timeline is where a milestone is shown, but the app owns
    /// it: views read it through [`ViewContext::selected`] and change it by actions.
    pub selected: Option<String>,
}

/// What the timeline keeps while the app runs and never saves: what it worked out from
/// the data, the lane layout, and what the next frame should do after a jump.
#[derive(Default)]
pub struct Runtime {
    widths: LabelWidths,
    derived: Derived,
    selection: Selection,
    layout: lanes::Layout,
    /// Bring the selection into view on the next frame (set after a jump).
    pub reveal: bool,
    /// Give the selected marker keyboard focus on the next frame (after ←/→/Home/End).
    focus_follows: bool,
    /// The labels the last frame drew.
    drawn: Vec<DrawnLabel>,
    /// The overview strip's ticks.
    minimap: minimap::Columns,
}

impl Runtime {
    /// How many lanes the last layout used (benchmarks check the work was done).
    pub fn lanes(&self) -> usize {
        self.layout.lanes()
    }

    /// The labels the last frame drew, in the order they were drawn (and are read).
    pub fn drawn_labels(&self) -> &[DrawnLabel] {
        &self.drawn
    }

    /// Everything worked out from the data is worked out again on the next frame.
    pub fn data_changed(&mut self) {
        self.derived.invalidate();
        self.selection.invalidate();
        self.layout.invalidate();
        self.minimap.invalidate();
    }
}

const LABEL_FONT: f32 = 15.0;
const MAX_LABEL_CHARS: usize = 34;

/// The label a screen reader announces for a marker, e.g.
/// "2015-11 · Second WeProtect summit, Abu Dhabi; …".
pub fn marker_label(m: &Milestone) -> String {
    format!("{} · {}", m.when_iso(), m.title)
}

/// A marker's label: the title, or its start and "…" when it is long.
fn short_title(title: &str) -> String {
    match shortened(title) {
        (kept, true) => format!("{kept}…"),
        (kept, false) => kept.to_owned(),
    }
}

/// The text a marker's label is drawn from, as the layout placed it: the whole title
/// wrapped to the width and lines reserved for it, or the title cut short. No more
/// lines are ever drawn than were reserved.
fn label_job(title: &str, placed: &Placed, color: Color32) -> LayoutJob {
    let text = if placed.cut {
        short_title(title)
    } else {
        title.to_owned()
    };
    let wrap_width = if placed.lines > 1 {
        placed.label_width
    } else {
        f32::INFINITY
    };
    let mut job = LayoutJob::simple(text, FontId::proportional(LABEL_FONT), color, wrap_width);
    job.wrap.max_rows = usize::from(placed.lines.max(1));
    job.wrap.overflow_character = Some('…');
    job
}

/// What a marker's label keeps of `title`, and whether "…" follows it.
fn shortened(title: &str) -> (&str, bool) {
    // Where the last character kept ends, and whether more than one follows.
    let mut starts = title.char_indices().map(|(at, _)| at);
    let cut_at = starts.nth(MAX_LABEL_CHARS - 1);
    match (cut_at, starts.next()) {
        (Some(at), Some(_)) => (title.get(..at).unwrap_or(title).trim_end(), true),
        _ => (title, false),
    }
}

/// What the timeline draws with: the part the app saves and the part it only keeps
/// while running. Each stays where it lives and is lent for the frame, so that a slide
/// can pair its own saved part (its own zoom and filter) with the app's runtime part
/// (the measured labels, which the app tells when the data changes and when to reveal
/// a selection).
pub struct State<'a> {
    pub saved: &'a mut Saved,
    pub runtime: &'a mut Runtime,
}

/// Draws the timeline view. The selection is read from `cx`; `state.saved.selected`
/// is left to the app.
pub fn show(ui: &mut egui::Ui, cx: &ViewContext<'_>, state: &mut State<'_>, actions: &mut Actions) {
    let data = cx.data;
    let State { saved, runtime } = state;
    if runtime
        .derived
        .refresh(ui, &mut runtime.widths, data, &saved.hidden)
    {
        runtime.layout.invalidate();
        runtime.minimap.invalidate();
    }
    let selected_index = runtime.selection.index(data, cx.selected);
    let Runtime {
        derived,
        layout,
        reveal,
        focus_follows,
        drawn,
        minimap,
        ..
    } = runtime;
    let order = derived.order.as_slice();
    let position = selected_index.and_then(|s| derived.position(s));

    let mut range = saved.range.and_then(sane_range).unwrap_or(derived.fit);

    toolbar::toolbar(
        ui,
        data,
        derived,
        &mut saved.hidden,
        position,
        &mut range,
        actions,
    );
    ui.separator();

    if !cx.editing
        && let Some(index) = selected_index
        && let Some(m) = data.milestones.get(index)
    {
        egui::Panel::right("milestone_detail")
            .resizable(true)
            .default_size(360.0)
            .size_range(260.0..=600.0)
            .show(ui, |ui| {
                detail::detail(ui, data, m, order, position, actions);
            });
    }

    // Keys: only when no text field or menu wants them.
    if !ui.ctx().text_edit_focused() {
        let mut keyed = Actions::default();
        let fit = derived.fit_for(data, &saved.hidden);
        keys::keyboard(ui, data, order, fit, position, &mut range, &mut keyed);
        let moved = keyed
            .iter()
            .any(|a| matches!(a, Action::SelectMilestone(_)));
        actions.append(keyed);
        if moved {
            *focus_follows = true;
            *reveal = true;
        }
    }

    let take_focus = std::mem::take(focus_follows) && !*reveal;
    if *reveal {
        *reveal = false;
        *focus_follows = true;
        if let Some(m) = selected_index.and_then(|i| data.milestones.get(i)) {
            let x = m.date.start_year_fraction();
            let span = range.1 - range.0;
            if x < range.0 + span * 0.05 || x > range.1 - span * 0.3 {
                range = clamp_range(x - span * 0.4, x + span * 0.6);
            }
        }
    }

    // The overview strip, while zoomed in or panned away from the whole span.
    let fit = derived.fit_for(data, &saved.hidden);
    if range != fit {
        egui::Panel::bottom("timeline_overview")
            .resizable(false)
            .show(ui, |ui| {
                minimap::strip(ui, data, &derived.items, minimap, fit, &mut range);
            });
    }

    let drawing = lanes::Drawing {
        data,
        items: &derived.items,
        selected_index,
        take_focus,
        fit_end: fit.1,
    };
    lanes::axis_and_markers(ui, &drawing, layout, &mut range, drawn, actions);
    saved.range = if range == derived.fit_for(data, &saved.hidden) {
        None
    } else {
        Some(range)
    };
}

#[cfg(test)]
mod tests {
    use super::short_title;

    #[test]
    fn long_titles_are_cut_to_a_label_by_characters() {
        let exactly = "é".repeat(34);
        assert_eq!(short_title(&exactly), exactly);
        let longer = format!("{}xy", "é".repeat(33));
        assert_eq!(short_title(&longer), format!("{}…", "é".repeat(33)));
        let spaced = format!("{}   and the rest", "a".repeat(31));
        assert_eq!(short_title(&spaced), format!("{}…", "a".repeat(31)));
        assert_eq!(short_title(""), "");
    }
}
