//! The first thing a person sees: the deck's title, the summit, the figures and the
//! Alliance's added value, with one click into each other view.

use eframe::egui::{self, RichText};

use crate::actions::{Action, Actions};
use crate::model::Alliance;
use crate::theme;
use crate::views::{View, ViewContext};
use crate::widgets::{bullets, card, name_label, painted_text, provenance_marker};
use crate::widgets::{heading, heading_label};

/// The overview keeps nothing between frames.
#[derive(Debug, Default)]
pub struct State;

pub fn show(ui: &mut egui::Ui, cx: &ViewContext<'_>, _state: &mut State, actions: &mut Actions) {
    let data = cx.data;
    egui::ScrollArea::vertical()
        .id_salt("overview")
        .show(ui, |ui| {
            ui.add_space(theme::space::ITEM);
            heading_label(
                ui,
                egui::Label::new(
                    RichText::new(&data.title)
                        .size(theme::text::PAGE_TITLE)
                        .strong(),
                )
                .wrap(),
                1,
            );
            if !data.tagline.is_empty() {
                ui.add(
                    egui::Label::new(RichText::new(&data.tagline).size(theme::text::LEAD)).wrap(),
                );
            }
            ui.add_space(theme::space::SECTION);

            let wide = ui.available_width() > 900.0;
            if wide {
                ui.columns(2, |cols| {
                    summit_card(&mut cols[0], data, actions);
                    figures_card(&mut cols[1], data, actions);
                });
            } else {
                summit_card(ui, data, actions);
                ui.add_space(theme::space::ITEM);
                figures_card(ui, data, actions);
            }
            ui.add_space(theme::space::SECTION);
            background_card(ui, data);
            added_value_card(ui, data);
            ui.add_space(theme::space::SECTION);
            heading(ui, "Explore");
            ui.horizontal_wrapped(|ui| {
                for (view, text) in [
                    (View::Timeline, "Explore the timeline"),
                    (View::Membership, "See the membership breakdown"),
                    (View::Summit, "See the summit and its outcomes"),
                    (View::Resources, "Open the resources and video"),
                ] {
                    if ui
                        .button(RichText::new(text).size(theme::text::LEAD))
                        .clicked()
                    {
                        actions.push(Action::Show(view));
                    }
                }
            });
        });
}

fn summit_card(ui: &mut egui::Ui, data: &Alliance, actions: &mut Actions) {
    let s = &data.summit;
    card(ui, false, |ui| {
        heading(ui, "The summit");
        ui.add(
            egui::Label::new(
                RichText::new(format!("“{}”", s.title))
                    .size(theme::text::SUBHEADING)
                    .strong(),
            )
            .wrap(),
        );
        let place = [s.venue.as_str(), s.city.as_str()]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        ui.label(format!("{} · {place}", s.when()));
        for a in &s.attendance {
            ui.label(a.line());
        }
        if !s.attendance.is_empty() {
            provenance_marker(ui, "Attendance figures", &s.attendance_provenance, actions);
        }
        if ui.button("Summit details").clicked() {
            actions.push(Action::Show(View::Summit));
        }
    });
}

fn figures_card(ui: &mut egui::Ui, data: &Alliance, actions: &mut Actions) {
    let m = &data.membership;
    card(ui, false, |ui| {
        heading(ui, "Members");
        egui::Grid::new("key_figures")
            .num_columns(2)
            .spacing([16.0, 6.0])
            .show(ui, |ui| {
                for (i, g) in m.groups.iter().enumerate() {
                    let color = theme::series(i);
                    ui.horizontal(|ui| {
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                        ui.painter().rect_filled(rect, 2.0, color);
                        let figure = ui.label(
                            RichText::new(g.count.to_string())
                                .size(theme::text::CARD_TITLE)
                                .strong(),
                        );
                        name_label(&figure, &format!("{} {}", g.count, g.label));
                    });
                    painted_text(ui, &g.label);
                    ui.end_row();
                }
                let total = ui.label(
                    RichText::new(m.total().to_string())
                        .size(theme::text::CARD_TITLE)
                        .strong(),
                );
                name_label(&total, &format!("{} members in all", m.total()));
                painted_text(ui, RichText::new("members in all").strong());
                ui.end_row();
            });
        ui.horizontal_wrapped(|ui| {
            if let Some(as_of) = &m.as_of {
                ui.label(
                    RichText::new(format!("As of {}", as_of.long()))
                        .color(theme::weak_text(ui.visuals())),
                );
            }
            provenance_marker(ui, "Member counts", &m.provenance, actions);
        });
        if ui.button("Membership details").clicked() {
            actions.push(Action::Show(View::Membership));
        }
    });
}

/// The deck's background slide, point by point, in the deck's words.
fn background_card(ui: &mut egui::Ui, data: &Alliance) {
    if data.background.is_empty() {
        return;
    }
    card(ui, false, |ui| {
        heading(ui, "Background");
        bullets(ui, &data.background);
    });
    ui.add_space(theme::space::SECTION);
}

fn added_value_card(ui: &mut egui::Ui, data: &Alliance) {
    let v = &data.added_value;
    if v.statements.is_empty() && v.items.is_empty() {
        return;
    }
    card(ui, false, |ui| {
        heading(ui, "Added value of the WeProtect Global Alliance (WPGA)");
        for s in &v.statements {
            ui.add(egui::Label::new(s).wrap());
        }
        bullets(ui, &v.items);
    });
}
