//! Search across milestones, outcomes and resources (Ctrl+F). Enter or a click goes
//! to the item in its view.

use eframe::egui::{self, Key, RichText};

use crate::actions::{Action, Actions};
use crate::model::Alliance;
use crate::theme;
use crate::views::ViewContext;

#[derive(Debug, Default)]
pub struct State {
    pub open: bool,
    pub query: String,
    /// The highlighted result (↑/↓ move it).
    pub cursor: usize,
    focus_field: bool,
}

impl State {
    pub fn open(&mut self) {
        self.open = true;
        self.focus_field = true;
        self.cursor = 0;
    }

    pub fn close(&mut self) {
        self.open = false;
    }
}

/// One search hit.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// "Milestone", "Outcome" or "Resource".
    pub kind: &'static str,
    pub title: String,
    pub context: String,
    pub action: Action,
}

/// Items whose text holds every word of `query` (case-insensitive), milestones first.
pub fn find(data: &Alliance, query: &str) -> Vec<Hit> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let matches = |parts: &[&str]| {
        let hay = parts.join("\n").to_lowercase();
        words.iter().all(|w| hay.contains(w.as_str()))
    };
    let mut hits = Vec::new();
    for m in &data.milestones {
        let when = m.when();
        let deck = m.deck.as_deref().unwrap_or_default();
        let note = m.note.as_deref().unwrap_or_default();
        if matches(&[
            &m.title,
            &m.summary,
            &m.details,
            deck,
            note,
            &when,
            m.category.label(),
        ]) {
            hits.push(Hit {
                kind: "Milestone",
                title: m.title.clone(),
                context: when,
                action: Action::GoToMilestone(m.id.clone()),
            });
        }
    }
    for o in &data.outcomes {
        if matches(&[&o.title, &o.text, &o.category]) {
            hits.push(Hit {
                kind: "Outcome",
                title: o.title.clone(),
                context: o.category.clone(),
                action: Action::GoToOutcome(o.id.clone()),
            });
        }
    }
    for r in &data.resources {
        let url = r.url.as_deref().unwrap_or_default();
        if matches(&[&r.title, &r.description, url, r.kind.label()]) {
            hits.push(Hit {
                kind: "Resource",
                title: r.title.clone(),
                context: r.kind.label().to_owned(),
                action: Action::GoToResource(r.id.clone()),
            });
        }
    }
    hits
}

/// Draws the search window when it is open.
pub fn show(ui: &mut egui::Ui, cx: &ViewContext<'_>, state: &mut State, actions: &mut Actions) {
    let (ctx, data) = (ui.ctx().clone(), cx.data);
    if !state.open {
        return;
    }
    let hits = find(data, &state.query);
    let mut open = true;
    egui::Window::new("Search the story")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .default_width(480.0)
        .anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 60.0))
        .show(&ctx, |ui| {
            let field = ui
                .horizontal(|ui| {
                    let label = ui.label("Find:");
                    ui.add(
                        egui::TextEdit::singleline(&mut state.query)
                            .hint_text("milestones, outcomes, resources")
                            .desired_width(f32::INFINITY),
                    )
                    .labelled_by(label.id)
                })
                .inner;
            if state.focus_field {
                field.request_focus();
                state.focus_field = false;
            }
            if field.changed() {
                state.cursor = 0;
            }
            let (down, up, enter, escape) = ui.input(|i| {
                (
                    i.key_pressed(Key::ArrowDown),
                    i.key_pressed(Key::ArrowUp),
                    i.key_pressed(Key::Enter),
                    i.key_pressed(Key::Escape),
                )
            });
            if down && state.cursor + 1 < hits.len() {
                state.cursor += 1;
            }
            if up {
                state.cursor = state.cursor.saturating_sub(1);
            }
            if escape {
                actions.push(Action::CloseSearch);
            }
            if enter
                && field.lost_focus()
                && let Some(hit) = hits.get(state.cursor)
            {
                actions.push(hit.action.clone());
                actions.push(Action::CloseSearch);
            }
            if !state.query.trim().is_empty() {
                ui.label(
                    RichText::new(match hits.len() {
                        0 => "No results".to_owned(),
                        1 => "1 result".to_owned(),
                        n => format!("{n} results"),
                    })
                    .color(theme::weak_text(ui.visuals())),
                );
            }
            egui::ScrollArea::vertical()
                .max_height(360.0)
                .show(ui, |ui| {
                    for (i, hit) in hits.iter().enumerate() {
                        let text = format!("{}: {} ({})", hit.kind, hit.title, hit.context);
                        if ui.selectable_label(i == state.cursor, text).clicked() {
                            actions.push(hit.action.clone());
                            actions.push(Action::CloseSearch);
                        }
                    }
                });
        });
    if !open {
        actions.push(Action::CloseSearch);
    }
}
