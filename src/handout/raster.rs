//! A CPU rasterizer for egui's tessellated output: what a GPU backend does with
//! `ClippedPrimitive`s, in plain Rust, so that a page can be drawn with no window and no
//! GPU.
//!
//! It follows `egui-wgpu`'s shader for a gamma-space framebuffer, the one the snapshot
//! tests render with: vertex colours are premultiplied sRGB `Color32`s interpolated as
//! they are, multiplied by the texture's premultiplied texel, and blended as
//! premultiplied alpha (`dst = src + dst * (1 - src.a)`) into 8-bit channels. Anti-aliasing
//! is egui's own feathering (thin translucent triangles along every edge), so each pixel
//! is sampled once, at its centre.
//!
//! Nothing here trusts the meshes: an index out of range, a triangle with no area or a
//! NaN corner is skipped, and every loop is bounded by the clip rectangle and the image.

use std::collections::HashMap;

use eframe::egui::epaint::{
    ClippedPrimitive, ImageData, ImageDelta, Primitive, TextureId, Vertex,
    textures::{TextureFilter, TextureOptions, TextureWrapMode},
};
use eframe::egui::{Color32, ColorImage, Rect, TexturesDelta};

/// One texture as egui last set it.
struct Texture {
    width: usize,
    height: usize,
    /// Premultiplied sRGBA, row by row.
    texels: Vec<Color32>,
    options: TextureOptions,
}

/// The textures egui has handed over so far: the font atlas and any image a page shows.
#[derive(Default)]
pub struct Textures(HashMap<TextureId, Texture>);

impl Textures {
    /// Takes what a frame set: whole textures, and patches of them at `pos` (the font
    /// atlas grows in patches as new glyphs are drawn). Taken, not read: egui checks
    /// that no delta is dropped unapplied.
    pub fn set(&mut self, delta: &mut TexturesDelta) {
        for (id, images) in delta.set.drain() {
            for image in &images {
                self.set_one(id, image);
            }
        }
    }

    /// Takes what a frame freed and forgets it; call it after painting that frame.
    pub fn free(&mut self, delta: &mut TexturesDelta) {
        for id in delta.free.drain() {
            self.0.remove(&id);
        }
    }

    fn set_one(&mut self, id: TextureId, delta: &ImageDelta) {
        let ImageData::Color(image) = &delta.image;
        let [width, height] = image.size;
        if width.checked_mul(height) != Some(image.pixels.len()) {
            log::warn!(
                "texture {id:?}: {width}×{height} with {} texels; ignored",
                image.pixels.len()
            );
            return;
        }
        let Some([x, y]) = delta.pos else {
            let texture = Texture {
                width,
                height,
                texels: image.pixels.clone(),
                options: delta.options,
            };
            self.0.insert(id, texture);
            return;
        };
        let Some(texture) = self.0.get_mut(&id) else {
            log::warn!("texture {id:?}: a patch for a texture never set; ignored");
            return;
        };
        texture.options = delta.options;
        // The part of the patch that falls inside the texture.
        let columns = width.min(texture.width.saturating_sub(x));
        let rows = height.min(texture.height.saturating_sub(y));
        if columns == 0 {
            return;
        }
        for row in 0..rows {
            let from = row * width;
            let to = (y + row) * texture.width + x;
            texture.texels[to..to + columns].copy_from_slice(&image.pixels[from..from + columns]);
        }
    }

