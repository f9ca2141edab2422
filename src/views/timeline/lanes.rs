//! The lanes under the axis: the markers with their labels, in lanes as tall as the
//! labels they hold, and the pan and zoom that dragging and Ctrl+scroll give.

use std::sync::Arc;

use eframe::egui::{self, FontId, Galley, Rect, RichText, Sense, Stroke, pos2, vec2};

use super::axis::{axis_strip, pan_and_zoom};
use super::eras::era_bands;
use super::lane_index::{LaneIndex, visible_lanes};
use super::layout::{Axis, Item, MARKER, Packed, Placed, Rows, pack};
use super::ticks::year_ticks;
use super::{LABEL_FONT, label_job, marker_label};
use crate::actions::{Action, Actions};
use crate::model::{Alliance, Milestone, Precision};
use crate::theme;

/// Room above and below a lane's labels.
const LANE_PAD: f32 = 12.0;
/// Lanes may grow this much taller when the window has room to spare.
const MAX_STRETCH: f32 = 2.0;
/// Space above the first lane.
const TOP: f32 = 6.0;

/// The markers packed into lanes for one range, size and filter, kept until one of
/// them changes: the label layout is worked out per zoom level, not per frame.
#[derive(Debug, Default)]
pub(super) struct Layout {
    key: Option<(u64, u64, u32, u32)>,
    packed: Packed,
    /// Where each lane starts below the first, and where the last ends: lanes + 1.
    tops: Vec<f32>,
    /// `placed` by lane, so that a frame visits only the lanes on screen.
    index: LaneIndex,
}

impl Layout {
    pub(super) fn lanes(&self) -> usize {
        self.packed.lanes()
    }

    pub(super) fn invalidate(&mut self) {
        self.key = None;
    }

    fn lay_out(&mut self, items: &[Item], axis: &Axis, rows: &Rows) {
        let key = (
            axis.start.to_bits(),
            axis.end.to_bits(),
            axis.width.to_bits(),
            rows.budget.to_bits(),
        );
        if self.key == Some(key) {
            return;
        }
        self.packed = pack(items, axis, rows);
        let natural: f32 = self
            .packed
            .lane_lines
            .iter()
            .map(|l| rows.lane_height(*l))
            .sum();
        // Few lanes in a tall window: spread them a little rather than leave the
        // bottom half empty.
        let stretch = if natural > 0.0 {
            (rows.budget / natural).clamp(1.0, MAX_STRETCH)
        } else {
            1.0
        };
        self.tops.clear();
        let mut top = 0.0;
        self.tops.push(top);
        for lines in &self.packed.lane_lines {
            top += rows.lane_height(*lines) * stretch;
            self.tops.push(top);
        }
        self.index = LaneIndex::new(&self.packed.placed, self.packed.lanes());
        self.key = Some(key);
    }

    /// Lane `lane`'s top below the first lane's, and its height.
    fn lane(&self, lane: usize) -> (f32, f32) {
        let top = self.tops.get(lane).copied().unwrap_or(0.0);
        let bottom = self.tops.get(lane + 1).copied().unwrap_or(top);
        (top, bottom - top)
    }

    fn height(&self) -> f32 {
        self.tops.last().copied().unwrap_or(0.0)
    }
}

/// A label as the last frame drew it: what a test or a check of the layout reads.
#[derive(Clone, Debug)]
pub struct DrawnLabel {
    /// Index of the milestone in the data.
    pub index: usize,
    pub lane: usize,
    /// Where its text was drawn, in screen points.
    pub rect: Rect,
    /// The left and right edges the layout reserved for its marker and label, in
    /// screen points.
    pub extent: (f32, f32),
    pub galley: Arc<Galley>,
}

/// What the lanes show this frame.
pub(super) struct Drawing<'a> {
    pub(super) data: &'a Alliance,
    /// The milestones shown, measured, in date order.
    pub(super) items: &'a [Item],
    pub(super) selected_index: Option<usize>,
    /// Give the selected marker keyboard focus (after ←/→/Home/End).
    pub(super) take_focus: bool,
    /// Where the range that fits every milestone shown ends: where an era still
    /// going is taken to end.
    pub(super) fit_end: f64,
}

