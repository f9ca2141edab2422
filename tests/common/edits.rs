//! Broken data files made from a good one, one edit at a time.

use weprotect_explorer::model::{LoadError, load_str};

/// The problems of `text`, which must be refused.
pub fn errors(text: &str) -> LoadError {
    match load_str("t.ron", text) {
        Ok(_) => panic!("the file was accepted:\n{text}"),
        Err(e) => e,
    }
}

/// `text` with the `nth` occurrence of `from` replaced by `to`.
pub fn replace_nth(text: &str, from: &str, to: &str, nth: usize) -> String {
    let (at, _) = text
        .match_indices(from)
        .nth(nth)
        .unwrap_or_else(|| panic!("{from:?} not in the text"));
    format!("{}{}{}", &text[..at], to, &text[at + from.len()..])
}
