//! Membership: who the members are as of the data's date (bars, a donut, a table, with
//! shares that add up to 100.0%) and how the count grew (only the known points, each
//! with its source; nothing invented between them).
//!
//! Hovering a group anywhere (a bar, a slice, its legend entry) lights it everywhere;
//! clicking it, or pressing Enter on its legend entry, opens its details on the right.
//! Esc closes them.

use eframe::egui::{self, Color32, FontId, Key, RichText, Sense, Stroke, pos2};
use egui_plot::{
    Bar, BarChart, Corner, GridInput, GridMark, Legend, Line, LineStyle, MarkerShape, Plot,
    PlotPoint, Points, Text,
};

use crate::actions::{Action, Actions};
use crate::model::shares::{group_shares, percent};
use crate::model::{Alliance, MemberGroup, Membership, MembershipPoint};
use crate::theme;
use crate::views::heading;
use crate::widgets::donut::{Donut, Slice};
use crate::widgets::{LegendChip, label_and_figures, source_link};

/// Above this many groups a donut's slices get too thin to compare: bars only.
pub const MAX_DONUT_GROUPS: usize = 6;
/// The sentence under the breakdown; the table's shares are what it promises.
pub const ROUNDING_NOTE: &str = "Shares are rounded to add up to 100.0% (largest remainder).";

/// The table as CSV; built in the model, where it is tested without a screen.
pub use crate::model::csv::membership_table as csv;

const BAR_THICKNESS: f64 = 0.42;
const ROW_HEIGHT: f32 = 54.0;
/// The donut's diameter: as tall as the bars beside it, within these bounds.
const DONUT_SIZE: std::ops::RangeInclusive<f32> = 240.0..=300.0;
const LABEL_FONT: f32 = 14.0;

/// The view's own state; nothing of it is saved between runs.
#[derive(Debug, Default)]
pub struct State {
    /// The kind of the group whose details are open.
    pub selected: Option<String>,
    /// The kind of the group under the pointer in the last frame (bar, slice or legend).
    pub highlighted: Option<String>,
    pub show_table: bool,
}

/// One group with its figures, ready to draw.
struct Row<'a> {
    group: &'a MemberGroup,
    count: i64,
    tenths: i64,
    color: Color32,
}

impl Row<'_> {
    /// ": 99 (47.1%)"
    fn figures(&self) -> String {
        format!(": {} ({})", self.count, percent(self.tenths))
    }

    /// "Governments: 99 (47.1%)", the legend entry's accessible label.
    fn caption(&self) -> String {
        format!("{}{}", self.group.label, self.figures())
    }
}

/// The groups with their counts (negative ones as 0) and shares, and the total.
fn rows(m: &Membership) -> (Vec<Row<'_>>, i64) {
    let (shares, total) = group_shares(&m.groups);
    let rows = m
        .groups
        .iter()
        .zip(shares)
        .enumerate()
        .map(|(i, (group, share))| Row {
            group,
            count: share.count,
            tenths: share.tenths,
            color: theme::series(i),
        })
        .collect();
    (rows, total)
}

/// Where the pointer was and what was clicked while drawing, by group index.
#[derive(Default)]
struct Pointer {
    hovered: Option<usize>,
    clicked: Option<usize>,
}

impl Pointer {
    fn merge(&mut self, hovered: Option<usize>, clicked: Option<usize>) {
        self.hovered = self.hovered.or(hovered);
        self.clicked = self.clicked.or(clicked);
    }
}

