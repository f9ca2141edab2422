//! Colours that carry meaning: categories and member groups.
//!
//! The palette is Okabe–Ito, distinguishable with the common colour-vision
//! deficiencies. Colour is never the only carrier: every mark also has a text label.

use eframe::egui::{Color32, Visuals};

use crate::model::Category;

/// Okabe–Ito, in an order where neighbours differ most.
pub const PALETTE: [Color32; 7] = [
    Color32::from_rgb(0x00, 0x72, 0xB2), // blue
    Color32::from_rgb(0xE6, 0x9F, 0x00), // orange
    Color32::from_rgb(0x00, 0x9E, 0x73), // bluish green
    Color32::from_rgb(0xCC, 0x79, 0xA7), // reddish purple
    Color32::from_rgb(0x56, 0xB4, 0xE9), // sky blue
    Color32::from_rgb(0xD5, 0x5E, 0x00), // vermillion
    Color32::from_rgb(0xF0, 0xE4, 0x42), // yellow
];

/// The colour of the `i`-th series (wraps around).
pub fn series(i: usize) -> Color32 {
    PALETTE[i % PALETTE.len()]
}

pub fn category(c: Category) -> Color32 {
    match c {
        Category::Founding => PALETTE[0],
        Category::Summit => PALETTE[1],
        Category::Report => PALETTE[2],
        Category::Membership => PALETTE[3],
        Category::Governance => PALETTE[4],
        Category::Outcome => PALETTE[5],
    }
}

/// Text drawn on top of a coloured fill: black or white, whichever contrasts more.
pub fn text_on(fill: Color32) -> Color32 {
    if contrast(fill, Color32::BLACK) >= contrast(fill, Color32::WHITE) {
        Color32::BLACK
    } else {
        Color32::WHITE
    }
}

/// The type scale of the window, in points: every text size the views and widgets
/// use, named for its job, so that one change resizes every place of that kind.
/// (Presenter slides scale their own sizes with the window.)
pub mod text {
    /// egui's small text: hints under figures.
    pub const SMALL: f32 = 12.5;
    /// Numbers inside a chart (the donut's shares).
    pub const CHART: f32 = 13.0;
    /// Captions and chart labels.
    pub const CAPTION: f32 = 14.0;
    /// A chart legend's entries, which are check boxes: text of this size makes each a
    /// target 24 points tall (WCAG 2.2, 2.5.8). Named in the style as `LEGEND_STYLE`.
    pub const LEGEND: f32 = 21.0;
    pub const LEGEND_STYLE: &str = "legend";
    /// Body text and buttons.
    pub const BODY: f32 = 15.0;
    /// Monospace text (problem excerpts).
    pub const MONO: f32 = 13.5;
    /// A lead line: a tagline, a figure's label, a summary under a title.
    pub const LEAD: f32 = 16.0;
    /// An emphasised line inside a card.
    pub const STRONG: f32 = 17.0;
    /// A subheading inside a card or panel.
    pub const SUBHEADING: f32 = 18.0;
    /// A card's or a panel's title.
    pub const CARD_TITLE: f32 = 20.0;
    /// egui's heading style; the speaker view's notes.
    pub const HEADING: f32 = 22.0;
    /// A view's own title, and a big figure.
    pub const TITLE: f32 = 26.0;
    /// The deck's title on the Overview.
    pub const PAGE_TITLE: f32 = 28.0;
    /// The speaker view's clock.
    pub const DISPLAY: f32 = 36.0;
}

/// Spacing between things, in points: from lines of one thing to parts of a view.
pub mod space {
    pub const HAIRLINE: f32 = 2.0;
    pub const TIGHT: f32 = 4.0;
    pub const SMALL: f32 = 6.0;
    pub const ITEM: f32 = 8.0;
    pub const GROUP: f32 = 10.0;
    pub const SECTION: f32 = 12.0;
    pub const PART: f32 = 18.0;
    /// The least width and height of anything a person clicks (WCAG 2.2, 2.5.8).
    pub const TARGET: f32 = 24.0;
}

