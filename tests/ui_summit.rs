//! Summit & outcomes and Resources: cards, links that open only on a click, and the
//! link door that refuses anything unsafe.

mod common;

use common::{SIZE, TestApp, app, app_with};
use egui_kittest::kittest::Queryable;
use weprotect_explorer::model::{DEFAULT_RON, load_default};
use weprotect_explorer::views::View;

fn summit() -> TestApp {
    let mut t = app();
    t.click("Summit & outcomes");
    t
}

#[test]
fn the_summit_header_attendance_and_highlights() {
    let t = summit();
    assert!(t.has_label("Turning the tide on child sexual abuse online"));
    assert!(t.has_label("1–2 June 2022 · Egmont Palace, Brussels"));
    assert!(t.has_label("400 in-person delegates"));
    assert!(t.has_label("nearly 500 online attendees"));
    assert!(
        !t.has_label_containing("~"),
        "approximate figures are written in words"
    );
    assert!(t.has_label("Outcomes and next steps"));
    assert!(t.opener.opened().is_empty(), "nothing is opened on load");
}

#[test]
fn open_on_each_outcome_card_asks_for_exactly_its_resource() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut t = summit();
    let mut expected = Vec::new();
    for o in &data.outcomes {
        assert!(
            t.has_label(&format!("Outcome: {}", o.title)),
            "no card for {}",
            o.id
        );
        let Some(r) = o
            .resource
            .as_deref()
            .and_then(|id| data.resources.iter().find(|r| r.id == id))
        else {
            continue;
        };
        let Some(url) = &r.url else { continue };
        // Hovering is not opening.
        t.harness.get_by_label(&format!("Open {}", r.title)).hover();
        t.harness.run_ok();
        assert_eq!(t.opener.opened(), expected);
        let label = format!("Open {}", r.title);
        let rect = t.harness.get_by_label(&label).rect();
        assert!(
            rect.right() <= common::SIZE[0],
            "{label} is off the window at {rect:?}"
        );
        t.click(&label);
        expected.push(url.clone());
        assert_eq!(t.opener.opened(), expected, "after opening {}", r.id);
    }
    assert_eq!(
        expected.len(),
        4,
        "four outcomes have a resource with an address"
    );
}

#[test]
fn the_video_opens_only_on_a_click() {
    let mut t = summit();
    assert!(t.opener.opened().is_empty());
    t.click("Watch the summit video");
    assert_eq!(
        t.opener.opened(),
        ["https://www.youtube.com/watch?v=-luEzeqtE6Y"]
    );
}

#[test]
fn a_card_click_opens_its_details_and_leads_to_the_timeline() {
    let mut t = summit();
    t.click("Outcome: Voluntary Framework for Industry Transparency");
    assert_eq!(
        t.harness.state().summit.selected.as_deref(),
        Some("tech_coalition_framework")
    );
    assert!(t.has_label("On the timeline: 2 June 2022"));
    t.click("Show this outcome on the timeline");
    assert_eq!(t.harness.state().saved.view, View::Timeline);
    assert_eq!(
        t.harness.state().saved.timeline.selected.as_deref(),
        Some("tech_coalition_framework_2022")
    );
}

#[test]
fn resources_are_grouped_with_addresses_open_and_copy() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut t = app();
    t.click("Resources");
    for heading in [
        "Websites",
        "Reports",
        "Communiqués",
        "Initiatives",
        "Frameworks",
        "Videos",
    ] {
        assert!(t.has_label(heading), "{heading}");
    }
    for r in &data.resources {
        let url = r.url.clone().unwrap_or_default();
        assert!(t.has_label(&url), "address of {} is not shown", r.id);
        t.click(&format!("Open {}", r.title));
        assert_eq!(t.opener.opened().last(), Some(&url));
        t.click(&format!("Copy link to {}", r.title));
        assert!(t.has_label("Copied the link to the clipboard."));
    }
    assert_eq!(t.opener.opened().len(), data.resources.len());
}

#[test]
fn a_resource_without_an_address_has_no_open_button() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("no-address.ron");
    let text = DEFAULT_RON.replace(
        "url: Some(\"https://weprotect.org/framing-the-future\"),",
        "",
    );
    assert_ne!(text, DEFAULT_RON);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let mut t = app_with(Some(path), None, SIZE);
    assert!(t.harness.state().document.error.is_none());
    t.click("Resources");
    assert!(t.has_label("Framing the Future"));
    assert!(t.has_label("No address is known for this resource."));
    assert!(
        t.harness
            .query_by_label("Open Framing the Future")
            .is_none()
    );
    assert!(
        t.harness
            .query_by_label("Copy link to Framing the Future")
            .is_none()
    );
    t.click("Summit & outcomes");
    assert!(
        t.harness
            .query_by_label("Open Framing the Future")
            .is_none()
    );
}

#[test]
fn a_non_ascii_host_is_shown_and_opened_in_the_form_the_browser_receives() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("idn.ron");
    let text = DEFAULT_RON.replace(
        "https://weprotect.org/framing-the-future",
        "https://bücher.example/straße",
    );
    assert_ne!(text, DEFAULT_RON);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    let mut t = app_with(Some(path), None, SIZE);
    assert!(t.harness.state().document.error.is_none());
    t.click("Resources");
    let sent = "https://xn--bcher-kva.example/stra%C3%9Fe";
    assert!(
        t.has_label(sent),
        "the list shows the address as it is opened"
    );
    assert!(!t.has_label_containing("bücher"));
    t.click("Open Framing the Future");
    assert_eq!(t.opener.opened(), [sent]);
    assert!(t.has_label(&format!("Opened {sent} in the browser.")));
}

#[test]
fn a_javascript_link_is_refused_at_load_and_at_the_door() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("evil.ron");
    let text = DEFAULT_RON.replace("https://www.weprotect.org/\"", "javascript:alert(1)\"");
    std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{e}"));
    let t = app_with(Some(path), None, SIZE);
    let error = t
        .harness
        .state()
        .document
        .error
        .clone()
        .unwrap_or_else(|| panic!("accepted"));
    assert!(error.problems.iter().any(|p| {
        p.message
            .contains("unsafe or invalid address \"javascript:alert(1)\"")
    }));
    assert!(t.has_label_containing("only http and https addresses can be opened"));

    // Had it got through the check, the door would still refuse it.
    let mut t = app();
    if let Some(r) = t
        .harness
        .state_mut()
        .document
        .data
        .resources
        .iter_mut()
        .find(|r| r.id == "weprotect_website")
    {
        r.url = Some("javascript:alert(1)".into());
    }
    t.harness.run_ok();
    t.click("Resources");
    t.click("Open WeProtect Global Alliance website");
    assert!(t.opener.opened().is_empty());
    assert!(t.has_label(
        "This link was refused: only http and https addresses can be opened, not \"javascript\"."
    ));
}

#[test]
fn hundreds_of_outcomes_lay_out_only_the_rows_on_screen() {
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut t = app();
    t.harness.state_mut().document.data =
        weprotect_explorer::model::synthetic::synthetic(&base, 10, 4, 500);
    t.click("Summit & outcomes");
    t.harness.run_ok();
    let cards = t
        .harness
        .query_all_by_label_contains("Outcome: Outcome ")
        .count();
    assert!(
        cards > 0 && cards < 60,
        "{cards} of 500 cards were laid out"
    );
    assert!(t.has_label("Outcome: Outcome 0"));
}
