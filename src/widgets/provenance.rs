//! The marker beside a figure that says where it comes from: "as stated in the deck",
//! "deck and 1 source", … in words, not colour. A click opens the note and the sources,
//! each with what the page says and whether its address is archived.

use eframe::egui::{self, RichText};

use crate::actions::Actions;
use crate::model::{Provenance, Source};
use crate::theme;
use crate::widgets::source_link;

/// What a screen reader announces for the marker, and what tests click: the figure
/// named, then what it rests on, e.g. "Attendance figures: as stated in the deck; no
/// public source found. Show where this comes from".
pub fn marker_label(subject: &str, p: &Provenance) -> String {
    let rests = if p.deck_only() {
        "as stated in the deck; no public source found".to_owned()
    } else if p.deck {
        format!("as stated in the deck, and {}", sources_phrase(p))
    } else {
        sources_phrase(p)
    };
    format!("{subject}: {rests}. Show where this comes from")
}

fn sources_phrase(p: &Provenance) -> String {
    match p.sources.len() {
        1 => "1 public source".to_owned(),
        n => format!("{n} public sources"),
    }
}

/// The marker for `subject` ("Member counts", "Attendance figures"), and its popup.
/// Nothing when the data says nothing about where the figure comes from.
pub fn provenance_marker(ui: &mut egui::Ui, subject: &str, p: &Provenance, actions: &mut Actions) {
    if p.is_empty() {
        return;
    }
    let label = marker_label(subject, p);
    // Its own row, as wide as its words: in a card or a column a bare button would
    // stretch to the full width.
    let response = ui
        .horizontal(|ui| {
            ui.add(egui::Button::new(
                RichText::new(p.summary()).size(theme::text::CAPTION),
            ))
        })
        .inner
        .on_hover_text("Where this comes from");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    egui::Popup::from_toggle_button_response(&response)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            ui.set_max_width(420.0);
            details(ui, p, actions);
        });
}

/// The popup's content, also used where there is room to show it in full.
pub fn details(ui: &mut egui::Ui, p: &Provenance, actions: &mut Actions) {
    let weak = theme::weak_text(ui.visuals());
    ui.label(RichText::new("Where this comes from").strong());
    if p.deck {
        ui.label("As stated in the deck.");
    }
    if p.deck_only() {
        ui.label(RichText::new("No public source was found that confirms it.").color(weak));
    }
    if let Some(note) = &p.note {
        ui.add(egui::Label::new(note.as_str()).wrap());
    }
    for s in p.sources.iter().take(MAX_SOURCES_SHOWN) {
        source_entry(ui, s, actions);
    }
    let more = p.sources.len().saturating_sub(MAX_SOURCES_SHOWN);
    if more > 0 {
        ui.label(RichText::new(format!("and {more} more, listed in the Sources view")).color(weak));
    }
}

/// A popup lists this many sources at most: a file may give a figure thousands, and
/// the Sources view pages through them.
const MAX_SOURCES_SHOWN: usize = 12;

/// A source with what it says and, when its address is on a retired system, that.
pub fn source_entry(ui: &mut egui::Ui, s: &Source, actions: &mut Actions) {
    ui.horizontal_wrapped(|ui| {
        source_link(ui, &s.label, &s.url, actions);
        if s.archived {
            archived_tag(ui);
        }
    });
    if let Some(says) = &s.says {
        quoted(ui, says);
    }
}

/// Beside a link whose address is on a retired system: it may no longer answer.
pub fn archived_tag(ui: &mut egui::Ui) {
    ui.label(RichText::new("(archived address)").color(theme::weak_text(ui.visuals())));
}

/// The words a page says, quoted, as every list of sources shows them.
pub fn quoted(ui: &mut egui::Ui, says: &str) {
    ui.add(egui::Label::new(RichText::new(format!("“{says}”")).italics()).wrap());
}