/// A muted colour for secondary text that still meets WCAG AA (4.5:1) on the panel.
pub fn weak_text(visuals: &Visuals) -> Color32 {
    if let Some(color) = visuals.weak_text_color {
        color
    } else if visuals.dark_mode {
        Color32::from_gray(185)
    } else {
        Color32::from_gray(85)
    }
}

/// Colour for error text, readable on the panel in either theme.
pub fn error_text(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0xFF, 0x9E, 0x9E)
    } else {
        Color32::from_rgb(0xA0, 0x10, 0x10)
    }
}

/// The problems banner: a fill that reads as a warning, and text on it that keeps
/// WCAG AA contrast, in either theme. Returns (fill, text).
pub fn problem_banner(visuals: &Visuals) -> (Color32, Color32) {
    if visuals.dark_mode {
        (
            Color32::from_rgb(0x4a, 0x14, 0x14),
            Color32::from_rgb(0xff, 0xd0, 0xd0),
        )
    } else {
        (
            Color32::from_rgb(0xfd, 0xe8, 0xe8),
            Color32::from_rgb(0x80, 0x00, 0x00),
        )
    }
}

/// The era bands under the timeline's axis: soft tints, so the bands read as a
/// background to the markers, taken in turn so that neighbouring eras differ. Each
/// pairs a fill with the text drawn on it (WCAG AA, 4.5:1, in either theme).
const ERA_LIGHT: [Color32; 3] = [
    Color32::from_rgb(0xDB, 0xE9, 0xF5), // blue tint
    Color32::from_rgb(0xF7, 0xE8, 0xCC), // orange tint
    Color32::from_rgb(0xD6, 0xEF, 0xE6), // bluish-green tint
];
const ERA_DARK: [Color32; 3] = [
    Color32::from_rgb(0x1C, 0x33, 0x47),
    Color32::from_rgb(0x40, 0x33, 0x1A),
    Color32::from_rgb(0x17, 0x3B, 0x31),
];
const ERA_TEXT_LIGHT: Color32 = Color32::from_gray(0x1A);
const ERA_TEXT_DARK: Color32 = Color32::from_gray(0xF0);

/// The `i`-th era band's fill and the colour of its title.
pub fn era_band(visuals: &Visuals, i: usize) -> (Color32, Color32) {
    if visuals.dark_mode {
        (ERA_DARK[i % ERA_DARK.len()], ERA_TEXT_DARK)
    } else {
        (ERA_LIGHT[i % ERA_LIGHT.len()], ERA_TEXT_LIGHT)
    }
}

/// The high-contrast theme, after Windows' "High Contrast Black": white text on black,
/// every control outlined in white, hyperlinks, focus and accents in yellow, a selection
/// filled deep blue (egui draws a selected control's text, and the app its accent
/// outlines, in the selection's stroke colour: yellow here). It is a dark theme, so
/// every colour above picks its dark variant.
pub fn high_contrast() -> Visuals {
    use eframe::egui::Stroke;
    const YELLOW: Color32 = Color32::from_rgb(0xFF, 0xFF, 0x00);
    const DEEP_BLUE: Color32 = Color32::from_rgb(0x00, 0x33, 0x99);
    let mut v = Visuals::dark();
    v.panel_fill = Color32::BLACK;
    v.window_fill = Color32::BLACK;
    v.extreme_bg_color = Color32::BLACK;
    v.faint_bg_color = Color32::from_gray(16);
    v.code_bg_color = Color32::from_gray(24);
    v.window_stroke = Stroke::new(1.5, Color32::WHITE);
    v.hyperlink_color = YELLOW;
    v.weak_text_color = Some(Color32::from_gray(230));
    v.selection.bg_fill = DEEP_BLUE;
    v.selection.stroke = Stroke::new(2.0, YELLOW);
    let w = &mut v.widgets;
    w.noninteractive.bg_fill = Color32::BLACK;
    w.noninteractive.weak_bg_fill = Color32::BLACK;
    w.noninteractive.bg_stroke = Stroke::new(1.0, Color32::from_gray(200));
    w.noninteractive.fg_stroke = Stroke::new(1.0, Color32::WHITE);
    for (state, stroke, fill) in [
        (
            &mut w.inactive,
            Stroke::new(1.5, Color32::WHITE),
            Color32::BLACK,
        ),
        (
            &mut w.hovered,
            Stroke::new(2.0, YELLOW),
            Color32::from_gray(24),
        ),
        (
            &mut w.active,
            Stroke::new(3.0, YELLOW),
            Color32::from_gray(32),
        ),
        (
            &mut w.open,
            Stroke::new(2.0, YELLOW),
            Color32::from_gray(24),
        ),
    ] {
        state.bg_fill = fill;
        state.weak_bg_fill = fill;
        state.bg_stroke = stroke;
        state.fg_stroke = Stroke::new(1.5, Color32::WHITE);
    }
    v
}

