//! The rasterizer on meshes made by hand: coverage, blending, clipping, texture sampling
//! and updates, and meshes that would crash a careless one.

use super::*;
use eframe::egui::epaint::{Mesh, WHITE_UV};
use eframe::egui::{Pos2, pos2, vec2};

const FONT: TextureId = TextureId::Managed(0);
const IMAGE: TextureId = TextureId::User(7);

/// A 1×1 white texture as the font atlas' white texel, and a 2×2 image of four colours.
fn textures(filter: TextureOptions) -> Textures {
    let mut delta = TexturesDelta::default();
    let white = ColorImage::new([1, 1], vec![Color32::WHITE]);
    delta.set.insert(
        FONT,
        [ImageDelta::full(white, TextureOptions::NEAREST)].into(),
    );
    let quad = ColorImage::new(
        [2, 2],
        vec![Color32::RED, Color32::GREEN, Color32::BLUE, Color32::WHITE],
    );
    delta
        .set
        .insert(IMAGE, [ImageDelta::full(quad, filter)].into());
    let mut t = Textures::default();
    t.set(&mut delta);
    t
}

/// A rectangle as two triangles sharing a diagonal.
fn rect_mesh(rect: Rect, color: Color32, texture: TextureId, uv: Rect) -> Mesh {
    let mut mesh = Mesh::with_texture(texture);
    mesh.add_rect_with_uv(rect, uv, color);
    mesh
}

/// Paints one rectangle of `size` points at the origin, unclipped, one pixel a point.
fn paint_square(
    image: &mut ColorImage,
    t: &Textures,
    size: f32,
    color: Color32,
    texture: TextureId,
    uv: Rect,
) {
    let rect = Rect::from_min_size(Pos2::ZERO, vec2(size, size));
    paint(
        image,
        &[prim(EVERYTHING, rect_mesh(rect, color, texture, uv))],
        t,
        1.0,
    );
}

fn prim(clip: Rect, mesh: Mesh) -> ClippedPrimitive {
    ClippedPrimitive {
        clip_rect: clip,
        primitive: Primitive::Mesh(mesh),
    }
}

fn blank(w: usize, h: usize) -> ColorImage {
    ColorImage::new([w, h], vec![Color32::TRANSPARENT; w * h])
}

const EVERYTHING: Rect = Rect::EVERYTHING;

fn at(image: &ColorImage, x: usize, y: usize) -> [u8; 4] {
    image.pixels[y * image.size[0] + x].to_array()
}

#[test]
fn a_rectangle_covers_exactly_its_pixels_once() {
    let t = textures(TextureOptions::NEAREST);
    let mut image = blank(8, 8);
    // Half-transparent: a pixel of the shared diagonal blended twice would show.
    let half = Color32::from_rgba_premultiplied(64, 0, 0, 128);
    let rect = Rect::from_min_max(pos2(2.0, 1.0), pos2(6.0, 7.0));
    let uv = Rect::from_min_max(WHITE_UV, WHITE_UV);
    paint(
        &mut image,
        &[prim(EVERYTHING, rect_mesh(rect, half, FONT, uv))],
        &t,
        1.0,
    );
    for y in 0..8 {
        for x in 0..8 {
            let inside = (2..6).contains(&x) && (1..7).contains(&y);
            let want = if inside { [64, 0, 0, 128] } else { [0; 4] };
            assert_eq!(at(&image, x, y), want, "pixel ({x}, {y})");
        }
    }
}

#[test]
fn colours_blend_as_premultiplied_alpha() {
    let t = textures(TextureOptions::NEAREST);
    let mut image = ColorImage::new([4, 4], vec![Color32::BLUE; 16]);
    let half_red = Color32::from_rgba_premultiplied(128, 0, 0, 128);
    let uv = Rect::from_min_max(WHITE_UV, WHITE_UV);
    paint_square(&mut image, &t, 4.0, half_red, FONT, uv);
    // 128/255 of red, and the blue behind kept by 1 - 128/255.
    assert_eq!(at(&image, 1, 1), [128, 0, 127, 255]);
}

