//! The speaker view: what only the presenter sees (notes, the next slide, a clock),
//! in a window of its own.

use std::time::Duration;

use eframe::egui::{self, RichText};

use super::State;
use super::clock::clock_text;
use super::commands::run;
use super::slides::bullets;
use crate::actions::Actions;
use crate::model::Alliance;
use crate::shortcuts::{self, Command, Scope};
use crate::theme;

/// The speaker view: a second native window where the platform allows, an inner
/// window otherwise.
pub(super) fn speaker(
    ctx: &egui::Context,
    data: &Alliance,
    state: &mut State,
    actions: &mut Actions,
) {
    let builder = egui::ViewportBuilder::default()
        .with_title("Speaker view — WeProtect Global Alliance Explorer")
        .with_app_id("weprotect-explorer-speaker")
        .with_inner_size([900.0, 620.0]);
    let id = egui::ViewportId::from_hash_of("speaker_view");
    let close = ctx.show_viewport_immediate(id, builder, |ui, _class| {
        // Keys pressed while the speaker window has focus drive the talk too.
        let cmds = ui.input(|i| shortcuts::read(i, Scope::Presenter));
        run(&cmds, data, state, actions);
        let close = ui.input(|i| i.viewport().close_requested());
        egui::CentralPanel::default().show(ui, |ui| speaker_contents(ui, data, state, actions));
        close
    });
    if close {
        state.speaker_open = false;
    }
    if state.speaker_open && state.clock.is_running() {
        // The clock shows seconds: one repaint a second while it runs, none otherwise.
        ctx.request_repaint_after(Duration::from_millis(
            1000 - u64::from(state.clock.elapsed().subsec_millis()),
        ));
    }
}

fn speaker_contents(ui: &mut egui::Ui, data: &Alliance, state: &mut State, actions: &mut Actions) {
    let count = data.slides.len().max(1);
    let current = data.slides.get(state.index);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(clock_text(state.clock.elapsed()))
                .size(theme::text::DISPLAY)
                .monospace(),
        );
        let pause = if state.clock.is_running() {
            "Pause clock"
        } else {
            "Resume clock"
        };
        if ui.button(pause).clicked() {
            state.clock.toggle();
        }
        if ui.button("Reset clock").clicked() {
            state.clock.reset();
        }
        ui.separator();
        if ui.button("Previous slide").clicked() {
            run(&[Command::PreviousSlide], data, state, actions);
        }
        if ui.button("Next slide").clicked() {
            run(&[Command::NextSlide], data, state, actions);
        }
    });
    ui.separator();
    ui.columns(2, |cols| {
        cols[0].label(RichText::new(format!("Now: slide {} of {count}", state.index + 1)).strong());
        cols[0].label(
            RichText::new(current.map_or("", |s| s.title.as_str()))
                .size(theme::text::HEADING)
                .strong(),
        );
        let steps = current.map_or(0, |s| super::slides::build_steps(data, s));
        if steps > 0 {
            cols[0].label(format!("Step {} of {steps}", state.revealed.min(steps)));
        }
        bullets(&mut cols[0], current.map_or(&[][..], |s| &s.bullets[..]));
        next_up(&mut cols[1], data, state);
    });
    ui.separator();
    ui.label(RichText::new("Notes").strong());
    egui::ScrollArea::vertical()
        .id_salt("notes")
        .show(ui, |ui| {
            let notes = current.map_or("", |s| s.notes.as_str());
            let text = if notes.trim().is_empty() {
                "No notes for this slide."
            } else {
                notes
            };
            // Large: read at a glance from a lectern, an arm's length away.
            ui.add(egui::Label::new(RichText::new(text).size(theme::text::TITLE)).wrap());
        });
}

/// What → brings: the next step of a build, or the next slide, named and pictured as
/// the audience will see it.
fn next_up(ui: &mut egui::Ui, data: &Alliance, state: &State) {
    let current = data.slides.get(state.index);
    let next_point = current.and_then(|s| super::build_step_text(data, s, state.revealed));
    let shows = if let Some(point) = next_point {
        ui.add(
            egui::Label::new(
                RichText::new(format!("Next point: {point}")).size(theme::text::SUBHEADING),
            )
            .wrap(),
        );
        (state.index, state.revealed + 1)
    } else if let Some(next) = data.slides.get(state.index + 1) {
        ui.label(RichText::new("Next").strong());
        ui.label(RichText::new(&next.title).size(theme::text::SUBHEADING));
        (state.index + 1, 0)
    } else {
        ui.label("End of the talk");
        return;
    };
    let width = ui.available_width();
    let (rect, picture) =
        ui.allocate_exact_size(egui::vec2(width, width * 9.0 / 16.0), egui::Sense::hover());
    let title = data.slides.get(shows.0).map_or("", |s| s.title.as_str());
    picture.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            format!("Picture of what comes next: slide {}, {title}", shows.0 + 1),
        )
    });
    // A picture, not a second slide: its controls are switched off (drawn as they
    // are, not faded) and a screen reader finds them inside the picture.
    ui.scope_builder(
        egui::UiBuilder::new()
            .max_rect(rect)
            .accessibility_parent(picture.id),
        |ui| {
            ui.visuals_mut().disabled_alpha = 1.0;
            ui.disable();
            super::draw_still(ui, data, shows, rect);
        },
    );
    ui.painter().rect_stroke(
        rect,
        0.0,
        ui.visuals().widgets.noninteractive.bg_stroke,
        egui::StrokeKind::Outside,
    );
}
