//! egui with no window: a `Context` styled as the app styles its window, run for a page
//! of a given size, its output tessellated and painted by [`super::raster`].

use std::sync::Arc;

use eframe::egui::{self, Color32, ColorImage, Pos2, Rect, ViewportId};

use super::raster::{Textures, paint};

/// How many frames a page may take to settle. egui lays text out on the first frame
/// and places what depends on measured sizes on the next; a page that still asks for
/// more after this many is painted as it is.
const MAX_FRAMES: usize = 5;

/// A headless egui, kept from page to page so fonts and the glyph atlas are made once.
pub struct Headless {
    ctx: egui::Context,
    textures: Textures,
}

impl Headless {
    /// egui styled by `style` (the app's `apply_style`, not high contrast) in `theme`,
    /// with the system font fallback that eframe's `system_fonts` gives the window: the
    /// same type scale, colours and glyphs as on the screen.
    pub fn new(style: fn(&egui::Context, bool), theme: egui::Theme) -> Self {
        let ctx = egui::Context::default();
        ctx.add_font_provider(Arc::new(
            egui_system_font_provider::SystemFontProvider::new(),
        ));
        style(&ctx, false);
        ctx.set_theme(theme);
        // A page is one still picture: anything animated is drawn where it ends.
        ctx.all_styles_mut(|style| style.animation_time = 0.0);
        Self {
            ctx,
            textures: Textures::default(),
        }
    }

    /// Draws with `draw` on a page of `size` pixels at `pixels_per_point`, and paints
    /// the settled frame. Pixels nothing covers stay transparent.
    pub fn render(
        &mut self,
        size: [usize; 2],
        pixels_per_point: f32,
        mut draw: impl FnMut(&mut egui::Ui),
    ) -> ColorImage {
        let ppp = if pixels_per_point.is_finite() && pixels_per_point > 0.0 {
            pixels_per_point
        } else {
            1.0
        };
        let points = egui::vec2(size[0] as f32, size[1] as f32) / ppp;
        let mut input = egui::RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, points)),
            ..Default::default()
        };
        if let Some(viewport) = input.viewports.get_mut(&ViewportId::ROOT) {
            viewport.native_pixels_per_point = Some(ppp);
        }
        let mut frame = 0;
        let mut output = loop {
            frame += 1;
            let mut output = self.ctx.run_ui(input.clone(), &mut draw);
            self.textures.set(&mut output.textures_delta);
            let wants_more = output
                .viewport_output
                .get(&ViewportId::ROOT)
                .is_some_and(|v| v.repaint_delay.is_zero());
            if frame >= MAX_FRAMES || (frame >= 2 && !wants_more) {
                break output;
            }
            // This frame is never painted, so what it frees can go now.
            self.textures.free(&mut output.textures_delta);
        };
        let shapes = std::mem::take(&mut output.shapes);
        let primitives = self.ctx.tessellate(shapes, output.pixels_per_point);
        let mut image = ColorImage::new(size, vec![Color32::TRANSPARENT; size[0] * size[1]]);
        paint(
            &mut image,
            &primitives,
            &self.textures,
            output.pixels_per_point,
        );
        self.textures.free(&mut output.textures_delta);
        image
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pixel(image: &ColorImage, x: usize, y: usize) -> Color32 {
        image.pixels[y * image.size[0] + x]
    }

    #[test]
    fn draws_text_with_the_font_atlas_in_the_theme_asked_for() {
        for (theme, fill) in [
            (egui::Theme::Light, egui::Visuals::light().panel_fill),
            (egui::Theme::Dark, egui::Visuals::dark().panel_fill),
        ] {
            let mut headless = Headless::new(|_, _| {}, theme);
            let image = headless.render([200, 60], 1.0, |ui| {
                ui.painter()
                    .rect_filled(ui.max_rect(), 0.0, ui.visuals().panel_fill);
                ui.label(egui::RichText::new("Handout").size(32.0));
            });
            assert_eq!(image.size, [200, 60]);
            assert_eq!(pixel(&image, 199, 59), fill, "{theme:?}: the panel's fill");
            // Glyphs: pixels of the text colour where the word is, not only the fill.
            let text = image.pixels.iter().filter(|p| **p != fill).count();
            assert!(text > 200, "{theme:?}: {text} pixels of text");
        }
    }

    #[test]
    fn pixels_per_point_scales_the_drawing_not_the_layout() {
        let mut headless = Headless::new(|_, _| {}, egui::Theme::Light);
        let square = |ui: &mut egui::Ui| {
            let r = Rect::from_min_size(egui::pos2(10.0, 10.0), egui::vec2(20.0, 20.0));
            ui.painter().rect_filled(r, 0.0, Color32::RED);
        };
        let one = headless.render([100, 100], 1.0, square);
        let two = headless.render([200, 200], 2.0, square);
        assert_eq!(pixel(&one, 20, 20), Color32::RED);
        assert_eq!(pixel(&two, 40, 40), Color32::RED);
        assert_eq!(pixel(&two, 61, 61), Color32::TRANSPARENT);
        assert_eq!(pixel(&one, 31, 31), Color32::TRANSPARENT);
    }
}
