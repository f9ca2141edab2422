//! What a screen reader gets from the accessibility tree: a named window, headings with
//! their levels, bullets that are not read as objects of their own, figures named with
//! what they count, and a live region that announces changes focus does not follow.
//! `scripts/test-atspi.py` checks the same on the real window through AT-SPI.

mod common;

use std::path::Path;
use std::time::Duration;

use common::{SIZE, TestApp, app, app_with};
use eframe::egui::Key;
use eframe::egui::accesskit::{Live, Role};
use egui_kittest::kittest::{NodeT as _, Queryable};
use weprotect_explorer::model::{DEFAULT_RON, load_default};

/// Every heading in the tree, with its level.
fn headings(t: &TestApp) -> Vec<(String, usize)> {
    t.harness
        .query_all_by_role(Role::Heading)
        .map(|n| {
            let node = n.accesskit_node();
            (
                node.label().unwrap_or_default(),
                node.data().level().unwrap_or(0),
            )
        })
        .collect()
}

/// What every polite live region in the window says now.
fn live_texts(t: &TestApp) -> Vec<String> {
    t.harness
        .root()
        .children_recursive()
        .map(|n| n.accesskit_node())
        .filter(|n| n.data().live() == Some(Live::Polite))
        .map(|n| {
            if n.label_comes_from_value() {
                n.value().unwrap_or_default()
            } else {
                n.label().unwrap_or_default()
            }
        })
        .collect()
}

/// What the window's own announcement (the live region with no picture) says now.
fn announced(t: &TestApp) -> String {
    let region = t.harness.get_by_role(Role::Status);
    let node = region.accesskit_node();
    assert_eq!(
        node.data().live(),
        Some(Live::Polite),
        "a polite live region"
    );
    node.label().unwrap_or_default()
}

/// Whether any node is named exactly `name`, whatever its role.
fn named(t: &TestApp, name: &str) -> bool {
    t.harness.query_all_by_label(name).next().is_some()
}

#[test]
fn the_window_is_named_after_the_deck_and_the_app() {
    let t = app();
    let root = t.harness.root();
    let node = root.accesskit_node();
    assert_eq!(node.role(), Role::Window);
    assert_eq!(
        node.label().as_deref(),
        Some(
            "The WeProtect Global Alliance Summit 1-2 June 2022 — WeProtect Global Alliance Explorer"
        )
    );
}

#[test]
fn headings_are_headings_with_levels() {
    let mut t = app();
    let found = headings(&t);
    for expected in [
        ("The WeProtect Global Alliance Summit 1-2 June 2022", 1),
        ("The summit", 2),
        ("Members", 2),
        ("Explore", 2),
    ] {
        assert!(
            found
                .iter()
                .any(|(name, level)| name == expected.0 && *level == expected.1),
            "no heading {expected:?} among {found:?}"
        );
    }
    // A heading's text is its name only, not also a label to be read twice.
    assert!(
        t.harness
            .query_by_role_and_label(Role::Label, "Members")
            .is_none()
    );

    t.click("Resources");
    let found = headings(&t);
    assert!(found.contains(&("Resources".to_owned(), 1)), "{found:?}");
    assert!(found.contains(&("Reports".to_owned(), 2)), "{found:?}");
    assert!(
        found.contains(&("Framing the Future".to_owned(), 3)),
        "{found:?}"
    );

    t.click("Timeline");
    t.press(Key::ArrowRight);
    let first = load_default().unwrap_or_else(|e| panic!("{e}")).milestones[0]
        .title
        .clone();
    assert!(
        headings(&t).contains(&(first, 2)),
        "the detail panel's heading"
    );
}

#[test]
fn a_bullet_is_painted_not_read_as_an_object() {
    let mut t = app();
    assert!(
        named(&t, "Global Threat Assessments"),
        "the point itself is there"
    );
    assert!(!named(&t, "•"), "no bullet of its own on the overview");
    t.click("Summit & outcomes");
    assert!(named(
        &t,
        "The first summit since the Alliance became independent."
    ));
    assert!(!named(&t, "•"), "no bullet of its own on the summit");
}

#[test]
fn a_figure_is_read_with_what_it_counts() {
    let mut t = app();
    for name in [
        "99 Governments",
        "29 Global tech companies",
        "73 Civil society organisations",
        "9 International organisations",
        "210 members in all",
    ] {
        assert!(named(&t, name), "{name}");
    }
    for bare in ["99", "Governments", "210", "members in all"] {
        assert!(!named(&t, bare), "{bare:?} read on its own on the overview");
    }

    t.click("Membership");
    t.click("Show table");
    for cell in [
        "Governments: 99 (47.1%)",
        "Civil society organisations: 73 (34.8%)",
        "Total: 210 (100.0%)",
    ] {
        assert!(
            t.harness
                .query_by_role_and_label(Role::Label, cell)
                .is_some(),
            "no table cell named {cell:?}"
        );
    }
    for bare in ["99", "47.1%", "210"] {
        assert!(!named(&t, bare), "{bare:?} read on its own in the table");
    }
}

