//! Builds the whole app in a test harness, with a recording link opener.

#![allow(dead_code)]

pub mod edits;

use std::collections::HashMap;
use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use weprotect_explorer::links::RecordingOpener;
use weprotect_explorer::{App, AppOptions};

pub const SIZE: [f32; 2] = [1280.0, 800.0];

/// The top bar's views, by the names of their tabs.
pub const VIEWS: [&str; 6] = [
    "Overview",
    "Timeline",
    "Membership",
    "Summit & outcomes",
    "Resources",
    "Sources",
];

/// A view's name as a snapshot file names it: "Summit & outcomes" is "summitoutcomes".
pub fn slug(view: &str) -> String {
    view.chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase()
}

/// Whether a node of this role is text a person reads (not a control).
pub fn is_text(role: eframe::egui::accesskit::Role) -> bool {
    use eframe::egui::accesskit::Role;
    matches!(role, Role::Label | Role::Heading | Role::Link)
}

pub struct TestApp {
    pub harness: Harness<'static, App>,
    pub opener: RecordingOpener,
}

/// The app on the built-in data, or on `data_path`, at 1280×800.
pub fn app_with(
    data_path: Option<PathBuf>,
    storage: Option<&MemStorage>,
    size: [f32; 2],
) -> TestApp {
    build(data_path, storage, size, None, None, None, None)
}

/// The app on a system whose high-contrast setting is `high` (`None`: the system says
/// nothing, as where there is no desktop portal).
pub fn app_on_system_contrast(high: Option<bool>) -> TestApp {
    build(None, None, SIZE, None, None, high, None)
}

/// The app started as `--select ID [FILE]` starts it.
pub fn app_selecting(data_path: Option<PathBuf>, id: &str) -> TestApp {
    build(data_path, None, SIZE, None, Some(id.to_owned()), None, None)
}

/// The app on `data_path` (or the built-in data), saving exported pages in `folder`
/// without a dialog.
pub fn app_exporting_to(data_path: Option<PathBuf>, folder: PathBuf) -> TestApp {
    build(data_path, None, SIZE, Some(folder), None, None, None)
}

/// The app on `data_path`, keeping unsaved edits in `folder` as the desktop app keeps
/// them beside its state.
pub fn app_keeping_edits_in(data_path: Option<PathBuf>, folder: PathBuf) -> TestApp {
    build(data_path, None, SIZE, None, None, None, Some(folder))
}

fn build(
    data_path: Option<PathBuf>,
    storage: Option<&MemStorage>,
    size: [f32; 2],
    export_folder: Option<PathBuf>,
    select: Option<String>,
    system_high_contrast: Option<bool>,
    autosave_dir: Option<PathBuf>,
) -> TestApp {
    let opener = RecordingOpener::default();
    let recorder = opener.clone();
    let storage = storage.cloned();
    let harness = Harness::builder()
        .with_size(size)
        .with_max_steps(12)
        // The same system-font fallback as the real window, for characters that
        // egui's bundled fonts lack (the deck's own "→", for one).
        .with_context_setup(|ctx| {
            ctx.add_font_provider(std::sync::Arc::new(
                egui_system_font_provider::SystemFontProvider::new(),
            ));
        })
        .build_eframe(move |cc| {
            // The harness has no storage of its own: hand the app the test's.
            let mut cc = eframe::CreationContext::_new_kittest(cc.egui_ctx.clone());
            cc.storage = storage.as_ref().map(|s| s as &dyn eframe::Storage);
            App::new(
                &cc,
                AppOptions {
                    data_path,
                    opener: Box::new(recorder),
                    present: false,
                    export_folder,
                    select,
                    // Never the machine's own setting: the same answer on every machine.
                    system_high_contrast: Some(system_high_contrast),
                    autosave_dir,
                },
            )
        });
    let mut t = TestApp { harness, opener };
    t.harness.run_ok();
    // A data file is read off the UI thread: wait until it has been.
    t.wait_until("the data file is read", |app| {
        app.document.loading.is_none()
    });
    t
}

pub fn app() -> TestApp {
    app_with(None, None, SIZE)
}

/// The app on a data file holding `text`, which must load without a problem. The
/// folder holding the file goes with the app: the app watches the file.
pub fn app_on(text: &str) -> (TestApp, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("alliance.ron");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let t = app_with(Some(path), None, SIZE);
    assert!(
        t.harness.state().document.error.is_none(),
        "{:?}",
        t.harness.state().document.error
    );
    (t, dir)
}

/// A file dropped on the window, as the desktop hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl eframe::egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

impl TestApp {
    /// Drops the file at `path` on the window, as a person drags it there.
    pub fn drop_file(&mut self, path: &std::path::Path) {
        self.harness
            .input_mut()
            .dropped_files
            .push(std::sync::Arc::new(Dropped(path.to_path_buf())));
        self.harness.run_ok();
    }

