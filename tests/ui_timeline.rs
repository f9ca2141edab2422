//! The timeline as a person uses it: click markers, move with keys, filter, search.

mod common;

use common::{TestApp, app};
use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use weprotect_explorer::model::{Category, load_default};
use weprotect_explorer::views::timeline::marker_label;

fn timeline() -> TestApp {
    let mut t = app();
    t.click("Timeline");
    t
}

fn selected(t: &TestApp) -> Option<String> {
    t.harness.state().saved.timeline.selected.clone()
}

#[test]
fn every_milestone_can_be_clicked_and_shows_its_details() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut t = timeline();
    for m in &data.milestones {
        t.click(&marker_label(m));
        assert_eq!(selected(&t).as_deref(), Some(m.id.as_str()));
        // The detail panel: title, the date at its own precision, summary, sources.
        assert!(t.has_label(&m.title), "no title for {}", m.id);
        assert!(
            t.has_label_containing(&format!("{} ", m.when())) || t.has_label_containing(&m.when()),
            "no date for {}",
            m.id
        );
        assert!(t.has_label(&m.summary), "no summary for {}", m.id);
        for s in &m.sources {
            assert!(t.has_label(&s.label), "no source {} for {}", s.label, m.id);
        }
    }
}

#[test]
fn the_detail_panel_shows_precision_deck_words_and_corrections() {
    let mut t = timeline();
    t.click("2014 · The UK creates WeProtect");
    assert!(t.has_label("2014 (known to the year) · Founding"));
    t.click("2012-12-05 · Global Alliance Against Child Sexual Abuse Online launched");
    assert!(t.has_label("In the deck"));
    assert!(t.has_label("Note from the sources"));
    assert!(t.has_label_containing("48"));
    t.click("2022-06-01..2022-06-02 · Global Summit \"Turning the tide on child sexual abuse online\", Brussels");
    assert!(t.has_label_containing("1–2 June 2022"));
}

#[test]
fn a_source_link_asks_to_open_exactly_its_address() {
    let mut t = timeline();
    t.click("2019-12 · Global Threat Assessment 2019, released at the Addis Ababa summit");
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let m = data
        .milestones
        .iter()
        .find(|m| m.id == "global_threat_assessment_2019");
    let source = m
        .and_then(|m| m.sources.first())
        .cloned()
        .unwrap_or_else(|| panic!("no source"));
    assert!(t.opener.opened().is_empty(), "nothing opens before a click");
    t.click(&source.label);
    assert_eq!(t.opener.opened(), std::slice::from_ref(&source.url));
    assert!(t.has_label(&format!("Opened {} in the browser.", source.url)));
}

#[test]
fn arrows_home_and_end_move_the_selection_in_date_order() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = data.milestones.iter().map(|m| m.id.as_str()).collect();
    let mut t = timeline();
    t.press(Key::ArrowRight);
    assert_eq!(selected(&t).as_deref(), Some(ids[0]));
    t.press(Key::ArrowRight);
    assert_eq!(selected(&t).as_deref(), Some(ids[1]));
    t.press(Key::End);
    assert_eq!(selected(&t).as_deref(), ids.last().copied());
    t.press(Key::ArrowRight);
    assert_eq!(
        selected(&t).as_deref(),
        ids.last().copied(),
        "stays at the end"
    );
    t.press(Key::ArrowLeft);
    assert_eq!(selected(&t).as_deref(), Some(ids[ids.len() - 2]));
    t.press(Key::Home);
    assert_eq!(selected(&t).as_deref(), Some(ids[0]));
    t.press(Key::ArrowLeft);
    assert_eq!(selected(&t).as_deref(), Some(ids[0]), "stays at the start");
    // The buttons do the same.
    t.click("Next");
    assert_eq!(selected(&t).as_deref(), Some(ids[1]));
    t.click("Previous");
    assert_eq!(selected(&t).as_deref(), Some(ids[0]));
    t.press(Key::Escape);
    assert_eq!(selected(&t), None);
}

