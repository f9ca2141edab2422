//! Label widths for the lane layout, without laying out every label.
//!
//! Packing needs the width of every label, and a file can hold a hundred thousand
//! milestones: one text layout each stalled the window for seconds. A label is
//! measured instead as the sum of its characters' advances and of what each
//! neighbouring pair adds or takes away (kerning, a ligature), each measured once with
//! egui's own text layout and kept. The sum is rounded as egui rounds a laid-out label,
//! so it is the width the drawn label has and the lanes come out as before.
//!
//! Where that sum would not be the drawn width (several lines, scripts whose letters
//! change shape with their neighbours, combining marks, emoji sequences), and once
//! the pair table is full, a label is laid out whole as before.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use eframe::egui::emath::GuiRounding as _;
use eframe::egui::epaint::text::{FontsView, LayoutJob};
use eframe::egui::{self, Color32, FontId};

use super::layout::{Item, Label};
use super::{LABEL_FONT, shortened, wrap};

/// A wrapped label's lines are no wider than this: about fifty characters, a line a
/// reader takes in at once.
pub(super) const MAX_LINE: f32 = 420.0;

/// A label on one line may be this wide when there is room: a long title reads
/// better whole on one line than broken, as long as a reader can follow the line.
pub(super) const MAX_ONE_LINE: f32 = 640.0;

/// Labels narrower than this on one line are never wrapped.
const MIN_WRAP: f32 = 120.0;
use crate::model::Alliance;

/// Pairs outside ASCII kept at the most: a few thousand cover any text in a few
/// scripts; past this a file is made of unusual pairs, and each label is laid out whole.
const MAX_PAIRS: usize = 1 << 16;

/// ASCII, of which most labels are made alone, is kept in flat tables: a label of
/// forty characters takes eighty look-ups, and a hash for each was most of the time.
const ASCII: usize = 128;

/// The timeline's label font, and what is known of it: kept for the app's lifetime,
/// as it depends on the font and not on the data, and measured again at a new scale.
/// NaN stands for "not measured yet".
#[derive(Debug)]
pub(super) struct LabelWidths {
    /// The scale (pixels per point) the tables were measured at.
    scale: f32,
    ascii: Vec<f32>,
    ascii_pairs: Vec<f32>,
    advances: HashMap<char, f32, Quick>,
    pairs: HashMap<(char, char), f32, Quick>,
}

impl Default for LabelWidths {
    fn default() -> Self {
        Self {
            scale: 0.0,
            ascii: vec![f32::NAN; ASCII],
            ascii_pairs: vec![f32::NAN; ASCII * ASCII],
            advances: HashMap::default(),
            pairs: HashMap::default(),
        }
    }
}

impl LabelWidths {
    /// The milestones at `indices` as the layout sees them, labels measured.
    pub(super) fn items(&mut self, ui: &egui::Ui, data: &Alliance, indices: &[usize]) -> Vec<Item> {
        let font = FontId::proportional(LABEL_FONT);
        let scale = ui.ctx().pixels_per_point();
        if scale != self.scale {
            *self = Self {
                scale,
                ..Self::default()
            };
        }
        ui.ctx().fonts_mut(|fonts| {
            indices
                .iter()
                .filter_map(|i| {
                    let m = data.milestones.get(*i)?;
                    let start = m.date.start_year_fraction();
                    Some(Item {
                        index: *i,
                        start,
                        end: m.end.map_or(start, |e| e.end_year_fraction()),
                        label: self.label(fonts, &font, &m.title),
                    })
                })
                .collect()
        })
    }

    /// The ways `title` can be drawn as a marker's label: whole on one line, whole on
    /// two or three lines no wider than [`MAX_LINE`], and cut short.
    pub(super) fn label(&mut self, fonts: &mut FontsView<'_>, font: &FontId, title: &str) -> Label {
        let one = self.line(fonts, font, title.chars());
        let mut whole = [f32::INFINITY; 3];
        if one <= MAX_ONE_LINE {
            whole[0] = one;
        }
        // Three lines hold at most three times a line's width: a longer title cannot
        // be wrapped whole, and its words are not even looked at (a hostile file's
        // title of a million words costs one pass, not forty).
        if one > MIN_WRAP
            && one <= 3.0 * MAX_LINE
            && let Some(words) = self.words(fonts, font, title)
        {
            let space = self.advance(fonts, font, ' ');
            // egui keeps the space a line breaks at on that line, and a pair of
            // letters may kern a little across it: room for both, so that its
            // wrapping never makes a line more than the layout reserved.
            let slack = space + 2.0;
            for lines in 2..=3 {
                let fewer = whole.get(lines - 2).copied().unwrap_or(f32::INFINITY);
                if let Some(narrowest) = wrap::narrowest(&words, space, lines) {
                    let reserved = (narrowest + slack).ceil();
                    if reserved <= MAX_LINE
                        && reserved < fewer.min(one)
                        && let Some(slot) = whole.get_mut(lines - 1)
                    {
                        *slot = reserved;
                    }
                }
            }
        }
        let (_, cut) = shortened(title);
        let cut = cut.then(|| self.width(fonts, font, title));
        if whole.iter().all(|w| !w.is_finite()) && cut.is_none() {
            // Too wide for a line and too short to cut (a few very wide letters): one
            // line whatever its width.
            whole[0] = one;
        }
        Label { whole, cut }
    }

