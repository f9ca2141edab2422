//! The handout's picture of a slide, drawn on the CPU, against the GPU's: the snapshot
//! that `egui_kittest` renders with wgpu of the same slide at 1920×1080 in the dark theme
//! (`presenter_canvas`). A rasterizer that loses the text, its anti-aliasing or the
//! blending shows up here as many pixels far from the GPU's.

use eframe::egui;
use weprotect_explorer::handout::{self, Headless, Options};
use weprotect_explorer::model::load_default;

const SNAPSHOT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/snapshots/slide1_title_1080.png"
);

/// Thresholds between the right picture and a wrong one. Measured: this rasterizer
/// 0.002 per channel and no far pixel; with the texture left unsampled (every glyph a
/// solid box) 9.97 and 5.0 %; with each triangle written over what is under it
/// instead of blended (no anti-aliasing, no translucency) 2.19 and 0.75 %.
const MAX_MEAN: f64 = 0.5;
const MAX_FAR_SHARE: f64 = 0.001;

#[test]
fn slide_one_drawn_on_the_cpu_is_the_gpus_picture() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let options = Options {
        notes: false,
        theme: egui::Theme::Dark,
    };
    let ours = handout::render_page(
        &mut Headless::new(weprotect_explorer::app::apply_style, options.theme),
        &data,
        0,
        options,
    );
    let gpu = image::open(SNAPSHOT)
        .unwrap_or_else(|e| panic!("{SNAPSHOT}: {e}"))
        .into_rgba8();
    assert_eq!(
        [gpu.width() as usize, gpu.height() as usize],
        ours.size,
        "the snapshot is of another size"
    );
    let (mut total, mut far) = (0u64, 0usize);
    for (mine, theirs) in ours.pixels.iter().zip(gpu.pixels()) {
        let mine = mine.to_srgba_unmultiplied();
        let mut worst = 0;
        for (a, b) in mine.iter().zip(theirs.0).take(3) {
            let d = a.abs_diff(b);
            total += u64::from(d);
            worst = worst.max(d);
        }
        // Far: a pixel a reader would see is different, not a rounding of an edge.
        if worst > 48 {
            far += 1;
        }
    }
    let pixels = ours.pixels.len();
    let mean = total as f64 / (pixels * 3) as f64;
    let far_share = far as f64 / pixels as f64;
    println!(
        "mean absolute difference {mean:.3} per channel; {far} pixels far ({:.3} %)",
        far_share * 100.0
    );
    assert!(
        mean < MAX_MEAN,
        "mean absolute difference {mean:.3} per channel"
    );
    assert!(
        far_share < MAX_FAR_SHARE,
        "{far} pixels ({:.3} %) differ by more than 48 in a channel",
        far_share * 100.0
    );
}
