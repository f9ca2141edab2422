//! Writing the page to disk: `index.html` and `style.css` in a folder.
//!
//! Each file is written to a new temporary file beside it and then renamed over the
//! old one, so a reader never sees half a page, and a link planted under either name is
//! replaced, never followed. Nothing else in the folder is touched.

use std::path::{Path, PathBuf};

use crate::export::replace;
use crate::model::Alliance;

use super::{Origin, STYLE, page};

/// The page's file in the folder it is exported to.
pub const PAGE_FILE: &str = "index.html";
/// Its stylesheet, beside it.
pub const STYLE_FILE: &str = "style.css";

/// Writes the page for `data` into `folder` (made if missing) and returns the path of
/// its `index.html`.
pub fn export(folder: &Path, data: &Alliance, origin: Origin<'_>) -> Result<PathBuf, String> {
    match std::fs::metadata(folder) {
        Ok(meta) if !meta.is_dir() => {
            return Err(format!("{} exists and is not a folder", folder.display()));
        }
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => std::fs::create_dir_all(folder)
            .map_err(|e| format!("could not create the folder {}: {e}", folder.display()))?,
        Err(e) => return Err(format!("could not read {}: {e}", folder.display())),
    }
    replace(&folder.join(STYLE_FILE), STYLE.as_bytes())?;
    let index = folder.join(PAGE_FILE);
    replace(&index, page(data, origin).as_bytes())?;
    Ok(index)
}

/// How many numbered names are tried before giving up.
const MAX_NAME_TRIES: usize = 1000;

/// Makes a new, empty folder `parent/stem` (or `stem-2`, `stem-3`…) for an export, so
/// an export from the menu never mixes with or overwrites an earlier one.
pub fn new_folder(parent: &Path, stem: &str) -> Result<PathBuf, String> {
    for n in 1..=MAX_NAME_TRIES {
        let name = if n == 1 {
            stem.to_owned()
        } else {
            format!("{stem}-{n}")
        };
        let path = parent.join(name);
        match std::fs::create_dir(&path) {
            Ok(()) => return Ok(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(format!("could not create {}: {e}", path.display())),
        }
    }
    Err(format!(
        "{} already holds {MAX_NAME_TRIES} folders named {stem}",
        parent.display()
    ))
}
