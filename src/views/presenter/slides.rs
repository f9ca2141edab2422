//! Each kind of slide, drawn at the presenter's scale: titles, points, and the live
//! views that some slides embed.

use eframe::egui::{self, RichText};

use super::canvas::size;
use super::slide_cards::outcome_cards;
use super::slide_links::resource_lines;
use super::slide_membership::membership_chart;
use super::slide_timeline::timeline;
use crate::actions::Actions;
use crate::model::{Alliance, Slide, SlideKind};
use crate::theme;
use crate::views::{membership, summit};
use crate::widgets::heading_label;

/// The slides' own view state: a click on a chart during the talk marks it on the
/// slide, and the explorer's views keep what the person had chosen there (an open
/// group or outcome).
#[derive(Debug, Default)]
pub struct SlideViews {
    pub membership: membership::State,
    pub summit: summit::State,
    /// The milestone whose details are open over the Background slide.
    pub milestone: Option<String>,
}

pub(super) fn scale_text(style: &mut egui::Style, scale: f32) {
    use egui::{FontFamily, FontId, TextStyle};
    style.text_styles = [
        (
            TextStyle::Small,
            FontId::new(size::CAPTION * scale, FontFamily::Proportional),
        ),
        (
            TextStyle::Body,
            FontId::new(size::BODY * scale, FontFamily::Proportional),
        ),
        (
            TextStyle::Button,
            FontId::new(size::LABEL * scale, FontFamily::Proportional),
        ),
        (
            TextStyle::Heading,
            FontId::new(size::SUBTITLE * scale, FontFamily::Proportional),
        ),
        (
            TextStyle::Monospace,
            FontId::new(size::CAPTION * scale, FontFamily::Monospace),
        ),
    ]
    .into();
    // Whole points keep text on the pixel grid, so it stays sharp.
    style.spacing.item_spacing = egui::vec2((15.0 * scale).round(), (12.0 * scale).round());
    style.spacing.button_padding = egui::vec2((15.0 * scale).round(), (7.5 * scale).round());
}

pub(super) fn title(ui: &mut egui::Ui, text: &str, scale: f32) {
    heading_label(
        ui,
        egui::Label::new(RichText::new(text).size(size::TITLE * scale).strong()).wrap(),
        1,
    );
    ui.add_space(18.0 * scale);
}

/// The footnote of a slide whose figures rest on the deck alone: the audience is
/// told, as the app's views tell a reader with their markers.
const DECK_NOTE: &str = "Figures as stated in the deck; no public source confirms them all.";

fn deck_note(ui: &mut egui::Ui, scale: f32) {
    ui.add_space(12.0 * scale);
    ui.label(
        RichText::new(DECK_NOTE)
            .size(size::CAPTION * scale)
            .color(theme::weak_text(ui.visuals())),
    );
}

pub(super) fn bullets(ui: &mut egui::Ui, items: &[String]) {
    crate::widgets::bullets(ui, items);
}

/// How many steps a slide builds through: its milestones on the Background slide, its
/// cards on the Outcomes slide, its lines otherwise; none for a slide that is not a
/// build.
pub(super) fn build_steps(data: &Alliance, slide: &Slide) -> usize {
    if !slide.build {
        return 0;
    }
    match slide.kind {
        SlideKind::Background => data.milestones.len(),
        SlideKind::Outcomes => super::slide_cards::cards_shown(data.outcomes.len()),
        SlideKind::Resources => super::slide_links::lines_shown(resource_lines(data, slide).len()),
        _ => slide.bullets.len(),
    }
}

/// How many of `items` get a place of their own on a slide with `places` places: all
/// of them when they fit, else one fewer than the places, the last place saying how
/// many more there are.
pub(super) fn with_a_place(items: usize, places: usize) -> usize {
    if items > places {
        places.saturating_sub(1)
    } else {
        items
    }
}

/// What step `step` (from 0) of a build brings onto the slide, in words: a milestone
/// with its date, an outcome, a line. A screen reader says it as it appears, and the
/// speaker view names the one that comes next.
pub fn build_step_text(data: &Alliance, slide: &Slide, step: usize) -> Option<String> {
    if step >= build_steps(data, slide) {
        return None;
    }
    match slide.kind {
        SlideKind::Background => data
            .milestones
            .get(step)
            .map(|m| format!("{}: {}", m.when(), m.title)),
        SlideKind::Outcomes => data.outcomes.get(step).map(|o| o.text.clone()),
        SlideKind::Resources => resource_lines(data, slide)
            .get(step)
            .map(|(line, _)| (*line).to_owned()),
        _ => slide.bullets.get(step).cloned(),
    }
}

