//! The axis and the lanes below it: year ticks, the markers with their labels, and the
//! pan and zoom that dragging and Ctrl+scroll give.

use eframe::egui::{self, Align2, FontId, Rect, RichText, Sense, Stroke, pos2, vec2};

use super::eras::{era_bands, fit_end};
use super::lane_index::{LaneIndex, visible_lanes};
use super::layout::{Axis, Item, MARKER, Placed, pack, year_ticks};
use super::range::{clamp_range, zoom};
use super::{LABEL_FONT, marker_label, short_title};
use crate::actions::{Action, Actions};
use crate::model::{Alliance, Milestone, Precision};
use crate::theme;

/// Lane height: at least this, more when the window has room to spare.
const LANE_HEIGHT: f32 = 32.0;
const MAX_LANE_HEIGHT: f32 = 48.0;
const AXIS_HEIGHT: f32 = 34.0;

/// The markers packed into lanes for one range and width, kept until either changes.
#[derive(Debug, Default)]
pub(super) struct Layout {
    key: Option<(u64, u64, u32)>,
    placed: Vec<Placed>,
    lanes: usize,
    /// `placed` by lane, so that a frame visits only the lanes on screen.
    index: LaneIndex,
}

impl Layout {
    pub(super) fn lanes(&self) -> usize {
        self.lanes
    }

    pub(super) fn invalidate(&mut self) {
        self.key = None;
    }
}

/// What the lanes show this frame.
pub(super) struct Drawing<'a> {
    pub(super) data: &'a Alliance,
    /// The milestones shown, measured, in date order.
    pub(super) items: &'a [Item],
    pub(super) selected_index: Option<usize>,
    /// Give the selected marker keyboard focus (after ←/→/Home/End).
    pub(super) take_focus: bool,
}

pub(super) fn axis_and_markers(
    ui: &mut egui::Ui,
    drawing: &Drawing<'_>,
    state: &mut Layout,
    range: &mut (f64, f64),
    actions: &mut Actions,
) {
    let Drawing {
        data,
        items,
        selected_index,
        take_focus: focus_follows,
    } = *drawing;
    let width = ui.available_width().max(100.0);
    let left_pad = 8.0;
    let axis = Axis {
        start: range.0,
        end: range.1,
        width: width - left_pad * 2.0,
    };
    let key = (range.0.to_bits(), range.1.to_bits(), axis.width.to_bits());
    if state.key != Some(key) {
        let (placed, lanes) = pack(items, &axis);
        state.index = LaneIndex::new(&placed, lanes);
        state.placed = placed;
        state.lanes = lanes;
        state.key = Some(key);
    }

    let (axis_response, x0) = axis_strip(ui, &axis, width, left_pad, *range);
    era_bands(ui, &data.eras, &axis, x0, width, fit_end(data), range);
    let visuals = ui.visuals().clone();
    let lanes = state.lanes.max(1) as f32;
    let lane_height = ((ui.available_height() - 12.0) / lanes).clamp(LANE_HEIGHT, MAX_LANE_HEIGHT);
    let lanes_height = lanes * lane_height + 12.0;
    let mut pan_dx = axis_response.drag_delta().x;
    let mut hover_zoom = None;
    if axis_response.hovered() {
        hover_zoom = Some(axis_response.hover_pos());
    }

    egui::ScrollArea::vertical()
        .id_salt("lanes")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let height = lanes_height.max(ui.available_height());
            let (rect, background) =
                ui.allocate_exact_size(vec2(width, height), Sense::click_and_drag());
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
            let on_screen = visible_lanes(
                rect.top() + 6.0,
                lane_height,
                LANE_HEIGHT - 4.0,
                (clip.top(), clip.bottom()),
                state.lanes,
            );
            for position in state.index.in_lanes(on_screen) {
                let Some(placed) = state.placed.get(position) else {
                    continue;
                };
                let top = rect.top() + 6.0 + placed.lane as f32 * lane_height;
                let row = Rect::from_min_max(
                    pos2(x0 + placed.left, top),
                    pos2(x0 + placed.right, top + LANE_HEIGHT - 4.0),
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
                marker(
                    ui,
                    m,
                    &place,
                    is_selected,
                    is_selected && focus_follows,
                    actions,
                );
            }
        });

    pan_and_zoom(ui, &axis, x0, (pan_dx, hover_zoom), range);
}

