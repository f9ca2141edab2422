//! Which placed markers a frame has to look at. A file can hold a hundred thousand
//! milestones on one day, each in a lane of its own; a frame shows a few dozen lanes.
//! The placed markers are grouped by lane once per layout, so that a repaint visits the
//! lanes on screen and nothing else.

use std::ops::Range;

use super::layout::Placed;

/// The positions in the layout's `placed` list, grouped by lane.
#[derive(Debug, Default)]
pub(super) struct LaneIndex {
    /// Lane `l`'s markers are `positions[starts[l]..starts[l + 1]]`, in layout order.
    starts: Vec<usize>,
    positions: Vec<usize>,
}

impl LaneIndex {
    /// Groups `placed` by lane with a counting sort: O(markers + lanes).
    pub(super) fn new(placed: &[Placed], lanes: usize) -> Self {
        let mut starts = vec![0; lanes + 1];
        for p in placed {
            if let Some(next) = starts.get_mut(p.lane + 1) {
                *next += 1;
            }
        }
        for lane in 1..starts.len() {
            let before = starts.get(lane - 1).copied().unwrap_or(0);
            if let Some(s) = starts.get_mut(lane) {
                *s += before;
            }
        }
        let mut fill = starts.clone();
        let mut positions = vec![0; placed.len()];
        for (position, p) in placed.iter().enumerate() {
            if let Some(at) = fill.get_mut(p.lane)
                && let Some(slot) = positions.get_mut(*at)
            {
                *slot = position;
                *at += 1;
            }
        }
        Self { starts, positions }
    }

    /// The positions in `placed` of the markers in `lanes`, in layout order (the order
    /// they are drawn and reached with Tab).
    pub(super) fn in_lanes(&self, lanes: Range<usize>) -> Vec<usize> {
        let from = self.starts.get(lanes.start).copied().unwrap_or(0);
        let to = self
            .starts
            .get(lanes.end.min(self.starts.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0);
        let mut out = self.positions.get(from..to).unwrap_or_default().to_vec();
        out.sort_unstable();
        out
    }
}

/// The lanes that reach into the band `top..=bottom` (a clip rectangle's top and
/// bottom), when lane `l` spans `first_top + tops[l]` to `first_top + tops[l + 1]`
/// (`tops` ascending, one more than there are lanes). Two binary searches: a frame
/// looks at the lanes on screen, however many there are.
pub(super) fn visible_lanes(
    first_top: f32,
    tops: &[f32],
    (top, bottom): (f32, f32),
) -> Range<usize> {
    let lanes = tops.len().saturating_sub(1);
    if !first_top.is_finite() {
        return 0..lanes;
    }
    // Lanes that end above the band, and lanes that start at or above its bottom.
    let first = tops
        .get(1..)
        .unwrap_or_default()
        .partition_point(|end| first_top + end < top);
    let end = tops
        .get(..lanes)
        .unwrap_or_default()
        .partition_point(|start| first_top + start <= bottom);
    first.min(end)..end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(lanes: &[usize]) -> Vec<Placed> {
        lanes
            .iter()
            .enumerate()
            .map(|(index, lane)| Placed {
                index,
                lane: *lane,
                x0: 0.0,
                x1: 0.0,
                left: 0.0,
                right: 0.0,
                label_left: false,
                label_width: 0.0,
                lines: 1,
                cut: false,
            })
            .collect()
    }

    #[test]
    fn markers_are_found_by_lane_in_layout_order() {
        let placed = placed(&[0, 1, 0, 2, 1, 0]);
        let index = LaneIndex::new(&placed, 3);
        assert_eq!(index.in_lanes(0..1), [0, 2, 5]);
        assert_eq!(index.in_lanes(1..3), [1, 3, 4]);
        assert_eq!(index.in_lanes(0..3), [0, 1, 2, 3, 4, 5]);
        assert!(index.in_lanes(2..2).is_empty());
        assert!(index.in_lanes(3..9).is_empty(), "past the last lane");
        assert!(LaneIndex::default().in_lanes(0..4).is_empty());
    }

    /// Every lane that meets the band, by testing each lane the slow way.
    fn meeting(first_top: f32, tops: &[f32], band: (f32, f32)) -> Vec<usize> {
        (0..tops.len() - 1)
            .filter(|l| first_top + tops[*l] <= band.1 && first_top + tops[l + 1] >= band.0)
            .collect()
    }

    /// Lane tops for lanes of the given heights.
    fn tops(heights: impl Iterator<Item = f32>) -> Vec<f32> {
        let mut tops = vec![0.0];
        let mut at = 0.0;
        for h in heights {
            at += h;
            tops.push(at);
        }
        tops
    }

    #[test]
    fn the_visible_lanes_are_the_lanes_on_screen() {
        let uneven = tops((0..100).map(|l| [28.0, 47.0, 66.0][l % 3]));
        let even = tops((0..100).map(|_| 32.0));
        for band in [
            (0.0, 600.0),
            (250.0, 900.0),
            (3_000.0, 3_500.0),
            (-50.0, 10.0),
        ] {
            for first_top in [6.0, 106.0, -900.0] {
                for tops in [&uneven, &even] {
                    let range = visible_lanes(first_top, tops, band);
                    let slow = meeting(first_top, tops, band);
                    assert_eq!(range.collect::<Vec<_>>(), slow, "{band:?} {first_top}");
                }
            }
        }
    }

    #[test]
    fn a_hundred_thousand_lanes_give_a_screenful() {
        let tops = tops((0..116_000).map(|_| 32.0));
        let range = visible_lanes(6.0, &tops, (1_600_000.0, 1_600_700.0));
        assert!(range.len() <= 23, "{range:?}");
        assert!(range.contains(&50_000));
    }

    #[test]
    fn broken_numbers_give_every_lane_or_none_and_nothing_overflows() {
        let tops = tops((0..7).map(|_| 32.0));
        assert_eq!(visible_lanes(f32::NAN, &tops, (0.0, 100.0)), 0..7);
        assert_eq!(visible_lanes(0.0, &tops, (f32::MAX, f32::MAX)), 7..7);
        assert!(visible_lanes(0.0, &tops, (-1e30, -1e29)).is_empty());
        assert!(visible_lanes(0.0, &[], (0.0, 100.0)).is_empty());
    }
}
