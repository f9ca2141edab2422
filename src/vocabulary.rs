//! Plain words the whole app shares: which view is shown, which colour theme is
//! chosen. A leaf module: it depends on nothing else in the crate, so that the actions,
//! the views and the app can all name these without importing each other.

use serde::{Deserialize, Serialize};

/// The views of the top bar, in order (Ctrl+1 … Ctrl+6).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum View {
    #[default]
    Overview,
    Timeline,
    Membership,
    Summit,
    Resources,
    Sources,
}

impl View {
    pub const ALL: [View; 6] = [
        View::Overview,
        View::Timeline,
        View::Membership,
        View::Summit,
        View::Resources,
        View::Sources,
    ];

    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Timeline => "Timeline",
            View::Membership => "Membership",
            View::Summit => "Summit & outcomes",
            View::Resources => "Resources",
            View::Sources => "Sources",
        }
    }

    /// The digit of its Ctrl+digit shortcut.
    pub fn number(self) -> usize {
        View::ALL.iter().position(|v| *v == self).unwrap_or(0) + 1
    }
}

/// Light, dark, or whatever the system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
    /// White and yellow on black, strong outlines: for low vision and bright rooms.
    HighContrast,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 4] = [
        ThemeChoice::System,
        ThemeChoice::Light,
        ThemeChoice::Dark,
        ThemeChoice::HighContrast,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ThemeChoice::System => "Follow the system",
            ThemeChoice::Light => "Light",
            ThemeChoice::Dark => "Dark",
            ThemeChoice::HighContrast => "High contrast",
        }
    }
}
