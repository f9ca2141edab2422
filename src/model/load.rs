//! Reading a data file: what may be opened, size and encoding checks, parsing,
//! validation, ordering.
//!
//! Everything here treats the file as hostile: only a regular file is read (a FIFO or
//! a device would block or never end), at most [`MAX_FILE_BYTES`] of it, and the cost
//! of reporting problems is bounded by [`MAX_PROBLEMS`], not by the file.

use std::borrow::Cow;
use std::io::Read;
use std::path::Path;
use std::sync::Arc;

use super::date::PartialDate;
use super::locate::{locate, position_of, unclosed_block_comment, with_parents};
use super::position::LineIndex;
use super::problem::{LoadError, MAX_PROBLEMS, Problem, thousands};
use super::provenance::Provenance;
use super::types::{Alliance, Membership};
use super::url::check_url;
use super::validate::validate;

/// The embedded default data, written from the deck and its public sources.
pub const DEFAULT_RON: &str = include_str!("../../assets/alliance.ron");

/// Files larger than this are refused before they are read: real data is a few KiB,
/// and a huge file is a mistake (or an attack) that must not stall the app.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// How deep the parser may nest before it stops with an error (protects the stack).
pub const MAX_NESTING: usize = 64;

/// Summary line for `--check`: "13 milestones, 6 outcomes, …".
pub fn summary(data: &Alliance) -> String {
    format!(
        "{} milestones, {} eras, {} member groups, {} outcomes, {} resources, {} slides",
        data.milestones.len(),
        data.eras.len(),
        data.membership.groups.len(),
        data.outcomes.len(),
        data.resources.len(),
        data.slides.len()
    )
}

/// Loads the embedded default data.
///
/// The embedded file is checked by the test suite, so this cannot fail in a released
/// build; should it ever, the app still starts, with empty data and the error shown.
pub fn load_default() -> Result<Alliance, LoadError> {
    load_str("built-in data", DEFAULT_RON)
}

/// Reads and loads the file at `path`, named in messages as the person gave it.
pub fn load_path(path: &Path) -> Result<Alliance, LoadError> {
    load_path_keeping_text(path).map(|(data, _)| data)
}

/// Reads and loads the file at `path`, and keeps the text it read: an edit is saved
/// by changing that text, not by writing the data afresh.
pub fn load_path_keeping_text(path: &Path) -> Result<(Alliance, Arc<str>), LoadError> {
    let name = path.display().to_string();
    let bytes =
        read_data_file(path).map_err(|m| LoadError::single(&name, Problem::whole_file(m)))?;
    let data = load_bytes(&name, &bytes)?;
    // It loaded, so it is UTF-8.
    let text = String::from_utf8(bytes).map_err(|_| {
        LoadError::single(
            &name,
            Problem::whole_file("the file is not valid UTF-8 text"),
        )
    })?;
    Ok((data, Arc::from(text)))
}

/// Reads a data file, refusing anything that is not a regular file of at most
/// [`MAX_FILE_BYTES`]. The file is opened without blocking and then checked, so a FIFO
/// swapped in between a check and the open cannot stall the reader.
pub fn read_data_file(path: &Path) -> Result<Vec<u8>, String> {
    let meta = std::fs::metadata(path).map_err(|e| io_message(&e))?;
    if meta.is_dir() {
        return Err("this is a folder, not a data file; choose a .ron file".into());
    }
    if !meta.is_file() {
        return Err(not_regular());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_large(meta.len(), true));
    }
    let file = open_nonblocking(path).map_err(|e| io_message(&e))?;
    let meta = file.metadata().map_err(|e| io_message(&e))?;
    if !meta.is_file() {
        return Err(not_regular());
    }
    let mut bytes = Vec::new();
    // The file may grow between the size check and the read: never read past the limit.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_message(&e))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large(bytes.len() as u64, false));
    }
    Ok(bytes)
}

#[cfg(unix)]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt as _;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)
}

#[cfg(not(unix))]
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    std::fs::File::open(path)
}

fn not_regular() -> String {
    "this is not a regular file (a pipe, a device or a socket cannot be a data file); choose a .ron file".into()
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "the file does not exist (was it moved or deleted?)".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied: the file cannot be read".into(),
        _ => format!("the file cannot be read: {e}"),
    }
}

