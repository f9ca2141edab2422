//! One frame of each view: layout and tessellation, headless through egui's own
//! context, on the built-in data and on a large generated file (10,000 milestones,
//! 50 member groups, 500 outcomes).

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use eframe::App as _;
use eframe::egui;
use weprotect_explorer::app::apply_style;
use weprotect_explorer::links::RecordingOpener;
use weprotect_explorer::model::{load_default, synthetic::synthetic};
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

fn views(c: &mut Criterion) {
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    let large = synthetic(&base, 10_000, 50, 500);
    let mut group = c.benchmark_group("frame");
    for (name, data) in [("built-in", base), ("large", large)] {
        for view in View::ALL {
            let ctx = egui::Context::default();
            apply_style(&ctx);
            let mut app = App::new(
                None,
                AppOptions {
                    data_path: None,
                    opener: Box::new(RecordingOpener::default()),
                },
            );
            app.data = data.clone();
            app.timeline.data_changed();
            app.saved.view = view;
            let mut f = eframe::Frame::_new_kittest();
            // Warm up: fonts, caches and the timeline's layout are built once.
            for _ in 0..3 {
                frame(&ctx, &mut app, &mut f);
            }
            group.bench_function(BenchmarkId::new(name, view.label()), |b| {
                b.iter(|| frame(&ctx, &mut app, &mut f));
            });
        }
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(2));
    targets = views
}
criterion_main!(benches);
