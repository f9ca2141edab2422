//! Every source the data cites, with what each supports, and the statements that rest
//! on the deck alone: the page a fact-checker wants, worked out from the data.

use std::collections::HashMap;

use super::provenance::Provenance;
use super::types::{Alliance, Source};

/// One address the data cites, and everything it is cited for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Citation {
    /// The label it is first cited with.
    pub label: String,
    pub url: String,
    pub archived: bool,
    /// What the page says, as quoted where it is cited (each once).
    pub says: Vec<String>,
    /// What it supports: "Milestone: …", "Member counts", "Outcome: …".
    pub supports: Vec<String>,
}

/// What the data cites and what rests on the deck alone.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Index {
    /// Each address once, in the order the data first cites it.
    pub citations: Vec<Citation>,
    /// The figures and claims no public source was found for.
    pub deck_only: Vec<String>,
}

impl Index {
    pub fn of(data: &Alliance) -> Self {
        let mut index = Builder::default();
        for m in &data.milestones {
            let what = format!("Milestone: {} ({})", m.title, m.when());
            for s in &m.sources {
                index.cite(s, &what);
            }
            if m.sources.is_empty() {
                index.deck_only.push(what);
            }
        }
        for e in &data.eras {
            for s in &e.sources {
                index.cite(s, &format!("Era: {} ({})", e.title, e.years()));
            }
        }
        let ms = &data.membership;
        // A count with its own provenance is listed by itself; the rest share the
        // provenance of the member counts.
        let mut shared = Vec::new();
        for g in &ms.groups {
            let what = format!("{} {}", g.count, g.label.to_lowercase());
            if g.provenance.is_empty() {
                shared.push(what);
            } else {
                index.provenance(&g.provenance, &format!("Member count: {what}"));
            }
        }
        if !shared.is_empty() {
            index.provenance(
                &ms.provenance,
                &format!("Member counts: {}", shared.join(", ")),
            );
        }
        for p in &ms.history {
            let what = format!(
                "Membership total: {} {} ({})",
                p.total,
                p.unit,
                p.date.long()
            );
            match &p.source {
                Some(s) => index.cite(s, &what),
                None => index.deck_only.push(what),
            }
        }
        let s = &data.summit;
        if let Some(source) = &s.source {
            index.cite(source, &format!("Summit: {}", s.title));
        }
        let attendance = s
            .attendance
            .iter()
            .map(super::types::Attendance::line)
            .collect::<Vec<_>>()
            .join("; ");
        index.provenance(
            &s.attendance_provenance,
            &format!("Attendance: {attendance}"),
        );
        for o in &data.outcomes {
            index.provenance(&o.provenance, &format!("Outcome: {}", o.title));
        }
        Self {
            citations: index.citations,
            deck_only: index.deck_only,
        }
    }
}

#[derive(Default)]
struct Builder {
    citations: Vec<Citation>,
    by_url: HashMap<String, usize>,
    deck_only: Vec<String>,
}

impl Builder {
    fn cite(&mut self, s: &Source, what: &str) {
        let at = *self.by_url.entry(s.url.clone()).or_insert_with(|| {
            self.citations.push(Citation {
                label: s.label.clone(),
                url: s.url.clone(),
                ..Citation::default()
            });
            self.citations.len() - 1
        });
        if let Some(c) = self.citations.get_mut(at) {
            c.archived |= s.archived;
            if let Some(says) = &s.says
                && !c.says.contains(says)
            {
                c.says.push(says.clone());
            }
            if c.supports.last().map(String::as_str) != Some(what) {
                c.supports.push(what.to_owned());
            }
        }
    }

    fn provenance(&mut self, p: &Provenance, what: &str) {
        if p.is_empty() {
            return;
        }
        for s in &p.sources {
            self.cite(s, what);
        }
        if p.deck_only() {
            self.deck_only.push(what.to_owned());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::load_default;

    #[test]
    fn each_address_is_listed_once_with_all_it_supports() {
        let Ok(data) = load_default() else {
            panic!("the built-in data loads");
        };
        let index = Index::of(&data);
        let mut urls: Vec<&str> = index.citations.iter().map(|c| c.url.as_str()).collect();
        let listed = urls.len();
        urls.sort_unstable();
        urls.dedup();
        assert_eq!(urls.len(), listed, "an address listed twice");
        let communique = index
            .citations
            .iter()
            .find(|c| c.url.contains("communique-summit-2022"));
        let Some(communique) = communique else {
            panic!("the communiqué is cited");
        };
        assert!(communique.supports.iter().any(|s| s.starts_with("Summit:")));
        assert!(
            communique
                .supports
                .iter()
                .any(|s| s.contains("independent organisation"))
        );
        assert!(index.citations.iter().all(|c| !c.supports.is_empty()));
    }

    #[test]
    fn what_rests_on_the_deck_alone_is_named() {
        let Ok(data) = load_default() else {
            panic!("the built-in data loads");
        };
        let deck_only = Index::of(&data).deck_only;
        assert!(deck_only.iter().any(|s| s.starts_with("Attendance: 400")));
        assert!(deck_only.iter().any(|s| s == "Outcome: Singapore joins"));
        assert!(
            deck_only
                .iter()
                .any(|s| s.starts_with("Membership total: 210"))
        );
        // The governments have a public source besides the deck; the other counts not.
        assert!(deck_only.contains(&"Member counts: 29 global tech companies, 73 civil society organisations, 9 international organisations".to_owned()), "{deck_only:?}");
        assert!(!deck_only.iter().any(|s| s.contains("99 governments")));
    }
}
