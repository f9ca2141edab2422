//! Contrast as a person sees it: measured on the rendered pixels of every view, in the
//! light, dark and high-contrast themes, not on the theme's constants (WCAG 2.2: 1.4.3
//! text at least 4.5:1, or 3:1 when large; 1.4.11 and 2.4.11, a focus indicator at
//! least 3:1 against what surrounds it). And the high-contrast theme itself: chosen in
//! the Theme menu, or taken from the system under "Follow the system".

mod common;

use common::{TestApp, VIEWS, app, app_on_system_contrast, is_text};
use eframe::egui::{Color32, Key, Rect};
use egui_kittest::kittest::NodeT as _;
use image::RgbaImage;
use weprotect_explorer::theme::contrast;
use weprotect_explorer::vocabulary::ThemeChoice;

const THEMES: [&str; 3] = ["Light", "Dark", "High contrast"];

fn themed(theme: &str) -> TestApp {
    let mut t = app();
    t.click("Theme");
    t.click(theme);
    t
}

/// The panel colour of the theme now shown.
fn panel(t: &TestApp) -> Color32 {
    let ctx = &t.harness.ctx;
    ctx.style_of(ctx.theme()).visuals.panel_fill
}

fn render(t: &mut TestApp) -> RgbaImage {
    t.harness.run_ok();
    t.harness.render().unwrap_or_else(|e| panic!("render: {e}"))
}

fn pixel(image: &RgbaImage, x: u32, y: u32) -> Color32 {
    let [r, g, b, _] = image.get_pixel(x, y).0;
    Color32::from_rgb(r, g, b)
}

/// The pixels of `rect` (in points; the harness draws one pixel per point), or `None`
/// when the rectangle is not wholly on the picture.
fn pixels(image: &RgbaImage, rect: Rect) -> Option<Vec<Color32>> {
    let (x0, y0) = (rect.min.x.ceil(), rect.min.y.ceil());
    let (x1, y1) = (rect.max.x.floor(), rect.max.y.floor());
    if x0 < 0.0 || y0 < 0.0 || x1 > image.width() as f32 || y1 > image.height() as f32 {
        return None;
    }
    let (x0, y0, x1, y1) = (x0 as u32, y0 as u32, x1 as u32, y1 as u32);
    let mut out = Vec::new();
    for y in y0..y1 {
        for x in x0..x1 {
            out.push(pixel(image, x, y));
        }
    }
    (!out.is_empty()).then_some(out)
}

/// The most common colour: what text is drawn on.
fn background(pixels: &[Color32]) -> (Color32, f32) {
    let mut counts = std::collections::HashMap::new();
    for p in pixels {
        *counts.entry(*p).or_insert(0usize) += 1;
    }
    let (color, n) = counts
        .into_iter()
        .max_by_key(|(c, n)| (*n, c.to_array()))
        .unwrap_or((Color32::BLACK, 0));
    (color, n as f32 / pixels.len() as f32)
}

/// Each piece of text on screen with the contrast of its ink against its background:
/// the ink is the drawn pixel that differs most from the background, which for text of
/// these sizes is the colour of a glyph's stem.
fn text_contrasts(t: &TestApp, image: &RgbaImage) -> Vec<(String, f32, f32)> {
    t.harness
        .root()
        .children_recursive()
        .filter(|n| is_text(n.accesskit_node().role()))
        .filter_map(|n| {
            let node = n.accesskit_node();
            let name = node.label().or_else(|| node.value()).unwrap_or_default();
            let rect = n.rect();
            if name.trim().is_empty() || rect.width() < 4.0 || rect.height() < 8.0 {
                return None;
            }
            let pixels = pixels(image, rect)?;
            let (bg, share) = background(&pixels);
            // A rectangle that is mostly not one colour is not text on a background
            // (a label laid over a chart, say).
            if share < 0.5 {
                return None;
            }
            let ink = pixels
                .iter()
                .map(|p| contrast(*p, bg))
                .fold(1.0_f32, f32::max);
            Some((name, ink, rect.height()))
        })
        .collect()
}