pub fn show(ui: &mut egui::Ui, data: &Alliance, state: &mut State, actions: &mut Actions) {
    let m = &data.membership;
    let (rows, total) = rows(m);
    let find = |kind: Option<&str>| kind.and_then(|k| rows.iter().position(|r| r.group.kind == k));

    if state.selected.is_some()
        && !ui.ctx().egui_wants_keyboard_input()
        && ui.input(|i| i.key_pressed(Key::Escape))
    {
        state.selected = None;
    }
    let selected = find(state.selected.as_deref());
    let highlighted = find(state.highlighted.as_deref());

    if let Some(row) = selected.and_then(|i| rows.get(i)) {
        let mut close = false;
        egui::Panel::right("membership_detail")
            .resizable(true)
            .default_size(340.0)
            .size_range(260.0..=560.0)
            .show(ui, |ui| close = detail(ui, m, row, total, actions));
        if close {
            state.selected = None;
        }
    }

    let mut pointer = Pointer::default();
    egui::ScrollArea::vertical()
        .id_salt("membership")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            toolbar(ui, m, total, state, actions);
            ui.add_space(6.0);
            if rows.is_empty() {
                ui.label("The data lists no member groups, so there is no breakdown to show.");
            } else {
                breakdown(ui, &rows, total, selected, highlighted, &mut pointer);
                if state.show_table {
                    ui.add_space(8.0);
                    table(ui, m, &rows, total, actions);
                }
                ui.label(RichText::new(ROUNDING_NOTE).color(theme::weak_text(ui.visuals())));
            }
            ui.add_space(18.0);
            ui.separator();
            growth(ui, m, actions);
        });

    apply_pointer(ui, state, &rows, &pointer);
}

