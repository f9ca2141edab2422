//! How the app looks before any view draws: the type scale, body text contrast, focus
//! outlines, and the colour theme the person chose.

use eframe::egui;
use eframe::egui::{FontFamily, FontId, TextStyle};

use crate::theme;
use crate::vocabulary::ThemeChoice;

/// Makes keyboard focus unmistakable: focused widgets get a thick outline. With
/// `high_contrast`, the dark theme becomes the high-contrast one (and `preference`
/// picks the dark theme).
pub fn apply_style(ctx: &egui::Context, high_contrast: bool) {
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        ctx.style_mut_of(theme, |style| {
            style.visuals = match theme {
                egui::Theme::Dark if high_contrast => theme::high_contrast(),
                _ => theme.default_visuals(),
            };
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
                (
                    TextStyle::Name(theme::text::LEGEND_STYLE.into()),
                    FontId::new(theme::text::LEGEND, FontFamily::Proportional),
                ),
            ]
            .into();
            if !high_contrast || theme == egui::Theme::Light {
                // Body text a little stronger than egui's default grey, for long reading.
                style.visuals.widgets.noninteractive.fg_stroke.color = if style.visuals.dark_mode {
                    egui::Color32::from_gray(215)
                } else {
                    egui::Color32::from_gray(35)
                };
                // egui's light-theme link blue is 2.8:1 on the panel; this is 6.9:1.
                if !style.visuals.dark_mode {
                    style.visuals.hyperlink_color = egui::Color32::from_rgb(0x00, 0x5A, 0xB5);
                }
                let accent = style.visuals.selection.stroke.color;
                style.visuals.widgets.active.bg_stroke = egui::Stroke::new(2.5, accent);
            }
            style.spacing.item_spacing = egui::vec2(8.0, 6.0);
            style.spacing.button_padding = egui::vec2(8.0, 4.0);
            // Targets of at least 24×24 (WCAG 2.2, 2.5.8): a panel's edge can be grabbed
            // this wide. (Buttons reach it with their padding; small ones and links use
            // `widgets::target`.)
            style.interaction.resize_grab_radius_side = theme::space::TARGET / 2.0;
            style.interaction.tooltip_delay = 0.2;
        });
    }
}

/// What egui calls the person's theme choice; high contrast is a dark theme.
pub fn preference(choice: ThemeChoice, high_contrast: bool) -> egui::ThemePreference {
    match choice {
        _ if high_contrast => egui::ThemePreference::Dark,
        ThemeChoice::System => egui::ThemePreference::System,
        ThemeChoice::Light => egui::ThemePreference::Light,
        ThemeChoice::Dark | ThemeChoice::HighContrast => egui::ThemePreference::Dark,
    }
}

/// Keeps the style in step with the person's choice and, for "Follow the system", with
/// the system's contrast setting, which may arrive after the first frame.
pub struct Contrast {
    system: super::platform::SystemContrast,
    /// Whether the styles now applied are the high-contrast ones (`None` before any).
    applied: Option<bool>,
}

impl Contrast {
    pub fn new(system: super::platform::SystemContrast) -> Self {
        Self {
            system,
            applied: None,
        }
    }

    /// Whether `choice` means high contrast now.
    pub fn is_high(&self, choice: ThemeChoice) -> bool {
        match choice {
            ThemeChoice::HighContrast => true,
            ThemeChoice::System => self.system.get() == Some(true),
            ThemeChoice::Light | ThemeChoice::Dark => false,
        }
    }

    /// Applies the styles and theme for `choice`.
    pub fn apply(&mut self, ctx: &egui::Context, choice: ThemeChoice) {
        let high = self.is_high(choice);
        if self.applied != Some(high) {
            apply_style(ctx, high);
            self.applied = Some(high);
        }
        ctx.set_theme(preference(choice, high));
    }

    /// Called every frame: applies the system's answer once it arrives.
    pub fn follow(&mut self, ctx: &egui::Context, choice: ThemeChoice) {
        if self.applied != Some(self.is_high(choice)) {
            self.apply(ctx, choice);
        }
    }
}
