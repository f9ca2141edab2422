//! The desktop entry point: command line, logging, the native window.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod import;

use clap::Parser;
use weprotect_explorer::app::{APP_ID, APP_NAME, App, AppOptions};
use weprotect_explorer::model::{
    Alliance, DEFAULT_RON, load_default, load_path, moment, summary, timelinejs,
};
use weprotect_explorer::{handout, html};
/// Explore the WeProtect Global Alliance's story: timeline, membership, summit outcomes.
#[derive(Debug, Parser)]
#[command(name = "weprotect-explorer", version, about, long_about = None)]
struct Cli {
    /// A data file (RON) to open instead of the built-in data, or a link to a
    /// milestone (weprotect-explorer:milestone=ID, as "Copy link to this milestone"
    /// writes it).
    #[allow(clippy::doc_markdown)]
    #[arg(value_name = "FILE")]
    file: Option<PathBuf>,

    /// The same as giving FILE.
    #[arg(long = "data", value_name = "FILE", conflicts_with = "file")]
    data: Option<PathBuf>,

    /// Check a data file and report every problem as FILE:LINE:COL: error: message.
    // The comment above is the --help text, read in a terminal, not Markdown.
    #[allow(clippy::doc_markdown)]
    #[arg(long, value_name = "FILE", conflicts_with_all = ["file", "data", "print_default_data"])]
    check: Option<PathBuf>,

    /// Write the built-in data file to standard output, as a start for your own.
    #[arg(long)]
    print_default_data: bool,

    /// Write the data (FILE, or the built-in data) as an accessible web page:
    /// OUT_DIR/index.html and OUT_DIR/style.css. The folder is made if it is missing;
    /// nothing else in it is touched.
    #[allow(clippy::doc_markdown)]
    #[arg(long, value_name = "OUT_DIR", conflicts_with_all = ["check", "print_default_data", "present"])]
    export_html: Option<PathBuf>,

    /// Write the talk's slides (FILE's, or the built-in data's) as a PDF handout, one
    /// slide a page, as presenter mode shows them in the light theme. OUT.pdf is
    /// replaced whole, or not at all.
    #[allow(clippy::doc_markdown)]
    #[arg(long, value_name = "OUT.pdf",
          conflicts_with_all = ["check", "print_default_data", "present", "export_html"])]
    export_slides: Option<PathBuf>,

    /// Write the milestones (FILE's, or the built-in data's) as a TimelineJS3 JSON file,
    /// for a web page that embeds the same timeline with Knight Lab's TimelineJS.
    #[allow(clippy::doc_markdown)]
    #[arg(long, value_name = "OUT.json",
          conflicts_with_all = ["check", "print_default_data", "present", "export_html", "export_slides"])]
    export_timelinejs: Option<PathBuf>,

    /// Write the milestones as CSV in the columns of the TimelineJS spreadsheet
    /// template (Year, Month, Day, … Headline, Text, Media, … Group).
    #[allow(clippy::doc_markdown)]
    #[arg(long, value_name = "OUT.csv",
          conflicts_with_all = ["check", "print_default_data", "present", "export_html", "export_slides", "export_timelinejs"])]
    export_csv: Option<PathBuf>,

    /// Take the milestones of a spreadsheet in the TimelineJS template's columns (the
    /// first sheet of an .xlsx or .ods workbook, or CSV), or of a TimelineJS JSON file,
    /// into the data (FILE's, or the built-in data), and write the result to --out.
    /// Each row not taken is listed with why.
    #[allow(clippy::doc_markdown)]
    #[arg(long, value_name = "SHEET.xlsx|ods|csv|TIMELINE.json", requires = "out",
          conflicts_with_all = ["check", "print_default_data", "present", "export_html",
                                "export_slides", "export_timelinejs", "export_csv"])]
    import: Option<PathBuf>,

    /// With --import: the data file to write (replaced whole, or not at all).
    #[arg(long, value_name = "NEW.ron", requires = "import")]
    out: Option<PathBuf>,

    /// With --export-slides: each slide's speaker notes under it, on the same page.
    #[arg(long, requires = "export_slides")]
    notes: bool,

    /// Start on the timeline with this milestone selected (its id in the data file).
    #[arg(long, value_name = "MILESTONE_ID", value_parser = moment::milestone_id,
          conflicts_with_all = ["check", "print_default_data", "export_html", "export_slides",
                                "export_timelinejs", "export_csv"])]
    select: Option<String>,

    /// Start in presenter mode, full screen.
    #[arg(long)]
    present: bool,
}

