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

/// The end of the last item in each lane, kept in a min-tree so that "the first lane
/// free at this point" is found in O(log lanes): packing stays O(n log n) even when
/// every milestone falls on one day and each needs a lane of its own.
struct LaneEnds {
    /// Leaves start at `leaves`; unused leaves hold +∞. Node `i` holds the least end
    /// of its two children.
    tree: Vec<f32>,
    leaves: usize,
    lanes: usize,
}

impl LaneEnds {
    fn new() -> Self {
        Self {
            tree: vec![f32::INFINITY; 2],
            leaves: 1,
            lanes: 0,
        }
    }

    /// The lowest lane whose last item ends, with the gap, at or before `left`.
    fn first_free(&self, left: f32) -> Option<usize> {
        let fits = |end: f32| end + GAP <= left;
        if !self.tree.get(1).is_some_and(|e| fits(*e)) {
            return None;
        }
        let mut node = 1;
        while node < self.leaves {
            node = if self.tree.get(2 * node).is_some_and(|e| fits(*e)) {
                2 * node
            } else {
                2 * node + 1
            };
        }
        Some(node - self.leaves).filter(|lane| *lane < self.lanes)
    }

    /// Opens a new lane (its end is set by the caller).
    fn open(&mut self) -> usize {
        if self.lanes == self.leaves {
            let old: Vec<f32> = self.tree.get(self.leaves..).unwrap_or_default().to_vec();
            self.leaves *= 2;
            self.tree = vec![f32::INFINITY; 2 * self.leaves];
            for (lane, end) in old.into_iter().enumerate() {
                self.set(lane, end);
            }
        }
        self.lanes += 1;
        self.lanes - 1
    }

    fn set(&mut self, lane: usize, end: f32) {
        let mut node = self.leaves + lane;
        if let Some(leaf) = self.tree.get_mut(node) {
            *leaf = end;
        }
        while node > 1 {
            node /= 2;
            let least = match (self.tree.get(2 * node), self.tree.get(2 * node + 1)) {
                (Some(a), Some(b)) => a.min(*b),
                _ => f32::INFINITY,
            };
            if let Some(n) = self.tree.get_mut(node) {
                *n = least;
            }
        }
    }
}

/// Packs `items` (sorted by start) into lanes: each item takes the lowest lane whose
/// previous item ends (label included) before it starts. Items wholly outside the axis
/// are skipped, so the cost follows what is visible, not the size of the data.
pub fn pack(items: &[Item], axis: &Axis) -> (Vec<Placed>, usize) {
    let mut lane_ends = LaneEnds::new();
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
        let lane = match lane_ends.first_free(left) {
            Some(lane) => lane,
            None => lane_ends.open(),
        };
        lane_ends.set(lane, right);
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
    (placed, lane_ends.lanes)
}

/// The year ticks to draw for a range: every year, or every 2, 5, 10, 20, 50… when the
/// axis is too narrow for one label per year. However wide the range, there are never
/// more ticks than fit the axis at `min_spacing`.
pub fn year_ticks(axis: &Axis, min_spacing: f32) -> Vec<i32> {
    let span = axis.end - axis.start;
    if !axis.start.is_finite() || !axis.end.is_finite() || span <= 0.0 || axis.width <= 0.0 {
        return Vec::new();
    }
    let min_years = f64::from(min_spacing.max(1.0)) * span / f64::from(axis.width);
    // 1, 2, 5, 10, 20, 50, … up to the first step at least `min_years` long.
    let mut step = 1.0_f64;
    let mut k = 0;
    while step < min_years && step < 1e12 {
        step = [1.0, 2.0, 5.0][(k + 1) % 3] * 10f64.powi(((k + 1) / 3) as i32);
        k += 1;
    }
    let first = (axis.start / step).ceil() * step;
    let last = axis.end.floor();
    let count = ((last - first) / step).floor();
    if !(0.0..=10_000.0).contains(&count) {
        return Vec::new();
    }
    (0..=count as i64)
        .map(|i| first + i as f64 * step)
        .filter(|y| (f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(y))
        .map(|y| y as i32)
        .collect()
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

    /// The first-fit rule written the plain way, to check the tree against.
    fn pack_slowly(items: &[Item], axis: &Axis) -> Vec<usize> {
        let mut ends: Vec<f32> = Vec::new();
        let mut lanes = Vec::new();
        for item in items {
            let (placed, _) = pack(std::slice::from_ref(item), axis);
            let Some(p) = placed.first() else { continue };
            let lane = if let Some(l) = ends.iter().position(|e| *e + GAP <= p.left) {
                l
            } else {
                ends.push(f32::NEG_INFINITY);
                ends.len() - 1
            };
            if let Some(e) = ends.get_mut(lane) {
                *e = p.right;
            }
            lanes.push(lane);
        }
        lanes
    }

    #[test]
    fn the_lane_tree_gives_the_first_fit_lanes() {
        let axis = Axis {
            start: 2012.0,
            end: 2023.0,
            width: 1000.0,
        };
        // A spread of starts and label widths that reuses, skips and opens lanes.
        let mut items: Vec<Item> = (0..500)
            .map(|i| {
                item(
                    i,
                    2012.0 + f64::from((i * 37 % 101) as u32) / 10.0,
                    20.0 + ((i * 53) % 160) as f32,
                )
            })
            .collect();
        items.sort_by(|a, b| a.start.total_cmp(&b.start));
        let (placed, lanes) = pack(&items, &axis);
        let fast: Vec<usize> = placed.iter().map(|p| p.lane).collect();
        assert_eq!(fast, pack_slowly(&items, &axis));
        assert_eq!(lanes, fast.iter().max().map_or(0, |l| l + 1));
    }

    #[test]
    fn one_day_of_many_milestones_gets_a_lane_each() {
        let axis = Axis {
            start: 2021.5,
            end: 2022.5,
            width: 1000.0,
        };
        let items: Vec<Item> = (0..20_000).map(|i| item(i, 2022.0, 100.0)).collect();
        let (placed, lanes) = pack(&items, &axis);
        assert_eq!(lanes, 20_000);
        assert!(placed.iter().enumerate().all(|(i, p)| p.lane == i));
    }

    #[test]
    fn ticks_stay_few_for_any_range() {
        for (start, end) in [
            (-3e9, 3e9),
            (2012.0, 2012.01),
            (-1e300, 1e300),
            (1900.0, 2100.0),
        ] {
            let axis = Axis {
                start,
                end,
                width: 1000.0,
            };
            assert!(year_ticks(&axis, 56.0).len() <= 20, "{start}..{end}");
        }
        let broken = Axis {
            start: f64::NAN,
            end: 2020.0,
            width: 1000.0,
        };
        assert!(year_ticks(&broken, 56.0).is_empty());
    }
}
