//! Dates known to the year, the month or the day.
//!
//! Sources often give only a year ("2014") or a month ("Nov 2015"). Storing such a date
//! as a full day would invent precision, so a [`PartialDate`] keeps exactly what is known
//! and displays itself at that precision.

use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The earliest and latest years a data file may use; anything outside is a typo.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2100;

/// How much of a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date known to the year, month or day: `2012`, `2012-12` or `2012-12-05`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// Why a piece of text is not a partial date.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found {0:?}")]
    Format(String),
    #[error("month {month} is not between 1 and 12 in {text:?}")]
    Month { text: String, month: u32 },
    #[error("day {day} does not exist in {year}-{month:02} (in {text:?})")]
    Day {
        text: String,
        year: i32,
        month: u8,
        day: u32,
    },
    #[error("year {year} is outside {min}..={max} in {text:?}", min = YEAR_RANGE.start(), max = YEAR_RANGE.end())]
    Year { text: String, year: i32 },
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a month of a year (month is 1-based and already checked).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PartialDate {
    /// A date known to the year.
    pub fn year(year: i32) -> Result<Self, DateError> {
        Self::from_str(&format!("{year:04}"))
    }

    /// A date known to the day; checks the calendar.
    pub fn ymd(year: i32, month: u32, day: u32) -> Result<Self, DateError> {
        Self::from_str(&format!("{year:04}-{month:02}-{day:02}"))
    }

    pub fn year_number(&self) -> i32 {
        self.year
    }

    pub fn month_number(&self) -> Option<u8> {
        self.month
    }

    pub fn day_number(&self) -> Option<u8> {
        self.day
    }

    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (None, _) => Precision::Year,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        }
    }

    /// The ISO form at its own precision: `2015`, `2015-11`, `2022-06-01`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{m:02}-{d:02}", self.year),
            (Some(m), None) => format!("{:04}-{m:02}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// A readable form at its own precision: `2015`, `November 2015`, `1 June 2022`.
    pub fn long(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{d} {} {}", month_name(m), self.year),
            (Some(m), None) => format!("{} {}", month_name(m), self.year),
            _ => format!("{}", self.year),
        }
    }

    /// The first instant of the period this date names, as a fractional year
    /// (2012-07-01 ≈ 2012.5). Used to place the date on a time axis.
    pub fn start_year_fraction(&self) -> f64 {
        let year_days = if is_leap(self.year) { 366.0 } else { 365.0 };
        let mut day_of_year = 0.0;
        if let Some(m) = self.month {
            for earlier in 1..m {
                day_of_year += f64::from(days_in_month(self.year, earlier));
            }
            if let Some(d) = self.day {
                day_of_year += f64::from(d) - 1.0;
            }
        }
        f64::from(self.year) + day_of_year / year_days
    }

    /// The instant just after the period this date names ends (the end of a range
    /// `1–2 June` is the end of 2 June).
    pub fn end_year_fraction(&self) -> f64 {
        match (self.month, self.day) {
            (Some(_), Some(_)) => {
                let year_days = if is_leap(self.year) { 366.0 } else { 365.0 };
                self.start_year_fraction() + 1.0 / year_days
            }
            (Some(m), None) => {
                let year_days = if is_leap(self.year) { 366.0 } else { 365.0 };
                self.start_year_fraction() + f64::from(days_in_month(self.year, m)) / year_days
            }
            _ => f64::from(self.year) + 1.0,
        }
    }

    /// A range shown as people write it: `1–2 June 2022`, `10–11 December 2014`,
    /// `November 2015 – April 2016`.
    pub fn range_long(start: &Self, end: Option<&Self>) -> String {
        let Some(end) = end else {
            return start.long();
        };
        if start == end {
            return start.long();
        }
        match (start.month, start.day, end.month, end.day) {
            (Some(m1), Some(d1), Some(m2), Some(d2)) if start.year == end.year && m1 == m2 => {
                format!("{d1}–{d2} {} {}", month_name(m1), start.year)
            }
            (Some(m1), Some(d1), Some(m2), Some(d2)) if start.year == end.year => format!(
                "{d1} {} – {d2} {} {}",
                month_name(m1),
                month_name(m2),
                start.year
            ),
            _ => format!("{} – {}", start.long(), end.long()),
        }
    }

    /// The ISO form of a range: `2022-06-01..2022-06-02`.
    pub fn range_iso(start: &Self, end: Option<&Self>) -> String {
        match end {
            Some(end) if end != start => format!("{}..{}", start.iso(), end.iso()),
            _ => start.iso(),
        }
    }
}

/// The English name of a month (1-based); an impossible month gives "?".
pub fn month_name(month: u8) -> &'static str {
    usize::from(month)
        .checked_sub(1)
        .and_then(|i| MONTH_NAMES.get(i))
        .copied()
        .unwrap_or("?")
}

