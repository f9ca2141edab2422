//! Saves of small hand-written files, each written in a way the canonical text is not:
//! everything on one line, no trailing commas, CRLF or CR line ends, a byte-order mark,
//! raw strings, comments everywhere, the `implicit_some` extension, old fields.

use super::*;
use crate::model::load::load_unchecked;
use crate::model::types::{Milestone, Source};

fn load(text: &str) -> Alliance {
    load_unchecked("test", text).unwrap_or_else(|e| panic!("{e}"))
}

/// Saves `original` after `edit`, checks that the result opens as the edited data, and
/// returns it.
fn save(original: &str, edit: impl FnOnce(&mut Alliance)) -> String {
    let before = load(original);
    let mut after = before.clone();
    edit(&mut after);
    let saved = surgical(original, &before, &after).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(load(&saved), after, "saved text:\n{saved}");
    saved
}

fn milestone(id: &str, date: &str) -> Milestone {
    let text = format!(
        r#"(id: "{id}", date: "{date}", title: "Title {id}", summary: "", category: Report)"#
    );
    ron::from_str(&text).unwrap_or_else(|e| panic!("{e}"))
}

const ONE_LINE: &str = r#"(title: "T", milestones: [(id: "a", date: "2012", title: "A", summary: "", category: Founding), (id: "b", date: "2014", title: "B", summary: "", category: Report)])"#;

