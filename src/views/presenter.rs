//! Presenter mode: the talk, slide by slide, full screen, with the live views on the
//! slides, the keys that presentation clickers send, and a speaker view in a second
//! window with the notes, the next slide and a clock.

use std::time::Duration;

use web_time::Instant;

use eframe::egui::{self, Align2, Color32, Key, RichText, Sense};

use crate::actions::{Action, Actions};
use crate::model::{Alliance, Slide, SlideKind};
use crate::theme;
use crate::views::{View, membership, summit, timeline};

/// Whether the screen is blanked, and how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blank {
    Black,
    White,
}

/// The presenter's clock: runs from the start of the talk, can be paused and reset.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    running_since: Option<Instant>,
    banked: Duration,
}

impl Clock {
    pub fn start(&mut self) {
        self.running_since = Some(Instant::now());
        self.banked = Duration::ZERO;
    }

    pub fn elapsed(&self) -> Duration {
        self.banked + self.running_since.map_or(Duration::ZERO, |t| t.elapsed())
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn toggle(&mut self) {
        match self.running_since.take() {
            Some(t) => self.banked += t.elapsed(),
            None => self.running_since = Some(Instant::now()),
        }
    }

    pub fn reset(&mut self) {
        self.banked = Duration::ZERO;
        if self.running_since.is_some() {
            self.running_since = Some(Instant::now());
        }
    }
}

/// `mm:ss`, or `h:mm:ss` past an hour.
pub fn clock_text(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{:02}:{:02}", s / 60, s % 60)
    }
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
    }

    fn go(&mut self, index: usize, count: usize) {
        self.index = index.min(count.saturating_sub(1));
        self.blank = None;
    }
}

/// The keys a presenter (or a clicker) uses, as commands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Command {
    Next,
    Previous,
    First,
    Last,
    Digit(char),
    Enter,
    Black,
    White,
    Fullscreen,
    Escape,
    Help,
    Speaker,
}

fn commands(input: &egui::InputState) -> Vec<Command> {
    let mut out = Vec::new();
    for event in &input.events {
        match event {
            egui::Event::Key {
                key,
                pressed: true,
                modifiers,
                ..
            } if !modifiers.command && !modifiers.alt => {
                let c = match key {
                    Key::ArrowRight | Key::ArrowDown | Key::Space | Key::PageDown | Key::N => {
                        Some(Command::Next)
                    }
                    Key::ArrowLeft | Key::ArrowUp | Key::PageUp | Key::P | Key::Backspace => {
                        Some(Command::Previous)
                    }
                    Key::Home => Some(Command::First),
                    Key::End => Some(Command::Last),
                    Key::Enter => Some(Command::Enter),
                    Key::B | Key::Period => Some(Command::Black),
                    Key::W => Some(Command::White),
                    Key::F | Key::F11 => Some(Command::Fullscreen),
                    Key::Escape => Some(Command::Escape),
                    Key::Questionmark => Some(Command::Help),
                    Key::Slash if modifiers.shift => Some(Command::Help),
                    Key::S => Some(Command::Speaker),
                    Key::Num0
                    | Key::Num1
                    | Key::Num2
                    | Key::Num3
                    | Key::Num4
                    | Key::Num5
                    | Key::Num6
                    | Key::Num7
                    | Key::Num8
                    | Key::Num9 => key.name().chars().next().map(Command::Digit),
                    _ => None,
                };
                out.extend(c);
            }
            _ => {}
        }
    }
    out
}

/// What the presenter asks the app to do, beyond its own state.
fn run(commands: &[Command], data: &Alliance, state: &mut State, actions: &mut Actions) {
    let count = data.slides.len().max(1);
    for c in commands {
        match *c {
            Command::Next => state.go(state.index + 1, count),
            Command::Previous => state.go(state.index.saturating_sub(1), count),
            Command::First => state.go(0, count),
            Command::Last => state.go(count - 1, count),
            Command::Digit(d) => {
                if state.typed.len() < 4 {
                    state.typed.push(d);
                }
            }
            Command::Enter => {
                if state.typed.is_empty() {
                    if let Some(url) = video_url(data, data.slides.get(state.index)) {
                        actions.push(Action::OpenUrl(url));
                    }
                } else {
                    if let Ok(n) = state.typed.parse::<usize>()
                        && (1..=count).contains(&n)
                    {
                        state.go(n - 1, count);
                    }
                    state.typed.clear();
                }
            }
            Command::Black => {
                state.blank = if state.blank == Some(Blank::Black) {
                    None
                } else {
                    Some(Blank::Black)
                };
            }
            Command::White => {
                state.blank = if state.blank == Some(Blank::White) {
                    None
                } else {
                    Some(Blank::White)
                };
            }
            Command::Fullscreen => actions.push(Action::ToggleFullscreen),
            Command::Escape => {
                if state.show_help {
                    state.show_help = false;
                } else if !state.typed.is_empty() {
                    state.typed.clear();
                } else if state.blank.is_some() {
                    state.blank = None;
                } else {
                    actions.push(Action::StopPresenting);
                }
            }
            Command::Help => state.show_help = !state.show_help,
            Command::Speaker => state.speaker_open = !state.speaker_open,
        }
    }
}

