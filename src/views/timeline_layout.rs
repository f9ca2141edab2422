//! Where each milestone goes on the time axis: pure arithmetic, no drawing.
//!
//! Markers are packed into lanes so that neither markers nor their labels overlap:
//! an item takes the first lane whose previous item ends (label included) before it
//! starts. The layout is recomputed only when the visible range, the width or the
//! filter changes, never on a plain repaint.

/// One milestone as the layout sees it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Item {
    /// Index into the data's milestone list.
    pub index: usize,
    /// Start and end on the axis, in fractional years.
    pub start: f64,
    pub end: f64,
    /// Width of the label in points.
    pub label_width: f32,
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
    /// The label sits left of the marker (near the right edge of the axis).
    pub label_left: bool,
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

/// Space kept between a marker and its label, and between neighbours in a lane.
pub const MARKER: f32 = 12.0;
pub const GAP: f32 = 10.0;

/// Packs `items` (sorted by start) into lanes. Items wholly outside the axis are
/// skipped, so the cost follows what is visible, not the size of the data.
pub fn pack(items: &[Item], axis: &Axis) -> (Vec<Placed>, usize) {
    let mut lane_ends: Vec<f32> = Vec::new();
    let mut placed = Vec::new();
    let width = axis.width;
    for item in items {
        let x0 = axis.x(item.start);
        let x1 = axis.x(item.end).max(x0);
        if x1 + MARKER + item.label_width < 0.0 || x0 > width {
            continue;
        }
        // A label that would run off the right edge goes on the marker's left.
        let label_left =
            x1 + MARKER + item.label_width > width && x0 - MARKER - item.label_width >= 0.0;
        let (left, right) = if label_left {
            (x0 - MARKER - item.label_width, x1 + MARKER / 2.0)
        } else {
            (x0 - MARKER / 2.0, x1 + MARKER + item.label_width)
        };
        let lane = match lane_ends.iter().position(|end| *end + GAP <= left) {
            Some(lane) => lane,
            None => {
                lane_ends.push(f32::NEG_INFINITY);
                lane_ends.len() - 1
            }
        };
        if let Some(end) = lane_ends.get_mut(lane) {
            *end = right;
        }
        placed.push(Placed {
            index: item.index,
            lane,
            x0,
            x1,
            left,
            right,
            label_left,
        });
    }
    (placed, lane_ends.len())
}

/// The year ticks to draw for a range: every year, or every 2, 5, 10… when the axis
/// is too narrow for one label per year.
pub fn year_ticks(axis: &Axis, min_spacing: f32) -> Vec<i32> {
    let per_year = axis.x(axis.start + 1.0) - axis.x(axis.start);
    let step = [1, 2, 5, 10, 20, 50, 100]
        .into_iter()
        .find(|s| per_year * *s as f32 >= min_spacing)
        .unwrap_or(200);
    let first = axis.start.ceil() as i32;
    let last = axis.end.floor() as i32;
    (first..=last).filter(|y| y.rem_euclid(step) == 0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(index: usize, start: f64, label_width: f32) -> Item {
        Item {
            index,
            start,
            end: start,
            label_width,
        }
    }

    #[test]
    fn overlapping_items_stack_and_never_collide() {
        let axis = Axis {
            start: 2012.0,
            end: 2023.0,
            width: 1100.0,
        };
        let items = [
            item(0, 2022.4, 150.0),
            item(1, 2022.41, 150.0),
            item(2, 2022.42, 150.0),
            item(3, 2012.9, 80.0),
            item(4, 2014.0, 80.0),
        ];
        let mut sorted = items.to_vec();
        sorted.sort_by(|a, b| a.start.total_cmp(&b.start));
        let (placed, lanes) = pack(&sorted, &axis);
        assert_eq!(placed.len(), 5);
        assert_eq!(lanes, 3);
        for a in &placed {
            for b in &placed {
                if a.index != b.index && a.lane == b.lane {
                    let (l, r) = if a.x0 < b.x0 { (a, b) } else { (b, a) };
                    assert!(l.right + GAP <= r.left + 0.001, "{l:?} hides {r:?}");
                }
            }
        }
    }

    #[test]
    fn labels_near_the_right_edge_go_left_and_stay_inside() {
        let axis = Axis {
            start: 2012.0,
            end: 2023.0,
            width: 1100.0,
        };
        let (placed, _) = pack(&[item(0, 2022.5, 200.0), item(1, 2013.0, 200.0)], &axis);
        let last = placed.iter().find(|p| p.index == 0).copied();
        assert!(last.is_some_and(|p| p.label_left && p.right <= axis.width && p.left >= 0.0));
        assert!(
            placed
                .iter()
                .find(|p| p.index == 1)
                .is_some_and(|p| !p.label_left)
        );
    }

    #[test]
    fn items_off_screen_are_culled() {
        let axis = Axis {
            start: 2020.0,
            end: 2021.0,
            width: 500.0,
        };
        let (placed, _) = pack(
            &[
                item(0, 2012.0, 50.0),
                item(1, 2020.5, 50.0),
                item(2, 2030.0, 5.0),
            ],
            &axis,
        );
        assert_eq!(placed.iter().map(|p| p.index).collect::<Vec<_>>(), [1]);
    }

    #[test]
    fn ticks_thin_out_when_narrow() {
        let wide = Axis {
            start: 2011.5,
            end: 2022.5,
            width: 1100.0,
        };
        assert_eq!(year_ticks(&wide, 40.0), (2012..=2022).collect::<Vec<_>>());
        let narrow = Axis {
            start: 2011.5,
            end: 2022.5,
            width: 300.0,
        };
        let narrower = Axis {
            start: 2011.5,
            end: 2022.5,
            width: 200.0,
        };
        assert_eq!(year_ticks(&narrower, 40.0), [2015, 2020]);
        assert_eq!(
            year_ticks(&narrow, 40.0),
            [2012, 2014, 2016, 2018, 2020, 2022]
        );
    }
}
