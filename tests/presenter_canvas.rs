//! The slide canvas: every slide is laid out on one 16:9 canvas and scaled with the
//! window, letterboxed on screens of another shape, so text keeps its size relative to
//! the slide on a laptop, a 1080p projector, a 4K screen and an old 4:3 projector; body
//! text is at least 36 of the canvas's 1080 units. Snapshots of every slide at 720 and
//! 1080, and of three at 3840×2160 and 1024×768.
//! `UPDATE_SNAPSHOTS=1 cargo test --test presenter_canvas` writes new pictures.

mod common;

use common::{TestApp, app_with, slide_of};
use eframe::egui::{Key, Shape, epaint::ClippedShape};
use egui_kittest::SnapshotResults;
use weprotect_explorer::model::{SlideKind, load_default};

/// The talk, started in a window of `size`, on slide `index` (from 0).
fn presenting_at(size: [f32; 2], index: usize) -> TestApp {
    let mut t = app_with(None, None, size);
    t.press(Key::F5);
    for _ in 0..index {
        t.next_whole_slide();
    }
    t.finish_build();
    t
}

/// The font size and the top of the first drawn text that is exactly `line`.
fn drawn(t: &TestApp, line: &str) -> Option<(f32, f32)> {
    fn find(shape: &Shape, line: &str) -> Option<(f32, f32)> {
        match shape {
            Shape::Text(text) if text.galley.text() == line => {
                let size = text.galley.job.sections.first()?.format.font_id.size;
                Some((size, text.pos.y))
            }
            Shape::Vec(shapes) => shapes.iter().find_map(|s| find(s, line)),
            _ => None,
        }
    }
    t.harness
        .output()
        .shapes
        .iter()
        .find_map(|ClippedShape { shape, .. }| find(shape, line))
}

/// The height of the canvas in a window: the whole height, unless the window is
/// narrower than 16:9.
fn canvas_height(size: [f32; 2]) -> f32 {
    size[1].min(size[0] * 9.0 / 16.0)
}

#[test]
fn body_text_keeps_its_size_relative_to_the_slide_on_every_screen() {
    let added_value = slide_of(SlideKind::AddedValue);
    let point = "Global Threat Assessments";
    let mut ratios = Vec::new();
    for size in [
        [1280.0, 720.0],
        [1920.0, 1080.0],
        [3840.0, 2160.0],
        [1024.0, 768.0],
        [1440.0, 900.0],
    ] {
        let t = presenting_at(size, added_value);
        let (font, _) =
            drawn(&t, point).unwrap_or_else(|| panic!("{size:?}: {point:?} is not drawn"));
        ratios.push((size, font / canvas_height(size)));
        if size == [1920.0, 1080.0] {
            assert!(font >= 36.0, "body text at 1080 is {font} px, under 36");
        }
    }
    let first = ratios[0].1;
    for (size, ratio) in &ratios {
        assert!(
            (ratio / first - 1.0).abs() < 0.01,
            "at {size:?} body text is {ratio:.4} of the canvas height, at 1280×720 {first:.4}"
        );
    }
}

#[test]
fn a_screen_of_another_shape_gets_bars_not_a_different_slide() {
    let title = slide_of(SlideKind::Title);
    let wide = presenting_at([1920.0, 1080.0], title);
    let square = presenting_at([1024.0, 768.0], title);
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let line = data.tagline.clone();
    let first_line = |t: &TestApp| {
        // The tagline wraps the same way on both: compare where its first line falls.
        let mut found = None;
        for ClippedShape { shape, .. } in &t.harness.output().shapes {
            if let Shape::Text(text) = shape
                && line.starts_with(text.galley.text().lines().next().unwrap_or("\u{0}"))
                && text.galley.text().len() > 10
            {
                found = Some((text.galley.text().to_owned(), text.pos.y));
            }
        }
        found.unwrap_or_else(|| panic!("the tagline is not drawn"))
    };
    let (wide_text, wide_y) = first_line(&wide);
    let (square_text, square_y) = first_line(&square);
    assert_eq!(wide_text, square_text, "the tagline wraps the same way");
    // 1024×768 holds a 1024×576 canvas 96 px down: the same place, scaled.
    let expected = 96.0 + wide_y * 576.0 / 1080.0;
    assert!(
        (square_y - expected).abs() < 3.0,
        "at {square_y}, expected {expected}"
    );
}

fn slug(kind: SlideKind) -> String {
    format!("{kind:?}").to_lowercase()
}

#[test]
fn snapshots_of_every_slide_at_720_and_1080() {
    let count = load_default().map_or(0, |d| d.slides.len());
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut results = SnapshotResults::new();
    for size in [[1280.0, 720.0], [1920.0, 1080.0]] {
        let mut t = presenting_at(size, 0);
        for (i, slide) in data.slides.iter().enumerate().take(count) {
            t.harness.snapshot(format!(
                "slide{}_{}_{}",
                i + 1,
                slug(slide.kind),
                size[1] as u32
            ));
            t.next_whole_slide();
        }
        results.extend_harness(&mut t.harness);
    }
}

#[test]
fn snapshots_of_three_slides_at_4k_and_4_3() {
    let mut results = SnapshotResults::new();
    for kind in [
        SlideKind::Title,
        SlideKind::Membership,
        SlideKind::Resources,
    ] {
        for size in [[3840.0, 2160.0], [1024.0, 768.0]] {
            let mut t = presenting_at(size, slide_of(kind));
            t.harness.snapshot(format!(
                "slide_{}_{}x{}",
                slug(kind),
                size[0] as u32,
                size[1] as u32
            ));
            results.extend_harness(&mut t.harness);
        }
    }
}