/// The size message, with the exact byte counts: "8.0 MiB" alone would read as if a
/// file one byte over the limit were within it. A file that grew while it was read is
/// known only to be larger than the limit.
fn too_large(len: u64, exact: bool) -> String {
    let (more_than, shown) = if exact {
        ("", len)
    } else {
        ("more than ", MAX_FILE_BYTES)
    };
    format!(
        "the file is {more_than}{} bytes ({:.1} MiB); data files may be at most {} bytes ({} MiB)",
        thousands(usize::try_from(shown).unwrap_or(usize::MAX)),
        shown as f64 / (1024.0 * 1024.0),
        thousands(usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX)),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// Loads data from raw bytes: checks size, encoding and emptiness, then parses.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Alliance, LoadError> {
    let fail = |problem: Problem| LoadError::single(name, problem);
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(Problem::whole_file(too_large(
            bytes.len() as u64,
            true,
        ))));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid_up_to = e.valid_up_to();
            let valid = bytes.get(..valid_up_to).unwrap_or_default();
            // The prefix is valid UTF-8 by construction.
            let before = String::from_utf8_lossy(valid);
            let at = LineIndex::new(&before).position(valid_up_to);
            let message = format!(
                "the file is not valid UTF-8 text (byte {} is not part of a UTF-8 character); save it as UTF-8",
                valid_up_to + 1
            );
            return Err(fail(
                Problem::whole_file(message).with_position(&before, at),
            ));
        }
    };
    load_str(name, text)
}

/// Parses and validates RON text. A leading byte-order mark and CRLF or CR-only line
/// ends are fine.
pub fn load_str(name: &str, text: &str) -> Result<Alliance, LoadError> {
    let text = readable(text);
    let text = text.as_ref();
    let data = parse_as_written(name, text)?;
    let (problems, more) = validate(&data, MAX_PROBLEMS);
    if !problems.is_empty() {
        let positions = locate(
            text,
            &with_parents(problems.iter().map(|p| p.path.as_str())),
        );
        let problems = problems
            .into_iter()
            .map(|p| match position_of(&positions, &p.path) {
                Some(at) => p.with_position(text, at),
                None => p,
            })
            .collect();
        return Err(LoadError {
            file: name.to_owned(),
            problems,
            more,
        });
    }
    Ok(settle(data))
}

/// Loads RON text as [`load_str`] does, without validating it: a file whose problems
/// the person has seen and chosen to keep is still saved, and what is saved must be
/// read back the way the app reads it.
pub fn load_unchecked(name: &str, text: &str) -> Result<Alliance, LoadError> {
    let text = readable(text);
    parse_as_written(name, text.as_ref()).map(settle)
}

/// The data exactly as the text writes it, before the loader's own steps ([`settle`]):
/// what a saver must compare with the text, since the text holds this, not the data
/// the app shows.
pub(crate) fn load_as_written(name: &str, text: &str) -> Result<Alliance, LoadError> {
    parse_as_written(name, readable(text).as_ref())
}

/// The text as the parser must see it: without a byte-order mark, and with lone CRs
/// as line ends (see [`lone_cr_to_lf`]).
pub(crate) fn readable(text: &str) -> Cow<'_, str> {
    lone_cr_to_lf(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// Parses text already made [`readable`].
fn parse_as_written(name: &str, text: &str) -> Result<Alliance, LoadError> {
    let fail = |problem: Problem| LoadError::single(name, problem);
    if text.trim().is_empty() {
        return Err(fail(Problem::whole_file(
            "the file is empty; start from `weprotect-explorer --print-default-data`",
        )));
    }
    let options = ron::Options::default().with_recursion_limit(MAX_NESTING);
    options
        .from_str(text)
        .map_err(|e| fail(syntax_problem(text, &e)))
}

/// What the loader does to the data as written: old member-count fields moved to
/// their provenance, addresses written out, date-ordered lists sorted.
pub(crate) fn settle(mut data: Alliance) -> Alliance {
    member_counts_provenance(&mut data.membership);
    written_out_addresses(&mut data);
    // The timeline and presenter read milestones in date order; equal dates keep the
    // file's order.
    let orders = date_orders(&data);
    data.milestones = in_order(std::mem::take(&mut data.milestones), &orders.milestones);
    data.membership.history = in_order(
        std::mem::take(&mut data.membership.history),
        &orders.history,
    );
    data.eras = in_order(std::mem::take(&mut data.eras), &orders.eras);
    data
}

/// For each list the loader sorts by date, the index in the file of each item in the
/// loaded order: the loaded `milestones[i]` is the file's `milestones[orders.milestones[i]]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct DateOrders {
    pub milestones: Vec<usize>,
    pub history: Vec<usize>,
    pub eras: Vec<usize>,
}

/// The loader's order of each date-sorted list: by date, a stable sort.
pub(crate) fn date_orders(data: &Alliance) -> DateOrders {
    fn by_date<T>(items: &[T], date: impl Fn(&T) -> PartialDate) -> Vec<usize> {
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by_key(|&i| items.get(i).map(&date));
        order
    }
    DateOrders {
        milestones: by_date(&data.milestones, |m| m.date),
        history: by_date(&data.membership.history, |h| h.date),
        eras: by_date(&data.eras, |e| e.start),
    }
}

/// `items` rearranged so that the i-th is the one at `order[i]`.
fn in_order<T>(items: Vec<T>, order: &[usize]) -> Vec<T> {
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order
        .iter()
        .filter_map(|&i| slots.get_mut(i).and_then(Option::take))
        .collect()
}