    /// Clicks the widget with exactly this accessible label and lets the app settle.
    pub fn click(&mut self, label: &str) {
        // As a person would: scroll it into view, then click it with the mouse.
        self.harness.get_by_label(label).scroll_to_me();
        self.harness.run_ok();
        self.harness.get_by_label(label).click();
        self.harness.run_ok();
    }

    /// Clicks at a point of the window, as a mouse does: for what has no label of its
    /// own there, such as a bar, a slice or a point of a chart.
    pub fn click_at(&mut self, pos: eframe::egui::Pos2) {
        use eframe::egui;
        self.harness.hover_at(pos);
        for pressed in [true, false] {
            self.harness.event(egui::Event::PointerButton {
                pos,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::default(),
            });
        }
        self.harness.run_ok();
    }

    pub fn press(&mut self, key: eframe::egui::Key) {
        self.harness.key_press(key);
        self.harness.run_ok();
    }

    /// The texts the last frame drew, each as laid out (a wrapped text is one).
    pub fn drawn_texts(&self) -> Vec<String> {
        fn collect(shape: &eframe::egui::Shape, out: &mut Vec<String>) {
            match shape {
                eframe::egui::Shape::Text(text) => out.push(text.galley.text().to_owned()),
                eframe::egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        for clipped in &self.harness.output().shapes {
            collect(&clipped.shape, &mut out);
        }
        out
    }

    /// In a talk: → until the next slide shows, then through its build, so that the
    /// whole slide is there, as after a presenter has stepped through it.
    pub fn next_whole_slide(&mut self) {
        let start = self.harness.state().presenter.index;
        for _ in 0..10_000 {
            if self.harness.state().presenter.index != start {
                break;
            }
            self.press(eframe::egui::Key::ArrowRight);
        }
        self.finish_build();
    }

    /// In a talk: → until the slide shown has every step of its build out.
    pub fn finish_build(&mut self) {
        for _ in 0..10_000 {
            let app = self.harness.state();
            let data = &app.document.data;
            let step = data.slides.get(app.presenter.index).and_then(|s| {
                weprotect_explorer::views::presenter::build_step_text(
                    data,
                    s,
                    app.presenter.revealed,
                )
            });
            if step.is_none() {
                break;
            }
            self.press(eframe::egui::Key::ArrowRight);
        }
    }

    pub fn press_with(&mut self, modifiers: eframe::egui::Modifiers, key: eframe::egui::Key) {
        self.harness.key_press_modifiers(modifiers, key);
        self.harness.run_ok();
    }

    /// Runs frames until `done` holds (the file thread works in the background),
    /// failing after 5 seconds.
    pub fn wait_until(&mut self, what: &str, done: impl Fn(&App) -> bool) -> std::time::Duration {
        let start = std::time::Instant::now();
        loop {
            self.harness.step();
            if done(self.harness.state()) {
                self.harness.run_ok();
                return start.elapsed();
            }
            assert!(
                start.elapsed() < std::time::Duration::from_secs(5),
                "timed out waiting until {what}"
            );
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    /// The texts the last frame put on the clipboard.
    pub fn copied(&self) -> Vec<String> {
        self.harness
            .output()
            .platform_output
            .commands
            .iter()
            .filter_map(|c| match c {
                eframe::egui::OutputCommand::CopyText(text) => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    /// The time axis' accessible label: "Time axis from 2011 to 2023; …".
    pub fn axis_label(&self) -> String {
        self.harness
            .get_by_label_contains("Time axis from")
            .accesskit_node()
            .label()
            .unwrap_or_default()
    }

    /// Whether a widget with exactly this label is anywhere on screen (the speaker
    /// view's picture of the next slide may show it a second time).
    pub fn has_label(&self, label: &str) -> bool {
        self.harness.query_all_by_label(label).next().is_some()
    }

    pub fn has_label_containing(&self, part: &str) -> bool {
        self.harness
            .query_all_by_label_contains(part)
            .next()
            .is_some()
    }
}

/// Where the built-in talk has its first slide of `kind` (from 0).
pub fn slide_of(kind: weprotect_explorer::model::SlideKind) -> usize {
    let data = weprotect_explorer::model::load_default().unwrap_or_else(|e| panic!("{e}"));
    data.slides
        .iter()
        .position(|s| s.kind == kind)
        .unwrap_or_else(|| panic!("the talk has a {kind:?} slide"))
}

/// An in-memory stand-in for eframe's state file.
#[derive(Clone, Debug, Default)]
pub struct MemStorage(pub HashMap<String, String>);

impl eframe::Storage for MemStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}