/// Takes what the pointer did to the charts into the view's state.
fn apply_pointer(ui: &egui::Ui, state: &mut State, rows: &[Row<'_>], pointer: &Pointer) {
    if let Some(row) = pointer.clicked.and_then(|i| rows.get(i)) {
        state.selected = Some(row.group.kind.clone());
    }
    let now = pointer
        .hovered
        .and_then(|i| rows.get(i))
        .map(|r| r.group.kind.clone());
    if now != state.highlighted {
        // One more frame so every chart lights the same group; not a running animation.
        state.highlighted = now;
        ui.ctx().request_repaint();
    }
}

/// The breakdown alone (legend, bars and donut), as the presenter's membership slide
/// shows it: the same interactive charts as the view.
pub fn breakdown_slide(ui: &mut egui::Ui, data: &Alliance, state: &mut State) {
    let (rows, total) = rows(&data.membership);
    if rows.is_empty() {
        ui.label("The data lists no member groups.");
        return;
    }
    let find = |kind: Option<&str>| kind.and_then(|k| rows.iter().position(|r| r.group.kind == k));
    let selected = find(state.selected.as_deref());
    let highlighted = find(state.highlighted.as_deref());
    let mut pointer = Pointer::default();
    breakdown(ui, &rows, total, selected, highlighted, &mut pointer);
    apply_pointer(ui, state, &rows, &pointer);
}

fn toolbar(
    ui: &mut egui::Ui,
    m: &Membership,
    total: i64,
    state: &mut State,
    actions: &mut Actions,
) {
    ui.horizontal_wrapped(|ui| {
        heading(ui, "Members by type");
        let when = m.as_of.map_or_else(
            || "Date not given".to_owned(),
            |d| format!("As of {}", d.long()),
        );
        let noun = if total == 1 { "member" } else { "members" };
        ui.label(
            RichText::new(format!("{when} · {total} {noun} in all"))
                .color(theme::weak_text(ui.visuals())),
        );
        ui.separator();
        ui.toggle_value(&mut state.show_table, "Show table")
            .on_hover_text("Show the same figures as a table you can copy");
        if ui
            .button("Export as PNG")
            .on_hover_text("Save this view as a picture in your Pictures folder (Ctrl+Shift+S)")
            .clicked()
        {
            actions.push(Action::ExportPng);
        }
    });
}

/// The legend, the bars and (for a few groups) the donut.
fn breakdown(
    ui: &mut egui::Ui,
    rows: &[Row<'_>],
    total: i64,
    selected: Option<usize>,
    highlighted: Option<usize>,
    pointer: &mut Pointer,
) {
    let weak = theme::weak_text(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        let max_width = (ui.available_width() - 8.0).clamp(120.0, 420.0);
        for (i, r) in rows.iter().enumerate() {
            let response = LegendChip {
                id: egui::Id::unique(("membership_legend", &r.group.kind, i)),
                color: r.color,
                label: &r.group.label,
                figures: &r.figures(),
                accessible: &r.caption(),
                selected: Some(i) == selected,
                highlighted: Some(i) == highlighted,
                max_width,
            }
            .show(ui)
            .on_hover_ui(|ui| tooltip(ui, r, total));
            pointer.merge(
                response.hovered().then_some(i),
                response.clicked().then_some(i),
            );
        }
    });
    ui.add_space(4.0);
    let lit = pointer.hovered.or(highlighted);
    let donut = rows.len() <= MAX_DONUT_GROUPS && total > 0;
    if total == 0 {
        ui.label(
            RichText::new("No members are counted (every group has 0), so there is nothing to divide: every share is 0.0%.")
                .color(weak),
        );
    } else if !donut {
        ui.label(RichText::new(format!(
            "With {} groups the donut chart is left out: its slices would be too thin to compare. The bars show every group.",
            rows.len()
        ))
        .color(weak));
    }
    let width = ui.available_width();
    let diameter = bars_height(rows.len()).clamp(*DONUT_SIZE.start(), *DONUT_SIZE.end());
    if donut && width >= 640.0 {
        ui.horizontal_top(|ui| {
            bars(
                ui,
                rows,
                total,
                selected,
                lit,
                width - diameter - 40.0,
                pointer,
            );
            ui.add_space(12.0);
            donut_chart(ui, rows, total, selected, lit, diameter, pointer);
        });
    } else {
        bars(ui, rows, total, selected, lit, width, pointer);
        if donut {
            donut_chart(ui, rows, total, selected, lit, diameter, pointer);
        }
    }
}

/// A chart that stays put: figures are read, not explored, so no zoom, drag or
/// crosshair gets in the way of clicking a bar or a point.
fn still(plot: Plot<'_>) -> Plot<'_> {
    plot.allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .allow_axis_zoom_drag(false)
        .show_x(false)
        .show_y(false)
        .show_crosshair(false)
}

fn bars_height(groups: usize) -> f32 {
    groups as f32 * ROW_HEIGHT + 44.0
}

/// The plot's y position of the `i`-th of `n` groups: the first at the top.
fn bar_row(i: usize, n: usize) -> f64 {
    n.saturating_sub(1 + i) as f64
}

/// The closest two grid lines may be, in points (the plots' `grid_spacing`).
const GRID_MIN: f64 = 24.0;

/// Grid marks at one "nice" step (1, 2 or 5 × 10ⁿ, never below 1) about 80 points
/// apart. egui_plot fades the labels of finer steps to a grey that fails WCAG AA; with a
/// single step every label is drawn in the full text colour.
fn whole_steps(input: GridInput) -> Vec<GridMark> {
    let want = input.base_step_size * 80.0 / GRID_MIN;
    let mut step = 1.0_f64;
    for k in 0..60 {
        if step >= want || !want.is_finite() {
            break;
        }
        step *= if k % 3 == 1 { 2.5 } else { 2.0 };
    }
    let (lo, hi) = input.bounds;
    let first = (lo / step).ceil();
    (0..200)
        .map(|i| (first + f64::from(i)) * step)
        .take_while(|v| *v <= hi)
        .map(|value| GridMark {
            value,
            step_size: step,
        })
        .collect()
}

/// Grid labels for counts: whole numbers only (a scale of 0 to 1 would show 0.2, 0.4…).
fn whole(mark: GridMark) -> String {
    if mark.value.fract().abs() < 1e-9 && mark.value >= 0.0 {
        format!("{:.0}", mark.value)
    } else {
        String::new()
    }
}

fn bars(
    ui: &mut egui::Ui,
    rows: &[Row<'_>],
    total: i64,
    selected: Option<usize>,
    lit: Option<usize>,
    width: f32,
    pointer: &mut Pointer,
) {
    let n = rows.len();
    let text = ui.visuals().text_color();
    let max = rows.iter().map(|r| r.count).max().unwrap_or(0).max(1) as f64;
    let bars: Vec<Bar> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let stroke = if Some(i) == lit || Some(i) == selected {
                Stroke::new(2.5, text)
            } else {
                Stroke::new(1.0, r.color)
            };
            Bar::new(bar_row(i, n), r.count as f64)
                .width(BAR_THICKNESS)
                .fill(r.color)
                .stroke(stroke)
                .name(&r.group.label)
        })
        .collect();
    let chart = BarChart::new("Members by type", bars)
        .horizontal()
        .allow_hover(false);
    let plot = still(Plot::new("membership_bars"))
        .width(width.max(120.0))
        .height(bars_height(n))
        .show_axes([true, false])
        .show_grid([true, false])
        .grid_spacing(egui::Rangef::new(GRID_MIN as f32, 300.0))
        .x_grid_spacer(whole_steps)
        .default_x_bounds(0.0, max * 1.04)
        .default_y_bounds(-0.4, n as f64 - 0.3)
        .x_axis_label("Members")
        .x_axis_formatter(|mark, _| whole(mark))
        .sense(Sense::CLICK)
        .show(ui, |plot_ui| plot_ui.bar_chart(chart));

    let transform = plot.transform;
    let frame = *transform.frame();
    let painter = ui.painter_at(frame);
    let font = FontId::proportional(LABEL_FONT);
    for (i, r) in rows.iter().enumerate() {
        let base = transform
            .position_from_point(&PlotPoint::new(0.0, bar_row(i, n) + BAR_THICKNESS / 2.0));
        let left = base.x + 4.0;
        let (name, figs) = label_and_figures(
            ui,
            &r.group.label,
            &r.figures(),
            &font,
            text,
            frame.right() - left - 8.0,
        );
        let top = base.y - 3.0 - name.size().y;
        let name_width = name.size().x;
        painter.galley(pos2(left, top), name, text);
        painter.galley(pos2(left + name_width, top), figs, text);
    }

    let row_at = |pos: Option<egui::Pos2>| {
        let y = transform.value_from_position(pos?).y.round();
        (0.0..n as f64).contains(&y).then(|| n - 1 - y as usize)
    };
    let hovered = row_at(plot.response.hover_pos());
    let clicked = if plot.response.clicked() {
        row_at(plot.response.interact_pointer_pos())
    } else {
        None
    };
    let summary = rows.iter().map(Row::caption).collect::<Vec<_>>().join("; ");
    plot.response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            format!("Bar chart of members by type: {summary}"),
        )
    });
    if let Some(r) = hovered.and_then(|i| rows.get(i)) {
        plot.response
            .on_hover_ui_at_pointer(|ui| tooltip(ui, r, total));
    }
    pointer.merge(hovered, clicked);
}

