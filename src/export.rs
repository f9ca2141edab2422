//! Saving the current view as a PNG image.

use std::path::{Path, PathBuf};

use eframe::egui::ColorImage;

/// Where an export goes when the person has not picked a file: the Pictures folder
/// (or the home folder), with a name that sorts by date and never overwrites.
pub fn default_path(view: &str, now: std::time::SystemTime) -> PathBuf {
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("."));
    let pictures = std::env::var_os("XDG_PICTURES_DIR")
        .map(PathBuf::from)
        .filter(|p| p.is_dir())
        .or_else(|| Some(home.join("Pictures")).filter(|p| p.is_dir()))
        .unwrap_or(home);
    let secs = now
        .duration_since(std::time::UNIX_EPOCH)
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
    let base = format!("weprotect-{slug}-{y:04}-{mo:02}-{d:02}-{h:02}{mi:02}{s:02}");
    let mut path = pictures.join(format!("{base}.png"));
    let mut n = 2;
    while path.exists() {
        path = pictures.join(format!("{base}-{n}.png"));
        n += 1;
    }
    path
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

/// Writes `image` to `path` as PNG.
pub fn save_png(image: &ColorImage, path: &Path) -> Result<(), String> {
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
    buffer
        .save_with_format(path, image::ImageFormat::Png)
        .map_err(|e| format!("could not write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_right() {
        assert_eq!(civil(0), (1970, 1, 1, 0, 0, 0));
        assert_eq!(civil(1_654_128_000 + 3661), (2022, 6, 2, 1, 1, 1));
        assert_eq!(civil(951_782_400), (2000, 2, 29, 0, 0, 0));
    }

    #[test]
    fn saves_a_png_that_reads_back() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("x.png");
        let image = ColorImage::new([3, 2], vec![eframe::egui::Color32::RED; 6]);
        assert_eq!(save_png(&image, &path), Ok(()));
        let back = image::open(&path).map(|i| i.into_rgba8());
        assert!(
            back.is_ok_and(|b| b.dimensions() == (3, 2) && b.get_pixel(0, 0).0 == [255, 0, 0, 255])
        );
    }
}
