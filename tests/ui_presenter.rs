//! Presenter mode: start it, step through every slide with each key set, jump by
//! number, black out and back, leave with Esc and land where you were.

mod common;

use common::{TestApp, app, app_with};
use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use weprotect_explorer::model::{DEFAULT_RON, SlideKind, load_default};
use weprotect_explorer::views::View;

fn index(t: &TestApp) -> usize {
    t.harness.state().presenter.index
}

fn presenting() -> TestApp {
    let mut t = app();
    t.press(Key::F5);
    assert!(t.harness.state().presenter.active);
    t
}

/// Presses `key` until the talk is on another slide (stepping through a build on the
/// way), as a presenter holding a clicker does.
fn step_slide(t: &mut TestApp, key: Key) {
    let from = index(t);
    for _ in 0..1_000 {
        t.press(key);
        if index(t) != from {
            return;
        }
    }
}

fn slide_count() -> usize {
    load_default().map_or(0, |d| d.slides.len())
}

#[test]
fn f5_starts_at_the_title_slide_and_the_button_does_too() {
    let t = presenting();
    assert_eq!(index(&t), 0);
    assert!(t.has_label("The WeProtect Global Alliance Summit 1-2 June 2022"));
    assert!(t.has_label_containing(&format!("Slide 1 of {}", slide_count())));
    // The top bar is gone while presenting.
    assert!(!t.has_label("Present"));

    let mut t = app();
    t.click("Present");
    assert!(t.harness.state().presenter.active);
}

#[test]
fn every_key_set_steps_through_every_slide_and_back() {
    let n = slide_count();
    assert_eq!(n, 9);
    for (next, previous) in [
        (Key::ArrowRight, Key::ArrowLeft),
        (Key::Space, Key::Backspace),
        (Key::PageDown, Key::PageUp),
        (Key::N, Key::P),
    ] {
        let mut t = presenting();
        for i in 1..n {
            step_slide(&mut t, next);
            assert_eq!(index(&t), i, "{next:?} to slide {}", i + 1);
            assert!(t.has_label_containing(&format!("Slide {} of {n}", i + 1)));
        }
        t.press(next);
        assert_eq!(index(&t), n - 1, "stays on the last slide");
        for i in (0..n - 1).rev() {
            step_slide(&mut t, previous);
            assert_eq!(index(&t), i, "{previous:?} to slide {}", i + 1);
        }
        t.press(previous);
        assert_eq!(index(&t), 0, "stays on the first slide");
    }
}

#[test]
fn each_slide_shows_its_content() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut t = presenting();
    for (i, slide) in data.slides.iter().enumerate() {
        assert_eq!(index(&t), i);
        if i > 0 {
            assert!(
                t.has_label(&slide.title),
                "slide {} lacks its title {:?}",
                i + 1,
                slide.title
            );
        }
        t.next_whole_slide();
    }
    // The background slide holds the milestones, each a button: a click selects it.
    t.press(Key::Home);
    t.next_whole_slide();
    t.click("2014 · The UK creates WeProtect (Founding)");
    assert_eq!(
        t.harness.state().saved.timeline.selected.as_deref(),
        Some("weprotect_created_2014")
    );
    assert!(
        t.harness.state().presenter.active,
        "a click on the slide keeps presenting"
    );
}

#[test]
fn a_source_link_on_the_background_slide_does_not_leave_the_talk() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let source = data
        .milestones
        .iter()
        .find(|m| m.id == "weprotect_created_2014")
        .and_then(|m| m.sources.first())
        .map_or_else(
            || panic!("the 2014 milestone has no source"),
            |s| s.label.clone(),
        );
    let mut t = presenting();
    t.next_whole_slide();
    t.click("2014 · The UK creates WeProtect (Founding)");
    assert!(t.has_label_containing(&source), "the source is named");
    let links = t
        .harness
        .query_all_by_role(eframe::egui::accesskit::Role::Link)
        .count();
    assert_eq!(
        links, 0,
        "but not as a link: it would put a browser over the talk"
    );
    t.harness.get_by_label_contains(&source).click();
    t.harness.run_ok();
    assert!(t.opener.opened().is_empty());
    assert!(t.harness.state().presenter.active);
    assert_eq!(index(&t), 1);
}

/// A click on a milestone of the Background slide opens its details over the slide;
/// Esc closes them and leaves the talk running, a second Esc ends it.
#[test]
fn a_milestone_clicked_on_the_background_slide_opens_its_details() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let m = data
        .milestones
        .first()
        .unwrap_or_else(|| panic!("no milestones"));
    let name = format!("{} · {} ({})", m.when(), m.title, m.category.label());
    let mut t = on_slide(SlideKind::Background);
    assert!(!t.has_label("Close"), "no details before the click");
    t.click(&name);
    let state = t.harness.state();
    assert_eq!(
        state.presenter.slides.milestone.as_deref(),
        Some(m.id.as_str())
    );
    assert!(t.has_label(&m.summary), "the details show the summary");
    assert!(t.has_label("Close"));
    t.press(Key::Escape);
    assert!(!t.has_label(&m.summary), "Esc closes the details");
    assert!(t.harness.state().presenter.active, "and the talk goes on");
    t.click(&name);
    t.click("Close");
    assert!(!t.has_label(&m.summary), "Close closes them");
    t.press(Key::Escape);
    assert!(
        !t.harness.state().presenter.active,
        "a second Esc ends the talk"
    );
}