pub(super) fn axis_and_markers(
    ui: &mut egui::Ui,
    drawing: &Drawing<'_>,
    state: &mut Layout,
    range: &mut (f64, f64),
    drawn: &mut Vec<DrawnLabel>,
    actions: &mut Actions,
) {
    let Drawing {
        data,
        items,
        selected_index,
        take_focus: focus_follows,
        fit_end,
    } = *drawing;
    let width = ui.available_width().max(100.0);
    let left_pad = 8.0;
    let axis = Axis {
        start: range.0,
        end: range.1,
        width: width - left_pad * 2.0,
    };

    let (axis_response, x0) = axis_strip(ui, &axis, width, left_pad, *range);
    era_bands(ui, &data.eras, &axis, x0, width, fit_end, range);
    let font = FontId::proportional(LABEL_FONT);
    let rows = Rows {
        line: ui.fonts_mut(|f| f.row_height(&font)),
        pad: LANE_PAD,
        budget: (ui.available_height() - TOP * 2.0).max(0.0).round(),
    };
    state.lay_out(items, &axis, &rows);
    let visuals = ui.visuals().clone();
    let mut pan_dx = axis_response.drag_delta().x;
    let mut hover_zoom = None;
    if axis_response.hovered() {
        hover_zoom = Some(axis_response.hover_pos());
    }
    drawn.clear();

    egui::ScrollArea::vertical()
        .id_salt("lanes")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let height = (state.height() + TOP * 2.0).max(ui.available_height());
            let (rect, background) =
                ui.allocate_exact_size(vec2(width, height), Sense::click_and_drag());
            name_lanes(&background);
            pan_dx += background.drag_delta().x;
            if background.hovered() {
                hover_zoom = Some(background.hover_pos());
            }
            if background.clicked() {
                actions.push(Action::ClearSelection);
            }
            let painter = ui.painter_at(rect);
            // Faint year grid lines continue the axis' ticks down through the lanes.
            for year in year_ticks(&axis, 56.0) {
                let x = x0 + axis.x(f64::from(year));
                painter.line_segment(
                    [pos2(x, rect.top()), pos2(x, rect.bottom())],
                    Stroke::new(1.0, visuals.faint_bg_color.gamma_multiply(2.0)),
                );
            }
            let clip = ui.clip_rect().intersect(rect);
            let first_top = rect.top() + TOP;
            let on_screen = visible_lanes(first_top, &state.tops, (clip.top(), clip.bottom()));
            // Drawn (and so read and reached with Tab) by date, then lane, whatever
            // lanes the packing gave.
            let mut shown = state.index.in_lanes(on_screen);
            shown.sort_by(|a, b| {
                let key = |p: &usize| state.packed.placed.get(*p).map(|p| (p.x0, p.lane));
                key(a)
                    .partial_cmp(&key(b))
                    .unwrap_or(std::cmp::Ordering::Equal)
            });
            for position in shown {
                let Some(placed) = state.packed.placed.get(position) else {
                    continue;
                };
                let (top, lane_height) = state.lane(placed.lane);
                let row = Rect::from_min_max(
                    pos2(x0 + placed.left, first_top + top),
                    pos2(x0 + placed.right, first_top + top + lane_height - 4.0),
                );
                if !clip.intersects(row) {
                    continue;
                }
                let Some(m) = data.milestones.get(placed.index) else {
                    continue;
                };
                let is_selected = Some(placed.index) == selected_index;
                let place = MarkerPlace {
                    placed,
                    row,
                    x0,
                    clip,
                };
                let label = marker(
                    ui,
                    m,
                    &place,
                    is_selected,
                    is_selected && focus_follows,
                    actions,
                );
                drawn.push(label);
            }
        });

    pan_and_zoom(ui, &axis, x0, (pan_dx, hover_zoom), range);
}

