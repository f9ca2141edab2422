//! A talk given from a very large file: every slide draws what fits on it, at a cost
//! that does not grow with the data, and says what it left out.

mod common;

use common::{TestApp, app_with};
use eframe::egui::{Shape, epaint::ClippedShape};
use egui_kittest::kittest::Queryable as _;
use weprotect_explorer::model::{Resource, ResourceKind, SlideKind, load_default, synthetic};

fn shape_count(t: &TestApp) -> usize {
    fn count(shape: &Shape) -> usize {
        match shape {
            Shape::Vec(shapes) => shapes.iter().map(count).sum(),
            _ => 1,
        }
    }
    t.harness
        .output()
        .shapes
        .iter()
        .map(|ClippedShape { shape, .. }| count(shape))
        .sum()
}

#[test]
fn every_slide_of_a_huge_file_draws_what_fits_and_says_what_it_left_out() {
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut data = synthetic::synthetic(&base, 20_000, 2_000, 5_000);
    data.milestones.sort_by_key(|m| m.date);
    data.resources.extend((0..3_000).map(|i| Resource {
        id: format!("r{i}"),
        title: format!("Generated resource {i}"),
        kind: ResourceKind::Report,
        url: Some(format!("https://example.org/r/{i}")),
        description: String::new(),
        note: None,
    }));
    // Every slide a build, and the resources slide with no lines of its own: the data's
    // whole list is what it would show.
    for slide in &mut data.slides {
        slide.build = true;
        if slide.kind == SlideKind::Resources {
            slide.bullets.clear();
        }
    }
    let slides = data.slides.clone();
    let mut results = egui_kittest::SnapshotResults::new();
    let mut t = app_with(None, None, [1280.0, 720.0]);
    t.harness.state_mut().document.data = data;
    t.press(eframe::egui::Key::F5);
    for (i, slide) in slides.iter().enumerate() {
        {
            let presenter = &mut t.harness.state_mut().presenter;
            presenter.index = i;
            presenter.revealed = usize::MAX;
        }
        t.harness.run_ok();
        let shapes = shape_count(&t);
        let nodes = t.harness.query_all(egui_kittest::kittest::by()).count();
        assert!(
            shapes < 5_000 && nodes < 1_000,
            "slide {} ({:?}) drew {shapes} shapes and {nodes} accessible objects",
            i + 1,
            slide.kind
        );
        let texts = t.drawn_texts();
        let says = |words: &str| texts.iter().any(|t| t.contains(words));
        match slide.kind {
            SlideKind::Background => {
                assert!(says("earlier milestones"), "{texts:?}");
                assert!(
                    t.has_label_containing("earlier milestones"),
                    "and a screen reader hears it"
                );
                assert!(says("Generated milestone number"), "the newest are shown");
            }
            SlideKind::Outcomes => {
                assert!(says("more outcomes"), "{texts:?}");
                results.add(t.harness.try_snapshot("slide_outcomes_20000_720"));
            }
            SlideKind::Membership => {
                assert!(says("more groups"), "{texts:?}");
                results.add(t.harness.try_snapshot("slide_membership_20000_720"));
            }
            SlideKind::Resources => assert!(says("more resources"), "{texts:?}"),
            _ => {}
        }
    }
}
