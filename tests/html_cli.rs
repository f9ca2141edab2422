//! `--export-html OUT_DIR [FILE]`: the page and its stylesheet on disk, from the
//! built-in data or a file; a bad file, a folder that is a file and planted links are
//! refused or replaced, never followed.

#[path = "common/cli.rs"]
mod cli;

use std::path::Path;

use cli::run;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn exports_the_built_in_data_into_a_new_folder() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("site").join("weprotect");
    let (code, stdout, stderr) = run(&["--export-html".as_ref(), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        stdout.trim(),
        format!(
            "wrote {} (13 milestones, 3 eras, 4 member groups, 6 outcomes, 7 resources, 9 slides)",
            out.join("index.html").display()
        )
    );
    let data = weprotect_explorer::model::load_default().unwrap_or_else(|e| panic!("{e}"));
    let origin = weprotect_explorer::html::Origin {
        app: &format!(
            "WeProtect Global Alliance Explorer {}",
            env!("CARGO_PKG_VERSION")
        ),
        data: "the built-in data",
    };
    assert_eq!(
        read(&out.join("index.html")),
        weprotect_explorer::html::page(&data, origin)
    );
    assert_eq!(
        read(&out.join("style.css")),
        weprotect_explorer::html::STYLE
    );
    let names: Vec<_> = std::fs::read_dir(&out)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "no temporary files are left: {names:?}");
}

#[test]
fn exports_a_data_file_and_names_it_in_the_footer() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().join("mine.ron");
    let ron = weprotect_explorer::model::DEFAULT_RON.replace(
        "The WeProtect Global Alliance Summit 1-2 June 2022",
        "Our own <b>summit</b>",
    );
    std::fs::write(&data, ron).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out");
    let (code, _, stderr) = run(&["--export-html".as_ref(), out.as_os_str(), data.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    let page = read(&out.join("index.html"));
    assert!(
        page.contains("<h1>Our own &lt;b&gt;summit&lt;/b&gt;</h1>"),
        "{page}"
    );
    assert!(page.contains("from mine.ron."), "the footer names the file");
}

#[test]
fn a_bad_file_writes_nothing_and_says_where_it_is_wrong() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = dir.path().join("bad.ron");
    let ron = weprotect_explorer::model::DEFAULT_RON.replacen("count: 99,", "count: -1,", 1);
    std::fs::write(&data, ron).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out");
    let (code, stdout, stderr) =
        run(&["--export-html".as_ref(), out.as_os_str(), data.as_os_str()]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("bad.ron:") && stdout.contains(": error:"),
        "{stdout}"
    );
    assert!(stderr.contains("no page was written"), "{stderr}");
    assert!(
        !out.exists(),
        "a folder was made for a page that was not written"
    );
}

#[test]
fn a_folder_that_is_a_file_is_refused() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("taken");
    std::fs::write(&out, "mine").unwrap_or_else(|e| panic!("{e}"));
    let (code, _, stderr) = run(&["--export-html".as_ref(), out.as_os_str()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("exists and is not a folder"), "{stderr}");
    assert_eq!(read(&out), "mine");
}

#[cfg(unix)]
#[test]
fn planted_links_are_replaced_not_followed_and_other_files_kept() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap_or_else(|e| panic!("{e}"));
    let victim = dir.path().join("victim.txt");
    std::fs::write(&victim, "keep me").unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(&victim, out.join("index.html")).unwrap_or_else(|e| panic!("{e}"));
    std::os::unix::fs::symlink(dir.path().join("nowhere"), out.join("style.css"))
        .unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(out.join("notes.txt"), "mine").unwrap_or_else(|e| panic!("{e}"));
    let (code, _, stderr) = run(&["--export-html".as_ref(), out.as_os_str()]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(read(&victim), "keep me", "the export wrote through a link");
    assert!(!dir.path().join("nowhere").exists());
    let meta = std::fs::symlink_metadata(out.join("index.html")).unwrap_or_else(|e| panic!("{e}"));
    assert!(meta.is_file(), "index.html is now a file of its own");
    assert!(read(&out.join("index.html")).starts_with("<!DOCTYPE html>"));
    assert_eq!(read(&out.join("notes.txt")), "mine");
}

#[test]
fn a_folder_in_the_way_of_the_page_is_reported_and_no_scraps_are_left() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("out");
    std::fs::create_dir_all(out.join("index.html").join("inside"))
        .unwrap_or_else(|e| panic!("{e}"));
    let (code, _, stderr) = run(&["--export-html".as_ref(), out.as_os_str()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "could not write {}",
            out.join("index.html").display()
        )),
        "{stderr}"
    );
    assert!(
        out.join("index.html").join("inside").is_dir(),
        "the folder was touched"
    );
    let mut left: Vec<String> = std::fs::read_dir(&out)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(
        left,
        ["index.html", "style.css"],
        "temporary files were left"
    );
}

#[test]
fn export_conflicts_with_the_other_modes() {
    let (code, _, stderr) = run(&[
        "--export-html".as_ref(),
        "out".as_ref(),
        "--check".as_ref(),
        "x.ron".as_ref(),
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("cannot be used with"), "{stderr}");
}