pub fn main() -> ExitCode {
    let _ = weprotect_explorer::STARTED.set(std::time::Instant::now());
    // The system-font lookup warns when the locale is "C" (a bare shell, CI), which
    // says nothing about the person's file; its errors still show.
    env_logger::Builder::from_env(
        env_logger::Env::default().default_filter_or("warn,egui_system_font_provider=error"),
    )
    .init();
    let cli = Cli::parse();

    if cli.print_default_data {
        print!("{DEFAULT_RON}");
        return ExitCode::SUCCESS;
    }
    if let Some(path) = &cli.check {
        return match load_path(path) {
            Ok(data) => {
                println!("{}: ok ({})", path.display(), summary(&data));
                ExitCode::SUCCESS
            }
            Err(e) => {
                println!("{e}");
                eprintln!("{}: {}", path.display(), e.count_text());
                ExitCode::from(1)
            }
        };
    }
    // What a desktop hands over (`Exec=… %u`): a file name, a file: URL or a link to a
    // milestone. A link selects a milestone in the data the app opens; it never names
    // a file.
    let mut select = cli.select;
    let mut file = cli.file;
    if let Some(text) = file.as_deref().and_then(|f| f.to_str()) {
        if let Some(link) = moment::from_link(text) {
            match link {
                Ok(id) => select = Some(id),
                Err(why) => {
                    eprintln!("weprotect-explorer: this link cannot be followed: {why}");
                    return ExitCode::from(2);
                }
            }
            file = None;
        } else if let Some(path) = url::Url::parse(text)
            .ok()
            .filter(|u| u.scheme() == "file")
            .and_then(|u| u.to_file_path().ok())
        {
            file = Some(path);
        }
    }
    let data_path = file.or(cli.data);
    if let Some(folder) = &cli.export_html {
        return export_html(folder, data_path.as_deref());
    }
    if let Some(out) = &cli.export_slides {
        return export_slides(out, data_path.as_deref(), cli.notes);
    }
    if let Some(out) = &cli.export_timelinejs {
        let json = |data: &Alliance| timelinejs::to_json(data);
        return export_milestones(out, data_path.as_deref(), "TimelineJS file", json);
    }
    if let (Some(sheet), Some(out)) = (&cli.import, &cli.out) {
        return import::import(sheet, out, data_path.as_deref());
    }
    if let Some(out) = &cli.export_csv {
        return export_milestones(out, data_path.as_deref(), "CSV file", timelinejs::to_csv);
    }
    run(data_path, cli.present, select)
}

/// The data an export is made from: a data file, or the built-in data. A file with
/// problems has them printed as `--check` prints them, and `nothing` ("no page was
/// written") says what did not happen.
fn load_for_export(data_path: Option<&Path>, nothing: &str) -> Result<Alliance, ExitCode> {
    let loaded = match data_path {
        Some(path) => load_path(path),
        None => load_default(),
    };
    loaded.map_err(|e| {
        println!("{e}");
        eprintln!("{}: {}; {nothing}", e.file, e.count_text());
        ExitCode::from(1)
    })
}

/// `--export-html`: the page for a data file, or for the built-in data.
fn export_html(folder: &Path, data_path: Option<&Path>) -> ExitCode {
    let data = match load_for_export(data_path, "no page was written") {
        Ok(data) => data,
        Err(code) => return code,
    };
    let name = data_path.map_or_else(
        || "the built-in data".to_owned(),
        |p| {
            p.file_name().map_or_else(
                || p.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            )
        },
    );
    let app = weprotect_explorer::app::name_and_version();
    let origin = html::Origin {
        app: &app,
        data: &name,
    };
    match html::save::export(folder, &data, origin) {
        Ok(index) => {
            println!("wrote {} ({})", index.display(), summary(&data));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("weprotect-explorer: the page was not written: {e}");
            ExitCode::from(1)
        }
    }
}

