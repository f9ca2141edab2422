//! One frame of each view, and of each slide of presenter mode: layout and
//! tessellation, headless through egui's own context, on the built-in data and on a
//! large generated file (10,000 milestones, 50 member groups, 500 outcomes). This is
//! the work the app does on every repaint (a hover, a click, a key), before the GPU is
//! involved.
//!
//! Also the first frame of a fresh context (`start/…`): building the app, the font
//! atlas and the first layout, which is part of the time to the first drawn frame.
//!
//! Before timing, each view is drawn outside the timed loop and what it drew is printed
//! (shapes, glyphs, triangles) and checked: the view or slide is the one asked for, it
//! draws text, each view draws something different from every other view, and it stops
//! asking for the next frame once egui's own animations are over (else the app would
//! never be idle). A benchmark that timed an empty panel fails here instead of
//! reporting a fast figure.

use std::collections::BTreeMap;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use eframe::App as _;
use eframe::egui;
use weprotect_explorer::app::apply_style;
use weprotect_explorer::links::RecordingOpener;
use weprotect_explorer::model::{Alliance, load_default, synthetic::synthetic};
use weprotect_explorer::views::View;
use weprotect_explorer::{App, AppOptions};

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..Default::default()
    }
}

/// Runs one frame and tessellates it, as the window would before painting.
fn frame(ctx: &egui::Context, app: &mut App, frame: &mut eframe::Frame) -> usize {
    let output = ctx.run_ui(input(), |ui| app.ui(ui, frame));
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

/// The app's options for a benchmark: the built-in data, links recorded, not opened.
fn options() -> AppOptions {
    AppOptions {
        data_path: None,
        opener: Box::new(RecordingOpener::default()),
        system_high_contrast: Some(None),
        ..AppOptions::default()
    }
}

fn new_app(ctx: &egui::Context, data: &Alliance) -> App {
    let mut app = App::new(
        &eframe::CreationContext::_new_kittest(ctx.clone()),
        options(),
    );
    app.document.data = data.clone();
    app.timeline.data_changed();
    app
}

/// What one frame drew.
#[derive(Debug, Default)]
struct Drawn {
    shapes: usize,
    texts: usize,
    glyphs: usize,
    primitives: usize,
    vertices: usize,
    triangles: usize,
    passes: usize,
    repaint: Option<Duration>,
}

fn count_shapes(shape: &egui::Shape, drawn: &mut Drawn) {
    match shape {
        egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| count_shapes(s, drawn)),
        egui::Shape::Text(text) => {
            drawn.shapes += 1;
            drawn.texts += 1;
            drawn.glyphs += text
                .galley
                .rows
                .iter()
                .map(|r| r.glyphs.len())
                .sum::<usize>();
        }
        _ => drawn.shapes += 1,
    }
}

/// Draws one frame outside the timed loop and reports what it drew.
fn describe(ctx: &egui::Context, app: &mut App, f: &mut eframe::Frame) -> Drawn {
    let output = ctx.run_ui(input(), |ui| app.ui(ui, f));
    let mut drawn = Drawn {
        passes: output.platform_output.num_completed_passes,
        repaint: output
            .viewport_output
            .get(&egui::ViewportId::ROOT)
            .map(|v| v.repaint_delay),
        ..Drawn::default()
    };
    for clipped in &output.shapes {
        count_shapes(&clipped.shape, &mut drawn);
    }
    let primitives = ctx.tessellate(output.shapes, output.pixels_per_point);
    drawn.primitives = primitives.len();
    for p in &primitives {
        if let egui::epaint::Primitive::Mesh(mesh) = &p.primitive {
            drawn.vertices += mesh.vertices.len();
            drawn.triangles += mesh.indices.len() / 3;
        }
    }
    drawn
}

/// What a benchmark shows: one of the top bar's views, or a slide of presenter mode.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shown {
    View(View),
    Slide(usize),
}