fn video_url(data: &Alliance, slide: Option<&Slide>) -> Option<String> {
    if slide?.kind != SlideKind::Video {
        return None;
    }
    let id = data.summit.video.as_deref()?;
    data.resources.iter().find(|r| r.id == id)?.url.clone()
}

/// The other views' state, which the slides reuse: the timeline on the background
/// slide is the interactive one.
pub struct Views<'a> {
    pub timeline: &'a mut timeline::State,
    pub timeline_saved: &'a mut timeline::Saved,
    pub selected: Option<&'a str>,
    pub membership: &'a mut membership::State,
    pub summit: &'a mut summit::State,
}

/// The shortcuts, as the help overlay lists them.
pub const SHORTCUTS: [(&str, &str); 11] = [
    ("Right, Space, Page Down, N", "next slide"),
    ("Left, Page Up, P, Backspace", "previous slide"),
    ("Home / End", "first / last slide"),
    ("a number, then Enter", "go to that slide"),
    ("B or .", "black screen (again to come back)"),
    ("W", "white screen"),
    ("F or F11", "full screen on or off"),
    ("S", "speaker view: notes, next slide, clock"),
    ("Enter on the video slide", "play the video in the browser"),
    ("click the left or right third", "previous / next slide"),
    ("Esc", "leave presenter mode"),
];

/// Draws presenter mode in the whole window.
pub fn show(
    ui: &mut egui::Ui,
    data: &Alliance,
    state: &mut State,
    views: Views<'_>,
    actions: &mut Actions,
) {
    let typing = ui.ctx().text_edit_focused();
    let cmds = if typing {
        Vec::new()
    } else {
        ui.input(commands)
    };
    // The slide's own widgets must not also act on the presenter's keys.
    if !cmds.is_empty() {
        ui.input_mut(|i| {
            i.events
                .retain(|e| !matches!(e, egui::Event::Key { pressed: true, .. }))
        });
    }
    run(&cmds, data, state, actions);

    let count = data.slides.len();
    let rect = ui.max_rect();
    // Quarter steps keep sizes on whole points (sharp text) while tracking the window.
    let scale = ((rect.height() / 720.0)
        .min(rect.width() / 1280.0)
        .clamp(0.75, 3.0)
        * 4.0)
        .round()
        / 4.0;

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
            run(&[Command::Previous], data, state, actions);
        } else if p.x > rect.right() - rect.width() / 3.0 {
            run(&[Command::Next], data, state, actions);
        }
    }

    let margin = egui::vec2(
        (rect.width() * 0.05).round(),
        (rect.height() * 0.06).round(),
    );
    let content = rect.shrink2(margin);
    let mut child = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(content)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    scale_text(child.style_mut(), scale);
    match data.slides.get(state.index) {
        Some(slide) => draw_slide(&mut child, data, slide, scale, views, actions),
        None => {
            child.label(
                RichText::new("This data file has no slides.")
                    .size(40.0 * scale)
                    .strong(),
            );
            child.label("Add a `slides` section to the data file to give a talk from it.");
        }
    }

    // Counter and progress: where the talk is.
    let painter = ui.painter();
    let weak = theme::weak_text(ui.visuals());
    painter.text(
        rect.right_bottom() - egui::vec2(16.0, 14.0),
        Align2::RIGHT_BOTTOM,
        format!("{} / {}", state.index + 1, count.max(1)),
        egui::FontId::proportional(16.0 * scale),
        weak,
    );
    let progress = (state.index + 1) as f32 / count.max(1) as f32;
    let bar = egui::Rect::from_min_size(
        rect.left_bottom() - egui::vec2(0.0, 5.0),
        egui::vec2(rect.width() * progress, 5.0),
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
                                .size(28.0 * scale),
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
    if state.show_help {
        help(ui.ctx(), state);
    }
    if state.speaker_open {
        speaker(ui.ctx(), data, state, actions);
    }
}

