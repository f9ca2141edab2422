//! Where each milestone goes on the time axis: pure arithmetic, no drawing.
//!
//! Markers are packed into lanes so that neither markers nor their labels overlap.
//! A label can be drawn several ways: the whole title on one, two or three lines, on
//! either side of its marker, or, when the window has no room left for whole titles,
//! cut short on one line. Each milestone, in date order, takes the way that adds the
//! least height to the lanes (then the lowest lane, then the fewest lines), in the
//! first lane free for it. The layout is recomputed only when the visible range, the
//! size or the filter changes, never on a plain repaint.

use super::lane_ends::LaneEnds;

/// How a milestone's label can be drawn, measured once per data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Label {
    /// The width the whole title takes on one, two and three lines; infinite where it
    /// cannot be drawn whole on that many lines (too long, or a script measured only
    /// as one line).
    pub whole: [f32; 3],
    /// The width of the title cut short to one line with "…", for when there is no
    /// room for whole titles; `None` when the title is short enough to be kept whole.
    pub cut: Option<f32>,
}

impl Label {
    /// A label drawn on one line only, `width` points wide.
    pub fn one_line(width: f32) -> Self {
        Self {
            whole: [width, f32::INFINITY, f32::INFINITY],
            cut: None,
        }
    }

    /// The narrowest way it can be drawn.
    fn narrowest(&self) -> f32 {
        self.whole
            .iter()
            .chain(self.cut.as_ref())
            .fold(f32::INFINITY, |a, b| a.min(*b))
    }
}

/// One milestone as the layout sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    /// Index into the data's milestone list.
    pub index: usize,
    /// Start and end on the axis, in fractional years.
    pub start: f64,
    pub end: f64,
    pub label: Label,
}

/// An item placed in a lane, in screen points relative to the axis' left edge.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub index: usize,
    pub lane: usize,
    pub x0: f32,
    pub x1: f32,
    /// Left and right edges of the item with its label: its whole extent.
    pub left: f32,
    pub right: f32,
    /// The label sits left of the marker.
    pub label_left: bool,
    /// The label's width and lines as the layout reserved them.
    pub label_width: f32,
    pub lines: u8,
    /// The label is the title cut short to one line.
    pub cut: bool,
}

/// Maps years to points along an axis of `width` points showing `start..end`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    pub start: f64,
    pub end: f64,
    pub width: f32,
}

impl Axis {
    pub fn x(&self, year: f64) -> f32 {
        let span = (self.end - self.start).max(1e-9);
        ((year - self.start) / span * f64::from(self.width)) as f32
    }

    pub fn year(&self, x: f32) -> f64 {
        self.start + f64::from(x) / f64::from(self.width.max(1.0)) * (self.end - self.start)
    }
}

/// The heights lanes are made of: a lane is as tall as its tallest label's lines
/// plus `pad`; `budget` is the height the window shows without scrolling.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rows {
    pub line: f32,
    pub pad: f32,
    pub budget: f32,
}

impl Rows {
    /// The height of a lane whose tallest label has `lines` lines.
    pub fn lane_height(&self, lines: u8) -> f32 {
        f32::from(lines.max(1)) * self.line + self.pad
    }
}

/// The packed layout: the items placed (in the order given) and each lane's lines.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Packed {
    pub placed: Vec<Placed>,
    pub lane_lines: Vec<u8>,
}

impl Packed {
    pub fn lanes(&self) -> usize {
        self.lane_lines.len()
    }
}

/// Space kept between a marker and its label, and between neighbours in a lane.
pub const MARKER: f32 = 12.0;
pub const GAP: f32 = 10.0;

/// One way to place an item's label, and what it costs.
#[derive(Clone, Copy, Debug)]
struct Choice {
    lane: usize,
    left: f32,
    right: f32,
    label_left: bool,
    width: f32,
    lines: u8,
    cut: bool,
    /// How much taller the lanes get.
    rise: f32,
    /// What else it is likely to cost, in points of height: a label that reaches past
    /// the next marker will likely push that milestone into a lane of its own, and one
    /// that runs off the edge of the axis is not read at all.
    penalty: f32,
}

impl Choice {
    /// Cheaper first: less height, a lower lane, fewer lines, the label on the right.
    fn cheaper_than(&self, other: &Self) -> bool {
        (
            self.rise + self.penalty,
            self.lane,
            self.lines,
            self.label_left,
        ) < (
            other.rise + other.penalty,
            other.lane,
            other.lines,
            other.label_left,
        )
    }
}

/// What a label running off the axis costs: more than any height it could save.
const OFF_EDGE: f32 = 1e6;

/// The lanes as packing goes: where each ends, how many lines each holds, how tall
/// they are together.
struct Lanes<'a> {
    ends: LaneEnds,
    lines: Vec<u8>,
    height: f32,
    rows: &'a Rows,
    width: f32,
}

