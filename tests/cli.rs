//! The command line: --check, --print-default-data, --help and --version.

#[path = "common/cli.rs"]
mod cli;

use cli::run;

#[test]
fn print_default_data_then_check_it() {
    let (code, ron, _) = run(&["--print-default-data".as_ref()]);
    assert_eq!(code, 0);
    assert_eq!(ron, weprotect_explorer::model::DEFAULT_RON);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("mine.ron");
    std::fs::write(&path, &ron).unwrap_or_else(|e| panic!("{e}"));
    let (code, out, _) = run(&["--check".as_ref(), path.as_os_str()]);
    assert_eq!(code, 0);
    assert_eq!(
        out.trim(),
        format!(
            "{}: ok (13 milestones, 3 eras, 4 member groups, 6 outcomes, 7 resources, 9 slides)",
            path.display()
        )
    );
}

#[test]
fn check_reports_every_problem_as_file_line_col() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("bad.ron");
    let text = weprotect_explorer::model::DEFAULT_RON
        .replace("count: 99,", "count: -99,")
        .replace("\"https://www.weprotect.org/\"", "\"javascript:alert(1)\"");
    std::fs::write(&path, &text).unwrap_or_else(|e| panic!("{e}"));
    let (code, out, err) = run(&["--check".as_ref(), path.as_os_str()]);
    assert_eq!(code, 1);
    let errors: Vec<&str> = out.lines().filter(|l| l.contains(": error: ")).collect();
    assert_eq!(errors.len(), 2, "{out}");
    let line_of = |needle: &str| 1 + text[..text.find(needle).unwrap_or(0)].matches('\n').count();
    let p = path.display();
    assert!(
        errors.iter().any(
            |l| l.starts_with(&format!("{p}:{}:", line_of("javascript:alert")))
                && l.contains("resources[0].url: unsafe or invalid address")
        ),
        "{out}"
    );
    assert!(
        errors.iter().any(
            |l| l.starts_with(&format!("{p}:{}:", line_of("count: -99")))
                && l.contains("membership.groups[0].count: count must not be negative")
        ),
        "{out}"
    );
    assert!(err.contains("2 problems"), "{err}");
}

#[test]
fn check_of_a_missing_file_fails_clearly() {
    let (code, out, _) = run(&["--check".as_ref(), "/nonexistent/x.ron".as_ref()]);
    assert_eq!(code, 1);
    assert_eq!(
        out.trim(),
        "/nonexistent/x.ron: error: the file does not exist (was it moved or deleted?)"
    );
}

#[test]
fn help_and_version() {
    let (code, out, _) = run(&["--help".as_ref()]);
    assert_eq!(code, 0);
    for flag in ["--check", "--print-default-data", "--data", "[FILE]"] {
        assert!(out.contains(flag), "--help lacks {flag}:\n{out}");
    }
    let (code, out, _) = run(&["--version".as_ref()]);
    assert_eq!(code, 0);
    assert_eq!(
        out.trim(),
        format!("weprotect-explorer {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn select_takes_only_what_an_id_can_be() {
    for bad in ["a b", "../etc", "x\u{202e}y", &"a".repeat(201)] {
        let (code, _, stderr) = run(&[
            "--select".as_ref(),
            bad.as_ref(),
            "--check".as_ref(),
            "x".as_ref(),
        ]);
        assert_eq!(code, 2, "{bad}: {stderr}");
        let (code, _, stderr) = run(&["--select".as_ref(), bad.as_ref()]);
        assert_eq!(code, 2, "{bad}: {stderr}");
        assert!(stderr.contains("invalid value"), "{bad}: {stderr}");
        assert!(stderr.contains("a milestone id"), "{bad}: {stderr}");
    }
}

#[test]
fn a_bad_link_to_a_milestone_is_refused_before_any_window() {
    for bad in [
        "weprotect-explorer:milestone=a b",
        "weprotect-explorer:file=/etc/passwd",
        "WEPROTECT-EXPLORER:milestone=../x",
    ] {
        let (code, _, stderr) = run(&[bad.as_ref()]);
        assert_eq!(code, 2, "{bad}: {stderr}");
        assert!(
            stderr.starts_with("weprotect-explorer: this link cannot be followed:"),
            "{bad}: {stderr}"
        );
    }
}
