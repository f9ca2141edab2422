//! The era bands under the axis: the named periods of the story, each a tinted band
//! from its start to its end with its title inside. A band is a button: clicking it,
//! or Enter when it has the focus, zooms the timeline to that era.

use eframe::egui::{self, FontId, Rect, RichText, Sense, Stroke, pos2, text::LayoutJob, vec2};

use super::layout::Axis;
use super::range::clamp_range;
use crate::model::Era;
use crate::theme;

/// The strip's height: one line of title with room around it.
const STRIP_HEIGHT: f32 = 28.0;
const TITLE_FONT: f32 = theme::text::CAPTION;
/// Space between a band's edge and its title.
const PAD: f32 = 6.0;

/// Draws a band for each era, under the axis, and zooms `range` to the era a person
/// clicks. Draws nothing, not even an empty strip, when there are no eras. `x0` is
/// where the axis' zero sits on screen; `fit_end` is where an era still going ends
/// when zoomed to.
pub(super) fn era_bands(
    ui: &mut egui::Ui,
    eras: &[Era],
    axis: &Axis,
    x0: f32,
    width: f32,
    fit_end: f64,
    range: &mut (f64, f64),
) {
    if eras.is_empty() {
        return;
    }
    let (strip, _) = ui.allocate_exact_size(vec2(width, STRIP_HEIGHT), Sense::hover());
    let right = x0 + axis.width;
    let mut zoom_to = None;
    for (i, era) in eras.iter().enumerate() {
        let (start, end) = span(era);
        let left = x0 + axis.x(start);
        let band_right = end.map_or(right, |e| x0 + axis.x(e)).max(left + 2.0);
        let band = Rect::from_min_max(pos2(left, strip.top()), pos2(band_right, strip.bottom()))
            .intersect(strip);
        if band.width() <= 0.0 {
            continue;
        }
        if band_for(ui, era, i, band, i > 0) {
            zoom_to = Some((start, end.unwrap_or(fit_end)));
        }
    }
    if let Some((start, end)) = zoom_to {
        *range = zoomed(start, end);
        ui.ctx().request_repaint();
    }
}

/// An era's span in fractional years, the end `None` while it is still going. An era
/// ends where the next begins: an end written "2016" is the moment of the 2016 merger,
/// not the last day of 2016, so an era's end is where its end date starts.
fn span(era: &Era) -> (f64, Option<f64>) {
    let start = era.start.start_year_fraction();
    (start, era.end.map(|e| e.start_year_fraction().max(start)))
}

/// The range that shows the span with a little room on each side.
fn zoomed(start: f64, end: f64) -> (f64, f64) {
    let end = if end > start { end } else { start + 1.0 };
    let margin = ((end - start) * 0.05).max(0.1);
    clamp_range(start - margin, end + margin)
}

/// What a screen reader says for a band, and what tests click.
fn era_label(era: &Era) -> String {
    format!("Era: {}, {}. Zoom to this era", era.title, era.years())
}

/// One band: its fill, a separator before it, its title cut to fit, its tooltip, and
/// whether it was clicked (or pressed with Enter).
fn band_for(ui: &mut egui::Ui, era: &Era, i: usize, band: Rect, separator: bool) -> bool {
    let id = ui.scope_id().with(("era", &era.id));
    let response = ui.interact(band, id, Sense::click());
    let label = era_label(era);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let visuals = ui.visuals().clone();
    let (fill, text) = theme::era_band(&visuals, i);
    let painter = ui.painter_at(band);
    painter.rect_filled(band, 0.0, fill);
    if response.hovered() {
        painter.rect_filled(
            band,
            0.0,
            visuals.widgets.hovered.weak_bg_fill.gamma_multiply(0.5),
        );
    }
    if separator {
        painter.line_segment(
            [band.left_top(), band.left_bottom()],
            Stroke::new(1.0, theme::weak_text(&visuals)),
        );
    }
    let mut job =
        LayoutJob::simple_singleline(era.title.clone(), FontId::proportional(TITLE_FONT), text);
    job.wrap = egui::text::TextWrapping::truncate_at_width((band.width() - 2.0 * PAD).max(0.0));
    let galley = painter.layout_job(job);
    let at = pos2(band.left() + PAD, band.center().y - galley.size().y / 2.0);
    painter.galley(at, galley, text);
    if response.has_focus() {
        painter.rect_stroke(
            band.shrink(1.5),
            2.0,
            Stroke::new(2.5, visuals.selection.stroke.color),
            egui::StrokeKind::Inside,
        );
    }
    let response = response.on_hover_ui(|ui| {
        ui.set_max_width(360.0);
        ui.label(RichText::new(&era.title).strong());
        ui.label(era.when());
        if let Some(note) = &era.note {
            ui.add(egui::Label::new(note).wrap());
        }
        ui.label(RichText::new("Click to zoom to this era").color(theme::weak_text(ui.visuals())));
    });
    response.clicked()
}

#[cfg(test)]
mod tests {
    use super::{span, zoomed};
    use crate::model::Era;

    fn era(start: &str, end: Option<&str>) -> Era {
        let date = |t: &str| t.parse().unwrap_or_else(|e| panic!("{t}: {e}"));
        Era {
            id: "e".into(),
            title: "E".into(),
            start: date(start),
            end: end.map(date),
            note: None,
            sources: Vec::new(),
        }
    }

    #[test]
    fn an_era_ends_where_its_end_date_starts() {
        assert_eq!(span(&era("2016", Some("2020"))), (2016.0, Some(2020.0)));
        assert_eq!(span(&era("2020", None)), (2020.0, None));
        let (start, end) = span(&era("2012-12-05", Some("2016")));
        assert!((start - 2012.926).abs() < 0.001, "{start}");
        assert_eq!(end, Some(2016.0));
    }

    #[test]
    fn zooming_to_an_era_leaves_a_little_room() {
        let (a, b) = zoomed(2016.0, 2020.0);
        assert!(
            (a - 2015.8).abs() < 1e-9 && (b - 2020.2).abs() < 1e-9,
            "{a} {b}"
        );
        // A span of no length still shows a year.
        let (a, b) = zoomed(2020.0, 2020.0);
        assert!(a < 2020.0 && b > 2021.0, "{a} {b}");
    }
}
