//! Where a figure or a milestone comes from, as a link a person can follow.

use eframe::egui;

use crate::actions::{Action, Actions};

/// A source as a link that asks the app to open its address; the app decides.
///
/// The link is named by the page (`label`): that is what a screen reader announces and
/// how tests find it. Its hover text, "Open … in the browser", is also its accessible
/// description, so a person hears or sees which address opens, and that it opens
/// outside the app, before clicking.
///
/// Only the link: a view that also shows the address or a copy button puts them
/// beside it, so the link looks and reads the same everywhere.
pub fn source_link(ui: &mut egui::Ui, label: &str, url: &str, actions: &mut Actions) {
    if super::target::link(ui, label)
        .on_hover_text(format!("Open {url} in the browser"))
        .clicked()
    {
        actions.push(Action::OpenUrl(url.to_owned()));
    }
}

#[cfg(test)]
mod tests {
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT, Queryable};

    use super::source_link;
    use crate::actions::Actions;

    /// What a click asks for is tested through the whole app (`tests/ui_membership.rs`,
    /// `tests/ui_timeline.rs`), where the recorded opener shows the address that left.
    #[test]
    fn is_a_link_named_by_the_page_that_says_where_it_opens() {
        let mut harness = Harness::new_ui_state(
            |ui, actions: &mut Actions| {
                source_link(ui, "The report", "https://example.org/report", actions);
            },
            Actions::default(),
        );
        harness.run();
        let node = harness.get_by_label("The report");
        assert_eq!(
            node.accesskit_node().role(),
            eframe::egui::accesskit::Role::Link
        );
        assert_eq!(
            node.accesskit_node().description().as_deref(),
            Some("Open https://example.org/report in the browser")
        );
    }
}
