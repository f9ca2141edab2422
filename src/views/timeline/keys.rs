//! The timeline's keys: move the selection in date order, zoom, fit, close the details.

use std::collections::BTreeSet;

use eframe::egui::{self, Key};

use super::range::{fit_range, zoom};
use crate::actions::{Action, Actions};
use crate::model::{Alliance, Category};

pub(super) fn keyboard(
    ui: &egui::Ui,
    data: &Alliance,
    hidden: &BTreeSet<Category>,
    order: &[usize],
    position: Option<usize>,
    range: &mut (f64, f64),
    actions: &mut Actions,
) {
    let pick = |p: usize, actions: &mut Actions| {
        if let Some(m) = order.get(p).and_then(|i| data.milestones.get(*i)) {
            actions.push(Action::SelectMilestone(m.id.clone()));
        }
    };
    let (left, right, home, end, plus, minus, zero, escape) = ui.input(|i| {
        let plain = !i.modifiers.command && !i.modifiers.alt;
        (
            plain && i.key_pressed(Key::ArrowLeft),
            plain && i.key_pressed(Key::ArrowRight),
            plain && i.key_pressed(Key::Home),
            plain && i.key_pressed(Key::End),
            plain && (i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals)),
            plain && i.key_pressed(Key::Minus),
            plain && i.key_pressed(Key::Num0),
            plain && i.key_pressed(Key::Escape),
        )
    });
    let last = order.len().checked_sub(1);
    if left {
        match position {
            Some(p) if p > 0 => pick(p - 1, actions),
            None => {
                if let Some(l) = last {
                    pick(l, actions);
                }
            }
            _ => {}
        }
    }
    if right {
        match position {
            Some(p) => pick((p + 1).min(last.unwrap_or(0)), actions),
            None => pick(0, actions),
        }
    }
    if home {
        pick(0, actions);
    }
    if end && let Some(l) = last {
        pick(l, actions);
    }
    let mid = (range.0 + range.1) / 2.0;
    if plus {
        *range = zoom(*range, 1.5, mid);
    }
    if minus {
        *range = zoom(*range, 1.0 / 1.5, mid);
    }
    if zero {
        *range = fit_range(data, hidden);
    }
    if escape && position.is_some() {
        actions.push(Action::ClearSelection);
    }
}
