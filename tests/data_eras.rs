//! Eras in the data file: optional, checked like milestones (ids, titles, dates in order,
//! safe sources), bounded in number and length, and each problem pointed at where it is.

mod common;

use common::edits::{errors, replace_nth};
use weprotect_explorer::model::validate::{MAX_ERA_TITLE_CHARS, MAX_ERAS};
use weprotect_explorer::model::{load_default, load_str};

const GOOD: &str = r#"(
    title: "T",
    milestones: [
        (id: "a", date: "2012-12-05", title: "Launch", summary: "S", category: Founding),
    ],
    eras: [
        (
            id: "later",
            title: "Independent",
            start: "2020",
            end: None,
            sources: [(label: "Who we are", url: "https://www.weprotect.org/about-us/who-we-are/")],
        ),
        (
            id: "first",
            title: "Global Alliance (EU–US)",
            start: "2012-12-05",
            end: Some("2016"),
            note: Some("The long name."),
        ),
    ],
)
"#;

/// `GOOD` with the `nth` occurrence of `from` replaced by `to`.
fn edit(from: &str, to: &str, nth: usize) -> String {
    replace_nth(GOOD, from, to, nth)
}

/// The one problem of `text`: its path, its message, and the line it points at.
fn one(text: &str) -> (String, String, String) {
    let e = errors(text);
    assert_eq!(e.problems.len(), 1, "{e}");
    let p = &e.problems[0];
    let line = p
        .line
        .and_then(|l| text.lines().nth(l - 1))
        .unwrap_or_else(|| panic!("no line for {p:?}"));
    (p.path.clone(), p.message.clone(), line.trim().to_owned())
}

#[test]
fn eras_load_sorted_by_start_and_a_file_without_them_still_loads() {
    let data = load_str("t.ron", GOOD).unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<&str> = data.eras.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        ["first", "later"],
        "the timeline reads them in date order"
    );
    assert_eq!(data.eras[0].years(), "2012–2016");
    assert_eq!(data.eras[1].years(), "2020–");
    assert_eq!(data.eras[1].when(), "since 2020");

    let start = GOOD.find("    eras:").unwrap_or(0);
    let end = GOOD.rfind("    ],").unwrap_or(GOOD.len()) + "    ],".len();
    let old = format!("{}{}", &GOOD[..start], &GOOD[end..]);
    assert!(!old.contains("eras"), "{old}");
    let data = load_str("old.ron", &old).unwrap_or_else(|e| panic!("{e}"));
    assert!(data.eras.is_empty());
}

#[test]
fn the_built_in_eras_follow_each_other_each_with_a_source() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let spans: Vec<(String, String)> = data
        .eras
        .iter()
        .map(|e| (e.title.clone(), e.years()))
        .collect();
    assert_eq!(
        spans,
        [
            ("Global Alliance (EU–US)".to_owned(), "2012–2016".to_owned()),
            (
                "WePROTECT Global Alliance".to_owned(),
                "2016–2020".to_owned()
            ),
            (
                "Independent WeProtect Global Alliance".to_owned(),
                "2020–".to_owned()
            ),
        ]
    );
    for e in &data.eras {
        assert!(!e.sources.is_empty(), "{} has no source", e.id);
        assert!(e.note.is_some(), "{} has no long form", e.id);
    }
}

#[test]
fn a_duplicate_or_malformed_era_id_is_refused() {
    let (path, message, line) = one(&edit("id: \"first\"", "id: \"later\"", 0));
    assert_eq!(path, "eras[1].id");
    assert!(message.contains("duplicate era id \"later\""), "{message}");
    assert_eq!(line, "id: \"later\",");

    let (path, message, _) = one(&edit("id: \"first\"", "id: \"first era\"", 0));
    assert_eq!(path, "eras[1].id");
    assert!(message.contains("only letters, digits"), "{message}");

    let (path, message, _) = one(&edit("id: \"first\"", "id: \"\"", 0));
    assert_eq!(path, "eras[1].id");
    assert!(message.contains("must not be empty"), "{message}");
}

