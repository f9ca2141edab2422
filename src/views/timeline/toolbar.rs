//! The row above the axis: previous and next, the zoom buttons, and the category chips
//! that are the legend and the filter in one.

use std::collections::BTreeSet;

use eframe::egui::{self, FontId, Sense, Stroke, pos2, vec2};

use super::derived::Derived;
use super::range::zoom;
use crate::actions::{Action, Actions};
use crate::model::{Alliance, Category};
use crate::shortcuts::{Command, keys_for, with_keys};
use crate::theme;

pub(super) fn toolbar(
    ui: &mut egui::Ui,
    data: &Alliance,
    derived: &Derived,
    hidden: &mut BTreeSet<Category>,
    position: Option<usize>,
    range: &mut (f64, f64),
    actions: &mut Actions,
) {
    let order = derived.order.as_slice();
    ui.horizontal_wrapped(|ui| {
        let prev = match position {
            Some(p) => p.checked_sub(1),
            None => order.len().checked_sub(1),
        };
        // The one after the selection, or the first when nothing is selected.
        let next = position.map_or(0, |p| p + 1);
        let next = (next < order.len()).then_some(next);
        let steps = [
            (
                "Previous",
                "Previous milestone",
                Command::PreviousMilestone,
                prev,
            ),
            ("Next", "Next milestone", Command::NextMilestone, next),
        ];
        for (label, what, command, target) in steps {
            if ui
                .add_enabled(target.is_some(), egui::Button::new(label))
                .on_hover_text(with_keys(what, command))
                .clicked()
                && let Some(m) = target
                    .and_then(|p| order.get(p))
                    .and_then(|i| data.milestones.get(*i))
            {
                actions.push(Action::SelectMilestone(m.id.clone()));
            }
        }
        ui.separator();
        let mid = (range.0 + range.1) / 2.0;
        if ui
            .button("Zoom in")
            .on_hover_text(format!(
                "Zoom in ({} or Ctrl+scroll)",
                keys_for(Command::ZoomTimeIn)
            ))
            .clicked()
        {
            *range = zoom(*range, 1.5, mid);
        }
        if ui
            .button("Zoom out")
            .on_hover_text(format!(
                "Zoom out ({} or Ctrl+scroll)",
                keys_for(Command::ZoomTimeOut)
            ))
            .clicked()
        {
            *range = zoom(*range, 1.0 / 1.5, mid);
        }
        if ui
            .button("Fit all")
            .on_hover_text(with_keys("Show every milestone", Command::FitAll))
            .clicked()
        {
            *range = derived.fit;
        }
        ui.separator();
        ui.label("Show:");
        for (c, count) in &derived.counts {
            let c = *c;
            let on = !hidden.contains(&c);
            let text = format!("{} ({count})", c.label());
            let chip = category_chip(ui, c, &text, on);
            if chip.clicked() {
                if on {
                    hidden.insert(c);
                } else {
                    hidden.remove(&c);
                }
            }
        }
    });
}

/// A toggle chip with the category's colour swatch: the legend and the filter in one.
fn category_chip(ui: &mut egui::Ui, c: Category, text: &str, on: bool) -> egui::Response {
    let color = theme::category(c);
    let galley = ui.painter().layout_no_wrap(
        text.to_owned(),
        FontId::proportional(14.0),
        ui.visuals().text_color(),
    );
    let size = vec2(galley.size().x + 34.0, galley.size().y + 8.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, on, text));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, on);
        let painter = ui.painter();
        painter.rect(
            rect,
            rect.height() / 2.0,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
        let dot = pos2(rect.left() + 14.0, rect.center().y);
        if on {
            painter.circle_filled(dot, 6.0, color);
        } else {
            painter.circle_stroke(dot, 5.5, Stroke::new(1.5, color));
        }
        let text_color = if on {
            ui.visuals().text_color()
        } else {
            theme::weak_text(ui.visuals())
        };
        painter.galley(
            pos2(rect.left() + 26.0, rect.center().y - galley.size().y / 2.0),
            galley,
            text_color,
        );
        if !on {
            let y = rect.center().y;
            painter.line_segment(
                [pos2(rect.left() + 26.0, y), pos2(rect.right() - 8.0, y)],
                Stroke::new(1.0, text_color),
            );
        }
    }
    response.on_hover_text(if on {
        "Click to hide these milestones"
    } else {
        "Click to show these milestones"
    })
}
