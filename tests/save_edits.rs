//! Random sequences of edits, saved into the built-in file and into the same data
//! written in odd ways: the saved text always opens as the edited data, and keeps the
//! file's comments unless an item holding them was deleted.

#[path = "common/save.rs"]
mod save_common;

use proptest::prelude::*;
use save_common::{built_in, comments, save};
use weprotect_explorer::model::{
    Alliance, Category, DEFAULT_RON, Milestone, Outcome, PartialDate, Resource, ResourceKind,
    Slide, SlideKind, Source, load_unchecked,
};

/// Texts a person may type: quotes, backslashes, line breaks, comment markers, raw-string
/// openers, non-ASCII and invisible characters.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\t".to_owned()),
        Just("*/".to_owned()),
        Just("/*".to_owned()),
        Just("//".to_owned()),
        Just("r#\"".to_owned()),
        Just("\"#".to_owned()),
        Just("#".to_owned()),
        Just("é".to_owned()),
        Just("→".to_owned()),
        Just("\u{200b}".to_owned()),
        Just("'".to_owned()),
        Just("),".to_owned()),
        "[a-zA-Z ]{1,6}".prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..6).prop_map(|p| p.concat())
}

/// One edit: what to do, two numbers to pick items and values, and a text.
type Edit = (u8, usize, usize, String);

fn edits() -> impl Strategy<Value = Vec<Edit>> {
    proptest::collection::vec((0u8..24, 0usize..1000, 0usize..1000, text()), 1..6)
}

fn date(n: usize) -> PartialDate {
    let year = 2012 + (n % 11) as i32;
    let text = match n % 3 {
        0 => format!("{year}"),
        1 => format!("{year}-{:02}", 1 + n % 12),
        _ => format!("{year}-{:02}-{:02}", 1 + n % 12, 1 + n % 28),
    };
    text.parse().unwrap_or_else(|e| panic!("{e}"))
}

fn source(n: usize, says: &str) -> Source {
    Source {
        label: format!("Source {n}"),
        url: format!("https://example.org/s{n}"),
        says: n.is_multiple_of(2).then(|| says.to_owned()),
        archived: n.is_multiple_of(3),
    }
}

fn new_milestone(k: usize, n: usize, s: &str) -> Milestone {
    Milestone {
        id: format!("new_{k}"),
        date: date(n),
        end: None,
        title: s.to_owned(),
        summary: format!("Summary {n}"),
        details: String::new(),
        category: Category::ALL[n % Category::ALL.len()],
        deck: (n % 2 == 1).then(|| s.to_owned()),
        note: None,
        sources: (0..n % 3).map(|i| source(n + i, s)).collect(),
    }
}

/// Applies one edit; `k` numbers new ids. Dates may leave the milestones out of order:
/// [`apply`] sorts them as the app does after an edit.
fn apply_one(d: &mut Alliance, edit: Edit, k: usize) {
    if edit.0 < 10 {
        edit_milestones(d, edit, k);
    } else {
        edit_the_rest(d, edit, k);
    }
}

fn edit_milestones(d: &mut Alliance, (op, x, y, s): Edit, k: usize) {
    let pick = |len: usize| (len > 0).then(|| x % len);
    let ms = d.milestones.len();
    match op {
        0 => d.title = s,
        1 => {
            if let Some(i) = pick(ms) {
                d.milestones[i].title = s;
            }
        }
        2 => {
            if let Some(i) = pick(ms) {
                d.milestones[i].note = if d.milestones[i].note.is_some() {
                    None
                } else {
                    Some(s)
                };
            }
        }
        3 => {
            if let Some(i) = pick(ms) {
                d.milestones[i].category = Category::ALL[y % Category::ALL.len()];
            }
        }
        4 => {
            if let Some(i) = pick(ms) {
                d.milestones[i].date = date(y);
            }
        }
        5 => d.milestones.push(new_milestone(k, y, &s)),
        6 => {
            if let Some(i) = pick(ms) {
                d.milestones.remove(i);
            }
        }
        7 => {
            if let Some(i) = pick(ms) {
                d.milestones[i].sources.push(source(y, &s));
            }
        }
        8 => {
            if let Some(i) = pick(ms)
                && !d.milestones[i].sources.is_empty()
            {
                let n = d.milestones[i].sources.len();
                d.milestones[i].sources.remove(y % n);
            }
        }
        9 => {
            if let Some(i) = pick(ms) {
                d.milestones[i].end = if d.milestones[i].end.is_some() {
                    None
                } else {
                    Some(d.milestones[i].date)
                };
            }
        }
        _ => {}
    }
}

