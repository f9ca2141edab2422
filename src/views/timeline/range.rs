//! The years the timeline shows: fitting every milestone, zooming, and keeping any
//! range, saved or dragged, inside what the axis can draw.

use std::collections::BTreeSet;

use crate::model::{Alliance, Category};

const MIN_SPAN_YEARS: f64 = 0.05;
const MAX_SPAN_YEARS: f64 = 200.0;

/// The years a date may have (see `model::date::YEAR_RANGE`), with room around them.
const AXIS_YEARS: std::ops::RangeInclusive<f64> = 1899.0..=2102.0;

/// The range that shows every (visible) milestone, with a margin.
pub(super) fn fit_range(data: &Alliance, hidden: &BTreeSet<Category>) -> (f64, f64) {
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for m in data
        .milestones
        .iter()
        .filter(|m| !hidden.contains(&m.category))
    {
        lo = lo.min(m.date.start_year_fraction());
        hi = hi.max(m.end.unwrap_or(m.date).end_year_fraction());
    }
    if !lo.is_finite() {
        return (2012.0, 2023.0);
    }
    let lo = lo.floor();
    let hi = hi.ceil().max(lo + 1.0);
    // Room on the right for the last labels.
    let margin = (hi - lo) * 0.04;
    (lo - 0.3, hi + margin)
}

/// `range` if the timeline can draw it: finite, ordered, no narrower or wider than
/// zooming allows, and overlapping the years a date can have. A saved range comes from
/// a file that may be damaged or hostile; a range of billions of years would make the
/// axis draw billions of ticks.
pub fn sane_range(range: (f64, f64)) -> Option<(f64, f64)> {
    let (start, end) = range;
    let span = end - start;
    let ok = start.is_finite()
        && end.is_finite()
        && (MIN_SPAN_YEARS * 0.999..=MAX_SPAN_YEARS * 1.001).contains(&span)
        && end >= *AXIS_YEARS.start()
        && start <= *AXIS_YEARS.end();
    ok.then_some(range)
}

pub(super) fn clamp_range(start: f64, end: f64) -> (f64, f64) {
    if !start.is_finite() || !end.is_finite() {
        return (2012.0, 2023.0);
    }
    let span = (end - start).clamp(MIN_SPAN_YEARS, MAX_SPAN_YEARS);
    let mid = (start + end) / 2.0;
    let mid = mid.clamp(1900.0, 2100.0);
    (mid - span / 2.0, mid + span / 2.0)
}

pub(super) fn zoom(range: (f64, f64), factor: f64, around: f64) -> (f64, f64) {
    if !factor.is_finite() || factor <= 0.0 || !around.is_finite() {
        return range;
    }
    let (s, e) = range;
    clamp_range(
        around - (around - s) / factor,
        around + (e - around) / factor,
    )
}
