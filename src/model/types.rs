//! The data the app shows, as it is written in the RON file.
//!
//! Every field that a person reads is plain text; every fact that came from somewhere
//! carries its [`Source`]. Where the deck and a public source disagree, the deck's
//! words stay in the main text and the source's figure goes in a `note`.

use serde::{Deserialize, Serialize};

use super::date::PartialDate;
use super::era::Era;
use super::provenance::Provenance;

/// The whole data file.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Alliance {
    /// The deck's title, e.g. "The WeProtect Global Alliance Summit 1-2 June 2022".
    pub title: String,
    /// One line under the title: what the Alliance is.
    #[serde(default)]
    pub tagline: String,
    /// The deck's background slide, point by point.
    #[serde(default)]
    pub background: Vec<String>,
    #[serde(default)]
    pub added_value: AddedValue,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    /// Named periods of the story, drawn as bands under the timeline's axis. Older files
    /// have none, and still load.
    #[serde(default)]
    pub eras: Vec<Era>,
    #[serde(default)]
    pub membership: Membership,
    #[serde(default)]
    pub summit: Summit,
    #[serde(default)]
    pub outcomes: Vec<Outcome>,
    #[serde(default)]
    pub resources: Vec<Resource>,
    /// The talk, slide by slide, for presenter mode.
    #[serde(default)]
    pub slides: Vec<Slide>,
}

impl Alliance {
    /// The resource with this id, if the data lists one: outcomes and the summit name
    /// their resources by id, and every view that follows such a name looks it up here.
    pub fn resource(&self, id: &str) -> Option<&Resource> {
        self.resources.iter().find(|r| r.id == id)
    }
}

/// A label and the address where a fact can be checked.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub label: String,
    pub url: String,
    /// The words on the page that support the claim, quoted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub says: Option<String>,
    /// The address is on a retired system and kept for the record: it may no longer
    /// answer, and the app says so beside the link.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub archived: bool,
}

/// What kind of event a milestone is; drives its colour and the timeline's filter chips.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    Founding,
    Summit,
    Report,
    Membership,
    Governance,
    Outcome,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Founding,
        Category::Summit,
        Category::Report,
        Category::Membership,
        Category::Governance,
        Category::Outcome,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::Founding => "Founding",
            Category::Summit => "Summit",
            Category::Report => "Report",
            Category::Membership => "Membership",
            Category::Governance => "Governance",
            Category::Outcome => "Outcome",
        }
    }
}

/// One dated event of the Alliance's story.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// Stable identifier, unique in the file; links and saved selections use it.
    pub id: String,
    pub date: PartialDate,
    /// The last day of a range such as 1–2 June 2022.
    #[serde(default)]
    pub end: Option<PartialDate>,
    pub title: String,
    pub summary: String,
    #[serde(default)]
    pub details: String,
    pub category: Category,
    /// What the deck says about this event, in its own words.
    #[serde(default)]
    pub deck: Option<String>,
    /// Where a public source differs from the deck, or adds to it.
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub sources: Vec<Source>,
}

impl Milestone {
    /// The date as people write it, at its own precision ("1–2 June 2022").
    pub fn when(&self) -> String {
        PartialDate::range_long(&self.date, self.end.as_ref())
    }

    /// The date in ISO form at its own precision ("2015-11").
    pub fn when_iso(&self) -> String {
        PartialDate::range_iso(&self.date, self.end.as_ref())
    }
}

/// The deck's "Added value" slide.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddedValue {
    /// The statements that introduce the list.
    #[serde(default)]
    pub statements: Vec<String>,
    /// What the Alliance does, item by item.
    #[serde(default)]
    pub items: Vec<String>,
}

/// Who the members are, as of one date, and how the count grew.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    pub as_of: Option<PartialDate>,
    /// Where the member counts come from. Older files give `source` and `note`
    /// instead; the loader turns those into this.
    #[serde(default)]
    pub provenance: Provenance,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Source>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    #[serde(default)]
    pub groups: Vec<MemberGroup>,
    /// Known totals over time; only these points are drawn, nothing between them.
    #[serde(default)]
    pub history: Vec<MembershipPoint>,
}

impl Membership {
    /// The sum of all groups (negative counts are refused by validation).
    pub fn total(&self) -> i64 {
        self.groups.iter().map(|g| g.count).sum()
    }
}

/// One type of member and how many there are.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MemberGroup {
    /// Stable identifier such as `governments`.
    pub kind: String,
    pub label: String,
    pub count: i64,
    #[serde(default)]
    pub description: String,
    /// Where this count comes from, when it differs from the other counts' (a public
    /// source that confirms this one and not the rest).
    #[serde(default, skip_serializing_if = "Provenance::is_empty")]
    pub provenance: Provenance,
}