/// Draws `slide` with `shown` of its build's steps (all of them for a slide that is
/// not a build).
pub(super) fn draw_slide(
    ui: &mut egui::Ui,
    data: &Alliance,
    slide: &Slide,
    (scale, shown): (f32, usize),
    own: &mut SlideViews,
    actions: &mut Actions,
) {
    let shown = if slide.build { shown } else { usize::MAX };
    let points = &slide.bullets[..shown.min(slide.bullets.len())];
    match slide.kind {
        SlideKind::Title => title_slide(ui, data, slide, points, scale),
        SlideKind::Background => {
            title(ui, &slide.title, scale);
            // The deck's points on this slide are the speaker's (the speaker view
            // shows them); the slide shows them as the milestones they name.
            let mut sink = Actions::default();
            timeline(ui, data, scale, shown, &mut own.milestone, &mut sink);
            sink.retain(super::allowed_on_slide);
            actions.append(sink);
        }
        SlideKind::AddedValue => {
            title(ui, &slide.title, scale);
            // The slide's own points when it has them (the deck's words, in the
            // deck's order); the data's added value only for a slide without any.
            // Both at once showed every point twice.
            if slide.bullets.is_empty() {
                for s in &data.added_value.statements {
                    ui.add(egui::Label::new(s).wrap());
                    ui.add_space(9.0 * scale);
                }
                bullets(ui, &data.added_value.items);
            } else {
                bullets(ui, points);
            }
        }
        SlideKind::Summit => summit_slide(ui, data, slide, points, scale),
        SlideKind::Outcomes => {
            title(ui, &slide.title, scale);
            outcome_cards(ui, data, scale, shown, &mut own.summit);
        }
        SlideKind::Membership => {
            title(ui, &slide.title, scale);
            bullets(ui, points);
            if data.membership.provenance.deck_only() {
                deck_note(ui, scale);
                ui.add_space(24.0 * scale);
            }
            membership_chart(ui, data, scale, &mut own.membership);
        }
        SlideKind::Video => {
            super::slide_links::video_slide(ui, data, slide, points, scale, actions);
        }
        SlideKind::Resources => {
            super::slide_links::resources_slide(ui, data, slide, shown, scale);
        }
        SlideKind::ThankYou => {
            ui.add_space(ui.available_height() * 0.3);
            ui.vertical_centered(|ui| {
                heading_label(
                    ui,
                    egui::Label::new(
                        RichText::new(&slide.title)
                            .size(size::DISPLAY * scale)
                            .strong(),
                    ),
                    1,
                );
                bullets(ui, points);
            });
        }
        SlideKind::Text => {
            title(ui, &slide.title, scale);
            bullets(ui, points);
        }
    }
}

/// The opening slide: the title and tagline, large and centred.
fn title_slide(ui: &mut egui::Ui, data: &Alliance, slide: &Slide, points: &[String], scale: f32) {
    ui.add_space(ui.available_height() * 0.22);
    ui.vertical_centered(|ui| {
        heading_label(
            ui,
            egui::Label::new(
                RichText::new(&slide.title)
                    .size(size::DISPLAY * scale)
                    .strong(),
            )
            .wrap(),
            1,
        );
        ui.add_space(24.0 * scale);
        let summit = &data.summit;
        ui.label(
            RichText::new(format!(
                "{} · {}, {}",
                summit.when(),
                summit.venue,
                summit.city
            ))
            .size(size::SUBTITLE * scale)
            .strong(),
        );
        ui.add_space(36.0 * scale);
        if !data.tagline.is_empty() {
            ui.add(
                egui::Label::new(RichText::new(&data.tagline).size(size::SUBTITLE * scale)).wrap(),
            );
            if data.membership.provenance.deck_only() {
                deck_note(ui, scale);
            }
        }
        bullets(ui, points);
    });
}

/// The summit: when and where, the attendance as figures with bars for scale, and the
/// slide's points beside them.
fn summit_slide(ui: &mut egui::Ui, data: &Alliance, slide: &Slide, points: &[String], scale: f32) {
    title(ui, &slide.title, scale);
    let s = &data.summit;
    ui.label(
        RichText::new(format!("{} · {}, {}", s.when(), s.venue, s.city))
            .size(size::SUBTITLE * scale),
    );
    ui.add_space(30.0 * scale);
    ui.columns(2, |cols| {
        attendance(&mut cols[0], data, scale);
        bullets(&mut cols[1], points);
    });
}

/// Each attendance figure in the data's words, large, over a bar for scale.
fn attendance(ui: &mut egui::Ui, data: &Alliance, scale: f32) {
    let att = &data.summit.attendance;
    let largest = att.iter().map(|a| a.count).max().unwrap_or(0).max(1) as f32;
    // The longest bar stops short of the column beside it.
    let width = ui.available_width() - 60.0 * scale;
    for (i, a) in att.iter().enumerate() {
        ui.add(
            egui::Label::new(RichText::new(a.line()).size(size::FIGURE * scale).strong()).wrap(),
        );
        let length = (a.count.max(0) as f32 / largest * width).max(4.0 * scale);
        let (rect, _) =
            ui.allocate_exact_size(egui::vec2(width, 84.0 * scale), egui::Sense::hover());
        let bar = egui::Rect::from_min_size(rect.min, egui::vec2(length, 72.0 * scale));
        ui.painter().rect_filled(bar, 6.0 * scale, theme::series(i));
        ui.add_space(48.0 * scale);
    }
    if !att.is_empty() && data.summit.attendance_provenance.deck_only() {
        deck_note(ui, scale);
    }
}
