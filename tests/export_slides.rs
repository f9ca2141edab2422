//! Slides as PDF: the handout has a page per slide, each the picture of the slide at
//! 1920×1080 (taller with notes), with the talk's title; the command line writes it or
//! fails cleanly; and the picture is the slide the window shows.
//!
//! The PDF is read back with lopdf, a parser other than the writer's own.

#[path = "common/cli.rs"]
mod cli;

use std::path::{Path, PathBuf};

use cli::run;

use weprotect_explorer::app::{apply_style, name_and_version};
use weprotect_explorer::handout::{self, Headless, Maker, Options};
use weprotect_explorer::model::{Alliance, load_default};

fn built_in() -> Alliance {
    load_default().unwrap_or_else(|e| panic!("{e}"))
}

/// One page as read back: its size in points and its one image.
#[derive(Debug, PartialEq)]
struct Page {
    media_box: Vec<f32>,
    image: (i64, i64),
    samples: usize,
}

struct Read {
    pages: Vec<Page>,
    title: String,
    producer: String,
}

fn read(bytes: &[u8]) -> Read {
    let doc = lopdf::Document::load_mem(bytes).unwrap_or_else(|e| panic!("not a PDF: {e}"));
    let mut pages = Vec::new();
    for (_, id) in doc.get_pages() {
        let page = doc.get_dictionary(id).unwrap_or_else(|e| panic!("{e}"));
        let media_box = page
            .get(b"MediaBox")
            .and_then(lopdf::Object::as_array)
            .unwrap_or_else(|e| panic!("{e}"))
            .iter()
            .map(|n| n.as_float().unwrap_or(f32::NAN))
            .collect();
        let images = doc.get_page_images(id).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(images.len(), 1, "one image a page");
        let image = &images[0];
        assert_eq!(image.color_space.as_deref(), Some("DeviceRGB"));
        assert_eq!(image.bits_per_component, Some(8));
        let stream = doc
            .get_object(image.id)
            .and_then(lopdf::Object::as_stream)
            .unwrap_or_else(|e| panic!("{e}"));
        let samples = stream
            .decompressed_content()
            .unwrap_or_else(|e| panic!("{e}"))
            .len();
        pages.push(Page {
            media_box,
            image: (image.width, image.height),
            samples,
        });
    }
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .unwrap_or_else(|e| panic!("no document information: {e}"));
    let text = |key: &[u8]| {
        info.get(key)
            .and_then(lopdf::decode_text_string)
            .unwrap_or_else(|e| panic!("{e}"))
    };
    Read {
        pages,
        title: text(b"Title"),
        producer: text(b"Producer"),
    }
}

fn page(width: i64, height: i64) -> Page {
    Page {
        media_box: vec![0.0, 0.0, width as f32 / 2.0, height as f32 / 2.0],
        image: (width, height),
        samples: (width * height * 3) as usize,
    }
}

#[test]
fn the_built_in_talk_is_a_page_per_slide_each_a_1920_by_1080_picture() {
    let data = built_in();
    let producer = name_and_version();
    let maker = Maker {
        producer: &producer,
        style: apply_style,
    };
    let (written, bytes) =
        handout::pdf(&data, Options::default(), maker).unwrap_or_else(|e| panic!("{e}"));
    let pdf = read(&bytes);
    assert_eq!(pdf.pages.len(), data.slides.len());
    assert_eq!(written.pages, data.slides.len());
    assert_eq!(written.bytes, bytes.len());
    for (i, p) in pdf.pages.iter().enumerate() {
        assert_eq!(p, &page(1920, 1080), "page {}", i + 1);
    }
    assert_eq!(pdf.title, data.slides[0].title);
    assert_eq!(pdf.producer, producer);
}

/// The built-in data cut to its first two slides, the second without notes.
fn two_slides() -> Alliance {
    let mut data = built_in();
    data.slides.truncate(2);
    data.slides[1].notes.clear();
    data
}

/// Whether two pictures differ in the rows `rows`.
fn rows_differ(
    a: &eframe::egui::ColorImage,
    b: &eframe::egui::ColorImage,
    rows: [usize; 2],
) -> bool {
    let w = a.size[0];
    a.pixels[rows[0] * w..rows[1] * w] != b.pixels[rows[0] * w..rows[1] * w]
}

