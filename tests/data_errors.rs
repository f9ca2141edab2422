//! Every kind of data-file error gives a clear message at the exact line and column.

mod common;

use common::edits::{errors, replace_nth};
use weprotect_explorer::model::{MAX_FILE_BYTES, load_bytes, load_path, load_str};

const GOOD: &str = r#"// A small but complete data file.
(
    title: "T",
    milestones: [
        (
            id: "a",
            date: "2012-12-05",
            title: "Launch",
            summary: "S",
            category: Founding,
            sources: [(label: "EU", url: "https://europa.eu/")],
        ),
        (
            id: "b",
            date: "2022-06-01",
            end: Some("2022-06-02"),
            title: "Summit",
            summary: "S",
            category: Summit,
        ),
    ],
    membership: (
        as_of: Some("2022-06"),
        groups: [
            (kind: "governments", label: "Governments", count: 99),
        ],
    ),
    summit: (title: "Summit", start: Some("2022-06-01")),
    outcomes: [
        (id: "o", title: "Communiqué", text: "T", category: "Commitment", resource: Some("r")),
    ],
    resources: [
        (id: "r", title: "Communiqué", kind: Communique, url: Some("https://weprotect.org/")),
    ],
)
"#;

/// Where `needle` starts in `text` (its `nth` occurrence), as 1-based line and column.
fn pos(text: &str, needle: &str, nth: usize) -> (usize, usize) {
    let (at, _) = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} not in text"));
    let before = &text[..at];
    let line = 1 + before.matches('\n').count();
    let col = 1 + before.rsplit('\n').next().map_or(0, |l| l.chars().count());
    (line, col)
}

/// Replaces the `nth` occurrence of `from` by `to`.
fn edit(from: &str, to: &str, nth: usize) -> String {
    replace_nth(GOOD, from, to, nth)
}

fn assert_one(text: &str, at: (usize, usize), message_part: &str) -> String {
    let e = errors(text);
    assert_eq!(e.problems.len(), 1, "{e}");
    let rendered = e.problems[0].render("t.ron");
    let prefix = format!("t.ron:{}:{}: error: ", at.0, at.1);
    assert!(
        rendered.starts_with(&prefix),
        "{rendered:?} does not start with {prefix:?}"
    );
    assert!(
        rendered.contains(message_part),
        "{rendered:?} lacks {message_part:?}"
    );
    rendered
}

#[test]
fn the_small_file_is_valid() {
    let data = load_str("t.ron", GOOD).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(data.milestones.len(), 2);
}

#[test]
fn syntax_error_points_at_the_token_and_shows_the_line() {
    let text = edit("category: Founding,", "category: Founding;", 0);
    let (line, col) = pos(&text, ";", 0);
    let e = errors(&text);
    let p = &e.problems[0];
    assert_eq!(p.line, Some(line));
    assert!(
        p.col.is_some_and(|c| c <= col + 1 && c + 1 >= col),
        "{p:?} vs {col}"
    );
    let excerpt = p.excerpt().unwrap_or_default();
    assert!(excerpt.contains("category: Founding;"), "{excerpt}");
    assert!(
        excerpt.lines().nth(1).is_some_and(|l| l.trim() == "^"),
        "{excerpt}"
    );
    assert!(e.to_string().contains("    | "), "{e}");
}

#[test]
fn type_error_names_what_was_expected_and_where() {
    let text = edit("count: 99", "count: \"ninety-nine\"", 0);
    let at = pos(&text, "\"ninety-nine\"", 0);
    assert_one(&text, at, "integer");
}

#[test]
fn unknown_field_is_named() {
    let text = edit("summary: \"S\",", "summery: \"S\",", 0);
    let at = pos(&text, "summery", 0);
    assert_one(&text, at, "summery");
}

#[test]
fn impossible_date_is_refused_at_its_position() {
    let text = edit("\"2012-12-05\"", "\"2022-13-45\"", 0);
    let at = pos(&text, "2022-13-45", 0);
    let msg = assert_one(&text, at, "month 13 is not between 1 and 12");
    assert!(msg.contains("2022-13-45"));
}

#[test]
fn date_out_of_range_is_refused() {
    let text = edit("\"2012-12-05\"", "\"1812-12-05\"", 0);
    let at = pos(&text, "1812-12-05", 0);
    assert_one(&text, at, "outside 1900..=2100");
}

#[test]
fn duplicate_id_is_reported_with_its_path_and_line() {
    let text = edit("id: \"b\"", "id: \"a\"", 0);
    let at = pos(&text, "\"a\"", 1);
    let msg = assert_one(&text, at, "milestones[1].id: duplicate milestone id \"a\"");
    assert!(msg.contains("unique"));
}

