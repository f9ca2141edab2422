//! The one door for data files: opening, reading off the UI thread, and reloading
//! when the file changes on disk.
//!
//! A worker thread owns the file watcher. It watches the file's folder, not the file:
//! editors save by writing a new file and renaming it over the old one, which a watch
//! on the file alone misses. Bursts of events are debounced, the file is read and
//! checked on the worker, and the result is handed to the UI, which wakes up for it.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use notify::{RecursiveMode, Watcher};

use crate::model::{Alliance, LoadError, load_path};

/// How long the folder must be quiet after a change before the file is read again.
/// Saving writes several events within a few milliseconds; this waits them out.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

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
    /// When the change that caused this read was first seen (for the reload latency).
    pub since: Instant,
    /// Which `open` this read belongs to; reads of a file no longer open are dropped.
    pub generation: u64,
}

enum Message {
    Open(PathBuf, u64),
    Stop,
    Changed(notify::Result<notify::Event>),
}

/// Something that wakes the UI when a read is ready.
pub type Waker = Arc<OnceLock<Box<dyn Fn() + Send + Sync>>>;

/// Handle to the worker thread.
pub struct Source {
    tx: Sender<Message>,
    rx: Receiver<Loaded>,
    generation: u64,
    /// Called after each read so that the UI repaints and picks it up.
    pub waker: Waker,
}

impl Default for Source {
    fn default() -> Self {
        Self::new()
    }
}

impl Source {
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

impl Drop for Source {
    fn drop(&mut self) {
        let _ = self.tx.send(Message::Stop);
    }
}

struct Current {
    path: PathBuf,
    generation: u64,
    /// Kept alive for as long as its file is open; dropping it stops the watch.
    _watcher: Option<notify::RecommendedWatcher>,
}

fn worker(rx: &Receiver<Message>, tx: &Sender<Loaded>, watcher_tx: &Sender<Message>, wake: &Waker) {
    let mut current: Option<Current> = None;
    // The first unread change, and the last one (the debounce counts from it).
    let mut pending: Option<(Instant, Instant)> = None;
    loop {
        let message = match pending {
            Some((_, last)) => {
                let wait = (last + DEBOUNCE).saturating_duration_since(Instant::now());
                rx.recv_timeout(wait)
            }
            None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match message {
            Ok(Message::Open(path, generation)) => {
                pending = None;
                let watcher = watch(&path, watcher_tx);
                let since = Instant::now();
                let result = load_path(&path);
                current = Some(Current {
                    path: path.clone(),
                    generation,
                    _watcher: watcher,
                });
                send(tx, wake, path, Reason::Opened, result, since, generation);
            }
            Ok(Message::Stop) => {
                pending = None;
                current = None;
            }
            Ok(Message::Changed(Ok(event))) => {
                if let Some(c) = &current
                    && concerns(&event, &c.path)
                {
                    let now = Instant::now();
                    pending = Some(pending.map_or((now, now), |(first, _)| (first, now)));
                }
            }
            Ok(Message::Changed(Err(e))) => log::warn!("watching the data file: {e}"),
            Err(RecvTimeoutError::Timeout) => {
                if let (Some(c), Some((first, _))) = (&current, pending.take()) {
                    let result = load_path(&c.path);
                    send(
                        tx,
                        wake,
                        c.path.clone(),
                        Reason::Changed,
                        result,
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
    result: Result<Alliance, LoadError>,
    since: Instant,
    generation: u64,
) {
    let _ = tx.send(Loaded {
        path,
        reason,
        result,
        since,
        generation,
    });
    if let Some(wake) = wake.get() {
        wake();
    }
}

/// Watches the folder that holds `path`.
fn watch(path: &Path, tx: &Sender<Message>) -> Option<notify::RecommendedWatcher> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
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