/// A known membership total at a date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MembershipPoint {
    pub date: PartialDate,
    pub total: i64,
    /// What was counted: "countries", "members".
    pub unit: String,
    pub label: String,
    /// How many of the total are governments, where known.
    #[serde(default)]
    pub governments: Option<i64>,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub source: Option<Source>,
}

/// The 2022 summit.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summit {
    pub title: String,
    pub start: Option<PartialDate>,
    #[serde(default)]
    pub end: Option<PartialDate>,
    #[serde(default)]
    pub venue: String,
    #[serde(default)]
    pub city: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub attendance: Vec<Attendance>,
    /// Where the attendance figures come from.
    #[serde(default)]
    pub attendance_provenance: Provenance,
    #[serde(default)]
    pub highlights: Vec<String>,
    /// The milestone that stands for the summit on the timeline.
    #[serde(default)]
    pub milestone: Option<String>,
    /// The resource holding the summit's video.
    #[serde(default)]
    pub video: Option<String>,
    #[serde(default)]
    pub source: Option<Source>,
}

impl Summit {
    pub fn when(&self) -> String {
        match &self.start {
            Some(start) => PartialDate::range_long(start, self.end.as_ref()),
            None => String::new(),
        }
    }
}

/// How many people took part in one way.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    /// "In person", "Online".
    pub label: String,
    pub count: i64,
    /// The count is approximate ("nearly 500").
    #[serde(default)]
    pub approximate: bool,
    /// The words used for the figure, e.g. "nearly 500".
    #[serde(default)]
    pub wording: Option<String>,
}

impl Attendance {
    /// The figure as one line: the data's own words when it has them ("400 in-person
    /// delegates", which already say how they took part), else "In person: 400".
    pub fn line(&self) -> String {
        match &self.wording {
            Some(w) if !w.trim().is_empty() => w.clone(),
            _ => format!("{}: {}", self.label, self.figure()),
        }
    }

    pub fn figure(&self) -> String {
        match &self.wording {
            Some(w) if !w.trim().is_empty() => w.clone(),
            _ if self.approximate => format!("about {}", self.count),
            _ => self.count.to_string(),
        }
    }
}

/// One outcome of the summit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outcome {
    pub id: String,
    pub title: String,
    pub text: String,
    pub category: String,
    /// The resource that documents the outcome, by id.
    #[serde(default)]
    pub resource: Option<String>,
    /// The milestone for this outcome on the timeline, by id.
    #[serde(default)]
    pub milestone: Option<String>,
    #[serde(default)]
    pub note: Option<String>,
    /// Where the outcome's claim comes from, when it is not the milestone's sources
    /// (an outcome the deck alone states).
    #[serde(default, skip_serializing_if = "Provenance::is_empty")]
    pub provenance: Provenance,
}

/// What a resource is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ResourceKind {
    Website,
    Report,
    Communique,
    Initiative,
    Framework,
    Video,
}

impl ResourceKind {
    pub const ALL: [ResourceKind; 6] = [
        ResourceKind::Website,
        ResourceKind::Report,
        ResourceKind::Communique,
        ResourceKind::Initiative,
        ResourceKind::Framework,
        ResourceKind::Video,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ResourceKind::Website => "Website",
            ResourceKind::Report => "Report",
            ResourceKind::Communique => "Communiqué",
            ResourceKind::Initiative => "Initiative",
            ResourceKind::Framework => "Framework",
            ResourceKind::Video => "Video",
        }
    }

    pub fn plural(self) -> &'static str {
        match self {
            ResourceKind::Website => "Websites",
            ResourceKind::Report => "Reports",
            ResourceKind::Communique => "Communiqués",
            ResourceKind::Initiative => "Initiatives",
            ResourceKind::Framework => "Frameworks",
            ResourceKind::Video => "Videos",
        }
    }
}

/// A document, page or video a person can open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub id: String,
    pub title: String,
    pub kind: ResourceKind,
    /// Where it lives; `None` when no address is known (shown as plain text).
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// What a slide shows besides its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SlideKind {
    Title,
    Background,
    AddedValue,
    Summit,
    Outcomes,
    Membership,
    Video,
    Resources,
    ThankYou,
    Text,
}

/// One slide of the talk.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Slide {
    pub kind: SlideKind,
    pub title: String,
    #[serde(default)]
    pub bullets: Vec<String>,
    /// What the presenter wants to say; shown in the speaker view only.
    #[serde(default)]
    pub notes: String,
    /// A build: the points (on a Background slide the milestones, on an Outcomes slide
    /// the cards) appear one at a time, each → showing the next before the talk moves
    /// on to the next slide.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub build: bool,
}
