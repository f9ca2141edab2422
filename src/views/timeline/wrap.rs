//! How narrow a title can be made on a given number of lines: words and their widths
//! in, the narrowest width out. Pure arithmetic, so that the label shapes the layout
//! packs are worked out once per data without laying text out again and again.

/// The lines greedy wrapping at `width` gives words of `words` widths separated by
/// `space`, and the widest of those lines. A word wider than `width` takes a line of
/// its own, as it would be drawn.
fn greedy(words: &[f32], space: f32, width: f32) -> (usize, f32) {
    let mut lines = 0;
    let mut widest = 0.0_f32;
    let mut line: Option<f32> = None;
    for w in words {
        line = match line {
            Some(now) if now + space + w <= width => Some(now + space + w),
            Some(now) => {
                lines += 1;
                widest = widest.max(now);
                Some(*w)
            }
            None => Some(*w),
        };
    }
    if let Some(now) = line {
        lines += 1;
        widest = widest.max(now);
    }
    (lines, widest)
}

/// The narrowest width at which the words wrap onto at most `lines` lines, when that
/// takes fewer than they need on one line less; `None` when there are too few words
/// to make `lines` lines. Greedy wrapping (as egui wraps) at the width returned gives
/// no more than `lines` lines.
pub(super) fn narrowest(words: &[f32], space: f32, lines: usize) -> Option<f32> {
    if lines < 2 || words.len() < lines || words.iter().any(|w| !w.is_finite() || *w < 0.0) {
        return None;
    }
    let widest_word = words.iter().fold(0.0_f32, |a, w| a.max(*w));
    let (_, total) = greedy(words, space, f32::INFINITY);
    let mut fits = total;
    let mut short = widest_word.max(total / lines as f32);
    if greedy(words, space, short).0 <= lines {
        fits = short;
    } else {
        // The line count falls as the width grows: halve the gap between a width that
        // is too narrow and one that fits until it is a quarter of a point (a title a
        // few hundred points long takes ten steps; no more than 40 for any width).
        for _ in 0..40 {
            if fits - short <= 0.25 {
                break;
            }
            let mid = (short + fits) / 2.0;
            if greedy(words, space, mid).0 <= lines {
                fits = mid;
            } else {
                short = mid;
            }
        }
    }
    // The widest line at that width is the width itself or less.
    Some(greedy(words, space, fits).1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_lines_split_the_words_as_evenly_as_they_go() {
        // "aaaa bb cc dddd": 40 10 10 40 with spaces of 5.
        let words = [40.0, 10.0, 10.0, 40.0];
        assert_eq!(narrowest(&words, 5.0, 2), Some(55.0));
        assert_eq!(greedy(&words, 5.0, 55.0).0, 2);
        assert_eq!(narrowest(&words, 5.0, 3), Some(40.0));
        assert_eq!(narrowest(&words, 5.0, 4), Some(40.0));
        assert_eq!(
            narrowest(&words, 5.0, 5),
            None,
            "four words make no five lines"
        );
    }

    #[test]
    fn a_long_word_sets_the_width() {
        assert_eq!(narrowest(&[200.0, 10.0, 10.0], 5.0, 2), Some(200.0));
    }

    #[test]
    fn the_width_found_is_the_narrowest_that_fits() {
        let words: Vec<f32> = (0..23).map(|i| 10.0 + ((i * 37) % 50) as f32).collect();
        for lines in 2..=4 {
            let Some(w) = narrowest(&words, 4.0, lines) else {
                panic!("{lines} lines");
            };
            assert!(greedy(&words, 4.0, w).0 <= lines, "{lines} lines at {w}");
            assert!(
                greedy(&words, 4.0, w - 0.5).0 > lines,
                "{w} is not the narrowest"
            );
        }
    }

    #[test]
    fn broken_widths_give_nothing() {
        assert_eq!(narrowest(&[f32::NAN, 3.0], 1.0, 2), None);
        assert_eq!(narrowest(&[f32::INFINITY, 3.0], 1.0, 2), None);
        assert_eq!(narrowest(&[], 1.0, 2), None);
    }
}
