//! `--select MILESTONE_ID [FILE]` (and `#milestone=ID` in the browser): the app starts
//! on the timeline with that milestone selected and its details shown, once the data
//! it is in has been read; an id the data does not have is said, not guessed.

mod common;

use common::{TestApp, app_selecting};
use egui_kittest::kittest::Queryable;
use weprotect_explorer::vocabulary::View;

fn state(t: &TestApp) -> (View, Option<String>, Option<(String, bool)>) {
    let app = t.harness.state();
    (
        app.saved.view,
        app.saved.timeline.selected.clone(),
        app.status.as_ref().map(|s| (s.text.clone(), s.is_error)),
    )
}

#[test]
fn starts_on_the_timeline_with_the_milestone_and_its_details() {
    let t = app_selecting(None, "global_taskforce_2022");
    let (view, selected, status) = state(&t);
    assert_eq!(view, View::Timeline);
    assert_eq!(selected.as_deref(), Some("global_taskforce_2022"));
    assert_eq!(status, None);
    let title = t
        .harness
        .state()
        .document
        .data
        .milestones
        .iter()
        .find(|m| m.id == "global_taskforce_2022")
        .map(|m| m.title.clone())
        .unwrap_or_default();
    assert!(
        t.has_label_containing(&title),
        "the details of {title} are not shown"
    );
}

#[test]
fn waits_for_a_data_file_to_be_read() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("ours.ron");
    let ron = weprotect_explorer::model::DEFAULT_RON.replace("\"summit_2022\"", "\"our_summit\"");
    std::fs::write(&path, ron).unwrap_or_else(|e| panic!("{e}"));
    let t = app_selecting(Some(path), "our_summit");
    let (view, selected, _) = state(&t);
    assert_eq!(view, View::Timeline);
    assert_eq!(selected.as_deref(), Some("our_summit"));
}

#[test]
fn an_id_the_data_does_not_have_is_said() {
    let t = app_selecting(None, "no_such_milestone");
    let (view, selected, status) = state(&t);
    assert_eq!(view, View::Overview);
    assert_eq!(selected, None);
    assert_eq!(
        status,
        Some((
            "No milestone has the id \"no_such_milestone\" in the built-in data, so none is selected."
                .to_owned(),
            true
        ))
    );
}

#[test]
fn the_detail_panel_copies_a_link_that_selects_the_milestone_again() {
    let mut t = app_selecting(None, "summit_2022");
    t.harness
        .get_by_label("Copy link to this milestone")
        .click();
    t.harness.step();
    let copied = t.copied();
    assert_eq!(copied, ["weprotect-explorer:milestone=summit_2022"]);
    let back = weprotect_explorer::model::moment::from_link(&copied[0]);
    assert_eq!(back, Some(Ok("summit_2022".to_owned())));
}
