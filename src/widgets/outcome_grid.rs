//! The summit's outcomes as cards, in as many columns as fit: in the Summit view and
//! on the presenter's outcome slide, with the same state.

use eframe::egui::{self, RichText, Sense};

use crate::actions::{Action, Actions};
use crate::model::{Alliance, Outcome};
use crate::theme;
use crate::widgets::card::card;
use crate::widgets::open_button;

/// The narrowest an outcome card may get before the grid drops a column.
pub const CARD_MIN_WIDTH: f32 = 300.0;

/// How many card columns fit in `width`.
pub fn columns_for(width: f32) -> usize {
    ((width + 12.0) / (CARD_MIN_WIDTH + 12.0))
        .floor()
        .clamp(1.0, 6.0) as usize
}

/// The height of each row of cards as last drawn, and the layout it was drawn in
/// (columns, width, number of outcomes).
#[derive(Debug, Default)]
pub struct RowHeights {
    heights: Vec<f32>,
    layout: (usize, u32, usize),
}

/// Which outcome is lit.
#[derive(Clone, Copy, Debug)]
pub struct GridLook<'a> {
    /// The outcome whose details are open.
    pub selected: Option<&'a str>,
    /// The outcome a link led to.
    pub highlighted: Option<&'a str>,
}

/// The outcome cards, in as many columns as fit, lit as `look` says; clicking a card
/// asks to go to its outcome.
pub fn outcome_grid(
    ui: &mut egui::Ui,
    data: &Alliance,
    look: GridLook<'_>,
    rows: &mut RowHeights,
    actions: &mut Actions,
) {
    if data.outcomes.is_empty() {
        ui.label("No outcomes are listed in the data.");
        return;
    }
    let width = ui.available_width();
    let columns = columns_for(width);
    let spacing = 12.0;
    let card_width = (width - spacing * (columns as f32 - 1.0)) / columns as f32;
    // Rows are measured when drawn; a row known to be off screen only takes its space,
    // so a file with hundreds of outcomes costs what is visible, not what exists.
    let layout = (columns, width.round() as u32, data.outcomes.len());
    if rows.layout != layout {
        rows.layout = layout;
        rows.heights.clear();
    }
    let clip = ui.clip_rect();
    for (r, row) in data.outcomes.chunks(columns).enumerate() {
        let top = ui.cursor().top();
        if let Some(&height) = rows.heights.get(r)
            && (top + height < clip.top() || top > clip.bottom())
        {
            ui.allocate_space(egui::vec2(width, height));
            ui.add_space(spacing);
            continue;
        }
        let drawn = ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = spacing;
            for o in row {
                ui.allocate_ui_with_layout(
                    egui::vec2(card_width, 0.0),
                    egui::Layout::top_down(egui::Align::Min),
                    |ui| {
                        ui.set_width(card_width);
                        let lit = Lit {
                            selected: look.selected == Some(o.id.as_str()),
                            highlighted: look.highlighted == Some(o.id.as_str()),
                        };
                        outcome_card(ui, data, o, lit, actions);
                    },
                );
            }
        });
        let height = drawn.response.rect.height();
        if let Some(h) = rows.heights.get_mut(r) {
            *h = height;
        } else {
            rows.heights.resize(r, height);
            rows.heights.push(height);
        }
        ui.add_space(spacing);
    }
}

/// How one card is drawn.
#[derive(Clone, Copy)]
struct Lit {
    selected: bool,
    highlighted: bool,
}

/// One outcome as a card that is itself a button, named "Outcome: …" for screen readers.
fn outcome_card(ui: &mut egui::Ui, data: &Alliance, o: &Outcome, lit: Lit, actions: &mut Actions) {
    let Lit {
        selected,
        highlighted,
    } = lit;
    let response = ui
        .scope_builder(
            egui::UiBuilder::new()
                .id_salt(("outcome", &o.id))
                .sense(Sense::click()),
            |ui| {
                // The card itself is the click target: its text must not capture the click.
                ui.style_mut().interaction.selectable_labels = false;
                let visuals = ui.visuals().clone();
                card(ui, selected || highlighted, |ui| {
                    ui.label(
                        RichText::new(o.category.to_uppercase())
                            .small()
                            .strong()
                            .color(theme::weak_text(&visuals)),
                    );
                    // A step above the body text, whatever its size (presenter mode scales it).
                    let body = ui.style().text_styles.get(&egui::TextStyle::Body);
                    let title_size = body.map_or(15.0, |f| f.size) * 1.15;
                    ui.add(
                        egui::Label::new(RichText::new(&o.title).size(title_size).strong()).wrap(),
                    );
                    ui.add(egui::Label::new(&o.text).wrap());
                    ui.horizontal(|ui| {
                        if let Some(r) = o.resource.as_deref().and_then(|id| data.resource(id))
                            && let Some(url) = &r.url
                        {
                            open_button(ui, r, url, actions);
                        }
                        if o.milestone.is_some() {
                            ui.label(
                                RichText::new("On the timeline")
                                    .small()
                                    .color(theme::weak_text(&visuals)),
                            );
                        }
                        // Where the claim comes from, in words; the card opens the
                        // details, which give the note and the sources.
                        if !o.provenance.is_empty() {
                            ui.label(
                                RichText::new(o.provenance.summary())
                                    .small()
                                    .color(theme::weak_text(&visuals)),
                            );
                        }
                    });
                });
            },
        )
        .response;
    let label = format!("Outcome: {}", o.title);
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &label));
    if response.clicked() {
        actions.push(Action::GoToOutcome(o.id.clone()));
    }
}

#[cfg(test)]
mod tests {
    use super::{CARD_MIN_WIDTH, columns_for};

    #[test]
    fn a_column_more_only_when_a_whole_card_fits() {
        assert_eq!(columns_for(0.0), 1);
        assert_eq!(columns_for(CARD_MIN_WIDTH), 1);
        // Two cards and the 12 points between them.
        assert_eq!(columns_for(2.0 * CARD_MIN_WIDTH + 11.0), 1);
        assert_eq!(columns_for(2.0 * CARD_MIN_WIDTH + 12.0), 2);
        assert_eq!(columns_for(10_000.0), 6);
    }
}