fn donut_chart(
    ui: &mut egui::Ui,
    rows: &[Row<'_>],
    total: i64,
    selected: Option<usize>,
    lit: Option<usize>,
    diameter: f32,
    pointer: &mut Pointer,
) {
    let slices: Vec<Slice> = rows
        .iter()
        .map(|r| Slice {
            value: r.count,
            color: r.color,
            text: percent(r.tenths),
        })
        .collect();
    let summary = rows.iter().map(Row::caption).collect::<Vec<_>>().join("; ");
    let description = format!("Donut chart of members by type: {summary}; {total} in all");
    let out = Donut {
        slices: &slices,
        center: total.to_string(),
        center_caption: if total == 1 { "member" } else { "members" }.to_owned(),
        highlighted: lit,
        selected,
        diameter,
        description: &description,
    }
    .show(ui);
    if let Some(r) = out.hovered.and_then(|i| rows.get(i)) {
        out.response
            .on_hover_ui_at_pointer(|ui| tooltip(ui, r, total));
    }
    pointer.merge(out.hovered, out.clicked);
}

fn tooltip(ui: &mut egui::Ui, r: &Row<'_>, total: i64) {
    ui.set_max_width(360.0);
    ui.add(egui::Label::new(RichText::new(&r.group.label).strong()).wrap());
    ui.label(format!("{} of {total} members", r.count));
    ui.label(format!("{} of the total", percent(r.tenths)));
    ui.label(RichText::new("Click for details").color(theme::weak_text(ui.visuals())));
}

/// The side panel for one group. Returns whether it asked to close.
fn detail(
    ui: &mut egui::Ui,
    m: &Membership,
    r: &Row<'_>,
    total: i64,
    actions: &mut Actions,
) -> bool {
    let mut close = false;
    let weak = theme::weak_text(ui.visuals());
    egui::ScrollArea::vertical()
        .id_salt("membership_detail_scroll")
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                ui.label(RichText::new("Member group").color(weak));
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    close = ui
                        .button("Close")
                        .on_hover_text("Close the details (Esc)")
                        .clicked();
                });
            });
            ui.horizontal_wrapped(|ui| {
                let (rect, _) = ui.allocate_exact_size(egui::vec2(16.0, 16.0), Sense::hover());
                ui.painter().rect(
                    rect,
                    3.0,
                    r.color,
                    Stroke::new(1.0, weak),
                    egui::StrokeKind::Inside,
                );
                ui.add(egui::Label::new(RichText::new(&r.group.label).size(20.0).strong()).wrap());
            });
            ui.add_space(6.0);
            ui.label(RichText::new(format!("Members: {}", r.count)).size(18.0));
            let share = if total > 0 {
                format!(
                    "Share of the total: {} of {total} members",
                    percent(r.tenths)
                )
            } else {
                "Share of the total: 0.0% (no members are counted)".to_owned()
            };
            ui.label(RichText::new(share).size(16.0));
            if !r.group.description.trim().is_empty() {
                ui.add_space(6.0);
                ui.add(egui::Label::new(&r.group.description).wrap());
            }
            ui.add_space(8.0);
            let when = m.as_of.map_or_else(
                || "Date not given".to_owned(),
                |d| format!("As of {}", d.long()),
            );
            ui.label(RichText::new(when).strong());
            ui.add_space(6.0);
            ui.label(RichText::new("Source").strong());
            match &m.source {
                Some(s) => source_link(ui, &s.label, &s.url, actions),
                None => {
                    ui.label(
                        RichText::new("No public source is given for these figures.").color(weak),
                    );
                }
            }
            if let Some(note) = &m.note {
                ui.add_space(4.0);
                ui.add(egui::Label::new(note.as_str()).wrap());
            }
        });
    close
}

