//! Names and places for what the app saves: pictures of a view (PNG, on the desktop)
//! and exported pages.

use std::path::{Path, PathBuf};

#[cfg(not(target_arch = "wasm32"))]
use eframe::egui::ColorImage;

/// The folder a picture goes to when the person has not picked one: the Pictures
/// folder, or the home folder.
pub fn pictures_folder() -> PathBuf {
    user_folder("XDG_PICTURES_DIR", "Pictures")
}

/// Where the folder dialog for an exported page starts: the Documents folder, or the
/// home folder.
pub fn documents_folder() -> PathBuf {
    user_folder("XDG_DOCUMENTS_DIR", "Documents")
}

fn user_folder(variable: &str, name: &str) -> PathBuf {
    let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("."), PathBuf::from);
    std::env::var_os(variable)
        .map(PathBuf::from)
        .filter(|p| p.is_dir())
        .or_else(|| Some(home.join(name)).filter(|p| p.is_dir()))
        .unwrap_or(home)
}

/// A file name that sorts by date: `weprotect-timeline-2022-06-01-093000`.
pub fn file_stem(view: &str, now: web_time::SystemTime) -> String {
    let secs = now
        .duration_since(web_time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    let (y, mo, d, h, mi, s) = civil(secs);
    let slug: String = view
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    format!("weprotect-{slug}-{y:04}-{mo:02}-{d:02}-{h:02}{mi:02}{s:02}")
}

/// `folder/stem.ext`, or `stem-2.ext`, `stem-3.ext`… when that is taken: a name for a
/// file written where the person did not choose one (tests give a folder).
pub fn unused_name(folder: &Path, stem: &str, ext: &str) -> PathBuf {
    (1..MAX_NAME_TRIES)
        .map(|n| match n {
            1 => folder.join(format!("{stem}.{ext}")),
            n => folder.join(format!("{stem}-{n}.{ext}")),
        })
        .find(|p| !p.exists())
        .unwrap_or_else(|| folder.join(format!("{stem}-last.{ext}")))
}

/// How many numbered names are tried before giving up.
const MAX_NAME_TRIES: usize = 1000;

/// Writes `bytes` to a new file `folder/stem.png` (or `stem-2.png`, `stem-3.png`…) and
/// returns its path. The file is created with `create_new`: an existing file is never
/// overwritten, and a symbolic link planted under the name, even a dangling one, is
/// never followed.
pub fn write_new(folder: &Path, stem: &str, bytes: &[u8]) -> Result<PathBuf, String> {
    use std::io::Write as _;
    for n in 1..=MAX_NAME_TRIES {
        let name = if n == 1 {
            format!("{stem}.png")
        } else {
            format!("{stem}-{n}.png")
        };
        let path = folder.join(name);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                return file
                    .write_all(bytes)
                    .and_then(|()| file.sync_all())
                    .map(|()| path.clone())
                    .map_err(|e| format!("could not write {}: {e}", path.display()));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(format!("could not create {}: {e}", path.display())),
        }
    }
    Err(format!(
        "{} already holds {MAX_NAME_TRIES} pictures named {stem}",
        folder.display()
    ))
}

/// Writes `bytes` to `path` whole or not at all: to a fresh temporary file in the same
/// folder, then renamed over `path`. A reader never sees half a file, a failed write
/// leaves what was there, and a link planted under the name is replaced, never followed.
pub fn replace(path: &Path, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write as _;
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for n in 0..MAX_NAME_TRIES {
        let temporary = folder.join(format!(".{name}.{}-{n}.part", std::process::id()));
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary);
        let mut file = match file {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(format!("could not write in {}: {e}", folder.display())),
        };
        let written = file
            .write_all(bytes)
            .and_then(|()| file.sync_all())
            .and_then(|()| std::fs::rename(&temporary, path));
        return written.map_err(|e| {
            let _ = std::fs::remove_file(&temporary);
            format!("could not write {}: {e}", path.display())
        });
    }
    Err(format!(
        "could not write {}: no free temporary name",
        path.display()
    ))
}

/// A moment as a person reads it: "2026-11-30 19:05 UTC".
pub fn utc_time(secs: u64) -> String {
    let (y, mo, d, h, mi, _) = civil(secs);
    format!("{y:04}-{mo:02}-{d:02} {h:02}:{mi:02} UTC")
}

/// UTC calendar date and time of a Unix timestamp.
fn civil(secs: u64) -> (i64, u32, u32, u32, u32, u32) {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    // Howard Hinnant's days-to-civil algorithm.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (
        y,
        m,
        d,
        (rem / 3600) as u32,
        ((rem % 3600) / 60) as u32,
        (rem % 60) as u32,
    )
}

/// Encodes `image` as PNG.
#[cfg(not(target_arch = "wasm32"))]
pub fn encode_png(image: &ColorImage) -> Result<Vec<u8>, String> {
    let [w, h] = image.size;
    let mut bytes = Vec::with_capacity(w * h * 4);
    for px in &image.pixels {
        bytes.extend_from_slice(&px.to_srgba_unmultiplied());
    }
    let (w, h) = (
        u32::try_from(w).map_err(|e| e.to_string())?,
        u32::try_from(h).map_err(|e| e.to_string())?,
    );
    let buffer =
        image::RgbaImage::from_raw(w, h, bytes).ok_or("the screenshot has the wrong size")?;
    let mut png = std::io::Cursor::new(Vec::new());
    buffer
        .write_to(&mut png, image::ImageFormat::Png)
        .map_err(|e| format!("could not encode the picture: {e}"))?;
    Ok(png.into_inner())
}

#[cfg(not(target_arch = "wasm32"))]
/// Saves `image` as a new PNG file in `folder`; see [`write_new`].
pub fn save_png(image: &ColorImage, folder: &Path, stem: &str) -> Result<PathBuf, String> {
    write_new(folder, stem, &encode_png(image)?)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn dates_are_right() {
        assert_eq!(civil(0), (1970, 1, 1, 0, 0, 0));
        assert_eq!(civil(1_654_128_000 + 3661), (2022, 6, 2, 1, 1, 1));
        assert_eq!(civil(951_782_400), (2000, 2, 29, 0, 0, 0));
    }

    #[test]
    fn saves_a_png_that_reads_back_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let image = ColorImage::new([3, 2], vec![eframe::egui::Color32::RED; 6]);
        let first = save_png(&image, dir.path(), "x");
        assert_eq!(
            first.as_deref().ok(),
            Some(dir.path().join("x.png").as_path())
        );
        let second = save_png(&image, dir.path(), "x");
        assert_eq!(
            second.as_deref().ok(),
            Some(dir.path().join("x-2.png").as_path())
        );
        let back = image::open(dir.path().join("x.png")).map(image::DynamicImage::into_rgba8);
        assert!(
            back.is_ok_and(|b| b.dimensions() == (3, 2) && b.get_pixel(0, 0).0 == [255, 0, 0, 255])
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_link_is_never_followed() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let elsewhere = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let target = elsewhere.path().join("victim");
        // A dangling link named like the next export, pointing where it must not write.
        std::os::unix::fs::symlink(&target, dir.path().join("x.png"))
            .unwrap_or_else(|e| panic!("{e}"));
        let saved = write_new(dir.path(), "x", b"png");
        assert_eq!(
            saved.as_deref().ok(),
            Some(dir.path().join("x-2.png").as_path())
        );
        assert!(!target.exists(), "the export followed the link");
        assert!(
            std::fs::symlink_metadata(dir.path().join("x.png"))
                .is_ok_and(|m| m.file_type().is_symlink())
        );
    }
}
