//! The overview of the talk (O): every slide as a card named with its number and
//! title; a click on one goes there and closes the grid.

mod common;

use common::{TestApp, app};
use eframe::egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use weprotect_explorer::model::load_default;

fn cards(t: &TestApp) -> Vec<String> {
    t.harness
        .root()
        .children_recursive()
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| {
            // "Slide 5: Membership", not the announcement "Slide 5 of 9: …".
            l.strip_prefix("Slide ")
                .and_then(|rest| rest.split_once(": "))
                .is_some_and(|(number, _)| number.chars().all(|c| c.is_ascii_digit()))
        })
        .collect()
}

#[test]
fn o_shows_every_slide_and_a_click_goes_there() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut t = app();
    t.press(Key::F5);
    assert!(cards(&t).is_empty(), "no grid before O");
    t.press(Key::O);
    let expected: Vec<String> = data
        .slides
        .iter()
        .enumerate()
        .map(|(i, s)| format!("Slide {}: {}", i + 1, s.title))
        .collect();
    assert_eq!(cards(&t), expected);
    let fifth = expected[4].clone();
    t.harness.get_by_label(&fifth).click();
    t.harness.run_ok();
    assert_eq!(t.harness.state().presenter.index, 4);
    assert!(cards(&t).is_empty(), "the grid closes");
    assert!(t.harness.state().presenter.active, "still presenting");
}

#[test]
fn the_arrows_choose_and_enter_goes() {
    let mut t = app();
    t.press(Key::F5);
    t.press(Key::O);
    t.press(Key::ArrowRight);
    t.press(Key::ArrowRight);
    assert_eq!(
        t.harness.state().presenter.index,
        0,
        "the slide waits for Enter"
    );
    let chosen = t
        .harness
        .root()
        .children_recursive()
        // A chosen card is a pressed (toggled) button.
        .filter(|n| n.accesskit_node().toggled() == Some(eframe::egui::accesskit::Toggled::True))
        .filter_map(|n| n.accesskit_node().label())
        .collect::<Vec<_>>();
    assert_eq!(chosen.len(), 1, "{chosen:?}");
    assert!(chosen[0].starts_with("Slide 3: "), "{chosen:?}");
    t.press(Key::Enter);
    assert_eq!(t.harness.state().presenter.index, 2);
    assert!(cards(&t).is_empty());
}

#[test]
fn snapshot_of_the_overview_at_1080() {
    let mut t = common::app_with(None, None, [1920.0, 1080.0]);
    t.press(Key::F5);
    t.press(Key::ArrowRight);
    t.press(Key::O);
    t.press(Key::ArrowRight);
    t.harness.snapshot("slide_overview_1080");
}
