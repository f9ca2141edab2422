//! The QR codes on the slides: what is drawn, read back module by module, is the code
//! of the address beside it.

mod common;

use common::{TestApp, app};
use eframe::egui::epaint::ClippedShape;
use eframe::egui::{Color32, Key, Rect, Shape};
use egui_kittest::kittest::Queryable;
use weprotect_explorer::model::{SlideKind, load_default};
use weprotect_explorer::widgets::qr::modules;

/// The black rectangles the last frame drew inside `area`: rectangle shapes, or the
/// quads of a mesh (two triangles each).
fn black_rects(t: &TestApp, area: Rect) -> Vec<Rect> {
    fn collect(shape: &Shape, area: Rect, out: &mut Vec<Rect>) {
        match shape {
            Shape::Rect(r)
                if r.fill == Color32::BLACK && area.expand(0.5).contains_rect(r.rect) =>
            {
                out.push(r.rect);
            }
            Shape::Mesh(mesh) => {
                for quad in mesh.indices.chunks(6) {
                    let corners: Vec<_> = quad
                        .iter()
                        .filter_map(|i| mesh.vertices.get(*i as usize))
                        .collect();
                    let rect =
                        Rect::from_points(&corners.iter().map(|v| v.pos).collect::<Vec<_>>());
                    if corners.iter().all(|v| v.color == Color32::BLACK)
                        && area.expand(0.5).contains_rect(rect)
                    {
                        out.push(rect);
                    }
                }
            }
            Shape::Vec(shapes) => shapes.iter().for_each(|s| collect(s, area, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for ClippedShape { shape, .. } in &t.harness.output().shapes {
        collect(shape, area, &mut out);
    }
    out
}

/// Reads the drawn code in `area` back into modules, given its width in modules.
fn read_back(t: &TestApp, area: Rect, width: usize) -> Vec<bool> {
    let quiet = 4.0;
    let module = area.width() / (width as f32 + 2.0 * quiet);
    let mut dark = vec![false; width * width];
    for r in black_rects(t, area) {
        for row in 0..width {
            for column in 0..width {
                let centre = area.min
                    + eframe::egui::vec2(
                        (quiet + column as f32 + 0.5) * module,
                        (quiet + row as f32 + 0.5) * module,
                    );
                if r.contains(centre) {
                    dark[row * width + column] = true;
                }
            }
        }
    }
    dark
}

fn on_slide(kind: SlideKind) -> TestApp {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let at = data.slides.iter().position(|s| s.kind == kind);
    let Some(at) = at else {
        panic!("no {kind:?} slide");
    };
    let mut t = app();
    t.press(Key::F5);
    for _ in 0..at {
        t.next_whole_slide();
    }
    t
}

fn assert_reads_back(t: &TestApp, address: &str) {
    let label = format!("QR code for {address}");
    let area = t.harness.get_by_label(&label).rect();
    let Some((width, expected)) = modules(address) else {
        panic!("{address} encodes");
    };
    assert_eq!(read_back(t, area, width), expected, "{address}");
}

#[test]
fn the_video_slide_draws_the_code_of_the_videos_address() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let video = data
        .resource("summit_video")
        .and_then(|r| r.url.clone())
        .unwrap_or_default();
    let t = on_slide(SlideKind::Video);
    assert_reads_back(&t, &video);
}

#[test]
fn each_resource_on_its_slide_has_the_code_of_its_own_address() {
    let data = load_default().unwrap_or_else(|e| panic!("{e}"));
    let t = on_slide(SlideKind::Resources);
    let mut read = 0;
    for r in &data.resources {
        let Some(url) = &r.url else { continue };
        if t.harness
            .query_by_label(&format!("QR code for {url}"))
            .is_some()
        {
            assert_reads_back(&t, url);
            read += 1;
        }
    }
    assert_eq!(read, 6, "one code for each line of the deck's slide");
}
