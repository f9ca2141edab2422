//! The milestones for a web team from the command line: `--export-timelinejs OUT.json
//! [FILE]` and `--export-csv OUT.csv [FILE]`, written whole or not at all.

#[path = "common/cli.rs"]
mod cli;

use std::ffi::OsStr;

use weprotect_explorer::model::load_default;

#[test]
fn the_timeline_as_timelinejs_json_and_as_template_csv() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let json = dir.path().join("timeline.json");
    let (code, out, err) = cli::run(&[OsStr::new("--export-timelinejs"), json.as_os_str()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains(&format!("{} milestones", data.milestones.len())),
        "{out}"
    );
    let text = std::fs::read_to_string(&json).unwrap_or_else(|e| panic!("{e}"));
    let parsed: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let titles: Vec<&str> = parsed["events"]
        .as_array()
        .map(|events| {
            events
                .iter()
                .filter_map(|e| e["text"]["headline"].as_str())
                .collect()
        })
        .unwrap_or_default();
    // The built-in titles hold no markup; their quotes are written as entities.
    let expected: Vec<String> = data
        .milestones
        .iter()
        .map(|m| m.title.replace('"', "&quot;"))
        .collect();
    assert_eq!(titles, expected);

    let csv = dir.path().join("timeline.csv");
    let (code, _, err) = cli::run(&[OsStr::new("--export-csv"), csv.as_os_str()]);
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(&csv).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        text.starts_with("Year,Month,Day,Time,End Year,End Month,End Day,Display Date,Headline,")
    );
    assert_eq!(text.lines().count(), data.milestones.len() + 1);
}

#[test]
fn a_bad_file_or_a_folder_writes_nothing_and_says_why() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let bad = dir.path().join("bad.ron");
    std::fs::write(&bad, "(title: 1)").unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("t.json");
    let (code, stdout, err) = cli::run(&[
        OsStr::new("--export-timelinejs"),
        out.as_os_str(),
        bad.as_os_str(),
    ]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("bad.ron:1:"),
        "problems as --check prints them: {stdout}"
    );
    assert!(err.contains("no TimelineJS file was written"), "{err}");
    assert!(!out.exists());

    let (code, _, err) = cli::run(&[OsStr::new("--export-csv"), dir.path().as_os_str()]);
    assert_eq!(code, 1);
    assert!(err.contains("is a folder"), "{err}");
}
