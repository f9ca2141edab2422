//! Reading a data file: size and encoding checks, parsing, validation, ordering.

use std::io::Read;
use std::path::Path;

use super::locate::{locate, position_of};
use super::problem::{LoadError, Problem};
use super::types::Alliance;
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
        "{} milestones, {} member groups, {} outcomes, {} resources, {} slides",
        data.milestones.len(),
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

/// Reads and loads the file at `path`; `name` is how the file is named in messages.
pub fn load_path(path: &Path) -> Result<Alliance, LoadError> {
    let name = path.display().to_string();
    let fail = |message: String| LoadError {
        file: name.clone(),
        problems: vec![Problem::whole_file(message)],
    };
    let meta = std::fs::metadata(path).map_err(|e| fail(io_message(&e)))?;
    if meta.is_dir() {
        return Err(fail(
            "this is a folder, not a data file; choose a .ron file".into(),
        ));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(fail(too_large(meta.len())));
    }
    let mut bytes = Vec::new();
    let file = std::fs::File::open(path).map_err(|e| fail(io_message(&e)))?;
    // The file may grow between the size check and the read: never read past the limit.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(io_message(&e)))?;
    load_bytes(&name, &bytes)
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "the file does not exist (was it moved or deleted?)".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied: the file cannot be read".into(),
        _ => format!("the file cannot be read: {e}"),
    }
}

fn too_large(len: u64) -> String {
    format!(
        "the file is {:.1} MiB; data files may be at most {} MiB",
        len as f64 / (1024.0 * 1024.0),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// Loads data from raw bytes: checks size, encoding and emptiness, then parses.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Alliance, LoadError> {
    let fail = |problem: Problem| LoadError {
        file: name.to_owned(),
        problems: vec![problem],
    };
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(fail(Problem::whole_file(too_large(bytes.len() as u64))));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
            // The prefix is valid UTF-8 by construction.
            let before = String::from_utf8_lossy(valid);
            let line = 1 + before.matches('\n').count();
            let col = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
            let message = format!(
                "the file is not valid UTF-8 text (byte {} is not part of a UTF-8 character); save it as UTF-8",
                e.valid_up_to() + 1
            );
            return Err(fail(
                Problem::whole_file(message).with_position(&before, line, col),
            ));
        }
    };
    load_str(name, text)
}

/// Parses and validates RON text. A leading byte-order mark and CRLF line ends are fine.
pub fn load_str(name: &str, text: &str) -> Result<Alliance, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let fail = |problems: Vec<Problem>| LoadError {
        file: name.to_owned(),
        problems,
    };
    if text.trim().is_empty() {
        return Err(fail(vec![Problem::whole_file(
            "the file is empty; start from `weprotect-explorer --print-default-data`",
        )]));
    }
    let options = ron::Options::default().with_recursion_limit(MAX_NESTING);
    let mut data: Alliance = options.from_str(text).map_err(|e| {
        let pos = skip_blanks(text, e.span.start);
        let message = match &e.code {
            ron::Error::ExceededRecursionLimit => {
                format!("the data is nested more than {MAX_NESTING} levels deep")
            }
            code => code.to_string(),
        };
        fail(vec![
            Problem::whole_file(message).with_position(text, pos.line, pos.col),
        ])
    })?;
    let problems = validate(&data);
    if !problems.is_empty() {
        let positions = locate(text);
        let problems = problems
            .into_iter()
            .map(|p| match position_of(&positions, &p.path) {
                Some(pos) => p.with_position(text, pos.line, pos.col),
                None => p,
            })
            .collect();
        return Err(fail(problems));
    }
    written_out_addresses(&mut data);
    // The timeline and presenter read milestones in date order; equal dates keep the
    // file's order.
    data.milestones.sort_by_key(|a| a.date);
    data.membership.history.sort_by_key(|a| a.date);
    Ok(data)
}

/// Replaces every address by the form the browser receives (see [`check_url`]), so that
/// every hover text, list and slide shows exactly what a click opens; a non-ASCII host,
/// for one, is shown in its `xn--` form, as the browser's address bar shows it.
/// Validation has passed, so every address checks; one that did not would stay as it is
/// and still be refused at the door.
fn written_out_addresses(data: &mut Alliance) {
    let sources = data
        .milestones
        .iter_mut()
        .flat_map(|m| m.sources.iter_mut())
        .chain(data.membership.source.iter_mut())
        .chain(
            data.membership
                .history
                .iter_mut()
                .filter_map(|h| h.source.as_mut()),
        )
        .chain(data.summit.source.iter_mut());
    let addresses = sources
        .map(|s| &mut s.url)
        .chain(data.resources.iter_mut().filter_map(|r| r.url.as_mut()));
    for url in addresses {
        if let Ok(written) = check_url(url) {
            *url = written;
        }
    }
}

/// The parser reports some errors at the blank before the offending value; point at
/// the value itself.
fn skip_blanks(text: &str, pos: ron::error::Position) -> ron::error::Position {
    let Some(line) = text.lines().nth(pos.line.saturating_sub(1)) else {
        return pos;
    };
    let blanks = line
        .chars()
        .skip(pos.col.saturating_sub(1))
        .take_while(|c| *c == ' ' || *c == '\t')
        .count();
    let within = line.chars().count() >= pos.col + blanks;
    ron::error::Position {
        line: pos.line,
        col: if within { pos.col + blanks } else { pos.col },
    }
}
