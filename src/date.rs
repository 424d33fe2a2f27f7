//! Calendar dates as articles state them: full, month only, or day and month
//! without a year. Shared by the article metadata and the extractors.

use std::fmt;

/// A date that may lack its day or its year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    /// The year, when known.
    pub year: Option<i32>,
    /// The month, 1..=12.
    pub month: u32,
    /// The day, when known, 1..=31.
    pub day: Option<u32>,
}

impl PartialDate {
    /// A date from its parts, or `None` when the parts name no real date.
    pub fn new(year: Option<i32>, month: u32, day: Option<u32>) -> Option<PartialDate> {
        if !(1..=12).contains(&month) {
            return None;
        }
        if let Some(y) = year {
            if !(1900..=2100).contains(&y) {
                return None;
            }
        }
        if let Some(d) = day {
            let max = days_in_month(year, month);
            if d == 0 || d > max {
                return None;
            }
        }
        if year.is_none() && day.is_none() {
            return None;
        }
        Some(PartialDate { year, month, day })
    }

    /// The same day in the given year (used when an article's year completes "Ngày 28/10").
    pub fn with_year(self, year: i32) -> Option<PartialDate> {
        PartialDate::new(Some(year), self.month, self.day)
    }

    /// ISO form: `2021-09-07`, `2022-10`, or `--10-28` when the year is unknown.
    pub fn to_iso(self) -> String {
        match (self.year, self.day) {
            (Some(y), Some(d)) => format!("{y:04}-{:02}-{d:02}", self.month),
            (Some(y), None) => format!("{y:04}-{:02}", self.month),
            (None, Some(d)) => format!("--{:02}-{d:02}", self.month),
            (None, None) => format!("--{:02}", self.month),
        }
    }

    /// Parses the ISO forms that [`PartialDate::to_iso`] writes, and plain `YYYY`.
    pub fn parse_iso(text: &str) -> Option<PartialDate> {
        let text = text.trim();
        if let Some(rest) = text.strip_prefix("--") {
            let (m, d) = rest.split_once('-')?;
            return PartialDate::new(None, m.parse().ok()?, Some(d.parse().ok()?));
        }
        let mut parts = text.split('-');
        let y: i32 = parts.next()?.parse().ok()?;
        let m: u32 = parts.next()?.parse().ok()?;
        let d: Option<u32> = match parts.next() {
            Some(d) => Some(d.parse().ok()?),
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        PartialDate::new(Some(y), m, d)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

fn days_in_month(year: Option<i32>, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ => match year {
            Some(y) if !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) => 28,
            _ => 29,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_iso_round_trip() {
        for iso in ["2021-09-07", "2022-10", "--10-28", "2024-02-29"] {
            assert_eq!(PartialDate::parse_iso(iso).unwrap().to_iso(), iso);
        }
    }

    #[test]
    fn date_rejects_impossible_days() {
        assert!(PartialDate::new(Some(2023), 2, Some(29)).is_none());
        assert!(PartialDate::new(Some(2021), 13, Some(1)).is_none());
        assert!(PartialDate::new(None, 4, Some(31)).is_none());
        assert!(PartialDate::parse_iso("2021-9-x").is_none());
    }
}