impl Lanes<'_> {
    /// The cheapest side for a label of `width` × `lines` beside the marker `x0..x1`,
    /// when the next milestone's marker starts at `next`.
    fn best_side(
        &self,
        (x0, x1, next): (f32, f32, f32),
        width: f32,
        lines: u8,
        cut: bool,
    ) -> Choice {
        let right_side = (x0 - MARKER / 2.0, x1 + MARKER + width);
        let left_side = (x0 - MARKER - width, x1 + MARKER / 2.0);
        let right_fits = right_side.1 <= self.width;
        let left_fits = left_side.0 >= 0.0;
        let sides = [(false, right_side), (true, left_side)];
        let mut best: Option<Choice> = None;
        for (label_left, (left, right)) in sides {
            // A label runs off an edge only when neither side has room.
            let allowed = if label_left {
                left_fits
            } else {
                right_fits || !left_fits
            };
            if !allowed {
                continue;
            }
            let (lane, rise) = match self.ends.first_free(left) {
                Some(lane) => {
                    let now = self.lines.get(lane).copied().unwrap_or(1);
                    (lane, f32::from(lines.saturating_sub(now)) * self.rows.line)
                }
                None => (self.ends.lanes(), self.rows.lane_height(lines)),
            };
            let mut penalty = 0.0;
            if !right_fits && !left_fits {
                penalty += OFF_EDGE;
            }
            // Only the label can be helped: a marker that itself reaches the next one
            // pushes it on whatever the label.
            if right + GAP > next && x1 + MARKER / 2.0 + GAP <= next {
                penalty += self.rows.lane_height(1);
            }
            let choice = Choice {
                lane,
                left,
                right,
                label_left,
                width,
                lines,
                cut,
                rise,
                penalty,
            };
            if best.is_none_or(|b| choice.cheaper_than(&b)) {
                best = Some(choice);
            }
        }
        // `right_fits || !left_fits` or `left_fits` always holds: there is a side.
        best.unwrap_or(Choice {
            lane: self.ends.lanes(),
            left: right_side.0,
            right: right_side.1,
            label_left: false,
            width,
            lines,
            cut,
            rise: self.rows.lane_height(lines),
            penalty: OFF_EDGE,
        })
    }

    /// Places an item as `choice` says; returns its lane.
    fn take(&mut self, choice: &Choice) -> usize {
        let lane = if choice.lane >= self.ends.lanes() {
            self.lines.push(choice.lines);
            self.ends.open()
        } else {
            choice.lane
        };
        if let Some(now) = self.lines.get_mut(lane) {
            *now = (*now).max(choice.lines);
        }
        self.ends.set(lane, choice.right);
        self.height += choice.rise;
        lane
    }
}

/// Packs `items` (sorted by start) into lanes. Whole titles are preferred; a title is
/// cut short only when keeping it whole would make the lanes taller than
/// `rows.budget` and cutting it costs less height. Items wholly outside the axis are
/// skipped, so the cost follows what is visible, not the size of the data.
pub fn pack(items: &[Item], axis: &Axis, rows: &Rows) -> Packed {
    let mut lanes = Lanes {
        ends: LaneEnds::new(),
        lines: Vec::new(),
        height: 0.0,
        rows,
        width: axis.width,
    };
    let mut placed = Vec::new();
    for (at, item) in items.iter().enumerate() {
        let x0 = axis.x(item.start);
        let x1 = axis.x(item.end).max(x0);
        let next = items
            .get(at + 1)
            .map_or(f32::INFINITY, |n| axis.x(n.start) - MARKER / 2.0);
        let marker = (x0, x1, next);
        if x1 + MARKER + item.label.narrowest().min(1e6) < 0.0 || x0 > axis.width {
            continue;
        }
        let mut whole: Option<Choice> = None;
        for (k, width) in item.label.whole.iter().enumerate() {
            if !width.is_finite() {
                continue;
            }
            let lines = (k + 1) as u8;
            let choice = lanes.best_side(marker, *width, lines, false);
            if whole.is_none_or(|b| choice.cheaper_than(&b)) {
                whole = Some(choice);
            }
        }
        let cut = item
            .label
            .cut
            .filter(|w| w.is_finite())
            .map(|width| lanes.best_side(marker, width, 1, true));
        let choice = match (whole, cut) {
            (Some(w), Some(c)) if lanes.height + w.rise > rows.budget && c.rise < w.rise => c,
            (Some(w), _) => w,
            (None, Some(c)) => c,
            (None, None) => lanes.best_side(marker, 0.0, 1, true),
        };
        let lane = lanes.take(&choice);
        placed.push(Placed {
            index: item.index,
            lane,
            x0,
            x1,
            left: choice.left,
            right: choice.right,
            label_left: choice.label_left,
            label_width: choice.width,
            lines: choice.lines,
            cut: choice.cut,
        });
    }
    Packed {
        placed,
        lane_lines: lanes.lines,
    }
}

#[cfg(test)]
#[path = "layout_tests.rs"]
mod tests;
