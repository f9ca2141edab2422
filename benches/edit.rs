//! What one typed letter costs in edit mode: the edit applied (the part swapped in,
//! the data compared with the file's and checked again), the views' caches rebuilt,
//! and the next frame of the Timeline with the milestone's form beside it. On the
//! built-in data and on the 10,000-milestone file, where every letter checks all of
//! it again: this says whether typing stays fluid there.

use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use eframe::App as _;
use eframe::egui;
use weprotect_explorer::actions::Action;
use weprotect_explorer::app::apply_style;
use weprotect_explorer::edit::Part;
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

fn typing(c: &mut Criterion) {
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    let large = synthetic(&base, 10_000, 50, 500);
    let mut group = c.benchmark_group("edit");
    for (name, data) in [("built-in", &base), ("large", &large)] {
        let ctx = egui::Context::default();
        apply_style(&ctx, false);
        let mut app = App::new(
            &eframe::CreationContext::_new_kittest(ctx.clone()),
            AppOptions {
                opener: Box::new(RecordingOpener::default()),
                system_high_contrast: Some(None),
                ..AppOptions::default()
            },
        );
        app.document.data = data.clone();
        app.document.base = data.clone();
        app.saved.view = View::Timeline;
        app.editing = true;
        let index = data.milestones.len() / 2;
        let id = data.milestones[index].id.clone();
        app.saved.timeline.selected = Some(id);
        app.timeline.data_changed();
        let mut f = eframe::Frame::_new_kittest();
        let mut run = |app: &mut App| {
            let mut output = ctx.run_ui(input(), |ui| app.ui(ui, &mut f));
            // No GPU takes the font atlas's updates here.
            output.textures_delta.clear();
            ctx.tessellate(output.shapes, output.pixels_per_point).len()
        };
        for _ in 0..3 {
            run(&mut app);
        }
        let mut letters = 0usize;
        group.bench_function(BenchmarkId::new("typed letter, Timeline", name), |b| {
            b.iter(|| {
                letters += 1;
                let mut m = app.document.data.milestones[index].clone();
                // Typing, then deleting: the title stays short.
                if letters.is_multiple_of(20) {
                    m.title.truncate(m.title.len().saturating_sub(19));
                } else {
                    m.title.push('x');
                }
                app.apply(
                    &ctx,
                    Action::Edit {
                        part: Part::Milestone(index, Box::new(m)),
                        run: Some(1),
                    },
                );
                run(&mut app)
            });
        });
        // (Not run when a filter left the benchmark out.)
        if letters > 0 {
            assert!(app.document.edited, "{name}: the edits were applied");
            assert!(
                app.document.data.milestones[index].title.contains('x'),
                "{name}: the title was typed into"
            );
        }
    }
    group.finish();
}

/// The parts of a typed letter's cost on the 10,000-milestone file, each alone: the
/// checker run again over all the data, and the comparison with the file's data that
/// decides the "edited" mark.
fn parts(c: &mut Criterion) {
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    let large = synthetic(&base, 10_000, 50, 500);
    let mut edited = large.clone();
    edited.milestones[5_000].title.push('x');
    let mut group = c.benchmark_group("edit parts");
    group.bench_function("check all, large", |b| {
        b.iter(|| weprotect_explorer::model::validate(&edited, 200).0.len());
    });
    group.bench_function("compare with the file's data, large", |b| {
        b.iter(|| edited != large);
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(3));
    targets = typing, parts
}
criterion_main!(benches);
