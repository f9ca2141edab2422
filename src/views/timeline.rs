//! The interactive timeline: a real time axis, markers placed by date and packed into
//! lanes, a detail panel, keyboard navigation, zoom, pan and category filters.

use std::collections::BTreeSet;

use eframe::egui::{self, Align2, FontId, Key, Rect, RichText, Sense, Stroke, pos2, vec2};
use serde::{Deserialize, Serialize};

use crate::actions::{Action, Actions};
use crate::model::{Alliance, Category, Milestone, Precision};
use crate::theme;
use crate::views::timeline_layout::{Axis, Item, MARKER, Placed, pack, year_ticks};

/// What the timeline keeps between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[derive(Default)]
pub struct Saved {
    /// The visible range in fractional years; `None` fits every milestone.
    pub range: Option<(f64, f64)>,
    /// Categories switched off with the chips.
    pub hidden: BTreeSet<Category>,
}

/// Runtime state: the measured items and the cached lane layout.
#[derive(Default)]
pub struct State {
    items: Vec<Item>,
    items_stale: bool,
    items_built_for: Option<BTreeSet<Category>>,
    layout_key: Option<(u64, u64, u32)>,
    placed: Vec<Placed>,
    lanes: usize,
    /// Bring the selection into view on the next frame (set after a jump).
    pub reveal: bool,
    /// Give the selected marker keyboard focus on the next frame (after ←/→/Home/End).
    focus_follows: bool,
}

impl State {
    /// How many lanes the last layout used (benchmarks check the work was done).
    pub fn lanes(&self) -> usize {
        self.lanes
    }

    pub fn data_changed(&mut self) {
        self.items_stale = true;
        self.layout_key = None;
    }
}

const LABEL_FONT: f32 = 15.0;
/// Lane height: at least this, more when the window has room to spare.
const LANE_HEIGHT: f32 = 32.0;
const MAX_LANE_HEIGHT: f32 = 48.0;
const AXIS_HEIGHT: f32 = 34.0;
const MAX_LABEL_CHARS: usize = 34;
const MIN_SPAN_YEARS: f64 = 0.05;
const MAX_SPAN_YEARS: f64 = 200.0;

/// The label a screen reader announces for a marker, e.g.
/// "2015-11 · Second WeProtect summit, Abu Dhabi; …".
pub fn marker_label(m: &Milestone) -> String {
    format!("{} · {}", m.when_iso(), m.title)
}

