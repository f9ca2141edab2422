//! The one door for data files: opening, reading off the UI thread, and reloading
//! when the file changes on disk.
//!
//! A worker thread owns the file watcher. It watches the file's folder, not the file:
//! editors save by writing a new file and renaming it over the old one, which a watch
//! on the file alone misses. Bursts of events are debounced, the file is read and
//! checked on the worker, and the result is handed to the UI, which wakes up for it.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use web_time::Instant;

use crate::model::{Alliance, LoadError};

#[cfg(not(target_arch = "wasm32"))]
pub use native::{DEBOUNCE, DataFile, MAX_WAIT};
#[cfg(target_arch = "wasm32")]
pub use web::DataFile;

/// Why a file was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    Opened,
    Changed,
}

/// A finished read of the data file.
#[derive(Debug)]
pub struct Loaded {
    pub path: PathBuf,
    pub reason: Reason,
    pub result: Result<Alliance, LoadError>,
    /// The text that was read, when it loaded: what a save of edits changes, and how
    /// the app knows its own save when the watcher reports it.
    pub text: Option<Arc<str>>,
    /// When the change that caused this read was first seen (for the reload latency).
    pub since: Instant,
    /// Which `open` this read belongs to; reads of a file no longer open are dropped.
    pub generation: u64,
}

