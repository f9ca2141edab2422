//! Builds: a slide marked `build: true` in the data file shows its points one at a
//! time, each → revealing the next (and saying it to a screen reader) before the talk
//! moves on.

mod common;

use common::{TestApp, app_on};
use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Shape, epaint::ClippedShape};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use weprotect_explorer::model::{Alliance, DEFAULT_RON, load_default};

/// Whether the last frame drew a text that holds `words`.
fn drawn(t: &TestApp, words: &str) -> bool {
    fn holds(shape: &Shape, words: &str) -> bool {
        match shape {
            Shape::Text(text) => {
                let line = text
                    .galley
                    .text()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                line.contains(words)
            }
            Shape::Vec(shapes) => shapes.iter().any(|s| holds(s, words)),
            _ => false,
        }
    }
    t.harness
        .output()
        .shapes
        .iter()
        .any(|ClippedShape { shape, .. }| holds(shape, words))
}

/// The talk on the built-in data with its Added Value slide (the third) marked as a
/// build, shown and none of its points revealed yet.
fn on_the_build_slide() -> (TestApp, tempfile::TempDir, Alliance) {
    let text = DEFAULT_RON.replacen(
        "kind: AddedValue,",
        "kind: AddedValue,\n            build: true,",
        1,
    );
    assert_ne!(
        text, DEFAULT_RON,
        "the talk has an Added Value slide to mark"
    );
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let (mut t, dir) = app_on(&text);
    t.press(Key::F5);
    t.next_whole_slide();
    t.press(Key::ArrowRight);
    (t, dir, data)
}

#[test]
fn a_build_slide_reveals_one_point_per_arrow_and_says_it() {
    let (mut t, _dir, data) = on_the_build_slide();
    let points = data.slides[2].bullets.clone();
    assert_eq!(t.harness.state().presenter.index, 2);
    assert!(
        drawn(&t, &data.slides[2].title),
        "the title is there from the start"
    );
    assert!(
        !points.iter().any(|p| drawn(&t, p)),
        "no point before the first →"
    );
    for (shown, point) in points.iter().enumerate() {
        t.press(Key::ArrowRight);
        assert_eq!(t.harness.state().presenter.index, 2, "still on the build");
        assert!(drawn(&t, point), "point {} appears", shown + 1);
        if let Some(next) = points.get(shown + 1) {
            assert!(!drawn(&t, next), "point {} waits", shown + 2);
        }
        let said = t.harness.get_by_role(Role::Status).accesskit_node().label();
        assert_eq!(
            said.as_deref(),
            Some(point.as_str()),
            "the new point is announced"
        );
    }
    t.press(Key::ArrowRight);
    assert_eq!(t.harness.state().presenter.index, 3, "then the next slide");
    t.press(Key::ArrowLeft);
    assert!(
        points.iter().all(|p| drawn(&t, p)),
        "back on the build, all of it"
    );
}

#[test]
fn the_speaker_view_names_the_next_point_of_a_build() {
    let (mut t, _dir, data) = on_the_build_slide();
    let points = data.slides[2].bullets.clone();
    t.press(Key::S);
    assert!(t.has_label(&format!("Next point: {}", points[0])));
    t.press(Key::ArrowRight);
    assert!(t.has_label(&format!("Next point: {}", points[1])));
    for _ in 1..points.len() {
        t.press(Key::ArrowRight);
    }
    assert!(
        t.has_label(&data.slides[3].title),
        "after the last point, the next slide"
    );
}