#[test]
fn with_notes_each_page_has_the_slide_and_its_notes_under_it() {
    let data = two_slides();
    let notes = Options {
        notes: true,
        ..Options::default()
    };
    let mut headless = Headless::new(apply_style, notes.theme);
    let with_notes = handout::render_page(&mut headless, &data, 0, notes);
    let without = handout::render_page(&mut headless, &data, 1, notes);
    assert_eq!(with_notes.size, [1920, 1620]);
    let plain = handout::render_page(&mut headless, &data, 0, Options::default());
    assert_eq!(plain.size, [1920, 1080]);
    // The slide is the same picture with or without notes under it.
    assert!(!rows_differ(&plain, &with_notes, [0, 1080]));
    // Under it: the notes, which are text, and on the slide without notes a line that
    // says so: different pictures, and neither an empty box.
    assert!(rows_differ(&with_notes, &without, [1150, 1620]));
    for (name, picture) in [("with notes", &with_notes), ("without", &without)] {
        let fill = picture.pixels[1619 * 1920 + 1919];
        let marks = picture.pixels[1150 * 1920..1620 * 1920]
            .iter()
            .filter(|p| **p != fill)
            .count();
        assert!(
            marks > 1000,
            "{name}: {marks} pixels of text under the slide"
        );
    }
}

fn write_data(dir: &Path, name: &str, data: &Alliance) -> PathBuf {
    let text = ron::ser::to_string_pretty(data, ron::ser::PrettyConfig::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("{e}"));
    path
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_command_line_writes_the_handout_with_notes_and_replaces_an_old_one_whole() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let data = write_data(dir.path(), "talk.ron", &two_slides());
    let out = dir.path().join("handout.pdf");
    std::fs::write(&out, b"an older handout").unwrap_or_else(|e| panic!("{e}"));
    let (code, stdout, stderr) = run(&[
        "--export-slides".as_ref(),
        out.as_os_str(),
        "--notes".as_ref(),
        data.as_os_str(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let bytes = std::fs::read(&out).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        stdout.starts_with(&format!("wrote {} (2 pages, ", out.display())),
        "{stdout}"
    );
    let pdf = read(&bytes);
    assert_eq!(pdf.pages, vec![page(1920, 1620), page(1920, 1620)]);
    // Nothing but the data and the handout: no temporary file left beside it.
    assert_eq!(names_in(dir.path()), vec!["handout.pdf", "talk.ron"]);
}

#[test]
fn a_bad_data_file_is_reported_as_check_reports_it_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let bad = dir.path().join("bad.ron");
    let text = weprotect_explorer::model::DEFAULT_RON.replace("count: 99,", "count: -99,");
    std::fs::write(&bad, text).unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path().join("handout.pdf");
    std::fs::write(&out, b"an older handout").unwrap_or_else(|e| panic!("{e}"));
    let (code, stdout, stderr) =
        run(&["--export-slides".as_ref(), out.as_os_str(), bad.as_os_str()]);
    assert_eq!(code, 1);
    let (_, check, _) = run(&["--check".as_ref(), bad.as_os_str()]);
    assert_eq!(stdout, check, "the same problems as --check prints");
    assert!(stdout.contains("count must not be negative"), "{stdout}");
    assert!(stderr.contains("1 problem; no PDF was written"), "{stderr}");
    assert_eq!(
        std::fs::read(&out).ok().as_deref(),
        Some(&b"an older handout"[..])
    );
    assert_eq!(names_in(dir.path()), vec!["bad.ron", "handout.pdf"]);
}

#[test]
fn a_folder_is_not_a_pdf_file() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (code, stdout, stderr) = run(&["--export-slides".as_ref(), dir.path().as_os_str()]);
    assert_eq!(code, 1);
    assert_eq!(stdout, "");
    let wanted = format!(
        "weprotect-explorer: the PDF was not written: {} is a folder; give the name of the PDF file to write, such as {}",
        dir.path().display(),
        dir.path().join("slides.pdf").display()
    );
    assert_eq!(stderr.trim(), wanted);
    assert!(names_in(dir.path()).is_empty());
}

/// `--export-slides` of `data` refused with exit status 1, a message holding `why`,
/// and no file written.
fn refused(data: &Alliance, why: &str) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = write_data(dir.path(), "talk.ron", data);
    let out = dir.path().join("handout.pdf");
    let (code, _, stderr) = run(&[
        "--export-slides".as_ref(),
        out.as_os_str(),
        file.as_os_str(),
    ]);
    assert_eq!(code, 1);
    assert!(stderr.contains(why), "{stderr}");
    assert!(!out.exists());
}

#[test]
fn data_without_slides_is_refused_clearly() {
    let mut data = built_in();
    data.slides.clear();
    refused(
        &data,
        "the data has no slides, so there is nothing to put in a PDF",
    );
}

/// A data file can list tens of thousands of slides; their handout would take
/// gigabytes of memory. Such a talk is refused at once, with its count.
#[test]
fn a_talk_of_thousands_of_slides_is_refused_before_drawing_any() {
    let mut data = built_in();
    let first = data.slides[0].clone();
    data.slides = vec![first; weprotect_explorer::handout::MAX_PAGES + 1];
    refused(
        &data,
        "the talk has 501 slides; a handout holds at most 500",
    );
}

#[test]
fn notes_without_an_export_is_a_usage_error() {
    let (code, _, stderr) = run(&["--notes".as_ref()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("--export-slides"), "{stderr}");
}
