//! Files made to hurt: one line of 8 MiB full of problems, tens of thousands of
//! problems, pipes and devices named like data files. Each must end in a clear error,
//! in bounded memory, never an abort or a hang.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use weprotect_explorer::model::synthetic::{BAD_MILESTONE, bad_milestones};
use weprotect_explorer::model::{MAX_FILE_BYTES, MAX_PROBLEMS, load_path, load_str};

/// As many bad milestones as fit in the size limit.
fn largest_bad_count() -> usize {
    let limit = usize::try_from(MAX_FILE_BYTES).unwrap_or(usize::MAX);
    (limit - 64) / BAD_MILESTONE.len()
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    path
}

#[test]
fn a_one_line_file_of_problems_reports_the_first_hundred_with_short_excerpts() {
    let n = largest_bad_count();
    let text = bad_milestones(n, true);
    assert!(text.len() as u64 <= MAX_FILE_BYTES);
    let e = load_str("one-line.ron", &text)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(e.count(), 2 * n, "every problem is counted");
    assert_eq!(e.problems.len(), MAX_PROBLEMS, "only the first are kept");
    for p in &e.problems {
        assert_eq!(p.line, Some(1));
        let excerpt = p.excerpt().unwrap_or_default();
        assert!(excerpt.chars().count() < 220, "{excerpt}");
    }
    // The second milestone's id: the excerpt shows it, the caret points at it.
    let second = &e.problems[2];
    assert_eq!(second.path, "milestones[1].id");
    let col = 1 + text.match_indices("(id:").nth(1).map_or(0, |(i, _)| i) + 5;
    assert_eq!(second.col, Some(col));
    let shown = e.to_string();
    assert!(shown.ends_with(&format!(
        "… and {} more problems (fix these first, then check again)",
        format_thousands(2 * n - MAX_PROBLEMS)
    )));
    assert!(shown.len() < MAX_PROBLEMS * 600, "{} bytes", shown.len());
}

fn format_thousands(n: usize) -> String {
    weprotect_explorer::model::problem::thousands(n)
}

#[test]
fn problems_on_many_lines_point_at_their_own_lines() {
    let text = bad_milestones(20_000, false);
    let e = load_str("many.ron", &text)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    assert_eq!(e.count(), 40_000);
    for (i, p) in e.problems.iter().enumerate() {
        // Milestone k is on line k + 2; each has two problems.
        assert_eq!(p.line, Some(i / 2 + 2), "{}", p.render("many.ron"));
        let excerpt = p.excerpt().unwrap_or_default();
        assert!(excerpt.starts_with("(id: \"\""), "{excerpt}");
    }
}

/// `--check` on the one-line file, in a process whose address space is limited to
/// 1 GiB: holding a copy of the line per problem would need hundreds of GiB and abort.
#[cfg(unix)]
#[test]
fn check_on_eight_mib_of_problems_exits_1_in_bounded_memory() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = write(
        dir.path(),
        "one-line.ron",
        &bad_milestones(largest_bad_count(), true),
    );
    let out = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 1048576 && exec \"$0\" --check \"$1\"")
        .arg(env!("CARGO_BIN_EXE_weprotect-explorer"))
        .arg(&path)
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{:?}: {stderr}", out.status);
    assert!(stderr.contains("problems"), "{stderr}");
    assert!(out.stdout.len() < MAX_PROBLEMS * 600);
}

/// Runs `load_path` on a thread and gives up after two seconds, so that a reader that
/// blocks fails the test instead of hanging it.
fn load_with_timeout(path: &Path) -> Option<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    let path = path.to_owned();
    std::thread::spawn(move || {
        let _ = tx.send(load_path(&path).err().map(|e| e.to_string()));
    });
    rx.recv_timeout(Duration::from_secs(2))
        .unwrap_or_else(|_| panic!("reading the file blocked"))
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let fifo = dir.path().join("f.ron");
    let made = Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo failed");
    let error = load_with_timeout(&fifo).unwrap_or_default();
    assert!(
        error.ends_with("this is not a regular file (a pipe, a device or a socket cannot be a data file); choose a .ron file"),
        "{error}"
    );
}

#[cfg(unix)]
#[test]
fn a_device_is_refused_not_read_to_the_limit() {
    for device in ["/dev/zero", "/dev/urandom", "/dev/null"] {
        let error = load_with_timeout(Path::new(device)).unwrap_or_default();
        assert!(error.contains("not a regular file"), "{device}: {error}");
    }
}

#[cfg(unix)]
#[test]
fn a_link_to_a_data_file_is_read_and_a_link_to_a_fifo_is_not() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let real = write(
        dir.path(),
        "real.ron",
        weprotect_explorer::model::DEFAULT_RON,
    );
    let link = dir.path().join("link.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap_or_else(|e| panic!("{e}"));
    assert!(load_path(&link).is_ok());
    let fifo = dir.path().join("f");
    let made = Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo failed");
    let to_fifo = dir.path().join("to-fifo.ron");
    std::os::unix::fs::symlink(&fifo, &to_fifo).unwrap_or_else(|e| panic!("{e}"));
    let error = load_with_timeout(&to_fifo).unwrap_or_default();
    assert!(error.contains("not a regular file"), "{error}");
}
