//! The app at 200 % UI scale in a 1280×800 window (WCAG 2.2, 1.4.4 resize text and
//! 1.4.10 reflow): every view is usable, every piece of text fits the window's width
//! (what is taller scrolls), and a snapshot of each view shows it.
//! `UPDATE_SNAPSHOTS=1 cargo test --test ui_zoom` writes new pictures.

mod common;

use common::{TestApp, VIEWS, app, is_text, slug};
use egui_kittest::kittest::NodeT as _;

fn at_200_percent(theme: &str) -> TestApp {
    let mut t = app();
    t.click("Theme");
    t.click(theme);
    // What Ctrl+Plus reaches; the app keeps it as the person's zoom.
    t.harness.ctx.set_zoom_factor(2.0);
    t.harness.run_ok();
    t
}

/// Text that runs past the window's right edge: cut off for the reader, since views
/// scroll only downwards.
fn text_past_the_edge(t: &TestApp) -> Vec<String> {
    let width = t.harness.ctx.content_rect().width();
    t.harness
        .root()
        .children_recursive()
        .filter(|n| is_text(n.accesskit_node().role()))
        .filter(|n| n.rect().max.x > width + 0.5)
        .map(|n| {
            let node = n.accesskit_node();
            format!(
                "{:?} ends at {:.0} (window {width:.0})",
                node.label().unwrap_or_default(),
                n.rect().max.x
            )
        })
        .collect()
}

#[test]
fn every_view_at_200_percent_keeps_its_text_inside_the_window() {
    let mut t = at_200_percent("Light");
    assert!(
        (t.harness.ctx.content_rect().width() - 640.0).abs() < 1.0,
        "200 % of a 1280-pixel window is 640 points"
    );
    let mut cut = Vec::new();
    let mut checked = 0;
    for view in VIEWS {
        t.click(view);
        let texts = t
            .harness
            .root()
            .children_recursive()
            .filter(|n| is_text(n.accesskit_node().role()))
            .count();
        checked += texts;
        cut.extend(
            text_past_the_edge(&t)
                .into_iter()
                .map(|c| format!("{view}: {c}")),
        );
    }
    assert!(checked > 60, "only {checked} pieces of text checked");
    assert!(cut.is_empty(), "{}", cut.join("\n"));
}

#[test]
fn snapshots_of_every_view_at_200_percent() {
    let mut t = at_200_percent("Light");
    for view in VIEWS {
        t.click(view);
        t.harness
            .snapshot(format!("{}_zoom200_light_1280", slug(view)));
    }
}
