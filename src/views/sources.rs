//! Every source the story cites, with what each supports, and what rests on the deck
//! alone: the page a fact-checker turns to first.

use eframe::egui::{self, RichText};

use crate::actions::Actions;
use crate::model::sources::{Citation, Index};
use crate::theme;
use crate::views::ViewContext;
use crate::widgets::{bullets, card, heading, provenance, source_link};

/// How many entries of each list are drawn at first, and added by "Show more": a file
/// may cite a page for each of thousands of milestones, and every card drawn is laid
/// out on every frame.
const PAGE: usize = 100;

/// The index of the open data, worked out once, and how much of it is shown.
#[derive(Debug)]
pub struct State {
    index: Option<Index>,
    citations_shown: usize,
    deck_only_shown: usize,
}

impl Default for State {
    fn default() -> Self {
        Self {
            index: None,
            citations_shown: PAGE,
            deck_only_shown: PAGE,
        }
    }
}

impl State {
    /// The data changed: work the index out again when next shown.
    pub fn data_changed(&mut self) {
        *self = Self::default();
    }
}

pub fn show(ui: &mut egui::Ui, cx: &ViewContext<'_>, state: &mut State, actions: &mut Actions) {
    let State {
        index,
        citations_shown,
        deck_only_shown,
    } = state;
    let index = index.get_or_insert_with(|| Index::of(cx.data));
    egui::ScrollArea::vertical()
        .id_salt("sources")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add_space(theme::space::SMALL);
            ui.add(egui::Label::new(
                RichText::new("Sources").size(theme::text::TITLE).strong(),
            ));
            ui.add(
                egui::Label::new(
                    "Every page the story cites, with what it supports and the words that \
                     support it; then what rests on the deck alone. Links open in your \
                     browser only when you click them.",
                )
                .wrap(),
            );
            ui.add_space(theme::space::GROUP);
            heading(ui, "Resting on the deck alone");
            if index.deck_only.is_empty() {
                ui.label("Nothing: every figure and claim has a public source.");
            } else {
                ui.label(
                    RichText::new("As stated in the deck; no public source was found for these.")
                        .color(theme::weak_text(ui.visuals())),
                );
                let shown = index.deck_only.len().min(*deck_only_shown);
                bullets(ui, index.deck_only.get(..shown).unwrap_or_default());
                show_more(ui, index.deck_only.len(), deck_only_shown, "statements");
            }
            ui.add_space(theme::space::GROUP);
            heading(ui, &format!("Cited pages ({})", index.citations.len()));
            for c in index.citations.iter().take(*citations_shown) {
                citation(ui, c, actions);
                ui.add_space(theme::space::TIGHT);
            }
            show_more(ui, index.citations.len(), citations_shown, "pages");
        });
}

/// "Show 100 more pages (4,900 not shown)" under a list cut at `shown`.
fn show_more(ui: &mut egui::Ui, total: usize, shown: &mut usize, what: &str) {
    if total <= *shown {
        return;
    }
    let hidden = total - *shown;
    let label = format!("Show {} more {what} ({hidden} not shown)", hidden.min(PAGE));
    if ui.button(label).clicked() {
        *shown = shown.saturating_add(PAGE);
    }
}

fn citation(ui: &mut egui::Ui, c: &Citation, actions: &mut Actions) {
    let weak = theme::weak_text(ui.visuals());
    card::frame(ui, false).inner_margin(10.0).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            source_link(ui, &c.label, &c.url, actions);
            if c.archived {
                provenance::archived_tag(ui);
            }
        });
        ui.label(RichText::new(&c.url).small().color(weak));
        for says in &c.says {
            provenance::quoted(ui, says);
        }
        ui.label(RichText::new("Supports").strong());
        bullets(ui, &c.supports);
    });
}
