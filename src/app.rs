//! The app: what is shown, the state kept between runs, and the one place where the
//! actions of the views take effect.

use std::path::PathBuf;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers, RichText};
use serde::{Deserialize, Serialize};

use crate::actions::{Action, Actions};
use crate::links::{self, Opener, SystemOpener};
use crate::model::{Alliance, LoadError, load_default, load_path};
use crate::theme;
use crate::views::{self, View, membership, overview, resources, search, summit, timeline};

/// The app's name, as shown in window titles and the desktop entry.
pub const APP_NAME: &str = "WeProtect Global Alliance Explorer";
/// The app id: the Wayland app id, the X11 WM class and the desktop entry's name.
pub const APP_ID: &str = "weprotect-explorer";

/// Light, dark, or whatever the system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark];

    pub fn label(self) -> &'static str {
        match self {
            ThemeChoice::System => "Follow the system",
            ThemeChoice::Light => "Light",
            ThemeChoice::Dark => "Dark",
        }
    }

    fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        }
    }
}

/// What a person expects to find again after a restart. Unknown or broken fields fall
/// back to their defaults, so an old or damaged state never stops the app.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    pub view: View,
    /// The selected milestone's id.
    pub selected: Option<String>,
    pub theme: ThemeChoice,
    /// UI zoom (Ctrl+= / Ctrl+− / Ctrl+0).
    pub zoom: f32,
    pub timeline: timeline::Saved,
}

impl Default for Saved {
    fn default() -> Self {
        Self {
            view: View::Overview,
            selected: None,
            theme: ThemeChoice::System,
            zoom: 1.0,
            timeline: timeline::Saved::default(),
        }
    }
}

/// How the app is started.
pub struct AppOptions {
    /// A data file to open instead of the built-in data.
    pub data_path: Option<PathBuf>,
    /// Where links go; tests pass a recorder.
    pub opener: Box<dyn Opener>,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            data_path: None,
            opener: Box::new(SystemOpener),
        }
    }
}

/// A short message in the status bar: what just happened, or why it did not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub is_error: bool,
}

pub struct App {
    pub saved: Saved,
    pub data: Alliance,
    /// The open file, or `None` for the built-in data.
    pub data_path: Option<PathBuf>,
    /// Problems of the data file; the data shown is then the last good (or built-in) data.
    pub data_error: Option<LoadError>,
    error_dismissed: bool,
    pub status: Option<Status>,
    pub timeline: timeline::State,
    pub search: search::State,
    pub summit: summit::State,
    pub resources: resources::State,
    pub membership: membership::State,
    opener: Box<dyn Opener>,
    shown_title: String,
    zoom_applied: bool,
    export_pending: bool,
    screenshot: std::sync::Arc<std::sync::Mutex<Option<std::sync::Arc<egui::ColorImage>>>>,
    /// Where the last export went (tests read it).
    pub last_export: Option<PathBuf>,
}

impl App {
    /// Builds the app, restoring the saved state from `storage` if there is one.
    pub fn new(storage: Option<&dyn eframe::Storage>, options: AppOptions) -> Self {
        let saved: Saved = storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        let (data, data_error) = match &options.data_path {
            Some(path) => match load_path(path) {
                Ok(data) => (data, None),
                Err(e) => {
                    log::warn!("{e}");
                    (builtin(), Some(e))
                }
            },
            None => match load_default() {
                Ok(data) => (data, None),
                Err(e) => (Alliance::default(), Some(e)),
            },
        };
        let mut app = Self {
            saved,
            data,
            data_path: options.data_path,
            data_error,
            error_dismissed: false,
            status: None,
            timeline: timeline::State::default(),
            search: search::State::default(),
            summit: summit::State::default(),
            resources: resources::State::default(),
            membership: membership::State::default(),
            opener: options.opener,
            shown_title: String::new(),
            zoom_applied: false,
            export_pending: false,
            screenshot: std::sync::Arc::default(),
            last_export: None,
        };
        app.after_data_change();
        app
    }

    /// Keeps the selection only if it still exists, and lets views rebuild caches.
    fn after_data_change(&mut self) {
        if let Some(id) = &self.saved.selected {
            if !self.data.milestones.iter().any(|m| &m.id == id) {
                self.saved.selected = None;
            }
        }
        self.timeline.data_changed();
    }

