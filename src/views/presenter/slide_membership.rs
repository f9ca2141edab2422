//! The Membership slide: the member counts as bars that fill the slide, each with its
//! group's name and its figure large enough to read from the back of a room, beside a
//! donut of the shares around the total. Counts on the bars, shares on the donut: each
//! figure is said once.

use eframe::egui::{self, Align2, FontId, Rect, Sense, Stroke, pos2, vec2};

use super::canvas::size;
use crate::model::shares::{GroupShare, group_shares, percent};
use crate::model::{Alliance, MemberGroup};
use crate::theme;
use crate::views::membership;
use crate::widgets::donut::{Donut, Slice};

/// The most groups a slide draws as bars; a longer list draws the first ones and says
/// how many more there are and how many members they hold.
const MOST_BARS: usize = 8;

/// How many groups get a bar (and a slice) of their own.
fn bars_shown(groups: usize) -> usize {
    super::slides::with_a_place(groups, MOST_BARS)
}

/// Draws the chart in the rest of the slide; a click on a bar or a slice marks that
/// group on the slide.
pub(super) fn membership_chart(
    ui: &mut egui::Ui,
    data: &Alliance,
    scale: f32,
    state: &mut membership::State,
) {
    let groups = &data.membership.groups;
    if groups.is_empty() {
        ui.label("The data lists no member groups.");
        return;
    }
    let (shares, _) = group_shares(groups);
    let area = ui.available_rect_before_wrap();
    let donut_side = (area.width() * 0.36).min(area.height());
    let bars = Rect::from_min_max(
        area.min,
        pos2(area.right() - donut_side - 60.0 * scale, area.bottom()),
    );
    let visuals = ui.visuals().clone();
    let painter = ui.painter().clone();
    let selected = state
        .selected
        .as_deref()
        .and_then(|kind| groups.iter().position(|g| g.kind == kind));

    let drawn = bars_shown(groups.len());
    let more = groups.len() - drawn;
    let rows = drawn + usize::from(more > 0);
    let row_height = (bars.height() / rows as f32).min(210.0 * scale);
    let name_font = FontId::proportional(size::BODY * scale);
    // The figure beside its bar fills the room the row leaves under the group's name,
    // up to title size: with many groups the rows are lower and so are the figures.
    let name_height = size::BODY * scale * 1.3;
    let figure_font = FontId::proportional(
        (size::TITLE * scale)
            .min((row_height - name_height) * 0.8)
            .max(size::CAPTION * scale),
    );
    let widest_figure = shares
        .iter()
        .take(drawn)
        .map(|s| text_width(&painter, s.count.to_string(), &figure_font))
        .fold(0.0, f32::max);
    let bar_room = (bars.width() - widest_figure - 30.0 * scale).max(1.0);
    let largest = shares
        .iter()
        .take(drawn)
        .map(|s| s.count)
        .max()
        .unwrap_or(0)
        .max(1);
    let mut clicked = None;
    for (i, (group, share)) in groups.iter().zip(&shares).enumerate().take(drawn) {
        let row = Rect::from_min_size(
            pos2(bars.left(), bars.top() + row_height * i as f32),
            vec2(bars.width(), row_height),
        );
        let look = BarLook {
            name_font: &name_font,
            figure_font: &figure_font,
            bar_room,
            largest,
            scale,
        };
        if bar_row(ui, row, (i, group, share), &look, selected == Some(i)) {
            clicked = Some(i);
        }
    }

    if more > 0 {
        let members = shares[drawn..]
            .iter()
            .fold(0_i64, |a, s| a.saturating_add(s.count));
        let text = format!("and {more} more groups: {members} members");
        let at = pos2(bars.left(), bars.top() + row_height * drawn as f32);
        let response = ui.interact(
            Rect::from_min_size(at, vec2(bars.width(), row_height)),
            ui.scope_id().with("slide_groups_more"),
            Sense::hover(),
        );
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &text));
        painter.text(
            at,
            Align2::LEFT_TOP,
            text,
            name_font,
            theme::weak_text(&visuals),
        );
    }
    let donut_rect = Rect::from_center_size(
        pos2(
            area.right() - donut_side / 2.0,
            area.top() + donut_side / 2.0,
        ),
        vec2(donut_side, donut_side),
    );
    let on_donut = shares_donut(ui, data, donut_rect, selected, scale);
    if let Some(i) = clicked.or(on_donut).filter(|i| *i < drawn) {
        let kind = &groups[i].kind;
        state.selected = if state.selected.as_deref() == Some(kind.as_str()) {
            None
        } else {
            Some(kind.clone())
        };
    }
    ui.advance_cursor_after_rect(area);
}

