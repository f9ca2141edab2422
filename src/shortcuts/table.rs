//! The table itself: every row of the README's key tables, with the keys that act.

use eframe::egui::{Key, KeyboardShortcut, Modifiers};

use super::{Binding, Command, Handler, Scope, Shortcut};
use crate::vocabulary::View;

const fn plain(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::NONE, key)
}

const fn ctrl(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn bind(
    command: Command,
    keys: &'static str,
    combos: &'static [KeyboardShortcut],
) -> Binding {
    Binding {
        command,
        keys,
        combos,
    }
}

/// Every shortcut, in the order of the README's tables: the main window's (the
/// everywhere and timeline rows), then presenter mode's.
pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::Pressed,
        keys: "Ctrl+1 … Ctrl+6",
        does: "Overview, Timeline, Membership, Summit & outcomes, Resources, Sources",
        bindings: &[
            bind(Command::Show(View::Overview), "Ctrl+1", &[ctrl(Key::Num1)]),
            bind(Command::Show(View::Timeline), "Ctrl+2", &[ctrl(Key::Num2)]),
            bind(
                Command::Show(View::Membership),
                "Ctrl+3",
                &[ctrl(Key::Num3)],
            ),
            bind(Command::Show(View::Summit), "Ctrl+4", &[ctrl(Key::Num4)]),
            bind(Command::Show(View::Resources), "Ctrl+5", &[ctrl(Key::Num5)]),
            bind(Command::Show(View::Sources), "Ctrl+6", &[ctrl(Key::Num6)]),
        ],
    },
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::Pressed,
        keys: "Ctrl+F",
        does: "Search milestones, outcomes and resources; ↑/↓ and Enter pick a result",
        bindings: &[bind(Command::OpenSearch, "", &[ctrl(Key::F)])],
    },
    Shortcut {
        scope: Scope::Timeline,
        handler: Handler::Pressed,
        keys: "← / →",
        does: "Previous / next milestone (Timeline)",
        bindings: &[
            bind(Command::PreviousMilestone, "←", &[plain(Key::ArrowLeft)]),
            bind(Command::NextMilestone, "→", &[plain(Key::ArrowRight)]),
        ],
    },
    Shortcut {
        scope: Scope::Timeline,
        handler: Handler::Pressed,
        keys: "Home / End",
        does: "First / last milestone (Timeline)",
        bindings: &[
            bind(Command::FirstMilestone, "Home", &[plain(Key::Home)]),
            bind(Command::LastMilestone, "End", &[plain(Key::End)]),
        ],
    },
    Shortcut {
        scope: Scope::Timeline,
        handler: Handler::Pressed,
        keys: "+ / − / 0",
        does: "Zoom the time axis in, out, or fit every milestone (Timeline)",
        bindings: &[
            // = as well: + is Shift+= on many keyboards.
            bind(
                Command::ZoomTimeIn,
                "+",
                &[plain(Key::Plus), plain(Key::Equals)],
            ),
            bind(Command::ZoomTimeOut, "−", &[plain(Key::Minus)]),
            bind(Command::FitAll, "0", &[plain(Key::Num0)]),
        ],
    },
    Shortcut {
        scope: Scope::Timeline,
        handler: Handler::Pressed,
        keys: "Ctrl+scroll, drag",
        does: "Zoom and pan the time axis (Timeline)",
        bindings: &[bind(Command::ZoomAndPanTime, "", &[])],
    },
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::OpenPanel,
        keys: "Esc",
        does: "Close the details or the search",
        bindings: &[bind(Command::CloseDetails, "", &[plain(Key::Escape)])],
    },
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::Pressed,
        keys: "Ctrl+Shift+S",
        does: "Save the current view as a PNG (in your Pictures folder)",
        bindings: &[bind(
            Command::ExportPng,
            "",
            &[KeyboardShortcut::new(
                Modifiers::COMMAND.plus(Modifiers::SHIFT),
                Key::S,
            )],
        )],
    },
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::Egui,
        keys: "Ctrl+= / Ctrl+− / Ctrl+0",
        does: "Make everything larger, smaller, or the normal size",
        bindings: &[
            bind(
                Command::Larger,
                "Ctrl+=",
                &[ctrl(Key::Equals), ctrl(Key::Plus)],
            ),
            bind(Command::Smaller, "Ctrl+−", &[ctrl(Key::Minus)]),
            bind(Command::NormalSize, "Ctrl+0", &[ctrl(Key::Num0)]),
        ],
    },
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::Egui,
        keys: "Tab / Shift+Tab, Enter, Space",
        does: "Move between and use buttons, markers and cards",
        bindings: &[
            bind(Command::FocusNext, "Tab", &[plain(Key::Tab)]),
            bind(
                Command::FocusPrevious,
                "Shift+Tab",
                &[KeyboardShortcut::new(Modifiers::SHIFT, Key::Tab)],
            ),
            bind(
                Command::Activate,
                "Enter, Space",
                &[plain(Key::Enter), plain(Key::Space)],
            ),
        ],
    },
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::Pressed,
        keys: "Ctrl+E",
        does: "Edit mode on or off: forms beside the view",
        bindings: &[bind(Command::ToggleEditing, "", &[ctrl(Key::E)])],
    },
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::Pressed,
        keys: "Ctrl+S",
        does: "Save the edits into the open file",
        bindings: &[bind(Command::Save, "", &[ctrl(Key::S)])],
    },
    // Redo before undo: with Ctrl held, an extra Shift still matches Ctrl+Z.
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::Pressed,
        keys: "Ctrl+Shift+Z, Ctrl+Y",
        does: "Redo",
        bindings: &[bind(
            Command::Redo,
            "",
            &[
                KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), Key::Z),
                ctrl(Key::Y),
            ],
        )],
    },
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::Pressed,
        keys: "Ctrl+Z",
        does: "Undo the last edit",
        bindings: &[bind(Command::Undo, "", &[ctrl(Key::Z)])],
    },
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::Pressed,
        keys: "Ctrl+O",
        does: "Open a data file",
        bindings: &[bind(Command::OpenDialog, "", &[ctrl(Key::O)])],
    },
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::Pressed,
        keys: "F5",
        does: "Presenter mode (see below)",
        bindings: &[bind(Command::Present, "", &[plain(Key::F5)])],
    },
    Shortcut {
        scope: Scope::Everywhere,
        handler: Handler::Pressed,
        keys: "Ctrl+Q",
        does: "Quit",
        bindings: &[bind(Command::Quit, "", &[ctrl(Key::Q)])],
    },
    Shortcut {
        scope: Scope::Presenter,
        handler: Handler::Pressed,
        keys: "→ , Space, Page Down, N",
        does: "next slide (on a build, its next point first)",
        // ↓ and ↑ as well: other slide software takes them, so hands expect them.
        bindings: &[bind(
            Command::NextSlide,
            "→, Space, Page Down, N",
            &[
                plain(Key::ArrowRight),
                plain(Key::ArrowDown),
                plain(Key::Space),
                plain(Key::PageDown),
                plain(Key::N),
            ],
        )],
    },
    Shortcut {
        scope: Scope::Presenter,
        handler: Handler::Pressed,
        keys: "← , Page Up, P, Backspace",
        does: "previous slide (on a build, its last point shown first)",
        bindings: &[bind(
            Command::PreviousSlide,
            "←, Page Up, P, Backspace",
            &[
                plain(Key::ArrowLeft),
                plain(Key::ArrowUp),
                plain(Key::PageUp),
                plain(Key::P),
                plain(Key::Backspace),
            ],
        )],
    },
    Shortcut {
        scope: Scope::Presenter,
        handler: Handler::Pressed,
        keys: "Home / End",
        does: "first / last slide",
        bindings: &[
            bind(Command::FirstSlide, "Home", &[plain(Key::Home)]),
            bind(Command::LastSlide, "End", &[plain(Key::End)]),
        ],
    },
    Shortcut {
        scope: Scope::Presenter,
        handler: Handler::Pressed,
        keys: "a number, then Enter",
        does: "go to that slide",
        // Enter itself is bound once, below: it also plays the video.
        bindings: &[
            bind(Command::Digit(0), "0", &[plain(Key::Num0)]),
            bind(Command::Digit(1), "1", &[plain(Key::Num1)]),
            bind(Command::Digit(2), "2", &[plain(Key::Num2)]),
            bind(Command::Digit(3), "3", &[plain(Key::Num3)]),
            bind(Command::Digit(4), "4", &[plain(Key::Num4)]),
            bind(Command::Digit(5), "5", &[plain(Key::Num5)]),
            bind(Command::Digit(6), "6", &[plain(Key::Num6)]),
            bind(Command::Digit(7), "7", &[plain(Key::Num7)]),
            bind(Command::Digit(8), "8", &[plain(Key::Num8)]),
            bind(Command::Digit(9), "9", &[plain(Key::Num9)]),
        ],
    },
    Shortcut {
        scope: Scope::Presenter,
        handler: Handler::Pressed,
        keys: "B or . / W",
        does: "black / white screen (press again to come back)",
        bindings: &[
            bind(
                Command::BlackScreen,
                "B or .",
                &[plain(Key::B), plain(Key::Period)],
            ),
            bind(Command::WhiteScreen, "W", &[plain(Key::W)]),
        ],
    },
    Shortcut {
        scope: Scope::Presenter,
        handler: Handler::Pressed,
        keys: "F or F11",
        does: "full screen on or off",
        bindings: &[bind(
            Command::Fullscreen,
            "",
            &[plain(Key::F), plain(Key::F11)],
        )],
    },
    Shortcut {
        scope: Scope::Presenter,
        handler: Handler::Pressed,
        keys: "S",
        does: "speaker view: a second window with the notes, the next slide and a clock that can be paused and reset",
        bindings: &[bind(Command::SpeakerView, "", &[plain(Key::S)])],
    },
    Shortcut {
        scope: Scope::Presenter,
        handler: Handler::Pressed,
        keys: "O",
        does: "overview: every slide in a grid; the arrows choose, Enter or a click goes there, Esc or O closes it",
        bindings: &[bind(Command::Overview, "", &[plain(Key::O)])],
    },
    Shortcut {
        scope: Scope::Presenter,
        handler: Handler::Pressed,
        keys: "Enter (on the video slide)",
        does: "play the video in the browser",
        bindings: &[bind(Command::Confirm, "Enter", &[plain(Key::Enter)])],
    },
    Shortcut {
        scope: Scope::Presenter,
        handler: Handler::Pressed,
        keys: "?",
        does: "all the shortcuts",
        // Shift+/ as well: where ? is typed that way, not every platform reports "?".
        bindings: &[bind(
            Command::Help,
            "",
            &[
                plain(Key::Questionmark),
                KeyboardShortcut::new(Modifiers::SHIFT, Key::Slash),
            ],
        )],
    },
    Shortcut {
        scope: Scope::Presenter,
        handler: Handler::Pressed,
        keys: "Esc",
        does: "leave presenter mode, back where you were",
        bindings: &[bind(Command::Leave, "", &[plain(Key::Escape)])],
    },
];
