//! What a view asks for. Views return these; the app applies them after the frame, so
//! no view opens a browser, touches a file or reaches into another view's state.

use crate::edit::Part;
use crate::vocabulary::{ThemeChoice, View};

/// A request from a view, applied by [`crate::app::App`] after drawing.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch to a view.
    Show(View),
    /// Select a milestone by id and show it on the timeline.
    GoToMilestone(String),
    /// Select a milestone by id without leaving the current view.
    SelectMilestone(String),
    ClearSelection,
    /// Show an outcome's details in the Summit view.
    GoToOutcome(String),
    /// Highlight a resource in the Resources view.
    GoToResource(String),
    /// Open an address in the system browser (through the link door).
    OpenUrl(String),
    /// Put text on the clipboard, with a short confirmation.
    Copy {
        text: String,
        what: String,
    },
    OpenSearch,
    CloseSearch,
    SetTheme(ThemeChoice),
    /// Ask for a data file with the system's file dialog (Ctrl+O).
    OpenDialog,
    /// Open this data file (from the dialog, a drop, the recent list).
    OpenFile(std::path::PathBuf),
    /// Go back to the data built into the app.
    ResetToBuiltin,
    /// Start presenter mode (F5).
    Present,
    /// Leave presenter mode and return to where the person was (Esc).
    StopPresenting,
    /// Full screen on or off (F or F11 in presenter mode).
    ToggleFullscreen,
    /// Save the current view as a PNG image (Ctrl+Shift+S).
    ExportPng,
    /// Write the open data as an accessible web page (in a browser: show the page's
    /// text version).
    ExportPage,
    /// Write the talk's slides as a PDF handout, one slide a page, with the speaker's
    /// notes under each when `notes` (on the desktop; a browser has no such export).
    ExportSlides {
        notes: bool,
    },
    /// Forget the data-file error banner (the problems stay until the file is fixed).
    DismissError,
    /// Edit mode on or off (Ctrl+E).
    ToggleEditing,
    /// Put this new value of one part of the data in place: a form's edit. Edits with
    /// the same `run` in a row (letters typed into one field) undo together.
    Edit {
        part: Part,
        run: Option<u64>,
    },
    Undo,
    Redo,
    /// Write the edits into the open file (Ctrl+S); with no file, ask where.
    Save,
    /// Write the data to a new file, and go on with that one.
    SaveAs,
    /// A fresh copy of the built-in data, to edit and save as a new file.
    NewFromBuiltin,
    /// Ask for a spreadsheet or a TimelineJS file to merge into the data, or (`fresh`)
    /// into a new copy of the built-in data.
    ImportDialog {
        fresh: bool,
    },
    /// Merge the milestones of this spreadsheet or TimelineJS file into the data, or
    /// (`fresh`) into a new copy of the built-in data.
    ImportFile {
        path: std::path::PathBuf,
        fresh: bool,
    },
    /// Write the milestones for a web team: TimelineJS JSON, or CSV in its columns.
    ExportTimelineJs {
        csv: bool,
    },
}

/// Collects a view's actions while it draws, in the order they were raised. The queue
/// is only added to, filtered or drained as a whole: no caller holds a position in it.
#[derive(Debug, Default)]
pub struct Actions(Vec<Action>);

impl Actions {
    pub fn push(&mut self, action: Action) {
        self.0.push(action);
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Action> {
        self.0.iter()
    }

    /// Keeps only the actions `keep` accepts (a host view's policy for an embedded one).
    pub fn retain(&mut self, keep: impl FnMut(&Action) -> bool) {
        self.0.retain(keep);
    }

    /// Moves every action of `other` to the end of this queue.
    pub fn append(&mut self, other: Actions) {
        self.0.extend(other.0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }
}

impl IntoIterator for Actions {
    type Item = Action;
    type IntoIter = std::vec::IntoIter<Action>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}