fn scale_text(style: &mut egui::Style, scale: f32) {
    use egui::{FontFamily, FontId, TextStyle};
    style.text_styles = [
        (
            TextStyle::Small,
            FontId::new(15.0 * scale, FontFamily::Proportional),
        ),
        (
            TextStyle::Body,
            FontId::new(22.0 * scale, FontFamily::Proportional),
        ),
        (
            TextStyle::Button,
            FontId::new(20.0 * scale, FontFamily::Proportional),
        ),
        (
            TextStyle::Heading,
            FontId::new(34.0 * scale, FontFamily::Proportional),
        ),
        (
            TextStyle::Monospace,
            FontId::new(18.0 * scale, FontFamily::Monospace),
        ),
    ]
    .into();
    // Whole points keep text on the pixel grid, so it stays sharp.
    style.spacing.item_spacing = egui::vec2((10.0 * scale).round(), (8.0 * scale).round());
    style.spacing.button_padding = egui::vec2((10.0 * scale).round(), (5.0 * scale).round());
}

fn title(ui: &mut egui::Ui, text: &str, scale: f32) {
    ui.add(egui::Label::new(RichText::new(text).size(44.0 * scale).strong()).wrap());
    ui.add_space(12.0 * scale);
}

fn bullets(ui: &mut egui::Ui, items: &[String]) {
    for item in items {
        ui.horizontal_wrapped(|ui| {
            ui.label("•");
            ui.add(egui::Label::new(item).wrap());
        });
    }
}

fn draw_slide(
    ui: &mut egui::Ui,
    data: &Alliance,
    slide: &Slide,
    scale: f32,
    views: Views<'_>,
    actions: &mut Actions,
) {
    match slide.kind {
        SlideKind::Title => {
            ui.add_space(ui.available_height() * 0.22);
            ui.vertical_centered(|ui| {
                ui.add(
                    egui::Label::new(RichText::new(&slide.title).size(56.0 * scale).strong())
                        .wrap(),
                );
                ui.add_space(16.0 * scale);
                if !data.tagline.is_empty() {
                    ui.add(
                        egui::Label::new(RichText::new(&data.tagline).size(24.0 * scale)).wrap(),
                    );
                }
                bullets(ui, &slide.bullets);
            });
        }
        SlideKind::Background => {
            title(ui, &slide.title, scale);
            let half = ui.available_height() * 0.42;
            egui::ScrollArea::vertical()
                .id_salt("background_points")
                .max_height(half)
                .show(ui, |ui| {
                    // Smaller than other slides' points: the timeline needs the room.
                    scale_text(ui.style_mut(), scale * 0.75);
                    bullets(ui, &slide.bullets);
                });
            ui.add_space(8.0 * scale);
            let mut sink = Actions::default();
            ui.scope(|ui| {
                // The timeline keeps its own, smaller type: it is a chart, not a bullet.
                ui.style_mut().text_styles = egui::Style::default().text_styles;
                timeline::show(
                    ui,
                    data,
                    views.timeline,
                    views.timeline_saved,
                    views.selected,
                    &mut sink,
                );
            });
            // Selecting on the slide is fine; leaving the slide (opening links) is not.
            sink.retain(|a| {
                matches!(
                    a,
                    Action::SelectMilestone(_) | Action::ClearSelection | Action::OpenUrl(_)
                )
            });
            actions.append(sink);
        }
        SlideKind::AddedValue => {
            title(ui, &slide.title, scale);
            for s in &data.added_value.statements {
                ui.add(egui::Label::new(s).wrap());
                ui.add_space(6.0 * scale);
            }
            bullets(ui, &data.added_value.items);
            bullets(ui, &slide.bullets);
        }
        SlideKind::Summit => {
            title(ui, &slide.title, scale);
            let s = &data.summit;
            ui.label(
                RichText::new(format!("{} · {}, {}", s.when(), s.venue, s.city)).size(26.0 * scale),
            );
            ui.add_space(10.0 * scale);
            ui.columns(2, |cols| {
                summit::attendance(&mut cols[0], data);
                bullets(&mut cols[1], &slide.bullets);
            });
        }
        SlideKind::Outcomes => {
            title(ui, &slide.title, scale);
            egui::ScrollArea::vertical()
                .id_salt("outcome_slide")
                .show(ui, |ui| {
                    summit::outcome_grid(ui, data, views.summit, actions);
                });
        }
        SlideKind::Membership => {
            title(ui, &slide.title, scale);
            bullets(ui, &slide.bullets);
            ui.add_space(8.0 * scale);
            membership::breakdown_slide(ui, data, views.membership);
        }
        SlideKind::Video => {
            title(ui, &slide.title, scale);
            bullets(ui, &slide.bullets);
            ui.add_space(24.0 * scale);
            match video_url(data, Some(slide)) {
                Some(url) => {
                    let response = ui
                        .button(RichText::new("Play the summit video").size(32.0 * scale))
                        .on_hover_text(format!("Open {url} in the browser (Enter)"));
                    if response.clicked() {
                        actions.push(Action::OpenUrl(url.clone()));
                    }
                    ui.label(RichText::new(url).color(theme::weak_text(ui.visuals())));
                }
                None => {
                    ui.label("No address is known for the video.");
                }
            }
        }
        SlideKind::Resources => {
            title(ui, &slide.title, scale);
            for r in &data.resources {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(&r.title).strong());
                    if let Some(url) = &r.url {
                        ui.label(
                            RichText::new(url)
                                .size(16.0 * scale)
                                .color(theme::weak_text(ui.visuals())),
                        );
                    }
                });
            }
        }
        SlideKind::ThankYou => {
            ui.add_space(ui.available_height() * 0.3);
            ui.vertical_centered(|ui| {
                ui.label(RichText::new(&slide.title).size(64.0 * scale).strong());
                bullets(ui, &slide.bullets);
            });
        }
        SlideKind::Text => {
            title(ui, &slide.title, scale);
            bullets(ui, &slide.bullets);
        }
    }
}

