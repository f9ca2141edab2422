//! The app: the open document, the state kept between runs, the views' own state, and
//! the frame that draws them. The work is split by job: [`document`] (the open data),
//! `chrome` (top bar, menus, banner, status), `platform` (dialog, drop, export on
//! the desktop and in the browser), `page` (the data as a web page), `slides` (the talk
//! as a PDF handout), `keys` (the app's shortcuts), `apply` (where the views' actions
//! take effect) and `announce` (what a screen reader is told of changes that focus does
//! not follow).

use std::path::PathBuf;

use eframe::egui;

use crate::actions::{Action, Actions};
use crate::links::{Opener, SystemOpener};
use crate::views::{
    View, ViewContext, edit, membership, overview, presenter, resources, search, sources, summit,
    timeline,
};

mod announce;
mod apply;
mod autosave;
mod chrome;
mod confirm;
pub mod document;
mod editing;
mod keys;
mod page;
mod platform;
mod saved;
mod slides;
mod style;
mod transfer;

pub use crate::vocabulary::ThemeChoice;
pub use document::Document;
pub use saved::{MAX_RECENT, Saved, ZOOM_RANGE};
pub use style::apply_style;

/// The app's name, as shown in window titles and the desktop entry.
pub const APP_NAME: &str = "WeProtect Global Alliance Explorer";
/// The app's name and version, as an exported page's footer names its maker.
pub fn name_and_version() -> String {
    format!("{APP_NAME} {}", env!("CARGO_PKG_VERSION"))
}

/// The app id: the Wayland app id, the X11 WM class and the desktop entry's name.
pub const APP_ID: &str = "weprotect-explorer";

/// How the app is started.
pub struct AppOptions {
    /// A data file to open instead of the built-in data.
    pub data_path: Option<PathBuf>,
    /// Where links go; tests pass a recorder.
    pub opener: Box<dyn Opener>,
    /// Start in presenter mode (`--present`).
    pub present: bool,
    /// A folder that exported pages go in without asking (tests pass a temporary one).
    pub export_folder: Option<PathBuf>,
    /// A milestone to start on (`--select`, or `#milestone=ID` in the browser).
    pub select: Option<String>,
    /// The system's high-contrast setting as given, instead of asking the system
    /// (tests pass one).
    pub system_high_contrast: Option<Option<bool>>,
    /// The folder where unsaved edits are kept against a crash (beside the saved
    /// state); `None`: not kept.
    pub autosave_dir: Option<PathBuf>,
}