    /// The window title: the deck's title, and the file when it is not the built-in data.
    pub fn title(&self) -> String {
        let base = if self.data.title.trim().is_empty() {
            APP_NAME.to_owned()
        } else {
            format!("{} — {APP_NAME}", self.data.title)
        };
        match &self.data_path {
            Some(p) => format!(
                "{base} [{}]",
                p.file_name().map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned())
            ),
            None => base,
        }
    }

    /// Applies one action; the only place where views' requests take effect.
    pub fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Show(view) => self.saved.view = view,
            Action::GoToMilestone(id) => {
                self.saved.view = View::Timeline;
                self.select(&id);
            }
            Action::SelectMilestone(id) => self.select(&id),
            Action::ClearSelection => self.saved.selected = None,
            Action::GoToOutcome(id) => {
                self.saved.view = View::Summit;
                self.summit.selected = Some(id.clone());
                self.summit.highlighted = Some(id);
            }
            Action::GoToResource(id) => {
                self.saved.view = View::Resources;
                self.resources.highlighted = Some(id);
            }
            Action::OpenUrl(url) => self.open_url(&url),
            Action::Copy { text, what } => {
                ctx.copy_text(text);
                self.set_status(format!("Copied {what} to the clipboard."), false);
            }
            Action::OpenSearch => self.search.open(),
            Action::CloseSearch => self.search.close(),
            Action::SetTheme(theme) => {
                self.saved.theme = theme;
                ctx.set_theme(theme.preference());
            }
            Action::DismissError => self.error_dismissed = true,
            Action::ExportPng => {
                self.export_pending = true;
                let slot = self.screenshot.clone();
                let repaint = ctx.clone();
                ctx.request_screenshot(move |image| {
                    if let Ok(mut slot) = slot.lock() {
                        *slot = Some(image);
                    }
                    repaint.request_repaint();
                });
                self.set_status("Taking a picture of the view…".into(), false);
            }
        }
    }

    fn select(&mut self, id: &str) {
        if self.data.milestones.iter().any(|m| m.id == id) {
            self.saved.selected = Some(id.to_owned());
            self.timeline.reveal = true;
        }
    }

    /// Opens a link through the one door, and says what happened.
    fn open_url(&mut self, url: &str) {
        match links::open(self.opener.as_mut(), url) {
            Ok(()) => self.set_status(format!("Opened {url} in the browser."), false),
            Err(e) => {
                log::warn!("{e} ({url:?})");
                self.set_status(e.to_string(), true);
            }
        }
    }

    /// Saves a screenshot that arrived for a pending export.
    fn receive_screenshot(&mut self) {
        if !self.export_pending {
            return;
        }
        let image = self.screenshot.lock().ok().and_then(|mut slot| slot.take());
        let Some(image) = image else {
            return;
        };
        self.export_pending = false;
        let path = crate::export::default_path(self.saved.view.label(), std::time::SystemTime::now());
        match crate::export::save_png(&image, &path) {
            Ok(()) => {
                self.set_status(format!("Saved the view as {}", path.display()), false);
                self.last_export = Some(path);
            }
            Err(e) => self.set_status(format!("The picture was not saved: {e}"), true),
        }
    }

    pub fn set_status(&mut self, text: String, is_error: bool) {
        self.status = Some(Status { text, is_error });
    }

    fn shortcuts(&mut self, ctx: &egui::Context, actions: &mut Actions) {
        let digits = [Key::Num1, Key::Num2, Key::Num3, Key::Num4, Key::Num5];
        for (view, key) in View::ALL.iter().zip(digits) {
            if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key))) {
                actions.push(Action::Show(*view));
            }
        }
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F))) {
            actions.push(Action::OpenSearch);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, Key::S))) {
            actions.push(Action::ExportPng);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Q))) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui, actions: &mut Actions) {
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                for view in View::ALL {
                    let selected = self.saved.view == view;
                    let button = ui
                        .selectable_label(selected, RichText::new(view.label()).size(15.0))
                        .on_hover_text(format!("{} (Ctrl+{})", view.label(), view.number()));
                    if button.clicked() {
                        actions.push(Action::Show(view));
                    }
                }
                ui.separator();
                if ui
                    .button("Search")
                    .on_hover_text("Search milestones, outcomes and resources (Ctrl+F)")
                    .clicked()
                {
                    actions.push(Action::OpenSearch);
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    egui::ComboBox::new("theme", "Theme")
                        .selected_text(self.saved.theme.label())
                        .show_ui(ui, |ui| {
                            for choice in ThemeChoice::ALL {
                                if ui
                                    .selectable_label(self.saved.theme == choice, choice.label())
                                    .clicked()
                                {
                                    actions.push(Action::SetTheme(choice));
                                }
                            }
                        })
                        .response
                        .on_hover_text("Colour theme; Ctrl+= and Ctrl+− change the size, Ctrl+0 resets it");
                });
            });
            ui.add_space(2.0);
        });
    }

    fn error_banner(&mut self, ui: &mut egui::Ui, actions: &mut Actions) {
        let Some(error) = &self.data_error else {
            return;
        };
        if self.error_dismissed {
            return;
        }
        let visuals = ui.visuals().clone();
        let fill = if visuals.dark_mode {
            egui::Color32::from_rgb(0x4a, 0x14, 0x14)
        } else {
            egui::Color32::from_rgb(0xfd, 0xe8, 0xe8)
        };
        let text_color = if visuals.dark_mode {
            egui::Color32::from_rgb(0xff, 0xd0, 0xd0)
        } else {
            egui::Color32::from_rgb(0x80, 0x00, 0x00)
        };
        egui::Panel::top("data_error")
            .frame(egui::Frame::new().fill(fill).inner_margin(8.0))
            .show(ui, |ui| {
                let count = error.problems.len();
                let shown = if self.data_path.is_some() {
                    "The app is showing the last good data."
                } else {
                    "The app is showing the built-in data."
                };
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "{} has {count} problem{}. {shown}",
                            error.file,
                            if count == 1 { "" } else { "s" }
                        ))
                        .strong()
                        .color(text_color),
                    );
                    if ui.button("Copy problems").clicked() {
                        actions.push(Action::Copy {
                            text: error.to_string(),
                            what: "the problems".into(),
                        });
                    }
                    if ui.button("Dismiss").clicked() {
                        actions.push(Action::DismissError);
                    }
                });
                egui::ScrollArea::vertical()
                    .max_height(160.0)
                    .id_salt("problems")
                    .show(ui, |ui| {
                        for p in error.problems.iter().take(50) {
                            ui.label(RichText::new(p.render(&error.file)).color(text_color));
                            if let Some(excerpt) = p.excerpt() {
                                ui.label(RichText::new(excerpt).monospace().color(text_color));
                            }
                        }
                        if count > 50 {
                            ui.label(
                                RichText::new(format!("… and {} more", count - 50)).color(text_color),
                            );
                        }
                    });
            });
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        let Some(status) = &self.status else {
            return;
        };
        let color = if status.is_error {
            theme::error_text(ui.visuals())
        } else {
            theme::weak_text(ui.visuals())
        };
        let text = status.text.clone();
        let mut close = false;
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(text).color(color));
                if ui.small_button("×").on_hover_text("Hide this message").clicked() {
                    close = true;
                }
            });
        });
        if close {
            self.status = None;
        }
    }
}