/// How the bars are drawn: sizes shared by every row.
struct BarLook<'a> {
    name_font: &'a FontId,
    figure_font: &'a FontId,
    /// The length of the longest bar.
    bar_room: f32,
    /// The count that bar stands for.
    largest: i64,
    scale: f32,
}

/// One group's row: its name, its bar and its count; returns whether it was clicked.
fn bar_row(
    ui: &egui::Ui,
    row: Rect,
    (i, group, share): (usize, &MemberGroup, &GroupShare),
    look: &BarLook<'_>,
    selected: bool,
) -> bool {
    let scale = look.scale;
    let visuals = ui.visuals();
    let painter = ui.painter();
    let name = format!(
        "{}: {} ({})",
        group.label,
        share.count,
        percent(share.tenths)
    );
    let response = ui.interact(row, ui.scope_id().with(("slide_group", i)), Sense::click());
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, selected, &name));
    let name_rect = painter.text(
        row.left_top(),
        Align2::LEFT_TOP,
        &group.label,
        look.name_font.clone(),
        visuals.text_color(),
    );
    let bar_top = name_rect.bottom() + 8.0 * scale;
    let thickness = (row.bottom() - bar_top - 24.0 * scale).clamp(12.0 * scale, 72.0 * scale);
    let length = look.bar_room * share.count as f32 / look.largest as f32;
    let bar = Rect::from_min_size(
        pos2(row.left(), bar_top),
        vec2(length.max(2.0 * scale), thickness),
    );
    let color = theme::series(i);
    painter.rect_filled(bar, 6.0 * scale, color);
    if selected || response.hovered() || response.has_focus() {
        painter.rect_stroke(
            bar.expand(4.0 * scale),
            8.0 * scale,
            Stroke::new(4.0 * scale, visuals.text_color()),
            egui::StrokeKind::Outside,
        );
    }
    painter.text(
        pos2(bar.right() + 20.0 * scale, bar.center().y),
        Align2::LEFT_CENTER,
        share.count.to_string(),
        look.figure_font.clone(),
        visuals.strong_text_color(),
    );
    response.clicked()
}

/// The shares as a donut around the total, in `rect`; returns the slice clicked.
fn shares_donut(
    ui: &mut egui::Ui,
    data: &Alliance,
    rect: Rect,
    selected: Option<usize>,
    scale: f32,
) -> Option<usize> {
    let groups = &data.membership.groups;
    let (shares, total) = group_shares(groups);
    let drawn = bars_shown(groups.len());
    let mut slices: Vec<Slice> = groups
        .iter()
        .zip(&shares)
        .enumerate()
        .take(drawn)
        .map(|(i, (g, s))| Slice {
            value: s.count,
            color: theme::series(i),
            name: format!("{}: {} ({})", g.label, s.count, percent(s.tenths)),
            text: percent(s.tenths),
        })
        .collect();
    // The groups without a bar of their own share one grey slice.
    if drawn < groups.len() {
        let rest = &shares[drawn..];
        let count = rest.iter().fold(0_i64, |a, s| a.saturating_add(s.count));
        let tenths = rest.iter().map(|s| s.tenths).sum();
        slices.push(Slice {
            value: count,
            color: egui::Color32::GRAY,
            name: format!("{} more groups: {count} ({})", rest.len(), percent(tenths)),
            text: percent(tenths),
        });
    }
    let description = format!("Donut chart of members by type; {total} in all");
    let out = ui
        .scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
            Donut {
                slices: &slices,
                center: total.to_string(),
                center_caption: if total == 1 { "member" } else { "members" }.to_owned(),
                highlighted: None,
                selected,
                diameter: rect.width(),
                // The centre figure at the slides' display size.
                text_scale: size::DISPLAY * scale / theme::text::TITLE,
                description: &description,
            }
            .show(ui)
        })
        .inner;
    out.clicked
}

fn text_width(painter: &egui::Painter, text: String, font: &FontId) -> f32 {
    painter
        .layout_no_wrap(text, font.clone(), egui::Color32::WHITE)
        .size()
        .x
}