/// Presents and steps to the first slide of `kind`.
fn on_slide(kind: SlideKind) -> TestApp {
    let position = common::slide_of(kind);
    let mut t = presenting();
    for _ in 0..position {
        t.next_whole_slide();
    }
    t
}

#[test]
fn the_charts_on_the_slides_keep_their_own_state() {
    let mut t = on_slide(SlideKind::Membership);
    t.click("Civil society organisations: 73 (34.8%)");
    let state = t.harness.state();
    assert!(state.presenter.slides.membership.selected.is_some());
    assert_eq!(state.membership.selected, None);

    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let outcome = data
        .outcomes
        .first()
        .unwrap_or_else(|| panic!("no outcomes"));
    let mut t = on_slide(SlideKind::Outcomes);
    t.click(&format!("Outcome: {}", outcome.title));
    let state = t.harness.state();
    assert_eq!(
        state.presenter.slides.summit.selected.as_deref(),
        Some(outcome.id.as_str()),
        "the clicked card is marked on the slide"
    );
    assert!(state.presenter.active);
    assert_eq!(state.summit.selected, None);
    assert_eq!(state.saved.view, View::Overview);
}

/// A talk does not leave the screen for the browser, and a button that does nothing has
/// no place on a slide: the outcome cards show no Open button there, while the Summit
/// view's cards do.
#[test]
fn outcome_cards_on_a_slide_offer_no_open_button() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let title = data
        .outcomes
        .iter()
        .filter_map(|o| o.resource.as_deref())
        .filter_map(|id| data.resources.iter().find(|r| r.id == id))
        .find(|r| r.url.is_some())
        .map_or_else(
            || panic!("no outcome links a resource"),
            |r| r.title.clone(),
        );
    let open = format!("Open {title}");
    let t = on_slide(SlideKind::Outcomes);
    assert!(t.has_label_containing("Outcome: "), "the cards are drawn");
    assert!(!t.has_label(&open), "{open} is offered on the slide");
    let mut t = app();
    t.click("Summit & outcomes");
    assert!(t.has_label(&open), "{open} is missing from the Summit view");
}

#[test]
fn home_end_and_a_number_then_enter_jump() {
    let n = slide_count();
    let mut t = presenting();
    t.press(Key::End);
    assert_eq!(index(&t), n - 1);
    t.press(Key::Home);
    assert_eq!(index(&t), 0);
    t.press(Key::Num5);
    assert!(t.has_label("Go to slide 5"));
    t.press(Key::Enter);
    assert_eq!(index(&t), 4);
    // Out of range: nothing moves.
    t.press(Key::Num4);
    t.press(Key::Num2);
    t.press(Key::Enter);
    assert_eq!(index(&t), 4);
    // Esc cancels a number without leaving.
    t.press(Key::Num2);
    t.press(Key::Escape);
    assert!(t.harness.state().presenter.active);
    assert_eq!(index(&t), 4);
}

#[test]
fn black_and_white_screens_and_back() {
    let mut t = presenting();
    t.press(Key::B);
    assert!(t.has_label("Screen blanked; press B, W or Esc to show the slide"));
    t.press(Key::B);
    assert!(!t.has_label("Screen blanked; press B, W or Esc to show the slide"));
    t.press(Key::Period);
    assert!(t.harness.state().presenter.blank.is_some());
    t.press(Key::Escape);
    assert!(t.harness.state().presenter.blank.is_none());
    assert!(t.harness.state().presenter.active, "Esc first unblanks");
    t.press(Key::W);
    assert_eq!(
        t.harness.state().presenter.blank,
        Some(weprotect_explorer::views::presenter::Blank::White)
    );
    t.press(Key::ArrowRight);
    assert!(
        t.harness.state().presenter.blank.is_none(),
        "moving on shows the slide"
    );
}

#[test]
fn f5_during_the_talk_does_not_start_it_again() {
    let mut t = app();
    t.click("Timeline");
    t.press(Key::F5);
    t.press(Key::ArrowRight);
    t.press(Key::F5);
    assert_eq!(index(&t), 1, "the talk stays on its slide");
    t.press(Key::Escape);
    assert_eq!(t.harness.state().saved.view, View::Timeline);
}

#[test]
fn esc_leaves_and_lands_where_you_were() {
    let mut t = app();
    t.click("Timeline");
    t.press(Key::F5);
    t.press(Key::ArrowRight);
    t.press(Key::Escape);
    assert!(!t.harness.state().presenter.active);
    assert_eq!(t.harness.state().saved.view, View::Timeline);
    assert!(t.has_label("Fit all"));
}