#[test]
fn a_category_chip_hides_and_shows_its_markers() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let reports: Vec<String> = data
        .milestones
        .iter()
        .filter(|m| m.category == Category::Report)
        .map(marker_label)
        .collect();
    assert!(!reports.is_empty());
    let mut t = timeline();
    for label in &reports {
        assert!(t.has_label(label));
    }
    let chip = format!("Report ({})", reports.len());
    t.click(&chip);
    for label in &reports {
        assert!(!t.has_label(label), "{label} is still shown");
    }
    assert!(
        t.has_label("2014 · The UK creates WeProtect"),
        "other categories stay"
    );
    t.click(&chip);
    for label in &reports {
        assert!(t.has_label(label));
    }
}

#[test]
fn zoom_and_fit_all_change_what_is_visible() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut t = timeline();
    let all: Vec<String> = data.milestones.iter().map(marker_label).collect();
    assert!(
        all.iter().all(|l| t.has_label(l)),
        "fit all shows every milestone"
    );
    for _ in 0..6 {
        t.click("Zoom in");
    }
    let visible = all.iter().filter(|l| t.has_label(l)).count();
    assert!(
        visible < all.len(),
        "zooming in hides some milestones ({visible})"
    );
    t.click("Fit all");
    assert!(all.iter().all(|l| t.has_label(l)));
    t.press(Key::Minus);
    assert!(t.harness.state().saved.timeline.range.is_some());
    t.press(Key::Num0);
    assert_eq!(t.harness.state().saved.timeline.range, None);
}

#[test]
fn search_finds_and_jumps_to_a_milestone() {
    let mut t = app();
    t.press_with(Modifiers::COMMAND, Key::F);
    assert!(t.has_label("Search the story"));
    t.harness.get_by_label("Find:").type_text("abu dhabi");
    t.harness.run_ok();
    assert!(t.has_label("1 result"));
    t.press(Key::Enter);
    assert_eq!(
        t.harness.state().saved.view,
        weprotect_explorer::views::View::Timeline
    );
    assert_eq!(
        selected(&t).as_deref(),
        Some("weprotect_summit_abu_dhabi_2015")
    );
    assert!(
        t.has_label("Second WeProtect summit, Abu Dhabi; the Model National Response is launched")
    );
}

#[test]
fn search_lists_outcomes_and_resources_and_a_click_goes_there() {
    let mut t = app();
    t.click("Search");
    t.harness.get_by_label("Find:").type_text("communiqu");
    t.harness.run_ok();
    assert!(t.has_label_containing("Outcome: Summit communiqué"));
    assert!(t.has_label_containing("Resource: Turning the Tide on Child Sexual Abuse Online"));
    t.harness
        .get_by_label_contains("Resource: Turning the Tide")
        .click();
    t.harness.run_ok();
    assert_eq!(
        t.harness.state().saved.view,
        weprotect_explorer::views::View::Resources
    );
    assert!(!t.harness.state().search.open);
}

#[test]
fn on_a_crowded_day_the_markers_drawn_follow_the_scroll() {
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    // Each milestone on the one day needs a lane of its own: far more than fit.
    let data = weprotect_explorer::model::synthetic::one_day(&base, 120);
    let label = |i: usize| data.milestones.get(i).map(marker_label).unwrap_or_default();
    let mut t = timeline();
    t.harness.state_mut().document.data = data.clone();
    t.harness.state_mut().timeline.data_changed();
    t.harness.run_ok();
    assert!(t.has_label(&label(0)));
    assert!(
        !t.has_label(&label(119)),
        "the last lane is below the window"
    );
    for _ in 0..100 {
        if t.has_label(&label(119)) {
            break;
        }
        let on_screen = t
            .harness
            .query_all_by_label_contains("on the summit's first day")
            .next()
            .unwrap_or_else(|| panic!("no marker on screen"));
        on_screen.scroll_down();
        t.harness.run_ok();
    }
    assert!(t.has_label(&label(119)), "scrolled to the last lane");
    assert!(
        !t.has_label(&label(0)),
        "the first lane is above the window"
    );
}
