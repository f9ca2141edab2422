//! The era bands under the timeline's axis: each a button that zooms to its era, by
//! mouse or keyboard, and none at all when the data names no eras.

mod common;

use common::{TestApp, app, app_on};
use eframe::egui::Key;
use egui_kittest::kittest::Queryable;
use weprotect_explorer::model::{DEFAULT_RON, load_default};
use weprotect_explorer::views::timeline::marker_label;

const MERGED: &str = "Era: WePROTECT Global Alliance, 2016–2020. Zoom to this era";
const INDEPENDENT: &str = "Era: Independent WeProtect Global Alliance, 2020–. Zoom to this era";
const FIRST: &str = "Era: Global Alliance (EU–US), 2012–2016. Zoom to this era";

fn timeline() -> TestApp {
    let mut t = app();
    t.click("Timeline");
    t
}

fn saved_range(t: &TestApp) -> Option<(f64, f64)> {
    t.harness.state().saved.timeline.range
}

/// The space between the axis and the highest marker: the era strip, if there is one,
/// sits there.
fn gap_below_axis(t: &TestApp) -> f32 {
    let axis = t.harness.get_by_label_contains("Time axis from").rect();
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let top = data
        .milestones
        .iter()
        .filter_map(|m| {
            let label = marker_label(m);
            t.harness.query_by_label(&label).map(|n| n.rect().top())
        })
        .fold(f32::INFINITY, f32::min);
    top - axis.bottom()
}

#[test]
fn every_era_is_a_band_with_its_name_and_years() {
    let t = timeline();
    assert!(gap_below_axis(&t) >= 28.0, "{}", gap_below_axis(&t));
    for label in [FIRST, MERGED, INDEPENDENT] {
        assert!(t.has_label(label), "no band {label:?}");
    }
    assert!(
        t.axis_label().starts_with("Time axis from 2011 to 2024"),
        "{}",
        t.axis_label()
    );
}

#[test]
fn clicking_an_era_zooms_the_timeline_to_it() {
    let mut t = timeline();
    assert_eq!(saved_range(&t), None, "the timeline starts fitted");
    t.click(MERGED);
    assert!(
        t.axis_label().starts_with("Time axis from 2015 to 2021;"),
        "{}",
        t.axis_label()
    );
    let (start, end) = saved_range(&t).unwrap_or_else(|| panic!("the range is not saved"));
    assert!((2015.5..2016.0).contains(&start), "{start}");
    assert!((2020.0..2020.5).contains(&end), "{end}");
    // The bands stay where a person clicked: the next era is still there to click.
    t.click(FIRST);
    assert!(
        t.axis_label().starts_with("Time axis from 2012 to 2017;"),
        "{}",
        t.axis_label()
    );
}

#[test]
fn an_era_still_going_zooms_to_the_latest_milestone() {
    let mut t = timeline();
    t.click(INDEPENDENT);
    let (start, end) = saved_range(&t).unwrap_or_else(|| panic!("the range is not saved"));
    assert!((2019.5..2020.0).contains(&start), "{start}");
    // The summit of 1–2 June 2022 is the latest milestone: it stays in view.
    assert!(end > 2022.5 && end < 2024.0, "{end}");
    assert!(t.has_label_containing("Global Summit \"Turning the tide"));
}

#[test]
fn enter_on_a_focused_band_zooms_as_a_click_does() {
    let mut t = timeline();
    t.harness.get_by_label(MERGED).focus();
    t.harness.run_ok();
    assert_eq!(saved_range(&t), None, "focus alone changes nothing");
    t.press(Key::Enter);
    let (start, end) = saved_range(&t).unwrap_or_else(|| panic!("Enter did not zoom"));
    assert!((2015.5..2016.0).contains(&start) && (2020.0..2020.5).contains(&end));
}

#[test]
fn hovering_a_band_gives_its_full_name_dates_and_note() {
    let mut t = timeline();
    t.harness.get_by_label(FIRST).hover();
    t.harness.run_ok();
    assert!(t.has_label("5 December 2012 – 2016"));
    assert!(t.has_label_containing(
        "The Global Alliance Against Child Sexual Abuse Online, launched in Brussels"
    ));
}

#[test]
fn a_file_without_eras_shows_no_band() {
    let start = DEFAULT_RON
        .find("    eras: [")
        .unwrap_or_else(|| panic!("the built-in data has eras"));
    let end = DEFAULT_RON[start..].find("\n    ],\n").map_or_else(
        || panic!("the eras end"),
        |e| start + e + "\n    ],\n".len(),
    );
    let text = format!("{}{}", &DEFAULT_RON[..start], &DEFAULT_RON[end..]);
    let (mut t, _dir) = app_on(&text);
    assert!(t.harness.state().document.data.eras.is_empty());
    t.click("Timeline");
    assert!(t.has_label_containing("Time axis from"));
    assert!(!t.has_label_containing("Era: "), "no band");
    assert!(
        gap_below_axis(&t) < 20.0,
        "no empty strip: {}",
        gap_below_axis(&t)
    );
    // The markers are all there, as before.
    assert!(t.has_label("2014 · The UK creates WeProtect"));
}
