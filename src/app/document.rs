//! The open data: what is shown, which file it came from, its problems, and the worker
//! that reads and watches that file. Knows nothing of the window: it takes requests
//! (open, reset, poll) and says what happened, for the status bar.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::data_file::{DataFile, Loaded, Reason};
use crate::edit::{History, Part};
use crate::model::{
    Alliance, DEFAULT_RON, LoadError, MAX_PROBLEMS, Problem, load_default, validate,
};

/// The data the app shows and where it came from.
pub struct Document {
    pub data: Alliance,
    /// The open file, or `None` for the built-in data.
    pub path: Option<PathBuf>,
    /// Problems of the data file; the data shown is then the last good (or built-in) data.
    pub error: Option<LoadError>,
    /// The person closed the problems banner (it comes back with the next problem).
    pub error_dismissed: bool,
    /// The data on screen is the built-in data, not the file's.
    pub showing_builtin: bool,
    /// The file being read for the first time (the built-in data shows meanwhile).
    pub loading: Option<PathBuf>,
    /// How long the last reload took, from the file's change to the new data.
    pub last_reload: Option<std::time::Duration>,
    /// The text the data was read from (the built-in text for the built-in data): a
    /// save makes the edits in it and keeps everything else as the person wrote it.
    pub text: Arc<str>,
    /// The data that text holds: what the edits are counted from.
    pub base: Alliance,
    /// The edits since the file was read or saved, for undo and redo.
    pub history: History,
    /// The data on screen differs from the file's: the title says "edited".
    pub edited: bool,
    /// What the checker finds in the edited data, shown beside the fields.
    pub problems: Vec<Problem>,
    /// The text of the app's own last save: when the watcher reports it, it is not an
    /// outside change.
    written: Option<Arc<str>>,
    file: DataFile,
}

/// What a finished read changed, for the status bar and the views.
pub enum Outcome {
    /// New data is shown; `message` says from where.
    Shown { message: String },
    /// The file could not be used; the last good data stays.
    Refused { message: String },
    /// The read found what is already shown (the app's own save).
    Unchanged,
    /// The file changed outside the app while it has edits here, which are kept.
    Kept { message: String },
}

impl Document {
    /// The built-in data, and `path` being read on the worker if there is one.
    pub fn new(path: Option<PathBuf>) -> Self {
        let (data, error) = match load_default() {
            Ok(data) => (data, None),
            Err(e) => (Alliance::default(), Some(e)),
        };
        let mut file = DataFile::new();
        if let Some(path) = &path {
            file.open(path);
        }
        Self {
            loading: path.clone(),
            path,
            error,
            error_dismissed: false,
            showing_builtin: true,
            last_reload: None,
            text: Arc::from(DEFAULT_RON),
            base: data.clone(),
            data,
            history: History::default(),
            edited: false,
            problems: Vec::new(),
            written: None,
            file,
        }
    }

    /// Wakes the UI when a read finishes (set once, when the window exists).
    pub fn set_waker(&self, wake: impl Fn() + Send + Sync + 'static) {
        let _ = self.file.waker.get_or_init(|| Box::new(wake));
    }

    /// Starts reading `path` off the UI thread; it is watched from then on.
    pub fn open(&mut self, path: PathBuf) {
        self.file.open(&path);
        self.loading = Some(path.clone());
        self.path = Some(path);
    }

    /// In the browser: a file handed over as bytes.
    #[cfg(target_arch = "wasm32")]
    pub fn open_bytes(&mut self, name: &str, bytes: &[u8]) {
        self.file.open_bytes(name, bytes);
        self.loading = Some(PathBuf::from(name));
        self.path = Some(PathBuf::from(name));
    }

    /// Back to the data built into the app; the file is no longer watched.
    pub fn reset_to_builtin(&mut self) {
        self.file.stop();
        self.path = None;
        self.loading = None;
        self.data = load_default().unwrap_or_default();
        self.error = None;
        self.showing_builtin = true;
        self.read_afresh(Arc::from(DEFAULT_RON));
    }

    /// The data on screen is now the text's, with no edits.
    fn read_afresh(&mut self, text: Arc<str>) {
        self.text = text;
        self.base = self.data.clone();
        self.history.clear();
        self.edited = false;
        self.problems.clear();
    }

