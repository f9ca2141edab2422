//! The PDF itself: one page per picture, each page a single image that fills it.
//!
//! Written with typst's `pdf-writer`, which writes the objects, cross-reference table
//! and trailer but checks nothing: which objects a page needs is decided here. Images
//! are 8-bit `DeviceRGB`, deflated (`FlateDecode`) with `miniz_oxide`; alpha is flattened
//! onto the page's colour first, since paper has no transparency.

use eframe::egui::{Color32, ColorImage};
use miniz_oxide::deflate::compress_to_vec_zlib;
use pdf_writer::{Content, Filter, Finish as _, Name, Pdf, Rect, Ref, TextStr};

/// PDF points per image pixel. A 1920×1080 slide becomes a 960×540 pt page, 13.33 by
/// 7.5 inches: the size of a 16:9 slide in the common presentation programs, so the
/// handout prints and scales like a deck exported from them, at 144 pixels per inch.
pub const POINTS_PER_PIXEL: f32 = 0.5;

/// zlib's default level: the slides' large flat areas deflate well at it, and higher
/// levels cost more time than they save bytes on these pictures.
const DEFLATE_LEVEL: u8 = 6;

const CATALOG: Ref = Ref::new(1);
const PAGE_TREE: Ref = Ref::new(2);
const INFO: Ref = Ref::new(3);
const IMAGE: Name<'static> = Name(b"Im1");

/// A document being written, page by page, so that only one page's picture is held at
/// a time.
pub struct Document {
    pdf: Pdf,
    pages: Vec<Ref>,
    next: i32,
}

impl Default for Document {
    fn default() -> Self {
        Self::new()
    }
}

impl Document {
    pub fn new() -> Self {
        Self {
            pdf: Pdf::new(),
            pages: Vec::new(),
            next: 4,
        }
    }

    fn id(&mut self) -> Ref {
        let id = Ref::new(self.next);
        self.next += 1;
        id
    }

    /// Adds a page showing `image` (premultiplied) over `paper`, the page's own colour.
    pub fn add_page(&mut self, image: &ColorImage, paper: Color32) {
        let [width, height] = image.size;
        let (page, picture, content) = (self.id(), self.id(), self.id());
        let (w, h) = (
            width as f32 * POINTS_PER_PIXEL,
            height as f32 * POINTS_PER_PIXEL,
        );

        let mut writer = self.pdf.page(page);
        writer
            .parent(PAGE_TREE)
            .media_box(Rect::new(0.0, 0.0, w, h))
            .contents(content);
        writer.resources().x_objects().pair(IMAGE, picture);
        writer.finish();

        let samples = compress_to_vec_zlib(&flatten(image, paper), DEFLATE_LEVEL);
        let mut xobject = self.pdf.image_xobject(picture, &samples);
        xobject.filter(Filter::FlateDecode);
        xobject.width(i32::try_from(width).unwrap_or(i32::MAX));
        xobject.height(i32::try_from(height).unwrap_or(i32::MAX));
        xobject.color_space().device_rgb();
        xobject.bits_per_component(8);
        // Pixels are pictures of text and lines: smoothing them when a viewer scales
        // the page would blur the text.
        xobject.interpolate(false);
        xobject.finish();

        // An image is a 1×1 unit square until the transformation stretches it over the
        // whole page.
        let mut draw = Content::new();
        draw.save_state();
        draw.transform([w, 0.0, 0.0, h, 0.0, 0.0]);
        draw.x_object(IMAGE);
        draw.restore_state();
        self.pdf.stream(content, &draw.finish());
        self.pages.push(page);
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
    }

    /// The finished file, with `title` and `producer` in its document information.
    pub fn finish(mut self, title: &str, producer: &str) -> Vec<u8> {
        self.pdf.catalog(CATALOG).pages(PAGE_TREE);
        let count = i32::try_from(self.pages.len()).unwrap_or(i32::MAX);
        self.pdf
            .pages(PAGE_TREE)
            .kids(self.pages.iter().copied())
            .count(count);
        self.pdf
            .document_info(INFO)
            .title(TextStr(title))
            .producer(TextStr(producer))
            .creator(TextStr(producer));
        self.pdf.finish()
    }
}

/// RGB samples of a premultiplied image laid over an opaque `paper`.
fn flatten(image: &ColorImage, paper: Color32) -> Vec<u8> {
    let paper = paper.to_array();
    let mut rgb = Vec::with_capacity(image.pixels.len() * 3);
    for pixel in &image.pixels {
        let [r, g, b, a] = pixel.to_array();
        let keep = 255 - u16::from(a);
        for (c, under) in [r, g, b].into_iter().zip(paper) {
            let over = u16::from(c) + (u16::from(under) * keep + 127) / 255;
            rgb.push(over.min(255) as u8);
        }
    }
    rgb
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alpha_is_flattened_onto_the_paper() {
        let image = ColorImage::new(
            [3, 1],
            vec![
                Color32::TRANSPARENT,
                Color32::from_rgba_premultiplied(100, 0, 0, 128),
                Color32::BLUE,
            ],
        );
        let rgb = flatten(&image, Color32::WHITE);
        assert_eq!(rgb, vec![255, 255, 255, 227, 127, 127, 0, 0, 255]);
    }

    #[test]
    fn pages_are_sized_by_their_pictures_and_the_info_is_written() {
        let mut doc = Document::new();
        doc.add_page(
            &ColorImage::new([4, 2], vec![Color32::RED; 8]),
            Color32::WHITE,
        );
        doc.add_page(
            &ColorImage::new([4, 3], vec![Color32::RED; 12]),
            Color32::WHITE,
        );
        assert_eq!(doc.page_count(), 2);
        let bytes = doc.finish("Talk — 2022", "Maker 1.0");
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.starts_with("%PDF-"));
        assert!(text.contains("/MediaBox [0 0 2 1]"), "{text}");
        assert!(text.contains("/MediaBox [0 0 2 1.5]"), "{text}");
        assert!(text.contains("/Count 2"));
        assert!(text.contains("/Producer (Maker 1.0)"));
        assert!(text.trim_end().ends_with("%%EOF"));
    }
}
