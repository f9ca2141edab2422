//! The fields every form is made of: a labelled text, an optional text, a partial
//! date, a picker, a list of sources, a list of points. Each writes into the copy of
//! the item its form edits and says whether it changed it; each shows beside itself
//! what the checker found at its path in the data, as it is typed.

use eframe::egui::{self, RichText};

use crate::model::{PartialDate, Problem, Source};
use crate::theme;

/// What a form needs besides its item: the checker's findings, and which field an
/// edit came from (the typing run that one undo takes back).
pub struct Form<'a> {
    pub problems: &'a [Problem],
    /// The field that changed the item this frame, if one did.
    pub run: Option<u64>,
}

impl<'a> Form<'a> {
    pub fn new(problems: &'a [Problem]) -> Self {
        Self {
            problems,
            run: None,
        }
    }

    /// Notes which field changed the item.
    fn took(&mut self, response: &egui::Response) -> bool {
        if response.changed() {
            self.run = Some(response.id.value());
        }
        response.changed()
    }

    /// The checker's findings at `path` exactly, shown under the field.
    pub fn problems_at(&self, ui: &mut egui::Ui, path: &str) {
        for p in self.problems.iter().filter(|p| p.path == path) {
            problem_line(ui, &p.message);
        }
    }

    /// A one-line text with its label; `path` is where its problems are reported.
    pub fn line(&mut self, ui: &mut egui::Ui, label: &str, value: &mut String, path: &str) {
        let label = ui.label(label);
        let r = ui
            .add(egui::TextEdit::singleline(value).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        self.took(&r);
        self.problems_at(ui, path);
    }

    /// A text of several lines.
    pub fn text(&mut self, ui: &mut egui::Ui, label: &str, value: &mut String, path: &str) {
        let label = ui.label(label);
        let r = ui
            .add(
                egui::TextEdit::multiline(value)
                    .desired_rows(2)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        self.took(&r);
        self.problems_at(ui, path);
    }

    /// An optional text: empty means there is none (`None` in the file).
    pub fn optional(
        &mut self,
        ui: &mut egui::Ui,
        label: &str,
        value: &mut Option<String>,
        path: &str,
    ) {
        let mut text = value.clone().unwrap_or_default();
        self.text(ui, label, &mut text, path);
        let new = (!text.trim().is_empty()).then_some(text);
        if new != *value {
            *value = new;
        }
    }

    /// A whole number, typed (digits; spaces and thousands commas are fine).
    pub fn count(&mut self, ui: &mut egui::Ui, label: &str, value: &mut i64, path: &str) {
        let parse = |t: &str| {
            let digits: String = t
                .chars()
                .filter(|c| !matches!(c, ' ' | ',' | '_'))
                .collect();
            digits.parse::<i64>().map_err(|_| {
                format!(
                    "{:?} is not a whole number; type digits, such as 99",
                    t.trim()
                )
            })
        };
        if let Some(n) = self.typed(ui, label, value.to_string(), parse)
            && n != *value
        {
            *value = n;
        }
        self.problems_at(ui, path);
    }

    /// A value typed as text: what does not parse stays in the field with why, and the
    /// item keeps its last good value. Returns the parsed value when the text changed.
    fn typed<T>(
        &mut self,
        ui: &mut egui::Ui,
        label: &str,
        current: String,
        parse: impl Fn(&str) -> Result<T, String>,
    ) -> Option<T> {
        let label = ui.label(label);
        let id = label.id.with("typed");
        let mut typed = ui.data(|d| d.get_temp::<String>(id)).unwrap_or(current);
        let r = ui
            .add(egui::TextEdit::singleline(&mut typed).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        let parsed = parse(&typed);
        let ok = parsed.is_ok();
        let out = match parsed {
            Ok(value) if r.changed() => {
                self.took(&r);
                Some(value)
            }
            Ok(_) => None,
            Err(why) => {
                problem_line(ui, &why);
                None
            }
        };
        // Kept while typed or while it does not parse; otherwise the data's own.
        if r.has_focus() || !ok {
            ui.data_mut(|d| d.insert_temp(id, typed));
        } else {
            ui.data_mut(|d| d.remove::<String>(id));
        }
        out
    }

    /// One of a fixed set of choices, by their names.
    pub fn pick<T: Copy + PartialEq>(
        &mut self,
        ui: &mut egui::Ui,
        label: &str,
        value: &mut T,
        choices: &[(T, &str)],
    ) {
        let shown = choices
            .iter()
            .find(|(c, _)| c == value)
            .map_or("", |(_, name)| *name);
        let before = *value;
        ui.horizontal(|ui| {
            let name = ui.label(label);
            let r = egui::ComboBox::from_id_salt(label)
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    for (choice, name) in choices {
                        ui.selectable_value(value, *choice, *name);
                    }
                })
                .response
                .labelled_by(name.id);
            if *value != before {
                self.run = Some(r.id.value());
            }
        });
    }

    /// A date as people type it: "2023", "2023-10", "2023-10-12", or a range such as
    /// "2022-06-01..2022-06-02". What does not parse stays in the field, with why,
    /// and the item keeps its last good date.
    pub fn date(
        &mut self,
        ui: &mut egui::Ui,
        label: &str,
        date: &mut PartialDate,
        end: Option<&mut Option<PartialDate>>,
        path: &str,
    ) {
        let ranged = end.is_some();
        let current = match &end {
            Some(end) => PartialDate::range_iso(date, end.as_ref()),
            None => date.iso(),
        };
        let parse = |t: &str| match parse_range(t)? {
            (_, Some(_)) if !ranged => Err("this date cannot be a range".to_owned()),
            parsed => Ok(parsed),
        };
        if let Some((start, stop)) = self.typed(ui, label, current, parse) {
            *date = start;
            if let Some(end) = end {
                *end = stop;
            }
        }
        ui.label(
            RichText::new(
                "A year, a month or a day: 2023, 2023-10, 2023-10-12; a range: 2022-06-01..2022-06-02",
            )
            .small()
            .color(theme::weak_text(ui.visuals())),
        );
        self.problems_at(ui, path);
    }

    /// Sources as a list of label and address, each removable, with one to add.
    pub fn sources(&mut self, ui: &mut egui::Ui, sources: &mut Vec<Source>, path: &str) {
        ui.label(RichText::new("Sources").strong());
        let mut remove = None;
        for (i, source) in sources.iter_mut().enumerate() {
            let at = format!("{path}[{i}]");
            ui.push_id(i, |ui| {
                self.line(
                    ui,
                    &format!("Source {} label", i + 1),
                    &mut source.label,
                    &format!("{at}.label"),
                );
                self.line(
                    ui,
                    &format!("Source {} address", i + 1),
                    &mut source.url,
                    &format!("{at}.url"),
                );
                self.problems_at(ui, &at);
                if ui.button(format!("Remove source {}", i + 1)).clicked() {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            sources.remove(i);
            self.run = None;
        }
        if ui.button("Add a source").clicked() {
            sources.push(Source::default());
            self.run = None;
        }
    }

    /// Points of text (bullets, highlights), each removable, with one to add.
    pub fn points(&mut self, ui: &mut egui::Ui, name: &str, points: &mut Vec<String>, path: &str) {
        let mut remove = None;
        for (i, point) in points.iter_mut().enumerate() {
            ui.push_id(i, |ui| {
                self.text(
                    ui,
                    &format!("{name} {}", i + 1),
                    point,
                    &format!("{path}[{i}]"),
                );
                if ui
                    .small_button(format!("Remove {} {}", name.to_lowercase(), i + 1))
                    .clicked()
                {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            points.remove(i);
            self.run = None;
        }
        if ui
            .button(format!("Add a {}", name.to_lowercase()))
            .clicked()
        {
            points.push(String::new());
            self.run = None;
        }
    }
}

/// A problem beside its field, in the theme's error colour, read out with it.
pub fn problem_line(ui: &mut egui::Ui, message: &str) {
    ui.label(RichText::new(format!("⚠ {message}")).color(theme::error_text(ui.visuals())));
}

/// A date or a range as typed: its start and, for a range, its end.
pub fn parse_range(text: &str) -> Result<(PartialDate, Option<PartialDate>), String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("a date is needed: 2023, 2023-10 or 2023-10-12".into());
    }
    let split = ["..", "–", "—", " to ", "/"]
        .iter()
        .find_map(|sep| text.split_once(sep));
    let one = |t: &str| -> Result<PartialDate, String> {
        t.trim().parse::<PartialDate>().map_err(|e| e.to_string())
    };
    match split {
        Some((a, b)) => {
            let (start, end) = (one(a)?, one(b)?);
            if end < start {
                return Err(format!(
                    "the range ends ({}) before it starts ({})",
                    end.iso(),
                    start.iso()
                ));
            }
            Ok((start, Some(end)))
        }
        None => Ok((one(text)?, None)),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_range;

    #[test]
    fn dates_and_ranges_parse_as_typed() {
        let iso = |t: &str| {
            parse_range(t).map(|(a, b)| crate::model::PartialDate::range_iso(&a, b.as_ref()))
        };
        assert_eq!(iso("2023"), Ok("2023".into()));
        assert_eq!(iso(" 2023-10 "), Ok("2023-10".into()));
        assert_eq!(
            iso("2022-06-01..2022-06-02"),
            Ok("2022-06-01..2022-06-02".into())
        );
        assert_eq!(
            iso("2022-06-01 – 2022-06-02"),
            Ok("2022-06-01..2022-06-02".into())
        );
        assert!(iso("2023-13").is_err());
        assert!(iso("").is_err());
        assert!(iso("2022-06-02..2022-06-01").is_err());
        assert!(iso("June 2023").is_err());
    }
}