    /// Back to the data the text holds, every edit dropped.
    pub fn drop_edits(&mut self) {
        self.data = self.base.clone();
        self.history.clear();
        self.edited = false;
        self.problems.clear();
    }

    /// Applies one edit; false when it named an item that is not there.
    pub fn edit(&mut self, part: Part, run: Option<u64>) -> bool {
        let changed = self.history.edit(&mut self.data, part, run);
        if changed {
            self.after_edit();
        }
        changed
    }

    /// Takes back the last edit; returns what it was about.
    pub fn undo(&mut self) -> Option<&'static str> {
        let what = self.history.undo(&mut self.data)?;
        self.after_edit();
        Some(what)
    }

    /// Does again the last edit undone.
    pub fn redo(&mut self) -> Option<&'static str> {
        let what = self.history.redo(&mut self.data)?;
        self.after_edit();
        Some(what)
    }

    /// Checks the edited data as the loader would, so that a problem shows beside its
    /// field as it is typed.
    fn after_edit(&mut self) {
        self.edited = self.data != self.base;
        self.problems = validate(&self.data, MAX_PROBLEMS).0;
    }

    /// The text a save writes: the file's text with the edits made in it. The data is
    /// first put as the loader would read it back (an address typed as
    /// `https://www.weprotect.org` is written out as `https://www.weprotect.org/`), so
    /// that what is saved opens as what is shown.
    pub fn text_to_save(&mut self) -> Result<String, String> {
        let settled = crate::model::load::settle(self.data.clone());
        if settled != self.data {
            self.data = settled;
            self.after_edit();
        }
        crate::edit::file_text(&self.text, &self.base, &self.data)
    }

    /// The data was written to `path` as `text`: that is the file now, and a change
    /// the watcher reports with this text is the app's own.
    pub fn saved_as(&mut self, path: PathBuf, text: Arc<str>) {
        if self.path.as_ref() != Some(&path) {
            self.file.open(&path);
            self.loading = None;
            self.path = Some(path);
        }
        self.showing_builtin = false;
        self.written = Some(text.clone());
        self.text = text;
        self.base = self.data.clone();
        self.edited = false;
        self.history.close_run();
    }

    /// Takes the newest finished read, if any, and applies it.
    pub fn poll(&mut self) -> Option<(Outcome, PathBuf)> {
        let loaded = self.file.poll()?;
        let path = loaded.path.clone();
        Some((self.apply(loaded), path))
    }

    fn apply(&mut self, loaded: Loaded) -> Outcome {
        let name = loaded.path.display().to_string();
        self.loading = None;
        let own_save = loaded.text.is_some() && loaded.text == self.written;
        match loaded.result {
            // The watcher saw the app's own save, or the file this window saved into
            // being read: nothing changed.
            Ok(_) if own_save => Outcome::Unchanged,
            // Someone else changed the file while it has edits here: the edits win
            // until the person chooses (saving writes over that change).
            Ok(_) if self.edited => Outcome::Kept {
                message: format!(
                    "{name} changed on disk; your unsaved edits are kept, and saving will replace that change."
                ),
            },
            Ok(data) => {
                self.data = data;
                self.read_afresh(loaded.text.unwrap_or_else(|| Arc::from("")));
                self.error = None;
                self.showing_builtin = false;
                let message = match loaded.reason {
                    Reason::Opened => format!("Opened {name}."),
                    Reason::Changed => {
                        let took = loaded.since.elapsed();
                        self.last_reload = Some(took);
                        log::debug!("reloaded {name} {took:?} after the change");
                        format!("Reloaded {name} after a change.")
                    }
                };
                Outcome::Shown { message }
            }
            Err(e) => {
                log::warn!("{e}");
                self.error = Some(e);
                self.error_dismissed = false;
                Outcome::Refused {
                    message: format!("{name} could not be used; see the problems above."),
                }
            }
        }
    }

    /// The file's name for the window title, or `None` for the built-in data.
    pub fn file_name(&self) -> Option<String> {
        let path: &Path = self.path.as_deref()?;
        Some(path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        ))
    }
}
