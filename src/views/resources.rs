//! Every resource and the summit video, grouped by kind, each with its address,
//! Open and Copy link. A resource without a known address is plain text.

use eframe::egui::{self, RichText};

use crate::actions::{Action, Actions};
use crate::model::ResourceKind;
use crate::theme;
use crate::views::ViewContext;
use crate::widgets::{card, open_button};
use crate::widgets::{heading, heading_label};

#[derive(Debug, Default)]
pub struct State {
    /// The resource a search or a link led to: framed, and scrolled into view once.
    pub highlighted: Option<String>,
    scrolled_to: Option<String>,
}

pub fn show(ui: &mut egui::Ui, cx: &ViewContext<'_>, state: &mut State, actions: &mut Actions) {
    let data = cx.data;
    egui::ScrollArea::vertical().id_salt("resources").auto_shrink([false, false]).show(ui, |ui| {
        ui.add_space(theme::space::SMALL);
        heading_label(ui, egui::Label::new(RichText::new("Resources").size(theme::text::TITLE).strong()), 1);
        ui.label("Reports, the communiqué, the video and the websites behind the story. Links open in your browser only when you click Open.");
        if data.resources.is_empty() {
            ui.label("No resources are listed in the data.");
            return;
        }
        for kind in ResourceKind::ALL {
            let items: Vec<_> = data.resources.iter().filter(|r| r.kind == kind).collect();
            if items.is_empty() {
                continue;
            }
            ui.add_space(theme::space::GROUP);
            heading(ui, kind.plural());
            for r in items {
                let highlighted = state.highlighted.as_deref() == Some(r.id.as_str());
                let visuals = ui.visuals().clone();
                let frame = card::frame(ui, highlighted).inner_margin(10.0).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    heading_label(ui, egui::Label::new(RichText::new(&r.title).size(theme::text::STRONG).strong()), 3);
                    if !r.description.is_empty() {
                        ui.add(egui::Label::new(&r.description).wrap());
                    }
                    match &r.url {
                        Some(url) => {
                            ui.label(RichText::new(url).monospace().color(theme::weak_text(&visuals)));
                            ui.horizontal(|ui| {
                                open_button(ui, r, url, actions);
                                let copy = ui.button("Copy link");
                                let label = format!("Copy link to {}", r.title);
                                copy.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                                if copy.clicked() {
                                    actions.push(Action::Copy { text: url.clone(), what: "the link".into() });
                                }
                            });
                        }
                        None => {
                            ui.label(RichText::new("No address is known for this resource.").italics());
                        }
                    }
                    if let Some(note) = &r.note {
                        ui.add(egui::Label::new(RichText::new(format!("Note: {note}")).small().color(theme::weak_text(&visuals))).wrap());
                    }
                });
                if highlighted && state.scrolled_to.as_deref() != Some(r.id.as_str()) {
                    frame.response.scroll_to_me(Some(egui::Align::Center));
                    state.scrolled_to = Some(r.id.clone());
                }
                ui.add_space(theme::space::TIGHT);
            }
        }
    });
}
