//! A milestone's details over the Background slide, opened by a click on its row:
//! the answer to "what was that?" without leaving the talk. The sources are named with
//! their short addresses but are not links: a slide never puts a browser over the talk.

use eframe::egui::{self, Align2, RichText};

use super::canvas::{Canvas, size};
use super::slide_links::short_address;
use super::slides::scale_text;
use crate::model::Alliance;
use crate::theme;
use crate::widgets::heading_label;

/// Draws the details of the milestone `open` names, centred on the canvas; its Close
/// button (or Esc, handled with the presenter's keys) closes it.
pub(super) fn milestone_detail(
    ctx: &egui::Context,
    data: &Alliance,
    canvas: Canvas,
    open: &mut Option<String>,
) {
    let Some(m) = open
        .as_deref()
        .and_then(|id| data.milestones.iter().find(|m| m.id == id))
    else {
        *open = None;
        return;
    };
    let scale = canvas.scale;
    let width = 1300.0 * scale;
    let mut close = false;
    egui::Area::new(egui::Id::unique("slide_milestone_detail"))
        .order(egui::Order::Foreground)
        .anchor(
            Align2::CENTER_CENTER,
            canvas.rect.center() - ctx.content_rect().center(),
        )
        .show(ctx, |ui| {
            scale_text(ui.style_mut(), scale);
            egui::Frame::popup(ui.style())
                .inner_margin(48.0 * scale)
                .show(ui, |ui| {
                    ui.set_width(width);
                    ui.set_max_height(canvas.rect.height() * 0.85);
                    let weak = theme::weak_text(ui.visuals());
                    ui.label(
                        RichText::new(m.when())
                            .size(size::LABEL * scale)
                            .color(weak),
                    );
                    heading_label(
                        ui,
                        egui::Label::new(
                            RichText::new(&m.title).size(size::TITLE * scale).strong(),
                        )
                        .wrap(),
                        2,
                    );
                    ui.add(egui::Label::new(&m.summary).wrap());
                    if let Some(note) = &m.note {
                        ui.add(
                            egui::Label::new(
                                RichText::new(note).size(size::LABEL * scale).color(weak),
                            )
                            .wrap(),
                        );
                    }
                    for s in &m.sources {
                        ui.add(
                            egui::Label::new(
                                RichText::new(format!(
                                    "Source: {} — {}",
                                    s.label,
                                    short_address(&s.url)
                                ))
                                .size(size::CAPTION * scale)
                                .color(weak),
                            )
                            .wrap(),
                        );
                    }
                    ui.add_space(12.0 * scale);
                    close = ui
                        .button(RichText::new("Close").size(size::LABEL * scale))
                        .on_hover_text("Close the details (Esc)")
                        .clicked();
                });
        });
    if close {
        *open = None;
    }
}
