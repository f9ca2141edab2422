//! The Background slide: the Alliance's story as a timeline made for a room. The
//! milestones run down a time axis, one row each, with the year beside the axis, the
//! category as a coloured shape and the whole title at the largest size that fits; a
//! legend names the shapes. There is no toolbar: the explorer's timeline is for
//! exploring, this one for reading from the back of a room.
//!
//! As a build, → shows the milestones one at a time; rows not shown yet keep their
//! place, so nothing moves as the story unfolds. A click (or Enter) on a milestone
//! opens its details over the slide.

use std::sync::Arc;

use eframe::egui::{self, Align2, FontId, Galley, Rect, Sense, Stroke, pos2, vec2};

use super::canvas::size;
use crate::actions::{Action, Actions};
use crate::model::{Alliance, Category, Milestone};
use crate::widgets::category_mark;

/// The sizes the titles are tried at, largest first: body size when the story is short
/// enough, down to caption size for a long one.
const SIZES: [f32; 4] = [size::BODY, 33.0, size::LABEL, size::CAPTION];

/// Where each milestone's row goes, in canvas points.
struct Rows {
    /// The text size chosen, in points.
    font: f32,
    /// The milestones drawn: `first..first + galleys.len()`.
    first: usize,
    galleys: Vec<Arc<Galley>>,
    gap: f32,
}

/// Lays out the rows of `milestones` in `height` points: the largest size at which all
/// of them fit; when none does, as many as fit at the smallest size, in a window that
/// ends at the last milestone shown so far (`shown`).
fn rows(
    ui: &egui::Ui,
    milestones: &[Milestone],
    scale: f32,
    width: f32,
    height: f32,
    shown: usize,
) -> Rows {
    let color = ui.visuals().text_color();
    let layout = |m: &Milestone, font: f32| {
        ui.painter().layout(
            m.title.clone(),
            FontId::proportional(font),
            color,
            width.max(1.0),
        )
    };
    for units in SIZES {
        let font = units * scale;
        let gap = font * 0.4;
        // No row is shorter than its font: when even that does not fit, this size
        // fails without laying out a single title (a file may hold 100,000).
        if milestones.len() as f32 * (font + gap) - gap > height {
            continue;
        }
        let galleys: Vec<_> = milestones.iter().map(|m| layout(m, font)).collect();
        let total = galleys.iter().map(|g| g.size().y + gap).sum::<f32>() - gap;
        if total <= height || units == size::CAPTION && galleys.len() <= 1 {
            // Room to spare goes between the rows, up to twice their gap, so that a
            // short story is spread over the slide rather than crowded at its top.
            let spare = (height - total).max(0.0) / galleys.len().saturating_sub(1).max(1) as f32;
            return Rows {
                font,
                first: 0,
                galleys,
                gap: gap + spare.min(gap),
            };
        }
    }
    // Too many for one slide: a window of rows, ending with the newest one shown.
    let font = size::CAPTION * scale;
    let gap = font * 0.4;
    let end = shown.clamp(1, milestones.len());
    let mut first = end;
    let mut used = 0.0;
    let mut galleys = Vec::new();
    while first > 0 {
        let g = layout(&milestones[first - 1], font);
        if used + g.size().y > height && !galleys.is_empty() {
            break;
        }
        used += g.size().y + gap;
        galleys.insert(0, g);
        first -= 1;
    }
    // Room left below: the rows that come next, still hidden.
    let mut next = end;
    while next < milestones.len() {
        let g = layout(&milestones[next], font);
        if used + g.size().y > height {
            break;
        }
        used += g.size().y + gap;
        galleys.push(g);
        next += 1;
    }
    Rows {
        font,
        first,
        galleys,
        gap,
    }
}

