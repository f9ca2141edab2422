//! The app: what is shown, the state kept between runs, and the one place where the
//! actions of the views take effect.

use std::path::PathBuf;

use eframe::egui::{self, Key, KeyboardShortcut, Modifiers, RichText};
use serde::{Deserialize, Serialize};

use crate::actions::{Action, Actions};
use crate::links::{self, Opener, SystemOpener};
use crate::model::{Alliance, LoadError, load_default};
use crate::source::{Loaded, Reason, Source};
use crate::theme;
mod saved;

pub use saved::{MAX_RECENT, Saved, ZOOM_RANGE};

use crate::views::{View, membership, overview, presenter, resources, search, summit, timeline};

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

/// How the app is started.
pub struct AppOptions {
    /// A data file to open instead of the built-in data.
    pub data_path: Option<PathBuf>,
    /// Where links go; tests pass a recorder.
    pub opener: Box<dyn Opener>,
    /// Start in presenter mode (`--present`).
    pub present: bool,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            data_path: None,
            opener: Box::new(SystemOpener),
            present: false,
        }
    }
}

#[cfg(target_arch = "wasm32")]
type WebFiles = (
    std::sync::mpsc::Sender<(String, Result<Vec<u8>, String>)>,
    std::sync::mpsc::Receiver<(String, Result<Vec<u8>, String>)>,
);

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
    /// The data on screen is the built-in data, not the file's.
    pub showing_builtin: bool,
    error_dismissed: bool,
    pub status: Option<Status>,
    pub timeline: timeline::State,
    pub search: search::State,
    pub summit: summit::State,
    pub resources: resources::State,
    pub membership: membership::State,
    pub presenter: presenter::State,
    /// Start presenting on the first frame (`--present`).
    present_on_start: bool,
    /// The saved state was repaired on start: write the repaired one at once, so a
    /// damaged state is not read again on the next start.
    pub state_needs_rewrite: bool,
    opener: Box<dyn Opener>,
    shown_title: String,
    zoom_applied: bool,
    #[cfg(not(target_arch = "wasm32"))]
    export_pending: bool,
    /// Frames drawn so far (logged at trace level to check that idle means idle).
    frames: u64,
    source: Source,
    /// The file being read for the first time (the built-in data shows meanwhile).
    pub loading: Option<PathBuf>,
    /// A file dialog running on its own thread.
    dialog: Option<std::sync::mpsc::Receiver<Option<PathBuf>>>,
    /// Files picked or dropped in the browser, as (name, bytes).
    #[cfg(target_arch = "wasm32")]
    web_files: WebFiles,
    /// How long the last reload took, from the file's change to the new data.
    pub last_reload: Option<std::time::Duration>,
    #[cfg(not(target_arch = "wasm32"))]
    screenshot: std::sync::Arc<std::sync::Mutex<Option<std::sync::Arc<egui::ColorImage>>>>,
    /// Where the last export went (tests read it).
    pub last_export: Option<PathBuf>,
}

impl App {
    /// Builds the app, restoring the saved state from `storage` if there is one.
    pub fn new(storage: Option<&dyn eframe::Storage>, options: AppOptions) -> Self {
        let restored = saved::restore(
            storage
                .and_then(|s| s.get_string(eframe::APP_KEY))
                .as_deref(),
        );
        for repair in &restored.repairs {
            log::warn!("{repair}");
        }
        let saved = restored.saved;
        let state_needs_rewrite = !restored.repairs.is_empty();
        let (data, data_error) = match load_default() {
            Ok(data) => (data, None),
            Err(e) => (Alliance::default(), Some(e)),
        };
        let mut source = Source::new();
        let loading = options.data_path.clone();
        if let Some(path) = &loading {
            source.open(path);
        }
        let showing_builtin = true;
        let mut app = Self {
            saved,
            data,
            data_path: options.data_path,
            showing_builtin,
            data_error,
            error_dismissed: false,
            status: None,
            timeline: timeline::State::default(),
            search: search::State::default(),
            summit: summit::State::default(),
            resources: resources::State::default(),
            membership: membership::State::default(),
            presenter: presenter::State::default(),
            present_on_start: options.present,
            state_needs_rewrite,
            opener: options.opener,
            shown_title: String::new(),
            zoom_applied: false,
            #[cfg(not(target_arch = "wasm32"))]
            export_pending: false,
            frames: 0,
            source,
            loading,
            dialog: None,
            #[cfg(target_arch = "wasm32")]
            web_files: std::sync::mpsc::channel(),
            last_reload: None,
            #[cfg(not(target_arch = "wasm32"))]
            screenshot: std::sync::Arc::default(),
            last_export: None,
        };
        app.after_data_change();
        app
    }

