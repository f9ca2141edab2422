//! The overview strip under a zoomed-in timeline: there only while zoomed in, and a
//! drag or a click on it moves what the timeline shows.

mod common;

use common::{TestApp, app};
use eframe::egui::vec2;
use egui_kittest::kittest::{NodeT as _, Queryable};

const STRIP: &str = "Overview of all milestones";

fn shown(t: &TestApp) -> (f64, f64) {
    t.harness
        .state()
        .saved
        .timeline
        .range
        .unwrap_or((f64::NAN, f64::NAN))
}

fn zoomed_in() -> TestApp {
    let mut t = app();
    t.click("Timeline");
    assert!(
        t.harness.query_by_label_contains(STRIP).is_none(),
        "no strip while every milestone is on screen"
    );
    t.click("Zoom in");
    t.click("Zoom in");
    t.harness.run_ok();
    t
}

#[test]
fn dragging_the_frame_pans_the_timeline() {
    let mut t = zoomed_in();
    let before = shown(&t);
    assert!(before.0.is_finite(), "zoomed in: a range is kept");
    let strip = t.harness.get_by_label_contains(STRIP).rect();
    // Zooming in keeps the middle years on screen, so the frame is in the middle of
    // the strip.
    let middle = (before.0 + before.1) / 2.0;
    assert!((2016.0..2019.0).contains(&middle), "{before:?}");
    let from = strip.center();
    t.harness.drag_at(from);
    t.harness.run_ok();
    for step in 1..=10 {
        t.harness.hover_at(from + vec2(12.0 * step as f32, 0.0));
        t.harness.run_ok();
    }
    t.harness.drop_at(from + vec2(120.0, 0.0));
    t.harness.run_ok();
    let after = shown(&t);
    let span = |r: (f64, f64)| r.1 - r.0;
    assert!(
        after.0 > before.0 + 0.5,
        "{before:?} → {after:?}: not moved right"
    );
    assert!(
        (span(after) - span(before)).abs() < 1e-6,
        "the zoom is kept"
    );
    assert!(
        t.harness
            .get_by_label_contains(STRIP)
            .accesskit_node()
            .label()
            .is_some_and(|l| l.contains(&format!("{:.1}", after.0))),
        "the strip says what it shows"
    );
}

#[test]
fn a_click_on_the_strip_moves_the_view_there() {
    let mut t = zoomed_in();
    let before = shown(&t);
    let strip = t.harness.get_by_label_contains(STRIP).rect();
    // Near the left end: the first years.
    t.harness.drag_at(strip.left_center() + vec2(30.0, 0.0));
    t.harness.run_ok();
    t.harness.drop_at(strip.left_center() + vec2(30.0, 0.0));
    t.harness.run_ok();
    let after = shown(&t);
    assert!(after.0 < before.0 - 1.0, "{before:?} → {after:?}");
    assert!(after.0 < 2013.0, "{after:?} does not show the first years");
}

#[test]
fn fit_all_removes_the_strip() {
    let mut t = zoomed_in();
    assert!(t.harness.query_by_label_contains(STRIP).is_some());
    t.click("Fit all");
    t.harness.run_ok();
    assert!(t.harness.query_by_label_contains(STRIP).is_none());
}
