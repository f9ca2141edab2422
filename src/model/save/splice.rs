//! The edits a save makes to the text: each replaces a range of bytes of the file as
//! loaded. They are collected in any order and applied at the end in one pass, back to
//! front in effect, so that no edit moves the offsets another one was computed from.

use std::ops::Range;

use super::SaveError;

/// Replace `range` of the original text by `text` (an insertion when the range is
/// empty, a removal when the text is).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Splice {
    range: Range<usize>,
    text: String,
    /// Insertions at one offset go in the order they were made.
    order: usize,
}

/// The edits collected so far.
#[derive(Debug, Default)]
pub struct Splices {
    list: Vec<Splice>,
}

impl Splices {
    pub fn replace(&mut self, range: Range<usize>, text: String) {
        let order = self.list.len();
        self.list.push(Splice { range, text, order });
    }

    pub fn insert(&mut self, at: usize, text: String) {
        self.replace(at..at, text);
    }

    pub fn remove(&mut self, range: Range<usize>) {
        self.replace(range, String::new());
    }

    /// `source` (the original text from offset `base` on) with every edit made.
    /// Removals that overlap merge; any other overlap is a fault of the saver, reported
    /// rather than written.
    pub fn apply(mut self, source: &str, base: usize) -> Result<String, SaveError> {
        // At one offset, insertions come first: text added where a removal starts
        // stays, whichever was recorded first.
        self.list
            .sort_by_key(|s| (s.range.start, !s.range.is_empty(), s.order));
        let added: usize = self.list.iter().map(|s| s.text.len()).sum();
        let mut out = String::with_capacity(source.len() + added);
        let mut done = base;
        let mut last_removal = false;
        for s in self.list {
            let overlaps = s.range.start < done;
            if overlaps && !(last_removal && s.text.is_empty()) {
                return Err(SaveError::Overlap { at: s.range.start });
            }
            if !overlaps {
                out.push_str(slice(source, base, done..s.range.start)?);
            }
            out.push_str(&s.text);
            done = done.max(s.range.end);
            last_removal = s.text.is_empty() && !s.range.is_empty();
        }
        out.push_str(slice(source, base, done..base + source.len())?);
        Ok(out)
    }
}

fn slice(source: &str, base: usize, range: Range<usize>) -> Result<&str, SaveError> {
    let at = range.start;
    range
        .start
        .checked_sub(base)
        .zip(range.end.checked_sub(base))
        .and_then(|(start, end)| source.get(start..end))
        .ok_or(SaveError::Overlap { at })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_apply_in_place_and_in_order() {
        let mut s = Splices::default();
        s.insert(3, "X".into());
        s.replace(0..1, "aa".into());
        s.insert(3, "Y".into());
        s.remove(4..6);
        assert_eq!(s.apply("0123456", 0).ok().as_deref(), Some("aa12XY36"));
    }

    #[test]
    fn an_insertion_where_a_removal_starts_stays() {
        let mut s = Splices::default();
        s.remove(2..4);
        s.insert(2, "X".into());
        assert_eq!(s.apply("012345", 0).ok().as_deref(), Some("01X45"));
    }

    #[test]
    fn overlapping_removals_merge_and_other_overlaps_fail() {
        let mut s = Splices::default();
        s.remove(1..4);
        s.remove(2..5);
        assert_eq!(s.apply("0123456", 0).ok().as_deref(), Some("056"));
        let mut bad = Splices::default();
        bad.replace(1..4, "x".into());
        bad.insert(2, "y".into());
        assert_eq!(bad.apply("0123456", 0), Err(SaveError::Overlap { at: 2 }));
    }

    #[test]
    fn a_slice_of_the_text_is_edited_at_its_own_offsets() {
        let mut s = Splices::default();
        s.replace(12..13, "Z".into());
        assert_eq!(s.apply("abc", 10).ok().as_deref(), Some("abZ"));
    }
}
