//! The open data: what is shown, which file it came from, its problems, and the worker
//! that reads and watches that file. Knows nothing of the window: it takes requests
//! (open, reset, poll) and says what happened, for the status bar.

use std::path::{Path, PathBuf};

use crate::data_file::{DataFile, Loaded, Reason};
use crate::model::{Alliance, LoadError, load_default};

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
    file: DataFile,
}

/// What a finished read changed, for the status bar and the views.
pub enum Outcome {
    /// New data is shown; `message` says from where.
    Shown { message: String },
    /// The file could not be used; the last good data stays.
    Refused { message: String },
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
            data,
            loading: path.clone(),
            path,
            error,
            error_dismissed: false,
            showing_builtin: true,
            last_reload: None,
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
        match loaded.result {
            Ok(data) => {
                self.data = data;
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
