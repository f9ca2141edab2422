//! Presenter mode: the talk, slide by slide, full screen, with the live views on the
//! slides, the keys that presentation clickers send, and a speaker view in a second
//! window with the notes, the next slide and a clock.

mod canvas;
mod clock;
mod commands;
mod help;
mod overview;
mod policy;
mod slide_cards;
mod slide_detail;
mod slide_links;
mod slide_membership;
mod slide_timeline;
mod slides;
mod speaker;

use eframe::egui::{self, Align2, Color32, RichText, Sense};

pub use clock::{Clock, clock_text};
pub use policy::allowed_on_slide;
pub use slides::{SlideViews, build_step_text};

use crate::actions::Actions;
use crate::model::Alliance;
use crate::shortcuts::{self, Command, Scope};
use crate::theme;
use crate::views::View;
use canvas::Canvas;
use commands::run;
use help::help;
use slides::{draw_slide, scale_text};
use speaker::speaker;

/// Whether the screen is blanked, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    Black,
    White,
}

#[derive(Debug, Default)]
pub struct State {
    pub active: bool,
    /// The current slide (0-based).
    pub index: usize,
    pub blank: Option<Blank>,
    /// Digits typed so far for "number, then Enter".
    pub typed: String,
    pub show_help: bool,
    pub speaker_open: bool,
    pub clock: Clock,
    /// Where the person was before presenting; Esc returns there.
    pub return_to: View,
    /// Whether the window was full screen before presenting.
    pub was_fullscreen: bool,
    /// The live views on the slides, apart from the explorer's own.
    pub slides: SlideViews,
    /// The slide chosen in the overview grid, while it is open (O).
    pub overview: Option<usize>,
    /// On a slide that is a build, how many of its points are shown.
    pub revealed: usize,
}

impl State {
    pub fn start(&mut self, from: View, was_fullscreen: bool) {
        self.active = true;
        self.index = 0;
        self.blank = None;
        self.typed.clear();
        self.show_help = false;
        self.return_to = from;
        self.was_fullscreen = was_fullscreen;
        self.clock.start();
        // Each talk starts from the same picture, whatever the last one clicked.
        self.slides = SlideViews::default();
        self.overview = None;
    }

    /// Shows slide `index`; a build starts with none of its points.
    fn go(&mut self, index: usize, count: usize) {
        self.index = index.min(count.saturating_sub(1));
        self.blank = None;
        self.revealed = 0;
        self.slides.milestone = None;
    }
}

/// Draws presenter mode in the whole window.
pub fn show(ui: &mut egui::Ui, data: &Alliance, state: &mut State, actions: &mut Actions) {
    let typing = ui.ctx().text_edit_focused();
    let cmds = if typing {
        Vec::new()
    } else {
        ui.input_mut(|i| shortcuts::pressed(i, Scope::Presenter))
    };
    // The slide's own widgets must not also act on the presenter's keys, nor on a key
    // pressed together with one of them.
    if !cmds.is_empty() {
        ui.input_mut(|i| {
            i.events
                .retain(|e| !matches!(e, egui::Event::Key { pressed: true, .. }));
        });
    }
    run(&cmds, data, state, actions);

    let count = data.slides.len();
    let rect = ui.max_rect();
    let canvas = Canvas::fit(rect);
    // The bars around a canvas whose shape is not the window's: black, as a projector
    // shows what it does not light.
    if rect != canvas.rect {
        ui.painter().rect_filled(rect, 0.0, Color32::BLACK);
        ui.painter()
            .rect_filled(canvas.rect, 0.0, ui.visuals().panel_fill);
    }

    // Behind everything: a click on the left or right third moves back or on.
    let background = ui.interact(rect, ui.scope_id().with("slide_background"), Sense::click());
    background.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Button,
            true,
            format!(
                "Slide {} of {}; click the left or right third to move",
                state.index + 1,
                count.max(1)
            ),
        )
    });
    if background.clicked()
        && let Some(p) = background.interact_pointer_pos()
    {
        if p.x < rect.left() + rect.width() / 3.0 {
            run(&[Command::PreviousSlide], data, state, actions);
        } else if p.x > rect.right() - rect.width() / 3.0 {
            run(&[Command::NextSlide], data, state, actions);
        }
    }

    draw_canvas(ui, data, state, canvas, actions);
    progress_and_overlays(ui, state, canvas, count);
    // Tab reaches the slide itself (the control that moves back and on): show that it
    // has the keyboard focus, as every other control does (WCAG 2.4.7).
    if background.has_focus() {
        let stroke = ui.visuals().widgets.active.bg_stroke;
        ui.painter().rect_stroke(
            rect.shrink(stroke.width),
            0.0,
            egui::Stroke::new(stroke.width * 2.0, stroke.color),
            egui::StrokeKind::Inside,
        );
    }
    if state.show_help {
        help(ui.ctx(), state);
    }
    if state.speaker_open {
        speaker(ui.ctx(), data, state, actions);
    }
}

