//! The growth of the membership: only the dates with a known total, each listed with
//! what was counted and its source. Nothing is drawn as if known between them.

use eframe::egui::{self, RichText, Sense};
use egui_plot::{Corner, Legend, Line, LineStyle, MarkerShape, Plot, PlotPoint, Points, Text};

use super::linked::{go_to_point, marker_description, selection_marker, show_on_timeline};
use super::plot::{GRID_MIN, still, whole, whole_steps};
use crate::actions::Actions;
use crate::model::{Alliance, MembershipPoint, Milestone};
use crate::theme;
use crate::widgets::heading;
use crate::widgets::source_link;

/// The known totals over time: points only where a figure is known. The `selected`
/// milestone is marked at its date; clicking a point shows its date's milestone on the
/// timeline.
pub(super) fn growth(
    ui: &mut egui::Ui,
    data: &Alliance,
    selected: Option<&Milestone>,
    actions: &mut Actions,
) {
    let m = &data.membership;
    heading(ui, "Growth of the membership");
    let weak = theme::weak_text(ui.visuals());
    if m.history.is_empty() {
        ui.label("The data has no dated totals, so there is no growth to show.");
        return;
    }
    let mut points: Vec<&MembershipPoint> = m.history.iter().collect();
    points.sort_by(|a, b| {
        a.date
            .start_year_fraction()
            .total_cmp(&b.date.start_year_fraction())
    });
    ui.label(
        RichText::new("Only dates with a known total are drawn; nothing is assumed between them.")
            .color(weak),
    );
    if let Some(change) = unit_change(&points) {
        ui.label(RichText::new(change).color(weak));
    }
    growth_plot(ui, data, &points, selected, actions);
    ui.add_space(theme::space::ITEM);
    for p in &points {
        point_entry(ui, p, &data.milestones, actions);
        ui.add_space(theme::space::SMALL);
    }
}

/// "What was counted changes: countries (2012–2013), then members (2022)." when the
/// unit is not the same for every point.
fn unit_change(points: &[&MembershipPoint]) -> Option<String> {
    let mut runs: Vec<(&str, i32, i32)> = Vec::new();
    for p in points {
        let year = p.date.year_number();
        match runs.last_mut() {
            Some((unit, _, last)) if *unit == p.unit.as_str() => *last = year,
            _ => runs.push((p.unit.as_str(), year, year)),
        }
    }
    if runs.len() < 2 {
        return None;
    }
    let parts: Vec<String> = runs
        .iter()
        .map(|(unit, a, b)| {
            if a == b {
                format!("{unit} ({a})")
            } else {
                format!("{unit} ({a}–{b})")
            }
        })
        .collect();
    Some(format!(
        "What was counted changes: {}.",
        parts.join(", then ")
    ))
}

