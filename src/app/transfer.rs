//! File ▸ Import (a spreadsheet or a TimelineJS file merged into the data, as one
//! edit that undo takes back) and File ▸ Export for the web (TimelineJS JSON or CSV).

use std::path::Path;

use eframe::egui::{self, RichText};

use crate::actions::Action;
use crate::edit::Part;
use crate::model::import::{self, Report, merge};
use crate::model::timelinejs;

use super::App;
use super::platform::FileQuestion;

/// What an import took and left, for the report window: one line a row or cell.
pub struct ImportReport {
    pub file: String,
    pub summary: String,
    pub lines: Vec<String>,
}

impl ImportReport {
    fn new(path: &Path, report: &Report, rows: usize) -> Self {
        let file = path.display().to_string();
        let lines = report.skipped.iter().map(|s| s.line(&file)).collect();
        Self {
            summary: format!("{} of {rows} rows became milestones.", report.taken),
            file,
            lines,
        }
    }
}

impl App {
    pub(super) fn import_dialog(&mut self, ctx: &egui::Context, fresh: bool) {
        let start = self.data_folder();
        if let Err(e) = self
            .platform
            .ask_file(ctx, FileQuestion::Import { fresh }, start)
        {
            self.set_status(e, true);
        }
    }

    pub(super) fn export_for_web(&mut self, ctx: &egui::Context, csv: bool) {
        if let Some(folder) = self.export_folder.clone() {
            let name = if csv {
                "milestones.csv"
            } else {
                "timeline.json"
            };
            self.write_for_web(&folder.join(name), csv);
            return;
        }
        if let Err(e) = self
            .platform
            .ask_file(ctx, FileQuestion::ExportWeb { csv }, None)
        {
            self.set_status(e, true);
        }
    }

    /// Takes a file dialog's answer.
    pub(super) fn receive_files(&mut self, ctx: &egui::Context) {
        let Some((question, picked)) = self.platform.answered() else {
            return;
        };
        match (question, picked) {
            (_, None) => self.set_status("No file was chosen.".into(), false),
            (FileQuestion::SaveData, Some(path)) => self.write_to(&path, false),
            (FileQuestion::Import { fresh }, Some(path)) => {
                self.apply(ctx, Action::ImportFile { path, fresh });
            }
            (FileQuestion::ExportWeb { csv }, Some(path)) => self.write_for_web(&path, csv),
        }
    }

    /// Merges the rows of `path` into the data as one edit, and shows what was taken.
    pub(super) fn import(&mut self, path: &Path) {
        let table = match import::read_sheet(path) {
            Ok(table) => table,
            Err(e) => {
                self.set_status(format!("{} was not imported: {e}", path.display()), true);
                return;
            }
        };
        let mut merged = self.document.data.clone();
        let report = merge(&mut merged, &table);
        let summary = ImportReport::new(path, &report, table.rows.len());
        self.set_status(
            format!("Imported {}: {}", path.display(), summary.summary),
            false,
        );
        if report.taken > 0 {
            // In date order, as the loader reads them (equal dates keep their order).
            merged.milestones.sort_by_key(|m| m.date);
            self.edit(Part::Milestones(merged.milestones), None);
            self.editing = true;
        }
        self.import_report = Some(summary);
    }

    fn write_for_web(&mut self, path: &Path, csv: bool) {
        let data = &self.document.data;
        let text = if csv {
            timelinejs::to_csv(data)
        } else {
            timelinejs::to_json(data)
        };
        match crate::export::replace(path, text.as_bytes()) {
            Ok(()) => {
                let n = data.milestones.len();
                self.set_status(
                    format!("Wrote {n} milestones to {}.", path.display()),
                    false,
                );
                self.last_export = Some(path.to_path_buf());
            }
            Err(e) => self.set_status(format!("Nothing was written: {e}"), true),
        }
    }
}

impl App {
    /// What the last import took and left: each row or cell not taken, with where.
    pub(super) fn import_report_window(&mut self, ctx: &egui::Context) {
        let Some(report) = &self.import_report else {
            return;
        };
        let mut open = true;
        let mut copy = None;
        egui::Window::new("Import report")
            .open(&mut open)
            .collapsible(false)
            .default_width(560.0)
            .show(ctx, |ui| {
                ui.label(RichText::new(&report.summary).strong());
                if report.lines.is_empty() {
                    ui.label("Every row was taken as it was.");
                } else {
                    if ui.button("Copy the report").clicked() {
                        copy = Some(report.lines.join("\n"));
                    }
                    egui::ScrollArea::vertical()
                        .max_height(320.0)
                        .show(ui, |ui| {
                            for line in &report.lines {
                                ui.add(egui::Label::new(RichText::new(line).monospace()).wrap());
                            }
                        });
                }
                ui.label(format!("From {}", report.file));
            });
        if let Some(text) = copy {
            ctx.copy_text(text);
            self.set_status("Copied the import report to the clipboard.".into(), false);
        }
        if !open {
            self.import_report = None;
        }
    }
}
