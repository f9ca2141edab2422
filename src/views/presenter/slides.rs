//! Each kind of slide, drawn at the presenter's scale: titles, points, and the live
//! views that some slides embed.

use eframe::egui::{self, RichText};

use super::Views;
use super::commands::video_url;
use super::policy::allowed_on_slide;
use crate::actions::{Action, Actions};
use crate::model::{Alliance, Slide, SlideKind};
use crate::shortcuts::{self, Command};
use crate::theme;
use crate::views::{ViewContext, membership, summit, timeline};
use crate::widgets::heading_label;

use super::canvas::size;

/// The slides' own view state: a click on a chart during the talk marks it on the
/// slide, and the explorer's views keep what the person had chosen there (zoom,
/// hidden categories, an open group or outcome). The selected milestone is the app's
/// even on a slide, so the slide's `timeline.selected` is never set.
#[derive(Debug, Default)]
pub struct SlideViews {
    pub timeline: timeline::Saved,
    pub membership: membership::State,
    pub summit: summit::State,
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

fn title(ui: &mut egui::Ui, text: &str, scale: f32) {
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

pub(super) fn draw_slide(
    ui: &mut egui::Ui,
    data: &Alliance,
    slide: &Slide,
    scale: f32,
    own: &mut SlideViews,
    views: &mut Views<'_>,
    actions: &mut Actions,
) {
    match slide.kind {
        SlideKind::Title => title_slide(ui, data, slide, scale),
        SlideKind::Background => background_slide(ui, data, slide, scale, own, views, actions),
        SlideKind::AddedValue => {
            title(ui, &slide.title, scale);
            // The slide's own points when it has them (the deck's words, in the
            // deck's order); the data's added value only for a slide without any.
            // Both at once showed every point twice. A build with no point shown yet
            // shows none.
            if slide.bullets.is_empty() && !slide.build {
                for s in &data.added_value.statements {
                    ui.add(egui::Label::new(s).wrap());
                    ui.add_space(9.0 * scale);
                }
                bullets(ui, &data.added_value.items);
            } else {
                bullets(ui, &slide.bullets);
            }
        }
        SlideKind::Summit => {
            title(ui, &slide.title, scale);
            let s = &data.summit;
            ui.label(
                RichText::new(format!("{} · {}, {}", s.when(), s.venue, s.city))
                    .size(size::SUBTITLE * scale),
            );
            ui.add_space(15.0 * scale);
            ui.columns(2, |cols| {
                crate::widgets::attendance(&mut cols[0], data);
                if data.summit.attendance_provenance.deck_only() {
                    deck_note(&mut cols[0], scale);
                }
                bullets(&mut cols[1], &slide.bullets);
            });
        }
        SlideKind::Outcomes => {
            title(ui, &slide.title, scale);
            let mut sink = Actions::default();
            egui::ScrollArea::vertical()
                .id_salt("outcome_slide")
                .show(ui, |ui| {
                    summit::outcome_grid(ui, data, &mut own.summit, false, &mut sink);
                });
            mark_clicked_outcome(&mut own.summit, &sink);
            sink.retain(allowed_on_slide);
            actions.append(sink);
        }
        SlideKind::Membership => {
            title(ui, &slide.title, scale);
            bullets(ui, &slide.bullets);
            ui.add_space(12.0 * scale);
            if data.membership.provenance.deck_only() {
                deck_note(ui, scale);
            }
            membership::breakdown_slide(ui, data, &mut own.membership);
        }
        SlideKind::Video => video_slide(ui, data, slide, scale, actions),
        SlideKind::Resources => resources_slide(ui, data, slide, scale),
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
                bullets(ui, &slide.bullets);
            });
        }
        SlideKind::Text => {
            title(ui, &slide.title, scale);
            bullets(ui, &slide.bullets);
        }
    }
}

/// A card clicked on the outcomes slide is marked there, as the Summit view marks it;
/// the request to switch to that view stops at the slide.
fn mark_clicked_outcome(summit: &mut summit::State, raised: &Actions) {
    for action in raised.iter() {
        if let Action::GoToOutcome(id) = action {
            summit.selected = Some(id.clone());
            summit.highlighted = Some(id.clone());
        }
    }
}

/// The opening slide: the title and tagline, large and centred.
fn title_slide(ui: &mut egui::Ui, data: &Alliance, slide: &Slide, scale: f32) {
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
        if !data.tagline.is_empty() {
            ui.add(
                egui::Label::new(RichText::new(&data.tagline).size(size::SUBTITLE * scale)).wrap(),
            );
            if data.membership.provenance.deck_only() {
                deck_note(ui, scale);
            }
        }
        bullets(ui, &slide.bullets);
    });
}

