//! A donut chart painted with egui's painter (`egui_plot` has none).
//!
//! egui fills only convex shapes with anti-aliasing, and a ring segment is not convex,
//! so each slice is a triangle mesh (one quad per two degrees of arc) with a thin
//! outline in its own colour that gives the edge its anti-aliasing. Empty slices are
//! skipped, so a zero count never leaves a hairline.

use std::f32::consts::{FRAC_PI_2, TAU};

use eframe::egui::{self, Align2, Color32, FontId, Mesh, Pos2, Sense, Shape, Stroke, Vec2, vec2};

use crate::theme;

/// How far a hovered or selected slice pops out, in points.
const POP: f32 = 7.0;

/// One slice: its value, colour and the short text drawn on it when it is wide enough.
#[derive(Clone, Debug)]
pub struct Slice {
    pub value: i64,
    pub color: Color32,
    /// What a screen reader calls the slice, e.g. "Governments: 99 (47.1%)".
    pub name: String,
    /// E.g. "47.1%"; drawn in black or white, whichever contrasts more with the fill.
    pub text: String,
}

/// A donut of `slices`, starting at the top and running clockwise.
pub struct Donut<'a> {
    pub slices: &'a [Slice],
    /// The figure in the hole, e.g. "210".
    pub center: String,
    /// The line under it, e.g. "members".
    pub center_caption: String,
    pub highlighted: Option<usize>,
    pub selected: Option<usize>,
    pub diameter: f32,
    /// How much larger than the app's chart text its words are drawn: 1 in a view,
    /// more on a slide read from across a room.
    pub text_scale: f32,
    /// What a screen reader hears for the chart as a whole.
    pub description: &'a str,
}

/// What happened to the donut this frame.
pub struct DonutOutput {
    pub response: egui::Response,
    /// The slice under the pointer.
    pub hovered: Option<usize>,
    pub clicked: Option<usize>,
}

/// Each slice's start and end as fractions of a full turn, or `None` for an empty
/// slice (or when everything is empty). The last non-empty slice ends at exactly 1.
pub fn spans(values: &[i64]) -> Vec<Option<(f64, f64)>> {
    let total: f64 = values.iter().map(|v| (*v).max(0) as f64).sum();
    if total <= 0.0 || !total.is_finite() {
        return vec![None; values.len()];
    }
    let last = values.iter().rposition(|v| *v > 0);
    let mut at = 0.0;
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            if *v <= 0 {
                return None;
            }
            let end = if Some(i) == last {
                1.0
            } else {
                (at + *v as f64 / total).min(1.0)
            };
            let span = (at, end);
            at = end;
            Some(span)
        })
        .collect()
}

/// The slice under `offset` (from the centre), if it lies on the ring between
/// `inner` and `outer`.
pub fn slice_at(
    spans: &[Option<(f64, f64)>],
    offset: Vec2,
    inner: f32,
    outer: f32,
) -> Option<usize> {
    let distance = offset.length();
    if !(inner..=outer).contains(&distance) {
        return None;
    }
    let turn = f64::from(((offset.y.atan2(offset.x) + FRAC_PI_2) / TAU).rem_euclid(1.0));
    spans
        .iter()
        .position(|s| s.is_some_and(|(start, end)| start <= turn && turn < end))
}

/// The point at `turn` (0 = top, clockwise) and `radius` from `center`.
fn at(center: Pos2, radius: f32, turn: f64) -> Pos2 {
    let angle = turn as f32 * TAU - FRAC_PI_2;
    center + radius * vec2(angle.cos(), angle.sin())
}

/// The ring segment's outline: the outer arc forwards, then the inner arc backwards.
fn outline(
    center: Pos2,
    inner: f32,
    outer: f32,
    (start, end): (f64, f64),
) -> (Vec<Pos2>, Vec<Pos2>) {
    let steps = (((end - start) * 180.0).ceil() as usize).clamp(1, 180);
    let turns: Vec<f64> = (0..=steps)
        .map(|k| start + (end - start) * k as f64 / steps as f64)
        .collect();
    let outer_pts = turns.iter().map(|t| at(center, outer, *t)).collect();
    let inner_pts = turns.iter().map(|t| at(center, inner, *t)).collect();
    (outer_pts, inner_pts)
}

