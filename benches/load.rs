//! Loading and validating data: the built-in file, and generated files of 1,000 and
//! 10,000 milestones (the cost should grow linearly); and writing the same data as the
//! accessible web page (`--export-html`), up to 100,000 milestones; and importing a
//! sheet of 1,000 and 10,000 rows (`--import`), and a workbook of 10,000; and saving a
//! file of 1,000 and 10,000 milestones after one edit, rewriting only what was edited.
//!
//! Each input is loaded once outside the timed loop and checked to load without a
//! problem and to keep every milestone: timing a load that stops at the first error
//! would report a fast figure for the wrong work.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use weprotect_explorer::html::{self, Origin};
use weprotect_explorer::model::save::{fresh, surgical};
use weprotect_explorer::model::{
    Alliance, DEFAULT_RON, Milestone, load_default, load_str, synthetic::synthetic,
};

fn load(c: &mut Criterion) {
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut group = c.benchmark_group("load");
    group.throughput(Throughput::Bytes(DEFAULT_RON.len() as u64));
    let checked = load_str("alliance.ron", DEFAULT_RON).unwrap_or_else(|e| panic!("{e}"));
    eprintln!(
        "load/built-in: {} bytes, {} milestones",
        DEFAULT_RON.len(),
        checked.milestones.len()
    );
    group.bench_function("built-in", |b| {
        b.iter(|| load_str("alliance.ron", std::hint::black_box(DEFAULT_RON)));
    });
    for n in [1_000, 10_000] {
        let data = synthetic(&base, n, 4, 6);
        let text = ron::ser::to_string_pretty(&data, ron::ser::PrettyConfig::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let checked = load_str("generated.ron", &text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            checked.milestones.len(),
            n,
            "generated milestones were dropped"
        );
        eprintln!("load/milestones/{n}: {} bytes", text.len());
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("milestones", n), &text, |b, text| {
            b.iter(|| load_str("generated.ron", std::hint::black_box(text)));
        });
    }
    group.finish();
}

/// The web page for the built-in data and for 1,000 to 100,000 milestones; its size is
/// printed beside the time, since the page is what a reader downloads.
fn page(c: &mut Criterion) {
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    let origin = Origin {
        app: "bench",
        data: "generated",
    };
    let mut group = c.benchmark_group("html page");
    for n in [0, 1_000, 10_000, 100_000] {
        let data = if n == 0 {
            base.clone()
        } else {
            synthetic(&base, n, 4, 6)
        };
        let html = html::page(&data, origin);
        assert!(
            html.matches("<li><h3 id=\"milestone-").count() == data.milestones.len(),
            "a milestone is missing from the page"
        );
        eprintln!(
            "html page/{}: {} milestones, {} bytes",
            n,
            data.milestones.len(),
            html.len()
        );
        group.throughput(Throughput::Elements(data.milestones.len() as u64));
        group.bench_with_input(BenchmarkId::new("milestones", n), &data, |b, data| {
            b.iter(|| html::page(std::hint::black_box(data), origin));
        });
    }
    group.finish();
}

/// A 10,000-row sheet in the TimelineJS template's columns (the CSV the app exports
/// for 10,000 milestones) read and merged into the built-in data, as CSV and as an
/// Excel workbook; every row must become a milestone, so that the time is that of the
/// whole import.
fn import(c: &mut Criterion) {
    use weprotect_explorer::model::import::{from_csv, merge, read_table};
    use weprotect_explorer::model::timelinejs;
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut group = c.benchmark_group("import");
    for n in [1_000, 10_000] {
        let csv = timelinejs::to_csv(&synthetic(&base, n, 4, 6));
        let mut merged = base.clone();
        let table = from_csv(&csv).unwrap_or_else(|e| panic!("{e}"));
        let report = merge(&mut merged, &table);
        assert_eq!(
            report.taken,
            n,
            "rows were not taken: {:?}",
            report.skipped.first()
        );
        eprintln!("import/csv rows/{n}: {} bytes", csv.len());
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("csv rows", n), &csv, |b, csv| {
            b.iter(|| {
                let table = from_csv(std::hint::black_box(csv)).unwrap_or_default();
                let mut into = base.clone();
                merge(&mut into, &table).taken
            });
        });
    }
    // The same 10,000 rows typed into an Excel workbook, numbers as numbers.
    let n = 10_000;
    let table =
        from_csv(&timelinejs::to_csv(&synthetic(&base, n, 4, 6))).unwrap_or_else(|e| panic!("{e}"));
    let workbook = xlsx(&table);
    let mut merged = base.clone();
    let read = read_table("bench.xlsx", &workbook).unwrap_or_else(|e| panic!("{e}"));
    // A workbook's row ends at its last filled cell; a CSV line has every column.
    let filled = |rows: &[(usize, Vec<String>)]| -> Vec<(usize, Vec<String>)> {
        rows.iter()
            .map(|(n, cells)| {
                let end = cells
                    .iter()
                    .rposition(|c| !c.is_empty())
                    .map_or(0, |i| i + 1);
                (*n, cells[..end].to_vec())
            })
            .collect()
    };
    assert_eq!(
        filled(&read.rows),
        filled(&table.rows),
        "the workbook reads back other rows"
    );
    assert_eq!(merge(&mut merged, &read).taken, n, "rows were not taken");
    eprintln!("import/xlsx rows/{n}: {} bytes", workbook.len());
    group.throughput(Throughput::Elements(n as u64));
    group.bench_with_input(
        BenchmarkId::new("xlsx rows", n),
        &workbook,
        |b, workbook| {
            b.iter(|| {
                let table =
                    read_table("bench.xlsx", std::hint::black_box(workbook)).unwrap_or_default();
                let mut into = base.clone();
                merge(&mut into, &table).taken
            });
        },
    );
    group.finish();
}

