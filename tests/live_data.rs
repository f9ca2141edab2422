//! Live data: open a file, edit it and see the change, break it and see the problems
//! while the last good data stays, rename over it as editors do, delete it.

mod common;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use common::{SIZE, TestApp, app, app_with};
use weprotect_explorer::model::DEFAULT_RON;
use weprotect_explorer::views::View;

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}

fn with_title(title: &str) -> String {
    DEFAULT_RON.replacen(
        "title: \"The WeProtect Global Alliance Summit 1-2 June 2022\"",
        &format!("title: \"{title}\""),
        1,
    )
}

fn title(t: &TestApp) -> String {
    t.harness.state().document.data.title.clone()
}

fn open(name: &str, text: &str) -> (tempfile::TempDir, PathBuf, TestApp) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join(name);
    write(&path, text);
    let t = app_with(Some(path.clone()), None, SIZE);
    (dir, path, t)
}

#[test]
fn an_edit_is_shown_after_reload_and_says_how_long_it_took() {
    let (_dir, path, mut t) = open("alliance.ron", &with_title("First version"));
    assert_eq!(title(&t), "First version");
    assert!(t.has_label("First version"));
    std::thread::sleep(Duration::from_millis(50));
    write(&path, &with_title("Second version"));
    t.wait_until("the edit is shown", |app| {
        app.document.data.title == "Second version"
    });
    assert!(t.has_label("Second version"));
    let took = t.harness.state().document.last_reload.unwrap_or_default();
    println!("reload latency, from the file's change to the new data: {took:?}");
    assert!(t.has_label_containing("Reloaded"));
}

#[test]
fn an_invalid_save_shows_the_banner_keeps_the_data_and_a_fix_removes_it() {
    let (_dir, path, mut t) = open("alliance.ron", &with_title("Good"));
    t.click("Timeline");
    t.click("2014 · The UK creates WeProtect");
    write(
        &path,
        &with_title("Broken").replace("count: 99,", "count: -1,"),
    );
    t.wait_until("the problem is shown", |app| app.document.error.is_some());
    assert_eq!(title(&t), "Good", "the last good data stays");
    assert!(t.has_label_containing("count must not be negative"));
    assert!(t.has_label_containing("has 1 problem. The app is showing the last good data."));
    // The view and the selection survive.
    assert_eq!(t.harness.state().saved.view, View::Timeline);
    assert_eq!(
        t.harness.state().saved.timeline.selected.as_deref(),
        Some("weprotect_created_2014")
    );

    write(&path, &with_title("Fixed"));
    t.wait_until("the fix is shown", |app| app.document.data.title == "Fixed");
    assert!(t.harness.state().document.error.is_none());
    assert!(!t.has_label("Copy problems"), "the banner is gone");
    assert_eq!(
        t.harness.state().saved.timeline.selected.as_deref(),
        Some("weprotect_created_2014")
    );
}

#[test]
fn a_selection_that_no_longer_exists_is_dropped_on_reload() {
    let (_dir, path, mut t) = open("alliance.ron", DEFAULT_RON);
    t.click("Timeline");
    t.click("2014 · The UK creates WeProtect");
    write(
        &path,
        &DEFAULT_RON.replace("weprotect_created_2014", "uk_weprotect_2014"),
    );
    t.wait_until("the reload", |app| {
        app.document
            .data
            .milestones
            .iter()
            .any(|m| m.id == "uk_weprotect_2014")
    });
    assert_eq!(t.harness.state().saved.timeline.selected, None);
}

#[test]
fn replacing_the_file_by_rename_is_noticed() {
    let (dir, path, mut t) = open("alliance.ron", &with_title("Before rename"));
    let tmp = dir.path().join(".alliance.ron.swp");
    write(&tmp, &with_title("After rename"));
    std::fs::rename(&tmp, &path).unwrap_or_else(|e| panic!("{e}"));
    t.wait_until("the renamed file is shown", |app| {
        app.document.data.title == "After rename"
    });
}

#[test]
fn two_hundred_rapid_writes_some_truncated_end_with_the_last_content() {
    let (_dir, path, mut t) = open("alliance.ron", &with_title("Start"));
    let final_text = with_title("Final after 200 writes");
    for i in 0..200 {
        let text = with_title(&format!("Write {i}"));
        if i % 3 == 0 {
            // Cut halfway, as a crashed or slow writer leaves it.
            let cut = text.len() / 2;
            let cut = (0..=cut)
                .rev()
                .find(|c| text.is_char_boundary(*c))
                .unwrap_or(0);
            write(&path, &text[..cut]);
        } else {
            write(&path, &text);
        }
        if i % 20 == 0 {
            t.harness.step();
        }
    }
    write(&path, &final_text);
    t.wait_until("the final content is shown", |app| {
        app.document.data.title == "Final after 200 writes" && app.document.error.is_none()
    });
}

#[test]
fn a_deleted_file_is_explained_and_the_data_stays() {
    let (_dir, path, mut t) = open("alliance.ron", &with_title("Still here"));
    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{e}"));
    t.wait_until("the deletion is noticed", |app| {
        app.document.error.is_some()
    });
    assert!(t.has_label_containing("the file does not exist (was it moved or deleted?)"));
    assert_eq!(title(&t), "Still here");
}