fn digits(part: &str, len: usize) -> Option<u32> {
    if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
        part.parse().ok()
    } else {
        None
    }
}

impl FromStr for PartialDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let format_error = || DateError::Format(text.to_owned());
        let mut parts = text.split('-');
        let year = parts
            .next()
            .and_then(|p| digits(p, 4))
            .ok_or_else(format_error)?;
        let month = match parts.next() {
            Some(p) => Some(digits(p, 2).ok_or_else(format_error)?),
            None => None,
        };
        let day = match parts.next() {
            Some(p) => Some(digits(p, 2).ok_or_else(format_error)?),
            None => None,
        };
        if parts.next().is_some() {
            return Err(format_error());
        }
        // Four ASCII digits always fit an i32.
        let year = i32::try_from(year).map_err(|_| format_error())?;
        if !YEAR_RANGE.contains(&year) {
            return Err(DateError::Year {
                text: text.to_owned(),
                year,
            });
        }
        let month = match month {
            Some(m) if (1..=12).contains(&m) => Some(m as u8),
            Some(m) => {
                return Err(DateError::Month {
                    text: text.to_owned(),
                    month: m,
                });
            }
            None => None,
        };
        let day = match (month, day) {
            (Some(m), Some(d)) if d >= 1 && d <= u32::from(days_in_month(year, m)) => Some(d as u8),
            (Some(m), Some(d)) => {
                return Err(DateError::Day {
                    text: text.to_owned(),
                    year,
                    month: m,
                    day: d,
                });
            }
            _ => None,
        };
        Ok(Self { year, month, day })
    }
}

impl Ord for PartialDate {
    /// Dates order by the start of the period they name; a less precise date comes
    /// first among those that start together (`2016` before `2016-01`).
    fn cmp(&self, other: &Self) -> Ordering {
        (self.year, self.month.unwrap_or(0), self.day.unwrap_or(0)).cmp(&(
            other.year,
            other.month.unwrap_or(0),
            other.day.unwrap_or(0),
        ))
    }
}

impl PartialOrd for PartialDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn parses_each_precision_and_displays_it() {
        assert_eq!(d("2012").precision(), Precision::Year);
        assert_eq!(d("2012-12").precision(), Precision::Month);
        assert_eq!(d("2012-12-05").precision(), Precision::Day);
        assert_eq!(d("2012").long(), "2012");
        assert_eq!(d("2015-11").long(), "November 2015");
        assert_eq!(d("2012-12-05").long(), "5 December 2012");
        assert_eq!(d("2012-12-05").iso(), "2012-12-05");
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in [
            "2022-13-45",
            "2022-13",
            "2022-00",
            "2022-02-30",
            "2021-02-29",
            "2022-06-00",
            "22-06-01",
            "2022-6-1",
            "2022/06/01",
            "",
            "2022-06-01-01",
            "１２３４",
            "1899",
            "2101",
            " 2022",
        ] {
            assert!(bad.parse::<PartialDate>().is_err(), "{bad:?} was accepted");
        }
        assert!("2024-02-29".parse::<PartialDate>().is_ok());
        let e = "2022-13-45".parse::<PartialDate>().err();
        assert_eq!(
            e.map(|e| e.to_string()).as_deref(),
            Some("month 13 is not between 1 and 12 in \"2022-13-45\"")
        );
    }

    #[test]
    fn orders_by_start_then_precision() {
        let mut v = [
            d("2016-07-11"),
            d("2016"),
            d("2015-11"),
            d("2016-01"),
            d("2012-12-05"),
        ];
        v.sort();
        let iso: Vec<_> = v.iter().map(PartialDate::iso).collect();
        assert_eq!(
            iso,
            ["2012-12-05", "2015-11", "2016", "2016-01", "2016-07-11"]
        );
    }

    #[test]
    fn ranges_read_as_people_write_them() {
        assert_eq!(
            PartialDate::range_long(&d("2022-06-01"), Some(&d("2022-06-02"))),
            "1–2 June 2022"
        );
        assert_eq!(PartialDate::range_long(&d("2014"), None), "2014");
        assert_eq!(
            PartialDate::range_iso(&d("2022-06-01"), Some(&d("2022-06-02"))),
            "2022-06-01..2022-06-02"
        );
    }

    #[test]
    fn year_fractions_place_dates_on_an_axis() {
        assert!((d("2012").start_year_fraction() - 2012.0).abs() < 1e-9);
        assert!((d("2012").end_year_fraction() - 2013.0).abs() < 1e-9);
        let june1 = d("2022-06-01").start_year_fraction();
        assert!((june1 - (2022.0 + 151.0 / 365.0)).abs() < 1e-9);
        assert!(d("2022-06-02").end_year_fraction() > d("2022-06-02").start_year_fraction());
    }
}