/// A drag pans the range; Ctrl+scroll (or a pinch) over the axis or the lanes zooms it
/// around the pointer. `gesture` is the drag distance and, when hovered, the pointer.
fn pan_and_zoom(
    ui: &egui::Ui,
    axis: &Axis,
    x0: f32,
    gesture: (f32, Option<Option<egui::Pos2>>),
    range: &mut (f64, f64),
) {
    let (pan_dx, hover_zoom) = gesture;
    if pan_dx != 0.0 {
        let years = f64::from(pan_dx) / f64::from(axis.width.max(1.0)) * (range.1 - range.0);
        *range = clamp_range(range.0 - years, range.1 - years);
    }
    if let Some(pointer) = hover_zoom {
        let factor = f64::from(ui.input(eframe::egui::InputState::zoom_delta));
        if (factor - 1.0).abs() > 1e-6 {
            let around = pointer.map_or((range.0 + range.1) / 2.0, |p| axis.year(p.x - x0));
            *range = zoom(*range, factor, around);
        }
    }
}

/// The axis strip: year ticks and their labels, and its accessible name. Returns its
/// response (it can be dragged and zoomed) and where year zero of the axis sits.
fn axis_strip(
    ui: &mut egui::Ui,
    axis: &Axis,
    width: f32,
    left_pad: f32,
    range: (f64, f64),
) -> (egui::Response, f32) {
    let (axis_rect, axis_response) =
        ui.allocate_exact_size(vec2(width, AXIS_HEIGHT), Sense::click_and_drag());
    let painter = ui.painter_at(axis_rect);
    let visuals = ui.visuals().clone();
    let weak = theme::weak_text(&visuals);
    let x0 = axis_rect.left() + left_pad;
    let baseline = axis_rect.bottom() - 4.0;
    painter.line_segment(
        [
            pos2(axis_rect.left(), baseline),
            pos2(axis_rect.right(), baseline),
        ],
        Stroke::new(1.5, weak),
    );
    for year in year_ticks(axis, 56.0) {
        let x = x0 + axis.x(f64::from(year));
        painter.line_segment(
            [pos2(x, baseline - 8.0), pos2(x, baseline)],
            Stroke::new(1.5, weak),
        );
        painter.text(
            pos2(x, baseline - 10.0),
            Align2::CENTER_BOTTOM,
            year.to_string(),
            FontId::proportional(15.0),
            visuals.text_color(),
        );
    }
    axis_response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Canvas,
            true,
            format!(
                "Time axis from {:.0} to {:.0}; drag to pan, Ctrl+scroll to zoom",
                range.0.floor(),
                range.1.ceil()
            ),
        )
    });
    (axis_response, x0)
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
) {
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
    let (label_pos, align) = if placed.label_left {
        (pos2(sx0 - MARKER, cy), Align2::RIGHT_CENTER)
    } else {
        (pos2(sx1 + MARKER, cy), Align2::LEFT_CENTER)
    };
    painter.text(
        label_pos,
        align,
        short_title(&m.title),
        FontId::proportional(LABEL_FONT),
        visuals.text_color(),
    );
    let response = response.on_hover_ui(|ui| {
        ui.set_max_width(360.0);
        ui.label(RichText::new(&m.title).strong());
        ui.label(format!("{} · {}", m.when(), m.category.label()));
        ui.add(egui::Label::new(&m.summary).wrap());
    });
    if response.clicked() {
        actions.push(Action::SelectMilestone(m.id.clone()));
    }
}
