//! The timeline's labels as drawn in the window: whole titles, no overlaps, as few
//! lanes as first-fit packing needs, and read in date order.

mod common;

use common::{TestApp, app_with};
use eframe::egui::Rect;
use egui_kittest::kittest::{NodeT as _, Queryable};
use weprotect_explorer::model::load_default;
use weprotect_explorer::views::timeline::layout::GAP;
use weprotect_explorer::views::timeline::{DrawnLabel, marker_label};

fn timeline_at(size: [f32; 2]) -> TestApp {
    let mut t = app_with(None, None, size);
    t.click("Timeline");
    t.harness.run_ok();
    t
}

fn drawn(t: &TestApp) -> Vec<DrawnLabel> {
    t.harness.state().timeline.drawn_labels().to_vec()
}

/// The lanes a plain first-fit packer needs for the extents drawn, in date order.
fn first_fit_lanes(labels: &[DrawnLabel]) -> usize {
    let mut sorted: Vec<&DrawnLabel> = labels.iter().collect();
    sorted.sort_by(|a, b| a.extent.0.total_cmp(&b.extent.0));
    let mut ends: Vec<f32> = Vec::new();
    for l in sorted {
        match ends.iter().position(|end| end + GAP <= l.extent.0) {
            Some(lane) => ends[lane] = l.extent.1,
            None => ends.push(l.extent.1),
        }
    }
    ends.len()
}

fn overlap(a: &Rect, b: &Rect) -> bool {
    a.intersect(*b).is_positive()
}

#[test]
fn every_title_is_whole_and_no_labels_overlap_at_three_window_sizes() {
    let Ok(data) = load_default() else {
        panic!("the built-in data loads");
    };
    for size in [[1280.0, 800.0], [1920.0, 1080.0], [1024.0, 768.0]] {
        let t = timeline_at(size);
        let labels = drawn(&t);
        assert_eq!(
            labels.len(),
            data.milestones.len(),
            "{size:?}: every milestone drawn"
        );
        for l in &labels {
            let Some(m) = data.milestones.get(l.index) else {
                panic!("a label for no milestone");
            };
            assert_eq!(l.galley.text(), m.title, "{size:?}: the title is cut");
            assert!(!l.galley.elided, "{size:?}: {} is elided", m.title);
            assert!(
                l.rect.right() <= size[0] && l.rect.left() >= 0.0,
                "{size:?}: {} off screen",
                m.title
            );
        }
        for (i, a) in labels.iter().enumerate() {
            for b in labels.iter().skip(i + 1) {
                assert!(
                    !overlap(&a.rect, &b.rect),
                    "{size:?}: {:?} overlaps {:?}",
                    a.galley.text(),
                    b.galley.text()
                );
            }
        }
        let lanes = t.harness.state().timeline.lanes();
        assert!(
            lanes <= first_fit_lanes(&labels),
            "{size:?}: {lanes} lanes where first-fit needs {}",
            first_fit_lanes(&labels)
        );
    }
}

#[test]
fn at_1280_by_800_every_title_fits_without_scrolling() {
    let t = timeline_at([1280.0, 800.0]);
    let labels = drawn(&t);
    let lowest = labels.iter().map(|l| l.rect.bottom()).fold(0.0, f32::max);
    assert!(lowest < 800.0, "the lowest label ends at {lowest}");
    assert!(
        labels.iter().any(|l| l.galley.rows.len() > 1),
        "long titles wrap rather than open lanes"
    );
}

#[test]
fn screen_readers_and_tab_meet_the_milestones_in_date_order() {
    let Ok(data) = load_default() else {
        panic!("the built-in data loads");
    };
    let t = timeline_at([1280.0, 800.0]);
    let markers: Vec<String> = data.milestones.iter().map(marker_label).collect();
    let read: Vec<String> = t
        .harness
        .query_all_by_role(eframe::egui::accesskit::Role::Button)
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| markers.contains(l))
        .collect();
    let mut by_date: Vec<&weprotect_explorer::model::Milestone> = data.milestones.iter().collect();
    by_date.sort_by(|a, b| {
        a.date
            .start_year_fraction()
            .total_cmp(&b.date.start_year_fraction())
    });
    let expected: Vec<String> = by_date.into_iter().map(marker_label).collect();
    assert_eq!(read, expected);
}