#[test]
fn an_era_title_must_say_something_and_fit_a_band() {
    let (path, message, line) = one(&edit("title: \"Independent\"", "title: \"  \"", 0));
    assert_eq!(path, "eras[0].title");
    assert!(
        message.contains("an era's title must not be empty"),
        "{message}"
    );
    assert_eq!(line, "title: \"  \",");

    let long = "é".repeat(MAX_ERA_TITLE_CHARS + 1);
    let (path, message, _) = one(&edit(
        "title: \"Independent\"",
        &format!("title: \"{long}\""),
        0,
    ));
    assert_eq!(path, "eras[0].title");
    assert!(
        message.contains(&format!("at most {MAX_ERA_TITLE_CHARS}")),
        "{message}"
    );
    let just = "é".repeat(MAX_ERA_TITLE_CHARS);
    let ok = edit("title: \"Independent\"", &format!("title: \"{just}\""), 0);
    assert!(
        load_str("t.ron", &ok).is_ok(),
        "{MAX_ERA_TITLE_CHARS} is allowed"
    );

    let (path, message, _) = one(&edit("The long name.", "bell\u{7}", 0));
    assert_eq!(path, "eras[1].note");
    assert!(message.contains("U+0007"), "{message}");
}

#[test]
fn an_era_that_ends_before_it_starts_is_refused_at_its_end() {
    let (path, message, line) = one(&edit("Some(\"2016\")", "Some(\"2012-11\")", 0));
    assert_eq!(path, "eras[1].end");
    assert_eq!(
        message,
        "end date 2012-11 is before the start date 2012-12-05"
    );
    assert_eq!(line, "end: Some(\"2012-11\"),");
    // An era may end on the day it starts.
    assert!(load_str("t.ron", &edit("Some(\"2016\")", "Some(\"2012-12-05\")", 0)).is_ok());
}

#[test]
fn an_era_source_is_checked_like_a_milestone_source() {
    let (path, message, _) = one(&edit(
        "https://www.weprotect.org/about-us/who-we-are/",
        "javascript:alert(1)",
        0,
    ));
    assert_eq!(path, "eras[0].sources[0].url");
    assert!(message.contains("unsafe or invalid address"), "{message}");

    let (path, message, _) = one(&edit(
        "label: \"Who we are\"",
        "label: \"https://good.org\"",
        0,
    ));
    assert_eq!(path, "eras[0].sources[0].label");
    assert!(message.contains("looks like the address"), "{message}");

    // A written-out address is what a click opens, as for milestones.
    let text = edit(
        "https://www.weprotect.org/about-us/who-we-are/",
        "https://WWW.WeProtect.org/é",
        0,
    );
    let data = load_str("t.ron", &text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        data.eras[1].sources[0].url,
        "https://www.weprotect.org/%C3%A9"
    );
}

#[test]
fn too_many_eras_are_refused_at_the_first_one_too_many_and_each_is_still_checked() {
    let era = |i: usize| format!("(id: \"e{i}\", title: \"Era {i}\", start: \"2012\"),");
    let ok: String = (0..MAX_ERAS).map(era).collect();
    let text = GOOD.replace("    eras: [", &format!("    eras: [{ok}"));
    // GOOD has two eras already: MAX_ERAS + 2 in all.
    let e = errors(&text);
    assert_eq!(e.problems.len(), 1, "{e}");
    assert_eq!(e.problems[0].path, format!("eras[{MAX_ERAS}]"));
    assert!(
        e.problems[0].message.contains(&format!(
            "{} eras is more than the {MAX_ERAS}",
            MAX_ERAS + 2
        )),
        "{e}"
    );
    // The first era too many is GOOD's first, on the line after `eras: [`.
    assert_eq!(e.problems[0].line, Some(7), "{e}");
}

#[test]
fn a_hostile_file_of_many_bad_eras_ends_in_a_bounded_list_of_problems() {
    // A hundred thousand eras on one line, each ending before it starts and titled
    // with a control character: the load ends with the first problems kept, the rest
    // counted, in bounded time and memory.
    let n = 100_000;
    let bad = "(id: \"x\", title: \"\u{1b}[31m\", start: \"2020\", end: Some(\"2019\")),";
    let text = format!("(title: \"T\", eras: [{}])", bad.repeat(n));
    let e = errors(&text);
    assert_eq!(e.problems.len(), weprotect_explorer::model::MAX_PROBLEMS);
    // One for the count, then per era: a duplicate id (all but the first), the control
    // character, the end before the start.
    assert_eq!(e.count(), 1 + (n - 1) + n + n);
    assert_eq!(e.problems[0].path, format!("eras[{MAX_ERAS}]"));
    assert_eq!(e.problems[1].path, "eras[0].title");
    assert_eq!(e.problems[2].path, "eras[0].end");
    assert_eq!(e.problems[3].path, "eras[1].id");
    assert!(e.to_string().len() < 100 * 600);
}
