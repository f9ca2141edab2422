//! The membership and the timeline show the same moments: a milestone's details give
//! the membership known then, the growth chart marks the selected milestone, and a
//! known point (clicked, or its "Show on the timeline" button) shows its date's
//! milestone on the timeline.

mod common;

use common::{TestApp, app, app_on};
use eframe::egui;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use weprotect_explorer::model::{Alliance, load_default};
use weprotect_explorer::vocabulary::View;

const REPORT_2013: &str = "2013-12 · First Global Alliance report: 54 countries";
const SHOW_2013: &str = "Show December 2013 on the timeline";

fn timeline() -> TestApp {
    let mut t = app();
    t.click("Timeline");
    t
}

fn view_and_selection(t: &TestApp) -> (View, Option<String>) {
    let app = t.harness.state();
    (app.saved.view, app.saved.timeline.selected.clone())
}

fn chart_label(t: &TestApp) -> String {
    t.harness
        .get_by_label_contains("Growth chart:")
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

#[test]
fn a_milestone_gives_the_membership_known_then() {
    let mut t = timeline();
    t.click("2014 · The UK creates WeProtect");
    assert!(t.has_label(
        "Membership then: 54 countries — the nearest known total, from December 2013 \
         (First Global Alliance report)"
    ));
    t.click(REPORT_2013);
    assert!(t.has_label(
        "Membership then: 54 countries — known at this date, December 2013 \
         (First Global Alliance report)"
    ));
    t.click("2021 · Global Threat Assessment 2021 published");
    assert!(t.has_label_containing(
        "Membership then: 54 countries — the nearest known total, from December 2013"
    ));
    // Partial precision: the summit's first day is where the month of the count starts.
    t.click(
        "2022-06-01..2022-06-02 · Global Summit \"Turning the tide on child sexual abuse \
         online\", Brussels",
    );
    assert!(t.has_label_containing(
        "Membership then: 210 members — known at this date, June 2022 (99 governments"
    ));
}

#[test]
fn a_milestone_before_every_known_total_says_so() {
    let mut data: Alliance = load_default().unwrap_or_else(|e| panic!("{e}"));
    data.membership.history.remove(0);
    let text = ron::ser::to_string_pretty(&data, ron::ser::PrettyConfig::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let (mut t, _dir) = app_on(&text);
    t.click("Timeline");
    t.click("2012-12-05 · Global Alliance Against Child Sexual Abuse Online launched");
    assert!(t.has_label("No membership total is known for this date."));
    assert!(!t.has_label_containing("Membership then:"));
}

#[test]
fn the_growth_chart_marks_the_selected_milestone() {
    let mut t = app();
    t.click("Membership");
    assert!(
        !chart_label(&t).contains("selected milestone"),
        "nothing selected yet"
    );
    assert!(!t.has_label("Selected milestone"));
    t.click("Timeline");
    t.click("2014 · The UK creates WeProtect");
    t.click("Membership");
    assert!(
        chart_label(&t).ends_with("; the selected milestone, 2014, is marked"),
        "{}",
        chart_label(&t)
    );
    assert!(
        t.has_label("Selected milestone"),
        "the legend names the line"
    );
}

#[test]
fn show_on_the_timeline_selects_the_milestone_of_that_date_and_goes_there() {
    let mut t = app();
    t.click("Membership");
    for date in ["5 December 2012", "December 2013", "June 2022"] {
        assert!(
            t.has_label(&format!("Show {date} on the timeline")),
            "no button for {date}"
        );
    }
    t.click(SHOW_2013);
    assert_eq!(
        view_and_selection(&t),
        (
            View::Timeline,
            Some("global_alliance_first_report_2013".into())
        )
    );
    assert!(t.has_label_containing("known at this date, December 2013"));

    // Of the milestones of June 2022, the first in date order: the month before its days.
    t.click("Membership");
    t.click("Show June 2022 on the timeline");
    assert_eq!(
        view_and_selection(&t).1.as_deref(),
        Some("global_taskforce_2022")
    );
}

/// Where a point of the growth chart is drawn: the chart's x bounds are the points'
/// years with half a year before and 0.8 after, its y bounds 0 to 1.3 × the largest.
fn point_on_chart(t: &TestApp, year: f64, count: f64) -> egui::Pos2 {
    let rect = t.harness.get_by_label_contains("Growth chart:").rect();
    let (x0, x1, top) = (2011.5, 2023.8, 210.0 * 1.3);
    egui::pos2(
        rect.left() + ((year - x0) / (x1 - x0)) as f32 * rect.width(),
        rect.bottom() - (count / top) as f32 * rect.height(),
    )
}

#[test]
fn clicking_a_point_on_the_chart_shows_its_milestone() {
    let mut t = app();
    t.click("Membership");
    t.harness
        .get_by_label_contains("Growth chart:")
        .scroll_to_me();
    t.harness.run_ok();
    // Away from every point, a click does nothing.
    let empty = point_on_chart(&t, 2017.0, 200.0);
    t.click_at(empty);
    assert_eq!(view_and_selection(&t), (View::Membership, None));

    let at = point_on_chart(&t, 2013.0 + 11.0 / 12.0, 54.0);
    let shown = |t: &TestApp| {
        t.harness
            .query_all_by_label("December 2013 · 54 countries")
            .count()
    };
    assert_eq!(shown(&t), 1, "the point's entry under the chart");
    t.harness.hover_at(at);
    t.harness.run_ok();
    assert_eq!(
        shown(&t),
        2,
        "the pointer is on the point: its tooltip shows"
    );
    t.click_at(at);
    assert_eq!(
        view_and_selection(&t),
        (
            View::Timeline,
            Some("global_alliance_first_report_2013".into())
        )
    );
}
