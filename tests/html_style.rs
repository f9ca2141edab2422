//! The page's colours, read from its stylesheet: text, links and the focus ring meet
//! WCAG 2.2 AA (4.5:1 for text, 3:1 for the focus ring) in the light and the dark
//! scheme, on the page and on the panel behind the deck's quotations.

use std::collections::HashMap;

use weprotect_explorer::html::STYLE;

/// The custom properties (`--name: #rrggbb;`) of the first rule block after `marker`.
fn palette(marker: &str) -> HashMap<String, [f64; 3]> {
    let start = STYLE
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in the stylesheet"));
    let block = &STYLE[start..];
    let block = &block[..block.find('}').unwrap_or(block.len())];
    block
        .lines()
        .filter_map(|line| {
            let (name, value) = line.trim().strip_prefix("--")?.split_once(':')?;
            let hex = value.trim().trim_end_matches(';').strip_prefix('#')?;
            let channel = |i: usize| {
                u8::from_str_radix(hex.get(i..i + 2)?, 16)
                    .ok()
                    .map(f64::from)
            };
            Some((name.to_owned(), [channel(0)?, channel(2)?, channel(4)?]))
        })
        .collect()
}

/// WCAG relative luminance of an sRGB colour.
fn luminance(rgb: [f64; 3]) -> f64 {
    let linear = |c: f64| {
        let c = c / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn check(scheme: &str, colours: &HashMap<String, [f64; 3]>) {
    let colour = |name: &str| {
        *colours
            .get(name)
            .unwrap_or_else(|| panic!("{scheme}: no --{name}"))
    };
    for background in ["page", "panel"] {
        for (text, needed) in [
            ("ink", 4.5),
            ("weak", 4.5),
            ("link", 4.5),
            ("visited", 4.5),
            ("focus", 3.0),
        ] {
            let ratio = contrast(colour(text), colour(background));
            assert!(
                ratio >= needed,
                "{scheme}: --{text} on --{background} is {ratio:.2}:1, below {needed}:1"
            );
        }
    }
}

#[test]
fn text_links_and_focus_meet_wcag_aa_in_light_and_dark() {
    let light = palette(".story {");
    let dark = palette("@media (prefers-color-scheme: dark)");
    assert_eq!(light.len(), 8, "{light:?}");
    assert_eq!(dark.len(), 8, "{dark:?}");
    check("light", &light);
    check("dark", &dark);
}

#[test]
fn the_checker_sees_a_failing_pair() {
    // Grey #777 on white is the textbook near miss: 4.48:1.
    let ratio = contrast([119.0; 3], [255.0; 3]);
    assert!((4.47..4.49).contains(&ratio), "{ratio}");
}
