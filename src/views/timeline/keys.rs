//! The timeline's keys: move the selection in date order, zoom, fit, close the details.
//! Which keys they are is the shortcut table's business (`crate::shortcuts`).

use eframe::egui;

use super::range::zoom;
use crate::actions::{Action, Actions};
use crate::model::Alliance;
use crate::shortcuts::{self, Command, Scope};

pub(super) fn keyboard(
    ui: &egui::Ui,
    data: &Alliance,
    order: &[usize],
    fit: (f64, f64),
    position: Option<usize>,
    range: &mut (f64, f64),
    actions: &mut Actions,
) {
    let pick = |p: usize, actions: &mut Actions| {
        if let Some(m) = order.get(p).and_then(|i| data.milestones.get(*i)) {
            actions.push(Action::SelectMilestone(m.id.clone()));
        }
    };
    let (commands, escape) = ui.input(|i| {
        (
            shortcuts::read(i, Scope::Timeline),
            shortcuts::is_pressed(i, Command::CloseDetails),
        )
    });
    // Each command acts once a frame, however often its keys came (+ and = are one).
    let pressed = |command| commands.contains(&command);
    let last = order.len().checked_sub(1);
    if pressed(Command::PreviousMilestone) {
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
    if pressed(Command::NextMilestone) {
        match position {
            Some(p) => pick((p + 1).min(last.unwrap_or(0)), actions),
            None => pick(0, actions),
        }
    }
    if pressed(Command::FirstMilestone) {
        pick(0, actions);
    }
    if pressed(Command::LastMilestone)
        && let Some(l) = last
    {
        pick(l, actions);
    }
    let mid = (range.0 + range.1) / 2.0;
    if pressed(Command::ZoomTimeIn) {
        *range = zoom(*range, 1.5, mid);
    }
    if pressed(Command::ZoomTimeOut) {
        *range = zoom(*range, 1.0 / 1.5, mid);
    }
    if pressed(Command::FitAll) {
        *range = fit;
    }
    if escape && position.is_some() {
        actions.push(Action::ClearSelection);
    }
}