fn views(c: &mut Criterion) {
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    let large = synthetic(&base, 10_000, 50, 500);
    assert_eq!(large.milestones.len(), 10_000);
    assert_eq!(large.membership.groups.len(), 50);
    assert_eq!(large.outcomes.len(), 500);
    let mut group = c.benchmark_group("frame");
    for (name, data) in [("built-in", &base), ("large", &large)] {
        let mut seen: BTreeMap<usize, View> = BTreeMap::new();
        let shown = View::ALL
            .into_iter()
            .map(Shown::View)
            .chain((0..data.slides.len()).map(Shown::Slide));
        for what in shown {
            let label = match what {
                Shown::View(view) => view.label().to_owned(),
                Shown::Slide(i) => match data.slides.get(i) {
                    Some(slide) => format!("Presenter slide {} ({:?})", i + 1, slide.kind),
                    None => format!("Presenter slide {}", i + 1),
                },
            };
            let ctx = egui::Context::default();
            apply_style(&ctx, false);
            let mut app = new_app(&ctx, data);
            match what {
                Shown::View(view) => app.saved.view = view,
                Shown::Slide(i) => {
                    app.presenter.start(View::Overview, false);
                    app.presenter.index = i;
                    // A build is measured whole, as it stands at its last step.
                    app.presenter.revealed = usize::MAX;
                }
            }
            let mut f = eframe::Frame::_new_kittest();
            // Warm up: fonts, caches and the timeline's layout are built once.
            for _ in 0..3 {
                frame(&ctx, &mut app, &mut f);
            }
            // Frames (1/60 s apart) until the view stops asking for the next one: egui's
            // own animations end within a fraction of a second.
            let mut settled = 0;
            let mut drawn = describe(&ctx, &mut app, &mut f);
            while drawn
                .repaint
                .is_some_and(|d| d < Duration::from_millis(100))
                && settled < 600
            {
                settled += 1;
                drawn = describe(&ctx, &mut app, &mut f);
            }
            eprintln!(
                "frame/{name}/{label}: {} shapes ({} texts, {} glyphs), {} meshes, \
                 {} vertices, {} triangles, {} pass(es), idle after {} more frame(s)",
                drawn.shapes,
                drawn.texts,
                drawn.glyphs,
                drawn.primitives,
                drawn.vertices,
                drawn.triangles,
                drawn.passes,
                settled,
            );
            match what {
                Shown::View(view) => {
                    assert_eq!(app.saved.view, view, "the app left the view it was given");
                    assert!(!app.presenter.active, "{name}/{label}: presenting");
                    assert!(
                        drawn.texts > 10 && drawn.triangles > 100,
                        "{name}/{label}: the view draws almost nothing: {drawn:?}"
                    );
                    if let Some(other) = seen.insert(drawn.vertices, view) {
                        panic!(
                            "{name}: {} and {label} draw the same number of vertices ({}): \
                             is the view really drawn?",
                            other.label(),
                            drawn.vertices
                        );
                    }
                }
                Shown::Slide(i) => {
                    assert!(app.presenter.active, "{name}/{label}: not presenting");
                    assert_eq!(app.presenter.index, i, "{name}/{label}: another slide");
                }
            }
            assert!(
                drawn.glyphs > 0 && drawn.triangles > 20,
                "{name}/{label}: the frame draws nothing: {drawn:?}"
            );
            assert!(
                settled < 600,
                "{name}/{label}: after 10 s of frames it still asks for the next frame at \
                 once: it would never be idle"
            );
            group.bench_function(BenchmarkId::new(name, &label), |b| {
                b.iter(|| frame(&ctx, &mut app, &mut f));
            });
        }
    }
    group.finish();
}

/// The first frame of a fresh egui context: the app is built (the built-in data
/// parsed and checked), the fonts loaded and the font atlas started, the first
/// layout done and tessellated. Without and with eframe's system-font fallback
/// (which the real window uses: characters the bundled fonts lack wait for the
/// system fonts to be listed).
fn start(c: &mut Criterion) {
    let mut group = c.benchmark_group("start");
    group.sample_size(20);
    for system_fonts in [false, true] {
        let name = if system_fonts {
            "first frame, system fonts"
        } else {
            "first frame"
        };
        group.bench_function(name, |b| {
            b.iter(|| {
                let ctx = egui::Context::default();
                if system_fonts {
                    ctx.add_font_provider(std::sync::Arc::new(
                        egui_system_font_provider::SystemFontProvider::new(),
                    ));
                }
                apply_style(&ctx, false);
                let mut app = App::new(
                    &eframe::CreationContext::_new_kittest(ctx.clone()),
                    options(),
                );
                let mut f = eframe::Frame::_new_kittest();
                frame(&ctx, &mut app, &mut f)
            });
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(Duration::from_secs(2));
    targets = views, start
}
criterion_main!(benches);
