//! WCAG 2.2, 2.5.8 (target size, minimum): every control a person can click or focus is
//! at least 24×24 points at 100 % scale, in every view and on every slide, so that a
//! tremor, a touchpad or a projector's remote does not hit the neighbour instead.
//!
//! Not controls, so not counted: text (labels and headings take focus only so that
//! their words can be selected and copied), and scroll bars, whose job the wheel, the
//! keyboard and dragging the content do as well (2.5.8's "equivalent" exception).

mod common;

use common::{TestApp, VIEWS, app};
use eframe::egui::Rect;
use eframe::egui::accesskit::{Action, Role};
use egui_kittest::kittest::{NodeT as _, Queryable as _};

const MIN: f32 = 24.0;

/// Every clickable or focusable thing on screen: its name and rectangle.
fn targets(t: &TestApp) -> Vec<(String, Rect)> {
    let screen = t.harness.ctx.content_rect();
    t.harness
        .root()
        .children_recursive()
        .filter(|n| {
            let node = n.accesskit_node();
            let data = node.data();
            let control =
                data.supports_action(Action::Click) || data.supports_action(Action::Focus);
            control && !matches!(node.role(), Role::Label | Role::Heading | Role::ScrollBar)
        })
        .map(|n| {
            let node = n.accesskit_node();
            let name = node.label().or_else(|| node.value()).unwrap_or_default();
            (format!("{:?} {name:?}", node.role()), n.rect())
        })
        // What a scroll area has moved out of sight is not a target now.
        .filter(|(_, rect)| screen.contains_rect(*rect))
        .collect()
}

fn too_small(t: &TestApp, place: &str) -> Vec<String> {
    targets(t)
        .into_iter()
        .filter(|(_, r)| r.width() < MIN - 0.01 || r.height() < MIN - 0.01)
        .map(|(name, r)| format!("{place}: {name} is {:.1}×{:.1}", r.width(), r.height()))
        .collect()
}

#[test]
fn every_target_in_every_view_is_at_least_24_by_24() {
    let mut t = app();
    let mut small = Vec::new();
    let mut seen = 0;
    for view in VIEWS {
        t.click(view);
        seen += targets(&t).len();
        small.extend(too_small(&t, view));
    }
    // The timeline with a milestone selected: its detail panel's buttons and links.
    t.click("Timeline");
    t.harness.get_by_label("Next").click();
    t.harness.run_ok();
    small.extend(too_small(&t, "Timeline, a milestone selected"));
    assert!(
        seen > 60,
        "only {seen} targets found: the walk missed the views"
    );
    assert!(small.is_empty(), "{}", small.join("\n"));
}

#[test]
fn every_target_on_every_slide_is_at_least_24_by_24() {
    let mut t = app();
    t.click("Present");
    let mut small = Vec::new();
    for slide in 0..12 {
        small.extend(too_small(&t, &format!("slide {}", slide + 1)));
        t.next_whole_slide();
    }
    assert!(small.is_empty(), "{}", small.join("\n"));
}
