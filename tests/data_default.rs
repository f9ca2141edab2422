//! The built-in data holds every fact of the deck, with its sources.

use weprotect_explorer::model::{
    Alliance, Category, DEFAULT_RON, ResourceKind, SlideKind, check_url, load_default, load_str,
};

fn data() -> Alliance {
    load_default().unwrap_or_else(|e| panic!("the built-in data does not load:\n{e}"))
}

#[test]
fn title_and_tagline_are_the_decks() {
    let d = data();
    assert_eq!(
        d.title,
        "The WeProtect Global Alliance Summit 1-2 June 2022"
    );
    assert!(d.tagline.contains("99 governments"));
}

#[test]
fn member_counts_and_their_total() {
    let d = data();
    let counts: Vec<(&str, i64)> = d
        .membership
        .groups
        .iter()
        .map(|g| (g.label.as_str(), g.count))
        .collect();
    assert_eq!(
        counts,
        [
            ("Governments", 99),
            ("Global tech companies", 29),
            ("Civil society organisations", 73),
            ("International organisations", 9)
        ]
    );
    assert_eq!(d.membership.total(), 210);
    assert_eq!(
        d.membership.as_of.map(|a| a.iso()).as_deref(),
        Some("2022-06")
    );
}

#[test]
fn membership_history_has_the_known_points_only() {
    let d = data();
    let points: Vec<(String, i64, Option<i64>)> = d
        .membership
        .history
        .iter()
        .map(|p| (p.date.iso(), p.total, p.governments))
        .collect();
    assert_eq!(
        points,
        [
            ("2012-12-05".to_owned(), 48, Some(48)),
            ("2013-12".to_owned(), 54, Some(54)),
            ("2022-06".to_owned(), 210, Some(99)),
        ]
    );
    assert!(d.membership.history[0].source.is_some());
    assert!(d.membership.history[1].source.is_some());
}

#[test]
fn summit_dates_venue_and_attendance() {
    let d = data();
    let s = &d.summit;
    assert_eq!(s.title, "Turning the tide on child sexual abuse online");
    assert_eq!(s.when(), "1–2 June 2022");
    assert_eq!(s.venue, "Egmont Palace");
    assert_eq!(s.city, "Brussels");
    let att: Vec<(i64, bool)> = s
        .attendance
        .iter()
        .map(|a| (a.count, a.approximate))
        .collect();
    assert_eq!(att, [(400, false), (500, true)]);
    assert!(s.attendance[1].figure().contains("nearly 500"));
}

#[test]
fn the_six_outcomes_in_the_decks_order() {
    let d = data();
    let ids: Vec<&str> = d.outcomes.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "raised_awareness",
            "communique",
            "singapore_joins",
            "global_taskforce",
            "mnr_review_report",
            "tech_coalition_framework"
        ]
    );
    let texts = d
        .outcomes
        .iter()
        .map(|o| o.text.to_lowercase())
        .collect::<Vec<_>>()
        .join("\n");
    for fact in [
        "awareness",
        "communiqu",
        "singapore",
        "taskforce",
        "model national response",
        "tech coalition",
    ] {
        assert!(texts.contains(fact), "no outcome mentions {fact}");
    }
}

#[test]
fn resources_have_the_sourced_addresses_and_no_placeholders() {
    let d = data();
    let by_id = |id: &str| {
        d.resources
            .iter()
            .find(|r| r.id == id)
            .unwrap_or_else(|| panic!("no resource {id}"))
    };
    for (id, url) in [
        ("weprotect_website", "https://www.weprotect.org/"),
        (
            "framing_the_future",
            "https://weprotect.org/framing-the-future",
        ),
        (
            "global_threat_assessment_2021",
            "https://weprotect.org/global-threat-assessment-21",
        ),
        (
            "summit_communique",
            "https://weprotect.org/resources/library/communique-summit-2022-turning-the-tide",
        ),
        (
            "global_taskforce",
            "https://weprotect.org/global-taskforce-on-child-sexual-abuse-online",
        ),
        (
            "tech_coalition_framework",
            "https://www.technologycoalition.org/newsroom/tech-coalition-launches-trust-voluntary-framework-for-industry-transparency",
        ),
        (
            "summit_video",
            "https://www.youtube.com/watch?v=-luEzeqtE6Y",
        ),
    ] {
        assert_eq!(by_id(id).url.as_deref(), Some(url), "{id}");
    }
    assert_eq!(by_id("summit_video").kind, ResourceKind::Video);
    assert_eq!(d.summit.video.as_deref(), Some("summit_video"));
    for r in &d.resources {
        if let Some(url) = &r.url {
            assert_eq!(check_url(url).as_deref(), Ok(url.as_str()), "{}", r.id);
        }
    }
}

#[test]
fn milestones_cover_2012_to_2022_in_date_order_with_sources() {
    let d = data();
    let years: std::collections::BTreeSet<i32> =
        d.milestones.iter().map(|m| m.date.year_number()).collect();
    for y in [2012, 2013, 2014, 2015, 2016, 2018, 2019, 2020, 2021, 2022] {
        assert!(years.contains(&y), "no milestone in {y}");
    }
    assert!(d.milestones.windows(2).all(|w| w[0].date <= w[1].date));
    assert!(
        d.milestones.iter().all(|m| !m.sources.is_empty()),
        "a milestone has no source"
    );
    let launch = &d.milestones[0];
    assert_eq!(launch.when(), "5 December 2012");
    assert_eq!(launch.category, Category::Founding);
    assert!(launch.note.as_deref().is_some_and(|n| n.contains("48")));
    assert!(launch.deck.as_deref().is_some_and(|n| n.contains("54")));
    let summit = d.milestones.iter().find(|m| m.id == "summit_2022");
    assert_eq!(
        summit
            .map(weprotect_explorer::model::Milestone::when)
            .as_deref(),
        Some("1–2 June 2022")
    );
    let mnr = d.milestones.iter().find(|m| m.date.iso() == "2015-11");
    assert!(mnr.is_some_and(|m| m.title.contains("Model National Response")));
}

#[test]
fn the_load_sorts_milestones_whatever_the_files_order() {
    let d = data();
    let mut shuffled = d.clone();
    shuffled.milestones.reverse();
    let text = ron::ser::to_string(&shuffled).unwrap_or_else(|e| panic!("{e}"));
    let back = load_str("shuffled.ron", &text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.milestones, d.milestones);
}

#[test]
fn deck_statements_are_all_present() {
    let d = data();
    let all = DEFAULT_RON.to_lowercase();
    for phrase in [
        "european commission and the us",
        "54 countries",
        "united kingdom set up",
        "merger",
        "independent foundation",
        "borderless",
        "global threat assessments",
        "model national response",
        "commissions and promotes research",
        "400 in-person delegates",
        "nearly 500 online",
        "break-out sessions",
        "singapore",
        "thank you",
    ] {
        assert!(all.contains(phrase), "the deck's {phrase:?} is missing");
    }
    let kinds: Vec<SlideKind> = d.slides.iter().map(|s| s.kind).collect();
    assert_eq!(kinds.first(), Some(&SlideKind::Title));
    assert_eq!(kinds.last(), Some(&SlideKind::ThankYou));
    assert!(d.added_value.items.len() >= 5);
}
