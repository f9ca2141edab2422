//! Saving the built-in file after one edit changes the lines of that edit and no other:
//! what a person sees when they compare the file before and after, or review it in Git.

#[path = "common/save.rs"]
mod save_common;

use save_common::{
    built_in, changed_bytes, comments, edit_built_in, item_lines, line_diff, save, sorted_comments,
    without_lines,
};
use weprotect_explorer::model::save::{SaveError, fresh, surgical};
use weprotect_explorer::model::synthetic::synthetic;
use weprotect_explorer::model::{
    Alliance, Category, DEFAULT_RON, Milestone, PartialDate, Source, load_str,
};

fn milestone<'a>(data: &'a mut Alliance, id: &str) -> &'a mut Milestone {
    data.milestones
        .iter_mut()
        .find(|m| m.id == id)
        .unwrap_or_else(|| panic!("no milestone {id}"))
}

#[test]
fn a_new_title_changes_that_string_alone() {
    let (saved, _) = edit_built_in(|d| {
        milestone(d, "weprotect_created_2014").title = "The UK creates \"WeProtect\" — 2014".into();
    });
    let (removed, added) = line_diff(DEFAULT_RON, &saved);
    assert_eq!(
        removed,
        ["            title: \"The UK creates WeProtect\","]
    );
    assert_eq!(
        added,
        ["            title: \"The UK creates \\\"WeProtect\\\" — 2014\","]
    );
    // Within the line, only the string's text: the quotes, the comma, the rest stay.
    assert_eq!(
        changed_bytes(DEFAULT_RON, &saved),
        ("WeProtect", "\\\"WeProtect\\\" — 2014")
    );
    assert_eq!(comments(&saved), comments(DEFAULT_RON));
}

#[test]
fn a_new_milestone_is_its_own_lines_indented_like_its_siblings() {
    let new = Milestone {
        id: "reform_2017".into(),
        date: "2017-03".parse().unwrap_or_else(|e| panic!("{e}")),
        end: None,
        title: "A new milestone".into(),
        summary: "Its summary.".into(),
        details: String::new(),
        category: Category::Governance,
        deck: None,
        note: Some("A note.".into()),
        sources: vec![Source {
            label: "A page".into(),
            url: "https://example.org/".into(),
            ..Source::default()
        }],
    };
    let (saved, after) = edit_built_in(|d| {
        let at = d.milestones.partition_point(|m| m.date <= new.date);
        d.milestones.insert(at, new.clone());
    });
    // The file is the old one with the new item's lines added, at its siblings' indent.
    let lines = item_lines(&saved, "id: \"reform_2017\"");
    assert_eq!(without_lines(&saved, lines.clone()), DEFAULT_RON);
    let added: Vec<&str> = saved
        .split('\n')
        .skip(lines.start)
        .take(lines.len())
        .collect();
    assert_eq!(added.first(), Some(&"        ("), "{added:#?}");
    assert!(
        added.iter().all(|l| l.starts_with("        ")),
        "{added:#?}"
    );
    assert!(
        added.contains(&"            note: Some(\"A note.\"),"),
        "{added:#?}"
    );
    // It sits between the 2016 and the 2018 milestones, in the file as on screen.
    let at = saved.find("reform_2017").unwrap_or_default();
    assert!(saved.find("merger_2016").unwrap_or_default() < at);
    assert!(
        at < saved
            .find("global_threat_assessment_2018")
            .unwrap_or_default()
    );
    assert_eq!(
        after
            .milestones
            .iter()
            .filter(|m| m.id == "reform_2017")
            .count(),
        1
    );
    assert_eq!(comments(&saved), comments(DEFAULT_RON));
}

#[test]
fn a_deleted_outcome_takes_exactly_its_lines() {
    let (saved, _) = edit_built_in(|d| d.outcomes.retain(|o| o.id != "singapore_joins"));
    let lines = item_lines(DEFAULT_RON, "id: \"singapore_joins\"");
    assert_eq!(lines.len(), 10);
    assert_eq!(without_lines(DEFAULT_RON, lines), saved);
    assert_eq!(comments(&saved), comments(DEFAULT_RON));
}

#[test]
fn a_member_count_is_one_line() {
    let (saved, _) = edit_built_in(|d| d.membership.groups[1].count = 30);
    let (removed, added) = line_diff(DEFAULT_RON, &saved);
    assert_eq!(removed, ["                count: 29,"]);
    assert_eq!(added, ["                count: 30,"]);
}

