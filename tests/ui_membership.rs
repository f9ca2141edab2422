//! The Membership view: the breakdown by type, the group panel, the table and its CSV,
//! the growth chart's known points, export, and data that is not the usual four groups.

mod common;

use common::{TestApp, app, app_on};
use eframe::egui::{self, Key};
use egui_kittest::kittest::{NodeT, Queryable};
use weprotect_explorer::model::{Alliance, MemberGroup, load_default};

const GOVERNMENTS: &str = "Governments: 99 (47.1%)";

fn membership() -> TestApp {
    let mut t = app();
    t.click("Membership");
    t
}

/// The app on the built-in data with its member groups replaced.
fn with_groups(groups: Vec<MemberGroup>) -> (TestApp, tempfile::TempDir) {
    let mut data: Alliance = load_default().unwrap_or_else(|e| panic!("{e}"));
    data.membership.groups = groups;
    let text = ron::ser::to_string_pretty(&data, ron::ser::PrettyConfig::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let (mut t, dir) = app_on(&text);
    t.click("Membership");
    (t, dir)
}

fn group(kind: &str, label: &str, count: i64) -> MemberGroup {
    MemberGroup {
        kind: kind.to_owned(),
        label: label.to_owned(),
        count,
        description: format!("About {label}."),
        ..MemberGroup::default()
    }
}

fn status(t: &TestApp) -> Option<String> {
    t.harness.state().status.as_ref().map(|s| s.text.clone())
}

#[test]
fn clicking_a_legend_entry_shows_the_group_with_its_count_share_date_and_source() {
    let mut t = membership();
    for label in [
        GOVERNMENTS,
        "Global tech companies: 29 (13.8%)",
        "Civil society organisations: 73 (34.8%)",
        "International organisations: 9 (4.3%)",
    ] {
        assert!(t.has_label(label), "{label}");
    }
    assert!(t.has_label("As of June 2022 · 210 members in all"));
    assert!(!t.has_label("Members: 99"));

    t.click(GOVERNMENTS);
    assert!(t.has_label("Members: 99"));
    assert!(t.has_label("Share of the total: 47.1% of 210 members"));
    assert!(t.has_label("National governments that are members of the Alliance."));
    assert!(t.has_label("As of June 2022"));
    // The governments' count has a public source of its own besides the deck.
    assert!(t.has_label("As stated in the deck."));
    assert!(t.has_label(
        "WeProtect Global Alliance: Argentina is the 100th government to join (undated)"
    ));
    assert!(t.has_label("“becoming the 100th government member”"));
    assert!(!t.has_label("No public source was found that confirms it."));
    // And what is said of all the counts: other public counts differ.
    assert!(t.has_label_containing("Other public counts differ"));
    assert_eq!(
        t.harness.state().membership.selected.as_deref(),
        Some("governments")
    );

    // Another entry replaces it; Esc closes the panel, and so does Close.
    t.click("International organisations: 9 (4.3%)");
    assert!(t.has_label("Members: 9"));
    assert!(t.has_label("Share of the total: 4.3% of 210 members"));
    assert!(!t.has_label("Members: 99"));
    t.press(Key::Escape);
    assert!(!t.has_label("Members: 9"));
    t.click(GOVERNMENTS);
    t.click("Close");
    assert!(!t.has_label("Members: 99"));
}

#[test]
fn the_keyboard_alone_opens_a_group() {
    let mut t = membership();
    t.harness
        .get_by_label("Global tech companies: 29 (13.8%)")
        .focus();
    t.harness.run_ok();
    assert!(
        t.harness
            .get_by_label("Global tech companies: 29 (13.8%)")
            .is_focused()
    );
    t.press(Key::Enter);
    assert!(t.has_label("Members: 29"));
    assert!(t.has_label("Share of the total: 13.8% of 210 members"));
    // Tab moves on to the next entry, and Space opens that one.
    t.press(Key::Tab);
    assert!(
        t.harness
            .get_by_label("Civil society organisations: 73 (34.8%)")
            .is_focused()
    );
    t.press(Key::Space);
    assert!(t.has_label("Members: 73"));
}

#[test]
fn clicking_a_bar_or_a_slice_opens_its_group() {
    let mut t = membership();
    // The first group's bar is the top row of the bar chart; its count reaches across.
    let bars = t
        .harness
        .get_by_label_contains("Bar chart of members by type")
        .rect();
    let n = 4.0;
    let y_span = (n - 0.35) - (-0.4);
    let top_row = bars.top() + bars.height() * ((n - 0.35 - (n - 1.0)) / y_span);
    let at = egui::pos2(bars.left() + bars.width() * 0.3, top_row);
    t.click_at(at);
    assert!(t.has_label("Members: 99"), "clicking the Governments bar");

    // The donut starts at the top and runs clockwise: straight below the centre is the
    // second group (from 47.1% to 61.0% of the turn).
    let donut = t
        .harness
        .get_by_label_contains("Donut chart of members by type")
        .rect();
    let radius = donut.width() / 2.0 * 0.75;
    t.click_at(donut.center() + egui::vec2(0.0, radius));
    assert!(
        t.has_label("Members: 29"),
        "clicking the Global tech companies slice"
    );
    // The hole in the middle is not a slice.
    t.click_at(donut.center());
    assert!(t.has_label("Members: 29"));
}

#[test]
fn hovering_a_slice_lights_the_group_and_explains_it() {
    let mut t = membership();
    let donut = t
        .harness
        .get_by_label_contains("Donut chart of members by type")
        .rect();
    // Left of the centre: three quarters of the turn, in the civil society slice.
    t.harness
        .hover_at(donut.center() - egui::vec2(donut.width() / 2.0 * 0.75, 0.0));
    t.harness.run_ok();
    assert_eq!(
        t.harness.state().membership.highlighted.as_deref(),
        Some("civil_society")
    );
    assert!(
        t.has_label("73 of 210 members"),
        "the tooltip gives the count"
    );
    assert!(t.has_label("34.8% of the total"), "and the share");
    // Moving away clears the light, and nothing keeps repainting.
    t.harness.hover_at(egui::pos2(2.0, 790.0));
    assert!(t.harness.run_ok().is_some(), "the view settles");
    assert_eq!(t.harness.state().membership.highlighted, None);
}

/// Whether the table has a row read as `name` (the legend's buttons carry the same
/// words, as buttons).
fn table_row(t: &TestApp, name: &str) -> bool {
    t.harness
        .query_by_role_and_label(egui::accesskit::Role::Label, name)
        .is_some()
}

#[test]
fn the_table_lists_every_group_and_a_total_of_100_percent() {
    let mut t = membership();
    assert!(!t.has_label("Copy as CSV"));
    t.click("Show table");
    assert!(t.has_label("Type") && t.has_label("Share"));
    // Each row is read as one: its first cell names the group with its figures.
    for row in [
        "Governments: 99 (47.1%)",
        "Global tech companies: 29 (13.8%)",
        "Civil society organisations: 73 (34.8%)",
        "International organisations: 9 (4.3%)",
        "Total: 210 (100.0%)",
    ] {
        assert!(table_row(&t, row), "{row}");
    }
    assert!(t.has_label("Shares are rounded to add up to 100.0% (largest remainder)."));
    t.click("Show table");
    assert!(!table_row(&t, "Total: 210 (100.0%)"));
}

#[test]
fn copy_as_csv_puts_the_table_on_the_clipboard() {
    let mut t = membership();
    t.click("Show table");
    t.harness.get_by_label("Copy as CSV").click();
    t.harness.step();
    let copied = t.copied();
    assert_eq!(
        copied,
        vec![
            "type,members,share\nGovernments,99,47.1\nGlobal tech companies,29,13.8\nCivil society organisations,73,34.8\nInternational organisations,9,4.3\nTotal,210,100.0"
                .to_owned()
        ]
    );
    t.harness.run_ok();
    assert!(t.has_label("Copied the table as CSV to the clipboard."));
}

#[test]
fn the_growth_chart_lists_its_known_points_with_dates_and_sources() {
    let mut t = membership();
    assert!(t.has_label("5 December 2012 · 48 countries"));
    assert!(t.has_label("December 2013 · 54 countries"));
    assert!(t.has_label("June 2022 · 210 members"));
    assert!(t.has_label("Launch of the Global Alliance · governments: 48"));
    assert!(t.has_label(
        "99 governments, 29 tech companies, 73 CSOs, 9 international organisations · governments: 99"
    ));
    assert!(t.has_label("As stated in the deck; no public source found confirms these counts."));
    assert!(
        t.has_label("as stated in the deck; no public source found"),
        "the 2022 point has no source and says so"
    );
    assert_eq!(
        t.harness.query_all_by_label("(archived address)").count(),
        2,
        "the 2012 and 2013 sources are on retired systems, and say so"
    );
    assert!(t.has_label("What was counted changes: countries (2012–2013), then members (2022)."));
    // The legend names the series, and the dashed line for what it is.
    for entry in [
        "Known totals",
        "Governments",
        "gap: no data between known points",
    ] {
        assert!(t.has_label(entry), "{entry}");
    }
    let chart = t
        .harness
        .get_by_label_contains("Growth chart:")
        .accesskit_node()
        .label()
        .unwrap_or_default();
    assert!(
        chart.contains("48 countries (5 December 2012)"),
        "{chart:?}"
    );

    let link = "European Commission press release SPEECH/12/912, 5 December 2012";
    t.harness.get_by_label(link).scroll_to_me();
    t.harness.run_ok();
    t.click(link);
    assert_eq!(
        t.opener.opened(),
        vec!["http://europa.eu/rapid/press-release_SPEECH-12-912_en.htm?locale=EN".to_owned()]
    );
}

#[test]
fn export_as_png_asks_for_a_picture_of_the_view() {
    let mut t = membership();
    t.harness.get_by_label("Export as PNG").click();
    // Only the frames of the click: the picture itself would be saved in the next one.
    t.harness.step();
    assert_eq!(status(&t).as_deref(), Some("Taking a picture of the view…"));
}

#[test]
fn twelve_groups_give_bars_only_and_say_why() {
    let groups = (1..=12)
        .map(|i| group(&format!("g{i}"), &format!("Group {i}"), i * 3))
        .collect();
    let (mut t, _dir) = with_groups(groups);
    assert!(t.has_label(
        "With 12 groups the donut chart is left out: its slices would be too thin to compare. The bars show every group."
    ));
    assert!(!t.has_label_containing("Donut chart of members"));
    // 3 + 6 + … + 36 = 234; 36/234 = 15.38…%
    assert!(t.has_label("Group 12: 36 (15.4%)"));
    assert!(t.has_label("As of June 2022 · 234 members in all"));
    t.click("Group 12: 36 (15.4%)");
    assert!(t.has_label("Members: 36"));
}

#[test]
fn a_group_with_no_members_is_still_listed() {
    let groups = vec![
        group("a", "Governments", 10),
        group("b", "Nobody yet", 0),
        group("c", "Others", 30),
    ];
    let (mut t, _dir) = with_groups(groups);
    assert!(t.has_label("Nobody yet: 0 (0.0%)"));
    assert!(t.has_label("Others: 30 (75.0%)"));
    assert!(t.has_label_containing("Donut chart of members by type"));
    t.click("Nobody yet: 0 (0.0%)");
    assert!(t.has_label("Members: 0"));
    assert!(t.has_label("Share of the total: 0.0% of 40 members"));
}

#[test]
fn one_group_is_the_whole() {
    let (mut t, _dir) = with_groups(vec![group("only", "The only group", 5)]);
    assert!(t.has_label("The only group: 5 (100.0%)"));
    t.click("Show table");
    assert!(table_row(&t, "The only group: 5 (100.0%)"), "the group");
    assert!(table_row(&t, "Total: 5 (100.0%)"), "the total");
}

#[test]
fn a_total_of_zero_divides_nothing() {
    let (mut t, _dir) = with_groups(vec![group("a", "First", 0), group("b", "Second", 0)]);
    assert!(t.has_label(
        "No members are counted (every group has 0), so there is nothing to divide: every share is 0.0%."
    ));
    assert!(t.has_label("First: 0 (0.0%)"));
    assert!(!t.has_label_containing("NaN"));
    t.click("Second: 0 (0.0%)");
    assert!(t.has_label("Share of the total: 0.0% (no members are counted)"));
    t.click("Show table");
    assert!(table_row(&t, "Total: 0 (0.0%)"));
}

#[test]
fn a_very_long_label_is_cut_in_the_chart_and_whole_in_the_table_and_panel() {
    let long: String = "A very long member group label that goes on "
        .repeat(7)
        .chars()
        .take(300)
        .collect();
    let (mut t, _dir) = with_groups(vec![group("long", &long, 7), group("short", "Short", 3)]);
    let entry = format!("{long}: 7 (70.0%)");
    assert!(
        t.has_label(&entry),
        "the legend entry carries the whole label for screen readers"
    );
    t.click("Show table");
    assert!(table_row(&t, &entry), "the table reads the whole label");
    // Hidden again, so that the legend's button is the one thing named so.
    t.click("Show table");
    t.click(&entry);
    assert!(t.has_label("Members: 7"));
    assert_eq!(
        t.harness.query_all_by_label(&long).count(),
        1,
        "the panel's heading"
    );
}

#[test]
fn no_groups_at_all_is_a_sentence() {
    let (t, _dir) = with_groups(Vec::new());
    assert!(t.has_label("The data lists no member groups, so there is no breakdown to show."));
    assert!(
        t.has_label("5 December 2012 · 48 countries"),
        "the growth is still shown"
    );
}

#[test]
fn snapshot_light() {
    let mut t = membership();
    t.click("Theme");
    t.click("Light");
    t.click(GOVERNMENTS);
    t.harness.snapshot("membership_light");
}

#[test]
fn snapshot_dark() {
    let mut t = membership();
    t.click("Theme");
    t.click("Dark");
    t.click("Show table");
    t.harness.snapshot("membership_dark");
}
