//! Where a figure or a claim comes from: the deck, public sources, or both, with a
//! note when they differ. A reader can then tell a confirmed figure from one that
//! rests on the deck alone, and the app never shows one as if it were the other.

use serde::{Deserialize, Serialize};

use super::types::Source;

/// The provenance of one figure or claim.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Provenance {
    /// The deck states it.
    pub deck: bool,
    /// Public pages that confirm it (or part of it), each with what it says.
    pub sources: Vec<Source>,
    /// What a reader should know when the sources differ or say less.
    pub note: Option<String>,
}

impl Provenance {
    /// Nothing is said about where it comes from.
    pub fn is_empty(&self) -> bool {
        !self.deck && self.sources.is_empty() && self.note.is_none()
    }

    /// It rests on the deck alone: no public source was found for it.
    pub fn deck_only(&self) -> bool {
        self.sources.is_empty()
    }

    /// A few words for the marker beside the figure, the same everywhere: "as stated in
    /// the deck", "deck and 1 source", "2 sources".
    pub fn summary(&self) -> String {
        let sources = match self.sources.len() {
            0 => String::new(),
            1 => "1 source".to_owned(),
            n => format!("{n} sources"),
        };
        match (self.deck, sources.is_empty()) {
            (_, true) => "as stated in the deck".to_owned(),
            (true, false) => format!("deck and {sources}"),
            (false, false) => sources,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source() -> Source {
        Source {
            label: "A page".into(),
            url: "https://example.org/".into(),
            ..Source::default()
        }
    }

    #[test]
    fn the_marker_says_what_a_figure_rests_on() {
        let deck = Provenance {
            deck: true,
            ..Provenance::default()
        };
        assert!(deck.deck_only());
        assert_eq!(deck.summary(), "as stated in the deck");
        let both = Provenance {
            deck: true,
            sources: vec![source()],
            note: None,
        };
        assert!(!both.deck_only());
        assert_eq!(both.summary(), "deck and 1 source");
        let public = Provenance {
            sources: vec![source(), source()],
            ..Provenance::default()
        };
        assert_eq!(public.summary(), "2 sources");
        assert!(Provenance::default().is_empty());
    }
}
