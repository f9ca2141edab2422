//! Large generated data sets, for benchmarks and stress tests: the app must stay fast
//! and correct far beyond the 13 milestones of the built-in file.

use super::date::PartialDate;
use super::types::{
    Alliance, Category, MemberGroup, Milestone, Outcome, Resource, ResourceKind, Source,
};

/// The built-in data grown to `milestones` milestones, `groups` member groups and
/// `outcomes` outcomes, spread over 2012–2022 at every date precision.
pub fn synthetic(base: &Alliance, milestones: usize, groups: usize, outcomes: usize) -> Alliance {
    let mut data = base.clone();
    // Every generated date is valid (days stop at 28), so no milestone is dropped.
    data.milestones = (0..milestones)
        .filter_map(|i| {
            let year = 2012 + (i % 11) as i32;
            let month = 1 + (i / 11 % 12) as u32;
            let day = 1 + (i / 132 % 28) as u32;
            let date = match i % 3 {
                0 => PartialDate::ymd(year, month, day),
                1 => format!("{year:04}-{month:02}").parse(),
                _ => PartialDate::year(year),
            }
            .ok()?;
            Some(Milestone {
                id: format!("m{i}"),
                date,
                end: None,
                title: format!("Generated milestone number {i} of the alliance's story"),
                summary: format!("Summary of generated milestone {i}."),
                details: "Longer details that a person reads in the detail panel.".repeat(3),
                category: Category::ALL[i % Category::ALL.len()],
                deck: None,
                note: (i % 7 == 0).then(|| "A note from the sources.".to_owned()),
                sources: vec![Source {
                    label: format!("Source {i}"),
                    url: format!("https://example.org/source/{i}"),
                    ..Source::default()
                }],
            })
        })
        .collect();
    data.membership.groups = (0..groups)
        .map(|i| MemberGroup {
            kind: format!("group_{i}"),
            label: format!("Member group {i}"),
            count: (i as i64 * 37) % 101,
            description: "A generated group of members.".into(),
            provenance: crate::model::Provenance::default(),
        })
        .collect();
    data.resources.push(Resource {
        id: "generated_resource".into(),
        title: "Generated resource".into(),
        kind: ResourceKind::Report,
        url: Some("https://example.org/report".into()),
        description: String::new(),
        note: None,
    });
    data.outcomes = (0..outcomes)
        .map(|i| Outcome {
            id: format!("o{i}"),
            title: format!("Outcome {i}"),
            text: "A generated outcome of the summit, with a sentence of text.".into(),
            category: "Generated".into(),
            resource: (i % 2 == 0).then(|| "generated_resource".to_owned()),
            milestone: (i < milestones).then(|| format!("m{i}")),
            note: None,
            provenance: crate::model::Provenance::default(),
        })
        .collect();
    data.summit.milestone = None;
    data
}

/// The built-in data with `milestones` milestones all on one day: the worst case for
/// the timeline's lanes, since no two can share one. A valid file of this shape is
/// about 116,000 milestones at the 8 MiB limit.
pub fn one_day(base: &Alliance, milestones: usize) -> Alliance {
    let mut data = base.clone();
    let Ok(date) = PartialDate::ymd(2022, 6, 1) else {
        return data;
    };
    data.milestones = (0..milestones)
        .map(|i| Milestone {
            id: format!("d{i}"),
            date,
            end: None,
            title: format!("Milestone {i} on the summit's first day"),
            summary: String::new(),
            details: String::new(),
            category: Category::ALL[i % Category::ALL.len()],
            deck: None,
            note: None,
            sources: Vec::new(),
        })
        .collect();
    // Links to the built-in milestones would no longer resolve.
    for outcome in &mut data.outcomes {
        outcome.milestone = None;
    }
    data.summit.milestone = None;
    data
}

/// A milestone with two problems: an empty id and an empty title.
pub const BAD_MILESTONE: &str =
    r#"(id: "", date: "2012", title: "", summary: "", category: Founding),"#;

/// A data file of `milestones` bad milestones (two problems each), all on one line or
/// one per line: the hostile files the loader must report on in bounded time and memory.
pub fn bad_milestones(milestones: usize, one_line: bool) -> String {
    let sep = if one_line { "" } else { "\n" };
    let mut text = String::with_capacity(milestones * (BAD_MILESTONE.len() + 1) + 32);
    text.push_str("(title: \"T\", milestones: [");
    for _ in 0..milestones {
        text.push_str(sep);
        text.push_str(BAD_MILESTONE);
    }
    text.push_str(sep);
    text.push_str("])");
    text
}