fn short_title(title: &str) -> String {
    if title.chars().count() <= MAX_LABEL_CHARS {
        title.to_owned()
    } else {
        let cut: String = title.chars().take(MAX_LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Indices of the milestones that pass the filter, in date order.
fn visible_indices(data: &Alliance, hidden: &BTreeSet<Category>) -> Vec<usize> {
    (0..data.milestones.len())
        .filter(|i| {
            data.milestones
                .get(*i)
                .is_some_and(|m| !hidden.contains(&m.category))
        })
        .collect()
}

/// The range that shows every (visible) milestone, with a margin.
fn fit_range(data: &Alliance, hidden: &BTreeSet<Category>) -> (f64, f64) {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for m in data
        .milestones
        .iter()
        .filter(|m| !hidden.contains(&m.category))
    {
        lo = lo.min(m.date.start_year_fraction());
        hi = hi.max(m.end.unwrap_or(m.date).end_year_fraction());
    }
    if !lo.is_finite() {
        return (2012.0, 2023.0);
    }
    let lo = lo.floor();
    let hi = hi.ceil().max(lo + 1.0);
    // Room on the right for the last labels.
    let margin = (hi - lo) * 0.04;
    (lo - 0.3, hi + margin)
}

fn build_items(ui: &egui::Ui, data: &Alliance, hidden: &BTreeSet<Category>) -> Vec<Item> {
    let font = FontId::proportional(LABEL_FONT);
    let color = ui.visuals().text_color();
    ui.ctx().fonts_mut(|fonts| {
        visible_indices(data, hidden)
            .into_iter()
            .filter_map(|i| {
                let m = data.milestones.get(i)?;
                let width = fonts
                    .layout_no_wrap(short_title(&m.title), font.clone(), color)
                    .size()
                    .x;
                Some(Item {
                    index: i,
                    start: m.date.start_year_fraction(),
                    end: m
                        .end
                        .map_or(m.date.start_year_fraction(), |e| e.end_year_fraction()),
                    label_width: width,
                })
            })
            .collect()
    })
}

/// The years a date may have (see `model::date::YEAR_RANGE`), with room around them.
const AXIS_YEARS: std::ops::RangeInclusive<f64> = 1899.0..=2102.0;

/// `range` if the timeline can draw it: finite, ordered, no narrower or wider than
/// zooming allows, and overlapping the years a date can have. A saved range comes from
/// a file that may be damaged or hostile; a range of billions of years would make the
/// axis draw billions of ticks.
pub fn sane_range(range: (f64, f64)) -> Option<(f64, f64)> {
    let (start, end) = range;
    let span = end - start;
    let ok = start.is_finite()
        && end.is_finite()
        && (MIN_SPAN_YEARS * 0.999..=MAX_SPAN_YEARS * 1.001).contains(&span)
        && end >= *AXIS_YEARS.start()
        && start <= *AXIS_YEARS.end();
    ok.then_some(range)
}

fn clamp_range(start: f64, end: f64) -> (f64, f64) {
    if !start.is_finite() || !end.is_finite() {
        return (2012.0, 2023.0);
    }
    let span = (end - start).clamp(MIN_SPAN_YEARS, MAX_SPAN_YEARS);
    let mid = (start + end) / 2.0;
    let mid = mid.clamp(1900.0, 2100.0);
    (mid - span / 2.0, mid + span / 2.0)
}

fn zoom(range: (f64, f64), factor: f64, around: f64) -> (f64, f64) {
    if !factor.is_finite() || factor <= 0.0 || !around.is_finite() {
        return range;
    }
    let (s, e) = range;
    clamp_range(
        around - (around - s) / factor,
        around + (e - around) / factor,
    )
}

/// Draws the timeline view.
pub fn show(
    ui: &mut egui::Ui,
    data: &Alliance,
    state: &mut State,
    saved: &mut Saved,
    selected: Option<&str>,
    actions: &mut Actions,
) {
    if state.items_stale || state.items_built_for.as_ref() != Some(&saved.hidden) {
        state.items = build_items(ui, data, &saved.hidden);
        state.items_built_for = Some(saved.hidden.clone());
        state.items_stale = false;
        state.layout_key = None;
    }
    let order = visible_indices(data, &saved.hidden);
    let selected_index = selected.and_then(|id| data.milestones.iter().position(|m| m.id == id));
    let position = selected_index.and_then(|s| order.iter().position(|i| *i == s));

    let mut range = saved
        .range
        .and_then(sane_range)
        .unwrap_or_else(|| fit_range(data, &saved.hidden));

    toolbar(ui, data, saved, &order, position, &mut range, actions);
    ui.separator();

    if let Some(index) = selected_index
        && let Some(m) = data.milestones.get(index)
    {
        egui::Panel::right("milestone_detail")
            .resizable(true)
            .default_size(360.0)
            .size_range(260.0..=600.0)
            .show(ui, |ui| detail(ui, data, m, &order, position, actions));
    }

    // Keys: only when no text field or menu wants them.
    if !ui.ctx().text_edit_focused() {
        let mut keyed = Actions::default();
        keyboard(
            ui,
            data,
            &saved.hidden,
            &order,
            position,
            &mut range,
            &mut keyed,
        );
        let moved = keyed
            .iter()
            .any(|a| matches!(a, Action::SelectMilestone(_)));
        actions.append(keyed);
        if moved {
            state.focus_follows = true;
            state.reveal = true;
        }
    }

    let focus_follows = std::mem::take(&mut state.focus_follows) && !state.reveal;
    if state.reveal {
        state.reveal = false;
        state.focus_follows = true;
        if let Some(m) = selected_index.and_then(|i| data.milestones.get(i)) {
            let x = m.date.start_year_fraction();
            let span = range.1 - range.0;
            if x < range.0 + span * 0.05 || x > range.1 - span * 0.3 {
                range = clamp_range(x - span * 0.4, x + span * 0.6);
            }
        }
    }

    axis_and_markers(
        ui,
        data,
        state,
        &mut range,
        selected_index,
        focus_follows,
        actions,
    );
    let fitted = fit_range(data, &saved.hidden);
    saved.range = if range == fitted { None } else { Some(range) };
}

fn toolbar(
    ui: &mut egui::Ui,
    data: &Alliance,
    saved: &mut Saved,
    order: &[usize],
    position: Option<usize>,
    range: &mut (f64, f64),
    actions: &mut Actions,
) {
    ui.horizontal_wrapped(|ui| {
        let prev = match position {
            Some(p) => p.checked_sub(1),
            None => order.len().checked_sub(1),
        };
        let next = match position {
            Some(p) if p + 1 < order.len() => Some(p + 1),
            Some(_) => None,
            None if !order.is_empty() => Some(0),
            None => None,
        };
        if ui
            .add_enabled(prev.is_some(), egui::Button::new("Previous"))
            .on_hover_text("Previous milestone (Left arrow)")
            .clicked()
            && let Some(m) = prev
                .and_then(|p| order.get(p))
                .and_then(|i| data.milestones.get(*i))
        {
            actions.push(Action::SelectMilestone(m.id.clone()));
        }
        if ui
            .add_enabled(next.is_some(), egui::Button::new("Next"))
            .on_hover_text("Next milestone (Right arrow)")
            .clicked()
            && let Some(m) = next
                .and_then(|p| order.get(p))
                .and_then(|i| data.milestones.get(*i))
        {
            actions.push(Action::SelectMilestone(m.id.clone()));
        }
        ui.separator();
        let mid = (range.0 + range.1) / 2.0;
        if ui
            .button("Zoom in")
            .on_hover_text("Zoom in (+ or Ctrl+scroll)")
            .clicked()
        {
            *range = zoom(*range, 1.5, mid);
        }
        if ui
            .button("Zoom out")
            .on_hover_text("Zoom out (− or Ctrl+scroll)")
            .clicked()
        {
            *range = zoom(*range, 1.0 / 1.5, mid);
        }
        if ui
            .button("Fit all")
            .on_hover_text("Show every milestone (0)")
            .clicked()
        {
            *range = fit_range(data, &saved.hidden);
        }
        ui.separator();
        ui.label("Show:");
        for c in Category::ALL {
            let count = data.milestones.iter().filter(|m| m.category == c).count();
            if count == 0 {
                continue;
            }
            let on = !saved.hidden.contains(&c);
            let text = format!("{} ({count})", c.label());
            let chip = category_chip(ui, c, &text, on);
            if chip.clicked() {
                if on {
                    saved.hidden.insert(c);
                } else {
                    saved.hidden.remove(&c);
                }
            }
        }
    });
}

/// A toggle chip with the category's colour swatch: the legend and the filter in one.
fn category_chip(ui: &mut egui::Ui, c: Category, text: &str, on: bool) -> egui::Response {
    let color = theme::category(c);
    let galley = ui.painter().layout_no_wrap(
        text.to_owned(),
        FontId::proportional(14.0),
        ui.visuals().text_color(),
    );
    let size = vec2(galley.size().x + 34.0, galley.size().y + 8.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, on, text));
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, on);
        let painter = ui.painter();
        painter.rect(
            rect,
            rect.height() / 2.0,
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            egui::StrokeKind::Inside,
        );
        let dot = pos2(rect.left() + 14.0, rect.center().y);
        if on {
            painter.circle_filled(dot, 6.0, color);
        } else {
            painter.circle_stroke(dot, 5.5, Stroke::new(1.5, color));
        }
        let text_color = if on {
            ui.visuals().text_color()
        } else {
            theme::weak_text(ui.visuals())
        };
        painter.galley(
            pos2(rect.left() + 26.0, rect.center().y - galley.size().y / 2.0),
            galley,
            text_color,
        );
        if !on {
            let y = rect.center().y;
            painter.line_segment(
                [pos2(rect.left() + 26.0, y), pos2(rect.right() - 8.0, y)],
                Stroke::new(1.0, text_color),
            );
        }
    }
    response.on_hover_text(if on {
        "Click to hide these milestones"
    } else {
        "Click to show these milestones"
    })
}

