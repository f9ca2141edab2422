//! The slides that send the audience somewhere: the video and the resources, each
//! address written short and drawn as a QR code to open on a phone.

use eframe::egui::{self, RichText};

use super::canvas::size;
use super::commands::video_url;
use super::slides::{bullets, title};
use crate::actions::{Action, Actions};
use crate::model::{Alliance, Resource, Slide};
use crate::shortcuts::{self, Command};
use crate::theme;
use crate::widgets::qr::qr_code;

/// The summit video: a button that opens it in the browser, its address, and a QR
/// code of it as large as the slide allows.
pub(super) fn video_slide(
    ui: &mut egui::Ui,
    data: &Alliance,
    slide: &Slide,
    points: &[String],
    scale: f32,
    actions: &mut Actions,
) {
    title(ui, &slide.title, scale);
    let Some(url) = video_url(data, Some(slide)) else {
        bullets(ui, points);
        ui.label("No address is known for the video.");
        return;
    };
    let area = ui.available_rect_before_wrap();
    let side = (area.height() - 12.0 * scale)
        .min(area.width() * 0.45)
        .max(1.0);
    let (left, right) = area.split_left_right_at_x(area.right() - side - 60.0 * scale);
    ui.scope_builder(egui::UiBuilder::new().max_rect(left), |ui| {
        bullets(ui, points);
        ui.add_space(24.0 * scale);
        let response = ui
            .button(RichText::new("Play the summit video").size(size::SUBTITLE * scale))
            .on_hover_text(format!(
                "Open {url} in the browser ({})",
                shortcuts::keys_for(Command::Confirm)
            ));
        if response.clicked() {
            actions.push(Action::OpenUrl(url.clone()));
        }
        ui.add_space(24.0 * scale);
        ui.label(RichText::new(short_address(&url)).size(size::BODY * scale));
        ui.label(
            RichText::new("Scan the code to watch it on a phone.")
                .size(size::LABEL * scale)
                .color(theme::weak_text(ui.visuals())),
        );
    });
    ui.scope_builder(
        egui::UiBuilder::new().max_rect(egui::Rect::from_min_size(
            egui::pos2(right.right() - side, right.top()),
            egui::vec2(side, side),
        )),
        |ui| qr_code(ui, &url, side),
    );
    ui.advance_cursor_after_rect(area);
}

/// The lines of the Resources slide, each with the address of the resource it names:
/// the deck's own lines, word for word ("Launch of the Model National Response Review
/// report: Framing the Future"); the data's list only for a slide without lines.
pub(super) fn resource_lines<'a>(
    data: &'a Alliance,
    slide: &'a Slide,
) -> Vec<(&'a str, Option<&'a str>)> {
    if slide.bullets.is_empty() {
        data.resources
            .iter()
            .map(|r| (r.title.as_str(), r.url.as_deref()))
            .collect()
    } else {
        slide
            .bullets
            .iter()
            .map(|p| {
                (
                    p.as_str(),
                    resource_named_in(data, p).and_then(|r| r.url.as_deref()),
                )
            })
            .collect()
    }
}

/// The most lines the Resources slide holds, each with a code a phone can still read
/// from a seat; a longer list shows the first ones and says how many more there are.
const MOST_LINES: usize = 8;

/// How many resource lines get a place of their own on the slide.
pub(super) fn lines_shown(lines: usize) -> usize {
    super::slides::with_a_place(lines, MOST_LINES)
}

/// The resources, each line beside the QR code of its address; `shown` lines of a build.
pub(super) fn resources_slide(
    ui: &mut egui::Ui,
    data: &Alliance,
    slide: &Slide,
    shown: usize,
    scale: f32,
) {
    title(ui, &slide.title, scale);
    let lines = resource_lines(data, slide);
    let with_place = lines_shown(lines.len());
    let more = lines.len() - with_place;
    let rows = (with_place + usize::from(more > 0)).max(1) as f32;
    let code = ((ui.available_height() / rows) - 12.0 * scale).clamp(72.0 * scale, 150.0 * scale);
    for (i, (point, url)) in lines.into_iter().enumerate().take(with_place) {
        if i >= shown {
            // Not shown yet: its place is kept, so the lines above do not move.
            ui.add_space(code + 12.0 * scale + ui.spacing().item_spacing.y);
            continue;
        }
        ui.horizontal(|ui| {
            match url {
                Some(url) => {
                    qr_code(ui, url, code);
                }
                None => ui.add_space(code),
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
    if more > 0 && shown >= with_place {
        ui.label(
            RichText::new(format!(
                "and {more} more resources in the {} view",
                crate::views::View::Resources.label()
            ))
            .color(theme::weak_text(ui.visuals())),
        );
    }
}

/// The resource a line of the deck names: the one whose title is the longest found in
/// the line, ignoring case.
fn resource_named_in<'a>(data: &'a Alliance, line: &str) -> Option<&'a Resource> {
    let line = line.to_lowercase();
    data.resources
        .iter()
        .filter(|r| !r.title.trim().is_empty() && line.contains(&r.title.to_lowercase()))
        .max_by_key(|r| r.title.chars().count())
}

/// An address as a person reads it aloud: no scheme, no "www.", no closing slash.
pub(super) fn short_address(url: &str) -> &str {
    let url = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url);
    let url = url.strip_prefix("www.").unwrap_or(url);
    url.strip_suffix('/').unwrap_or(url)
}
