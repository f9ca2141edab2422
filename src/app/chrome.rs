//! The window's chrome around the views: the top bar with the views and the File menu,
//! the banner that lists a data file's problems, and the status bar.

use eframe::egui::{self, RichText};

use crate::actions::{Action, Actions};
use crate::shortcuts::{Command, keys_for, with_keys};
use crate::theme;
use crate::vocabulary::{ThemeChoice, View};

use super::platform::Platform;
use super::{App, announce};

impl App {
    pub(super) fn top_bar(&mut self, ui: &mut egui::Ui, actions: &mut Actions) {
        egui::Panel::top("top_bar").show(ui, |ui| {
            ui.add_space(theme::space::TIGHT);
            ui.horizontal_wrapped(|ui| {
                self.file_menu(ui, actions);
                ui.separator();
                for view in View::ALL {
                    let selected = self.saved.view == view;
                    let button = ui
                        .selectable_label(
                            selected,
                            RichText::new(view.label()).size(theme::text::BODY),
                        )
                        .on_hover_text(with_keys(view.label(), Command::Show(view)));
                    if button.clicked() {
                        actions.push(Action::Show(view));
                    }
                }
                ui.separator();
                if Platform::SAVES_FILES {
                    let edit = ui
                        .selectable_label(self.editing, "Edit")
                        .on_hover_text(with_keys(
                            "Edit mode: change, add and delete what the views show",
                            Command::ToggleEditing,
                        ));
                    if edit.clicked() {
                        actions.push(Action::ToggleEditing);
                    }
                    if self.document.edited {
                        ui.label(RichText::new("● Edited").color(theme::error_text(ui.visuals())))
                            .on_hover_text("There are edits that are not saved yet (Ctrl+S saves)");
                    }
                }
                if ui
                    .button("Present")
                    .on_hover_text(with_keys(
                        "Give the talk from the app, full screen",
                        Command::Present,
                    ))
                    .clicked()
                {
                    actions.push(Action::Present);
                }
                if ui
                    .button("Search")
                    .on_hover_text(with_keys(
                        "Search milestones, outcomes and resources",
                        Command::OpenSearch,
                    ))
                    .clicked()
                {
                    actions.push(Action::OpenSearch);
                }
                if Platform::KEEPS_TEXT_VERSION
                    && ui
                        .button("Text version")
                        .on_hover_text("The same story as plain, accessible text")
                        .clicked()
                {
                    actions.push(Action::ExportPage);
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    egui::ComboBox::new("theme", "Theme")
                        .selected_text(self.saved.theme.label())
                        .show_ui(ui, |ui| {
                            for choice in ThemeChoice::ALL {
                                if ui
                                    .selectable_label(self.saved.theme == choice, choice.label())
                                    .clicked()
                                {
                                    actions.push(Action::SetTheme(choice));
                                }
                            }
                        })
                        .response
                        .on_hover_text(format!(
                            "Colour theme; {} and {} change the size, {} resets it",
                            keys_for(Command::Larger),
                            keys_for(Command::Smaller),
                            keys_for(Command::NormalSize)
                        ));
                });
            });
            ui.add_space(theme::space::HAIRLINE);
        });
    }

    fn file_menu(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        ui.menu_button("File", |ui| {
            if ui
                .button(with_keys("Open data file…", Command::OpenDialog))
                .clicked()
            {
                actions.push(Action::OpenDialog);
                ui.close();
            }
            if ui
                .add_enabled(
                    self.document.path.is_some(),
                    egui::Button::new("Reset to built-in data"),
                )
                .clicked()
            {
                actions.push(Action::ResetToBuiltin);
                ui.close();
            }
            if Platform::SAVES_FILES {
                self.save_items(ui, actions);
            }
            ui.menu_button("Export", |ui| {
                if ui
                    .button(with_keys("Picture of this view (PNG)", Command::ExportPng))
                    .clicked()
                {
                    actions.push(Action::ExportPng);
                    ui.close();
                }
                if ui.button(Platform::PAGE_EXPORT_LABEL).clicked() {
                    actions.push(Action::ExportPage);
                    ui.close();
                }
                if Platform::SAVES_FILES {
                    for (label, csv) in [
                        ("Milestones as TimelineJS JSON…", false),
                        ("Milestones as CSV (TimelineJS columns)…", true),
                    ] {
                        if ui.button(label).clicked() {
                            actions.push(Action::ExportTimelineJs { csv });
                            ui.close();
                        }
                    }
                }
                // Two items rather than a check box in the menu: each says in its
                // label what it writes, and is one click or one Enter away.
                if Platform::EXPORTS_SLIDES {
                    let slides = !self.document.data.slides.is_empty();
                    for (label, notes) in [
                        ("Slides as PDF…", false),
                        ("Slides with notes as PDF…", true),
                    ] {
                        let item = ui
                            .add_enabled(slides, egui::Button::new(label))
                            .on_hover_text(if notes {
                                "A handout: each slide on a page, its speaker notes under it"
                            } else {
                                "A handout: each slide on a page, as the talk shows it"
                            })
                            .on_disabled_hover_text("The data has no slides");
                        if item.clicked() {
                            actions.push(Action::ExportSlides { notes });
                            ui.close();
                        }
                    }
                }
            });
            ui.separator();
            if self.saved.recent.is_empty() {
                ui.label(RichText::new("No recent files").color(theme::weak_text(ui.visuals())));
            } else {
                ui.label(RichText::new("Recent files").strong());
                for path in &self.saved.recent {
                    let name = path.file_name().map_or_else(
                        || path.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    let response = ui.button(&name).on_hover_text(path.display().to_string());
                    let label = format!("Open recent file {}", path.display());
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, &label)
                    });
                    if response.clicked() {
                        actions.push(Action::OpenFile(path.clone()));
                        ui.close();
                    }
                }
            }
            ui.separator();
            if ui.button(with_keys("Quit", Command::Quit)).clicked() {
                ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
            }
        });
    }

    /// File ▸ Save, Save as, New from the built-in data, Import, Undo and Redo.
    fn save_items(&self, ui: &mut egui::Ui, actions: &mut Actions) {
        let doc = &self.document;
        let items = [
            (with_keys("Save", Command::Save), doc.edited, Action::Save),
            ("Save as…".to_owned(), true, Action::SaveAs),
            (
                "New from the built-in data".to_owned(),
                true,
                Action::NewFromBuiltin,
            ),
            (
                "Import a spreadsheet or TimelineJS file…".to_owned(),
                true,
                Action::ImportDialog { fresh: false },
            ),
            (
                "Import into a new file…".to_owned(),
                true,
                Action::ImportDialog { fresh: true },
            ),
            (
                with_keys("Undo", Command::Undo),
                doc.history.can_undo(),
                Action::Undo,
            ),
            (
                with_keys("Redo", Command::Redo),
                doc.history.can_redo(),
                Action::Redo,
            ),
        ];
        for (label, enabled, action) in items {
            if ui.add_enabled(enabled, egui::Button::new(label)).clicked() {
                actions.push(action);
                ui.close();
            }
        }
        ui.separator();
    }

    pub(super) fn error_banner(&mut self, ui: &mut egui::Ui, actions: &mut Actions) {
        let Some(error) = &self.document.error else {
            return;
        };
        if self.document.error_dismissed {
            return;
        }
        let (fill, text_color) = theme::problem_banner(ui.visuals());
        egui::Panel::top("data_error")
            .frame(egui::Frame::new().fill(fill).inner_margin(8.0))
            .show(ui, |ui| {
                let shown = if self.document.showing_builtin {
                    "The app is showing the built-in data."
                } else {
                    "The app is showing the last good data."
                };
                ui.horizontal(|ui| {
                    ui.label(
                        RichText::new(format!(
                            "{} has {}. {shown}",
                            error.file,
                            error.count_text()
                        ))
                        .strong()
                        .color(text_color),
                    );
                    if ui.button("Copy problems").clicked() {
                        actions.push(Action::Copy {
                            text: error.to_string(),
                            what: "the problems".into(),
                        });
                    }
                    if ui.button("Dismiss").clicked() {
                        actions.push(Action::DismissError);
                    }
                });
                egui::ScrollArea::vertical()
                    .max_height(160.0)
                    .id_salt("problems")
                    .show(ui, |ui| {
                        for p in &error.problems {
                            ui.label(RichText::new(p.render(&error.file)).color(text_color));
                            if let Some(excerpt) = p.excerpt() {
                                ui.label(RichText::new(excerpt).monospace().color(text_color));
                            }
                        }
                        if let Some(more) = error.more_text() {
                            ui.label(RichText::new(more).color(text_color));
                        }
                    });
            });
    }

    pub(super) fn status_bar(&mut self, ui: &mut egui::Ui) {
        let Some(status) = &self.status else {
            return;
        };
        let color = if status.is_error {
            theme::error_text(ui.visuals())
        } else {
            theme::weak_text(ui.visuals())
        };
        let text = status.text.clone();
        let mut close = false;
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                let line = ui.label(RichText::new(text).color(color));
                // It appears where the person is not looking, so it is read out when
                // it changes.
                announce::mark_live(ui.ctx(), line.id);
                let hide = crate::widgets::target::small_button(ui, "×")
                    .on_hover_text("Hide this message");
                // "×" read aloud says nothing of what it does.
                hide.widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::Button, true, "Hide this message")
                });
                if hide.clicked() {
                    close = true;
                }
            });
        });
        if close {
            self.status = None;
        }
    }
}
