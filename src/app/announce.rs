//! What a screen reader should say when something changes that a sighted person sees
//! without moving focus: a milestone selected with the arrow keys, the data file
//! reloaded or refused, a status message, the next slide of a talk.
//!
//! Polite live regions carry them: the status line for its messages, and one node with
//! no picture of its own for what has no words on screen to point to (the selection,
//! the slide, the summary of a refused file). AccessKit tells the platform when a live
//! region's text changes (on Linux an AT-SPI `object:announcement` event, which Orca
//! speaks after what it is saying), so focus never moves.

use eframe::egui::{self, accesskit};

use super::App;
use crate::views::presenter;

/// The live region's id: one for the whole window.
fn live_region_id() -> egui::Id {
    egui::Id::unique("weprotect-explorer-announcement")
}

/// The latest announcement, and what it was last made about.
#[derive(Debug, Default)]
pub struct Announcer {
    text: String,
    /// The milestone selected and the slide shown when the last frame ended.
    selected: Option<String>,
    slide: Option<usize>,
    /// The points of a build shown when the last frame ended.
    revealed: usize,
}

impl Announcer {
    /// Starts from what is already on screen, so that restoring a selection at start
    /// is not announced as a change.
    pub fn new(selected: Option<String>) -> Self {
        Self {
            selected,
            ..Self::default()
        }
    }

    /// Replaces what the live region says.
    pub fn say(&mut self, text: String) {
        self.text = text;
    }

    /// The sentence last announced ("" before the first).
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Exposes the live region in this frame's accessibility tree; nothing is drawn.
    pub fn show(&self, ctx: &egui::Context) {
        if self.text.is_empty() {
            return;
        }
        ctx.accesskit_node_builder(live_region_id(), |node| {
            node.set_role(accesskit::Role::Status);
            node.set_label(self.text.as_str());
        });
        mark_live(ctx, live_region_id());
    }
}

/// Makes the widget `id` a polite live region: its new text is read out when it changes.
pub fn mark_live(ctx: &egui::Context, id: egui::Id) {
    ctx.accesskit_node_builder(id, |node| node.set_live(accesskit::Live::Polite));
}

impl App {
    /// Announces the selection and the slide when this frame changed them.
    pub(super) fn announce_changes(&mut self) {
        let selected = self.saved.timeline.selected.clone();
        if selected != self.announcer.selected {
            let data = &self.document.data;
            if let Some(m) = selected
                .as_deref()
                .and_then(|id| data.milestones.iter().find(|m| m.id == id))
            {
                self.announcer
                    .say(format!("Selected: {} · {}", m.when(), m.title));
            }
            self.announcer.selected = selected;
        }
        let slide = self.presenter.active.then_some(self.presenter.index);
        if slide != self.announcer.slide {
            let slides = &self.document.data.slides;
            if let Some(s) = slide.and_then(|i| slides.get(i).map(|s| (i, s))) {
                self.announcer.say(format!(
                    "Slide {} of {}: {}",
                    s.0 + 1,
                    slides.len(),
                    s.1.title
                ));
            }
            self.announcer.slide = slide;
        } else if let Some(index) = slide {
            // A point of a build appearing is read out, as a new slide is.
            let revealed = self.presenter.revealed;
            if revealed > self.announcer.revealed
                && let Some(point) =
                    self.document.data.slides.get(index).and_then(|s| {
                        presenter::build_step_text(&self.document.data, s, revealed - 1)
                    })
            {
                self.announcer.say(point);
            }
        }
        self.announcer.revealed = self.presenter.revealed;
    }
}