    /// Keeps the selection only if it still exists, and lets views rebuild caches.
    fn after_data_change(&mut self) {
        if let Some(id) = &self.saved.selected
            && !self.data.milestones.iter().any(|m| &m.id == id)
        {
            self.saved.selected = None;
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
            Some(p) if self.loading.is_some() => format!("{base} [loading {}]", p.display()),
            Some(p) => format!(
                "{base} [{}]",
                p.file_name().map_or_else(
                    || p.display().to_string(),
                    |n| n.to_string_lossy().into_owned()
                )
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
            Action::Present => {
                let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                self.presenter.start(self.saved.view, fullscreen);
                self.search.close();
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
            }
            Action::StopPresenting => {
                self.presenter.active = false;
                self.presenter.speaker_open = false;
                self.saved.view = self.presenter.return_to;
                if !self.presenter.was_fullscreen {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                }
            }
            Action::ToggleFullscreen => {
                let fullscreen = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!fullscreen));
            }
            Action::OpenDialog => self.open_dialog(ctx),
            Action::OpenFile(path) => self.open_path(path),
            Action::ResetToBuiltin => {
                self.source.stop();
                self.data_path = None;
                self.loading = None;
                self.data = builtin();
                self.data_error = None;
                self.showing_builtin = true;
                self.after_data_change();
                self.set_status("Showing the built-in data.".into(), false);
            }
            #[cfg(target_arch = "wasm32")]
            Action::ExportPng => self.set_status(
                "Saving a picture is not available in the browser; use the browser's screenshot tool.".into(),
                true,
            ),
            #[cfg(not(target_arch = "wasm32"))]
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

    /// Opens a data file: read off the UI thread, then watched for changes.
    pub fn open_path(&mut self, path: PathBuf) {
        self.source.open(&path);
        self.set_status(format!("Opening {}…", path.display()), false);
        self.loading = Some(path.clone());
        self.data_path = Some(path);
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn open_dialog(&mut self, ctx: &egui::Context) {
        if self.dialog.is_some() {
            return;
        }
        let (tx, rx) = std::sync::mpsc::channel();
        let ctx = ctx.clone();
        let start = self
            .data_path
            .as_ref()
            .and_then(|p| p.parent())
            .map(std::path::Path::to_path_buf);
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let mut dialog = rfd::FileDialog::new()
                    .set_title("Open a data file")
                    .add_filter("RON data file", &["ron"])
                    .add_filter("All files", &["*"]);
                if let Some(dir) = start {
                    dialog = dialog.set_directory(dir);
                }
                let _ = tx.send(dialog.pick_file());
                ctx.request_repaint();
            });
        match spawned {
            Ok(_) => self.dialog = Some(rx),
            Err(e) => self.set_status(format!("The file dialog could not be opened: {e}"), true),
        }
    }

