//! The end of each lane so far, for the packer's "first lane free here" question.

use super::layout::GAP;

/// The end of the last item in each lane, kept in a min-tree so that "the first lane
/// free at this point" is found in O(log lanes): packing stays O(n log n) even when
/// every milestone falls on one day and each needs a lane of its own.
pub(super) struct LaneEnds {
    /// Leaves start at `leaves`; unused leaves hold +∞. Node `i` holds the least end
    /// of its two children.
    tree: Vec<f32>,
    leaves: usize,
    lanes: usize,
}

impl LaneEnds {
    pub(super) fn new() -> Self {
        Self {
            tree: vec![f32::INFINITY; 2],
            leaves: 1,
            lanes: 0,
        }
    }

    /// The lowest lane whose last item ends, with the gap, at or before `left`.
    pub(super) fn first_free(&self, left: f32) -> Option<usize> {
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

    /// How many lanes are open.
    pub(super) fn lanes(&self) -> usize {
        self.lanes
    }

    /// Opens a new lane (its end is set by the caller).
    pub(super) fn open(&mut self) -> usize {
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

    pub(super) fn set(&mut self, lane: usize, end: f32) {
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
