//! The overview of the talk (O): every slide as a numbered card with its title, in a
//! grid on the canvas. The arrows move the choice, Enter or a click goes there, Esc or
//! O closes it: a way to jump to the slide a question is about.

use eframe::egui::{self, Align2, FontId, Rect, Sense, Stroke, pos2, vec2};

use super::State;
use super::canvas::{Canvas, size};
use crate::model::Alliance;

const COLUMNS: usize = 3;

/// Draws the grid while it is open; a click on a card goes to that slide.
pub(super) fn overview(ui: &mut egui::Ui, data: &Alliance, state: &mut State, canvas: Canvas) {
    let Some(chosen) = state.overview else {
        return;
    };
    let scale = canvas.scale;
    let visuals = ui.visuals().clone();
    let painter = ui.painter_at(canvas.rect);
    let inner = canvas.rect.shrink2(vec2(96.0, 64.0) * scale);
    painter.text(
        inner.left_top(),
        Align2::LEFT_TOP,
        "All slides",
        FontId::proportional(size::TITLE * scale),
        visuals.strong_text_color(),
    );
    let top = inner.top() + size::TITLE * scale * 1.6;
    let count = data.slides.len();
    let rows = count.div_ceil(COLUMNS).max(1);
    let gap = 24.0 * scale;
    let cell = vec2(
        (inner.width() - gap * (COLUMNS - 1) as f32) / COLUMNS as f32,
        ((inner.bottom() - top) - gap * (rows - 1) as f32) / rows as f32,
    );
    for (i, slide) in data.slides.iter().enumerate() {
        let (row, column) = (i / COLUMNS, i % COLUMNS);
        let rect = Rect::from_min_size(
            pos2(
                inner.left() + column as f32 * (cell.x + gap),
                top + row as f32 * (cell.y + gap),
            ),
            cell,
        );
        let name = format!("Slide {}: {}", i + 1, slide.title);
        let response = ui.interact(
            rect,
            ui.scope_id().with(("slide_overview", i)),
            Sense::click(),
        );
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::Button, true, i == chosen, &name)
        });
        let stroke = if i == chosen {
            Stroke::new(6.0 * scale, visuals.selection.stroke.color)
        } else {
            visuals.widgets.noninteractive.bg_stroke
        };
        painter.rect(
            rect,
            8.0 * scale,
            visuals.faint_bg_color,
            stroke,
            egui::StrokeKind::Inside,
        );
        let pad = 20.0 * scale;
        painter.text(
            rect.left_top() + vec2(pad, pad),
            Align2::LEFT_TOP,
            (i + 1).to_string(),
            FontId::proportional(size::SUBTITLE * scale),
            visuals.weak_text_color(),
        );
        let title = painter.layout(
            slide.title.clone(),
            FontId::proportional(size::LABEL * scale),
            visuals.text_color(),
            rect.width() - 2.0 * pad,
        );
        painter.galley(
            rect.left_top() + vec2(pad, pad + size::SUBTITLE * scale * 1.3),
            title,
            visuals.text_color(),
        );
        if i == state.index {
            painter.text(
                rect.left_bottom() + vec2(pad, -pad),
                Align2::LEFT_BOTTOM,
                "Showing now",
                FontId::proportional(size::CAPTION * scale),
                visuals.weak_text_color(),
            );
        }
        if response.clicked() {
            state.go(i, count);
            state.overview = None;
        }
    }
}