fn keyboard(
    ui: &egui::Ui,
    data: &Alliance,
    hidden: &BTreeSet<Category>,
    order: &[usize],
    position: Option<usize>,
    range: &mut (f64, f64),
    actions: &mut Actions,
) {
    let pick = |p: usize, actions: &mut Actions| {
        if let Some(m) = order.get(p).and_then(|i| data.milestones.get(*i)) {
            actions.push(Action::SelectMilestone(m.id.clone()));
        }
    };
    let (left, right, home, end, plus, minus, zero, escape) = ui.input(|i| {
        let plain = !i.modifiers.command && !i.modifiers.alt;
        (
            plain && i.key_pressed(Key::ArrowLeft),
            plain && i.key_pressed(Key::ArrowRight),
            plain && i.key_pressed(Key::Home),
            plain && i.key_pressed(Key::End),
            plain && (i.key_pressed(Key::Plus) || i.key_pressed(Key::Equals)),
            plain && i.key_pressed(Key::Minus),
            plain && i.key_pressed(Key::Num0),
            plain && i.key_pressed(Key::Escape),
        )
    });
    let last = order.len().checked_sub(1);
    if left {
        match position {
            Some(p) if p > 0 => pick(p - 1, actions),
            None => {
                if let Some(l) = last {
                    pick(l, actions);
                }
            }
            _ => {}
        }
    }
    if right {
        match position {
            Some(p) => pick((p + 1).min(last.unwrap_or(0)), actions),
            None => pick(0, actions),
        }
    }
    if home {
        pick(0, actions);
    }
    if end && let Some(l) = last {
        pick(l, actions);
    }
    let mid = (range.0 + range.1) / 2.0;
    if plus {
        *range = zoom(*range, 1.5, mid);
    }
    if minus {
        *range = zoom(*range, 1.0 / 1.5, mid);
    }
    if zero {
        *range = fit_range(data, hidden);
    }
    if escape && position.is_some() {
        actions.push(Action::ClearSelection);
    }
}

