//! An address as a QR code drawn with the painter, so that a person in the audience
//! can open it on a phone. No image files: the modules are rectangles on the page.

use std::sync::Arc;

use eframe::egui::{self, Color32, Rect, Sense, pos2, vec2};
use qrcode::{EcLevel, QrCode};

/// Light modules around the code, as the standard asks, so that a reader finds it.
const QUIET: usize = 4;

/// The code for `text` as a square of modules, row by row (`true` is dark), and its
/// width in modules; `None` when the text is too long for a QR code.
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    let dark = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Some((width, dark))
}

/// Draws the code for `address` in a square `size` points wide (quiet zone included),
/// black on white whatever the theme, as scanners expect; its accessible name says
/// what it opens. Nothing is drawn when the address cannot be encoded.
pub fn qr_code(ui: &mut egui::Ui, address: &str, size: f32) -> Option<egui::Response> {
    let code = cached_modules(ui.ctx(), address)?;
    let (width, dark) = &*code;
    let width = *width;
    let (rect, response) = ui.allocate_exact_size(vec2(size, size), Sense::hover());
    if ui.is_rect_visible(rect) {
        // One mesh of plain quads: a code is hundreds of runs, and as separate shapes
        // each would be feathered and tessellated on its own every frame.
        let mut mesh = egui::Mesh::default();
        mesh.add_colored_rect(rect, Color32::WHITE);
        let module = size / (width + 2 * QUIET) as f32;
        let origin = rect.min + vec2(QUIET as f32 * module, QUIET as f32 * module);
        for (row, cells) in dark.chunks(width).enumerate() {
            // One rectangle for each run of dark modules in a row.
            let mut column = 0;
            while column < cells.len() {
                if !cells.get(column).copied().unwrap_or(false) {
                    column += 1;
                    continue;
                }
                let start = column;
                while cells.get(column).copied().unwrap_or(false) {
                    column += 1;
                }
                let min = origin + vec2(start as f32 * module, row as f32 * module);
                let max = origin + vec2(column as f32 * module, (row + 1) as f32 * module);
                mesh.add_colored_rect(
                    Rect::from_min_max(pos2(min.x, min.y), pos2(max.x, max.y)),
                    Color32::BLACK,
                );
            }
        }
        ui.painter_at(rect).add(egui::Shape::mesh(mesh));
    }
    let label = format!("QR code for {address}");
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &label));
    Some(response)
}

/// The modules of `address`, encoded once and then kept: encoding is the costly part
/// of a code, and a slide shows the same ones frame after frame.
fn cached_modules(ctx: &egui::Context, address: &str) -> Option<Arc<(usize, Vec<bool>)>> {
    type Code = Option<Arc<(usize, Vec<bool>)>>;
    let id = egui::Id::unique(("qr_modules", address));
    if let Some(code) = ctx.data(|d| d.get_temp::<Code>(id)) {
        return code;
    }
    let code = modules(address).map(Arc::new);
    ctx.data_mut(|d| d.insert_temp(id, code.clone()));
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_becomes_a_square_of_modules_and_too_long_a_text_none() {
        let Some((width, dark)) = modules("https://weprotect.org/framing-the-future") else {
            panic!("an address encodes");
        };
        assert_eq!(dark.len(), width * width);
        assert!((21..=57).contains(&width), "{width}");
        // The three finder patterns: a dark top-left corner, top-right and bottom-left.
        assert!(dark[0] && dark[width - 1] && dark[width * (width - 1)]);
        assert!(modules(&"x".repeat(10_000)).is_none());
    }
}