/// Draws the timeline in the rest of the slide; `shown` milestones are visible.
pub(super) fn timeline(
    ui: &mut egui::Ui,
    data: &Alliance,
    scale: f32,
    shown: usize,
    open: &mut Option<String>,
    actions: &mut Actions,
) {
    let milestones = &data.milestones;
    if milestones.is_empty() {
        ui.label("The data lists no milestones.");
        return;
    }
    let area = ui.available_rect_before_wrap();
    let legend_height = legend(ui, milestones, area, scale);
    let rows_area = Rect::from_min_max(
        area.min,
        pos2(area.right(), area.bottom() - legend_height - 48.0 * scale),
    );
    let gutter = 150.0 * scale;
    let axis_x = rows_area.left() + gutter;
    let text_x = axis_x + 45.0 * scale;
    let rows = rows(
        ui,
        milestones,
        scale,
        rows_area.right() - text_x,
        rows_area.height(),
        shown,
    );
    let visuals = ui.visuals().clone();
    let weak = crate::theme::weak_text(&visuals);
    let painter = ui.painter().clone();
    let line_height = rows.font * 1.2;

    // The axis goes under the marks: its place in the paint order is kept now, and
    // filled once the rows have said where it starts and ends.
    let axis_slot = painter.add(egui::Shape::Noop);
    let mut y = rows_area.top();
    let mut last_year = None;
    let (mut axis_top, mut axis_bottom) = (None, y);
    for (offset, galley) in rows.galleys.iter().enumerate() {
        let i = rows.first + offset;
        let m = &milestones[i];
        let row = Rect::from_min_size(
            pos2(rows_area.left(), y),
            vec2(rows_area.width(), galley.size().y),
        );
        y += galley.size().y + rows.gap;
        if i >= shown {
            continue;
        }
        let mid = row.top() + line_height.min(row.height()) / 2.0;
        axis_top.get_or_insert(mid);
        axis_bottom = mid;
        row_button(ui, row, (i, m), scale, open, actions);
        let year = m.date.year_number();
        if last_year != Some(year) {
            painter.text(
                pos2(axis_x - 30.0 * scale, mid),
                Align2::RIGHT_CENTER,
                year.to_string(),
                FontId::proportional(rows.font),
                visuals.strong_text_color(),
            );
            last_year = Some(year);
        }
        painter.galley(
            pos2(text_x, row.top()),
            Arc::clone(galley),
            visuals.text_color(),
        );
        category_mark(
            &painter,
            pos2(axis_x, mid),
            rows.font * 0.36,
            m.category,
            weak,
        );
    }
    if let Some(top) = axis_top {
        let stroke = Stroke::new(3.0 * scale, weak.gamma_multiply(0.6));
        painter.set(
            axis_slot,
            egui::Shape::line_segment([pos2(axis_x, top), pos2(axis_x, axis_bottom)], stroke),
        );
    }
    if rows.first > 0 {
        let text = format!("{} earlier milestones", rows.first);
        let drawn = painter.text(
            pos2(text_x, rows_area.top() - 6.0 * scale),
            Align2::LEFT_BOTTOM,
            &text,
            FontId::proportional(size::CAPTION * scale),
            weak,
        );
        // Said to a screen reader too, as the other slides' "more" lines are.
        ui.interact(drawn, ui.scope_id().with("slide_earlier"), Sense::hover())
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    }
    ui.advance_cursor_after_rect(area);
}

/// A milestone's row as a button: lit under the pointer, with the keyboard focus or
/// while its details are open; a click opens them and selects it in the explorer.
fn row_button(
    ui: &egui::Ui,
    row: Rect,
    (i, m): (usize, &Milestone),
    scale: f32,
    open: &mut Option<String>,
    actions: &mut Actions,
) {
    let visuals = ui.visuals();
    let painter = ui.painter();
    let response = ui.interact(
        row,
        ui.scope_id().with(("slide_milestone", i)),
        Sense::click(),
    );
    let name = format!("{} · {} ({})", m.when(), m.title, m.category.label());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
    if response.hovered() || response.has_focus() || open.as_deref() == Some(m.id.as_str()) {
        painter.rect_filled(
            row.expand(6.0 * scale),
            8.0 * scale,
            visuals.widgets.hovered.weak_bg_fill,
        );
    }
    if response.has_focus() {
        painter.rect_stroke(
            row.expand(6.0 * scale),
            8.0 * scale,
            Stroke::new(3.0 * scale.max(0.5), visuals.selection.stroke.color),
            egui::StrokeKind::Outside,
        );
    }
    if response.clicked() {
        *open = Some(m.id.clone());
        actions.push(Action::SelectMilestone(m.id.clone()));
    }
}

/// The categories the milestones use, each as its mark and name, in one row at the
/// bottom of `area`. Returns the height it takes.
fn legend(ui: &egui::Ui, milestones: &[Milestone], area: Rect, scale: f32) -> f32 {
    let used: Vec<Category> = Category::ALL
        .into_iter()
        .filter(|c| milestones.iter().any(|m| m.category == *c))
        .collect();
    let font = FontId::proportional(size::LABEL * scale);
    let height = size::LABEL * scale * 1.4;
    let visuals = ui.visuals();
    let weak = crate::theme::weak_text(visuals);
    let painter = ui.painter();
    let mut x = area.left() + 150.0 * scale - size::LABEL * scale * 0.36;
    let y = area.bottom() - height / 2.0;
    for c in used {
        category_mark(painter, pos2(x, y), size::LABEL * scale * 0.36, c, weak);
        let r = painter.text(
            pos2(x + 24.0 * scale, y),
            Align2::LEFT_CENTER,
            c.label(),
            font.clone(),
            visuals.text_color(),
        );
        x = r.right() + 60.0 * scale;
    }
    height
}
