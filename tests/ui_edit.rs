//! Edit mode as a person uses it: the forms beside the views, checked as typed, undo
//! and redo, the "edited" mark, and saving into the file.

mod common;

use common::{TestApp, app, app_on};
use eframe::egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use weprotect_explorer::model::{DEFAULT_RON, load_path};

/// Replaces the whole text of the field labelled `label`, as a person does: click it,
/// select all, type.
fn retype(t: &mut TestApp, label: &str, text: &str) {
    t.click(label);
    t.press_with(Modifiers::COMMAND, Key::A);
    t.harness.get_by_label(label).type_text(text);
    t.harness.run_ok();
}

fn editing(view: &str) -> TestApp {
    let mut t = app();
    t.click(view);
    t.click("Edit");
    t
}

fn status(t: &TestApp) -> String {
    t.harness
        .state()
        .status
        .as_ref()
        .map(|s| s.text.clone())
        .unwrap_or_default()
}

/// The left edge of the timeline marker labelled `label`.
fn marker_x(t: &TestApp, label: &str) -> f32 {
    t.harness.get_by_label(label).rect().left()
}

#[test]
fn a_milestone_added_through_the_form_is_on_the_timeline_in_date_order_and_undo_redo_take_it_back_and_forth()
 {
    let mut t = editing("Timeline");
    t.click("Add a milestone");
    retype(&mut t, "Title", "Global Threat Assessment 2023");
    retype(&mut t, "Date", "2023-10");
    retype(&mut t, "Summary", "The fourth Global Threat Assessment.");
    let label = "2023-10 · Global Threat Assessment 2023";
    assert!(t.has_label(label), "the new marker is on the timeline");
    let summit = t
        .harness
        .state()
        .document
        .data
        .milestones
        .iter()
        .max_by_key(|m| m.date)
        .filter(|m| m.date.year_number() == 2023)
        .map(|m| m.title.clone());
    assert_eq!(summit.as_deref(), Some("Global Threat Assessment 2023"));
    let last_2022 = t
        .harness
        .state()
        .document
        .data
        .milestones
        .iter()
        .filter(|m| m.date.year_number() == 2022)
        .max_by_key(|m| m.date)
        .map(weprotect_explorer::views::timeline::marker_label)
        .unwrap_or_default();
    assert!(
        marker_x(&t, label) > marker_x(&t, &last_2022),
        "after {last_2022}"
    );
    assert!(t.harness.state().title().starts_with("• edited"));

    // One undo takes back the typing in one field: the summary, the date, the title,
    // then the milestone itself.
    let summary = |t: &TestApp| {
        t.harness
            .get_by_label("Summary")
            .value()
            .unwrap_or_default()
    };
    t.press_with(Modifiers::COMMAND, Key::Z);
    assert!(status(&t).starts_with("Undid"));
    assert_eq!(summary(&t), "");
    assert!(t.has_label(label));
    t.press_with(Modifiers::COMMAND, Key::Z);
    assert!(t.has_label("2023 · Global Threat Assessment 2023"));
    t.press_with(Modifiers::COMMAND, Key::Z);
    assert!(t.has_label("2023 · New milestone"));
    t.press_with(Modifiers::COMMAND, Key::Z);
    assert!(!t.has_label("2023 · New milestone"));
    assert!(
        !t.harness.state().document.edited,
        "back to the file's data"
    );
    assert!(!t.harness.state().title().contains("edited"));

    for _ in 0..3 {
        t.press_with(Modifiers::COMMAND, Key::Y);
    }
    t.press_with(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert!(t.has_label(label), "redo brings it back");
    t.click(label);
    assert_eq!(summary(&t), "The fourth Global Threat Assessment.");
    assert!(t.harness.state().document.edited);
}

#[test]
fn a_date_that_is_not_a_date_shows_why_beside_the_field_and_keeps_the_last_good_one() {
    let mut t = editing("Timeline");
    t.click("Add a milestone");
    let before = t.harness.state().document.data.clone();
    retype(&mut t, "Date", "2023-13");
    assert!(
        t.has_label_containing("month 13 is not between 1 and 12"),
        "the problem is shown"
    );
    assert_eq!(t.harness.state().document.data, before, "nothing changed");
    // What the checker finds shows beside its field too: a title of nothing but a
    // space is kept (the data may hold it), and the problem is said at once.
    retype(&mut t, "Title", " ");
    assert!(
        t.has_label("⚠ a milestone's title must not be empty"),
        "{:?}",
        t.harness.state().document.problems
    );
    assert_eq!(t.harness.state().document.problems.len(), 1);
}

#[test]
fn a_changed_member_count_changes_the_charts_and_the_shares() {
    let mut t = editing("Membership");
    assert!(t.has_label("Governments: 99 (47.1%)"));
    retype(&mut t, "Governments count", "120");
    assert!(t.has_label("Governments: 120 (51.9%)"), "share of 231");
    assert!(t.has_label_containing("231 members in all"));
    t.press_with(Modifiers::COMMAND, Key::Z);
    assert!(t.has_label("Governments: 99 (47.1%)"));
}

#[test]
fn an_outcome_deleted_in_the_form_leaves_the_summit_view() {
    let mut t = editing("Summit & outcomes");
    let first = t.harness.state().document.data.outcomes[0].title.clone();
    let n = t.harness.state().document.data.outcomes.len();
    t.click(&format!("Delete outcome {first}"));
    let outcomes = &t.harness.state().document.data.outcomes;
    assert_eq!(outcomes.len(), n - 1);
    assert!(outcomes.iter().all(|o| o.title != first));
    assert!(!t.has_label(&format!("Delete outcome {first}")));
    t.press_with(Modifiers::COMMAND, Key::Z);
    assert_eq!(t.harness.state().document.data.outcomes.len(), n);
}

#[test]
fn save_writes_the_edits_into_the_file_and_the_watcher_does_not_reload_them() {
    let (mut t, dir) = app_on(DEFAULT_RON);
    let path = dir.path().join("alliance.ron");
    t.click("Timeline");
    t.click("Edit");
    t.click("Add a milestone");
    retype(&mut t, "Title", "Saved milestone");
    retype(&mut t, "Summary", "Written by the app.");
    t.press_with(Modifiers::COMMAND, Key::S);
    assert!(status(&t).starts_with("Saved"), "{}", status(&t));
    assert!(!t.harness.state().document.edited);
    assert!(!t.harness.state().title().contains("edited"));
    let saved = load_path(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(saved, t.harness.state().document.data);
    // The person's file is kept: the new milestone's lines went in, and every line of
    // the original, comments and all, is still there in its order.
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| DEFAULT_RON.lines().any(|o| o == *l))
        .collect();
    let original: Vec<&str> = DEFAULT_RON.lines().collect();
    assert!(
        text.lines().count() > original.len() && text.contains("\"Saved milestone\""),
        "the milestone was added"
    );
    assert_eq!(
        kept.iter()
            .filter(|l| l.trim_start().starts_with("//"))
            .count(),
        original
            .iter()
            .filter(|l| l.trim_start().starts_with("//"))
            .count(),
        "every comment is kept"
    );
    // The watcher sees the app's own save: no "Reloaded" and the undo history stays.
    std::thread::sleep(std::time::Duration::from_millis(600));
    for _ in 0..20 {
        t.harness.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    t.harness.run_ok();
    assert!(!status(&t).starts_with("Reloaded"), "{}", status(&t));
    assert!(t.harness.state().document.history.can_undo());
}

#[test]
fn closing_with_unsaved_edits_asks_first() {
    let mut t = editing("Timeline");
    t.click("Add a milestone");
    t.harness
        .input_mut()
        .viewports
        .entry(eframe::egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(eframe::egui::ViewportEvent::Close);
    t.harness.run_ok();
    assert!(t.has_label("Save your edits?"));
    t.click("Cancel");
    assert!(!t.has_label("Save your edits?"));
    assert!(
        t.harness.state().document.edited,
        "the edits are still there"
    );
}

#[test]
fn opening_other_data_with_unsaved_edits_asks_and_cancel_keeps_them() {
    let mut t = editing("Timeline");
    t.click("Add a milestone");
    t.click("File");
    t.click("New from the built-in data");
    assert!(t.has_label("Drop your edits?"));
    t.click("Cancel");
    assert!(t.harness.state().document.edited);
    t.click("File");
    t.click("New from the built-in data");
    t.click("Drop the edits");
    assert!(!t.harness.state().document.edited);
    assert!(!t.has_label("2023 · New milestone"));
}

#[test]
fn ctrl_e_turns_edit_mode_on_and_off() {
    let mut t = app();
    t.click("Timeline");
    t.press_with(Modifiers::COMMAND, Key::E);
    assert!(t.has_label("Add a milestone"));
    t.press_with(Modifiers::COMMAND, Key::E);
    assert!(!t.has_label("Add a milestone"));
}

#[test]
fn edit_mode_is_never_on_while_presenting() {
    let mut t = app();
    t.press(Key::F5);
    t.press_with(Modifiers::COMMAND, Key::E);
    assert!(!t.harness.state().editing);
    assert!(!t.has_label("Add a milestone"));
}

#[test]
fn a_title_changed_in_the_form_changes_that_one_line_of_the_file() {
    let (mut t, dir) = app_on(DEFAULT_RON);
    let path = dir.path().join("alliance.ron");
    t.click("Timeline");
    t.click("Edit");
    let first = t.harness.state().document.data.milestones[0].clone();
    t.click(&weprotect_explorer::views::timeline::marker_label(&first));
    retype(&mut t, "Title", "A title typed in the form");
    t.press_with(Modifiers::COMMAND, Key::S);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let changed: Vec<(&str, &str)> = DEFAULT_RON
        .lines()
        .zip(text.lines())
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(text.lines().count(), DEFAULT_RON.lines().count());
    assert_eq!(changed.len(), 1, "{changed:?}");
    let (before, after) = changed[0];
    assert_eq!(
        before.replace(
            &format!("{:?}", first.title),
            "\"A title typed in the form\""
        ),
        after
    );
}

#[test]
fn an_address_typed_without_its_slash_is_saved_as_the_loader_reads_it() {
    let (mut t, dir) = app_on(DEFAULT_RON);
    let path = dir.path().join("alliance.ron");
    t.click("Timeline");
    t.click("Edit");
    t.click("Add a milestone");
    t.click("Add a source");
    retype(&mut t, "Source 1 label", "WeProtect Global Alliance");
    retype(&mut t, "Source 1 address", "https://www.weprotect.org");
    t.press_with(Modifiers::COMMAND, Key::S);
    assert!(status(&t).starts_with("Saved"), "{}", status(&t));
    let saved = load_path(&path).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(saved, t.harness.state().document.data);
    assert!(saved.milestones.iter().any(|m| {
        m.sources
            .iter()
            .any(|s| s.url == "https://www.weprotect.org/")
    }));
}
