//! The breakdown: legend chips, bars and (for a few groups) a donut. Whichever of them
//! the pointer is over lights the same group in all three; a click opens it.

use eframe::egui::{self, FontId, RichText, Sense, Stroke, pos2};
use egui_plot::{Bar, BarChart, Plot, PlotPoint};

use super::plot::{GRID_MIN, still, whole, whole_steps};
use super::{MAX_DONUT_GROUPS, Row, State};
use crate::model::shares::percent;
use crate::theme;
use crate::widgets::donut::{Donut, Slice};
use crate::widgets::{LegendChip, label_and_figures};

const BAR_THICKNESS: f64 = 0.42;
const ROW_HEIGHT: f32 = 54.0;
/// The donut's diameter: as tall as the bars beside it, within these bounds.
const DONUT_SIZE: std::ops::RangeInclusive<f32> = 240.0..=300.0;
const LABEL_FONT: f32 = 14.0;

/// Where the pointer was and what was clicked while drawing, by group index.
#[derive(Default)]
pub(super) struct Pointer {
    hovered: Option<usize>,
    clicked: Option<usize>,
}

impl Pointer {
    fn merge(&mut self, hovered: Option<usize>, clicked: Option<usize>) {
        self.hovered = self.hovered.or(hovered);
        self.clicked = self.clicked.or(clicked);
    }
}

/// Takes what the pointer did to the charts into the view's state.
pub(super) fn apply_pointer(ui: &egui::Ui, state: &mut State, rows: &[Row<'_>], pointer: &Pointer) {
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

/// The legend, the bars and (for a few groups) the donut.
pub(super) fn breakdown(
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
            let figures = r.figures();
            let response = LegendChip {
                id: egui::Id::unique(("membership_legend", &r.group.kind, i)),
                color: r.color,
                label: &r.group.label,
                figures: &figures,
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
    ui.add_space(theme::space::TIGHT);
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
            ui.add_space(theme::space::SECTION);
            donut_chart(ui, rows, total, selected, lit, diameter, pointer);
        });
    } else {
        bars(ui, rows, total, selected, lit, width, pointer);
        if donut {
            donut_chart(ui, rows, total, selected, lit, diameter, pointer);
        }
    }
}

fn bars_height(groups: usize) -> f32 {
    groups as f32 * ROW_HEIGHT + 44.0
}

/// The plot's y position of the `i`-th of `n` groups: the first at the top.
fn bar_row(i: usize, n: usize) -> f64 {
    n.saturating_sub(1 + i) as f64
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

    // One object per bar for a screen reader, named with its figures. They sense only
    // hover, so the pointer stays the chart's.
    for (i, r) in rows.iter().enumerate() {
        let row = bar_row(i, n);
        let bar = egui::Rect::from_two_pos(
            transform.position_from_point(&PlotPoint::new(0.0, row - BAR_THICKNESS / 2.0)),
            transform
                .position_from_point(&PlotPoint::new(r.count as f64, row + BAR_THICKNESS / 2.0)),
        );
        ui.interact(bar, plot.response.id.with(("bar", i)), Sense::hover())
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Image, true, format!("Bar: {}", r.caption()))
            });
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
            name: r.caption(),
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
        text_scale: 1.0,
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