    /// In the browser: the browser's file picker; the file arrives as bytes.
    #[cfg(target_arch = "wasm32")]
    fn open_dialog(&mut self, ctx: &egui::Context) {
        let tx = self.web_files.0.clone();
        let ctx = ctx.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let picked = rfd::AsyncFileDialog::new()
                .set_title("Open a data file")
                .add_filter("RON data file", &["ron"])
                .pick_file()
                .await;
            if let Some(file) = picked {
                let _ = tx.send((file.file_name(), Ok(file.read().await)));
            }
            ctx.request_repaint();
        });
    }

    /// Takes what the file thread and the file dialog have finished.
    fn receive_files(&mut self, ctx: &egui::Context) {
        let _ = self.source.waker.get_or_init(|| {
            let ctx = ctx.clone();
            Box::new(move || ctx.request_repaint())
        });
        if let Some(rx) = &self.dialog {
            match rx.try_recv() {
                Ok(Some(path)) => {
                    self.dialog = None;
                    self.open_path(path);
                }
                Ok(None) | Err(std::sync::mpsc::TryRecvError::Disconnected) => self.dialog = None,
                Err(std::sync::mpsc::TryRecvError::Empty) => {}
            }
        }
        if let Some(loaded) = self.source.poll() {
            self.apply_loaded(loaded);
        }
        self.receive_dropped(ctx);
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn receive_dropped(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .filter(|p| !p.as_os_str().is_empty())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            if path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("ron"))
            {
                self.open_path(path);
            } else {
                self.set_status(format!("{} is not a .ron data file.", path.display()), true);
            }
        }
    }

    /// In the browser a dropped file has no path: its bytes are read asynchronously.
    #[cfg(target_arch = "wasm32")]
    fn receive_dropped(&mut self, ctx: &egui::Context) {
        let dropped: Vec<_> = ctx.input(|i| i.raw.dropped_files.clone());
        for file in dropped.into_iter().take(1) {
            let name = file.path().display().to_string();
            if !name.to_lowercase().ends_with(".ron") {
                self.set_status(format!("{name} is not a .ron data file."), true);
                continue;
            }
            let tx = self.web_files.0.clone();
            let ctx = ctx.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let bytes = file.bytes_async().await;
                let _ = tx.send((name, bytes));
                ctx.request_repaint();
            });
        }
        while let Ok((name, bytes)) = self.web_files.1.try_recv() {
            match bytes {
                Ok(bytes) => {
                    self.source.open_bytes(&name, &bytes);
                    self.loading = Some(PathBuf::from(&name));
                    self.data_path = Some(PathBuf::from(name));
                }
                Err(e) => self.set_status(format!("{name} could not be read: {e}"), true),
            }
        }
        if let Some(loaded) = self.source.poll() {
            self.apply_loaded(loaded);
        }
    }

    fn apply_loaded(&mut self, loaded: Loaded) {
        let name = loaded.path.display().to_string();
        self.loading = None;
        match loaded.result {
            Ok(data) => {
                self.data = data;
                self.data_error = None;
                self.showing_builtin = false;
                self.after_data_change();
                self.saved.recent.retain(|p| p != &loaded.path);
                self.saved.recent.insert(0, loaded.path.clone());
                self.saved.recent.truncate(MAX_RECENT);
                match loaded.reason {
                    Reason::Opened => self.set_status(format!("Opened {name}."), false),
                    Reason::Changed => {
                        let took = loaded.since.elapsed();
                        self.last_reload = Some(took);
                        log::debug!("reloaded {name} {took:?} after the change");
                        self.set_status(format!("Reloaded {name} after a change."), false);
                    }
                }
            }
            Err(e) => {
                log::warn!("{e}");
                self.set_status(
                    format!("{name} could not be used; see the problems above."),
                    true,
                );
                self.data_error = Some(e);
                self.error_dismissed = false;
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
            Ok(opened) => self.set_status(format!("Opened {opened} in the browser."), false),
            Err(e) => {
                log::warn!("{e} ({url:?})");
                self.set_status(e.to_string(), true);
            }
        }
    }

    /// Saves a screenshot that arrived for a pending export.
    #[cfg(target_arch = "wasm32")]
    fn receive_screenshot(&mut self) {}

    #[cfg(not(target_arch = "wasm32"))]
    fn receive_screenshot(&mut self) {
        if !self.export_pending {
            return;
        }
        let image = self.screenshot.lock().ok().and_then(|mut slot| slot.take());
        let Some(image) = image else {
            return;
        };
        self.export_pending = false;
        let stem = crate::export::file_stem(self.saved.view.label(), std::time::SystemTime::now());
        match crate::export::save_png(&image, &crate::export::pictures_folder(), &stem) {
            Ok(path) => {
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
            if ctx
                .input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, key)))
            {
                actions.push(Action::Show(*view));
            }
        }
        if !self.presenter.active && ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::F5)) {
            actions.push(Action::Present);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::O)))
        {
            actions.push(Action::OpenDialog);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)))
        {
            actions.push(Action::OpenSearch);
        }
        if ctx.input_mut(|i| {
            i.consume_shortcut(&KeyboardShortcut::new(
                Modifiers::COMMAND | Modifiers::SHIFT,
                Key::S,
            ))
        }) {
            actions.push(Action::ExportPng);
        }
        if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Q)))
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui, actions: &mut Actions) {
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.add_space(4.0);
            ui.horizontal_wrapped(|ui| {
                self.file_menu(ui, actions);
                ui.separator();
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
                    .button("Present")
                    .on_hover_text("Give the talk from the app, full screen (F5)")
                    .clicked()
                {
                    actions.push(Action::Present);
                }
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
                        .on_hover_text(
                            "Colour theme; Ctrl+= and Ctrl+− change the size, Ctrl+0 resets it",
                        );
                });
            });
            ui.add_space(2.0);
        });
    }

    fn file_menu(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        ui.menu_button("File", |ui| {
            if ui.button("Open data file… (Ctrl+O)").clicked() {
                actions.push(Action::OpenDialog);
                ui.close();
            }
            if ui
                .add_enabled(
                    self.data_path.is_some(),
                    egui::Button::new("Reset to built-in data"),
                )
                .clicked()
            {
                actions.push(Action::ResetToBuiltin);
                ui.close();
            }
            ui.separator();
            if self.saved.recent.is_empty() {
                ui.label(RichText::new("No recent files").color(theme::weak_text(ui.visuals())));
            } else {
                ui.label(RichText::new("Recent files").strong());
                for path in &self.saved.recent {
                    let name = path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    let response = ui.button(&name).on_hover_text(path.display().to_string());
                    let label = format!("Open recent file {}", path.display());
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, &label)
                    });
                    if response.clicked() {
                        actions.push(Action::OpenFile(path.clone()));
                        ui.close();
                    }
                }
            }
            ui.separator();
            if ui.button("Quit (Ctrl+Q)").clicked() {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
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
                let shown = if self.showing_builtin {
                    "The app is showing the built-in data."
                } else {
                    "The app is showing the last good data."
                };
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "{} has {}. {shown}",
                            error.file,
                            error.count_text()
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
                        for p in &error.problems {
                            ui.label(RichText::new(p.render(&error.file)).color(text_color));
                            if let Some(excerpt) = p.excerpt() {
                                ui.label(RichText::new(excerpt).monospace().color(text_color));
                            }
                        }
                        if let Some(more) = error.more_text() {
                            ui.label(RichText::new(more).color(text_color));
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
                if ui
                    .small_button("×")
                    .on_hover_text("Hide this message")
                    .clicked()
                {
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
                (
                    TextStyle::Small,
                    FontId::new(12.5, FontFamily::Proportional),
                ),
                (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
                (
                    TextStyle::Button,
                    FontId::new(15.0, FontFamily::Proportional),
                ),
                (
                    TextStyle::Heading,
                    FontId::new(22.0, FontFamily::Proportional),
                ),
                (
                    TextStyle::Monospace,
                    FontId::new(13.5, FontFamily::Monospace),
                ),
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
        self.frames += 1;
        if self.frames == 1
            && let Some(started) = crate::STARTED.get()
        {
            log::debug!("first frame drawn {:?} after start", started.elapsed());
        }
        log::trace!("frame {}", self.frames);
        if !self.zoom_applied {
            self.zoom_applied = true;
            ctx.set_theme(self.saved.theme.preference());
            if self.saved.zoom.is_finite() && ZOOM_RANGE.contains(&self.saved.zoom) {
                ctx.set_zoom_factor(self.saved.zoom);
            }
        }
        let title = self.title();
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }

        self.receive_screenshot();
        self.receive_files(&ctx);
        let mut actions = Actions::default();
        if std::mem::take(&mut self.present_on_start) {
            actions.push(Action::Present);
        }
        self.shortcuts(&ctx, &mut actions);
        if self.presenter.active {
            egui::CentralPanel::default().show(ui, |ui| {
                let views = presenter::Views {
                    timeline: &mut self.timeline,
                    selected: self.saved.selected.as_deref(),
                };
                presenter::show(ui, &self.data, &mut self.presenter, views, &mut actions);
            });
            for action in actions {
                self.apply(&ctx, action);
            }
            return;
        }
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
            View::Membership => {
                membership::show(ui, &self.data, &mut self.membership, &mut actions)
            }
            View::Summit => summit::show(ui, &self.data, &mut self.summit, &mut actions),
            View::Resources => resources::show(ui, &self.data, &mut self.resources, &mut actions),
        });
        search::show(&ctx, &self.data, &mut self.search, &mut actions);

        for action in actions {
            self.apply(&ctx, action);
        }
        self.saved.zoom = ctx.zoom_factor();
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.saved);
        self.state_needs_rewrite = false;
    }

    fn auto_save_interval(&self) -> std::time::Duration {
        if self.state_needs_rewrite {
            std::time::Duration::ZERO
        } else {
            std::time::Duration::from_secs(30)
        }
    }
}