    /// How many textures are held (tests check that frees are applied).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Paints `primitives`, whose positions are in points, onto `target` (premultiplied,
/// `pixels_per_point` pixels to a point). Callbacks, which need a GPU, are skipped, and
/// so is a mesh whose texture was never set, as `egui-wgpu` skips it.
pub fn paint(
    target: &mut ColorImage,
    primitives: &[ClippedPrimitive],
    textures: &Textures,
    pixels_per_point: f32,
) {
    for ClippedPrimitive {
        clip_rect,
        primitive,
    } in primitives
    {
        let Primitive::Mesh(mesh) = primitive else {
            continue;
        };
        let Some(clip) = pixel_clip(*clip_rect, pixels_per_point, target.size) else {
            continue;
        };
        let Some(texture) = textures.0.get(&mesh.texture_id) else {
            continue;
        };
        for corners in mesh.indices.chunks_exact(3) {
            let vertex = |i: u32| mesh.vertices.get(usize::try_from(i).ok()?);
            if let (Some(a), Some(b), Some(c)) =
                (vertex(corners[0]), vertex(corners[1]), vertex(corners[2]))
            {
                triangle(target, clip, [a, b, c], texture, pixels_per_point);
            }
        }
    }
}

/// Pixels `[x0, x1) × [y0, y1)` a primitive may touch: its clip rectangle in pixels,
/// rounded as `egui-wgpu` rounds its scissor rectangle, within the image.
#[derive(Clone, Copy, Debug)]
struct Clip {
    x0: usize,
    y0: usize,
    x1: usize,
    y1: usize,
}

fn pixel_clip(rect: Rect, pixels_per_point: f32, [width, height]: [usize; 2]) -> Option<Clip> {
    // `as` saturates and sends NaN to 0: a clip rectangle of NaN clips everything away.
    let px = |v: f32, max: usize| ((v * pixels_per_point).round().max(0.0) as usize).min(max);
    let clip = Clip {
        x0: px(rect.min.x, width),
        y0: px(rect.min.y, height),
        x1: px(rect.max.x, width),
        y1: px(rect.max.y, height),
    };
    (clip.x0 < clip.x1 && clip.y0 < clip.y1).then_some(clip)
}

/// One edge `u → v` as a function of the pixel centre `(x, y)`: positive on the inside.
#[derive(Clone, Copy)]
struct Edge {
    /// `f(x, y) = dx * (y - u.y) - dy * (x - u.x)`
    ux: f32,
    uy: f32,
    dx: f32,
    dy: f32,
    /// Whether a pixel centre exactly on the edge belongs to this triangle: of two
    /// triangles sharing the edge, exactly one owns it, so it is not blended twice.
    owns_boundary: bool,
}

impl Edge {
    fn new(u: [f32; 2], v: [f32; 2]) -> Self {
        let (dx, dy) = (v[0] - u[0], v[1] - u[1]);
        Self {
            ux: u[0],
            uy: u[1],
            dx,
            dy,
            owns_boundary: dy > 0.0 || (dy == 0.0 && dx < 0.0),
        }
    }

    fn at(&self, x: f32, y: f32) -> f32 {
        self.dx * (y - self.uy) - self.dy * (x - self.ux)
    }

    fn inside(&self, value: f32) -> bool {
        value > 0.0 || (value == 0.0 && self.owns_boundary)
    }