fn edit_the_rest(d: &mut Alliance, (op, x, y, s): Edit, k: usize) {
    let pick = |len: usize| (len > 0).then(|| x % len);
    match op {
        10 => {
            if let Some(i) = pick(d.membership.groups.len()) {
                d.membership.groups[i].count = y as i64;
            }
        }
        11 => {
            if let Some(i) = pick(d.summit.attendance.len()) {
                d.summit.attendance[i].count = y as i64;
                d.summit.attendance[i].approximate ^= true;
            }
        }
        12 => {
            if let Some(i) = pick(d.outcomes.len()) {
                d.outcomes[i].text = s;
            }
        }
        13 => {
            if let Some(i) = pick(d.outcomes.len()) {
                d.outcomes.remove(i);
            }
        }
        14 => {
            let at = y % (d.outcomes.len() + 1);
            d.outcomes.insert(
                at,
                Outcome {
                    id: format!("new_outcome_{k}"),
                    title: s.clone(),
                    text: s,
                    category: "New".into(),
                    ..Outcome::default()
                },
            );
        }
        15 => {
            if let Some(i) = pick(d.outcomes.len()) {
                let o = d.outcomes.remove(i);
                let at = y % (d.outcomes.len() + 1);
                d.outcomes.insert(at, o);
            }
        }
        16 => {
            if let Some(i) = pick(d.resources.len()) {
                let r = d.resources.remove(i);
                if y % 2 == 0 {
                    let at = y % (d.resources.len() + 1);
                    d.resources.insert(at, r);
                }
            }
        }
        17 => d.resources.insert(
            y % (d.resources.len() + 1),
            Resource {
                id: format!("new_resource_{k}"),
                title: s,
                kind: ResourceKind::ALL[y % ResourceKind::ALL.len()],
                url: (y % 2 == 0).then(|| format!("https://example.org/r{y}")),
                description: String::new(),
                note: None,
            },
        ),
        18 => {
            if let Some(i) = pick(d.slides.len()) {
                let slide = &mut d.slides[i];
                slide.build ^= true;
                slide.bullets.insert(y % (slide.bullets.len() + 1), s);
            }
        }
        19 => {
            if let Some(i) = pick(d.slides.len()) {
                let slide = d.slides.remove(i);
                if y % 2 == 0 {
                    d.slides.insert(y % (d.slides.len() + 1), slide);
                }
            }
        }
        20 => d.slides.push(Slide {
            kind: SlideKind::Text,
            title: s.clone(),
            bullets: vec![s],
            notes: String::new(),
            build: y % 2 == 0,
        }),
        21 => {
            if let Some(i) = pick(d.background.len()) {
                d.background[i] = s;
            }
        }
        22 => {
            d.summit.source = if d.summit.source.is_some() {
                None
            } else {
                Some(source(y, &s))
            }
        }
        _ => d.membership.provenance.note = Some(s),
    }
}

fn apply(data: &Alliance, edits: &[Edit]) -> Alliance {
    let mut after = data.clone();
    for (k, edit) in edits.iter().enumerate() {
        apply_one(&mut after, edit.clone(), k);
    }
    after.milestones.sort_by_key(|m| m.date);
    after
}

/// The built-in data written other ways: every value on one line without trailing
/// commas; struct names, 2-space indents, raw strings and lone-CR line ends; CRLF with
/// a byte-order mark; comments inside every list and after every item; the date-sorted
/// lists in reverse order (the loader sorts them; no two share a date).
fn variants() -> Vec<(&'static str, String)> {
    let data = built_in();
    let pretty = ron::ser::PrettyConfig::new()
        .indentor("  ")
        .struct_names(true)
        .escape_strings(false)
        .new_line("\r");
    let one_line = ron::ser::to_string(&data).unwrap_or_else(|e| panic!("{e}"));
    let named = ron::ser::to_string_pretty(&data, pretty).unwrap_or_else(|e| panic!("{e}"));
    let crlf = format!("\u{feff}{}", DEFAULT_RON.replace('\n', "\r\n"));
    let mut reversed = data.clone();
    reversed.milestones.reverse();
    reversed.eras.reverse();
    reversed.membership.history.reverse();
    let reversed = ron::ser::to_string_pretty(&reversed, ron::ser::PrettyConfig::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let commented = DEFAULT_RON
        .replace("[\n", "[ // the list\n")
        .replace("),\n", "), /* an item */\n");
    vec![
        ("one line", one_line),
        ("named", named),
        ("crlf", crlf),
        ("commented", commented),
        ("reversed", reversed),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn edits_of_the_built_in_file_save_and_open_as_edited(edits in edits()) {
        let before = built_in();
        let after = apply(&before, &edits);
        let saved = save(DEFAULT_RON, &before, &after);
        let kept = before.milestones.iter().all(|m| after.milestones.iter().any(|a| a.id == m.id));
        if kept {
            let now = comments(&saved);
            for comment in comments(DEFAULT_RON) {
                prop_assert!(now.contains(&comment), "lost {comment:?}");
            }
        }
    }

    #[test]
    fn edits_of_oddly_written_files_save_and_open_as_edited(which in 0usize..5, edits in edits()) {
        let (name, original) = &variants()[which];
        let before = load_unchecked(name, original).unwrap_or_else(|e| panic!("{name}: {e}"));
        prop_assert!(before == built_in(), "{name} is not the built-in data");
        let after = apply(&before, &edits);
        let saved = save(original, &before, &after);
        match *name {
            "one line" => prop_assert!(!saved.contains('\n')),
            "named" => prop_assert!(!saved.contains('\n')),
            "crlf" => {
                prop_assert!(saved.starts_with('\u{feff}'), "the byte-order mark is lost");
                prop_assert_eq!(saved.matches('\n').count(), saved.matches("\r\n").count());
            }
            "commented" => prop_assert!(saved.contains("[ // the list\n")),
            _ => {}
        }
    }
}
