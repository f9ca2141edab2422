//! Undo and redo across every edit: each step keeps the part an edit replaced.
//!
//! Typing into one field makes one step, not one per letter: an edit that carries the
//! same `run` as the step before it (the field's id, while the person stays in it)
//! joins that step, which keeps the value from before the first letter.

use crate::model::Alliance;

use super::Part;

/// The most steps kept; the oldest go first. Each holds one part of the data.
pub const MAX_STEPS: usize = 500;

/// One step: the part as it was before the edit (on the undo side) or after it (redo).
#[derive(Clone, Debug)]
struct Step {
    part: Part,
    run: Option<u64>,
}

#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// The typing run the last edit belonged to, until something else happens.
    open_run: Option<u64>,
}

impl History {
    /// Swaps `part` into `data` and remembers what it replaced. Returns false (and
    /// changes nothing) when the part names an item that is not there, or changes
    /// nothing at all.
    pub fn edit(&mut self, data: &mut Alliance, part: Part, run: Option<u64>) -> bool {
        let Some(before) = part.swap_into(data) else {
            return false;
        };
        let joins = run.is_some() && run == self.open_run && !self.undo.is_empty();
        if !joins {
            self.undo.push(Step { part: before, run });
            if self.undo.len() > MAX_STEPS {
                self.undo.remove(0);
            }
        }
        self.redo.clear();
        self.open_run = run;
        true
    }

    /// Ends the typing run: the next edit makes a step of its own (focus left a field).
    pub fn close_run(&mut self) {
        self.open_run = None;
    }

    /// Takes back the last step; returns what it was about.
    pub fn undo(&mut self, data: &mut Alliance) -> Option<&'static str> {
        let step = self.undo.pop()?;
        self.open_run = None;
        let what = step.part.what();
        let after = step.part.swap_into(data)?;
        self.redo.push(Step {
            part: after,
            run: step.run,
        });
        Some(what)
    }

    /// Does again the last step undone.
    pub fn redo(&mut self, data: &mut Alliance) -> Option<&'static str> {
        let step = self.redo.pop()?;
        self.open_run = None;
        let what = step.part.what();
        let before = step.part.swap_into(data)?;
        self.undo.push(Step {
            part: before,
            run: step.run,
        });
        Some(what)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets every step (another file was opened).
    pub fn clear(&mut self) {
        *self = Self::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_default;

    fn titled(data: &Alliance, i: usize, title: &str) -> Part {
        let mut m = data.milestones[i].clone();
        m.title = title.to_owned();
        Part::Milestone(i, Box::new(m))
    }

    #[test]
    fn typing_in_one_field_is_one_step_and_redo_restores_it() {
        let mut data = load_default().unwrap_or_default();
        let original = data.clone();
        let mut h = History::default();
        for typed in ["A", "AB", "ABC"] {
            let part = titled(&data, 0, typed);
            assert!(h.edit(&mut data, part, Some(7)));
        }
        h.close_run();
        let part = titled(&data, 1, "Other");
        assert!(h.edit(&mut data, part, Some(7)));
        assert_eq!(h.undo(&mut data), Some("a milestone"));
        assert_eq!(data.milestones[0].title, "ABC");
        assert!(h.undo(&mut data).is_some());
        assert_eq!(data, original);
        assert!(h.undo(&mut data).is_none());
        assert!(h.redo(&mut data).is_some());
        assert_eq!(data.milestones[0].title, "ABC");
        assert!(h.redo(&mut data).is_some());
        assert_eq!(data.milestones[1].title, "Other");
        assert!(!h.can_redo());
    }

    #[test]
    fn an_edit_after_undo_drops_the_redo_steps_and_a_missing_item_changes_nothing() {
        let mut data = load_default().unwrap_or_default();
        let mut h = History::default();
        let part = titled(&data, 0, "X");
        h.edit(&mut data, part, None);
        h.undo(&mut data);
        let part = titled(&data, 0, "Y");
        h.edit(&mut data, part, None);
        assert!(!h.can_redo());
        let before = data.clone();
        let mut gone = data.milestones[0].clone();
        gone.title = "Z".into();
        assert!(!h.edit(&mut data, Part::Milestone(99_999, Box::new(gone)), None));
        assert_eq!(data, before);
    }
}