#[test]
fn text_in_every_view_and_theme_meets_wcag_aa_on_the_rendered_pixels() {
    let mut failures = Vec::new();
    let mut measured = 0;
    for theme in THEMES {
        let mut t = themed(theme);
        for view in VIEWS {
            t.click(view);
            let image = render(&mut t);
            for (name, ratio, height) in text_contrasts(&t, &image) {
                measured += 1;
                // Large text (24 px and up, a row of about 28) needs 3:1.
                let needed = if height >= 28.0 { 3.0 } else { 4.5 };
                if ratio < needed {
                    failures.push(format!(
                        "{theme}, {view}: {name:?} {ratio:.2}:1 (needs {needed})"
                    ));
                }
            }
        }
    }
    assert!(measured > 300, "only {measured} texts measured");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The contrast of the focus ring with what was there before it: the changed pixels in
/// a band around the focused control, compared with the same pixels unfocused. The
/// value reached by a twentieth of them, so that neither anti-aliased corners nor a
/// control's own fill, which also changes, decide.
fn focus_ring_contrast(t: &mut TestApp) -> (String, f32) {
    let focused_image = render(t);
    let focused = t
        .harness
        .root()
        .children_recursive()
        .find(|n| n.accesskit_node().is_focused())
        .unwrap_or_else(|| panic!("nothing has the keyboard focus"));
    let name = focused.accesskit_node().label().unwrap_or_default();
    let rect = focused.rect();
    t.harness.ctx.memory_mut(|m| {
        if let Some(id) = m.focused() {
            m.surrender_focus(id);
        }
    });
    let plain_image = render(t);
    // A ring may be drawn just outside the control or just inside its edge; inside a
    // large control (the whole slide), what lies deeper is not the ring.
    let outer = rect.expand(4.0);
    let inner = if rect.width() > 40.0 && rect.height() > 40.0 {
        rect.shrink(10.0)
    } else {
        Rect::NOTHING
    };
    let mut ring = Vec::new();
    for y in outer.min.y.max(0.0) as u32..(outer.max.y as u32).min(plain_image.height()) {
        for x in outer.min.x.max(0.0) as u32..(outer.max.x as u32).min(plain_image.width()) {
            if inner.contains(eframe::egui::pos2(x as f32 + 0.5, y as f32 + 0.5)) {
                continue;
            }
            let (a, b) = (pixel(&focused_image, x, y), pixel(&plain_image, x, y));
            if a != b {
                ring.push(contrast(a, b));
            }
        }
    }
    assert!(
        ring.len() > 20,
        "{name:?}: no visible focus ring ({} pixels changed)",
        ring.len()
    );
    ring.sort_by(|a, b| b.total_cmp(a));
    (name, ring[ring.len() / 20])
}

#[test]
fn the_focus_ring_stands_out_3_to_1_in_every_theme_and_on_slides() {
    for theme in THEMES {
        let mut t = themed(theme);
        t.click("Overview");
        t.press(Key::Tab);
        let (name, ratio) = focus_ring_contrast(&mut t);
        assert!(
            ratio >= 3.0,
            "{theme}: the focus ring on {name:?} is {ratio:.2}:1"
        );

        // On a slide: the presenter's controls are reached with Tab as well.
        t.click("Present");
        t.press(Key::Tab);
        let (name, ratio) = focus_ring_contrast(&mut t);
        assert!(
            ratio >= 3.0,
            "{theme}, presenting: the focus ring on {name:?} is {ratio:.2}:1"
        );
        t.press(Key::Escape);
    }
}

#[test]
fn the_theme_menu_offers_high_contrast_white_on_black() {
    let mut t = themed("High contrast");
    assert_eq!(t.harness.state().saved.theme, ThemeChoice::HighContrast);
    let image = render(&mut t);
    // The panel under the top bar, away from any text.
    assert_eq!(pixel(&image, 1270, 790), Color32::BLACK);
    assert_eq!(panel(&t), Color32::BLACK);
    t.click("Theme");
    t.click("Light");
    assert_ne!(panel(&t), Color32::BLACK);
}

#[test]
fn following_the_system_takes_high_contrast_when_the_system_asks_for_it() {
    let mut asks = app_on_system_contrast(Some(true));
    assert_eq!(asks.harness.state().saved.theme, ThemeChoice::System);
    let image = render(&mut asks);
    assert_eq!(pixel(&image, 1270, 790), Color32::BLACK);

    let mut does_not = app_on_system_contrast(Some(false));
    let image = render(&mut does_not);
    assert_ne!(pixel(&image, 1270, 790), Color32::BLACK);

    // A person's own choice wins over the system's.
    asks.click("Theme");
    asks.click("Light");
    assert_ne!(panel(&asks), Color32::BLACK);
}
