//! The summit: its header, attendance, highlights, the video and the outcome cards.

use eframe::egui::{self, RichText};

use crate::actions::{Action, Actions};
use crate::model::{Alliance, Outcome};
use crate::theme;
use crate::views::ViewContext;
use crate::widgets::outcome_grid::RowHeights;
use crate::widgets::{self, attendance, bullets, open_button};
use crate::widgets::{heading, heading_label};

#[derive(Debug, Default)]
pub struct State {
    /// The outcome whose details are open.
    pub selected: Option<String>,
    pub highlighted: Option<String>,
    /// The outcome grid's rows as last drawn, so rows off screen cost only their space.
    grid: RowHeights,
}

pub fn show(ui: &mut egui::Ui, cx: &ViewContext<'_>, state: &mut State, actions: &mut Actions) {
    let data = cx.data;
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
            ui.add_space(theme::space::SMALL);
            heading_label(
                ui,
                egui::Label::new(RichText::new(&s.title).size(theme::text::TITLE).strong()).wrap(),
                1,
            );
            let place = [s.venue.as_str(), s.city.as_str()]
                .into_iter()
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join(", ");
            ui.label(RichText::new(format!("{} · {place}", s.when())).size(theme::text::STRONG));
            if !s.description.is_empty() {
                ui.add(egui::Label::new(&s.description).wrap());
            }
            ui.add_space(theme::space::ITEM);
            ui.horizontal_wrapped(|ui| {
                if let Some(video) = s.video.as_deref().and_then(|id| data.resource(id))
                    && let Some(url) = &video.url
                {
                    let response = ui
                        .button(RichText::new("Watch the summit video").size(theme::text::LEAD))
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
            ui.add_space(theme::space::GROUP);
            if ui.available_width() > 760.0 {
                ui.columns(2, |cols| {
                    attendance(&mut cols[0], data);
                    attendance_provenance(&mut cols[0], data, actions);
                    highlights(&mut cols[1], data);
                });
            } else {
                attendance(ui, data);
                attendance_provenance(ui, data, actions);
                highlights(ui, data);
            }
            if let Some(source) = &s.source {
                ui.add_space(theme::space::ITEM);
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new("Source:").strong());
                    widgets::source_link(ui, &source.label, &source.url, actions);
                });
            }
            ui.add_space(theme::space::SECTION);
            heading(ui, "Outcomes and next steps");
            ui.add_space(theme::space::TIGHT);
            outcome_grid(ui, data, state, actions);
        });
}

/// The marker that says where the attendance figures come from.
fn attendance_provenance(ui: &mut egui::Ui, data: &Alliance, actions: &mut Actions) {
    if !data.summit.attendance.is_empty() {
        widgets::provenance_marker(
            ui,
            "Attendance figures",
            &data.summit.attendance_provenance,
            actions,
        );
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

/// The outcome cards, lit for this view's selection, each with its Open button.
fn outcome_grid(ui: &mut egui::Ui, data: &Alliance, state: &mut State, actions: &mut Actions) {
    let look = widgets::outcome_grid::GridLook {
        selected: state.selected.as_deref(),
        highlighted: state.highlighted.as_deref(),
    };
    widgets::outcome_grid(ui, data, look, &mut state.grid, actions);
}

fn outcome_detail(
    ui: &mut egui::Ui,
    data: &Alliance,
    o: &Outcome,
    state: &mut State,
    actions: &mut Actions,
) {
    ui.add_space(theme::space::SMALL);
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
    heading_label(
        ui,
        egui::Label::new(
            RichText::new(&o.title)
                .size(theme::text::CARD_TITLE)
                .strong(),
        )
        .wrap(),
        2,
    );
    ui.add(egui::Label::new(&o.text).wrap());
    if !o.provenance.is_empty() {
        ui.add_space(theme::space::SMALL);
        widgets::provenance::details(ui, &o.provenance, actions);
    }
    if let Some(note) = &o.note {
        ui.add_space(theme::space::SMALL);
        ui.label(RichText::new("Note from the sources").strong());
        ui.add(egui::Label::new(note).wrap());
    }
    if let Some(r) = o.resource.as_deref().and_then(|id| data.resource(id)) {
        ui.add_space(theme::space::ITEM);
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
        ui.add_space(theme::space::ITEM);
        ui.label(RichText::new(format!("On the timeline: {}", m.when())).strong());
        if ui.button("Show this outcome on the timeline").clicked() {
            actions.push(Action::GoToMilestone(m.id.clone()));
        }
    }
}
