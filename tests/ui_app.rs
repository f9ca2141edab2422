//! The window as a whole: navigation, shortcuts, persistence, a bad data file.

mod common;

use common::{MemStorage, SIZE, app, app_with};
use eframe::App as _;
use eframe::egui::{Key, Modifiers};
use weprotect_explorer::views::View;

#[test]
fn overview_shows_title_summit_and_figures() {
    let t = app();
    assert!(t.has_label("The WeProtect Global Alliance Summit 1-2 June 2022"));
    assert!(t.has_label("“Turning the tide on child sexual abuse online”"));
    assert!(t.has_label("1–2 June 2022 · Egmont Palace, Brussels"));
    // The deck's words say how they took part: not "In person: 400 in-person …".
    assert!(t.has_label("400 in-person delegates"));
    assert!(!t.has_label_containing("In person: 400"));
    assert!(t.has_label(
        "Attendance figures: as stated in the deck; no public source found. \
         Show where this comes from"
    ));
    assert!(t.has_label(
        "Member counts: as stated in the deck; no public source found. \
         Show where this comes from"
    ));
    for (count, label) in [
        ("99", "Governments"),
        ("29", "Global tech companies"),
        ("73", "Civil society organisations"),
        ("9", "International organisations"),
        ("210", "members in all"),
    ] {
        // One accessible name for the figure and what it counts.
        assert!(t.has_label(&format!("{count} {label}")), "{count} {label}");
    }
    assert!(t.has_label("Commissions and promotes research"));
}

#[test]
fn every_view_by_the_top_bar_and_by_ctrl_digit() {
    let mut t = app();
    for view in View::ALL {
        t.click(view.label());
        assert_eq!(t.harness.state().saved.view, view);
    }
    let digits = [
        Key::Num1,
        Key::Num2,
        Key::Num3,
        Key::Num4,
        Key::Num5,
        Key::Num6,
    ];
    for (view, key) in View::ALL.into_iter().zip(digits).rev() {
        t.press_with(Modifiers::COMMAND, key);
        assert_eq!(t.harness.state().saved.view, view);
    }
    // The overview's buttons lead to each view too.
    t.click("Explore the timeline");
    assert_eq!(t.harness.state().saved.view, View::Timeline);
    assert!(t.has_label("Fit all"));
}

#[test]
fn state_is_restored_and_a_corrupt_state_is_ignored() {
    let mut t = app();
    t.click("Timeline");
    t.click(
        "2015-11 · Second WeProtect summit, Abu Dhabi; the Model National Response is launched",
    );
    t.click("Theme");
    t.click("Dark");
    let mut storage = MemStorage::default();
    t.harness.state_mut().save(&mut storage);

    let t2 = app_with(None, Some(&storage), SIZE);
    let saved = &t2.harness.state().saved;
    assert_eq!(saved.view, View::Timeline);
    assert_eq!(
        saved.timeline.selected.as_deref(),
        Some("weprotect_summit_abu_dhabi_2015")
    );
    assert_eq!(saved.theme, weprotect_explorer::app::ThemeChoice::Dark);
    assert!(
        t2.has_label("Second WeProtect summit, Abu Dhabi; the Model National Response is launched")
    );

    for garbage in ["not ron at all", "(view: Nonsense, zoom: \"big\")", ""] {
        let mut bad = MemStorage::default();
        bad.0.insert(eframe::APP_KEY.to_owned(), garbage.to_owned());
        let t3 = app_with(None, Some(&bad), SIZE);
        assert_eq!(t3.harness.state().saved.view, View::Overview);
        assert!(t3.has_label("The WeProtect Global Alliance Summit 1-2 June 2022"));
    }
}

#[test]
fn an_invalid_data_file_opens_with_the_error_and_the_built_in_data() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("broken.ron");
    let text = weprotect_explorer::model::DEFAULT_RON.replace("count: 99", "count: -99");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let mut t = app_with(Some(path.clone()), None, SIZE);
    let name = path.display().to_string();
    assert!(t.has_label_containing(&format!(
        "{name} has 1 problem. The app is showing the built-in data."
    )));
    assert!(
        t.has_label_containing("membership.groups[0].count: count must not be negative, found -99")
    );
    // The built-in data is still there behind the banner.
    assert!(t.has_label("The WeProtect Global Alliance Summit 1-2 June 2022"));
    t.click("Copy problems");
    assert!(t.has_label("Copied the problems to the clipboard."));
    t.click("Dismiss");
    assert!(!t.has_label("Copy problems"));
}

#[test]
fn a_missing_data_file_is_explained() {
    let t = app_with(Some("/nonexistent/alliance.ron".into()), None, SIZE);
    assert!(t.has_label_containing("the file does not exist"));
}
