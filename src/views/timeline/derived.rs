//! What the timeline works out from the data and the filter: the milestones shown, in
//! date order, with their measured labels, the range that fits them, and the count of
//! each category. A valid file can hold a hundred thousand milestones, so this is done
//! once, when the data or the filter changes, and never on a plain repaint.

use std::collections::BTreeSet;

use eframe::egui;

use super::layout::Item;
use super::measure::LabelWidths;
use super::range::fit_range;
use crate::model::{Alliance, Category};

#[derive(Debug, Default)]
pub(super) struct Derived {
    /// The filter this was built for; `None` when it was never built or the data has
    /// changed since.
    built_for: Option<BTreeSet<Category>>,
    /// Indices of the milestones that pass the filter, in date order.
    pub(super) order: Vec<usize>,
    /// The same milestones as the lane layout sees them.
    pub(super) items: Vec<Item>,
    /// The range that shows every milestone that passes the filter.
    pub(super) fit: (f64, f64),
    /// How many milestones each category has, filter or not, in chip order; categories
    /// with none are left out.
    pub(super) counts: Vec<(Category, usize)>,
}

impl Derived {
    /// Marks everything for rebuilding: the data changed.
    pub(super) fn invalidate(&mut self) {
        self.built_for = None;
    }

    /// Rebuilds for `data` and the filter `hidden` unless already built for them.
    /// Says whether it rebuilt, so that what depends on it (the lanes) follows.
    pub(super) fn refresh(
        &mut self,
        ui: &egui::Ui,
        widths: &mut LabelWidths,
        data: &Alliance,
        hidden: &BTreeSet<Category>,
    ) -> bool {
        if self.built_for.as_ref() == Some(hidden) {
            return false;
        }
        self.order = visible_indices(data, hidden);
        self.items = widths.items(ui, data, &self.order);
        self.fit = fit_range(data, hidden);
        self.counts = Category::ALL
            .into_iter()
            .map(|c| {
                (
                    c,
                    data.milestones.iter().filter(|m| m.category == c).count(),
                )
            })
            .filter(|(_, count)| *count > 0)
            .collect();
        self.built_for = Some(hidden.clone());
        true
    }

    /// The range that fits the milestones `hidden` lets through: the one worked out
    /// already, unless the filter changed since (a chip clicked this frame).
    pub(super) fn fit_for(&self, data: &Alliance, hidden: &BTreeSet<Category>) -> (f64, f64) {
        if self.built_for.as_ref() == Some(hidden) {
            self.fit
        } else {
            fit_range(data, hidden)
        }
    }

    /// Where milestone `index` stands in the shown order, if it is shown.
    pub(super) fn position(&self, index: usize) -> Option<usize> {
        self.order.binary_search(&index).ok()
    }
}

/// Indices of the milestones that pass the filter, in date order.
fn visible_indices(data: &Alliance, hidden: &BTreeSet<Category>) -> Vec<usize> {
    (0..data.milestones.len())
        .filter(|i| {
            data.milestones
                .get(*i)
                .is_some_and(|m| !hidden.contains(&m.category))
        })
        .collect()
}

/// The selected milestone's index in the data, looked up once per selection rather
/// than by a search through every milestone on every frame.
#[derive(Debug, Default)]
pub(super) struct Selection {
    looked_up: Option<(String, Option<usize>)>,
}

impl Selection {
    pub(super) fn invalidate(&mut self) {
        self.looked_up = None;
    }

    pub(super) fn index(&mut self, data: &Alliance, id: Option<&str>) -> Option<usize> {
        let id = id?;
        match &self.looked_up {
            Some((known, index)) if known == id => *index,
            _ => {
                let index = data.milestones.iter().position(|m| m.id == id);
                self.looked_up = Some((id.to_owned(), index));
                index
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_default;

    #[test]
    fn a_selection_is_looked_up_again_only_when_it_or_the_data_changes() {
        let Ok(mut data) = load_default() else {
            panic!("the built-in data loads");
        };
        let id = data.milestones.get(3).map(|m| m.id.clone());
        let mut selection = Selection::default();
        assert_eq!(selection.index(&data, id.as_deref()), Some(3));
        assert_eq!(selection.index(&data, None), None);
        assert_eq!(selection.index(&data, Some("no such id")), None);
        assert_eq!(selection.index(&data, id.as_deref()), Some(3));
        data.milestones.remove(0);
        selection.invalidate();
        assert_eq!(selection.index(&data, id.as_deref()), Some(2));
    }
}