fn axis_and_markers(
    ui: &mut egui::Ui,
    data: &Alliance,
    state: &mut State,
    range: &mut (f64, f64),
    selected_index: Option<usize>,
    focus_follows: bool,
    actions: &mut Actions,
) {
    let width = ui.available_width().max(100.0);
    let left_pad = 8.0;
    let axis = Axis {
        start: range.0,
        end: range.1,
        width: width - left_pad * 2.0,
    };
    let key = (range.0.to_bits(), range.1.to_bits(), axis.width.to_bits());
    if state.layout_key != Some(key) {
        let (placed, lanes) = pack(&state.items, &axis);
        state.placed = placed;
        state.lanes = lanes;
        state.layout_key = Some(key);
    }

    // The axis strip: year ticks and labels.
    let (axis_rect, axis_response) =
        ui.allocate_exact_size(vec2(width, AXIS_HEIGHT), Sense::click_and_drag());
    let painter = ui.painter_at(axis_rect);
    let visuals = ui.visuals().clone();
    let weak = theme::weak_text(&visuals);
    let x0 = axis_rect.left() + left_pad;
    let baseline = axis_rect.bottom() - 4.0;
    painter.line_segment(
        [
            pos2(axis_rect.left(), baseline),
            pos2(axis_rect.right(), baseline),
        ],
        Stroke::new(1.5, weak),
    );
    for year in year_ticks(&axis, 56.0) {
        let x = x0 + axis.x(f64::from(year));
        painter.line_segment(
            [pos2(x, baseline - 8.0), pos2(x, baseline)],
            Stroke::new(1.5, weak),
        );
        painter.text(
            pos2(x, baseline - 10.0),
            Align2::CENTER_BOTTOM,
            year.to_string(),
            FontId::proportional(15.0),
            visuals.text_color(),
        );
    }
    axis_response.widget_info(|| {
        egui::WidgetInfo::labeled(
            egui::Role::Canvas,
            true,
            format!(
                "Time axis from {:.0} to {:.0}; drag to pan, Ctrl+scroll to zoom",
                range.0.floor(),
                range.1.ceil()
            ),
        )
    });

    let lanes = state.lanes.max(1) as f32;
    let lane_height = ((ui.available_height() - 12.0) / lanes).clamp(LANE_HEIGHT, MAX_LANE_HEIGHT);
    let lanes_height = lanes * lane_height + 12.0;
    let mut pan_dx = axis_response.drag_delta().x;
    let mut hover_zoom = None;
    if axis_response.hovered() {
        hover_zoom = Some(axis_response.hover_pos());
    }

    egui::ScrollArea::vertical()
        .id_salt("lanes")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let height = lanes_height.max(ui.available_height());
            let (rect, background) =
                ui.allocate_exact_size(vec2(width, height), Sense::click_and_drag());
            pan_dx += background.drag_delta().x;
            if background.hovered() {
                hover_zoom = Some(background.hover_pos());
            }
            if background.clicked() {
                actions.push(Action::ClearSelection);
            }
            let painter = ui.painter_at(rect);
            // Faint year grid lines continue the axis' ticks down through the lanes.
            for year in year_ticks(&axis, 56.0) {
                let x = x0 + axis.x(f64::from(year));
                painter.line_segment(
                    [pos2(x, rect.top()), pos2(x, rect.bottom())],
                    Stroke::new(1.0, visuals.faint_bg_color.gamma_multiply(2.0)),
                );
            }
            let clip = ui.clip_rect().intersect(rect);
            for placed in &state.placed {
                let top = rect.top() + 6.0 + placed.lane as f32 * lane_height;
                let row = Rect::from_min_max(
                    pos2(x0 + placed.left, top),
                    pos2(x0 + placed.right, top + LANE_HEIGHT - 4.0),
                );
                if !clip.intersects(row) {
                    continue;
                }
                let Some(m) = data.milestones.get(placed.index) else {
                    continue;
                };
                let is_selected = Some(placed.index) == selected_index;
                let place = MarkerPlace {
                    placed,
                    row,
                    x0,
                    clip,
                };
                marker(
                    ui,
                    m,
                    &place,
                    is_selected,
                    is_selected && focus_follows,
                    actions,
                );
            }
        });

    if pan_dx != 0.0 {
        let years = f64::from(pan_dx) / f64::from(axis.width.max(1.0)) * (range.1 - range.0);
        *range = clamp_range(range.0 - years, range.1 - years);
    }
    if let Some(pointer) = hover_zoom {
        let factor = f64::from(ui.input(|i| i.zoom_delta()));
        if (factor - 1.0).abs() > 1e-6 {
            let around = pointer.map_or((range.0 + range.1) / 2.0, |p| axis.year(p.x - x0));
            *range = zoom(*range, factor, around);
        }
    }
}

