//! The "Open" button of a resource, on the summit's outcome cards and in the list of
//! resources.

use eframe::egui;

use crate::actions::{Action, Actions};
use crate::model::Resource;

/// An "Open" button whose accessible name says what it opens ("Open Framing the
/// Future"): a page with several of them then reads as distinct buttons. Its hover text
/// gives the address; a click asks the app to open it.
pub fn open_button(ui: &mut egui::Ui, r: &Resource, url: &str, actions: &mut Actions) {
    let label = format!("Open {}", r.title);
    let response = ui
        .button("Open")
        .on_hover_text(format!("Open {url} in the browser"));
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    if response.clicked() {
        actions.push(Action::OpenUrl(url.to_owned()));
    }
}
