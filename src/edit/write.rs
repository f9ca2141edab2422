//! The text a save writes: the person's file with the edits made in it.

use crate::model::Alliance;
use crate::model::save::surgical;

/// `original` (the text `before` was loaded from) changed so that it holds `after`,
/// touching only what differs: comments, blank lines and layout stay as written.
pub fn file_text(original: &str, before: &Alliance, after: &Alliance) -> Result<String, String> {
    surgical(original, before, after).map_err(|e| e.to_string())
}
