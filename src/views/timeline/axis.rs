//! The time axis: its year ticks and labels, and the pan and zoom that dragging and
//! Ctrl+scroll give it and the lanes.

use eframe::egui::{self, Align2, FontId, Sense, Stroke, pos2, vec2};

use super::layout::Axis;
use super::range::{clamp_range, zoom};
use super::ticks::year_ticks;
use crate::theme;

/// The axis strip's height.
pub(super) const AXIS_HEIGHT: f32 = 34.0;

/// A drag pans the range; Ctrl+scroll (or a pinch) over the axis or the lanes zooms it
/// around the pointer. `gesture` is the drag distance and, when hovered, the pointer.
pub(super) fn pan_and_zoom(
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
pub(super) fn axis_strip(
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