fn paint_slice(
    painter: &egui::Painter,
    center: Pos2,
    inner: f32,
    outer: f32,
    span: (f64, f64),
    color: Color32,
) {
    let (outer_pts, inner_pts) = outline(center, inner, outer, span);
    let mut mesh = Mesh::default();
    for (o, i) in outer_pts.iter().zip(&inner_pts) {
        mesh.colored_vertex(*i, color);
        mesh.colored_vertex(*o, color);
    }
    let quads = u32::try_from(outer_pts.len().saturating_sub(1)).unwrap_or(0);
    for k in 0..quads {
        let (a, b, c, d) = (2 * k, 2 * k + 1, 2 * k + 2, 2 * k + 3);
        mesh.add_triangle(a, b, c);
        mesh.add_triangle(b, d, c);
    }
    painter.add(Shape::mesh(mesh));
    painter.add(Shape::closed_line(
        ring_path(outer_pts, inner_pts),
        Stroke::new(1.0, color),
    ));
}

fn ring_path(outer_pts: Vec<Pos2>, inner_pts: Vec<Pos2>) -> Vec<Pos2> {
    let mut path = outer_pts;
    path.extend(inner_pts.into_iter().rev());
    path
}

impl Donut<'_> {
    pub fn show(self, ui: &mut egui::Ui) -> DonutOutput {
        let size = vec2(self.diameter, self.diameter);
        // Clickable with the mouse but not a Tab stop: the legend is the keyboard's way in.
        let (rect, response) = ui.allocate_exact_size(size, Sense::CLICK);
        response
            .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, self.description));
        let center = rect.center();
        let pop = POP * self.text_scale;
        let outer = self.diameter / 2.0 - pop - 1.0;
        let inner = outer * 0.58;
        let values: Vec<i64> = self.slices.iter().map(|s| s.value).collect();
        let spans = spans(&values);
        let pick =
            |pos: Option<Pos2>| pos.and_then(|p| slice_at(&spans, p - center, inner, outer + pop));
        let hovered = pick(response.hover_pos());
        let clicked = if response.clicked() {
            pick(response.interact_pointer_pos())
        } else {
            None
        };

        if ui.is_rect_visible(rect) {
            self.paint(ui, rect, &spans, inner, outer, hovered);
        }
        self.name_slices(ui, &response, &spans, inner, outer);
        DonutOutput {
            response,
            hovered,
            clicked,
        }
    }

    /// One object per slice for a screen reader, over the slice's bounds and named
    /// with its figures. They sense only hover, so the pointer stays the chart's.
    fn name_slices(
        &self,
        ui: &egui::Ui,
        chart: &egui::Response,
        spans: &[Option<(f64, f64)>],
        inner: f32,
        outer: f32,
    ) {
        let center = chart.rect.center();
        for (i, (slice, span)) in self.slices.iter().zip(spans).enumerate() {
            let Some((start, end)) = *span else { continue };
            let steps = 16;
            let bounds = egui::Rect::from_points(
                &(0..=steps)
                    .map(|k| start + (end - start) * f64::from(k) / f64::from(steps))
                    .flat_map(|turn| [at(center, inner, turn), at(center, outer, turn)])
                    .collect::<Vec<_>>(),
            );
            ui.interact(bounds, chart.id.with(("slice", i)), Sense::hover())
                .widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Image,
                        true,
                        format!("Slice: {}", slice.name),
                    )
                });
        }
    }

    fn paint(
        &self,
        ui: &egui::Ui,
        rect: egui::Rect,
        spans: &[Option<(f64, f64)>],
        inner: f32,
        outer: f32,
        hovered: Option<usize>,
    ) {
        let visuals = ui.visuals();
        let painter = ui.painter_at(rect);
        let center = rect.center();
        let lit = |i: usize| {
            Some(i) == hovered || Some(i) == self.highlighted || Some(i) == self.selected
        };
        let drawn = spans.iter().filter(|s| s.is_some()).count();
        if drawn == 0 {
            painter.circle_stroke(
                center,
                (inner + outer) / 2.0,
                Stroke::new(outer - inner, visuals.faint_bg_color),
            );
        }
        for (i, (slice, span)) in self.slices.iter().zip(spans).enumerate() {
            if let Some(span) = span {
                let pop = POP * self.text_scale;
                let r = if lit(i) { outer + pop } else { outer };
                paint_slice(&painter, center, inner, r, *span, slice.color);
            }
        }
        // Gaps between neighbours in the background colour, so touching slices of
        // similar lightness stay apart without relying on hue.
        if drawn > 1 {
            for (start, _) in spans.iter().flatten() {
                let a = at(center, inner - 1.0, *start);
                let b = at(center, outer + POP * self.text_scale + 1.0, *start);
                painter.line_segment([a, b], Stroke::new(2.0, visuals.panel_fill));
            }
        }
        if let Some(span) = self.selected.and_then(|i| spans.get(i).copied().flatten()) {
            let stroke = Stroke::new(2.0, visuals.text_color());
            if span.1 - span.0 >= 1.0 {
                // The whole ring: two circles, without a seam at the top.
                painter.circle_stroke(center, inner, stroke);
                painter.circle_stroke(center, outer + POP * self.text_scale, stroke);
            } else {
                let (o, n) = outline(center, inner, outer + POP * self.text_scale, span);
                painter.add(Shape::closed_line(ring_path(o, n), stroke));
            }
        }
        for (slice, span) in self.slices.iter().zip(spans) {
            let Some((start, end)) = span else { continue };
            let font = FontId::proportional(theme::text::CHART * self.text_scale);
            let galley =
                painter.layout_no_wrap(slice.text.clone(), font, theme::text_on(slice.color));
            let mid_radius = (inner + outer) / 2.0;
            let arc = (end - start) as f32 * TAU * mid_radius;
            if slice.text.is_empty()
                || arc < galley.size().x + 8.0
                || outer - inner < galley.size().y + 4.0
            {
                continue;
            }
            let pos = at(center, mid_radius, (start + end) / 2.0);
            let text_rect = Align2::CENTER_CENTER.anchor_size(pos, galley.size());
            painter.galley(text_rect.min, galley, theme::text_on(slice.color));
        }
        painter.text(
            center - vec2(0.0, 8.0) * self.text_scale,
            Align2::CENTER_CENTER,
            &self.center,
            FontId::proportional(theme::text::TITLE * self.text_scale),
            visuals.strong_text_color(),
        );
        painter.text(
            center + vec2(0.0, 16.0) * self.text_scale,
            Align2::CENTER_CENTER,
            &self.center_caption,
            FontId::proportional(theme::text::CAPTION * self.text_scale),
            theme::weak_text(visuals),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_cover_the_circle_and_skip_empty_slices() {
        let s = spans(&[99, 0, 73, 9]);
        assert_eq!(s[1], None);
        let (a0, a1) = s[0].unwrap_or_default();
        assert_eq!(a0, 0.0);
        assert!((a1 - 99.0 / 181.0).abs() < 1e-12);
        assert_eq!(s[3].map(|x| x.1), Some(1.0));
        assert_eq!(spans(&[5]), vec![Some((0.0, 1.0))]);
        assert_eq!(spans(&[0, 0]), vec![None, None]);
        assert_eq!(spans(&[]), Vec::<Option<(f64, f64)>>::new());
    }

    #[test]
    fn the_pointer_finds_its_slice() {
        let s = spans(&[1, 1, 1, 1]);
        // Right of the centre is a quarter turn clockwise from the top: slice 1.
        assert_eq!(slice_at(&s, vec2(50.0, 0.0), 30.0, 60.0), Some(1));
        assert_eq!(slice_at(&s, vec2(0.0, 50.0), 30.0, 60.0), Some(2));
        assert_eq!(slice_at(&s, vec2(-50.0, -1.0), 30.0, 60.0), Some(3));
        assert_eq!(slice_at(&s, vec2(1.0, -50.0), 30.0, 60.0), Some(0));
        // The hole and the outside are nothing.
        assert_eq!(slice_at(&s, vec2(5.0, 5.0), 30.0, 60.0), None);
        assert_eq!(slice_at(&s, vec2(80.0, 0.0), 30.0, 60.0), None);
        assert_eq!(slice_at(&spans(&[0, 0]), vec2(50.0, 0.0), 30.0, 60.0), None);
    }
}
