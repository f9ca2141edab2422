//! What ties one view's moment to another's: the membership total known at a
//! milestone's date, and the milestone at a membership point's date. Both compare dates
//! by where they start ([`PartialDate::start_year_fraction`]), as the axes place them, so
//! "2013-12" and "2013-12-01" are the same moment and "2014" comes before "2014-03".

use super::date::PartialDate;
use super::types::{Membership, MembershipPoint, Milestone};

/// How far from a point's date a milestone may be and still be "the one at that date",
/// in years: the data's points and milestones are often known only to the month or year.
pub const NEAR_YEARS: f64 = 0.5;

/// The latest known total at or before `date`, if any; of several at the same date, the
/// last in the file. Points are compared by their start.
pub fn membership_at<'a>(m: &'a Membership, date: &PartialDate) -> Option<&'a MembershipPoint> {
    let at = date.start_year_fraction();
    m.history
        .iter()
        .filter(|p| p.date.start_year_fraction() <= at)
        .max_by(|a, b| {
            a.date
                .start_year_fraction()
                .total_cmp(&b.date.start_year_fraction())
        })
}

/// Whether two dates start at the same moment: a total counted at a milestone's own
/// date is "known at this date", not merely the nearest before it.
pub fn same_moment(a: &PartialDate, b: &PartialDate) -> bool {
    a.start_year_fraction() == b.start_year_fraction()
}

/// The milestone that stands for `date`: the first in date order that starts at the
/// same moment; failing that, the nearest within [`NEAR_YEARS`], the earlier of two as
/// near; failing that, none. One pass and no allocation: the Membership view asks this
/// for every point on every frame.
pub fn milestone_at<'a>(milestones: &'a [Milestone], date: &PartialDate) -> Option<&'a Milestone> {
    let at = date.start_year_fraction();
    // (milestone, distance); a same-moment one has distance 0 and beats any other.
    let mut best: Option<(&Milestone, f64)> = None;
    for m in milestones {
        let distance = if same_moment(&m.date, date) {
            0.0
        } else {
            (m.date.start_year_fraction() - at)
                .abs()
                .max(f64::MIN_POSITIVE)
        };
        let better = best.is_none_or(|(b, d)| distance < d || (distance == d && m.date < b.date));
        if distance <= NEAR_YEARS && better {
            best = Some((m, distance));
        }
    }
    best.map(|(m, _)| m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Category;

    fn date(text: &str) -> PartialDate {
        text.parse().unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn point(when: &str, total: i64) -> MembershipPoint {
        MembershipPoint {
            date: date(when),
            total,
            unit: "countries".into(),
            label: format!("point {when}"),
            governments: None,
            note: None,
            source: None,
        }
    }

    fn history(points: &[(&str, i64)]) -> Membership {
        Membership {
            history: points.iter().map(|(d, t)| point(d, *t)).collect(),
            ..Membership::default()
        }
    }

    fn total_at(m: &Membership, when: &str) -> Option<i64> {
        membership_at(m, &date(when)).map(|p| p.total)
    }

    #[test]
    fn the_latest_point_at_or_before_the_date_is_the_membership_then() {
        let m = history(&[("2022-06", 210), ("2012-12-05", 48), ("2013-12", 54)]);
        assert_eq!(total_at(&m, "2014"), Some(54));
        assert_eq!(total_at(&m, "2022-05-31"), Some(54));
        assert_eq!(total_at(&m, "2023"), Some(210));
        assert_eq!(total_at(&m, "2012-12-04"), None);
        assert_eq!(total_at(&m, "2012"), None, "2012 starts before the launch");
        assert_eq!(total_at(&Membership::default(), "2020"), None);
    }

    #[test]
    fn an_equal_date_counts_and_partial_dates_compare_by_their_start() {
        let m = history(&[("2012-12-05", 48), ("2013-12", 54), ("2022-06", 210)]);
        assert_eq!(total_at(&m, "2012-12-05"), Some(48));
        // "2013-12" starts on 1 December 2013: the same moment as that day.
        assert_eq!(total_at(&m, "2013-12-01"), Some(54));
        assert_eq!(total_at(&m, "2013-11-30"), Some(48));
        // The summit's first day and the month of the deck's count start together.
        let summit = date("2022-06-01");
        let p = membership_at(&m, &summit).map(|p| &p.date);
        assert_eq!(p, Some(&date("2022-06")));
        assert!(p.is_some_and(|p| same_moment(p, &summit)));
        assert!(!same_moment(&date("2013-12"), &date("2013-12-02")));
    }

    fn milestone(id: &str, when: &str) -> Milestone {
        Milestone {
            id: id.into(),
            date: date(when),
            end: None,
            title: id.into(),
            summary: String::new(),
            details: String::new(),
            category: Category::Report,
            deck: None,
            note: None,
            sources: Vec::new(),
        }
    }

    fn id_at(ms: &[Milestone], when: &str) -> Option<String> {
        milestone_at(ms, &date(when)).map(|m| m.id.clone())
    }

    #[test]
    fn the_milestone_at_a_date_is_the_first_equal_then_the_nearest_within_half_a_year() {
        let ms = [
            milestone("summit", "2022-06-01"),
            milestone("taskforce", "2022-06"),
            milestone("report", "2013-12"),
            milestone("weprotect", "2014"),
            milestone("later", "2016-03"),
        ];
        assert_eq!(id_at(&ms, "2013-12").as_deref(), Some("report"));
        // Equal starts: the first in date order, the less precise date first.
        assert_eq!(id_at(&ms, "2022-06").as_deref(), Some("taskforce"));
        // No equal date: the nearest within half a year.
        assert_eq!(id_at(&ms, "2014-02").as_deref(), Some("weprotect"));
        assert_eq!(id_at(&ms, "2015-11").as_deref(), Some("later"));
        assert_eq!(
            id_at(&ms, "2015-05"),
            None,
            "more than half a year from any"
        );
        assert_eq!(id_at(&[], "2013"), None);
    }
}