#[test]
fn the_help_lists_the_shortcuts() {
    let mut t = presenting();
    t.harness.key_press_modifiers(Modifiers::SHIFT, Key::Slash);
    t.harness.run_ok();
    assert!(t.has_label("Presenter shortcuts"));
    assert!(t.has_label("Right, Space, Page Down, N"));
    t.press(Key::Escape);
    assert!(!t.has_label("Presenter shortcuts"));
    assert!(t.harness.state().presenter.active);
}

#[test]
fn the_help_lists_every_presenter_row_of_the_shortcut_table() {
    use weprotect_explorer::shortcuts::{SHORTCUTS, Scope};
    let mut t = presenting();
    t.press(Key::Questionmark);
    let rows: Vec<_> = SHORTCUTS
        .iter()
        .filter(|s| s.scope == Scope::Presenter)
        .collect();
    assert!(rows.len() >= 10);
    for row in rows {
        assert!(t.has_label(&row.spoken_keys()), "no {:?}", row.keys);
        assert!(t.has_label(row.does), "no {:?}", row.does);
    }
}

/// A mouse click at a point of the window, as a person makes it.
fn click_at(t: &mut TestApp, x: f32, y: f32) {
    use eframe::egui::{Event, PointerButton, pos2};
    let pos = pos2(x, y);
    t.harness.event(Event::PointerMoved(pos));
    t.harness.step();
    for pressed in [true, false] {
        t.harness.event(Event::PointerButton {
            pos,
            button: PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
        t.harness.step();
    }
    t.harness.run_ok();
}

#[test]
fn clicks_on_the_left_and_right_thirds_move_back_and_on() {
    let mut t = presenting();
    let [w, h] = common::SIZE;
    let at = |t: &TestApp| {
        let p = &t.harness.state().presenter;
        (p.index, p.revealed)
    };
    click_at(&mut t, w * 0.95, h * 0.9);
    assert_eq!(at(&t), (1, 0), "on to the Background slide, a build");
    click_at(&mut t, w * 0.95, h * 0.9);
    assert_eq!(at(&t), (1, 1), "a click steps the build too");
    click_at(&mut t, w * 0.5, h * 0.9);
    assert_eq!(at(&t), (1, 1), "the middle third does nothing");
    click_at(&mut t, w * 0.05, h * 0.9);
    assert_eq!(at(&t), (1, 0));
    click_at(&mut t, w * 0.05, h * 0.9);
    assert_eq!(at(&t), (0, 0));
}

#[test]
fn the_video_slide_opens_the_video_on_enter_only() {
    let mut t = presenting();
    t.press(Key::End);
    t.press(Key::Enter);
    assert!(
        t.opener.opened().is_empty(),
        "Enter on another slide opens nothing"
    );
    let video = common::slide_of(SlideKind::Video);
    t.press(Key::Home);
    for _ in 0..video {
        t.next_whole_slide();
    }
    assert!(
        t.opener.opened().is_empty(),
        "arriving on the slide opens nothing"
    );
    t.press(Key::Enter);
    assert_eq!(
        t.opener.opened(),
        ["https://www.youtube.com/watch?v=-luEzeqtE6Y"]
    );
    t.click("Play the summit video");
    assert_eq!(t.opener.opened().len(), 2);
}

#[test]
fn the_speaker_view_shows_notes_next_slide_and_a_clock() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut t = presenting();
    t.press(Key::S);
    assert!(t.harness.state().presenter.speaker_open);
    assert!(t.has_label(&data.slides[0].notes));
    assert!(
        t.has_label(&data.slides[1].title),
        "the next slide is named"
    );
    t.click("Next slide");
    assert_eq!(index(&t), 1);
    assert!(t.has_label(&data.slides[1].notes));
    t.click("Pause clock");
    assert!(!t.harness.state().presenter.clock.is_running());
    t.click("Resume clock");
    t.click("Reset clock");
    assert!(t.harness.state().presenter.clock.elapsed() < std::time::Duration::from_secs(2));
}

#[test]
fn the_slides_come_from_the_data_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("three.ron");
    let start = DEFAULT_RON
        .find("    slides: [")
        .unwrap_or_else(|| panic!("no slides"));
    let text = format!(
        "{}    slides: [\n        (kind: Title, title: \"One\"),\n        (kind: Text, title: \"Two\", bullets: [\"a point\"]),\n        (kind: ThankYou, title: \"Three\"),\n    ],\n)\n",
        &DEFAULT_RON[..start]
    );
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let mut t = app_with(Some(path), None, common::SIZE);
    assert!(t.harness.state().document.error.is_none());
    t.press(Key::F5);
    assert!(t.has_label_containing("Slide 1 of 3"));
    t.press(Key::End);
    assert_eq!(index(&t), 2);
    assert!(t.has_label("Three"));
    t.press(Key::Num2);
    t.press(Key::Enter);
    assert!(t.has_label("a point"));
}
