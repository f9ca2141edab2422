//! One cell read as a person sees it in the spreadsheet: numbers as typed, dates and
//! times as ISO text, a column by its letters, a long text cut at a bound.

/// The most text read from one cell (Excel's own limit is 32,767 characters).
pub const MAX_CELL_BYTES: usize = 128 * 1024;

/// A cell's value as the reader found it.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    /// The first [`MAX_CELL_BYTES`] of a longer text.
    Cut(String),
    /// A date typed as a date: its ISO text ("2023-10-12", "2023-10-12 14:30") and
    /// its year, month and day.
    Date(String, (i32, u32, u32)),
    /// An error that the spreadsheet shows in the cell (`#REF!`, `Err:502`…).
    Error(String),
}

impl Value {
    /// Text, cut to [`MAX_CELL_BYTES`] (copying no more than that); `None` when empty.
    pub fn text(text: &str) -> Option<Self> {
        if text.is_empty() {
            return None;
        }
        if text.len() <= MAX_CELL_BYTES {
            return Some(Self::Text(text.to_owned()));
        }
        let mut end = MAX_CELL_BYTES;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        Some(Self::Cut(text[..end].to_owned()))
    }

    /// The bytes of text it holds, counted against the sheet's bound.
    pub(super) fn len(&self) -> usize {
        match self {
            Self::Text(t) | Self::Cut(t) | Self::Date(t, _) | Self::Error(t) => t.len(),
        }
    }
}

/// A number as a person typed it: 2023.0 is "2023", 5.0 is "5", 3.25 is "3.25".
pub fn number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        // Exact: a whole number below 2^53 is an integer both ways.
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A time of day or a duration from a number of days: "14:30", "14:30:15", "36:00".
pub fn clock(days: f64) -> String {
    let seconds = (days * 86_400.0).round();
    if !seconds.is_finite() || seconds.abs() >= 1e12 {
        return number(days);
    }
    let seconds = seconds as i64;
    let (sign, seconds) = if seconds < 0 {
        ("-", -seconds)
    } else {
        ("", seconds)
    };
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if s == 0 {
        format!("{sign}{h:02}:{m:02}")
    } else {
        format!("{sign}{h:02}:{m:02}:{s:02}")
    }
}

/// An ISO 8601 date or date-time as a spreadsheet stores it ("2023-10-12",
/// "2023-10-12T14:30:00", "-0044-03-15"), as a [`Value::Date`]; any other text as it is.
pub fn iso_date(iso: &str) -> Option<Value> {
    let (date, time) = iso.split_once('T').unwrap_or((iso, ""));
    let (negative, date) = date
        .strip_prefix('-')
        .map_or((false, date), |rest| (true, rest));
    let mut parts = date.splitn(3, '-');
    let mut part = || parts.next().and_then(|p| p.parse::<u32>().ok());
    let (Some(y), Some(m), Some(d)) = (part(), part(), part()) else {
        return Value::text(iso);
    };
    let year = i32::try_from(y).ok().map(|y| if negative { -y } else { y });
    let Some(year) = year.filter(|_| (1..=12).contains(&m) && (1..=31).contains(&d)) else {
        return Value::text(iso);
    };
    let day = format!("{}{y:04}-{m:02}-{d:02}", if negative { "-" } else { "" });
    // The time as a clock shows it, without seconds when they are zero; midnight, the
    // time of every plain date, not at all.
    let clock: Vec<&str> = time
        .split(['+', 'Z', '.'])
        .next()
        .unwrap_or("")
        .split(':')
        .collect();
    let text = match clock.as_slice() {
        [h, m] | [h, m, "00"] if *h != "00" || *m != "00" => format!("{day} {h}:{m}"),
        [h, m, s] if *s != "00" => format!("{day} {h}:{m}:{s}"),
        _ => day,
    };
    Some(Value::Date(text, (year, m, d)))
}

/// A duration in ISO 8601 as ODF stores a time ("PT14H30M00S"), as a clock shows it.
pub fn iso_duration(iso: &str) -> Option<Value> {
    let Some(rest) = iso.strip_prefix("PT") else {
        return Value::text(iso);
    };
    let mut seconds = 0.0;
    let mut digits = String::new();
    for c in rest.chars() {
        let unit = match c {
            'H' => 3600.0,
            'M' => 60.0,
            'S' => 1.0,
            c => {
                digits.push(c);
                continue;
            }
        };
        let Ok(n) = digits.parse::<f64>() else {
            return Value::text(iso);
        };
        seconds += n * unit;
        digits.clear();
    }
    if !digits.is_empty() {
        return Value::text(iso);
    }
    Some(Value::Text(clock(seconds / 86_400.0)))
}

/// A column's letters as a spreadsheet names it: 0 is A, 26 is AA.
pub fn letters(column: u32) -> String {
    let mut n = u64::from(column) + 1;
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(b'A' + (n % 26) as u8);
        n /= 26;
    }
    out.iter().rev().map(|&b| char::from(b)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::import::workbook::grid::MAX_COLUMNS;

    #[test]
    fn numbers_read_as_typed() {
        assert_eq!(number(2023.0), "2023");
        assert_eq!(number(5.0), "5");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(3.25), "3.25");
        assert_eq!(number(0.1), "0.1");
        assert_eq!(number(1e20), "100000000000000000000");
    }

    #[test]
    fn dates_and_times_read_as_iso_text() {
        let date = |s| iso_date(s);
        assert_eq!(
            date("2023-10-12"),
            Some(Value::Date("2023-10-12".into(), (2023, 10, 12)))
        );
        assert_eq!(
            date("2023-10-12T00:00:00"),
            Some(Value::Date("2023-10-12".into(), (2023, 10, 12)))
        );
        assert_eq!(
            date("2023-10-12T14:30:00"),
            Some(Value::Date("2023-10-12 14:30".into(), (2023, 10, 12)))
        );
        assert_eq!(date("soon"), Some(Value::Text("soon".into())));
        assert_eq!(date("2023-13-01"), Some(Value::Text("2023-13-01".into())));
        assert_eq!(
            iso_duration("PT14H30M00S"),
            Some(Value::Text("14:30".into()))
        );
        assert_eq!(clock(0.5), "12:00");
        assert_eq!(clock(1.5), "36:00");
    }

    #[test]
    fn columns_are_named_by_their_letters() {
        assert_eq!(letters(0), "A");
        assert_eq!(letters(25), "Z");
        assert_eq!(letters(26), "AA");
        assert_eq!(letters(MAX_COLUMNS - 1), "BL");
        assert_eq!(letters(16_383), "XFD");
    }

    #[test]
    fn a_long_text_is_cut_at_a_character() {
        let long = "é".repeat(MAX_CELL_BYTES);
        let Some(Value::Cut(cut)) = Value::text(&long) else {
            panic!("not cut");
        };
        assert!(cut.len() <= MAX_CELL_BYTES && cut.chars().all(|c| c == 'é'));
    }
}
