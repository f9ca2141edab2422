//! Slides as PDF (`--export-slides`, File ▸ Export ▸ Slides as PDF…): the built-in
//! talk's nine slides drawn headless, painted on the CPU and written as a PDF, with and
//! without notes; and one slide's picture alone, the part that grows with the pixels.
//!
//! Before timing, the handout is made once and checked to hold a page per slide, and
//! its size is printed beside the time, since the file is what a person sends on.

use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use weprotect_explorer::app::{apply_style, name_and_version};
use weprotect_explorer::handout::{self, Headless, Maker, Options};
use weprotect_explorer::model::load_default;

fn handout(c: &mut Criterion) {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let plain = Options::default();
    let notes = Options {
        notes: true,
        ..Options::default()
    };
    let producer = name_and_version();
    let maker = Maker {
        producer: &producer,
        style: apply_style,
    };
    let mut group = c.benchmark_group("handout");
    // Seconds an iteration: the same few iterations in every sample, not 1, 2, … 10.
    group.sampling_mode(SamplingMode::Flat);
    for (name, options) in [
        ("built-in slides", plain),
        ("built-in slides with notes", notes),
    ] {
        let (written, _) = handout::pdf(&data, options, maker).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(written.pages, data.slides.len(), "a slide is missing");
        eprintln!("handout/{name}: {}", written.describe());
        group.bench_function(name, |b| {
            b.iter(|| handout::pdf(std::hint::black_box(&data), options, maker));
        });
    }
    let mut headless = Headless::new(apply_style, plain.theme);
    group.bench_function("slide 1 picture", |b| {
        b.iter(|| handout::render_page(&mut headless, std::hint::black_box(&data), 0, plain));
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_secs(2));
    targets = handout
}
criterion_main!(benches);