/// Something that wakes the UI when a read is ready.
pub type Waker = Arc<OnceLock<Box<dyn Fn() + Send + Sync>>>;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::{Path, PathBuf};
    use std::sync::Arc;
    use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
    use std::time::Duration;

    use notify::{RecursiveMode, Watcher};
    use web_time::Instant;

    use super::{Loaded, Reason, Waker};
    use crate::model::{Alliance, LoadError, load_path_keeping_text};

    /// How long the folder must be quiet after a change before the file is read again.
    /// Saving writes several events within a few milliseconds; this waits them out.
    pub const DEBOUNCE: Duration = Duration::from_millis(150);

    /// The longest a change waits to be read while the file keeps changing: a program
    /// that writes the file every 100 ms must not keep the window stale for ever.
    pub const MAX_WAIT: Duration = Duration::from_secs(1);

    enum Message {
        Open(PathBuf, u64),
        Stop,
        Changed(notify::Result<notify::Event>),
    }

    /// Handle to the worker thread.
    pub struct DataFile {
        tx: Sender<Message>,
        rx: Receiver<Loaded>,
        generation: u64,
        /// Called after each read so that the UI repaints and picks it up.
        pub waker: Waker,
    }

    impl Default for DataFile {
        fn default() -> Self {
            Self::new()
        }
    }

    impl DataFile {
        pub fn new() -> Self {
            let (tx, worker_rx) = mpsc::channel::<Message>();
            let (worker_tx, rx) = mpsc::channel::<Loaded>();
            let waker: Waker = Arc::default();
            let wake = waker.clone();
            let watcher_tx = tx.clone();
            let spawned = std::thread::Builder::new()
                .name("data-file".into())
                .spawn(move || worker(&worker_rx, &worker_tx, &watcher_tx, &wake));
            if let Err(e) = spawned {
                log::error!("the data-file thread could not start: {e}");
            }
            Self {
                tx,
                rx,
                generation: 0,
                waker,
            }
        }

        /// Reads `path` off the UI thread and watches it from now on.
        pub fn open(&mut self, path: &Path) {
            self.generation += 1;
            let _ = self
                .tx
                .send(Message::Open(path.to_owned(), self.generation));
        }

        /// Stops watching (the built-in data needs no file).
        pub fn stop(&mut self) {
            self.generation += 1;
            let _ = self.tx.send(Message::Stop);
        }

        /// The newest finished read for the file that is open now, if any.
        pub fn poll(&mut self) -> Option<Loaded> {
            let mut newest = None;
            while let Ok(loaded) = self.rx.try_recv() {
                if loaded.generation == self.generation {
                    newest = Some(loaded);
                }
            }
            newest
        }
    }

    impl Drop for DataFile {
        fn drop(&mut self) {
            let _ = self.tx.send(Message::Stop);
        }
    }

    struct Current {
        path: PathBuf,
        /// Where `path` leads when it is a symbolic link: edits to the target must
        /// reload too, and they happen in the target's folder.
        target: Option<PathBuf>,
        generation: u64,
        /// Kept alive for as long as its file is open; dropping it stops the watch.
        _watcher: Option<notify::RecommendedWatcher>,
    }

    impl Current {
        fn new(path: PathBuf, generation: u64, tx: &Sender<Message>) -> Self {
            let target = link_target(&path);
            let watcher = watch(&path, target.as_deref(), tx);
            Self {
                path,
                target,
                generation,
                _watcher: watcher,
            }
        }
    }

    /// The file a symbolic link finally leads to, if `path` is one.
    fn link_target(path: &Path) -> Option<PathBuf> {
        let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return None;
        }
        std::fs::canonicalize(path).ok()
    }

    fn worker(
        rx: &Receiver<Message>,
        tx: &Sender<Loaded>,
        watcher_tx: &Sender<Message>,
        wake: &Waker,
    ) {
        let mut current: Option<Current> = None;
        // The first unread change, and the last one (the debounce counts from it).
        let mut pending: Option<(Instant, Instant)> = None;
        loop {
            let message = match pending {
                Some((first, last)) => {
                    let due = (last + DEBOUNCE).min(first + MAX_WAIT);
                    rx.recv_timeout(due.saturating_duration_since(Instant::now()))
                }
                None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
            };
            match message {
                Ok(Message::Open(path, generation)) => {
                    pending = None;
                    let since = Instant::now();
                    current = Some(Current::new(path.clone(), generation, watcher_tx));
                    let read = load_path_keeping_text(&path);
                    send(tx, wake, path, Reason::Opened, read, since, generation);
                }
                Ok(Message::Stop) => {
                    pending = None;
                    current = None;
                }
                Ok(Message::Changed(Ok(event))) => {
                    if let Some(c) = &current
                        && (concerns(&event, &c.path)
                            || c.target.as_deref().is_some_and(|t| concerns(&event, t)))
                    {
                        let now = Instant::now();
                        pending = Some(pending.map_or((now, now), |(first, _)| (first, now)));
                    }
                }
                Ok(Message::Changed(Err(e))) => log::warn!("watching the data file: {e}"),
                Err(RecvTimeoutError::Timeout) => {
                    if let (Some(c), Some((first, _))) = (&mut current, pending.take()) {
                        // A link may now lead elsewhere: follow it.
                        if link_target(&c.path) != c.target {
                            *c = Current::new(c.path.clone(), c.generation, watcher_tx);
                        }
                        let read = load_path_keeping_text(&c.path);
                        send(
                            tx,
                            wake,
                            c.path.clone(),
                            Reason::Changed,
                            read,
                            first,
                            c.generation,
                        );
                    }
                }
                Err(RecvTimeoutError::Disconnected) => break,
            }
        }
    }

    fn send(
        tx: &Sender<Loaded>,
        wake: &Waker,
        path: PathBuf,
        reason: Reason,
        read: Result<(Alliance, Arc<str>), LoadError>,
        since: Instant,
        generation: u64,
    ) {
        let (result, text) = match read {
            Ok((data, text)) => (Ok(data), Some(text)),
            Err(e) => (Err(e), None),
        };
        let _ = tx.send(Loaded {
            path,
            reason,
            result,
            text,
            since,
            generation,
        });
        if let Some(wake) = wake.get() {
            wake();
        }
    }

    fn folder_of(path: &Path) -> &Path {
        path.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or_else(|| Path::new("."))
    }

    /// Watches the folder that holds `path`, and the one that holds its link target.
    fn watch(
        path: &Path,
        target: Option<&Path>,
        tx: &Sender<Message>,
    ) -> Option<notify::RecommendedWatcher> {
        let folder = folder_of(path);
        let tx = tx.clone();
        let mut watcher = match notify::recommended_watcher(move |event| {
            let _ = tx.send(Message::Changed(event));
        }) {
            Ok(w) => w,
            Err(e) => {
                log::warn!("changes to {} will not be noticed: {e}", path.display());
                return None;
            }
        };
        if let Err(e) = watcher.watch(folder, RecursiveMode::NonRecursive) {
            log::warn!("changes to {} will not be noticed: {e}", path.display());
            return None;
        }
        if let Some(target) = target
            && folder_of(target) != folder
            && let Err(e) = watcher.watch(folder_of(target), RecursiveMode::NonRecursive)
        {
            log::warn!("changes to {} will not be noticed: {e}", target.display());
        }
        Some(watcher)
    }

    /// Whether a change in the folder touches the open file (written, created, renamed
    /// onto or away, removed).
    fn concerns(event: &notify::Event, path: &Path) -> bool {
        if matches!(event.kind, notify::EventKind::Access(_)) {
            return false;
        }
        let name = path.file_name();
        event.paths.iter().any(|p| p.file_name() == name)
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use std::path::Path;

    use web_time::Instant;

    use super::{Loaded, Reason, Waker};
    use crate::model::{LoadError, Problem, load_bytes};

    /// In the browser there is no file system to read or watch: files arrive as bytes
    /// from the file picker or a drop, and are read at once.
    #[derive(Default)]
    pub struct DataFile {
        queue: Vec<Loaded>,
        generation: u64,
        pub waker: Waker,
    }

    impl DataFile {
        pub fn new() -> Self {
            Self::default()
        }

        /// A path cannot be read in the browser; says so.
        pub fn open(&mut self, path: &Path) {
            self.generation += 1;
            let file = path.display().to_string();
            self.queue.push(Loaded {
                path: path.to_owned(),
                reason: Reason::Opened,
                result: Err(LoadError::single(
                    file,
                    Problem::whole_file(
                        "in the browser, open a data file with File > Open or drop it on the page",
                    ),
                )),
                text: None,
                since: Instant::now(),
                generation: self.generation,
            });
        }

        /// Loads a file that the browser handed over.
        pub fn open_bytes(&mut self, name: &str, bytes: &[u8]) {
            self.generation += 1;
            self.queue.push(Loaded {
                path: name.into(),
                reason: Reason::Opened,
                result: load_bytes(name, bytes),
                text: std::str::from_utf8(bytes).ok().map(std::sync::Arc::from),
                since: Instant::now(),
                generation: self.generation,
            });
        }

        pub fn stop(&mut self) {
            self.generation += 1;
        }

        pub fn poll(&mut self) -> Option<Loaded> {
            let generation = self.generation;
            self.queue.drain(..).rfind(|l| l.generation == generation)
        }
    }
}