#[test]
fn the_clip_rectangle_and_pixels_per_point_apply() {
    let t = textures(TextureOptions::NEAREST);
    let mut image = blank(10, 10);
    let uv = Rect::from_min_max(WHITE_UV, WHITE_UV);
    // A 4×4-point square at 2 pixels per point is 8×8 pixels; the clip keeps 3 points.
    let mesh = rect_mesh(
        Rect::from_min_size(Pos2::ZERO, vec2(4.0, 4.0)),
        Color32::WHITE,
        FONT,
        uv,
    );
    let clip = Rect::from_min_size(pos2(1.0, 1.0), vec2(2.0, 2.0));
    paint(&mut image, &[prim(clip, mesh)], &t, 2.0);
    let covered: Vec<(usize, usize)> = (0..10)
        .flat_map(|y| (0..10).map(move |x| (x, y)))
        .filter(|&(x, y)| at(&image, x, y)[3] > 0)
        .collect();
    let want: Vec<(usize, usize)> = (2..6).flat_map(|y| (2..6).map(move |x| (x, y))).collect();
    assert_eq!(covered, want);
}

#[test]
fn textures_are_sampled_and_multiplied_with_the_vertex_colour() {
    for filter in [TextureOptions::NEAREST, TextureOptions::LINEAR] {
        let t = textures(filter);
        let mut image = blank(2, 2);
        let full = Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0));
        paint_square(&mut image, &t, 2.0, Color32::WHITE, IMAGE, full);
        // Pixel centres fall on texel centres: both filters give the texels.
        assert_eq!(at(&image, 0, 0), [255, 0, 0, 255], "{filter:?}");
        assert_eq!(at(&image, 1, 0), [0, 255, 0, 255], "{filter:?}");
        assert_eq!(at(&image, 0, 1), [0, 0, 255, 255], "{filter:?}");
        assert_eq!(at(&image, 1, 1), [255, 255, 255, 255], "{filter:?}");

        let mut image = blank(2, 2);
        let grey = Color32::from_rgba_premultiplied(128, 128, 128, 128);
        paint_square(&mut image, &t, 2.0, grey, IMAGE, full);
        assert_eq!(at(&image, 0, 0), [128, 0, 0, 128], "{filter:?}");
    }
}

#[test]
fn bilinear_filtering_blends_neighbouring_texels() {
    let t = textures(TextureOptions::LINEAR);
    let mut image = blank(1, 1);
    // One pixel whose centre samples the middle of the 2×2 texture.
    paint_square(
        &mut image,
        &t,
        1.0,
        Color32::WHITE,
        IMAGE,
        Rect::from_min_max(pos2(0.25, 0.25), pos2(0.75, 0.75)),
    );
    // The mean of red, green, blue and white.
    assert_eq!(at(&image, 0, 0), [128, 128, 128, 255]);
}

#[test]
fn vertex_colours_are_interpolated_across_a_triangle() {
    let t = textures(TextureOptions::NEAREST);
    let mut image = blank(100, 1);
    let mut mesh = Mesh::with_texture(FONT);
    for (x, c) in [(0.0, Color32::BLACK), (100.0, Color32::WHITE)] {
        for y in [0.0, 1.0] {
            mesh.vertices.push(Vertex {
                pos: pos2(x, y),
                uv: WHITE_UV,
                color: c,
            });
        }
    }
    mesh.indices = vec![0, 1, 2, 1, 2, 3];
    paint(&mut image, &[prim(EVERYTHING, mesh)], &t, 1.0);
    // At the centre of pixel 49 the gradient is 49.5 % of the way.
    assert_eq!(at(&image, 49, 0), [126, 126, 126, 255]);
    assert_eq!(at(&image, 0, 0)[0], 1);
}