fn builtin() -> Alliance {
    load_default().unwrap_or_default()
}

/// Makes keyboard focus unmistakable: focused widgets get a thick outline.
pub fn apply_style(ctx: &egui::Context) {
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        ctx.style_mut_of(theme, |style| {
            use egui::{FontFamily, FontId, TextStyle};
            style.text_styles = [
                (TextStyle::Small, FontId::new(12.5, FontFamily::Proportional)),
                (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
                (TextStyle::Button, FontId::new(15.0, FontFamily::Proportional)),
                (TextStyle::Heading, FontId::new(22.0, FontFamily::Proportional)),
                (TextStyle::Monospace, FontId::new(13.5, FontFamily::Monospace)),
            ]
            .into();
            // Body text a little stronger than egui's default grey, for long reading.
            style.visuals.widgets.noninteractive.fg_stroke.color = if style.visuals.dark_mode {
                egui::Color32::from_gray(215)
            } else {
                egui::Color32::from_gray(35)
            };
            let accent = style.visuals.selection.stroke.color;
            style.visuals.widgets.active.bg_stroke = egui::Stroke::new(2.5, accent);
            style.spacing.item_spacing = egui::vec2(8.0, 6.0);
            style.spacing.button_padding = egui::vec2(8.0, 4.0);
            style.interaction.tooltip_delay = 0.2;
        });
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        if !self.zoom_applied {
            self.zoom_applied = true;
            ctx.set_theme(self.saved.theme.preference());
            if self.saved.zoom.is_finite() && (0.5..=3.0).contains(&self.saved.zoom) {
                ctx.set_zoom_factor(self.saved.zoom);
            }
        }
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }

        self.receive_screenshot();
        let mut actions = Actions::default();
        self.shortcuts(&ctx, &mut actions);
        self.top_bar(ui, &mut actions);
        self.error_banner(ui, &mut actions);
        self.status_bar(ui);
        egui::CentralPanel::default().show(ui, |ui| match self.saved.view {
            View::Overview => overview::show(ui, &self.data, &mut actions),
            View::Timeline => timeline::show(
                ui,
                &self.data,
                &mut self.timeline,
                &mut self.saved.timeline,
                self.saved.selected.as_deref(),
                &mut actions,
            ),
            View::Membership => membership::show(ui, &self.data, &mut self.membership, &mut actions),
            View::Summit => summit::show(ui, &self.data, &mut self.summit, &mut actions),
            View::Resources => resources::show(ui, &self.data, &mut self.resources, &mut actions),
        });
        search::show(&ctx, &self.data, &mut self.search, &mut actions);

        for action in actions.0 {
            self.apply(&ctx, action);
        }
        self.saved.zoom = ctx.zoom_factor();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.saved);
    }
}

/// A short "Go to" button used by several views.
pub fn nav_button(ui: &mut egui::Ui, view: View, text: &str, actions: &mut Actions) {
    if ui.button(text).clicked() {
        actions.push(Action::Show(view));
    }
}

pub use views::heading;
