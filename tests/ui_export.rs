//! File ▸ Export: a picture of the view, and the open data as a web page in a new
//! folder, never over an earlier export.

mod common;

use common::{TestApp, app_exporting_to};
use egui_kittest::kittest::{NodeT as _, Queryable};

fn status(t: &TestApp) -> Option<(String, bool)> {
    t.harness
        .state()
        .status
        .as_ref()
        .map(|s| (s.text.clone(), s.is_error))
}

fn export_page(t: &mut TestApp) {
    t.click("File");
    t.click("Export");
    t.click("Web page…");
}

fn folders_in(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

#[test]
fn the_menu_saves_the_page_in_a_new_folder_each_time() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = app_exporting_to(None, dir.path().to_path_buf());
    export_page(&mut t);
    let first = t
        .harness
        .state()
        .last_export
        .clone()
        .unwrap_or_else(|| panic!("no page was saved: {:?}", status(&t)));
    assert_eq!(
        status(&t),
        Some((format!("Saved the web page as {}", first.display()), false))
    );
    assert_eq!(
        first.file_name().and_then(|n| n.to_str()),
        Some("index.html")
    );
    let page = std::fs::read_to_string(&first).unwrap_or_else(|e| panic!("{e}"));
    assert!(page.contains("<h1>The WeProtect Global Alliance Summit 1-2 June 2022</h1>"));
    assert!(page.contains("from the built-in data."));
    assert!(first.with_file_name("style.css").is_file());

    export_page(&mut t);
    let second = t.harness.state().last_export.clone();
    assert_ne!(
        second.as_ref(),
        Some(&first),
        "the second export overwrote the first"
    );
    assert_eq!(folders_in(dir.path()).len(), 2);
    assert_eq!(
        std::fs::read_to_string(&first).unwrap_or_else(|e| panic!("{e}")),
        page
    );
}

#[test]
fn the_page_is_made_from_the_open_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().join("ours.ron");
    let ron = weprotect_explorer::model::DEFAULT_RON.replace(
        "The WeProtect Global Alliance Summit 1-2 June 2022",
        "Our regional meeting",
    );
    std::fs::write(&data, ron).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("pages");
    std::fs::create_dir(&out).unwrap_or_else(|e| panic!("{e}"));
    let mut t = app_exporting_to(Some(data), out);
    export_page(&mut t);
    let index = t.harness.state().last_export.clone();
    let page = index
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{e}")))
        .unwrap_or_default();
    assert!(page.contains("<h1>Our regional meeting</h1>"), "{page}");
    assert!(page.contains("from ours.ron."));
}

#[test]
fn a_folder_that_cannot_be_written_is_explained() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let not_a_folder = dir.path().join("file");
    std::fs::write(&not_a_folder, "x").unwrap_or_else(|e| panic!("{e}"));
    let mut t = app_exporting_to(None, not_a_folder.clone());
    export_page(&mut t);
    let (text, is_error) = status(&t).unwrap_or_default();
    assert!(is_error, "{text}");
    assert!(
        text.starts_with("The web page was not saved: could not create"),
        "{text}"
    );
    assert!(text.contains(&not_a_folder.display().to_string()), "{text}");
    assert!(t.harness.state().last_export.is_none());
}

#[test]
fn the_picture_is_in_the_export_menu_too() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = app_exporting_to(None, dir.path().to_path_buf());
    t.click("File");
    t.click("Export");
    t.harness
        .get_by_label("Picture of this view (PNG) (Ctrl+Shift+S)")
        .click();
    t.harness.step();
    assert_eq!(
        status(&t),
        Some(("Taking a picture of the view…".to_owned(), false))
    );
}

/// A data file in `dir` holding the built-in data with its first `slides` slides.
fn data_with_slides(dir: &std::path::Path, slides: usize) -> std::path::PathBuf {
    let mut data = weprotect_explorer::model::load_default().unwrap_or_else(|e| panic!("{e}"));
    data.slides.truncate(slides);
    let text = ron::ser::to_string_pretty(&data, ron::ser::PrettyConfig::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join("talk.ron");
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path
}

#[test]
fn the_menu_saves_the_slides_with_notes_as_a_pdf_and_says_so() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("handouts");
    std::fs::create_dir(&out).unwrap_or_else(|e| panic!("{e}"));
    let mut t = app_exporting_to(Some(data_with_slides(dir.path(), 2)), out.clone());
    t.click("File");
    t.click("Export");
    t.click("Slides with notes as PDF…");
    let (text, is_error) = status(&t).unwrap_or_default();
    assert!(
        text.starts_with(&format!("Writing the slides to {}", out.display())) && !is_error,
        "{text}"
    );
    // Drawn on a thread of its own: the window goes on meanwhile. Unoptimised test
    // builds take seconds a page.
    let start = std::time::Instant::now();
    while t.harness.state().last_export.is_none() {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(120),
            "no PDF after 2 minutes: {:?}",
            status(&t)
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
        t.harness.step();
    }
    let path = t.harness.state().last_export.clone().unwrap_or_default();
    assert_eq!(path.parent(), Some(out.as_path()));
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default();
    assert!(
        name.starts_with("weprotect-slides-with-notes-") && name.ends_with(".pdf"),
        "{name}"
    );
    let (text, is_error) = status(&t).unwrap_or_default();
    assert!(!is_error, "{text}");
    assert!(
        text.starts_with(&format!(
            "Saved the slides as {} (2 pages, ",
            path.display()
        )),
        "{text}"
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{e}"));
    assert!(bytes.starts_with(b"%PDF-"));
}

#[test]
fn without_slides_the_slide_exports_cannot_be_chosen() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut t = app_exporting_to(Some(data_with_slides(dir.path(), 0)), dir.path().into());
    let before = status(&t);
    t.click("File");
    t.click("Export");
    for label in ["Slides as PDF…", "Slides with notes as PDF…"] {
        let item = t.harness.get_by_label(label);
        assert!(item.accesskit_node().is_disabled(), "{label} is enabled");
        item.click();
    }
    t.harness.run_ok();
    assert_eq!(status(&t), before, "a disabled item did something");
    assert!(t.harness.state().last_export.is_none());
}
