//! Editing the data in the app: the parts an edit replaces and the undo history.
//! Knows nothing of the screen; the forms (`views::edit`) raise edits as actions and
//! the app applies them here.

mod history;
mod part;

pub use history::{History, MAX_STEPS};
pub use part::{Part, Story};
mod write;

pub use write::file_text;