/// The built-in talk's Background slide is a build of the milestones: each → brings the
/// next one onto its timeline (and says it), ← takes it off again, and Home starts the
/// talk over, with the timeline empty when it comes round again.
#[test]
fn the_background_timeline_shows_one_milestone_per_arrow() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let at = common::slide_of(weprotect_explorer::model::SlideKind::Background);
    assert!(at > 0 && data.slides[at].build, "and it is a build");
    let mut t = common::app();
    t.press(Key::F5);
    for _ in 1..at {
        t.next_whole_slide();
    }
    t.press(Key::ArrowRight);
    assert_eq!(t.harness.state().presenter.index, at);
    let titles: Vec<&str> = data.milestones.iter().map(|m| m.title.as_str()).collect();
    assert!(drawn(&t, &data.slides[at].title));
    assert!(!titles.iter().any(|m| drawn(&t, m)), "no milestone yet");
    for (i, m) in data.milestones.iter().enumerate() {
        t.press(Key::ArrowRight);
        assert!(drawn(&t, &m.title), "milestone {} appears", i + 1);
        if let Some(next) = titles.get(i + 1) {
            assert!(!drawn(&t, next), "milestone {} waits", i + 2);
        }
        let said = t.harness.get_by_role(Role::Status).accesskit_node().label();
        assert_eq!(said, Some(format!("{}: {}", m.when(), m.title)));
    }
    let last = titles[titles.len() - 1];
    t.press(Key::ArrowLeft);
    assert!(!drawn(&t, last), "← takes the last one off");
    assert!(drawn(&t, titles[titles.len() - 2]), "and leaves the others");
    assert_eq!(t.harness.state().presenter.index, at);
    t.press(Key::Home);
    assert_eq!(t.harness.state().presenter.index, 0);
    for _ in 0..at {
        t.press(Key::ArrowRight);
    }
    assert_eq!(t.harness.state().presenter.index, at);
    assert!(!titles.iter().any(|m| drawn(&t, m)), "Home reset the build");
}

/// Whether the last frame drew a text that is exactly `line`.
fn drawn_exactly(t: &TestApp, line: &str) -> bool {
    fn is(shape: &Shape, line: &str) -> bool {
        match shape {
            Shape::Text(text) => text.galley.text() == line,
            Shape::Vec(shapes) => shapes.iter().any(|s| is(s, line)),
            _ => false,
        }
    }
    t.harness
        .output()
        .shapes
        .iter()
        .any(|ClippedShape { shape, .. }| is(shape, line))
}

/// The speaker view shows what the next → brings as the audience will see it: on the
/// Background slide, before any milestone is out, a picture of the slide with its first
/// milestone; and which step of the build the talk is at.
#[test]
fn the_speaker_view_pictures_what_the_next_arrow_brings() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let first = &data.milestones[0].title;
    let second = &data.milestones[1].title;
    let mut t = common::app();
    t.press(Key::F5);
    t.press(Key::ArrowRight);
    assert_eq!(
        t.harness.state().presenter.index,
        1,
        "on the Background slide"
    );
    assert!(!drawn_exactly(&t, first), "no milestone out yet");
    t.press(Key::S);
    assert!(
        drawn_exactly(&t, first),
        "the picture shows the first milestone"
    );
    assert!(!drawn_exactly(&t, second), "and only the first");
    let steps = data.milestones.len();
    assert!(t.has_label(&format!("Step 0 of {steps}")));
    t.press(Key::ArrowRight);
    assert!(
        drawn_exactly(&t, second),
        "one step on, the picture moves on too"
    );
    assert!(t.has_label(&format!("Step 1 of {steps}")));
}

/// The picture of the next slide is a picture: its button is there to see, switched
/// off (no focus, no hover), and a click on it opens nothing.
#[test]
fn the_picture_of_the_next_slide_does_not_act() {
    let video = common::slide_of(weprotect_explorer::model::SlideKind::Video);
    let mut t = common::app();
    t.press(Key::F5);
    for _ in 1..video {
        t.next_whole_slide();
    }
    t.press(Key::S);
    let button = t.harness.get_by_label("Play the summit video");
    assert!(
        button.accesskit_node().is_disabled(),
        "the picture shows the button, switched off"
    );
    t.click("Play the summit video");
    assert!(
        t.opener.opened().is_empty(),
        "a click on the picture opens nothing"
    );
    assert_eq!(t.harness.state().presenter.index, video - 1);
}