fn table(ui: &mut egui::Ui, m: &Membership, rows: &[Row<'_>], total: i64, actions: &mut Actions) {
    egui::Frame::group(ui.style())
        .inner_margin(10.0)
        .show(ui, |ui| {
            egui::Grid::new("membership_table")
                .num_columns(4)
                .striped(true)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    ui.label("");
                    ui.label(RichText::new("Type").strong());
                    ui.label(RichText::new("Members").strong());
                    ui.label(RichText::new("Share").strong());
                    ui.end_row();
                    for r in rows {
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(12.0, 12.0), Sense::hover());
                        ui.painter().rect_filled(rect, 2.0, r.color);
                        // The whole label, wrapped: the table is where a long name is read in full.
                        ui.scope(|ui| {
                            ui.set_max_width(460.0);
                            ui.add(egui::Label::new(&r.group.label).wrap());
                        });
                        ui.label(r.count.to_string());
                        ui.label(percent(r.tenths));
                        ui.end_row();
                    }
                    let shares: i64 = rows.iter().map(|r| r.tenths).sum();
                    ui.label("");
                    ui.label(RichText::new("Total").strong());
                    ui.label(RichText::new(total.to_string()).strong());
                    ui.label(RichText::new(percent(shares)).strong());
                    ui.end_row();
                });
            ui.add_space(6.0);
            if ui
                .button("Copy as CSV")
                .on_hover_text("Copy the table as comma-separated values")
                .clicked()
            {
                actions.push(Action::Copy {
                    text: csv(m),
                    what: "the table as CSV".into(),
                });
            }
        });
}

