//! The slide canvas: every slide is laid out on one 16:9 canvas of 1920×1080 canvas
//! units, scaled uniformly to the window and centred, with bars where the window's
//! shape differs (as reveal.js does). A slide then looks the same at 1280×720,
//! 1920×1080 and 3840×2160, and on a 4:3 or 16:10 screen.
//!
//! Sizes on a slide are in canvas units, times the canvas's `scale` (points per unit);
//! text takes them from the one type scale below.

use eframe::egui::{Rect, vec2};

pub const WIDTH: f32 = 1920.0;
pub const HEIGHT: f32 = 1080.0;

/// The slides' type scale, in canvas units: every text size a slide draws, named for
/// its job. Body text is 36 units: 1/30 of the slide's height, about what a slide deck
/// uses for its points so that they read from the back of a room.
pub mod size {
    /// The title slide's title and the closing slide.
    pub const DISPLAY: f32 = 90.0;
    /// A slide's title.
    pub const TITLE: f32 = 66.0;
    /// A figure in its words over its bar ("400 in-person delegates").
    pub const FIGURE: f32 = 54.0;
    /// A line under a title, a card's title, a call to action.
    pub const SUBTITLE: f32 = 45.0;
    /// Points and body text.
    pub const BODY: f32 = 36.0;
    /// Buttons, chips and chart labels on a slide.
    pub const LABEL: f32 = 30.0;
    /// Notes, addresses, the slide counter: what is there to be found, not read out.
    pub const CAPTION: f32 = 27.0;
}

/// Where the canvas lies in the window, and how many points one canvas unit is.
#[derive(Clone, Copy, Debug)]
pub struct Canvas {
    pub rect: Rect,
    pub scale: f32,
}

impl Canvas {
    /// The largest 16:9 canvas that fits `window`, centred in it.
    pub fn fit(window: Rect) -> Self {
        let scale = (window.width() / WIDTH)
            .min(window.height() / HEIGHT)
            .max(0.01);
        let rect = Rect::from_center_size(window.center(), vec2(WIDTH, HEIGHT) * scale);
        Self { rect, scale }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use eframe::egui::pos2;

    #[test]
    fn fills_a_16_9_window_and_letterboxes_others() {
        let full = Canvas::fit(Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 720.0)));
        assert_eq!(
            full.rect,
            Rect::from_min_size(pos2(0.0, 0.0), vec2(1280.0, 720.0))
        );
        assert!((full.scale - 1280.0 / 1920.0).abs() < 1e-6);

        // 4:3: bars above and below.
        let tall = Canvas::fit(Rect::from_min_size(pos2(0.0, 0.0), vec2(1024.0, 768.0)));
        assert!((tall.rect.width() - 1024.0).abs() < 0.01);
        assert!((tall.rect.height() - 576.0).abs() < 0.01);
        assert!((tall.rect.top() - 96.0).abs() < 0.01);

        // Wider than 16:9: bars left and right.
        let wide = Canvas::fit(Rect::from_min_size(pos2(0.0, 0.0), vec2(2560.0, 1080.0)));
        assert!((wide.rect.width() - 1920.0).abs() < 0.01);
        assert!((wide.rect.left() - 320.0).abs() < 0.01);
    }
}