    /// The pixel-centre x range `[lo, hi]` on row `y` where the edge is not negative.
    fn span(&self, y: f32) -> (f32, f32) {
        // f = c - dy * x, with c = dx * (y - uy) + dy * ux.
        let c = self.dx * (y - self.uy) + self.dy * self.ux;
        if self.dy > 0.0 {
            (f32::NEG_INFINITY, c / self.dy)
        } else if self.dy < 0.0 {
            (c / self.dy, f32::INFINITY)
        } else if c >= 0.0 {
            (f32::NEG_INFINITY, f32::INFINITY)
        } else {
            (f32::INFINITY, f32::NEG_INFINITY)
        }
    }
}

fn triangle(
    target: &mut ColorImage,
    clip: Clip,
    vertices: [&Vertex; 3],
    texture: &Texture,
    pixels_per_point: f32,
) {
    let p = vertices.map(|v| [v.pos.x * pixels_per_point, v.pos.y * pixels_per_point]);
    if p.iter().flatten().any(|c| !c.is_finite()) {
        return;
    }
    let [mut a, mut b, c] = [0, 1, 2];
    let mut area = Edge::new(p[a], p[b]).at(p[c][0], p[c][1]);
    // Counter-clockwise on screen (y down) is positive; turn the other winding round.
    if area < 0.0 {
        std::mem::swap(&mut a, &mut b);
        area = -area;
    }
    // No area, or an area lost to rounding: nothing to draw (and no division by ~0).
    let drawable = area.is_finite() && area > 1e-6;
    if !drawable {
        return;
    }
    let order = [a, b, c];
    // Edge i is opposite corner i: its value over the area is corner i's weight.
    let edges = [
        Edge::new(p[order[1]], p[order[2]]),
        Edge::new(p[order[2]], p[order[0]]),
        Edge::new(p[order[0]], p[order[1]]),
    ];
    let corner = order.map(|i| vertices[i]);
    let colors = corner.map(|v| v.color.to_array().map(f32::from));
    // Most of what egui draws is a solid colour: every corner at the same texel.
    let uv = corner.map(|v| [v.uv.x, v.uv.y]);
    let one_texel = (uv[0] == uv[1] && uv[1] == uv[2]).then(|| texture.sample(uv[0]));

    let (min_y, max_y) = p
        .iter()
        .fold((f32::INFINITY, f32::NEG_INFINITY), |(lo, hi), q| {
            (lo.min(q[1]), hi.max(q[1]))
        });
    let first_row = (min_y.floor().max(clip.y0 as f32) as usize).max(clip.y0);
    let end_row = ((max_y.ceil() + 1.0).max(0.0) as usize).min(clip.y1);
    let width = target.size[0];
    for y in first_row..end_row {
        let cy = y as f32 + 0.5;
        let (mut lo, mut hi) = (f32::NEG_INFINITY, f32::INFINITY);
        for edge in &edges {
            let (l, h) = edge.span(cy);
            lo = lo.max(l);
            hi = hi.min(h);
        }
        if lo.is_nan() || hi.is_nan() || lo > hi {
            continue;
        }
        // One pixel of slack each side for rounding; the exact test below decides.
        let first = ((lo - 0.5).floor() - 1.0).max(clip.x0 as f32) as usize;
        let end = (((hi - 0.5).ceil() + 2.0).max(0.0) as usize).min(clip.x1);
        for x in first.max(clip.x0)..end {
            let cx = x as f32 + 0.5;
            let w = edges.map(|e| e.at(cx, cy));
            if !(edges[0].inside(w[0]) && edges[1].inside(w[1]) && edges[2].inside(w[2])) {
                continue;
            }
            let l = w.map(|wi| wi / area);
            let texel = one_texel.unwrap_or_else(|| {
                texture.sample([
                    l[0] * uv[0][0] + l[1] * uv[1][0] + l[2] * uv[2][0],
                    l[0] * uv[0][1] + l[1] * uv[1][1] + l[2] * uv[2][1],
                ])
            });
            let mut src = [0.0f32; 4];
            for (ch, s) in src.iter_mut().enumerate() {
                let vertex = l[0] * colors[0][ch] + l[1] * colors[1][ch] + l[2] * colors[2][ch];
                *s = (vertex / 255.0 * texel[ch]).clamp(0.0, 1.0);
            }
            blend(&mut target.pixels[y * width + x], src);
        }
    }
}

/// Premultiplied "over", rounded to 8 bits as an 8-bit framebuffer stores it.
fn blend(dst: &mut Color32, src: [f32; 4]) {
    let d = dst.to_array();
    let keep = 1.0 - src[3];
    let out: [u8; 4] = std::array::from_fn(|i| {
        ((src[i] + f32::from(d[i]) / 255.0 * keep) * 255.0 + 0.5).clamp(0.0, 255.0) as u8
    });
    *dst = Color32::from_rgba_premultiplied(out[0], out[1], out[2], out[3]);
}

impl Texture {
    /// The texel at normalized `uv`, as premultiplied RGBA in 0..=1.
    fn sample(&self, [u, v]: [f32; 2]) -> [f32; 4] {
        let filter = self.options.magnification;
        // Texel centres are at half-integers, as on a GPU.
        let x = u * self.width as f32 - 0.5;
        let y = v * self.height as f32 - 0.5;
        match filter {
            TextureFilter::Nearest => self.texel((x + 0.5).floor(), (y + 0.5).floor()),
            TextureFilter::Linear => {
                let (x0, y0) = (x.floor(), y.floor());
                let (fx, fy) = (x - x0, y - y0);
                let t00 = self.texel(x0, y0);
                let t10 = self.texel(x0 + 1.0, y0);
                let t01 = self.texel(x0, y0 + 1.0);
                let t11 = self.texel(x0 + 1.0, y0 + 1.0);
                std::array::from_fn(|i| {
                    let top = t00[i] + (t10[i] - t00[i]) * fx;
                    let bottom = t01[i] + (t11[i] - t01[i]) * fx;
                    top + (bottom - top) * fy
                })
            }
        }
    }

    fn texel(&self, x: f32, y: f32) -> [f32; 4] {
        let (Some(x), Some(y)) = (
            wrap(x, self.width, self.options.wrap_mode),
            wrap(y, self.height, self.options.wrap_mode),
        ) else {
            return [0.0; 4];
        };
        self.texels
            .get(y * self.width + x)
            .map_or([0.0; 4], |t| t.to_array().map(|c| f32::from(c) / 255.0))
    }
}

/// A texel coordinate brought into `0..size` as the wrap mode says (`None` for an
/// empty texture).
fn wrap(i: f32, size: usize, mode: TextureWrapMode) -> Option<usize> {
    if size == 0 {
        return None;
    }
    // Saturating casts: NaN is 0, a huge value the largest `i64`.
    let i = i as i64;
    let n = size as i64;
    let wrapped = match mode {
        TextureWrapMode::ClampToEdge => i.clamp(0, n - 1),
        TextureWrapMode::Repeat => i.rem_euclid(n),
        TextureWrapMode::MirroredRepeat => {
            let m = i.rem_euclid(2 * n);
            if m < n { m } else { 2 * n - 1 - m }
        }
    };
    usize::try_from(wrapped).ok()
}

#[cfg(test)]
#[path = "raster_tests.rs"]
mod tests;