    /// The width of `title` drawn as a marker's label cut short (as the marker cuts it).
    fn width(&mut self, fonts: &mut FontsView<'_>, font: &FontId, title: &str) -> f32 {
        let (kept, cut) = shortened(title);
        self.line(fonts, font, kept.chars().chain(cut.then_some('…')))
    }

    /// The width of `chars` drawn on one line, rounded as egui rounds a label.
    fn line(
        &mut self,
        fonts: &mut FontsView<'_>,
        font: &FontId,
        chars: impl Iterator<Item = char> + Clone,
    ) -> f32 {
        match self.sum(fonts, font, chars.clone()) {
            Some(sum) => sum.round_ui(),
            None => laid_out(fonts, font, chars.collect(), true),
        }
    }

    /// The widths of the words of `title` (split at spaces), unrounded; `None` when a
    /// word does not add up (see [`adds_up`]), so that only one line is offered.
    fn words(&mut self, fonts: &mut FontsView<'_>, font: &FontId, title: &str) -> Option<Vec<f32>> {
        title
            .split(' ')
            .map(|word| self.sum(fonts, font, word.chars()))
            .collect()
    }

    /// The advances of `chars` and the changes of their pairs, added up; `None` when a
    /// character does not add up so, or a pair is not known and there is no room to
    /// keep it.
    fn sum(
        &mut self,
        fonts: &mut FontsView<'_>,
        font: &FontId,
        chars: impl Iterator<Item = char>,
    ) -> Option<f32> {
        let mut sum = 0.0;
        let mut before = None;
        for c in chars {
            // What is known of ASCII is read here; the rest is measured or looked up
            // below (a character that does not add up never gets a value in the tables).
            sum += match self.ascii.get(code(c)) {
                Some(known) if !known.is_nan() => *known,
                _ if adds_up(c) => self.advance(fonts, font, c),
                _ => return None,
            };
            if let Some(b) = before {
                let at = code(b) * ASCII + code(c);
                sum += match self.ascii_pairs.get(at) {
                    Some(known) if !known.is_nan() && code(c) < ASCII => *known,
                    _ => self.pair(fonts, font, b, c)?,
                };
            }
            before = Some(c);
        }
        Some(sum)
    }

    fn advance(&mut self, fonts: &mut FontsView<'_>, font: &FontId, c: char) -> f32 {
        let slot = match self.ascii.get_mut(code(c)) {
            Some(slot) => slot,
            None => self.advances.entry(c).or_insert(f32::NAN),
        };
        if slot.is_nan() {
            *slot = laid_out(fonts, font, c.to_string(), false);
        }
        *slot
    }

    /// What the pair `a`, `b` adds to their two advances; `None` when it is not known
    /// and there is no room to keep it.
    fn pair(&mut self, fonts: &mut FontsView<'_>, font: &FontId, a: char, b: char) -> Option<f32> {
        let ascii = (code(a) < ASCII && code(b) < ASCII).then(|| code(a) * ASCII + code(b));
        let known = match ascii {
            Some(at) => self.ascii_pairs.get(at).copied(),
            None => self.pairs.get(&(a, b)).copied(),
        };
        if let Some(change) = known.filter(|c| !c.is_nan()) {
            return Some(change);
        }
        if ascii.is_none() && self.pairs.len() >= MAX_PAIRS {
            return None;
        }
        let both = laid_out(fonts, font, [a, b].iter().collect(), false);
        let change = both - self.advance(fonts, font, a) - self.advance(fonts, font, b);
        match ascii.and_then(|at| self.ascii_pairs.get_mut(at)) {
            Some(slot) => *slot = change,
            None => {
                self.pairs.insert((a, b), change);
            }
        }
        Some(change)
    }
}

fn code(c: char) -> usize {
    u32::from(c) as usize
}

/// Whether a character's width in a label is its advance plus its pairs with its
/// neighbours: one line, and scripts drawn a glyph per character (Latin, Greek,
/// Cyrillic, punctuation and symbols, CJK, Hangul syllables).
fn adds_up(c: char) -> bool {
    let code = u32::from(c);
    !c.is_control()
        && (code < 0x0300
            || (0x0370..0x0483).contains(&code)
            || (0x048a..0x0530).contains(&code)
            || (0x2010..0x2060).contains(&code)
            || (0x2070..0x2c00).contains(&code)
            || ((0x3000..0xa000).contains(&code)
                && !(0x302a..=0x302f).contains(&code)
                && !(0x3099..=0x309a).contains(&code))
            || (0xac00..0xd7a4).contains(&code))
}

/// The width egui's layout gives `text`, laid out as a label is; unless `rounded`, as
/// it is before the layout rounds it, so that widths can be added up exactly.
fn laid_out(fonts: &mut FontsView<'_>, font: &FontId, text: String, rounded: bool) -> f32 {
    if rounded {
        return fonts
            .layout_no_wrap(text, font.clone(), Color32::WHITE)
            .size()
            .x;
    }
    let mut job = LayoutJob::simple(text, font.clone(), Color32::WHITE, f32::INFINITY);
    job.round_output_to_gui = false;
    fonts.layout_job(job).intrinsic_size().x
}

/// A hash for single characters and pairs of them, which the standard hash spends
/// most of the measuring time on. Not for keys an attacker could choose to collide:
/// the table is capped at [`MAX_PAIRS`].
#[derive(Default)]
struct QuickHasher(u64);

impl Hasher for QuickHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.write_u32(u32::from(*b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(21) ^ u64::from(n)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type Quick = BuildHasherDefault<QuickHasher>;

#[cfg(test)]
#[path = "measure_tests.rs"]
mod tests;
