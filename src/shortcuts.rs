//! Every keyboard shortcut of the app, in one table: the keys that act, the words a
//! person reads for them and what they do. Key handling, the presenter's `?` overlay,
//! tooltips and the README's key tables all read these rows (`tests/shortcuts_readme.rs`
//! holds the README to them), so a key cannot change in one place and not the others.

use eframe::egui::{Event, InputState, KeyboardShortcut, Modifiers};

use crate::vocabulary::View;

mod table;

pub use table::SHORTCUTS;

/// Where a shortcut applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// The main window, whatever view it shows.
    Everywhere,
    /// The timeline view.
    Timeline,
    /// Presenter mode. While a talk is given its keys come first: a clicker's Space or
    /// Enter moves the talk on, it does not press a button on the slide.
    Presenter,
}

/// Who acts on a row's keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handler {
    /// The scope's own code: [`pressed`] and [`read`] return these commands to it.
    Pressed,
    /// egui itself (focus, buttons, zoom). The keys are listed so that the README and the
    /// collision tests know them; [`pressed`] leaves them to egui.
    Egui,
    /// Whatever is open, each its own way: the search, or a view's details. [`pressed`]
    /// leaves the key to them; they ask [`is_pressed`].
    OpenPanel,
}

/// What a shortcut does, named for that rather than for its keys, so that a key can
/// change without its callers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Show(View),
    OpenSearch,
    /// Esc: close the search or the details that are open.
    CloseDetails,
    ExportPng,
    Larger,
    Smaller,
    NormalSize,
    FocusNext,
    FocusPrevious,
    Activate,
    OpenDialog,
    ToggleEditing,
    Save,
    Undo,
    Redo,
    Present,
    Quit,
    PreviousMilestone,
    NextMilestone,
    FirstMilestone,
    LastMilestone,
    ZoomTimeIn,
    ZoomTimeOut,
    FitAll,
    /// Ctrl+scroll and drag: the pointer, not a key.
    ZoomAndPanTime,
    NextSlide,
    PreviousSlide,
    FirstSlide,
    LastSlide,
    /// A digit of a slide number (0–9), typed before Enter.
    Digit(u8),
    /// Enter: go to the slide whose number was typed; with none typed, play the video
    /// of the video slide.
    Confirm,
    BlackScreen,
    WhiteScreen,
    Fullscreen,
    SpeakerView,
    /// O: every slide in a grid, to choose one.
    Overview,
    Help,
    /// Esc: close the help, a typed number or a blank screen, else leave presenter mode.
    Leave,
}

/// One command and the key combinations that give it.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub command: Command,
    /// The keys as a tooltip writes them, e.g. "Ctrl+2"; empty: the row's [`Shortcut::keys`].
    pub keys: &'static str,
    /// Empty for what is not a key press (a gesture, a click).
    pub combos: &'static [KeyboardShortcut],
}

/// One row of a README key table.
#[derive(Clone, Copy, Debug)]
pub struct Shortcut {
    pub scope: Scope,
    pub handler: Handler,
    /// The keys as a person reads them, word for word as in the README.
    pub keys: &'static str,
    /// What they do, word for word as in the README.
    pub does: &'static str,
    pub bindings: &'static [Binding],
}

impl Shortcut {
    /// The keys as a screen reader should say them: arrows by name ("→" is read as
    /// nothing, or as "rightwards arrow", by many).
    pub fn spoken_keys(&self) -> String {
        spoken(self.keys)
    }
}

fn spoken(keys: &str) -> String {
    keys.replace('→', "Right")
        .replace('←', "Left")
        .replace('↑', "Up")
        .replace('↓', "Down")
        .replace(" ,", ",")
}

/// `what`, then the keys of `command` in brackets: "Quit (Ctrl+Q)", for a tooltip or a
/// menu entry. The arrows are written by name ("Previous milestone (Left)"), because
/// egui also makes a tooltip the accessible description of its widget, and a screen
/// reader says it.
pub fn with_keys(what: &str, command: Command) -> String {
    format!("{what} ({})", spoken(keys_for(command)))
}

/// The keys of `command` as a tooltip writes them, e.g. "Ctrl+O" or "Enter"; empty for
/// a command that has no row.
pub fn keys_for(command: Command) -> &'static str {
    SHORTCUTS
        .iter()
        .find_map(|row| {
            let binding = row.bindings.iter().find(|b| b.command == command)?;
            Some(if binding.keys.is_empty() {
                row.keys
            } else {
                binding.keys
            })
        })
        .unwrap_or_default()
}

/// Whether keys pressed with `held` count as `combo`. With Ctrl (Cmd on a Mac) in the
/// combination, egui's rule: an extra Shift or Alt is ignored, as some layouts need them
/// to type the key. Without: Shift is still ignored (Shift+Space is still Space), but a
/// press with Ctrl or Alt held is some other shortcut, not this one.
fn matches(held: Modifiers, combo: Modifiers) -> bool {
    if combo.command || combo.ctrl || combo.mac_cmd {
        held.matches_logically(combo)
    } else {
        !held.command && !held.alt && (!combo.shift || held.shift)
    }
}

fn combo_pressed(event: &Event, combo: &KeyboardShortcut) -> bool {
    matches!(
        event,
        Event::Key { key, pressed: true, modifiers, .. }
            if *key == combo.logical_key && matches(*modifiers, combo.modifiers)
    )
}

/// Whether the press has exactly the Shift that `combo` names: Ctrl+Shift+Z is redo
/// even though Ctrl+Z, which tolerates an extra Shift, would also answer it.
fn exact_shift(event: &Event, combo: &KeyboardShortcut) -> bool {
    matches!(event, Event::Key { modifiers, .. } if modifiers.shift == combo.modifiers.shift)
}

/// The command a key event gives in `scope`, if any: the binding that names the press's
/// modifiers exactly, else one that answers it with an extra Shift.
fn command_for(event: &Event, scope: Scope) -> Option<Command> {
    let bindings = || {
        SHORTCUTS
            .iter()
            .filter(|row| row.scope == scope && row.handler == Handler::Pressed)
            .flat_map(|row| row.bindings)
    };
    let answers = |b: &&Binding, exact: bool| {
        b.combos
            .iter()
            .any(|c| combo_pressed(event, c) && (!exact || exact_shift(event, c)))
    };
    bindings()
        .find(|b| answers(b, true))
        .or_else(|| bindings().find(|b| answers(b, false)))
        .map(|b| b.command)
}

/// The commands of `scope` pressed this frame, in the order pressed, taking their key
/// presses out of `input` so that no widget acts on them as well.
pub fn pressed(input: &mut InputState, scope: Scope) -> Vec<Command> {
    let mut out = Vec::new();
    input
        .events
        .retain(|event| match command_for(event, scope) {
            Some(command) => {
                out.push(command);
                false
            }
            None => true,
        });
    out
}

/// The commands of `scope` pressed this frame, in the order pressed, leaving the key
/// presses for others to see too.
pub fn read(input: &InputState, scope: Scope) -> Vec<Command> {
    input
        .events
        .iter()
        .filter_map(|event| command_for(event, scope))
        .collect()
}

/// Whether a key of `command` was pressed this frame, whoever acts on it (for a view
/// that closes its details on Esc, say). Nothing is taken out of `input`.
pub fn is_pressed(input: &InputState, command: Command) -> bool {
    SHORTCUTS
        .iter()
        .flat_map(|row| row.bindings)
        .filter(|b| b.command == command)
        .flat_map(|b| b.combos)
        .any(|combo| input.events.iter().any(|e| combo_pressed(e, combo)))
}

#[cfg(test)]
mod tests;
