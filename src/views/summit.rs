//! The summit: its header, attendance, highlights, the video and the outcome cards.

use eframe::egui::{self, RichText, Sense};

use crate::actions::{Action, Actions};
use crate::model::{Alliance, Outcome};
use crate::theme;
use crate::views::heading;
use crate::widgets::{bullets, card, open_button};

#[derive(Debug, Default)]
pub struct State {
    /// The outcome whose details are open.
    pub selected: Option<String>,
    pub highlighted: Option<String>,
    /// Height of each row of outcome cards as last drawn, for the layout in `row_layout`
    /// (columns, width, number of outcomes).
    row_heights: Vec<f32>,
    row_layout: (usize, u32, usize),
}

/// The narrowest an outcome card may get before the grid drops a column.
pub const CARD_MIN_WIDTH: f32 = 300.0;

/// How many card columns fit in `width`.
pub fn columns_for(width: f32) -> usize {
    ((width + 12.0) / (CARD_MIN_WIDTH + 12.0))
        .floor()
        .clamp(1.0, 6.0) as usize
}

pub fn show(ui: &mut egui::Ui, data: &Alliance, state: &mut State, actions: &mut Actions) {
    if let Some(o) = state
        .selected
        .as_deref()
        .and_then(|id| data.outcomes.iter().find(|o| o.id == id))
    {
        egui::Panel::right("outcome_detail")
            .resizable(true)
            .default_size(340.0)
            .size_range(260.0..=560.0)
            .show(ui, |ui| outcome_detail(ui, data, o, state, actions));
    }
    egui::ScrollArea::vertical()
        .id_salt("summit")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let s = &data.summit;
            ui.add_space(6.0);
            ui.add(egui::Label::new(RichText::new(&s.title).size(26.0).strong()).wrap());
            let place = [s.venue.as_str(), s.city.as_str()]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            ui.label(RichText::new(format!("{} · {place}", s.when())).size(17.0));
            if !s.description.is_empty() {
                ui.add(egui::Label::new(&s.description).wrap());
            }
            ui.add_space(8.0);
            ui.horizontal_wrapped(|ui| {
                if let Some(video) = s.video.as_deref().and_then(|id| data.resource(id))
                    && let Some(url) = &video.url
                {
                    let response = ui
                        .button(RichText::new("Watch the summit video").size(16.0))
                        .on_hover_text(format!("Open {url} in the browser"));
                    if response.clicked() {
                        actions.push(Action::OpenUrl(url.clone()));
                    }
                }
                if let Some(m) = &s.milestone
                    && ui.button("Show the summit on the timeline").clicked()
                {
                    actions.push(Action::GoToMilestone(m.clone()));
                }
            });
            ui.add_space(10.0);
            if ui.available_width() > 760.0 {
                ui.columns(2, |cols| {
                    attendance(&mut cols[0], data);
                    highlights(&mut cols[1], data);
                });
            } else {
                attendance(ui, data);
                highlights(ui, data);
            }
            ui.add_space(12.0);
            heading(ui, "Outcomes and next steps");
            ui.add_space(4.0);
            outcome_grid(ui, data, state, actions);
        });
}

pub fn attendance(ui: &mut egui::Ui, data: &Alliance) {
    let att = &data.summit.attendance;
    if att.is_empty() {
        return;
    }
    heading(ui, "Attendance");
    let max = att.iter().map(|a| a.count).max().unwrap_or(0).max(1) as f32;
    let width = ui.available_width().min(520.0);
    for (i, a) in att.iter().enumerate() {
        // The figure is written as text (what a screen reader reads); the bar shows scale.
        ui.label(RichText::new(format!("{}: {}", a.label, a.figure())).strong());
        let bar_width = (a.count.max(0) as f32 / max * (width - 70.0)).max(2.0);
        let (rect, _) = ui.allocate_exact_size(egui::vec2(width, 26.0), Sense::hover());
        let bar = egui::Rect::from_min_size(rect.min, egui::vec2(bar_width, 22.0));
        let color = theme::series(i);
        ui.painter().rect_filled(bar, 4.0, color);
        let number = if a.approximate {
            format!("~{}", a.count)
        } else {
            a.count.to_string()
        };
        ui.painter().text(
            egui::pos2(bar.right() + 8.0, bar.center().y),
            egui::Align2::LEFT_CENTER,
            number,
            egui::FontId::proportional(16.0),
            ui.visuals().text_color(),
        );
        ui.add_space(4.0);
    }
}

pub fn highlights(ui: &mut egui::Ui, data: &Alliance) {
    let h = &data.summit.highlights;
    if h.is_empty() {
        return;
    }
    heading(ui, "Highlights");
    bullets(ui, h);
}

/// The outcome cards, in as many columns as fit.
pub fn outcome_grid(ui: &mut egui::Ui, data: &Alliance, state: &mut State, actions: &mut Actions) {
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
    if state.row_layout != layout {
        state.row_layout = layout;
        state.row_heights.clear();
    }
    let clip = ui.clip_rect();
    for (r, row) in data.outcomes.chunks(columns).enumerate() {
        let top = ui.cursor().top();
        if let Some(&height) = state.row_heights.get(r)
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
                        outcome_card(ui, data, o, state, actions);
                    },
                );
            }
        });
        let height = drawn.response.rect.height();
        match state.row_heights.get_mut(r) {
            Some(h) => *h = height,
            None => {
                state.row_heights.resize(r, height);
                state.row_heights.push(height);
            }
        }
        ui.add_space(spacing);
    }
}

fn outcome_card(
    ui: &mut egui::Ui,
    data: &Alliance,
    o: &Outcome,
    state: &State,
    actions: &mut Actions,
) {
    let selected = state.selected.as_deref() == Some(o.id.as_str());
    let highlighted = state.highlighted.as_deref() == Some(o.id.as_str());
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

fn outcome_detail(
    ui: &mut egui::Ui,
    data: &Alliance,
    o: &Outcome,
    state: &mut State,
    actions: &mut Actions,
) {
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(&o.category)
                .strong()
                .color(theme::weak_text(ui.visuals())),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("Close")
                .on_hover_text("Close the details")
                .clicked()
            {
                state.selected = None;
            }
        });
    });
    ui.add(egui::Label::new(RichText::new(&o.title).size(20.0).strong()).wrap());
    ui.add(egui::Label::new(&o.text).wrap());
    if let Some(note) = &o.note {
        ui.add_space(6.0);
        ui.label(RichText::new("Note from the sources").strong());
        ui.add(egui::Label::new(note).wrap());
    }
    if let Some(r) = o.resource.as_deref().and_then(|id| data.resource(id)) {
        ui.add_space(8.0);
        ui.label(RichText::new(format!("{}: {}", r.kind.label(), r.title)).strong());
        match &r.url {
            Some(url) => {
                ui.label(
                    RichText::new(url)
                        .small()
                        .color(theme::weak_text(ui.visuals())),
                );
                ui.horizontal(|ui| {
                    open_button(ui, r, url, actions);
                    if ui.button("Copy link").clicked() {
                        actions.push(Action::Copy {
                            text: url.clone(),
                            what: "the link".into(),
                        });
                    }
                });
            }
            None => {
                ui.label("No address is known for this resource.");
            }
        }
    }
    if let Some(m) = o
        .milestone
        .as_deref()
        .and_then(|id| data.milestones.iter().find(|m| m.id == id))
    {
        ui.add_space(8.0);
        ui.label(RichText::new(format!("On the timeline: {}", m.when())).strong());
        if ui.button("Show this outcome on the timeline").clicked() {
            actions.push(Action::GoToMilestone(m.id.clone()));
        }
    }
}
