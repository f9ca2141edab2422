//! The speaker's notes under a slide, on a handout page with notes.

use eframe::egui::{self, FontId, Rect, pos2, vec2};

use crate::theme;

/// Room around the notes: the slides' own side margin, a little less above and below.
const MARGIN: egui::Vec2 = vec2(96.0, 40.0);
/// "Speaker notes": the slides' caption size.
const LABEL_SIZE: f32 = 27.0;
/// The notes' size: the slides' body size, 36, when they fit; smaller sizes for long
/// notes, down to one still comfortable on paper (20 px is 10 pt on the page).
const SIZES: [f32; 5] = [36.0, 32.0, 28.0, 24.0, 20.0];

/// Draws `notes` in `rect`. A slide without notes says so, as the speaker view does:
/// an empty box on paper would leave the reader wondering whether something was lost.
pub fn draw(ui: &egui::Ui, rect: Rect, notes: &str) {
    let visuals = ui.visuals();
    let weak = theme::weak_text(visuals);
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, visuals.panel_fill);
    // A rule between the slide and its notes, as a printed deck's notes page has.
    painter.hline(
        rect.x_range(),
        rect.top() + 1.0,
        visuals.widgets.noninteractive.bg_stroke,
    );
    let inner = rect.shrink2(MARGIN);
    let label = painter.layout_no_wrap(
        "Speaker notes".to_owned(),
        FontId::proportional(LABEL_SIZE),
        weak,
    );
    let top = inner.top() + label.size().y + 12.0;
    painter.galley(inner.min, label, weak);

    let (text, color) = match notes.trim() {
        "" => ("No notes for this slide.", weak),
        text => (text, visuals.text_color()),
    };
    let room = Rect::from_min_max(pos2(inner.left(), top), inner.max);
    let mut galley = None;
    for size in SIZES {
        let laid = painter.layout(
            text.to_owned(),
            FontId::proportional(size),
            color,
            room.width(),
        );
        let fits = laid.size().y <= room.height();
        galley = Some(laid);
        if fits {
            break;
        }
    }
    // Notes too long even at the smallest size are cut at the page's edge.
    if let Some(galley) = galley {
        painter.with_clip_rect(room).galley(room.min, galley, color);
    }
}