#[test]
fn end_before_start_is_refused() {
    let text = edit("end: Some(\"2022-06-02\")", "end: Some(\"2022-05-31\")", 0);
    let at = pos(&text, "\"2022-05-31\"", 0);
    assert_one(
        &text,
        at,
        "milestones[1].end: end date 2022-05-31 is before the start date 2022-06-01",
    );
}

#[test]
fn negative_count_is_refused() {
    let text = edit("count: 99", "count: -3", 0);
    let at = pos(&text, "-3", 0);
    assert_one(
        &text,
        at,
        "membership.groups[0].count: count must not be negative, found -3",
    );
}

#[test]
fn unsafe_addresses_are_refused() {
    for (bad, why) in [
        ("javascript:alert(1)", "only http and https"),
        ("file:///etc/passwd", "only http and https"),
        ("data:text/html,hi", "only http and https"),
        ("/relative", "no scheme"),
        ("https://x.org/a\\u{7}", "control"),
        ("https://", "no host"),
    ] {
        let text = edit("\"https://weprotect.org/\"", &format!("\"{bad}\""), 0);
        let at = pos(&text, &format!("\"{bad}\""), 0);
        assert_one(&text, at, why);
        let text = edit("\"https://europa.eu/\"", &format!("\"{bad}\""), 0);
        let at = pos(&text, &format!("\"{bad}\""), 0);
        assert_one(
            &text,
            at,
            "milestones[0].sources[0].url: unsafe or invalid address",
        );
    }
}

#[test]
fn a_label_that_poses_as_another_address_is_refused() {
    let text = edit(
        "(label: \"EU\", url: \"https://europa.eu/\")",
        "(label: \"https://good.org\", url: \"https://evil.example/\")",
        0,
    );
    let at = pos(&text, "\"https://good.org\"", 0);
    assert_one(
        &text,
        at,
        "milestones[0].sources[0].label: the label looks like the address https://good.org \
         but the link goes to evil.example; name the page instead",
    );
    // Naming the site the link goes to is fine.
    let text = edit("label: \"EU\"", "label: \"europa.eu: the launch\"", 0);
    assert!(load_str("t.ron", &text).is_ok());
}

#[test]
fn outcome_link_to_a_missing_resource_is_refused() {
    let text = edit("resource: Some(\"r\")", "resource: Some(\"nope\")", 0);
    let at = pos(&text, "\"nope\"", 0);
    assert_one(
        &text,
        at,
        "outcomes[0].resource: no resource has the id \"nope\"",
    );
}

#[test]
fn empty_title_is_refused() {
    let text = edit(
        "title: \"Summit\",\n            summary",
        "title: \"  \",\n            summary",
        0,
    );
    let at = pos(&text, "\"  \"", 0);
    assert_one(
        &text,
        at,
        "milestones[1].title: a milestone's title must not be empty",
    );
}

#[test]
fn all_problems_are_collected_not_just_the_first() {
    let text = edit("count: 99", "count: -1", 0)
        .replace("id: \"b\"", "id: \"a\"")
        .replace("Some(\"r\")", "Some(\"gone\")")
        .replace("https://europa.eu/", "javascript:x");
    let e = errors(&text);
    let paths: Vec<&str> = e.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "milestones[0].sources[0].url",
            "milestones[1].id",
            "outcomes[0].resource",
            "membership.groups[0].count"
        ]
    );
    assert!(e.problems.iter().all(|p| p.line.is_some()));
}

#[test]
fn oversized_file_is_refused_before_parsing() {
    let big = vec![b' '; usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX) + 1];
    let e = load_bytes("big.ron", &big).err().map(|e| e.to_string());
    assert_eq!(
        e.as_deref(),
        Some(
            "big.ron: error: the file is 8,388,609 bytes (8.0 MiB); data files may be at most 8,388,608 bytes (8 MiB)"
        )
    );
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("big.ron");
    std::fs::write(&path, &big).unwrap_or_else(|e| panic!("{e}"));
    let e = load_path(&path)
        .err()
        .map(|e| e.problems[0].message.clone());
    assert!(e.is_some_and(|m| m.contains("8,388,609 bytes") && m.contains("(8 MiB)")));
}

#[test]
fn invalid_utf8_is_located() {
    let mut bytes = GOOD.as_bytes().to_vec();
    let at = GOOD.find("Launch").unwrap_or(0);
    bytes[at] = 0xff;
    let e = load_bytes("t.ron", &bytes)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    let (line, col) = pos(GOOD, "Launch", 0);
    assert_eq!(
        e.problems[0].render("t.ron"),
        format!(
            "t.ron:{line}:{col}: error: the file is not valid UTF-8 text (byte {} is not part of a UTF-8 character); save it as UTF-8",
            at + 1
        )
    );
}

#[test]
fn empty_file_says_how_to_start() {
    for empty in ["", "   \n\n", "\u{feff}"] {
        let e = errors(empty);
        assert_eq!(
            e.problems[0].render("t.ron"),
            "t.ron: error: the file is empty; start from `weprotect-explorer --print-default-data`"
        );
    }
}