/// One slide as a page of a handout or a picture: slide `index` with every point of a
/// build shown, on the canvas fitted to `ui.max_rect()`, with its counter, as the talk
/// shows it. Nothing on it acts: what a click on it would ask for is dropped.
pub fn draw_page(ui: &mut egui::Ui, data: &Alliance, index: usize) {
    draw_still(ui, data, (index, usize::MAX), ui.max_rect());
}

/// Slide `index` with `revealed` steps of its build, on a canvas fitted to `rect`, as
/// the talk would show it; nothing on it acts. The speaker view's picture of what comes
/// next, and a handout's page.
pub(super) fn draw_still(
    ui: &mut egui::Ui,
    data: &Alliance,
    (index, revealed): (usize, usize),
    rect: egui::Rect,
) {
    let mut state = State {
        active: true,
        ..State::default()
    };
    let count = data.slides.len();
    state.go(index, count);
    state.revealed = revealed;
    let mut dropped = Actions::default();
    let canvas = Canvas::fit(rect);
    ui.painter().rect_filled(rect, 0.0, Color32::BLACK);
    ui.painter()
        .rect_filled(canvas.rect, 0.0, ui.visuals().panel_fill);
    let mut still = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(rect)
            .id_salt(("still", index)),
    );
    draw_canvas(&mut still, data, &mut state, canvas, &mut dropped);
    progress_and_overlays(&mut still, &mut state, canvas, count);
}

/// The slide itself on its canvas, or the overview grid while it is open.
fn draw_canvas(
    ui: &mut egui::Ui,
    data: &Alliance,
    state: &mut State,
    canvas: Canvas,
    actions: &mut Actions,
) {
    let scale = canvas.scale;
    let margin = egui::vec2(96.0, 64.0) * scale;
    let content = canvas.rect.shrink2(margin);
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(content)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    scale_text(child.style_mut(), scale);
    if state.overview.is_some() {
        overview::overview(ui, data, state, canvas);
    } else if let Some(slide) = data.slides.get(state.index) {
        draw_slide(
            &mut child,
            data,
            slide,
            (scale, state.revealed),
            &mut state.slides,
            actions,
        );
        if slide.kind == crate::model::SlideKind::Background {
            slide_detail::milestone_detail(ui.ctx(), data, canvas, &mut state.slides.milestone);
        }
    } else {
        child.label(
            RichText::new("This data file has no slides.")
                .size(canvas::size::TITLE * scale)
                .strong(),
        );
        child.label("Add a `slides` section to the data file to give a talk from it.");
    }
}

/// The slide counter and progress bar, and the overlays over the slide: the slide
/// number being typed, and a blank screen.
fn progress_and_overlays(ui: &mut egui::Ui, state: &mut State, canvas: Canvas, count: usize) {
    let (rect, scale) = (canvas.rect, canvas.scale);
    // Counter and progress: where the talk is.
    let painter = ui.painter();
    let weak = theme::weak_text(ui.visuals());
    painter.text(
        rect.right_bottom() - egui::vec2(24.0, 21.0) * scale,
        Align2::RIGHT_BOTTOM,
        format!("{} / {}", state.index + 1, count.max(1)),
        egui::FontId::proportional(canvas::size::CAPTION * scale),
        weak,
    );
    let progress = (state.index + 1) as f32 / count.max(1) as f32;
    let bar = egui::Rect::from_min_size(
        rect.left_bottom() - egui::vec2(0.0, 8.0 * scale),
        egui::vec2(rect.width() * progress, 8.0 * scale),
    );
    painter.rect_filled(bar, 0.0, ui.visuals().selection.bg_fill);

    if !state.typed.is_empty() {
        egui::Area::new(egui::Id::unique("presenter_goto"))
            .anchor(Align2::CENTER_CENTER, egui::Vec2::ZERO)
            .show(ui.ctx(), |ui| {
                egui::Frame::popup(ui.style())
                    .inner_margin(16.0)
                    .show(ui, |ui| {
                        ui.label(
                            RichText::new(format!("Go to slide {}", state.typed))
                                .size(canvas::size::SUBTITLE * scale),
                        );
                        ui.label("Enter to go, Esc to cancel");
                    });
            });
    }
    if let Some(blank) = state.blank {
        let fill = match blank {
            Blank::Black => Color32::BLACK,
            Blank::White => Color32::WHITE,
        };
        egui::Area::new(egui::Id::unique("presenter_blank"))
            .fixed_pos(rect.min)
            .order(egui::Order::Foreground)
            .show(ui.ctx(), |ui| {
                let (r, response) = ui.allocate_exact_size(rect.size(), Sense::click());
                ui.painter().rect_filled(r, 0.0, fill);
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        "Screen blanked; press B, W or Esc to show the slide",
                    )
                });
                if response.clicked() {
                    state.blank = None;
                }
            });
    }
}