fn growth_plot(
    ui: &mut egui::Ui,
    data: &Alliance,
    points: &[&MembershipPoint],
    selected: Option<&Milestone>,
    actions: &mut Actions,
) {
    let m = &data.membership;
    let visuals = ui.visuals().clone();
    let total_color = visuals.strong_text_color();
    let gov_color = m
        .groups
        .iter()
        .position(|g| g.kind == "governments")
        .map_or(theme::series(0), theme::series);
    let xs: Vec<f64> = points
        .iter()
        .map(|p| p.date.start_year_fraction())
        .collect();
    let totals: Vec<[f64; 2]> = points
        .iter()
        .zip(&xs)
        .map(|(p, x)| [*x, p.total.max(0) as f64])
        .collect();
    let governments: Vec<[f64; 2]> = points
        .iter()
        .zip(&xs)
        .filter_map(|(p, x)| p.governments.map(|g| [*x, g.max(0) as f64]))
        .collect();
    // The selected milestone's date is in view even when no point is near it.
    let marked = selected.map(|s| s.date.start_year_fraction());
    let first = xs.first().copied().unwrap_or(2012.0);
    let first = marked.map_or(first, |x| first.min(x)).floor();
    let last = xs.last().copied().unwrap_or(2022.0);
    let last = marked.map_or(last, |x| last.max(x)).ceil().max(first + 1.0);
    let top = points
        .iter()
        .map(|p| p.total.max(p.governments.unwrap_or(0)))
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let description = points
        .iter()
        .map(|p| format!("{} {} ({})", p.total, p.unit, p.date.long()))
        .collect::<Vec<_>>()
        .join("; ")
        + &marker_description(selected);

    let plot = still(Plot::new("membership_growth"))
        .height(280.0)
        .legend(
            Legend::default()
                .text_style(egui::TextStyle::Name(theme::text::LEGEND_STYLE.into()))
                .position(Corner::LeftTop)
                .follow_insertion_order(true),
        )
        .grid_spacing(egui::Rangef::new(GRID_MIN as f32, 300.0))
        .x_grid_spacer(whole_steps)
        .y_grid_spacer(whole_steps)
        .default_x_bounds(first - 0.5, last + 0.8)
        .default_y_bounds(0.0, top * 1.3)
        .y_axis_label("Count")
        .x_axis_formatter(|mark, _| whole(mark))
        .y_axis_formatter(|mark, _| whole(mark))
        .sense(Sense::click())
        .show(ui, |plot_ui| {
            draw_series(
                plot_ui,
                &Series {
                    points,
                    totals: &totals,
                    governments: &governments,
                    total_color,
                    gov_color,
                    line_color: theme::weak_text(&visuals),
                    text_color: visuals.text_color(),
                },
            );
            if let Some(s) = selected {
                let colors = (visuals.selection.stroke.color, visuals.strong_text_color());
                selection_marker(plot_ui, s, colors);
            }
        });

    plot.response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            format!("Growth chart: {description}"),
        )
    });
    let near = plot
        .response
        .hover_pos()
        .and_then(|pos| nearest_point(&plot, points, pos));
    if let Some(p) = near {
        plot.response
            .clone()
            .on_hover_ui_at_pointer(|ui| point_tooltip(ui, p));
        if plot.response.clicked() {
            go_to_point(p, &data.milestones, actions);
        }
    }
}

/// What the growth chart draws, and in which colours.
struct Series<'a> {
    points: &'a [&'a MembershipPoint],
    totals: &'a [[f64; 2]],
    governments: &'a [[f64; 2]],
    total_color: egui::Color32,
    gov_color: egui::Color32,
    line_color: egui::Color32,
    text_color: egui::Color32,
}

/// The known totals and government counts, the dashed line between them, and each
/// point's figure as a label.
fn draw_series(plot_ui: &mut egui_plot::PlotUi<'_>, series: &Series<'_>) {
    // Ten points of screen space, in plot units, to lift labels off their markers.
    let [dx, dy] = plot_ui.transform().dvalue_dpos().map(|d| d.abs() * 10.0);
    plot_ui.points(
        Points::new("Known totals", series.totals.to_vec())
            .id("totals")
            .shape(MarkerShape::Circle)
            .radius(6.0)
            .color(series.total_color)
            .allow_hover(false),
    );
    if !series.governments.is_empty() {
        plot_ui.points(
            Points::new("Governments", series.governments.to_vec())
                .id("governments")
                .shape(MarkerShape::Diamond)
                .radius(7.0)
                .color(series.gov_color)
                .allow_hover(false),
        );
    }
    if series.totals.len() > 1 {
        plot_ui.line(
            Line::new("gap: no data between known points", series.totals.to_vec())
                .color(series.line_color)
                .style(LineStyle::dashed_loose())
                .width(1.5)
                .allow_hover(false),
        );
    }
    for p in series.points {
        let x = p.date.start_year_fraction();
        let y = p.total.max(0) as f64;
        plot_ui.text(
            Text::new(
                "",
                PlotPoint::new(x, y + dy),
                RichText::new(p.total.to_string()).size(theme::text::CAPTION),
            )
            .id("totals")
            .anchor(egui::Align2::CENTER_BOTTOM)
            .color(series.total_color)
            .allow_hover(false),
        );
        if let Some(g) = p.governments.filter(|g| *g != p.total) {
            plot_ui.text(
                // To the left: the newest point sits near the right edge.
                Text::new(
                    "",
                    PlotPoint::new(x - dx, g.max(0) as f64),
                    RichText::new(format!("{g} governments")).size(theme::text::CAPTION),
                )
                .id("governments")
                .anchor(egui::Align2::RIGHT_CENTER)
                .color(series.text_color)
                .allow_hover(false),
            );
        }
    }
}