/// The Alliance's history: the slide's points above the live timeline.
fn background_slide(
    ui: &mut egui::Ui,
    data: &Alliance,
    slide: &Slide,
    scale: f32,
    own: &mut SlideViews,
    views: &mut Views<'_>,
    actions: &mut Actions,
) {
    title(ui, &slide.title, scale);
    let half = ui.available_height() * 0.42;
    egui::ScrollArea::vertical()
        .id_salt("background_points")
        .max_height(half)
        .show(ui, |ui| {
            // Smaller than other slides' points: the timeline needs the room.
            scale_text(ui.style_mut(), scale * 0.75);
            bullets(ui, &slide.bullets);
            if data.membership.provenance.deck_only() {
                deck_note(ui, scale * 0.75);
            }
        });
    ui.add_space(12.0 * scale);
    let mut sink = Actions::default();
    ui.scope(|ui| {
        // The timeline keeps its own, smaller type: it is a chart, not a bullet.
        ui.style_mut().text_styles = egui::Style::default().text_styles;
        let cx = ViewContext {
            data,
            selected: views.selected,
        };
        let mut state = timeline::State {
            saved: &mut own.timeline,
            runtime: views.timeline,
        };
        timeline::show(ui, &cx, &mut state, &mut sink);
    });
    sink.retain(allowed_on_slide);
    actions.append(sink);
}

/// The summit video: one button that opens it in the browser.
fn video_slide(
    ui: &mut egui::Ui,
    data: &Alliance,
    slide: &Slide,
    scale: f32,
    actions: &mut Actions,
) {
    title(ui, &slide.title, scale);
    bullets(ui, &slide.bullets);
    ui.add_space(36.0 * scale);
    match video_url(data, Some(slide)) {
        Some(url) => {
            let response = ui
                .button(RichText::new("Play the summit video").size(size::SUBTITLE * scale))
                .on_hover_text(format!(
                    "Open {url} in the browser ({})",
                    shortcuts::keys_for(Command::Confirm)
                ));
            if response.clicked() {
                actions.push(Action::OpenUrl(url.clone()));
            }
            ui.label(RichText::new(url.as_str()).color(theme::weak_text(ui.visuals())));
            ui.add_space(24.0 * scale);
            // For the audience: the same address, to open on a phone.
            let code = (ui.available_height() - 24.0 * scale).clamp(180.0 * scale, 540.0 * scale);
            crate::widgets::qr::qr_code(ui, &url, code);
        }
        None => {
            ui.label("No address is known for the video.");
        }
    }
}

/// The resources, each with its address.
fn resources_slide(ui: &mut egui::Ui, data: &Alliance, slide: &Slide, scale: f32) {
    title(ui, &slide.title, scale);
    // The deck's own lines, word for word ("Launch of the Model National Response
    // Review report: Framing the Future"), each with the address of the resource it
    // names; the data's list only for a slide without lines of its own.
    let points: Vec<(String, Option<&str>)> = if slide.bullets.is_empty() && !slide.build {
        data.resources
            .iter()
            .map(|r| (r.title.clone(), r.url.as_deref()))
            .collect()
    } else {
        slide
            .bullets
            .iter()
            .map(|p| {
                (
                    p.clone(),
                    resource_named_in(data, p).and_then(|r| r.url.as_deref()),
                )
            })
            .collect()
    };
    // Each line beside the QR code of its address, as tall as the room allows.
    let rows = points.len().max(1) as f32;
    let code = ((ui.available_height() / rows) - 12.0 * scale).clamp(72.0 * scale, 144.0 * scale);
    for (point, url) in points {
        ui.horizontal(|ui| {
            match url {
                Some(url) => {
                    crate::widgets::qr::qr_code(ui, url, code);
                }
                None => {
                    ui.add_space(code);
                }
            }
            ui.vertical(|ui| {
                ui.label(RichText::new(point).strong());
                if let Some(url) = url {
                    ui.label(
                        RichText::new(short_address(url))
                            .size(size::CAPTION * scale)
                            .color(theme::weak_text(ui.visuals())),
                    );
                }
            });
        });
        ui.add_space(12.0 * scale);
    }
}

/// The resource a line of the deck names: the one whose title is the longest found in
/// the line, ignoring case.
fn resource_named_in<'a>(data: &'a Alliance, line: &str) -> Option<&'a crate::model::Resource> {
    let line = line.to_lowercase();
    data.resources
        .iter()
        .filter(|r| !r.title.trim().is_empty() && line.contains(&r.title.to_lowercase()))
        .max_by_key(|r| r.title.chars().count())
}

/// An address as a person reads it aloud: no scheme, no "www.", no closing slash.
fn short_address(url: &str) -> &str {
    let url = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let url = url.strip_prefix("www.").unwrap_or(url);
    url.strip_suffix('/').unwrap_or(url)
}