/// `table` as an .xlsx a person typed: its header, then each cell a number when it
/// reads as one, text otherwise.
fn xlsx(table: &weprotect_explorer::model::import::Table) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let rows = std::iter::once(&table.header).chain(table.rows.iter().map(|(_, cells)| cells));
    for (r, cells) in (0u32..).zip(rows) {
        for (c, cell) in (0u16..).zip(cells) {
            let written = match cell.parse::<f64>() {
                Ok(n) if r > 0 => sheet.write_number(r, c, n).map(|_| ()),
                _ if cell.is_empty() => Ok(()),
                _ => sheet.write_string(r, c, cell).map(|_| ()),
            };
            written.unwrap_or_else(|e| panic!("{e}"));
        }
    }
    book.save_to_buffer().unwrap_or_else(|e| panic!("{e}"))
}

/// The built-in file, and a generated file of 1,000 and 10,000 milestones (the text the
/// load benchmark reads), saved after one edit: one title changed, one milestone added
/// in date order; and the same data written afresh, the cost a save without the file's
/// text would have. Each save is checked once to change the lines of its edit alone, so
/// that the time is that of the right work.
fn save(c: &mut Criterion) {
    let base = load_default().unwrap_or_else(|e| panic!("{e}"));
    let mut group = c.benchmark_group("save");
    let mut title = base.clone();
    title.milestones[6].title = "An edited title".into();
    let saved = surgical(DEFAULT_RON, &base, &title).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(changed_lines(DEFAULT_RON, &saved), (1, 1), "built-in");
    group.bench_function("one title/built-in", |b| {
        b.iter(|| surgical(std::hint::black_box(DEFAULT_RON), &base, &title));
    });
    for n in [1_000, 10_000] {
        let data = synthetic(&base, n, 4, 6);
        let text = ron::ser::to_string_pretty(&data, ron::ser::PrettyConfig::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let before = load_str("generated.ron", &text).unwrap_or_else(|e| panic!("{e}"));
        let mut title = before.clone();
        title.milestones[n / 2].title = "An edited title".into();
        let mut added = before.clone();
        let new = Milestone {
            id: "added".into(),
            title: "An added milestone".into(),
            ..added.milestones[n / 2].clone()
        };
        let at = added.milestones.partition_point(|m| m.date <= new.date);
        added.milestones.insert(at, new);
        // What each save must change: (lines removed, lines added) between the lines
        // the two texts start and end with.
        let edits: [(&str, &Alliance, (usize, usize)); 2] = [
            ("one title", &title, (1, 1)),
            ("one milestone added", &added, (0, 17)),
        ];
        for (name, after, expected) in edits {
            let saved = surgical(&text, &before, after).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(changed_lines(&text, &saved), expected, "{name}");
            eprintln!("save/{name}/{n}: {} bytes", text.len());
            group.throughput(Throughput::Elements(n as u64));
            group.bench_with_input(BenchmarkId::new(name, n), after, |b, after| {
                b.iter(|| surgical(std::hint::black_box(&text), &before, after));
            });
        }
        group.bench_with_input(BenchmarkId::new("fresh", n), &title, |b, data| {
            b.iter(|| fresh(std::hint::black_box(data)));
        });
    }
    group.finish();
}

/// The lines `old` has and `new` has not, and the other way round, between the lines
/// both start and end with.
fn changed_lines(old: &str, new: &str) -> (usize, usize) {
    let (old, new): (Vec<&str>, Vec<&str>) = (old.lines().collect(), new.lines().collect());
    let head = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let tail = old[head..]
        .iter()
        .rev()
        .zip(new[head..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    (old.len() - head - tail, new.len() - head - tail)
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = load, page, import, save
}
criterion_main!(benches);