#[test]
fn a_file_replaced_by_a_folder_is_explained() {
    let (_dir, path, mut t) = open("alliance.ron", &with_title("Data"));
    std::fs::remove_file(&path).unwrap_or_else(|e| panic!("{e}"));
    std::fs::create_dir(&path).unwrap_or_else(|e| panic!("{e}"));
    t.wait_until("the folder is noticed", |app| {
        app.document
            .error
            .as_ref()
            .is_some_and(|e| e.problems[0].message.contains("folder"))
    });
    assert_eq!(title(&t), "Data");
}

#[test]
fn dropping_a_file_opens_it_and_reset_returns_to_the_built_in_data() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("dropped.ron");
    write(&path, &with_title("Dropped data"));
    let mut t = app();
    t.drop_file(&path);
    t.wait_until("the dropped file is shown", |app| {
        app.document.data.title == "Dropped data"
    });
    assert!(t.harness.state().title().contains("[dropped.ron]"));

    // It is now in the recent files, which are kept between runs.
    assert_eq!(t.harness.state().saved.recent, std::slice::from_ref(&path));
    t.click("File");
    t.click("Reset to built-in data");
    assert_eq!(
        title(&t),
        "The WeProtect Global Alliance Summit 1-2 June 2022"
    );
    t.click("File");
    t.click(&format!("Open recent file {}", path.display()));
    t.wait_until("the recent file is shown", |app| {
        app.document.data.title == "Dropped data"
    });

    // A file that is not a .ron is refused with a message.
    t.drop_file(&dir.path().join("photo.jpg"));
    assert!(t.has_label_containing("photo.jpg is not a .ron data file."));
}

#[test]
fn a_large_file_loads_without_freezing_the_window() {
    let base = weprotect_explorer::model::load_default().unwrap_or_else(|e| panic!("{e}"));
    let big = weprotect_explorer::model::synthetic::synthetic(&base, 12_000, 4, 6);
    let text = ron::ser::to_string_pretty(&big, ron::ser::PrettyConfig::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let path = dir.path().join("big.ron");
    write(&path, &text);
    println!("large file: {:.1} MiB", text.len() as f64 / 1048576.0);
    let mut t = app();
    t.harness.state_mut().open_path(path);
    // Frames keep coming while the file is read on the worker thread.
    let start = std::time::Instant::now();
    t.harness.step();
    let first = start.elapsed();
    t.wait_until("the large file is shown", |app| {
        app.document.data.milestones.len() == 12_000
    });
    println!("a frame while a large file loads: {first:?}");
}

#[cfg(unix)]
#[test]
fn a_fifo_opened_in_the_window_is_refused_and_the_next_open_still_works() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let fifo = dir.path().join("pipe.ron");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo failed");
    let mut t = app();
    t.harness.state_mut().open_path(fifo);
    t.wait_until("the pipe is refused", |app| app.document.error.is_some());
    assert!(t.has_label_containing("this is not a regular file"));
    // The file thread is free: the next file opens and is watched.
    let good = dir.path().join("good.ron");
    write(&good, &with_title("After the pipe"));
    t.harness.state_mut().open_path(good.clone());
    t.wait_until("the next file opens", |app| {
        app.document.data.title == "After the pipe"
    });
    std::thread::sleep(Duration::from_millis(50));
    write(&good, &with_title("Edited after the pipe"));
    t.wait_until("live reload still works", |app| {
        app.document.data.title == "Edited after the pipe"
    });
}

/// Many people keep the data in a shared folder and open it through a link: an edit of
/// the file the link leads to must reload, although it happens in another folder.
#[cfg(unix)]
#[test]
fn an_edit_of_a_linked_file_reloads() {
    let real_dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let link_dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let real = real_dir.path().join("shared.ron");
    write(&real, &with_title("Shared, first"));
    let link = link_dir.path().join("alliance.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap_or_else(|e| panic!("{e}"));
    let mut t = app_with(Some(link), None, SIZE);
    assert_eq!(title(&t), "Shared, first");
    std::thread::sleep(Duration::from_millis(50));
    write(&real, &with_title("Shared, edited"));
    t.wait_until("the edit of the target is shown", |app| {
        app.document.data.title == "Shared, edited"
    });
}

/// A program that rewrites the file every 100 ms never leaves the folder quiet for the
/// debounce; the window must still follow, at least once a second.
#[test]
fn a_file_written_without_pause_still_reloads_while_it_is_written() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let (_dir, path, mut t) = open("alliance.ron", &with_title("Start"));
    let writing = Arc::new(AtomicBool::new(true));
    let still_writing = writing.clone();
    let writer_path = path.clone();
    let writer = std::thread::spawn(move || {
        for i in 0..40 {
            write(&writer_path, &with_title(&format!("Write {i}")));
            std::thread::sleep(Duration::from_millis(100));
        }
        still_writing.store(false, Ordering::SeqCst);
    });
    t.wait_until("a reload during the writes", |app| {
        app.document.data.title.starts_with("Write ")
    });
    assert!(
        writing.load(Ordering::SeqCst),
        "the reload came only after the writes stopped"
    );
    let _ = writer.join();
}