/// Where a marker goes on screen: its layout slot, its row, the axis origin and the
/// area it may paint in.
struct MarkerPlace<'a> {
    placed: &'a Placed,
    row: Rect,
    x0: f32,
    clip: Rect,
}

fn marker(
    ui: &mut egui::Ui,
    m: &Milestone,
    place: &MarkerPlace<'_>,
    is_selected: bool,
    take_focus: bool,
    actions: &mut Actions,
) -> DrawnLabel {
    let MarkerPlace {
        placed,
        row,
        x0,
        clip,
    } = *place;
    let id = ui.scope_id().with(("milestone", &m.id));
    let response = ui.interact(row, id, Sense::click());
    let label = marker_label(m);
    response
        .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, is_selected, &label));
    if response.has_focus() {
        // ←/→ move the selection here, not the keyboard focus.
        ui.memory_mut(|mem| {
            mem.set_focus_lock_filter(
                id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    ..Default::default()
                },
            );
        });
    }
    if take_focus && !response.has_focus() {
        response.request_focus();
    }
    let color = theme::category(m.category);
    let visuals = ui.visuals().clone();
    // Never paint over the detail panel or outside the lanes.
    let painter = ui.painter().with_clip_rect(clip);
    let cy = row.center().y;
    let highlight = response.hovered() || response.has_focus() || is_selected;
    if highlight {
        let fill = if is_selected {
            visuals.selection.bg_fill.gamma_multiply(0.35)
        } else {
            visuals.widgets.hovered.weak_bg_fill
        };
        painter.rect_filled(row.expand(2.0), 6.0, fill);
    }
    if response.has_focus() {
        painter.rect_stroke(
            row.expand(3.0),
            6.0,
            Stroke::new(2.5, visuals.selection.stroke.color),
            egui::StrokeKind::Outside,
        );
    }
    let sx0 = x0 + placed.x0;
    let sx1 = x0 + placed.x1;
    if sx1 - sx0 > 3.0 {
        // A range (or a date known only to the month or year) drawn as a span.
        let span = Rect::from_min_max(pos2(sx0, cy - 6.0), pos2(sx1, cy + 6.0));
        painter.rect_filled(span, 4.0, color);
    } else {
        if m.date.precision() == Precision::Day {
            painter.circle_filled(pos2(sx0, cy), 6.5, color);
        } else {
            // Less precise dates are drawn as a diamond.
            let c = pos2(sx0, cy);
            let pts = vec![
                c + vec2(0.0, -7.5),
                c + vec2(7.5, 0.0),
                c + vec2(0.0, 7.5),
                c + vec2(-7.5, 0.0),
            ];
            painter.add(egui::Shape::convex_polygon(pts, color, Stroke::NONE));
        }
    }
    if is_selected {
        painter.circle_stroke(pos2(sx0, cy), 10.0, Stroke::new(2.0, visuals.text_color()));
    }
    let galley = painter.layout_job(label_job(&m.title, placed, visuals.text_color()));
    let size = galley.size();
    let left = if placed.label_left {
        sx0 - MARKER - size.x
    } else {
        sx1 + MARKER
    };
    let text_rect = Rect::from_min_size(pos2(left, cy - size.y / 2.0), size);
    painter.galley(text_rect.min, Arc::clone(&galley), visuals.text_color());
    let response = response.on_hover_ui(|ui| {
        ui.set_max_width(360.0);
        ui.label(RichText::new(&m.title).strong());
        ui.label(format!("{} · {}", m.when(), m.category.label()));
        ui.add(egui::Label::new(&m.summary).wrap());
    });
    if response.clicked() {
        actions.push(Action::SelectMilestone(m.id.clone()));
    }
    DrawnLabel {
        index: placed.index,
        lane: placed.lane,
        rect: text_rect,
        extent: (x0 + placed.left, x0 + placed.right),
        galley,
    }
}

/// The lanes' background is clickable, so Tab stops on it: without a name a screen
/// reader would say nothing there.
fn name_lanes(background: &egui::Response) {
    background.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Canvas,
            true,
            "Milestone lanes; drag to pan, click an empty place to clear the selection",
        )
    });
}
