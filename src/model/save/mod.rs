//! Saving a data file by changing only what was edited.
//!
//! A data file is written by people: comments that say where a figure comes from,
//! blank lines between sections, their own order and line breaks. Writing the edited
//! data out afresh would throw all of that away, so [`surgical`] rewrites only the
//! values that differ and leaves every other byte where it was (as `toml_edit` does for
//! TOML). [`fresh`] writes data that has no file yet.
//!
//! How: the data as loaded and the data to save are both written by one serializer
//! (`canonical`) and read as trees that keep byte spans (`cst`); where the two
//! texts differ, the same place is found in the file's own tree (`diff`, with lists
//! aligned by `seq`) and edited (`splice`); new text is placed and indented as its
//! neighbours are (`place`, `layout`). The loader's own changes to the data are
//! undone first (`written`), and the result must open as the data to save
//! (`verify`), or nothing is returned.

mod cst;
mod diff;
mod layout;
mod place;
mod seq;
mod splice;
mod verify;
mod written;

#[cfg(test)]
mod tests;

use super::load::lone_cr_to_lf;
use super::types::Alliance;

/// Why a file could not be saved. Each says what happened and what the person can do.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    #[error("the data could not be written as text: {0}")]
    Serialize(String),
    #[error("the file as it was opened can no longer be read ({0}); save under a new name instead")]
    OriginalUnreadable(String),
    #[error(
        "the file's text does not hold the data that was opened from it (was it changed by another program?); open it again, or save under a new name"
    )]
    NotTheLoadedText,
    #[error(
        "the file nests values too deeply to edit in place (line {line}, column {column}); save under a new name instead"
    )]
    TooDeep { line: usize, column: usize },
    #[error("the file's text cannot be read at line {line}, column {column}: {reason}")]
    Syntax {
        line: usize,
        column: usize,
        reason: &'static str,
    },
    #[error(
        "the {list} are not in date order, and the file would open them sorted; put them in date order and save again"
    )]
    OutOfOrder { list: &'static str },
    #[error("the saved text would not open ({0}); the file was not changed")]
    WouldNotOpen(String),
    #[error(
        "the saved text would open differently from the data being saved (at {path}); the file was not changed"
    )]
    WouldDiffer { path: String },
    #[error(
        "two edits to the file's text collide at byte {at}; the file was not changed, save under a new name instead"
    )]
    Overlap { at: usize },
}

/// `original` is the text the person's file held when it was loaded (it loaded into
/// `before`); returns that text changed so that it loads into `after`, touching only
/// what differs.
///
/// Comments, blank lines, the order of fields and the way unchanged values are written
/// all stay. Added fields and items take their neighbours' indentation and the file's
/// line ends. Fails, rather than return text that would open as anything but `after`.
pub fn surgical(original: &str, before: &Alliance, after: &Alliance) -> Result<String, SaveError> {
    verify::in_loader_order(after)?;
    let written = written::as_written(original, before, after)?;
    if before == after {
        return Ok(original.to_owned());
    }
    let b = canonical(&written.before, original.len())?;
    let a = canonical(&written.after, original.len())?;
    let readable = lone_cr_to_lf(original);
    let (o_tree, b_tree, a_tree) = (cst::read(&readable)?, cst::read(&b)?, cst::read(&a)?);
    let texts = diff::Texts {
        source: original,
        o: &readable,
        b: &b,
        a: &a,
    };
    let mut differ = diff::Differ::new(texts, &written.orders);
    differ.value(&b_tree, &a_tree, &o_tree)?;
    let text = differ.finish().apply(original, 0)?;
    verify::opens_as(&text, after)?;
    Ok(text)
}

/// The whole of `data` as fresh, readable RON (4-space indent, one field per line), for
/// a file that has no text yet.
pub fn fresh(data: &Alliance) -> Result<String, SaveError> {
    verify::in_loader_order(data)?;
    let mut text = canonical(data, 0)?;
    text.push('\n');
    verify::opens_as(&text, data)?;
    Ok(text)
}

/// The one way data is written as text here: 4-space indent, `\n` line ends, one field
/// per line, strings escaped (so no string spans lines). Two states written this way
/// differ in text exactly where they differ in value. `size` is a guess of the length,
/// so that a large file is not copied over and over as the text grows.
fn canonical(data: &Alliance, size: usize) -> Result<String, SaveError> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .separator(" ");
    let mut text = String::with_capacity(size + size / 8);
    ron::Options::default()
        .to_writer_pretty(&mut text, data, config)
        .map_err(|e| SaveError::Serialize(e.to_string()))?;
    Ok(text)
}