/// The known totals over time: points only where a figure is known.
fn growth(ui: &mut egui::Ui, m: &Membership, actions: &mut Actions) {
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
    growth_plot(ui, m, &points);
    ui.add_space(8.0);
    for p in &points {
        point_entry(ui, p, actions);
        ui.add_space(6.0);
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

fn growth_plot(ui: &mut egui::Ui, m: &Membership, points: &[&MembershipPoint]) {
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
    let first = xs.first().copied().unwrap_or(2012.0).floor();
    let last = xs.last().copied().unwrap_or(2022.0).ceil().max(first + 1.0);
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
        .join("; ");

    let plot = still(Plot::new("membership_growth"))
        .height(280.0)
        .legend(
            Legend::default()
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
        .sense(Sense::hover())
        .show(ui, |plot_ui| {
            // Ten points of screen space, in plot units, to lift labels off their markers.
            let [dx, dy] = plot_ui.transform().dvalue_dpos().map(|d| d.abs() * 10.0);
            plot_ui.points(
                Points::new("Known totals", totals.clone())
                    .id("totals")
                    .shape(MarkerShape::Circle)
                    .radius(6.0)
                    .color(total_color)
                    .allow_hover(false),
            );
            if !governments.is_empty() {
                plot_ui.points(
                    Points::new("Governments", governments.clone())
                        .id("governments")
                        .shape(MarkerShape::Diamond)
                        .radius(7.0)
                        .color(gov_color)
                        .allow_hover(false),
                );
            }
            if totals.len() > 1 {
                plot_ui.line(
                    Line::new("gap: no data between known points", totals.clone())
                        .color(theme::weak_text(&visuals))
                        .style(LineStyle::dashed_loose())
                        .width(1.5)
                        .allow_hover(false),
                );
            }
            for p in points {
                let x = p.date.start_year_fraction();
                let y = p.total.max(0) as f64;
                plot_ui.text(
                    Text::new(
                        "",
                        PlotPoint::new(x, y + dy),
                        RichText::new(p.total.to_string()).size(14.0),
                    )
                    .id("totals")
                    .anchor(egui::Align2::CENTER_BOTTOM)
                    .color(total_color)
                    .allow_hover(false),
                );
                if let Some(g) = p.governments.filter(|g| *g != p.total) {
                    plot_ui.text(
                        // To the left: the newest point sits near the right edge.
                        Text::new(
                            "",
                            PlotPoint::new(x - dx, g.max(0) as f64),
                            RichText::new(format!("{g} governments")).size(14.0),
                        )
                        .id("governments")
                        .anchor(egui::Align2::RIGHT_CENTER)
                        .color(visuals.text_color())
                        .allow_hover(false),
                    );
                }
            }
        });

    plot.response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Image,
            true,
            format!("Growth chart: {description}"),
        )
    });
    // The point nearest the pointer, if within reach, explains itself.
    if let Some(pos) = plot.response.hover_pos() {
        let near = points
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
            .min_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((p, _)) = near {
            plot.response
                .on_hover_ui_at_pointer(|ui| point_tooltip(ui, p));
        }
    }
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

/// One known point in the list under the chart: date, total, what it was, its note and
/// its source as a link.
fn point_entry(ui: &mut egui::Ui, p: &MembershipPoint, actions: &mut Actions) {
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
            Some(s) => source_link(ui, &s.label, &s.url, actions),
            None => {
                ui.label(RichText::new("none given").color(weak));
            }
        }
    });
}
