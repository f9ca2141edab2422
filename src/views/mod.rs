//! One file per view. A view draws from the model and its own state and returns the
//! actions the person asked for; it changes nothing else.

pub mod membership;
pub mod overview;
pub mod presenter;
pub mod resources;
pub mod search;
pub mod shares;
pub mod summit;
pub mod timeline;
pub mod timeline_layout;

use serde::{Deserialize, Serialize};

/// The views of the top bar, in order (Ctrl+1 … Ctrl+5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum View {
    #[default]
    Overview,
    Timeline,
    Membership,
    Summit,
    Resources,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Overview,
        View::Timeline,
        View::Membership,
        View::Summit,
        View::Resources,
    ];

    pub fn label(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Timeline => "Timeline",
            View::Membership => "Membership",
            View::Summit => "Summit & outcomes",
            View::Resources => "Resources",
        }
    }

    /// The digit of its Ctrl+digit shortcut.
    pub fn number(self) -> usize {
        View::ALL.iter().position(|v| *v == self).unwrap_or(0) + 1
    }
}

/// The heading every view uses; it lives with the other shared widgets.
pub use crate::widgets::heading;
