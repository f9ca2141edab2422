//! The panel beside the lanes with everything about the selected milestone: its date at
//! the precision it is known, the words of the deck, notes, outcomes and sources.

use eframe::egui::{self, RichText, Sense, vec2};

use crate::actions::{Action, Actions};
use crate::model::{Alliance, Milestone, Precision, linked, moment};
use crate::shortcuts::{Command, with_keys};
use crate::theme;
use crate::widgets::{heading_label, source_link};

fn precision_note(m: &Milestone) -> Option<&'static str> {
    match m.date.precision() {
        Precision::Year => Some("known to the year"),
        Precision::Month => Some("known to the month"),
        Precision::Day => None,
    }
}

pub(super) fn detail(
    ui: &mut egui::Ui,
    data: &Alliance,
    m: &Milestone,
    order: &[usize],
    position: Option<usize>,
    actions: &mut Actions,
) {
    egui::ScrollArea::vertical()
        .id_salt("milestone_detail_scroll")
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if let Some(p) = position {
                    ui.label(
                        RichText::new(format!("{} of {}", p + 1, order.len()))
                            .color(theme::weak_text(ui.visuals())),
                    );
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button("Close")
                        .on_hover_text(with_keys("Close the details", Command::CloseDetails))
                        .clicked()
                    {
                        actions.push(Action::ClearSelection);
                    }
                });
            });
            heading_label(
                ui,
                egui::Label::new(RichText::new(&m.title).size(20.0).strong()).wrap(),
                2,
            );
            let link = moment::link_to(&m.id);
            if crate::widgets::target::small_button(ui, "Copy link to this milestone")
                .on_hover_text(format!(
                    "Copy {link}: opening it starts the app on this milestone"
                ))
                .clicked()
            {
                actions.push(Action::Copy {
                    text: link,
                    what: "the link to this milestone".into(),
                });
            }
            let when = match precision_note(m) {
                Some(note) => format!("{} ({note})", m.when()),
                None => m.when(),
            };
            ui.horizontal_wrapped(|ui| {
                let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
                ui.painter()
                    .circle_filled(rect.center(), 6.0, theme::category(m.category));
                ui.label(RichText::new(format!("{when} · {}", m.category.label())).strong());
            });
            ui.add_space(6.0);
            ui.add(egui::Label::new(RichText::new(&m.summary).size(15.0)).wrap());
            if !m.details.is_empty() {
                ui.add_space(4.0);
                ui.add(egui::Label::new(&m.details).wrap());
            }
            if !data.membership.history.is_empty() {
                ui.add_space(4.0);
                ui.add(egui::Label::new(membership_then(data, m)).wrap());
            }
            if let Some(deck) = &m.deck {
                ui.add_space(8.0);
                ui.label(RichText::new("In the deck").strong());
                ui.add(egui::Label::new(RichText::new(format!("“{deck}”")).italics()).wrap());
            }
            if let Some(note) = &m.note {
                ui.add_space(8.0);
                ui.label(RichText::new("Note from the sources").strong());
                ui.add(egui::Label::new(note).wrap());
            }
            let outcomes: Vec<_> = data
                .outcomes
                .iter()
                .filter(|o| o.milestone.as_deref() == Some(m.id.as_str()))
                .collect();
            if !outcomes.is_empty() {
                ui.add_space(8.0);
                ui.label(RichText::new("Summit outcome").strong());
                for o in outcomes {
                    if ui.button(format!("Outcome: {}", o.title)).clicked() {
                        actions.push(Action::GoToOutcome(o.id.clone()));
                    }
                }
            }
            if !m.sources.is_empty() {
                ui.add_space(8.0);
                ui.label(RichText::new("Sources").strong());
                for s in &m.sources {
                    source(ui, s, actions);
                }
            }
        });
}

/// The membership known when `m` happened, so the timeline answers "how big was the
/// Alliance then?" without a trip to the Membership view: the total counted at its date,
/// or the latest one before it, said as such.
fn membership_then(data: &Alliance, m: &Milestone) -> String {
    match linked::membership_at(&data.membership, &m.date) {
        Some(p) => {
            let which = if linked::same_moment(&p.date, &m.date) {
                "known at this date,"
            } else {
                "the nearest known total, from"
            };
            format!(
                "Membership then: {} {} — {which} {} ({})",
                p.total,
                p.unit,
                p.date.long(),
                p.label
            )
        }
        None => "No membership total is known for this date.".into(),
    }
}

/// A source: the shared link, a button that copies its address, and the address
/// written out, so a person sees where it leads before following it.
fn source(ui: &mut egui::Ui, s: &crate::model::Source, actions: &mut Actions) {
    let url = &s.url;
    ui.horizontal_wrapped(|ui| {
        source_link(ui, &s.label, url, actions);
        if s.archived {
            crate::widgets::provenance::archived_tag(ui);
        }
        if crate::widgets::target::small_button(ui, "Copy link")
            .on_hover_text(format!("Copy {url}"))
            .clicked()
        {
            actions.push(Action::Copy {
                text: url.to_owned(),
                what: "the link".into(),
            });
        }
    });
    ui.label(
        RichText::new(url)
            .small()
            .color(theme::weak_text(ui.visuals())),
    );
    if let Some(says) = &s.says {
        crate::widgets::provenance::quoted(ui, says);
    }
}
