//! The named periods of the story: the bands under the timeline's axis.

use serde::{Deserialize, Serialize};

use super::date::PartialDate;
use super::types::Source;

/// A named period of the Alliance's story, such as the years before the 2016 merger.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Era {
    pub id: String,
    /// Short enough to fit a band on the timeline; the long form goes in `note`.
    pub title: String,
    pub start: PartialDate,
    /// `None` while the era is still going ("2020–").
    #[serde(default)]
    pub end: Option<PartialDate>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

impl Era {
    /// The years it spans, as a band's label says them: "2016–2020", or "2020–" for
    /// an era still going.
    pub fn years(&self) -> String {
        let start = self.start.year_number();
        match &self.end {
            Some(end) if end.year_number() == start => start.to_string(),
            Some(end) => format!("{start}–{}", end.year_number()),
            None => format!("{start}–"),
        }
    }

    /// The span at the dates' own precision: "5 December 2012 – 2016", "since 2020".
    pub fn when(&self) -> String {
        match &self.end {
            Some(end) => PartialDate::range_long(&self.start, Some(end)),
            None => format!("since {}", self.start.long()),
        }
    }
}
