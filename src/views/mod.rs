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

pub use crate::vocabulary::View;

/// The heading every view uses; it lives with the other shared widgets.
pub use crate::widgets::heading;
