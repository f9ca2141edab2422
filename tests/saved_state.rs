//! The saved state is untrusted: a damaged, old, newer or hostile state never stops the
//! app from starting, costs only the values that are wrong, and is rewritten repaired.

mod common;

use common::{MemStorage, SIZE, TestApp, app_with};
use eframe::App as _;
use proptest::prelude::*;
use weprotect_explorer::app::{MAX_RECENT, ThemeChoice};
use weprotect_explorer::views::View;

fn storage(state: &str) -> MemStorage {
    let mut s = MemStorage::default();
    s.0.insert(eframe::APP_KEY.to_owned(), state.to_owned());
    s
}

fn start(state: &str) -> TestApp {
    app_with(None, Some(&storage(state)), SIZE)
}

use egui_kittest::kittest::Queryable as _;

#[test]
fn a_huge_or_broken_time_range_shows_the_whole_timeline() {
    let mut fresh = start("(view: Timeline)");
    fresh.harness.run_ok();
    let fitted = fresh.axis_label();
    assert!(fitted.starts_with("Time axis from 20"), "{fitted}");
    for range in [
        "(-3e9, 3e9)",
        "(NaN, NaN)",
        "(2012.0, inf)",
        "(-inf, inf)",
        "(2022.0, 2012.0)",
    ] {
        let mut t = start(&format!(
            "(view: Timeline, theme: Dark, timeline: (range: Some({range})))"
        ));
        t.harness.run_ok();
        assert_eq!(t.harness.state().saved.view, View::Timeline, "{range}");
        assert_eq!(t.harness.state().saved.theme, ThemeChoice::Dark, "{range}");
        assert_eq!(t.axis_label(), fitted, "{range}");
        assert!(
            t.has_label("2014 · The UK creates WeProtect"),
            "{range}: the milestones are drawn"
        );
        assert_eq!(t.harness.state().saved.timeline.range, None, "{range}");
    }
}

#[test]
fn an_unknown_view_costs_only_the_view() {
    let t = start(
        r#"(view: Settings, theme: Dark, zoom: 1.25, selected: Some("weprotect_created_2014"), recent: ["/data/a.ron"], added_in_a_later_version: (x: 1))"#,
    );
    let saved = &t.harness.state().saved;
    assert_eq!(saved.view, View::Overview);
    assert_eq!(saved.theme, ThemeChoice::Dark);
    assert!((saved.zoom - 1.25).abs() < f32::EPSILON);
    assert_eq!(
        saved.timeline.selected.as_deref(),
        Some("weprotect_created_2014")
    );
    assert_eq!(saved.recent, [std::path::PathBuf::from("/data/a.ron")]);
}

#[test]
fn a_runaway_recent_list_is_cut_to_five_and_the_menu_shows_five() {
    let paths: Vec<String> = (0..100_000)
        .map(|i| format!("\"/data/file{i}.ron\""))
        .collect();
    let mut t = start(&format!("(theme: Light, recent: [{}])", paths.join(",")));
    assert_eq!(t.harness.state().saved.recent.len(), MAX_RECENT);
    assert_eq!(t.harness.state().saved.theme, ThemeChoice::Light);
    t.click("File");
    let shown = t
        .harness
        .query_all_by_label_contains("Open recent file")
        .count();
    assert_eq!(shown, MAX_RECENT);
}

#[test]
fn a_repaired_state_is_written_back_at_once() {
    let mut t = start("(view: Timeline, zoom: NaN, timeline: (range: Some((-3e9, 3e9))))");
    let app = t.harness.state_mut();
    assert!(app.state_needs_rewrite);
    assert_eq!(app.auto_save_interval(), std::time::Duration::ZERO);
    let mut rewritten = MemStorage::default();
    app.save(&mut rewritten);
    assert!(!app.state_needs_rewrite);
    assert!(app.auto_save_interval() > std::time::Duration::ZERO);
    // What was written reads back clean, with the view kept.
    let again = app_with(None, Some(&rewritten), SIZE);
    assert!(!again.harness.state().state_needs_rewrite);
    assert_eq!(again.harness.state().saved.view, View::Timeline);
    // A good state is not rewritten before its time.
    assert!(
        app_with(None, None, SIZE)
            .harness
            .state()
            .auto_save_interval()
            .as_secs()
            >= 1
    );
}

/// Values that a damaged or hostile state might hold, for the fields the app keeps.
fn hostile_value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("NaN".to_owned()),
        Just("inf".to_owned()),
        Just("-inf".to_owned()),
        Just("1e308".to_owned()),
        Just("-3e9".to_owned()),
        Just("Some((NaN, 1.0))".to_owned()),
        Just("Some((-3e9, 3e9))".to_owned()),
        Just("Timeline".to_owned()),
        Just("Settings".to_owned()),
        Just("[Summit, Nonsense]".to_owned()),
        Just("\"\"".to_owned()),
        Just("None".to_owned()),
        Just("(range: Some((2000.0, 2001.0)), hidden: [])".to_owned()),
        any::<f64>().prop_map(|f| format!("{f:?}")),
        any::<i64>().prop_map(|i| i.to_string()),
        "[a-zA-Z0-9_()\\[\\],.:\" -]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever the state holds, the app starts and draws every view.
    #[test]
    fn any_saved_state_starts_and_draws(
        fields in proptest::collection::vec(
            (prop::sample::select(vec!["view", "selected", "theme", "zoom", "timeline", "recent", "other"]), hostile_value()),
            0..6,
        ),
        junk in "[(),:\\[\\] a-z0-9.]{0,20}",
    ) {
        let body: Vec<String> = fields.iter().map(|(k, v)| format!("{k}: {v}")).collect();
        let state = format!("({}){junk}", body.join(", "));
        let mut t = start(&state);
        for view in ["Timeline", "Membership", "Overview"] {
            t.click(view);
        }
        let app = t.harness.state();
        prop_assert!(app.saved.zoom.is_finite());
        if let Some((a, b)) = app.saved.timeline.range {
            prop_assert!(a.is_finite() && b.is_finite() && a < b);
        }
        prop_assert!(app.saved.recent.len() <= MAX_RECENT);
    }
}
