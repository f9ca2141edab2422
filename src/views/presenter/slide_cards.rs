//! The Outcomes slide: one card per outcome, in a grid that fills the slide, each with
//! the deck's words at the largest size its card holds. As a build, → shows the cards
//! one at a time; cards not shown yet keep their place.

use eframe::egui::{self, Align2, FontId, Rect, Sense, Stroke, pos2, vec2};

use super::canvas::size;
use crate::model::{Alliance, Outcome};
use crate::theme;
use crate::views::summit;

/// The most cards a slide holds (four rows of three would be too small to read): a
/// longer list shows the first ones and, in the last place, how many more there are.
const MOST_CARDS: usize = 12;

/// How many outcomes get a card of their own on the slide.
pub(super) fn cards_shown(outcomes: usize) -> usize {
    super::slides::with_a_place(outcomes, MOST_CARDS)
}

/// Columns for `n` cards: one row up to three, then two rows, then rows of four.
fn columns(n: usize) -> usize {
    match n {
        0..=3 => n.max(1),
        4 => 2,
        5 | 6 => 3,
        _ => 4,
    }
}

/// Draws the cards in the rest of the slide; a click on one marks it on the slide.
pub(super) fn outcome_cards(
    ui: &mut egui::Ui,
    data: &Alliance,
    scale: f32,
    shown: usize,
    state: &mut summit::State,
) {
    let outcomes = &data.outcomes;
    if outcomes.is_empty() {
        ui.label("No outcomes are listed in the data.");
        return;
    }
    let area = ui.available_rect_before_wrap();
    let places = outcomes.len().min(MOST_CARDS);
    let cols = columns(places);
    let rows = places.div_ceil(cols);
    let gap = 30.0 * scale;
    let card = vec2(
        (area.width() - gap * (cols - 1) as f32) / cols as f32,
        ((area.height() - gap * (rows - 1) as f32) / rows as f32).min(area.width() * 0.3),
    );
    let place = |i: usize| {
        Rect::from_min_size(
            pos2(
                area.left() + (i % cols) as f32 * (card.x + gap),
                area.top() + (i / cols) as f32 * (card.y + gap),
            ),
            card,
        )
    };
    let with_cards = cards_shown(outcomes.len());
    for (i, outcome) in outcomes.iter().enumerate().take(shown.min(with_cards)) {
        let rect = place(i);
        let marked = state.selected.as_deref() == Some(outcome.id.as_str());
        let response = ui.interact(
            rect,
            ui.scope_id().with(("slide_outcome", i)),
            Sense::click(),
        );
        // What the card says of its source is part of its name, as it is of its face.
        let p = &outcome.provenance;
        let deck_only = p.deck && p.sources.is_empty();
        let name = if deck_only {
            format!("Outcome: {}, as stated in the deck", outcome.title)
        } else {
            format!("Outcome: {}", outcome.title)
        };
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, marked, &name));
        if response.clicked() {
            let again = marked;
            state.selected = (!again).then(|| outcome.id.clone());
            state.highlighted = state.selected.clone();
        }
        let lit = marked || response.hovered() || response.has_focus();
        card_face(ui, rect, outcome, (i, deck_only), lit, scale);
    }
    let more = outcomes.len() - with_cards;
    if more > 0 && shown >= with_cards {
        let rect = place(with_cards);
        let text = format!(
            "and {more} more outcomes in the {} view",
            crate::views::View::Summit.label()
        );
        let galley = fitted_text(ui, &text, rect.shrink(30.0 * scale).size(), scale);
        ui.painter().galley(
            rect.shrink(30.0 * scale).min,
            galley,
            crate::theme::weak_text(ui.visuals()),
        );
        ui.interact(
            rect,
            ui.scope_id().with("slide_outcomes_more"),
            Sense::hover(),
        )
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
    }
    ui.advance_cursor_after_rect(area);
}

/// One card: an accent in its series colour, the category, the deck's words and, for
/// an outcome the deck alone states, a note saying so.
fn card_face(
    ui: &egui::Ui,
    rect: Rect,
    outcome: &Outcome,
    (i, deck_only): (usize, bool),
    lit: bool,
    scale: f32,
) {
    let visuals = ui.visuals();
    let painter = ui.painter();
    let weak = theme::weak_text(visuals);
    let stroke = if lit {
        Stroke::new(5.0 * scale, visuals.text_color())
    } else {
        Stroke::new(1.5 * scale, visuals.widgets.noninteractive.bg_stroke.color)
    };
    painter.rect(
        rect,
        12.0 * scale,
        visuals.faint_bg_color,
        stroke,
        egui::StrokeKind::Inside,
    );
    let accent = Rect::from_min_size(rect.min, vec2(rect.width(), 12.0 * scale));
    painter.rect_filled(
        accent,
        egui::CornerRadius {
            nw: (12.0 * scale) as u8,
            ne: (12.0 * scale) as u8,
            sw: 0,
            se: 0,
        },
        theme::series(i),
    );
    let pad = 30.0 * scale;
    let inner = rect.shrink(pad);
    let category = painter.text(
        inner.left_top() + vec2(0.0, 8.0 * scale),
        Align2::LEFT_TOP,
        outcome.category.to_uppercase(),
        FontId::proportional(size::CAPTION * scale),
        weak,
    );
    let footer = deck_only.then(|| {
        painter.layout_no_wrap(
            "As stated in the deck".to_owned(),
            FontId::proportional(size::CAPTION * scale),
            weak,
        )
    });
    let footer_height = footer.as_ref().map_or(0.0, |g| g.size().y + 12.0 * scale);
    let top = category.bottom() + 18.0 * scale;
    let room = vec2(inner.width(), inner.bottom() - top - footer_height);
    let text = fitted_text(ui, &outcome.text, room, scale);
    painter.galley(pos2(inner.left(), top), text, visuals.text_color());
    if let Some(g) = footer {
        painter.galley(pos2(inner.left(), inner.bottom() - g.size().y), g, weak);
    }
}

/// `text` laid out at the largest slide size that fits `room`, from subtitle size down to
/// caption size; at caption size it is cut to the lines that fit, ending in "…".
fn fitted_text(
    ui: &egui::Ui,
    text: &str,
    room: egui::Vec2,
    scale: f32,
) -> std::sync::Arc<egui::Galley> {
    let color = ui.visuals().text_color();
    let job = |units: f32, max_rows: usize| {
        let mut job = egui::text::LayoutJob::simple(
            text.to_owned(),
            FontId::proportional(units * scale),
            color,
            room.x.max(1.0),
        );
        job.wrap.max_rows = max_rows;
        job
    };
    for units in [size::SUBTITLE, 40.0, size::BODY, 33.0, size::LABEL] {
        let galley = ui.painter().layout_job(job(units, usize::MAX));
        if galley.size().y <= room.y {
            return galley;
        }
    }
    let line = ui.fonts_mut(|f| f.row_height(&FontId::proportional(size::CAPTION * scale)));
    let rows = ((room.y / line).floor() as usize).max(1);
    ui.painter().layout_job(job(size::CAPTION, rows))
}

#[cfg(test)]
mod tests {
    use super::columns;

    #[test]
    fn six_cards_make_two_rows_of_three() {
        assert_eq!(columns(6), 3);
        assert_eq!(columns(1), 1);
        assert_eq!(columns(4), 2);
        assert_eq!(columns(100), 4);
    }
}