#[test]
fn a_milestone_selected_by_the_arrow_keys_is_announced() {
    let mut t = app();
    t.click("Timeline");
    assert!(
        t.harness.query_by_role(Role::Status).is_none(),
        "nothing said yet"
    );
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    t.press(Key::ArrowRight);
    let m = &data.milestones[0];
    assert_eq!(
        announced(&t),
        format!("Selected: {} · {}", m.when(), m.title)
    );
    t.press(Key::ArrowRight);
    let m = &data.milestones[1];
    assert_eq!(
        announced(&t),
        format!("Selected: {} · {}", m.when(), m.title)
    );
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

#[test]
fn a_reload_and_a_problem_in_the_file_are_announced() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("alliance.ron");
    write(&path, DEFAULT_RON);
    let mut t = app_with(Some(path.clone()), None, SIZE);
    std::thread::sleep(Duration::from_millis(50));
    write(&path, &DEFAULT_RON.replacen("count: 99,", "count: 98,", 1));
    t.wait_until("the edit is shown", |app| {
        app.document.data.membership.groups[0].count == 98
    });
    // In the status line, which is a live region of its own.
    let said = live_texts(&t);
    assert!(
        said.iter()
            .any(|s| s.starts_with("Reloaded ") && s.ends_with("after a change.")),
        "{said:?}"
    );

    std::thread::sleep(Duration::from_millis(50));
    write(&path, &DEFAULT_RON.replacen("count: 99,", "count: -1,", 1));
    t.wait_until("the problem is shown", |app| app.document.error.is_some());
    let status = live_texts(&t);
    assert!(
        status
            .iter()
            .any(|s| s.ends_with("could not be used; see the problems above.")),
        "{status:?}"
    );
    let said = announced(&t);
    assert!(said.contains("has 1 problem."), "{said}");
    assert!(
        said.ends_with("The app is showing the last good data."),
        "{said}"
    );
}

#[test]
fn a_new_slide_is_announced() {
    let mut t = app();
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let n = data.slides.len();
    t.press(Key::F5);
    assert_eq!(
        announced(&t),
        format!("Slide 1 of {n}: {}", data.slides[0].title)
    );
    t.press(Key::ArrowRight);
    assert_eq!(
        announced(&t),
        format!("Slide 2 of {n}: {}", data.slides[1].title)
    );
}

#[test]
fn the_status_line_close_button_says_what_it_does() {
    let mut t = app();
    t.click("Resources");
    t.click("Copy link to Framing the Future");
    assert!(t.has_label("Copied the link to the clipboard."));
    assert!(
        t.harness
            .query_by_role_and_label(Role::Button, "Hide this message")
            .is_some()
    );
    assert!(!named(&t, "×"), "not read as a bare multiplication sign");
    t.click("Hide this message");
    assert!(!t.has_label("Copied the link to the clipboard."));
}

#[test]
fn the_lanes_behind_the_markers_are_named() {
    let mut t = app();
    t.click("Timeline");
    let lanes = t.harness.get_by_label_contains("Milestone lanes");
    assert_eq!(lanes.accesskit_node().role(), Role::Canvas);
}

/// Each bar and each donut slice is an object of its own, named with its figures and
/// lying over what is drawn, so a screen reader can move through the chart's parts.
#[test]
fn each_bar_and_slice_is_an_object_named_with_its_figures() {
    let mut t = app();
    t.click("Membership");
    let rect = |t: &TestApp, name: &str| t.harness.get_by_label(name).rect();
    let groups = [
        ("Governments: 99 (47.1%)", 99.0),
        ("Global tech companies: 29 (13.8%)", 29.0),
        ("Civil society organisations: 73 (34.8%)", 73.0),
        ("International organisations: 9 (4.3%)", 9.0),
    ];
    let first = rect(&t, &format!("Bar: {}", groups[0].0));
    for (name, count) in groups {
        let bar = rect(&t, &format!("Bar: {name}"));
        // Every bar starts at the axis, and its length follows its count.
        assert!((bar.left() - first.left()).abs() < 1.0, "{name}");
        let expected = first.width() * count / 99.0;
        assert!(
            (bar.width() - expected).abs() < 2.0,
            "{name}: {} wide, not {expected}",
            bar.width()
        );
        assert!(named(&t, &format!("Slice: {name}")), "{name}");
    }
    let largest = rect(&t, "Slice: Governments: 99 (47.1%)");
    let smallest = rect(&t, "Slice: International organisations: 9 (4.3%)");
    assert!(
        largest.area() > 4.0 * smallest.area(),
        "{largest:?} against {smallest:?}"
    );
}

/// A link is one object: its words are not also published as unnamed text runs, which
/// AT-SPI shows as objects of unknown role after the link.
#[test]
fn a_link_is_not_followed_by_unnamed_parts() {
    let mut t = app();
    t.click("Sources");
    let link = t
        .harness
        .get_by_label("European Commission press release SPEECH/12/912, 5 December 2012");
    assert_eq!(link.accesskit_node().role(), Role::Link);
    let parts: Vec<Role> = link.children().map(|c| c.accesskit_node().role()).collect();
    assert!(parts.is_empty(), "the link has parts: {parts:?}");

    // A link long enough to wrap in a row of the detail panel is still one object.
    t.click("Timeline");
    t.click(
        "2015-11 · Second WeProtect summit, Abu Dhabi; the Model National Response is launched",
    );
    let unknown = t
        .harness
        .root()
        .children_recursive()
        .filter(|n| n.accesskit_node().role() == Role::Unknown)
        .count();
    assert_eq!(unknown, 0, "objects of unknown role in the detail panel");
}