#[test]
fn an_optional_note_is_one_line_added_then_removed() {
    let (with_note, after) = edit_built_in(|d| {
        milestone(d, "weprotect_summit_london_2014").note =
            Some("A note on the London summit.".into());
    });
    let (removed, added) = line_diff(DEFAULT_RON, &with_note);
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(
        added,
        ["            note: Some(\"A note on the London summit.\"),"]
    );
    // Right after the field it follows in the data's own order.
    assert!(with_note.contains("            category: Summit,\n            note: Some("));

    let before = load_str("alliance.ron", &with_note).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(before, after);
    let mut cleared = after.clone();
    milestone(&mut cleared, "weprotect_summit_london_2014").note = None;
    assert_eq!(save(&with_note, &before, &cleared), DEFAULT_RON);
}

#[test]
fn sources_added_where_there_are_none_and_beside_others() {
    let source = Source {
        label: "Another page".into(),
        url: "https://example.org/page".into(),
        says: Some("It says so.".into()),
        archived: false,
    };
    // Beside other sources: one line, as they are.
    let (saved, _) = edit_built_in(|d| milestone(d, "merger_2016").sources.push(source.clone()));
    let (removed, added) = line_diff(DEFAULT_RON, &saved);
    assert!(removed.is_empty(), "{removed:?}");
    assert_eq!(
        added,
        [
            "                (label: \"Another page\", url: \"https://example.org/page\", says: Some(\"It says so.\")),"
        ]
    );

    // Where there are none: the empty list opens onto lines of its own.
    let (none, without) = edit_built_in(|d| milestone(d, "merger_2016").sources.clear());
    let (removed, added) = line_diff(DEFAULT_RON, &none);
    assert_eq!(added, ["            sources: [],"]);
    assert_eq!(removed.len(), 3, "{removed:?}");
    let mut with = without.clone();
    milestone(&mut with, "merger_2016").sources.push(source);
    let saved = save(&none, &without, &with);
    let (removed, added) = line_diff(&none, &saved);
    assert_eq!(removed, ["            sources: [],"]);
    assert_eq!(added.first(), Some(&"            sources: ["));
    assert_eq!(added.last(), Some(&"            ],"));
    assert!(
        added[1..added.len() - 1]
            .iter()
            .all(|l| l.starts_with("                ")),
        "{added:#?}"
    );
}

#[test]
fn a_milestone_moved_by_its_new_date_keeps_its_comments() {
    let (saved, after) = edit_built_in(|d| {
        let mut m = d.milestones.remove(
            d.milestones
                .iter()
                .position(|m| m.id == "weprotect_created_2014")
                .unwrap_or_default(),
        );
        m.date = PartialDate::year(2017).unwrap_or_else(|e| panic!("{e}"));
        let at = d.milestones.partition_point(|x| x.date <= m.date);
        d.milestones.insert(at, m);
    });
    assert_eq!(sorted_comments(&saved), sorted_comments(DEFAULT_RON));
    assert!(saved.find("weprotect_created_2014") > saved.find("merger_2016"));
    // The item's own comment went with it.
    let moved = item_lines(&saved, "id: \"weprotect_created_2014\"");
    let item: Vec<&str> = saved
        .split('\n')
        .skip(moved.start)
        .take(moved.len())
        .collect();
    assert!(
        item.contains(&"            // Confidence in the source: medium."),
        "{item:#?}"
    );
    assert_eq!(after.milestones.len(), built_in().milestones.len());
}

#[test]
fn ten_thousand_milestones_after_one_edit_change_one_line() {
    let base = built_in();
    let data = synthetic(&base, 10_000, 4, 6);
    let text = ron::ser::to_string_pretty(&data, ron::ser::PrettyConfig::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let before = load_str("big.ron", &text).unwrap_or_else(|e| panic!("{e}"));
    let mut after = before.clone();
    after.milestones[5_000].title = "Edited".into();
    let saved = save(&text, &before, &after);
    let (removed, added) = line_diff(&text, &saved);
    assert_eq!(
        (removed.len(), added),
        (1, vec!["            title: \"Edited\","])
    );
    // Every title changed: ten thousand lines rewritten in place, every other one kept.
    for m in &mut after.milestones {
        m.title.push('!');
    }
    let saved = save(&text, &before, &after);
    assert_eq!(saved.lines().count(), text.lines().count());
    let changed: Vec<&str> = text
        .lines()
        .zip(saved.lines())
        .filter(|(old, new)| old != new)
        .map(|(_, new)| new)
        .collect();
    assert_eq!(changed.len(), 10_000);
    assert!(
        changed
            .iter()
            .all(|l| l.trim_start().starts_with("title: "))
    );
}

#[test]
fn deep_nesting_is_refused_with_an_error() {
    let before = built_in();
    let deep = format!("(title: \"T\", background: {})", "[".repeat(100_000));
    let error = surgical(&deep, &before, &before).err();
    assert!(
        matches!(error, Some(SaveError::OriginalUnreadable(_))),
        "{error:?}"
    );
}

#[test]
fn fresh_text_of_the_built_in_data_opens_as_it() {
    let data = built_in();
    let text = fresh(&data).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(load_str("fresh.ron", &text).ok(), Some(data));
}