/// The known point whose mark (its total or its governments) is nearest `pos`, if one
/// is within 14 points: the one a hover explains and a click follows.
fn nearest_point<'a>(
    plot: &egui_plot::PlotResponse<()>,
    points: &[&'a MembershipPoint],
    pos: egui::Pos2,
) -> Option<&'a MembershipPoint> {
    points
        .iter()
        .flat_map(|p| {
            let x = p.date.start_year_fraction();
            let mut marks = vec![(p, p.total.max(0) as f64)];
            marks.extend(p.governments.map(|g| (p, g.max(0) as f64)));
            marks.into_iter().map(move |(p, y)| (*p, x, y))
        })
        .map(|(p, x, y)| {
            (
                p,
                plot.transform
                    .position_from_point(&PlotPoint::new(x, y))
                    .distance(pos),
            )
        })
        .filter(|(_, d)| *d <= 14.0)
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(p, _)| p)
}

fn point_tooltip(ui: &mut egui::Ui, p: &MembershipPoint) {
    ui.set_max_width(380.0);
    ui.label(RichText::new(format!("{} · {} {}", p.date.long(), p.total, p.unit)).strong());
    ui.add(egui::Label::new(&p.label).wrap());
    if let Some(g) = p.governments {
        ui.label(format!("Governments: {g}"));
    }
    if let Some(note) = &p.note {
        ui.add(egui::Label::new(RichText::new(note).color(theme::weak_text(ui.visuals()))).wrap());
    }
    match &p.source {
        Some(s) => ui.add(egui::Label::new(format!("Source: {}", s.label)).wrap()),
        None => ui.label("No public source is given for this figure."),
    };
}

/// One known point in the list under the chart: date, total, what it was, its note,
/// its source as a link, and the way to its date's milestone on the timeline.
fn point_entry(
    ui: &mut egui::Ui,
    p: &MembershipPoint,
    milestones: &[Milestone],
    actions: &mut Actions,
) {
    let weak = theme::weak_text(ui.visuals());
    ui.label(RichText::new(format!("{} · {} {}", p.date.long(), p.total, p.unit)).strong());
    let mut line = p.label.clone();
    if let Some(g) = p.governments {
        line.push_str(&format!(" · governments: {g}"));
    }
    ui.add(egui::Label::new(line).wrap());
    if let Some(note) = &p.note {
        ui.add(egui::Label::new(RichText::new(note).color(weak)).wrap());
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Source:").color(weak));
        match &p.source {
            Some(s) => {
                source_link(ui, &s.label, &s.url, actions);
                if s.archived {
                    crate::widgets::provenance::archived_tag(ui);
                }
            }
            None => {
                ui.label(
                    RichText::new("as stated in the deck; no public source found").color(weak),
                );
            }
        }
    });
    show_on_timeline(ui, p, milestones, actions);
}

#[cfg(test)]
mod tests {
    use super::unit_change;
    use crate::model::{MembershipPoint, PartialDate};

    fn point(year: i32, unit: &str) -> MembershipPoint {
        let Ok(date) = PartialDate::year(year) else {
            panic!("{year} is a year");
        };
        MembershipPoint {
            date,
            total: 1,
            unit: unit.to_owned(),
            label: String::new(),
            governments: None,
            note: None,
            source: None,
        }
    }

    fn change(points: &[(i32, &str)]) -> Option<String> {
        let points: Vec<MembershipPoint> = points.iter().map(|(y, u)| point(*y, u)).collect();
        unit_change(&points.iter().collect::<Vec<_>>())
    }

    #[test]
    fn a_change_of_unit_is_said_with_the_years_of_each() {
        assert_eq!(
            change(&[(2012, "countries"), (2013, "countries"), (2022, "members")]).as_deref(),
            Some("What was counted changes: countries (2012–2013), then members (2022).")
        );
        assert_eq!(
            change(&[(2012, "countries"), (2015, "members"), (2018, "countries")]).as_deref(),
            Some(
                "What was counted changes: countries (2012), then members (2015), then countries (2018)."
            )
        );
    }

    #[test]
    fn one_unit_throughout_needs_no_sentence() {
        assert_eq!(change(&[(2012, "members"), (2022, "members")]), None);
        assert_eq!(change(&[]), None);
    }
}
