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

/// The lanes whose rows may reach into the band `top..=bottom` (a clip rectangle's top
/// and bottom), when lane `l`'s row spans `first_top + l × pitch` down by `row_height`.
/// Errs on the side of one lane more at each end; the caller still checks each marker.
/// A pitch that is not a positive number gives every lane.
pub(super) fn visible_lanes(
    first_top: f32,
    pitch: f32,
    row_height: f32,
    (top, bottom): (f32, f32),
    lanes: usize,
) -> Range<usize> {
    if !(pitch > 0.0 && pitch.is_finite() && first_top.is_finite() && row_height.is_finite()) {
        return 0..lanes;
    }
    // `as` saturates: a band above the first lane gives 0, one past the last `lanes`.
    let first = ((top - row_height - first_top) / pitch).floor() as usize;
    let last = ((bottom - first_top) / pitch).floor() as usize;
    let end = last.saturating_add(2).min(lanes);
    first.saturating_sub(1).min(end)..end
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

    /// Every lane whose row meets the band, by testing each lane the slow way.
    fn meeting(first_top: f32, pitch: f32, row: f32, band: (f32, f32), lanes: usize) -> Vec<usize> {
        (0..lanes)
            .filter(|l| {
                let top = first_top + *l as f32 * pitch;
                top <= band.1 && top + row >= band.0
            })
            .collect()
    }

    #[test]
    fn the_visible_lanes_hold_every_lane_on_screen_and_few_others() {
        for band in [
            (0.0, 600.0),
            (250.0, 900.0),
            (3_000.0, 3_500.0),
            (-50.0, 10.0),
        ] {
            for (first_top, pitch) in [(6.0, 32.0), (106.0, 48.0), (-900.0, 33.5)] {
                let lanes = 100;
                let range = visible_lanes(first_top, pitch, 28.0, band, lanes);
                let slow = meeting(first_top, pitch, 28.0, band, lanes);
                assert!(
                    slow.iter().all(|l| range.contains(l)),
                    "{band:?} {first_top} {pitch}: {range:?} misses some of {slow:?}"
                );
                assert!(range.len() <= slow.len() + 3, "{range:?} for {slow:?}");
            }
        }
    }

    #[test]
    fn a_hundred_thousand_lanes_give_a_screenful() {
        // 700 points show 22 or 23 lanes of 32; one more at each end is allowed.
        let range = visible_lanes(6.0, 32.0, 28.0, (1_600_000.0, 1_600_700.0), 116_000);
        assert!(range.len() <= 22 + 4, "{range:?}");
        assert!(range.contains(&50_000));
    }

    #[test]
    fn a_broken_pitch_gives_every_lane_and_nothing_overflows() {
        assert_eq!(visible_lanes(0.0, 0.0, 28.0, (0.0, 100.0), 7), 0..7);
        assert_eq!(visible_lanes(0.0, f32::NAN, 28.0, (0.0, 100.0), 7), 0..7);
        assert_eq!(
            visible_lanes(0.0, 32.0, 28.0, (f32::MAX, f32::MAX), 7),
            7..7
        );
        assert!(visible_lanes(0.0, 32.0, 28.0, (-1e30, -1e29), 7).len() <= 2);
    }
}
