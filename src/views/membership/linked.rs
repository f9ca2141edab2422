//! What ties the growth chart to the timeline: the selected milestone marked at its
//! date, so the same moment shows on both views, and the way from a known point to the
//! milestone of its date (a click on the point, or the button under its entry).

use eframe::egui::{self, Align2, Color32, RichText};
use egui_plot::{LineStyle, PlotPoint, PlotUi, Text, VLine};

use crate::actions::{Action, Actions};
use crate::model::linked::milestone_at;
use crate::model::{MembershipPoint, Milestone};
use crate::theme;

/// A dashed vertical line at the selected milestone's date, named in the legend, with
/// the date written at its foot (the legend covers the chart's top left corner).
pub(super) fn selection_marker(
    plot_ui: &mut PlotUi<'_>,
    m: &Milestone,
    colors: (Color32, Color32),
) {
    let (line, text) = colors;
    let x = m.date.start_year_fraction();
    // Four points of screen space, in plot units: the date sits beside the line, just
    // above the axis.
    let [dx, dy] = plot_ui.transform().dvalue_dpos().map(|d| d.abs() * 4.0);
    plot_ui.vline(
        VLine::new("Selected milestone", x)
            .id("selected")
            .color(line)
            .width(2.0)
            .style(LineStyle::dashed_dense())
            .allow_hover(false),
    );
    plot_ui.text(
        Text::new(
            "",
            PlotPoint::new(x + dx, dy),
            RichText::new(m.date.iso())
                .size(theme::text::CAPTION)
                .strong(),
        )
        .id("selected")
        .anchor(Align2::LEFT_BOTTOM)
        .color(text)
        .allow_hover(false),
    );
}

/// What a screen reader hears of the marker, after the chart's figures.
pub(super) fn marker_description(selected: Option<&Milestone>) -> String {
    selected.map_or_else(String::new, |m| {
        format!("; the selected milestone, {}, is marked", m.date.iso())
    })
}

/// Asks to show the milestone of `p`'s date on the timeline, if the data has one.
pub(super) fn go_to_point(p: &MembershipPoint, milestones: &[Milestone], actions: &mut Actions) {
    if let Some(m) = milestone_at(milestones, &p.date) {
        actions.push(Action::GoToMilestone(m.id.clone()));
    }
}

/// Under a point's entry: "Show on the timeline", the keyboard's and the screen
/// reader's way to what a click on the point does. Its accessible name says which date
/// it shows, so a list of them reads as distinct buttons. No milestone, no button.
pub(super) fn show_on_timeline(
    ui: &mut egui::Ui,
    p: &MembershipPoint,
    milestones: &[Milestone],
    actions: &mut Actions,
) {
    let Some(m) = milestone_at(milestones, &p.date) else {
        return;
    };
    let label = format!("Show {} on the timeline", p.date.long());
    let response = crate::widgets::target::small_button(ui, "Show on the timeline")
        .on_hover_text(format!("Select “{}” on the timeline", m.title));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.clicked() {
        actions.push(Action::GoToMilestone(m.id.clone()));
    }
}