/// Where a marker goes on screen: its layout slot, its row, the axis origin and the
/// area it may paint in.
struct MarkerPlace<'a> {
    placed: &'a Placed,
    row: Rect,
    x0: f32,
    clip: Rect,
}

fn marker(
    ui: &mut egui::Ui,
    m: &Milestone,
    place: &MarkerPlace<'_>,
    is_selected: bool,
    take_focus: bool,
    actions: &mut Actions,
) {
    let MarkerPlace {
        placed,
        row,
        x0,
        clip,
    } = *place;
    let id = ui.scope_id().with(("milestone", &m.id));
    let response = ui.interact(row, id, Sense::click());
    let label = marker_label(m);
    response
        .widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, is_selected, &label));
    if response.has_focus() {
        // ←/→ move the selection here, not the keyboard focus.
        ui.memory_mut(|mem| {
            mem.set_focus_lock_filter(
                id,
                egui::EventFilter {
                    horizontal_arrows: true,
                    ..Default::default()
                },
            );
        });
    }
    if take_focus && !response.has_focus() {
        response.request_focus();
    }
    let color = theme::category(m.category);
    let visuals = ui.visuals().clone();
    // Never paint over the detail panel or outside the lanes.
    let painter = ui.painter().with_clip_rect(clip);
    let cy = row.center().y;
    let highlight = response.hovered() || response.has_focus() || is_selected;
    if highlight {
        let fill = if is_selected {
            visuals.selection.bg_fill.gamma_multiply(0.35)
        } else {
            visuals.widgets.hovered.weak_bg_fill
        };
        painter.rect_filled(row.expand(2.0), 6.0, fill);
    }
    if response.has_focus() {
        painter.rect_stroke(
            row.expand(3.0),
            6.0,
            Stroke::new(2.5, visuals.selection.stroke.color),
            egui::StrokeKind::Outside,
        );
    }
    let sx0 = x0 + placed.x0;
    let sx1 = x0 + placed.x1;
    if sx1 - sx0 > 3.0 {
        // A range (or a date known only to the month or year) drawn as a span.
        let span = Rect::from_min_max(pos2(sx0, cy - 6.0), pos2(sx1, cy + 6.0));
        painter.rect_filled(span, 4.0, color);
    } else {
        match m.date.precision() {
            Precision::Day => {
                painter.circle_filled(pos2(sx0, cy), 6.5, color);
            }
            _ => {
                // Less precise dates are drawn as a diamond.
                let c = pos2(sx0, cy);
                let pts = vec![
                    c + vec2(0.0, -7.5),
                    c + vec2(7.5, 0.0),
                    c + vec2(0.0, 7.5),
                    c + vec2(-7.5, 0.0),
                ];
                painter.add(egui::Shape::convex_polygon(pts, color, Stroke::NONE));
            }
        }
    }
    if is_selected {
        painter.circle_stroke(pos2(sx0, cy), 10.0, Stroke::new(2.0, visuals.text_color()));
    }
    let (label_pos, align) = if placed.label_left {
        (pos2(sx0 - MARKER, cy), Align2::RIGHT_CENTER)
    } else {
        (pos2(sx1 + MARKER, cy), Align2::LEFT_CENTER)
    };
    painter.text(
        label_pos,
        align,
        short_title(&m.title),
        FontId::proportional(LABEL_FONT),
        visuals.text_color(),
    );
    let response = response.on_hover_ui(|ui| {
        ui.set_max_width(360.0);
        ui.label(RichText::new(&m.title).strong());
        ui.label(format!("{} · {}", m.when(), m.category.label()));
        ui.add(egui::Label::new(&m.summary).wrap());
    });
    if response.clicked() {
        actions.push(Action::SelectMilestone(m.id.clone()));
    }
}

