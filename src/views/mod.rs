//! One file (or folder) per view. Every view has the same contract:
//!
//! ```text
//! show(ui, &ViewContext, &mut State, &mut Actions)
//! ```
//!
//! It reads the data through the [`ViewContext`], keeps what it needs between frames in
//! its own `State`, and raises [`crate::actions::Action`]s for everything else; the app
//! applies them after the frame. A view never reaches into another view's state.

pub mod edit;
pub mod membership;
pub mod overview;
pub mod presenter;
pub mod resources;
pub mod search;
pub mod sources;
pub mod summit;
pub mod timeline;

pub use crate::vocabulary::View;

use crate::model::Alliance;

/// What every view may read and none may change: the data on screen and the milestone
/// the person selected.
#[derive(Clone, Copy, Debug)]
pub struct ViewContext<'a> {
    pub data: &'a Alliance,
    /// The selected milestone's id, if any.
    pub selected: Option<&'a str>,
    /// Edit mode is on: the forms beside the view take the place of its details.
    pub editing: bool,
}