fn luminance(c: Color32) -> f32 {
    let lin = |v: u8| {
        let v = f32::from(v) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.r()) + 0.7152 * lin(c.g()) + 0.0722 * lin(c.b())
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: Color32, b: Color32) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_meets_wcag_aa_in_every_theme() {
        for visuals in [Visuals::light(), Visuals::dark(), high_contrast()] {
            let bg = visuals.panel_fill;
            assert!(
                contrast(weak_text(&visuals), bg) >= 4.5,
                "weak text, dark={}",
                visuals.dark_mode
            );
            assert!(
                contrast(error_text(&visuals), bg) >= 4.5,
                "error text, dark={}",
                visuals.dark_mode
            );
            assert!(contrast(visuals.text_color(), bg) >= 4.5);
            let (fill, text) = problem_banner(&visuals);
            assert!(
                contrast(text, fill) >= 4.5,
                "banner, dark={}",
                visuals.dark_mode
            );
        }
        for fill in PALETTE {
            assert!(contrast(text_on(fill), fill) >= 4.5, "{fill:?}");
        }
    }

    #[test]
    fn era_titles_meet_wcag_aa_on_their_bands_and_neighbours_differ() {
        for visuals in [Visuals::light(), Visuals::dark(), high_contrast()] {
            for i in 0..6 {
                let (fill, text) = era_band(&visuals, i);
                assert!(
                    contrast(text, fill) >= 4.5,
                    "era {i}, dark={}: {:.2}",
                    visuals.dark_mode,
                    contrast(text, fill)
                );
                assert_ne!(fill, era_band(&visuals, i + 1).0, "era {i} and the next");
                assert_ne!(fill, visuals.panel_fill, "a band stands out from the panel");
            }
        }
    }

    #[test]
    fn high_contrast_outlines_controls_and_shows_focus_and_selection() {
        let v = high_contrast();
        let bg = v.panel_fill;
        assert!(contrast(v.text_color(), bg) >= 7.0, "body text (AAA)");
        assert!(contrast(v.hyperlink_color, bg) >= 7.0, "links (AAA)");
        assert!(contrast(weak_text(&v), bg) >= 7.0, "secondary text (AAA)");
        assert!(
            contrast(v.widgets.inactive.bg_stroke.color, bg) >= 3.0,
            "outlines"
        );
        assert!(
            contrast(v.widgets.active.bg_stroke.color, bg) >= 3.0,
            "focus"
        );
        let selected = v.selection.bg_fill;
        assert!(
            contrast(v.selection.stroke.color, selected) >= 4.5,
            "selected text"
        );
        assert!(
            contrast(v.text_color(), selected) >= 4.5,
            "text on a selected chip"
        );
        assert!(
            contrast(v.selection.stroke.color, bg) >= 3.0,
            "accent outlines"
        );
    }
}
