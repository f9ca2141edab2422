//! The overview strip under the lanes while the timeline is zoomed in: every milestone
//! as a tick along the whole span, and the part on screen as a frame to drag. A click
//! elsewhere on the strip moves the frame there.

use eframe::egui::{self, CornerRadius, Rect, Sense, Stroke, StrokeKind, pos2, vec2};

use super::layout::{Axis, Item};
use super::range::clamp_range;
use crate::model::{Alliance, Category};
use crate::theme;

/// The strip's height.
pub(super) const HEIGHT: f32 = 40.0;

/// Each pixel column of the strip and the category of its first milestone, worked out
/// once per data, filter and width: a file of a hundred thousand milestones draws as
/// many ticks as the strip has columns.
#[derive(Debug, Default)]
pub(super) struct Columns {
    key: Option<(u64, u64, u32, usize)>,
    ticks: Vec<(f32, Category)>,
}

impl Columns {
    pub(super) fn invalidate(&mut self) {
        self.key = None;
    }

    fn refresh(&mut self, data: &Alliance, items: &[Item], axis: &Axis) {
        let key = (
            axis.start.to_bits(),
            axis.end.to_bits(),
            axis.width.to_bits(),
            items.len(),
        );
        if self.key == Some(key) {
            return;
        }
        self.ticks.clear();
        let mut last_column = None;
        for item in items {
            let x = axis.x(item.start).round();
            if last_column == Some(x) || !(0.0..=axis.width).contains(&x) {
                continue;
            }
            if let Some(m) = data.milestones.get(item.index) {
                self.ticks.push((x, m.category));
                last_column = Some(x);
            }
        }
        self.key = Some(key);
    }
}

/// Draws the strip for the whole span `whole` with the visible `range` framed, and
/// moves `range` when the frame is dragged or the strip clicked.
pub(super) fn strip(
    ui: &mut egui::Ui,
    data: &Alliance,
    items: &[Item],
    columns: &mut Columns,
    whole: (f64, f64),
    range: &mut (f64, f64),
) {
    let width = ui.available_width().max(100.0);
    let (rect, response) = ui.allocate_exact_size(vec2(width, HEIGHT), Sense::click_and_drag());
    let inner = rect.shrink2(vec2(8.0, 6.0));
    // The strip spans every milestone and the range on screen, whichever is wider.
    let axis = Axis {
        start: whole.0.min(range.0),
        end: whole.1.max(range.1),
        width: inner.width(),
    };
    columns.refresh(data, items, &axis);
    let visuals = ui.visuals().clone();
    let painter = ui.painter_at(rect);
    painter.rect_filled(inner, 4.0, visuals.extreme_bg_color);
    for (x, category) in &columns.ticks {
        let x = inner.left() + x;
        painter.line_segment(
            [pos2(x, inner.top() + 6.0), pos2(x, inner.bottom() - 6.0)],
            Stroke::new(2.0, theme::category(*category)),
        );
    }
    let frame = Rect::from_x_y_ranges(
        (inner.left() + axis.x(range.0)).max(inner.left())
            ..=(inner.left() + axis.x(range.1)).min(inner.right()),
        inner.y_range(),
    );
    // A short range is a sliver of the strip: keep its frame wide enough to see.
    let frame = frame.expand2(vec2(((8.0 - frame.width()) / 2.0).max(0.0), 0.0));
    let highlight = response.hovered() || response.dragged() || response.has_focus();
    painter.rect_filled(
        frame,
        CornerRadius::same(4),
        visuals
            .selection
            .bg_fill
            .gamma_multiply(if highlight { 0.35 } else { 0.2 }),
    );
    painter.rect_stroke(
        frame,
        CornerRadius::same(4),
        Stroke::new(2.0, visuals.selection.stroke.color),
        StrokeKind::Inside,
    );
    if response.has_focus() {
        painter.rect_stroke(
            rect.shrink(1.0),
            CornerRadius::same(6),
            Stroke::new(2.0, visuals.selection.stroke.color),
            StrokeKind::Inside,
        );
    }
    let shown = *range;
    response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Slider,
            true,
            format!(
                "Overview of all milestones, {:.0} to {:.0}: the frame shows {:.1} to {:.1}; \
                 drag it or click to move",
                axis.start.floor(),
                axis.end.ceil(),
                shown.0,
                shown.1
            ),
        )
    });
    let years_per_point = (axis.end - axis.start) / f64::from(axis.width.max(1.0));
    if response.drag_started()
        && let Some(pointer) = response.interact_pointer_pos()
        && !frame.contains(pointer)
    {
        *range = centred_on(*range, axis.year(pointer.x - inner.left()));
    } else if response.dragged() {
        let years = f64::from(response.drag_delta().x) * years_per_point;
        *range = clamp_range(range.0 + years, range.1 + years);
    } else if response.clicked()
        && let Some(pointer) = response.interact_pointer_pos()
    {
        *range = centred_on(*range, axis.year(pointer.x - inner.left()));
    }
}

/// `range` moved, its span kept, so that its middle is `year`.
fn centred_on(range: (f64, f64), year: f64) -> (f64, f64) {
    let half = (range.1 - range.0) / 2.0;
    clamp_range(year - half, year + half)
}