impl Default for AppOptions {
    fn default() -> Self {
        Self {
            data_path: None,
            opener: Box::new(SystemOpener),
            present: false,
            export_folder: None,
            select: None,
            system_high_contrast: None,
            autosave_dir: None,
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
    /// What is kept between runs.
    pub saved: Saved,
    /// The open data and its file.
    pub document: Document,
    pub status: Option<Status>,
    /// What a screen reader was last told of a change (the window's live region).
    pub announcer: announce::Announcer,
    pub overview: overview::State,
    pub timeline: timeline::Runtime,
    pub search: search::State,
    pub summit: summit::State,
    pub resources: resources::State,
    pub sources: sources::State,
    pub membership: membership::State,
    pub presenter: presenter::State,
    /// The saved state was repaired on start: write the repaired one at once, so a
    /// damaged state is not read again on the next start.
    pub state_needs_rewrite: bool,
    /// Where the last picture of a view or web page was saved (tests read it).
    pub last_export: Option<PathBuf>,
    export_folder: Option<PathBuf>,
    /// The milestone to start on, once the data it is in has been read.
    pending_select: Option<String>,
    opener: Box<dyn Opener>,
    platform: platform::Platform,
    /// The window title last sent, so that it is sent only when it changes.
    shown_title: String,
    /// Frames drawn so far (logged at trace level to check that idle means idle).
    frames: u64,
    /// The theme's styles, high contrast or not.
    contrast: style::Contrast,
    /// Edit mode: forms beside the views (off at start, never while presenting).
    pub editing: bool,
    /// A question the person must answer first (unsaved edits, problems on save).
    pub asking: Option<confirm::Ask>,
    /// The person chose to close without saving: the next close request is let through.
    close_allowed: bool,
    /// The edits kept in case of a crash, and what was found of them at start.
    pub autosave: autosave::Autosave,
    /// What the last import took and left, shown until closed.
    pub import_report: Option<transfer::ImportReport>,
}

impl App {
    /// Builds the app once the window exists: restores the saved state, applies the
    /// style, theme and zoom, starts reading the data file and, for `--present`,
    /// starts presenting. Nothing of this is left for the first frame.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> Self {
        platform::mark("app-new");
        let ctx = &cc.egui_ctx;
        let restored = saved::restore(
            cc.storage
                .and_then(|s| s.get_string(eframe::APP_KEY))
                .as_deref(),
        );
        for repair in &restored.repairs {
            log::warn!("{repair}");
        }
        let saved = restored.saved;
        let announcer = announce::Announcer::new(saved.timeline.selected.clone());
        let system = match options.system_high_contrast {
            Some(given) => platform::SystemContrast::fixed(given),
            None => platform::SystemContrast::ask(ctx),
        };
        let mut contrast = style::Contrast::new(system);
        contrast.apply(ctx, saved.theme);
        if ZOOM_RANGE.contains(&saved.zoom) {
            ctx.set_zoom_factor(saved.zoom);
        }
        let document = Document::new(options.data_path);
        let repaint = ctx.clone();
        document.set_waker(move || repaint.request_repaint());
        let mut app = Self {
            saved,
            document,
            status: None,
            announcer,
            overview: overview::State,
            timeline: timeline::Runtime::default(),
            search: search::State::default(),
            summit: summit::State::default(),
            resources: resources::State::default(),
            sources: sources::State::default(),
            membership: membership::State::default(),
            presenter: presenter::State::default(),
            state_needs_rewrite: !restored.repairs.is_empty(),
            last_export: None,
            export_folder: options.export_folder,
            pending_select: options.select,
            opener: options.opener,
            platform: platform::Platform::default(),
            shown_title: String::new(),
            frames: 0,
            contrast,
            editing: false,
            asking: None,
            close_allowed: false,
            autosave: autosave::Autosave::new(options.autosave_dir),
            import_report: None,
        };
        app.after_data_change();
        if options.present {
            app.apply(ctx, Action::Present);
        }
        platform::mark("app-created");
        app
    }

    /// The window title: the deck's title, and the file when it is not the built-in data.
    pub fn title(&self) -> String {
        let data = &self.document.data;
        let base = if data.title.trim().is_empty() {
            APP_NAME.to_owned()
        } else {
            format!("{} — {APP_NAME}", data.title)
        };
        let title = match (&self.document.path, self.document.file_name()) {
            (Some(p), _) if self.document.loading.is_some() => {
                format!("{base} [loading {}]", p.display())
            }
            (Some(_), Some(name)) => format!("{base} [{name}]"),
            _ => base,
        };
        // Before everything else, where a window list or a task bar cuts a long title.
        if self.document.edited {
            format!("• edited — {title}")
        } else {
            title
        }
    }

    /// Draws the current view (or the presentation) and the chrome around it.
    fn draw(&mut self, ui: &mut egui::Ui, actions: &mut Actions) {
        let data = &self.document.data;
        // A copy: the timeline borrows its saved part, selection included, mutably.
        let selected = self.saved.timeline.selected.clone();
        if self.presenter.active {
            // No margin: the slide canvas is fitted to the whole window.
            let frame = egui::Frame::NONE.fill(ui.visuals().panel_fill);
            egui::CentralPanel::default().frame(frame).show(ui, |ui| {
                presenter::show(ui, data, &mut self.presenter, actions);
            });
            return;
        }
        self.top_bar(ui, actions);
        self.error_banner(ui, actions);
        self.status_bar(ui);
        let data = &self.document.data;
        let cx = ViewContext {
            data,
            selected: selected.as_deref(),
            editing: self.editing,
        };
        if self.editing {
            let forms = edit::EditContext {
                data,
                problems: &self.document.problems,
                selected: selected.as_deref(),
            };
            edit::panel(ui, self.saved.view, &forms, actions);
        }
        egui::CentralPanel::default().show(ui, |ui| match self.saved.view {
            View::Overview => overview::show(ui, &cx, &mut self.overview, actions),
            View::Timeline => {
                let mut state = timeline::State {
                    saved: &mut self.saved.timeline,
                    runtime: &mut self.timeline,
                };
                timeline::show(ui, &cx, &mut state, actions);
            }
            View::Membership => membership::show(ui, &cx, &mut self.membership, actions),
            View::Summit => summit::show(ui, &cx, &mut self.summit, actions),
            View::Resources => resources::show(ui, &cx, &mut self.resources, actions),
            View::Sources => sources::show(ui, &cx, &mut self.sources, actions),
        });
        search::show(ui, &cx, &mut self.search, actions);
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.frames += 1;
        if self.frames == 1 {
            platform::mark("first-ui");
            if let Some(started) = crate::STARTED.get() {
                log::debug!("first frame drawn {:?} after start", started.elapsed());
            }
        }
        log::trace!("frame {}", self.frames);
        let title = self.title();
        // The window's accessible name (AT-SPI's frame), which egui leaves empty: a
        // screen reader says it when the window gains focus and lists it among windows.
        ctx.accesskit_node_builder(egui::accesskit_root_id(), |root| {
            root.set_label(title.as_str());
        });
        if title != self.shown_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_title = title;
        }
        self.contrast.follow(&ctx, self.saved.theme);
        self.on_close_request(&ctx);
        self.receive(&ctx);
        self.autosave.tick(&ctx, &self.document);
        let mut actions = Actions::default();
        self.shortcuts(&ctx, &mut actions);
        self.draw(ui, &mut actions);
        self.import_report_window(&ctx);
        self.ask(&ctx);
        self.offer_restore(&ctx);
        for action in actions {
            self.apply(&ctx, action);
        }
        self.announce_changes();
        self.announcer.show(&ctx);
        if !self.presenter.active {
            self.saved.zoom = ctx.zoom_factor();
        }
        if self.frames == 1 {
            platform::mark("first-ui-done");
        }
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
