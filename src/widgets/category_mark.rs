//! A milestone's category as a colour and a shape: a circle, a square, a diamond, a
//! triangle up or down, a hexagon. The shape tells the categories apart where colour
//! cannot (a projector's washed-out colours, colour blindness, a print in grey; WCAG
//! 1.4.1), and the legend beside it names them.

use std::f32::consts::{FRAC_PI_2, TAU};

use eframe::egui::{Color32, Painter, Pos2, Shape, Stroke, pos2, vec2};

use crate::model::Category;
use crate::theme;

/// Draws `category`'s mark centred on `center`, `radius` points from centre to edge.
/// A thin `outline` keeps a pale fill visible on a pale background.
pub fn category_mark(
    painter: &Painter,
    center: Pos2,
    radius: f32,
    category: Category,
    outline: Color32,
) {
    let fill = theme::category(category);
    let stroke = Stroke::new((radius / 8.0).clamp(0.5, 3.0), outline);
    let r = radius;
    let polygon = |points: Vec<Pos2>| Shape::convex_polygon(points, fill, stroke);
    let shape = match category {
        Category::Founding => Shape::circle_filled(center, r, fill),
        Category::Summit => polygon(corners(center, r * 1.2, 4, TAU / 8.0)),
        Category::Report => polygon(corners(center, r * 1.15, 4, 0.0)),
        Category::Membership => polygon(corners(center + vec2(0.0, r * 0.15), r * 1.15, 3, 0.0)),
        Category::Governance => polygon(corners(
            center - vec2(0.0, r * 0.15),
            r * 1.15,
            3,
            TAU / 6.0,
        )),
        Category::Outcome => polygon(corners(center, r * 1.05, 6, 0.0)),
    };
    painter.add(shape);
    if category == Category::Founding {
        painter.circle_stroke(center, r, stroke);
    }
}

/// The corners of a regular polygon with `n` corners `r` from `center`, the first at
/// the top turned by `turn` radians, clockwise on screen.
fn corners(center: Pos2, r: f32, n: usize, turn: f32) -> Vec<Pos2> {
    (0..n)
        .map(|i| {
            let a = -FRAC_PI_2 + turn + TAU * i as f32 / n as f32;
            pos2(center.x + r * a.cos(), center.y + r * a.sin())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polygons_are_centred_and_sized() {
        let c = pos2(10.0, 20.0);
        let square = corners(c, 5.0, 4, TAU / 8.0);
        assert_eq!(square.len(), 4);
        for p in &square {
            assert!(((*p - c).length() - 5.0).abs() < 1e-4);
        }
        // A diamond's first corner is straight above the centre.
        let diamond = corners(c, 5.0, 4, 0.0);
        assert!((diamond[0].x - c.x).abs() < 1e-4 && diamond[0].y < c.y);
    }
}
