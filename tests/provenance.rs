//! Facts a reader can trust: every number on screen comes from the data, every figure
//! no public source confirms says so where it is shown, and the data holds no working
//! notes, no unlabelled plain-http links and no source that supports nothing.

mod common;

use std::collections::BTreeSet;

use common::{TestApp, app};
use eframe::egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable, by};
use weprotect_explorer::model::sources::Index;
use weprotect_explorer::model::{Alliance, load_default, shares};
use weprotect_explorer::views::View;

fn data() -> Alliance {
    load_default().unwrap_or_else(|e| panic!("{e}"))
}

/// Every label and value the accessibility tree holds now, as a screen reader has them.
fn texts(t: &TestApp) -> Vec<String> {
    t.harness
        .query_all(
            by().include_labels()
                .predicate(|n| n.label().is_some() || n.value().is_some()),
        )
        .flat_map(|n| {
            let n = n.accesskit_node();
            [n.label(), n.value()]
        })
        .flatten()
        .collect()
}

/// The numbers in `text`: runs of digits, with a decimal part ("47.1").
fn numbers(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        let decimal_point =
            *c == '.' && !current.is_empty() && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || decimal_point {
            current.push(*c);
        } else if !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// The numbers the app may show: those written in the data, the shares it works out,
/// the years its dates span, and counts of what the data lists.
fn allowed(d: &Alliance) -> BTreeSet<String> {
    let text = ron::ser::to_string(d).unwrap_or_else(|e| panic!("{e}"));
    let mut allowed: BTreeSet<String> = numbers(&text).into_iter().collect();
    let (rows, _) = shares::group_shares(&d.membership.groups);
    for row in rows {
        allowed.extend(numbers(&shares::format_tenths(row.tenths)));
    }
    // The whole: "100.0%" in the table's total row.
    allowed.insert("100.0".to_owned());
    allowed.extend((2010..=2025).map(|y| y.to_string()));
    let most = [
        d.milestones.len(),
        d.outcomes.len(),
        d.resources.len(),
        d.slides.len(),
        Index::of(d).citations.len(),
    ];
    let most = most.into_iter().max().unwrap_or(0);
    allowed.extend((0..=most).map(|n| n.to_string()));
    allowed
}

/// Every view and every slide, with the texts each shows.
fn every_screen() -> Vec<(String, Vec<String>)> {
    let mut t = app();
    let mut screens = Vec::new();
    for view in View::ALL {
        t.click(view.label());
        screens.push((view.label().to_owned(), texts(&t)));
    }
    t.press(Key::F5);
    for i in 0..data().slides.len() {
        screens.push((format!("slide {}", i + 1), texts(&t)));
        t.next_whole_slide();
    }
    screens
}

#[test]
fn every_number_on_screen_comes_from_the_data_and_deck_only_figures_say_so() {
    let d = data();
    let allowed = allowed(&d);
    // Figures no public source confirms, as the screens write them.
    let deck_only: Vec<String> = d
        .summit
        .attendance
        .iter()
        .map(weprotect_explorer::model::Attendance::line)
        .chain(std::iter::once(format!("{} members", d.membership.total())))
        .chain(std::iter::once("Singapore joins".to_owned()))
        .collect();
    for (screen, texts) in every_screen() {
        for text in &texts {
            for n in numbers(text) {
                // Keys named in labels ("Ctrl+6") are not figures.
                let key = text.contains(&format!("Ctrl+{n}")) || text.contains(&format!("F{n}"));
                assert!(
                    key || allowed.contains(&n),
                    "{screen}: {n} in {text:?} is not from the data"
                );
            }
        }
        let shows_deck_figure = texts
            .iter()
            .any(|t| deck_only.iter().any(|f| t.contains(f.as_str())));
        let says_so = texts.iter().any(|t| {
            let t = t.to_lowercase();
            t.contains("as stated in the deck")
        });
        assert!(
            !shows_deck_figure || says_so,
            "{screen} shows a figure no public source confirms, without saying so"
        );
    }
}

#[test]
fn what_a_reader_sees_has_no_working_notes() {
    let d = data();
    let text = ron::ser::to_string(&d).unwrap_or_else(|e| panic!("{e}"));
    for phrase in ["confidence:", "/page/", "seen only", "(confidence"] {
        assert!(!text.contains(phrase), "the data shows {phrase:?}");
    }
    for (screen, texts) in every_screen() {
        for t in texts {
            assert!(
                !["confidence:", "/page/", "seen only"]
                    .iter()
                    .any(|p| t.contains(p)),
                "{screen}: {t:?}"
            );
        }
    }
}

#[test]
fn plain_http_only_for_archived_addresses_and_every_source_supports_something() {
    let d = data();
    let index = Index::of(&d);
    for c in &index.citations {
        assert!(
            c.url.starts_with("https://") || c.archived,
            "{} is plain http and not labelled archived",
            c.url
        );
        assert!(!c.supports.is_empty(), "{} supports nothing", c.url);
    }
    for r in &d.resources {
        if let Some(url) = &r.url {
            assert!(url.starts_with("https://"), "{}: {url}", r.id);
        }
    }
    for m in &d.milestones {
        assert!(!m.sources.is_empty(), "{} has no source", m.id);
    }
}

#[test]
fn the_marker_opens_the_note_and_says_the_figures_are_the_decks() {
    let mut t = app();
    let d = data();
    let Some(note) = d.summit.attendance_provenance.note.clone() else {
        panic!("the attendance has a note");
    };
    assert!(!t.has_label(&note));
    t.click(
        "Attendance figures: as stated in the deck; no public source found. \
         Show where this comes from",
    );
    assert!(t.has_label("Where this comes from"));
    assert!(t.has_label("As stated in the deck."));
    assert!(t.has_label(&note));
}

#[test]
fn the_sources_view_lists_each_page_once_with_what_it_supports() {
    let mut t = app();
    t.press_with(eframe::egui::Modifiers::COMMAND, Key::Num6);
    assert_eq!(t.harness.state().saved.view, View::Sources);
    let d = data();
    let index = Index::of(&d);
    assert!(t.has_label(&format!("Cited pages ({})", index.citations.len())));
    assert!(t.has_label("Resting on the deck alone"));
    assert!(t.has_label("Outcome: Singapore joins"));
    // The current Commission page for the launch, with the words that support it.
    assert!(t.has_label(
        "“The Global Alliance Against Child Sexual Abuse Online was launched on 5 December 2012.”"
    ));
    let archived = index.citations.iter().filter(|c| c.archived).count();
    assert!(archived >= 2);
    assert_eq!(
        t.harness.query_all_by_label("(archived address)").count(),
        archived
    );
    // A link opens exactly its address, and only when clicked.
    let Some(first) = index.citations.first() else {
        panic!("something is cited");
    };
    assert!(t.opener.opened().is_empty());
    t.click(&first.label);
    assert_eq!(t.opener.opened(), std::slice::from_ref(&first.url));
}

#[test]
fn a_file_citing_thousands_of_pages_shows_them_a_hundred_at_a_time() {
    let base = data();
    let big = weprotect_explorer::model::synthetic::synthetic(&base, 2_000, 4, 6);
    let text = ron::ser::to_string(&big).unwrap_or_else(|e| panic!("{e}"));
    let (mut t, _dir) = common::app_on(&text);
    t.click("Sources");
    let cited = Index::of(&t.harness.state().document.data).citations.len();
    assert!(cited > 2_000, "{cited}");
    let links = |t: &TestApp| t.harness.query_all_by_label_contains("Source ").count();
    assert!(links(&t) <= 100, "{} links drawn at once", links(&t));
    let more = format!("Show 100 more pages ({} not shown)", cited - 100);
    t.click(&more);
    assert!(links(&t) > 100 && links(&t) <= 200, "{}", links(&t));
}

#[test]
fn a_figure_with_thousands_of_sources_lists_a_few_and_points_to_the_rest() {
    let mut big = data();
    big.summit.attendance_provenance.sources = (0..5_000)
        .map(|i| weprotect_explorer::model::Source {
            label: format!("Report {i}"),
            url: format!("https://example.org/report/{i}"),
            ..Default::default()
        })
        .collect();
    let text = ron::ser::to_string(&big).unwrap_or_else(|e| panic!("{e}"));
    let (mut t, _dir) = common::app_on(&text);
    t.click(
        "Attendance figures: as stated in the deck, and 5000 public sources. \
         Show where this comes from",
    );
    assert!(t.has_label("Report 0"));
    assert!(!t.has_label("Report 12"));
    assert!(t.has_label("and 4988 more, listed in the Sources view"));
}
