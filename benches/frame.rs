//! One frame of each view: layout and tessellation, headless through egui's own
//! context, on the built-in data and on a large generated file (10,000 milestones,
//! 50 member groups, 500 outcomes). This is the work the app does on every repaint
//! (a hover, a click, a key), before the GPU is involved.
//!
//! Also the first frame of a fresh context (`start/…`): building the app, the font
//! atlas and the first layout, which is part of the time to the first drawn frame.
//!
//! Before timing, each view is drawn once outside the timed loop and what it drew is
//! printed (shapes, glyphs, triangles) and checked: the view is the one asked for, it
//! draws text, it draws something different from every other view, and it does not
//! ask for another frame straight away (that would be a running animation and a busy
//! idle loop). A benchmark that timed an empty panel would fail here, not report a
//! fast figure.

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

fn new_app(data: &Alliance, view: View) -> App {
    let mut app = App::new(
        None,
        AppOptions {
            data_path: None,
            opener: Box::new(RecordingOpener::default()),
            present: false,
        },
    );
    app.data = data.clone();
    app.timeline.data_changed();
    app.saved.view = view;
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

fn views(c: &mut Criterion) {
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    let large = synthetic(&base, 10_000, 50, 500);
    assert_eq!(large.milestones.len(), 10_000);
    assert_eq!(large.membership.groups.len(), 50);
    assert_eq!(large.outcomes.len(), 500);
    let mut group = c.benchmark_group("frame");
    for (name, data) in [("built-in", &base), ("large", &large)] {
        let mut seen: BTreeMap<usize, View> = BTreeMap::new();
        for view in View::ALL {
            let ctx = egui::Context::default();
            apply_style(&ctx);
            let mut app = new_app(data, view);
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
                "frame/{name}/{}: {} shapes ({} texts, {} glyphs), {} meshes, {} vertices, \
                 {} triangles, {} pass(es), idle after {} more frame(s)",
                view.label(),
                drawn.shapes,
                drawn.texts,
                drawn.glyphs,
                drawn.primitives,
                drawn.vertices,
                drawn.triangles,
                drawn.passes,
                settled,
            );
            assert_eq!(app.saved.view, view, "the app left the view it was given");
            assert!(
                drawn.texts > 10 && drawn.triangles > 100,
                "{name}/{}: the frame draws almost nothing: {drawn:?}",
                view.label()
            );
            if let Some(other) = seen.insert(drawn.vertices, view) {
                panic!(
                    "{name}: {} and {} draw the same number of vertices ({}): \
                     is the view really drawn?",
                    other.label(),
                    view.label(),
                    drawn.vertices
                );
            }
            assert!(
                settled < 600,
                "{name}/{}: after 10 s of frames the view still asks for the next frame at \
                 once: it would never be idle",
                view.label()
            );
            group.bench_function(BenchmarkId::new(name, view.label()), |b| {
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
                apply_style(&ctx);
                let mut app = App::new(
                    None,
                    AppOptions {
                        data_path: None,
                        opener: Box::new(RecordingOpener::default()),
                        present: false,
                    },
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
