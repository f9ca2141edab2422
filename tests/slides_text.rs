//! What a slide says, it says once: no sentence of the built-in talk is drawn twice on
//! a slide, whether word for word or inside a longer line.

mod common;

use common::{TestApp, app};
use eframe::egui::Key;
use weprotect_explorer::model::load_default;

/// The texts the last frame drew, line by line as laid out, joined per text shape;
/// only those long enough to be a sentence or a figure with its words.
fn drawn_texts(t: &TestApp) -> Vec<String> {
    t.drawn_texts()
        .into_iter()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .map(|l| l.trim_end_matches('.').to_owned())
        .filter(|l| l.chars().count() >= 12)
        .collect()
}

#[test]
fn no_slide_draws_a_sentence_twice() {
    let slides = load_default().map_or(0, |d| d.slides.len());
    let mut t = app();
    t.press(Key::F5);
    let mut checked = 0;
    for i in 0..slides {
        let texts = drawn_texts(&t);
        checked += texts.len();
        for (a, first) in texts.iter().enumerate() {
            for (b, second) in texts.iter().enumerate() {
                // A name inside a longer line ("WePROTECT Global Alliance" in "Merger
                // into the WePROTECT Global Alliance") or a tag on each card ("On the
                // timeline") is not a repeat; a sentence or a figure with its words,
                // again or inside another line, is.
                let sentence_or_figure = first.split_whitespace().count() >= 5
                    || first.chars().any(|c| c.is_ascii_digit());
                let again = sentence_or_figure
                    && ((a < b && first == second)
                        || (first != second && second.contains(first.as_str())));
                assert!(
                    !again,
                    "slide {}: {first:?} is drawn again in {second:?}",
                    i + 1
                );
            }
        }
        t.next_whole_slide();
    }
    assert!(
        checked > 40,
        "only {checked} lines were read off the slides"
    );
}

#[test]
fn the_resources_slide_says_the_decks_lines_verbatim_with_their_addresses() {
    let Ok(data) = load_default() else {
        panic!("the built-in data loads");
    };
    let Some(at) = data
        .slides
        .iter()
        .position(|s| s.kind == weprotect_explorer::model::SlideKind::Resources)
    else {
        panic!("the talk has a Resources slide");
    };
    let mut t = app();
    t.press(Key::F5);
    for _ in 0..at {
        t.next_whole_slide();
    }
    let texts = drawn_texts(&t);
    let Some(slide) = data.slides.get(at) else {
        panic!("no slide {at}");
    };
    assert!(!slide.bullets.is_empty());
    for line in &slide.bullets {
        assert!(
            texts.contains(line),
            "{line:?} is not on the slide: {texts:?}"
        );
    }
    // Each line's resource is there by its address, written short.
    assert!(
        texts
            .iter()
            .any(|t| t == "weprotect.org/framing-the-future")
    );
    // Nothing the deck's slide does not list: the video has a slide of its own.
    let video = data.resource("summit_video").map(|r| r.title.clone());
    assert!(video.is_some_and(|v| !texts.iter().any(|t| t.contains(&v))));
}
