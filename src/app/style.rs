//! How the app looks before any view draws: the type scale, body text contrast, focus
//! outlines, and the colour theme the person chose.

use eframe::egui;

use crate::theme;
use crate::vocabulary::ThemeChoice;

/// Makes keyboard focus unmistakable: focused widgets get a thick outline.
pub fn apply_style(ctx: &egui::Context) {
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        ctx.style_mut_of(theme, |style| {
            use egui::{FontFamily, FontId, TextStyle};
            style.text_styles = [
                (
                    TextStyle::Small,
                    FontId::new(theme::text::SMALL, FontFamily::Proportional),
                ),
                (
                    TextStyle::Body,
                    FontId::new(theme::text::BODY, FontFamily::Proportional),
                ),
                (
                    TextStyle::Button,
                    FontId::new(theme::text::BODY, FontFamily::Proportional),
                ),
                (
                    TextStyle::Heading,
                    FontId::new(theme::text::HEADING, FontFamily::Proportional),
                ),
                (
                    TextStyle::Monospace,
                    FontId::new(theme::text::MONO, FontFamily::Monospace),
                ),
            ]
            .into();
            // Body text a little stronger than egui's default grey, for long reading.
            style.visuals.widgets.noninteractive.fg_stroke.color = if style.visuals.dark_mode {
                egui::Color32::from_gray(215)
            } else {
                egui::Color32::from_gray(35)
            };
            let accent = style.visuals.selection.stroke.color;
            style.visuals.widgets.active.bg_stroke = egui::Stroke::new(2.5, accent);
            style.spacing.item_spacing = egui::vec2(8.0, 6.0);
            style.spacing.button_padding = egui::vec2(8.0, 4.0);
            style.interaction.tooltip_delay = 0.2;
        });
    }
}

/// What egui calls the person's theme choice.
pub fn preference(choice: ThemeChoice) -> egui::ThemePreference {
    match choice {
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark => egui::ThemePreference::Dark,
    }
}
