//! Saving a data file and reading what changed, line by line, as a person comparing
//! the two files would.

#![allow(dead_code)]

use weprotect_explorer::model::save::surgical;
use weprotect_explorer::model::{Alliance, DEFAULT_RON, load_str, load_unchecked};

/// The built-in data as loaded.
pub fn built_in() -> Alliance {
    load_str("alliance.ron", DEFAULT_RON).unwrap_or_else(|e| panic!("{e}"))
}

/// `original` (which loaded into `before`) saved as `after`; the result must open as
/// `after`.
pub fn save(original: &str, before: &Alliance, after: &Alliance) -> String {
    let saved = surgical(original, before, after).unwrap_or_else(|e| panic!("{e}"));
    let back = load_unchecked("saved.ron", &saved).unwrap_or_else(|e| panic!("{e}\n{saved}"));
    assert!(
        back == *after,
        "the saved text opens as other data:\n{saved}"
    );
    saved
}

/// The built-in file saved after `edit`, with the edited data.
pub fn edit_built_in(edit: impl FnOnce(&mut Alliance)) -> (String, Alliance) {
    let before = built_in();
    let mut after = before.clone();
    edit(&mut after);
    (save(DEFAULT_RON, &before, &after), after)
}

/// The lines of `old` that `new` no longer has and the lines it has instead, between
/// the lines both start and end with.
pub fn line_diff<'a>(old: &'a str, new: &'a str) -> (Vec<&'a str>, Vec<&'a str>) {
    let old: Vec<&str> = old.split('\n').collect();
    let new: Vec<&str> = new.split('\n').collect();
    let head = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let tail = old[head..]
        .iter()
        .rev()
        .zip(new[head..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    (
        old[head..old.len() - tail].to_vec(),
        new[head..new.len() - tail].to_vec(),
    )
}

/// Every line of `text` that is a `//` comment, trimmed.
pub fn comments(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|line| line.starts_with("//"))
        .collect()
}

/// The bytes of `old` and `new` that differ, between their common start and end.
pub fn changed_bytes<'a>(old: &'a str, new: &'a str) -> (&'a str, &'a str) {
    let head = old
        .char_indices()
        .zip(new.chars())
        .take_while(|((_, a), b)| a == b)
        .last()
        .map_or(0, |((i, a), _)| i + a.len_utf8());
    let tail = old[head..]
        .chars()
        .rev()
        .zip(new[head..].chars().rev())
        .take_while(|(a, b)| a == b)
        .map(|(a, _)| a.len_utf8())
        .sum::<usize>();
    (&old[head..old.len() - tail], &new[head..new.len() - tail])
}

/// The lines of the list item (a `(` line to its `),` line, at one indentation) that
/// holds the first line containing `needle`.
pub fn item_lines(text: &str, needle: &str) -> std::ops::Range<usize> {
    let lines: Vec<&str> = text.split('\n').collect();
    let at = lines
        .iter()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle} not in the text"));
    let from = (0..at)
        .rev()
        .find(|&i| lines[i].trim() == "(")
        .unwrap_or_else(|| panic!("no item holds {needle}"));
    let indent = &lines[from][..lines[from].len() - 1];
    let to = (at..lines.len())
        .find(|&i| lines[i] == format!("{indent}),"))
        .unwrap_or_else(|| panic!("the item holding {needle} does not end"));
    from..to + 1
}

/// `text` without the lines in `range`.
pub fn without_lines(text: &str, range: std::ops::Range<usize>) -> String {
    text.split('\n')
        .enumerate()
        .filter(|(i, _)| !range.contains(i))
        .map(|(_, l)| l)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The comment lines of `text`, sorted: the same comments, wherever items moved.
pub fn sorted_comments(text: &str) -> Vec<&str> {
    let mut all = comments(text);
    all.sort_unstable();
    all
}