#[test]
fn bom_and_crlf_files_load() {
    let crlf = GOOD.replace('\n', "\r\n");
    let with_bom = format!("\u{feff}{crlf}");
    let data = load_bytes("t.ron", with_bom.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(data.milestones[1].title, "Summit");
    // Positions in CRLF files are still right, and the excerpt has no stray '\r'.
    let bad = with_bom.replace("count: 99", "count: -5");
    let e = load_str("t.ron", &bad)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    let (line, col) = pos(&GOOD.replace("count: 99", "count: -5"), "-5", 0);
    assert_eq!(
        (e.problems[0].line, e.problems[0].col),
        (Some(line), Some(col))
    );
    assert!(!e.problems[0].excerpt().unwrap_or_default().contains('\r'));
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    // However deep, the input fails early and never overflows the stack.
    for open in ["[", "(", "Some("] {
        let text = format!("(title: \"T\", milestones: {})", open.repeat(100_000));
        let e = errors(&text);
        assert_eq!(e.problems[0].line, Some(1), "{e}");
        // The excerpt of a 100,000-character line is cut to a readable window.
        let excerpt = e.problems[0].excerpt().unwrap_or_default();
        assert!(excerpt.chars().count() < 220, "{excerpt}");
        assert!(excerpt.ends_with('^'));
    }
}

#[test]
fn a_missing_file_and_a_folder_are_explained() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let gone = load_path(&dir.path().join("gone.ron"))
        .err()
        .map(|e| e.problems[0].message.clone());
    assert_eq!(
        gone.as_deref(),
        Some("the file does not exist (was it moved or deleted?)")
    );
    let folder = load_path(dir.path())
        .err()
        .map(|e| e.problems[0].message.clone());
    assert_eq!(
        folder.as_deref(),
        Some("this is a folder, not a data file; choose a .ron file")
    );
}

#[test]
fn a_control_character_in_a_text_is_refused_where_it_is() {
    for (escape, code) in [
        ("\\u{0}", "U+0000"),
        ("\\u{1b}", "U+001B"),
        ("\\u{7}", "U+0007"),
    ] {
        let bad = GOOD.replacen(
            "title: \"Launch\"",
            &format!("title: \"Lau{escape}nch\""),
            1,
        );
        let e = errors(&bad);
        let (line, col) = pos(&bad, "\"Lau", 0);
        assert_eq!(
            e.problems[0].render("t.ron"),
            format!(
                "t.ron:{line}:{col}: error: milestones[0].title: the text holds the control character {code} at character 4; remove it"
            )
        );
    }
    // Line breaks and tabs in longer texts are fine.
    let ok = GOOD.replacen("summary: \"S\"", "summary: \"One\\n\\tTwo\"", 1);
    assert!(load_str("t.ron", &ok).is_ok());
}

#[test]
fn a_file_with_old_mac_line_ends_loads_and_positions_count_its_lines() {
    let cr_only = GOOD.replace('\n', "\r");
    let data = load_str("t.ron", &cr_only).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        data.milestones.len(),
        2,
        "the first comment did not swallow the file"
    );
    let bad = GOOD.replace("count: 99", "count: -5");
    let e = errors(&bad.replace('\n', "\r"));
    let (line, col) = pos(&bad, "-5", 0);
    assert_eq!(
        (e.problems[0].line, e.problems[0].col),
        (Some(line), Some(col))
    );
    assert!(!e.problems[0].excerpt().unwrap_or_default().contains('\r'));
}

#[test]
fn a_raw_identifier_does_not_throw_positions_off() {
    let bad = GOOD
        .replacen("title: \"T\"", "r#title: \"T\"", 1)
        .replace("count: 99", "count: -5");
    let e = errors(&bad);
    let (line, col) = pos(&bad, "-5", 0);
    assert_eq!(
        (e.problems[0].line, e.problems[0].col),
        (Some(line), Some(col))
    );
}

#[test]
fn trailing_text_is_pointed_at_where_it_starts() {
    let bad = format!("{GOOD}\n// the end\n\n   left over\n");
    let e = errors(&bad);
    let (line, col) = pos(&bad, "left over", 0);
    assert_eq!(
        e.problems[0].render("t.ron"),
        format!("t.ron:{line}:{col}: error: Non-whitespace trailing characters")
    );
}

#[test]
fn an_unclosed_nested_comment_is_pointed_at_where_it_opens() {
    let bad = GOOD.replacen(
        "title: \"T\",",
        "title: \"T\", /* outer /* inner */ still open",
        1,
    );
    let e = errors(&bad);
    let (line, col) = pos(&bad, "/* outer", 0);
    assert_eq!(
        e.problems[0].render("t.ron"),
        format!("t.ron:{line}:{col}: error: this block comment is never closed; end it with */")
    );
}