/// Old Mac files end lines with a lone CR, which the parser does not see as a line
/// break: a `//` comment would then run to the end of the file. Each lone CR becomes
/// a LF (the same length, so offsets do not move); CRLF is left alone.
pub(crate) fn lone_cr_to_lf(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let lone = |i: usize| bytes.get(i) == Some(&b'\r') && bytes.get(i + 1) != Some(&b'\n');
    // Most files have no CR at all: one fast search says so.
    if !bytes.contains(&b'\r') || !(0..bytes.len()).any(lone) {
        return Cow::Borrowed(text);
    }
    let fixed: Vec<u8> = (0..bytes.len())
        .map(|i| {
            if lone(i) {
                b'\n'
            } else {
                bytes.get(i).copied().unwrap_or(b'\n')
            }
        })
        .collect();
    // Only ASCII bytes were swapped for ASCII bytes: still UTF-8.
    String::from_utf8(fixed).map_or(Cow::Borrowed(text), Cow::Owned)
}

/// A syntax error, pointed at where the person must look.
fn syntax_problem(text: &str, e: &ron::error::SpannedError) -> Problem {
    let index = LineIndex::new(text);
    let reported = index.offset(e.span.start.line, e.span.start.col);
    let (message, offset) = match &e.code {
        ron::Error::ExceededRecursionLimit => (
            format!("the data is nested more than {MAX_NESTING} levels deep"),
            skip_blanks_and_comments(text, reported),
        ),
        // The parser notices only at the end of the file; the comment starts earlier.
        ron::Error::UnclosedBlockComment => (
            "this block comment is never closed; end it with */".into(),
            unclosed_block_comment(text).map_or(reported, |at| at.offset),
        ),
        // The parser reports some errors at the blanks before the offending value (or,
        // for trailing characters, at the end of the data): point at what is written.
        code => (code.to_string(), skip_blanks_and_comments(text, reported)),
    };
    Problem::whole_file(message).with_position(text, index.position(offset))
}

/// Older files give the member counts a `source` and a `note`; they become the counts'
/// provenance, so that every view reads one place. Without a source the counts rest on
/// the deck, as the deck is where they came from.
fn member_counts_provenance(m: &mut Membership) {
    if has_old_member_counts_fields(m) {
        m.provenance = Provenance {
            deck: m.source.is_none(),
            sources: m.source.take().into_iter().collect(),
            note: m.note.take(),
        };
    }
}

/// The member counts are described the old way, by `source` and `note` alone.
pub(crate) fn has_old_member_counts_fields(m: &Membership) -> bool {
    m.provenance.is_empty() && (m.source.is_some() || m.note.is_some())
}

/// Replaces every address by the form the browser receives (see [`check_url`]), so that
/// every hover text, list and slide shows exactly what a click opens; a non-ASCII host,
/// for one, is shown in its `xn--` form, as the browser's address bar shows it.
/// After validation every address checks; one that does not (a file loaded unchecked)
/// stays as it is and is still refused at the door.
fn written_out_addresses(data: &mut Alliance) {
    let sources = data
        .milestones
        .iter_mut()
        .flat_map(|m| m.sources.iter_mut())
        .chain(data.eras.iter_mut().flat_map(|e| e.sources.iter_mut()))
        .chain(data.membership.source.iter_mut())
        .chain(
            data.membership
                .history
                .iter_mut()
                .filter_map(|h| h.source.as_mut()),
        )
        .chain(data.summit.source.iter_mut())
        .chain(data.membership.provenance.sources.iter_mut())
        .chain(
            data.membership
                .groups
                .iter_mut()
                .flat_map(|g| g.provenance.sources.iter_mut()),
        )
        .chain(data.summit.attendance_provenance.sources.iter_mut())
        .chain(
            data.outcomes
                .iter_mut()
                .flat_map(|o| o.provenance.sources.iter_mut()),
        );
    let addresses = sources
        .map(|s| &mut s.url)
        .chain(data.resources.iter_mut().filter_map(|r| r.url.as_mut()));
    for url in addresses {
        if let Ok(written) = check_url(url) {
            *url = written;
        }
    }
}

/// The offset of the first character at or after `offset` that is neither blank nor
/// inside a comment; `offset` itself if there is none.
fn skip_blanks_and_comments(text: &str, offset: usize) -> usize {
    let Some(rest) = text.get(offset..) else {
        return offset;
    };
    let mut i = 0;
    loop {
        let tail = rest.get(i..).unwrap_or_default();
        let trimmed = tail.trim_start();
        i += tail.len() - trimmed.len();
        if let Some(after) = trimmed.strip_prefix("//") {
            i += 2 + after.find('\n').unwrap_or(after.len());
        } else if trimmed.starts_with("/*") {
            match trimmed.find("*/") {
                Some(end) => i += end + 2,
                None => return offset,
            }
        } else if trimmed.is_empty() {
            return offset;
        } else {
            return offset + i;
        }
    }
}