fn precision_note(m: &Milestone) -> Option<&'static str> {
    match m.date.precision() {
        Precision::Year => Some("known to the year"),
        Precision::Month => Some("known to the month"),
        Precision::Day => None,
    }
}

fn detail(
    ui: &mut egui::Ui,
    data: &Alliance,
    m: &Milestone,
    order: &[usize],
    position: Option<usize>,
    actions: &mut Actions,
) {
    egui::ScrollArea::vertical()
        .id_salt("milestone_detail_scroll")
        .show(ui, |ui| {
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                if let Some(p) = position {
                    ui.label(
                        RichText::new(format!("{} of {}", p + 1, order.len()))
                            .color(theme::weak_text(ui.visuals())),
                    );
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui
                        .button("Close")
                        .on_hover_text("Close the details (Esc)")
                        .clicked()
                    {
                        actions.push(Action::ClearSelection);
                    }
                });
            });
            ui.add(egui::Label::new(RichText::new(&m.title).size(20.0).strong()).wrap());
            let when = match precision_note(m) {
                Some(note) => format!("{} ({note})", m.when()),
                None => m.when(),
            };
            ui.horizontal_wrapped(|ui| {
                let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), Sense::hover());
                ui.painter()
                    .circle_filled(rect.center(), 6.0, theme::category(m.category));
                ui.label(RichText::new(format!("{when} · {}", m.category.label())).strong());
            });
            ui.add_space(6.0);
            ui.add(egui::Label::new(RichText::new(&m.summary).size(15.0)).wrap());
            if !m.details.is_empty() {
                ui.add_space(4.0);
                ui.add(egui::Label::new(&m.details).wrap());
            }
            if let Some(deck) = &m.deck {
                ui.add_space(8.0);
                ui.label(RichText::new("In the deck").strong());
                ui.add(egui::Label::new(RichText::new(format!("“{deck}”")).italics()).wrap());
            }
            if let Some(note) = &m.note {
                ui.add_space(8.0);
                ui.label(RichText::new("Note from the sources").strong());
                ui.add(egui::Label::new(note).wrap());
            }
            let outcomes: Vec<_> = data
                .outcomes
                .iter()
                .filter(|o| o.milestone.as_deref() == Some(m.id.as_str()))
                .collect();
            if !outcomes.is_empty() {
                ui.add_space(8.0);
                ui.label(RichText::new("Summit outcome").strong());
                for o in outcomes {
                    if ui.button(format!("Outcome: {}", o.title)).clicked() {
                        actions.push(Action::GoToOutcome(o.id.clone()));
                    }
                }
            }
            if !m.sources.is_empty() {
                ui.add_space(8.0);
                ui.label(RichText::new("Sources").strong());
                for s in &m.sources {
                    source_link(ui, &s.label, &s.url, actions);
                }
            }
        });
}

/// A source as a link that asks the app to open it, with its address and a copy button.
pub fn source_link(ui: &mut egui::Ui, label: &str, url: &str, actions: &mut Actions) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .link(label)
            .on_hover_text(format!("Open {url} in the browser"))
            .clicked()
        {
            actions.push(Action::OpenUrl(url.to_owned()));
        }
        if ui
            .small_button("Copy link")
            .on_hover_text(format!("Copy {url}"))
            .clicked()
        {
            actions.push(Action::Copy {
                text: url.to_owned(),
                what: "the link".into(),
            });
        }
    });
    ui.label(
        RichText::new(url)
            .small()
            .color(theme::weak_text(ui.visuals())),
    );
}
