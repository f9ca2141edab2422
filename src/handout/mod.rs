//! Handouts: the talk's slides as a PDF, one slide a page, optionally with the
//! speaker's notes under each.
//!
//! Each slide is drawn exactly as presenter mode draws it (`presenter::draw_page`), by
//! egui running with no window (`headless`); egui's triangles are painted on the CPU
//! ([`raster`]) and each picture becomes one page ([`mod@pdf`]). Pictures rather than PDF
//! text and paths, because the picture *is* the slide: the same fonts, charts and
//! layout as on the screen, with no second drawing of every view to keep in step. The
//! accessible, searchable text of the same story is the web page (`--export-html`).

mod headless;
mod notes;
pub mod pdf;
pub mod raster;

use std::path::{Path, PathBuf};

use eframe::egui::{self, Color32, ColorImage};

pub use headless::Headless;

use crate::model::Alliance;
use crate::views::presenter;

/// A slide's picture in pixels: the presenter's 1920×1080 canvas at one pixel per unit,
/// so its type scale (body text 36 units) is what the page shows.
pub const SLIDE: [usize; 2] = [1920, 1080];
/// The notes under a slide, in pixels: half a slide's height, room for the longest
/// notes of the built-in talk at the slides' body size.
pub const NOTES_HEIGHT: usize = 540;
/// Pixels per egui point on a page: the slide canvas is laid out in points, one a pixel.
const PIXELS_PER_POINT: f32 = 1.0;
/// The most pages a handout holds. A page is about 100 kB and takes about 0.1 s, and
/// the whole PDF is built in memory: a data file can list tens of thousands of slides,
/// which would take gigabytes and an hour, so such a talk is refused with its count.
pub const MAX_PAGES: usize = 500;
/// What shows where a picture leaves anything transparent: paper is white.
const PAPER: Color32 = Color32::WHITE;

/// What a handout takes from the app that makes it. (Passed in rather than imported:
/// the app imports this module to export from its menu.)
#[derive(Clone, Copy, Debug)]
pub struct Maker<'a> {
    /// The PDF's producer: the app's name and version.
    pub producer: &'a str,
    /// The app's style, given whether high contrast is on (`app::apply_style`).
    pub style: fn(&egui::Context, bool),
}

/// What a handout holds and how it looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Each slide with its speaker's notes under it.
    pub notes: bool,
    /// The colour theme the slides are drawn in; light by default, for paper.
    pub theme: egui::Theme,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            notes: false,
            theme: egui::Theme::Light,
        }
    }
}

impl Options {
    /// The size of every page's picture, in pixels.
    pub fn page_size(self) -> [usize; 2] {
        if self.notes {
            [SLIDE[0], SLIDE[1] + NOTES_HEIGHT]
        } else {
            SLIDE
        }
    }
}

/// Why a handout was not written.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum HandoutError {
    #[error(
        "the data has no slides, so there is nothing to put in a PDF; add a `slides` section to the data file"
    )]
    NoSlides,
    #[error("{} is a folder; give the name of the PDF file to write, such as {}", .0.display(), .0.join("slides.pdf").display())]
    IsFolder(PathBuf),
    #[error(
        "the talk has {0} slides; a handout holds at most {MAX_PAGES}, so make a data file with the slides to hand out"
    )]
    TooManySlides(usize),
    #[error("{0}")]
    Write(String),
}

/// What was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    pub pages: usize,
    pub bytes: usize,
}

impl Written {
    /// What a person is told was written: "9 pages, 1.2 MB".
    pub fn describe(&self) -> String {
        let pages = match self.pages {
            1 => "1 page".to_owned(),
            n => format!("{n} pages"),
        };
        let size = if self.bytes >= 1_000_000 {
            format!("{:.1} MB", self.bytes as f64 / 1e6)
        } else {
            format!("{} kB", self.bytes.div_ceil(1000))
        };
        format!("{pages}, {size}")
    }
}

/// The document's title: the first slide's title, else the summit's name, else the
/// data's title.
pub fn title(data: &Alliance) -> String {
    [
        data.slides.first().map(|s| s.title.as_str()),
        Some(data.summit.title.as_str()),
        Some(data.title.as_str()),
    ]
    .into_iter()
    .flatten()
    .map(str::trim)
    .find(|t| !t.is_empty())
    .unwrap_or("Slides")
    .to_owned()
}

/// Slide `index` as its page's picture (premultiplied RGBA, `options.page_size()`).
pub fn render_page(
    headless: &mut Headless,
    data: &Alliance,
    index: usize,
    options: Options,
) -> ColorImage {
    headless.render(options.page_size(), PIXELS_PER_POINT, |ui| {
        let points = egui::vec2(SLIDE[0] as f32, SLIDE[1] as f32) / PIXELS_PER_POINT;
        let slide = egui::Rect::from_min_size(ui.max_rect().min, points);
        let mut on_slide = ui.new_child(egui::UiBuilder::new().max_rect(slide));
        presenter::draw_page(&mut on_slide, data, index);
        if options.notes {
            let below = egui::Rect::from_min_max(slide.left_bottom(), ui.max_rect().max);
            let text = data.slides.get(index).map_or("", |s| s.notes.as_str());
            notes::draw(ui, below, text);
        }
    })
}

/// The whole handout as the bytes of a PDF file, and what they hold.
pub fn pdf(
    data: &Alliance,
    options: Options,
    maker: Maker<'_>,
) -> Result<(Written, Vec<u8>), HandoutError> {
    if data.slides.is_empty() {
        return Err(HandoutError::NoSlides);
    }
    if data.slides.len() > MAX_PAGES {
        return Err(HandoutError::TooManySlides(data.slides.len()));
    }
    let mut headless = Headless::new(maker.style, options.theme);
    let mut document = pdf::Document::new();
    for index in 0..data.slides.len() {
        let picture = render_page(&mut headless, data, index, options);
        document.add_page(&picture, PAPER);
    }
    let pages = document.page_count();
    let bytes = document.finish(&title(data), maker.producer);
    Ok((
        Written {
            pages,
            bytes: bytes.len(),
        },
        bytes,
    ))
}

/// Writes the handout to `path` whole or not at all: to a temporary file beside it,
/// then renamed over it, so a failed export never leaves half a PDF.
pub fn export(
    path: &Path,
    data: &Alliance,
    options: Options,
    maker: Maker<'_>,
) -> Result<Written, HandoutError> {
    // Both refusals come before the slides are drawn, which takes a while.
    if path.is_dir() {
        return Err(HandoutError::IsFolder(path.to_path_buf()));
    }
    if data.slides.is_empty() {
        return Err(HandoutError::NoSlides);
    }
    if data.slides.len() > MAX_PAGES {
        return Err(HandoutError::TooManySlides(data.slides.len()));
    }
    let (written, bytes) = pdf(data, options, maker)?;
    crate::export::replace(path, &bytes).map_err(HandoutError::Write)?;
    Ok(written)
}
