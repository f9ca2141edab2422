//! Labels measure as egui draws them, and every offered wrap keeps to its lines.

use super::*;
use crate::model::load_default;
use crate::views::timeline::layout::Placed;
use crate::views::timeline::{label_job, short_title};

/// Runs `f` with fresh tables and egui's fonts, as a frame would have them.
fn with_fonts(mut f: impl FnMut(&mut LabelWidths, &mut FontsView<'_>, &FontId)) {
    let ctx = egui::Context::default();
    let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
        let font = FontId::proportional(LABEL_FONT);
        ui.ctx()
            .fonts_mut(|fonts| f(&mut LabelWidths::default(), fonts, &font));
    });
    // The glyphs drawn are for a renderer; there is none here.
    output.textures_delta.clear();
}

fn whole(fonts: &mut FontsView<'_>, font: &FontId, title: &str) -> f32 {
    fonts
        .layout_no_wrap(short_title(title), font.clone(), Color32::WHITE)
        .size()
        .x
}

#[test]
fn labels_measure_as_they_are_drawn() {
    let Ok(data) = load_default() else {
        panic!("the built-in data loads");
    };
    let mut titles: Vec<String> = data.milestones.iter().map(|m| m.title.clone()).collect();
    titles.extend(
        [
            "AVAWAY To Ty: kerned pairs, and fi fl ffi",
            "Milestone 115999 on the summit's first day",
            "A title long enough to be cut short, with an ellipsis",
            "Cut right after a space                 and more",
            "Two\nlines",
            "«Œuvre» — ‘quoted’ “x” → ✓ 日本語テキスト",
            "العربية تتصل حروفها",
            "e\u{301}te\u{301} flags 🇫🇷🇩🇪",
            "",
        ]
        .map(String::from),
    );
    with_fonts(|widths, fonts, font| {
        for title in &titles {
            let (drawn, summed) = (whole(fonts, font, title), widths.width(fonts, font, title));
            assert_eq!(
                drawn.to_bits(),
                summed.to_bits(),
                "{title:?}: {drawn} ≠ {summed}"
            );
        }
    });
}

/// Every way a title is offered is drawn in its lines and width, whole.
#[test]
fn wrapped_labels_keep_to_the_lines_and_width_reserved() {
    let Ok(data) = load_default() else {
        panic!("the built-in data loads");
    };
    let mut titles: Vec<String> = data.milestones.iter().map(|m| m.title.clone()).collect();
    titles.push("AVAWAY To Ty: kerned pairs, and fi fl ffi, wrapped onto lines".into());
    titles.push(format!("{} end", "word ".repeat(40)));
    titles.push("Ünïcödé — “quoted” words, Ωμέγα and Кириллица, wrapped as well".into());
    let mut wrapped = 0;
    with_fonts(|widths, fonts, font| {
        for title in &titles {
            let label = widths.label(fonts, font, title);
            for (k, width) in label.whole.iter().enumerate() {
                if !width.is_finite() {
                    continue;
                }
                wrapped += usize::from(k > 0);
                let placed = Placed {
                    index: 0,
                    lane: 0,
                    x0: 0.0,
                    x1: 0.0,
                    left: 0.0,
                    right: 0.0,
                    label_left: false,
                    label_width: *width,
                    lines: (k + 1) as u8,
                    cut: false,
                };
                let galley = fonts.layout_job(label_job(title, &placed, Color32::WHITE));
                assert!(!galley.elided, "{title:?} on {} lines is cut", k + 1);
                assert_eq!(galley.text(), title);
                assert!(
                    galley.rows.len() <= k + 1,
                    "{title:?}: {} rows",
                    galley.rows.len()
                );
                assert!(
                    galley.size().x <= *width + 0.01,
                    "{title:?}: {} wider than {width}",
                    galley.size().x
                );
            }
            let finite: Vec<f32> = label.whole.into_iter().filter(|w| w.is_finite()).collect();
            assert!(finite.windows(2).all(|w| w[1] < w[0]), "{label:?}");
            assert!(!finite.is_empty() || label.cut.is_some(), "{label:?}");
        }
    });
    assert!(wrapped >= 10, "only {wrapped} wrapped shapes were checked");
}

#[test]
fn a_full_pair_table_falls_back_to_whole_labels() {
    with_fonts(|widths, fonts, font| {
        let known = widths.width(fonts, font, "Ωμέγα");
        // Pairs of private-use characters, which no label has, until the table is full.
        let private = |n: usize| char::from_u32(0xf_0000 + n as u32);
        for n in 0..MAX_PAIRS {
            if let (Some(a), Some(b)) = (private(n / 1024), private(n % 1024)) {
                widths.pairs.insert((a, b), f32::NAN);
            }
        }
        let full = widths.pairs.len();
        assert!(full >= MAX_PAIRS);
        assert_eq!(widths.width(fonts, font, "Ωμέγα"), known, "pairs kept");
        let new_pairs = widths.width(fonts, font, "Ψυχή");
        assert_eq!(new_pairs, whole(fonts, font, "Ψυχή"), "laid out whole");
        assert_eq!(widths.pairs.len(), full, "and nothing more kept");
        let ascii = widths.width(fonts, font, "AVAWAY");
        assert_eq!(ascii, whole(fonts, font, "AVAWAY"), "ASCII has a table");
    });
}