/// `--export-slides`: the talk of a data file, or of the built-in data, as a PDF.
fn export_slides(out: &Path, data_path: Option<&Path>, notes: bool) -> ExitCode {
    let data = match load_for_export(data_path, "no PDF was written") {
        Ok(data) => data,
        Err(code) => return code,
    };
    let options = handout::Options {
        notes,
        ..handout::Options::default()
    };
    let producer = weprotect_explorer::app::name_and_version();
    let maker = handout::Maker {
        producer: &producer,
        style: weprotect_explorer::app::apply_style,
    };
    match handout::export(out, &data, options, maker) {
        Ok(written) => {
            println!("wrote {} ({})", out.display(), written.describe());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("weprotect-explorer: the PDF was not written: {e}");
            ExitCode::from(1)
        }
    }
}

/// `--export-timelinejs` and `--export-csv`: the milestones of a data file, or of the
/// built-in data, written whole or not at all.
fn export_milestones(
    out: &Path,
    data_path: Option<&Path>,
    what: &str,
    write: impl Fn(&Alliance) -> String,
) -> ExitCode {
    let data = match load_for_export(data_path, &format!("no {what} was written")) {
        Ok(data) => data,
        Err(code) => return code,
    };
    if out.is_dir() {
        eprintln!(
            "weprotect-explorer: {} is a folder; give the name of the {what} to write",
            out.display()
        );
        return ExitCode::from(1);
    }
    match weprotect_explorer::export::replace(out, write(&data).as_bytes()) {
        Ok(()) => {
            println!(
                "wrote {} ({} milestones)",
                out.display(),
                data.milestones.len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("weprotect-explorer: the {what} was not written: {e}");
            ExitCode::from(1)
        }
    }
}

fn icon() -> Option<eframe::egui::IconData> {
    let bytes = include_bytes!("../assets/icon.png");
    let image = image::load_from_memory_with_format(bytes, image::ImageFormat::Png)
        .ok()?
        .into_rgba8();
    let (width, height) = image.dimensions();
    Some(eframe::egui::IconData {
        rgba: image.into_raw(),
        width,
        height,
    })
}

/// SIGTERM, SIGINT and SIGHUP close the window as Ctrl+Q does, so the state is saved
/// when a session ends or a service manager stops the app.
#[cfg(unix)]
fn close_on_signals(ctx: &eframe::egui::Context) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = match signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) {
        Ok(signals) => signals,
        Err(e) => {
            log::warn!("signals will end the app without saving its state: {e}");
            return;
        }
    };
    let ctx = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                log::info!("signal {signal}: closing the window");
                ctx.send_viewport_cmd(eframe::egui::ViewportCommand::Close);
                ctx.request_repaint();
            }
        });
    if let Err(e) = spawned {
        log::warn!("signals will end the app without saving its state: {e}");
    }
}

#[cfg(not(unix))]
fn close_on_signals(_ctx: &eframe::egui::Context) {}

fn run(data_path: Option<PathBuf>, present: bool, select: Option<String>) -> ExitCode {
    let mut viewport = eframe::egui::ViewportBuilder::default()
        .with_title(APP_NAME)
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 800.0])
        .with_min_inner_size([720.0, 480.0]);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    let result = eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            close_on_signals(&cc.egui_ctx);
            let app = App::new(
                cc,
                AppOptions {
                    data_path,
                    present,
                    select,
                    // Beside the saved state, where a crash cannot take the edits.
                    autosave_dir: eframe::storage_dir(APP_ID),
                    ..AppOptions::default()
                },
            );
            if let Some(started) = weprotect_explorer::STARTED.get() {
                log::debug!("app built {:?} after start", started.elapsed());
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("weprotect-explorer: the window could not be opened: {e}");
            ExitCode::from(2)
        }
    }
}
