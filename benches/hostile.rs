//! What hostile or merely huge files cost: `--check` on files with tens and hundreds of
//! thousands of problems, and the timeline on a valid file whose milestones all fall on
//! one day (each needs a lane of its own). The cost must grow no faster than
//! n log n: a file at the size limit is checked in well under a second and the Timeline
//! opens and zooms on it without a visible stall.
//!
//! Each input is checked outside the timed loop (the problems counted, the milestones
//! drawn), so that a fast figure cannot come from doing the wrong work.

use std::time::Duration;

use criterion::{BatchSize, BenchmarkId, Criterion, criterion_group, criterion_main};
use eframe::App as _;
use eframe::egui;
use weprotect_explorer::app::apply_style;
use weprotect_explorer::links::RecordingOpener;
use weprotect_explorer::model::synthetic::bad_milestones;
use weprotect_explorer::model::{
    Alliance, MAX_FILE_BYTES, load_default, load_str, synthetic::one_day,
};
use weprotect_explorer::views::View;
use weprotect_explorer::views::timeline::layout::{Axis, Item, Label, Rows, pack};
use weprotect_explorer::{App, AppOptions};

/// What `--check` does after reading the file: parse, validate, locate, report.
fn check(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    group.sample_size(10);
    for (problems, one_line) in [(20_000, false), (218_000, true)] {
        let text = bad_milestones(problems / 2, one_line);
        assert!(text.len() as u64 <= MAX_FILE_BYTES);
        let e = load_str("bad.ron", &text)
            .err()
            .unwrap_or_else(|| panic!("accepted"));
        assert_eq!(e.count(), problems);
        let report = e.to_string();
        eprintln!(
            "check/problems/{problems}: {} bytes on {} line(s); report {} bytes",
            text.len(),
            text.lines().count(),
            report.len()
        );
        group.bench_with_input(BenchmarkId::new("problems", problems), &text, |b, text| {
            b.iter(|| load_str("bad.ron", std::hint::black_box(text)).map_err(|e| e.to_string()));
        });
    }
    group.finish();
}

fn items(n: usize) -> Vec<Item> {
    (0..n)
        .map(|index| Item {
            index,
            start: 2022.414,
            end: 2022.414,
            label: Label {
                whole: [330.0, 180.0, 130.0],
                cut: Some(220.0),
            },
        })
        .collect()
}

/// Lane packing alone, every milestone on one day.
fn packing(c: &mut Criterion) {
    let mut group = c.benchmark_group("timeline-pack");
    let axis = Axis {
        start: 2011.7,
        end: 2023.4,
        width: 1200.0,
    };
    // A window's worth of height: past it, titles are cut short.
    let rows = Rows {
        line: 18.0,
        pad: 12.0,
        budget: 600.0,
    };
    for n in [10_000, 116_000] {
        let items = items(n);
        let packed = pack(&items, &axis, &rows);
        assert_eq!(packed.lanes(), n, "one lane each");
        group.bench_with_input(BenchmarkId::new("one-day", n), &items, |b, items| {
            b.iter(|| pack(std::hint::black_box(items), &axis, &rows));
        });
    }
    group.finish();
}

/// One frame's input, with the `+` or `−` key when `zoom` asks for it.
fn input(zoom: Option<egui::Key>) -> egui::RawInput {
    let mut input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    };
    if let Some(key) = zoom {
        input.events.push(egui::Event::Key {
            key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        });
    }
    input
}

fn run(
    ctx: &egui::Context,
    app: &mut App,
    f: &mut eframe::Frame,
    zoom: Option<egui::Key>,
) -> usize {
    let output = ctx.run_ui(input(zoom), |ui| app.ui(ui, f));
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

/// The app in a fresh context, showing the Timeline of the built-in data: a window
/// just opened, whose text caches hold only what the built-in data drew.
fn fresh_app() -> (egui::Context, App, eframe::Frame) {
    let ctx = egui::Context::default();
    apply_style(&ctx, false);
    let mut app = App::new(
        &eframe::CreationContext::_new_kittest(ctx.clone()),
        AppOptions {
            data_path: None,
            opener: Box::new(RecordingOpener::default()),
            system_high_contrast: Some(None),
            ..AppOptions::default()
        },
    );
    app.saved.view = View::Timeline;
    let mut f = eframe::Frame::_new_kittest();
    for _ in 0..2 {
        run(&ctx, &mut app, &mut f, None);
    }
    (ctx, app, f)
}

/// Shows `data`, as opening a file does, and draws the frame that lays it out.
fn open(ctx: &egui::Context, app: &mut App, f: &mut eframe::Frame, data: Alliance) -> usize {
    app.document.data = data;
    app.timeline.data_changed();
    run(ctx, app, f, None)
}

/// The Timeline on a file whose milestones all fall on one day: opening it (labels
/// measured, lanes packed) in a fresh window and again in the same one, a plain
/// repaint, and a zoom (lanes packed again).
fn timeline(c: &mut Criterion) {
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut group = c.benchmark_group("timeline-one-day");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(4));
    for n in [10_000, 116_000] {
        let data = one_day(&base, n);
        let (ctx, mut app, mut f) = fresh_app();
        open(&ctx, &mut app, &mut f, data.clone());
        assert_eq!(
            app.timeline.lanes(),
            n,
            "a fresh window lays out every milestone"
        );
        for _ in 0..2 {
            run(&ctx, &mut app, &mut f, None);
        }
        let before = app.saved.timeline.range;
        run(&ctx, &mut app, &mut f, Some(egui::Key::Plus));
        assert_ne!(app.saved.timeline.range, before, "the key did not zoom");
        let drawn = app.timeline.lanes();
        eprintln!("timeline-one-day/{n}: {drawn} lanes");
        assert_eq!(drawn, n, "every milestone is laid out");
        // Nothing measured or cached yet: what a person waits for after opening the file.
        group.bench_function(BenchmarkId::new("first-open", n), |b| {
            b.iter_batched(
                || (fresh_app(), data.clone()),
                |((ctx, mut app, mut f), data)| {
                    open(&ctx, &mut app, &mut f, data);
                    // Dropped outside the timed part.
                    (ctx, app)
                },
                BatchSize::PerIteration,
            );
        });
        // The same window again: egui keeps the text it drew last frame, the timeline
        // what it measured.
        group.bench_function(BenchmarkId::new("open", n), |b| {
            b.iter(|| {
                app.timeline.data_changed();
                run(&ctx, &mut app, &mut f, None)
            });
        });
        group.bench_function(BenchmarkId::new("repaint", n), |b| {
            b.iter(|| run(&ctx, &mut app, &mut f, None));
        });
        // In and out in turn: each frame lays the lanes out for a new range.
        let mut zoom_in = false;
        group.bench_function(BenchmarkId::new("zoom", n), |b| {
            b.iter(|| {
                zoom_in = !zoom_in;
                let key = if zoom_in {
                    egui::Key::Plus
                } else {
                    egui::Key::Minus
                };
                run(&ctx, &mut app, &mut f, Some(key))
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = check, packing, timeline
}
criterion_main!(benches);