#[test]
fn partial_updates_land_at_their_position() {
    let mut t = textures(TextureOptions::NEAREST);
    let mut delta = TexturesDelta::default();
    let patch = ColorImage::new([1, 1], vec![Color32::YELLOW]);
    delta.set.insert(
        IMAGE,
        [ImageDelta::partial([1, 1], patch, TextureOptions::NEAREST)].into(),
    );
    // A patch hanging over the edge is cut, not a panic.
    let over = ColorImage::new([3, 3], vec![Color32::BLACK; 9]);
    delta.set.insert(
        FONT,
        [ImageDelta::partial(
            [usize::MAX, 0],
            over,
            TextureOptions::NEAREST,
        )]
        .into(),
    );
    t.set(&mut delta);
    let mut image = blank(2, 2);
    paint_square(
        &mut image,
        &t,
        2.0,
        Color32::WHITE,
        IMAGE,
        Rect::from_min_max(pos2(0.0, 0.0), pos2(1.0, 1.0)),
    );
    assert_eq!(at(&image, 1, 1), Color32::YELLOW.to_array());
    assert_eq!(at(&image, 0, 0), [255, 0, 0, 255]);

    let mut freed = TexturesDelta::default();
    freed.free.insert(IMAGE);
    t.free(&mut freed);
    assert_eq!(t.len(), 1);
}

#[test]
fn hostile_meshes_draw_nothing_and_never_panic() {
    let t = textures(TextureOptions::LINEAR);
    let mut image = blank(16, 16);
    let v = |x: f32, y: f32| Vertex {
        pos: pos2(x, y),
        uv: pos2(f32::NAN, f32::INFINITY),
        color: Color32::WHITE,
    };
    let mut mesh = Mesh::with_texture(IMAGE);
    mesh.vertices = vec![
        v(f32::NAN, 0.0),
        v(4.0, 4.0),
        v(8.0, 8.0), // on one line with the one before: no area
        v(1e30, -1e30),
        v(f32::INFINITY, 3.0),
        v(-1e9, 1e9),
    ];
    // NaN corner, no area, an index out of range, overflowing areas, a stray index.
    mesh.indices = vec![0, 1, 2, 1, 2, 2, 1, 2, 99, 3, 4, 5, 1, 3, 5, 1];
    let mut missing = mesh.clone();
    missing.texture_id = TextureId::User(404);
    let clips = [
        EVERYTHING,
        Rect::NOTHING,
        Rect::from_min_max(pos2(f32::NAN, 0.0), pos2(4.0, f32::NAN)),
        Rect::from_min_size(pos2(3.0, 3.0), vec2(0.0, 0.0)),
    ];
    let mut primitives: Vec<_> = clips.iter().map(|c| prim(*c, mesh.clone())).collect();
    primitives.push(prim(EVERYTHING, missing));
    for ppp in [1.0, 0.0, f32::NAN, 1e20] {
        paint(&mut image, &primitives, &t, ppp);
        paint(&mut blank(0, 0), &primitives, &t, ppp);
    }
    // Of all of these only (1, 3, 5) is a real triangle, far larger than the image: it
    // may cover pixels; what matters is that painting ends, with nothing out of bounds.
}

#[test]
fn a_huge_triangle_costs_only_the_pixels_it_covers() {
    let t = textures(TextureOptions::NEAREST);
    let mut image = blank(64, 64);
    let mut mesh = Mesh::with_texture(FONT);
    for p in [pos2(-1e7, -1e7), pos2(3e7, -1e7), pos2(-1e7, 3e7)] {
        mesh.vertices.push(Vertex {
            pos: p,
            uv: WHITE_UV,
            color: Color32::WHITE,
        });
    }
    mesh.indices = vec![0, 1, 2];
    // Not a speed test: a rasterizer that walked the triangle's 4e7×4e7 bounding box
    // would not finish this side of the test run's time-out; this one walks 64 rows of
    // 64 pixels.
    paint(&mut image, &[prim(EVERYTHING, mesh)], &t, 1.0);
    assert!(image.pixels.iter().all(|p| *p == Color32::WHITE));
}