fn help(ctx: &egui::Context, state: &mut State) {
    let mut open = true;
    egui::Window::new("Presenter shortcuts")
        .open(&mut open)
        .collapsible(false)
        .resizable(false)
        .anchor(Align2::CENTER_CENTER, egui::Vec2::ZERO)
        .show(ctx, |ui| {
            egui::Grid::new("shortcuts")
                .num_columns(2)
                .spacing([24.0, 6.0])
                .show(ui, |ui| {
                    for (keys, what) in SHORTCUTS {
                        ui.label(RichText::new(keys).strong());
                        ui.label(what);
                        ui.end_row();
                    }
                });
        });
    if !open {
        state.show_help = false;
    }
}

/// The speaker view: a second native window where the platform allows, an inner
/// window otherwise.
fn speaker(ctx: &egui::Context, data: &Alliance, state: &mut State, actions: &mut Actions) {
    let builder = egui::ViewportBuilder::default()
        .with_title("Speaker view — WeProtect Global Alliance Explorer")
        .with_app_id("weprotect-explorer-speaker")
        .with_inner_size([900.0, 620.0]);
    let id = egui::ViewportId::from_hash_of("speaker_view");
    let close = ctx.show_viewport_immediate(id, builder, |ui, _class| {
        // Keys pressed while the speaker window has focus drive the talk too.
        let cmds = ui.input(commands);
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
    let next = data.slides.get(state.index + 1);
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(clock_text(state.clock.elapsed()))
                .size(36.0)
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
            run(&[Command::Previous], data, state, actions);
        }
        if ui.button("Next slide").clicked() {
            run(&[Command::Next], data, state, actions);
        }
    });
    ui.separator();
    ui.columns(2, |cols| {
        cols[0].label(RichText::new(format!("Now: slide {} of {count}", state.index + 1)).strong());
        cols[0].label(
            RichText::new(current.map_or("", |s| s.title.as_str()))
                .size(22.0)
                .strong(),
        );
        bullets(&mut cols[0], current.map_or(&[][..], |s| &s.bullets[..]));
        cols[1].label(RichText::new("Next").strong());
        match next {
            Some(n) => {
                cols[1].label(RichText::new(&n.title).size(18.0));
            }
            None => {
                cols[1].label("End of the talk");
            }
        }
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
            ui.add(egui::Label::new(RichText::new(text).size(22.0)).wrap());
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_text_reads_as_minutes_and_hours() {
        assert_eq!(clock_text(Duration::from_secs(0)), "00:00");
        assert_eq!(clock_text(Duration::from_secs(754)), "12:34");
        assert_eq!(clock_text(Duration::from_secs(3725)), "1:02:05");
    }

    #[test]
    fn a_paused_clock_stands_still_and_reset_zeroes_it() {
        let mut c = Clock::default();
        c.start();
        c.toggle();
        let paused = c.elapsed();
        std::thread::sleep(Duration::from_millis(20));
        assert_eq!(c.elapsed(), paused);
        c.reset();
        assert_eq!(c.elapsed(), Duration::ZERO);
        c.toggle();
        assert!(c.is_running());
    }
}