#[test]
fn one_line_files_stay_on_one_line() {
    let saved = save(ONE_LINE, |d| d.milestones[1].title = "B2".into());
    assert_eq!(saved, ONE_LINE.replace(r#""B""#, r#""B2""#));
    let saved = save(ONE_LINE, |d| d.milestones[0].note = Some("n".into()));
    assert_eq!(
        saved,
        ONE_LINE.replace(
            "category: Founding)",
            r#"category: Founding, note: Some("n"))"#
        )
    );
    let saved = save(ONE_LINE, |d| d.milestones.insert(1, milestone("c", "2013")));
    assert!(!saved.contains('\n'), "{saved}");
    assert!(
        saved.contains(
            r#"category: Founding), (id: "c", date: "2013", end: None, title: "Title c""#
        ),
        "{saved}"
    );
}

const NO_COMMAS: &str = "(\n  title: \"T\",\n  milestones: [\n    (\n      id: \"a\",\n      date: \"2012\",\n      title: \"A\",\n      summary: \"\",\n      category: Founding\n    )\n  ]\n)\n";

#[test]
fn entries_without_trailing_commas_get_one_before_a_new_neighbour() {
    let saved = save(NO_COMMAS, |d| d.milestones.push(milestone("b", "2013")));
    assert!(
        saved.contains("      category: Founding\n    ),\n    (\n      id: \"b\",\n"),
        "{saved}"
    );
    let saved = save(NO_COMMAS, |d| d.milestones[0].deck = Some("D".into()));
    assert!(
        saved.contains("      category: Founding,\n      deck: Some(\"D\"),\n    )"),
        "{saved}"
    );
    let saved = save(NO_COMMAS, |d| d.milestones.clear());
    // A list emptied of all it held reads as new: `[]`.
    assert_eq!(saved, "(\n  title: \"T\",\n  milestones: []\n)\n");
}

#[test]
fn crlf_and_bom_are_kept_and_used_in_new_lines() {
    let original = format!("\u{feff}{}", NO_COMMAS.replace('\n', "\r\n"));
    let saved = save(&original, |d| {
        d.milestones.push(milestone("b", "2013"));
        d.tagline = "tag".into();
    });
    assert!(saved.starts_with('\u{feff}'));
    assert_eq!(
        saved.matches('\n').count(),
        saved.matches("\r\n").count(),
        "{saved:?}"
    );
    assert!(
        saved.contains("\r\n    (\r\n      id: \"b\",\r\n"),
        "{saved:?}"
    );
}

#[test]
fn lone_cr_files_keep_their_line_ends() {
    let original = NO_COMMAS.replace('\n', "\r");
    let saved = save(&original, |d| d.milestones.push(milestone("b", "2013")));
    assert!(!saved.contains('\n'), "{saved:?}");
    assert!(saved.contains("\r    (\r      id: \"b\",\r"), "{saved:?}");
}

const ODD: &str = r##"// header
#![enable(implicit_some)]
(
    title: r#"The "T""#, // trailing
    /* before */ tagline: "x\u{41}",
    milestones: [
        // first
        (id: "a", date: "2012", title: "A", summary: "", category: Founding,
         sources: [ /* none yet */ ]),
        /* between */
        (id: "b", date: "2014", title: "B", summary: "", category: Report, note: "implicit"),
    ],
    summit: (title: "S", start: "2022-06-01"),
)
"##;

#[test]
fn unchanged_values_keep_their_own_spelling() {
    let saved = save(ODD, |d| d.milestones[0].title = "A2".into());
    assert_eq!(saved, ODD.replace(r#"title: "A","#, r#"title: "A2","#));
    let saved = save(ODD, |d| {
        d.milestones[1].note = Some("changed".into());
        d.summit.start = "2022-06-02".parse().ok();
    });
    assert!(saved.contains(r#"note: "changed")"#), "{saved}");
    assert!(saved.contains(r#"start: "2022-06-02")"#), "{saved}");
    let saved = save(ODD, |d| d.title = "New \"T\"".into());
    assert!(
        saved.contains(r#"title: "New \"T\"", // trailing"#),
        "{saved}"
    );
}

#[test]
fn comments_stay_where_they_were() {
    let saved = save(ODD, |d| {
        d.milestones[0].sources.push(Source {
            label: "L".into(),
            url: "https://example.org/".into(),
            ..Source::default()
        });
        d.milestones.remove(1);
    });
    for comment in [
        "// header",
        "// trailing",
        "/* before */",
        "// first",
        "/* none yet */",
        "/* between */",
    ] {
        assert!(saved.contains(comment), "{comment} lost:\n{saved}");
    }
    assert!(!saved.contains("note: \"implicit\""), "{saved}");
}

#[test]
fn a_file_out_of_date_order_is_edited_where_it_writes_each_item() {
    let original = "(title: \"T\", milestones: [\n  (id: \"late\", date: \"2020\", title: \"L\", summary: \"\", category: Report),\n  (id: \"early\", date: \"2012\", title: \"E\", summary: \"\", category: Report),\n])";
    let saved = save(original, |d| d.milestones[0].title = "E2".into());
    assert_eq!(saved, original.replace("\"E\"", "\"E2\""));
}

#[test]
fn a_new_item_dated_as_its_successor_goes_before_it_in_an_unsorted_file() {
    let original = "(title: \"T\", milestones: [\n  (id: \"late\", date: \"2020\", title: \"L\", summary: \"\", category: Report),\n  (id: \"early\", date: \"2012\", title: \"E\", summary: \"\", category: Report),\n])";
    // Loaded: early, late. Saved: early, new, late; new and late share a date, so new
    // must stand before late in the text for the loader's stable sort to keep it first.
    let saved = save(original, |d| {
        d.milestones.insert(1, milestone("new", "2020"));
    });
    assert!(saved.find("\"new\"") < saved.find("\"late\""), "{saved}");
    let saved = save(original, |d| d.milestones.push(milestone("new", "2020")));
    assert!(saved.find("\"new\"") > saved.find("\"late\""), "{saved}");
}

#[test]
fn a_redated_item_of_an_unsorted_file_moves_to_where_its_new_date_puts_it() {
    let original = "(title: \"T\", milestones: [\n  (id: \"b\", date: \"2014\", title: \"B\", summary: \"\", category: Report),\n  (id: \"a\", date: \"2012\", title: \"A\", summary: \"\", category: Report),\n])";
    // Loaded: a, b. Saved: a dated as b and still first; written after b, it would
    // open second.
    let saved = save(original, |d| {
        d.milestones[0].date = "2014".parse().unwrap_or_else(|e| panic!("{e}"));
    });
    assert!(saved.find("\"a\"") < saved.find("\"b\""), "{saved}");
}

#[test]
fn old_member_count_fields_stay_until_the_provenance_changes() {
    let original = "(\n    title: \"T\",\n    membership: (\n        as_of: Some(\"2022\"),\n        note: Some(\"old note\"),\n        groups: [],\n    ),\n)\n";
    let saved = save(original, |d| d.title = "T2".into());
    assert_eq!(saved, original.replace("\"T\"", "\"T2\""));
    let saved = save(original, |d| {
        d.membership.provenance.note = Some("new note".into());
    });
    assert!(!saved.contains("old note"), "{saved}");
    assert!(
        saved.contains("        provenance: (\n            deck: true,\n"),
        "{saved}"
    );
}

#[test]
fn an_explicit_default_is_rewritten_in_place() {
    let original = "(title: \"T\", milestones: [(id: \"a\", date: \"2012\", title: \"A\", summary: \"\", category: Founding, sources: [(label: \"L\", url: \"https://example.org/\", archived: false)])])";
    let saved = save(original, |d| d.milestones[0].sources[0].archived = true);
    assert_eq!(saved, original.replace("archived: false", "archived: true"));
    let saved = save(original, |d| {
        d.milestones[0].sources[0].says = Some("s".into());
    });
    // In the canonical order of the fields, beside the others.
    assert!(
        saved.contains(r#"url: "https://example.org/", says: Some("s"), archived: false)"#),
        "{saved}"
    );
}

#[test]
fn deep_text_is_refused_not_overflowed() {
    let deep = format!(
        "(title: \"T\", background: {}{})",
        "[".repeat(50_000),
        "]".repeat(50_000)
    );
    assert!(matches!(
        cst::read(&deep),
        Err(SaveError::TooDeep { line: 1, .. })
    ));
    let before = Alliance::default();
    assert!(surgical(&deep, &before, &before).is_err());
}

#[test]
fn data_that_would_open_differently_is_refused() {
    let before = load(ONE_LINE);
    let mut after = before.clone();
    after.milestones.swap(0, 1);
    assert_eq!(
        surgical(ONE_LINE, &before, &after),
        Err(SaveError::OutOfOrder { list: "milestones" })
    );
    let mut after = before.clone();
    after.milestones[0].sources.push(Source {
        label: "L".into(),
        url: "HTTPS://EXAMPLE.ORG".into(),
        ..Source::default()
    });
    let refused = surgical(ONE_LINE, &before, &after);
    assert!(
        matches!(&refused, Err(SaveError::WouldDiffer { path }) if path == "milestones[0].sources[0].url"),
        "{refused:?}"
    );
    let other = ONE_LINE.replace("\"A\"", "\"Other\"");
    assert_eq!(
        surgical(&other, &before, &after),
        Err(SaveError::NotTheLoadedText)
    );
}

#[test]
fn fresh_text_opens_as_the_data() {
    let data = load(ODD);
    let text = fresh(&data).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(load(&text), data);
    assert!(
        text.contains("\n    milestones: [\n        (\n            id: \"a\",\n"),
        "{text}"
    );
}
