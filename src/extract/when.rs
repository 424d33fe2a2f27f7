//! Dates written in running text: "Sáng 7/9/2021", "Ngày 7-12", "ngày 28/10", "Ngày 17.12",
//! "ngày 22 tháng 12 năm 2024", "hôm qua (15/3)". A missing year comes from the
//! article's date when that date is known; otherwise the date stays partial.

use std::sync::OnceLock;

use regex::Regex;

use crate::date::PartialDate;

/// A date found in text, with its byte range relative to the searched string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// Start byte.
    pub start: usize,
    /// End byte.
    pub end: usize,
    /// The date as written (year possibly missing).
    pub date: PartialDate,
}

fn numeric() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    R.get_or_init(|| {
        Regex::new(r"(?i)(?-u:\b)(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?-u:\b)|(?-u:\b)(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*(?:năm|,)\s*(\d{4}))?(?-u:\b)|(?:ngày|sáng|chiều|tối|trưa|đêm)\s+(\d{1,2})\.(\d{1,2})(?:\.(\d{4}))?(?-u:\b)")
            .unwrap_or_else(|e| panic!("date regex: {e}"))
    })
}

/// Every date in a text, in order, found as they are asked for (most callers
/// want the first, or the first after a cue: the rest of the text is not
/// searched).
pub fn dates(text: &str) -> impl Iterator<Item = Found> + '_ {
    // Every date has ASCII digits (others do not parse): a text without one
    // is not searched.
    let searched = if text.bytes().any(|b| b.is_ascii_digit()) {
        text
    } else {
        ""
    };
    numeric().captures_iter(searched).filter_map(|c| {
        // "ngày 17.12": a dotted date only after a day word ("1.500" is a number).
        let (d, m, y) = if c.get(1).is_some() {
            (c.get(1), c.get(2), c.get(3))
        } else if c.get(4).is_some() {
            (c.get(4), c.get(5), c.get(6))
        } else {
            (c.get(7), c.get(8), c.get(9))
        };
        let (d, m) = (d?, m?);
        let whole = (d.start(), c.get(0).map_or(0, |m| m.end()));
        // "2015-2020" and "1-2" are ranges or counts, not dates: want a day/month shape.
        let year = y.and_then(|y| y.as_str().parse().ok());
        let day = d.as_str().parse::<u32>().ok()?;
        let month = m.as_str().parse::<u32>().ok()?;
        PartialDate::new(year, month, Some(day)).map(|date| Found {
            start: whole.0,
            end: whole.1,
            date,
        })
    })
}

/// A date that opens an event phrase: the first date in `text` that follows a
/// time-of-day or "ngày" word, or stands at its start.
pub fn event_date(text: &str) -> Option<Found> {
    static R: OnceLock<Regex> = OnceLock::new();
    let cue = R.get_or_init(|| {
        Regex::new(r"(?i)(?:^|\b(?:sáng|chiều|tối|trưa|đêm|ngày|hôm\s+nay|hôm\s+qua|hôm\s+kia|trước\s+đó|sáng\s+nay|chiều\s+nay|tối\s+nay|(?:trong|sau|qua)\s+(?:2|hai|ba|3|4|bốn)\s+ngày(?:\s+làm\s+việc)?)\s*(?:\(\s*)?(?:\d{1,2}\s+(?:và|,)\s+)?)$")
            .unwrap_or_else(|e| panic!("event regex: {e}"))
    });
    let found = dates(text).find(|f| {
        cue.is_match(text[..f.start].trim_end_matches(['(', ' '])) || cue.is_match(&text[..f.start])
    })?;
    Some(first_day(text, found))
}

/// "Trong 2 ngày 15 và 16/7", "ngày 15-16/7", "từ ngày 7 đến 9-12": an event
/// over days starts on the first, the day written before `found`'s.
pub fn first_day(text: &str, found: Found) -> Found {
    let day = written_first_day(&text[..found.start]);
    match day.and_then(|day| PartialDate::new(found.date.year, found.date.month, Some(day))) {
        Some(date) => Found { date, ..found },
        None => found,
    }
}

/// The first day of a span written right before a date ("15 và " of "15 và
/// 16/7").
fn written_first_day(before_date: &str) -> Option<u32> {
    static FIRST: OnceLock<Regex> = OnceLock::new();
    let first = FIRST.get_or_init(|| {
        Regex::new(r"(\d{1,2})\s*(?:và|,|-|–|đến)\s*$")
            .unwrap_or_else(|e| panic!("first-day regex: {e}"))
    });
    first
        .captures(before_date)
        .and_then(|c| c.get(1))
        .and_then(|d| d.as_str().parse().ok())
}

/// "Sau 3 ngày làm việc khẩn trương, ... bế mạc", "Sáng 2/10, sau ba ngày
/// làm việc, ...": a meeting reported on its last day after a count of days
/// began that count less one before `found` (the gold of such reports dates a
/// meeting by its first day). Unchanged when the date is a span already
/// ("sau hai ngày làm việc (27 và 28-9)": [`first_day`] read it), or when the
/// first day falls in an earlier month.
pub fn span_start(before: &str, found: Found) -> PartialDate {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new(r"(?i)\bsau\s+(2|3|4|5|hai|ba|bốn|năm)\s+ngày\s+làm\s+việc")
            .unwrap_or_else(|e| panic!("span regex: {e}"))
    });
    let days = r.captures(before).and_then(|c| match c.get(1)?.as_str() {
        "2" | "hai" | "Hai" => Some(2),
        "3" | "ba" | "Ba" => Some(3),
        "4" | "bốn" | "Bốn" => Some(4),
        "5" | "năm" | "Năm" => Some(5),
        _ => None,
    });
    let spanned = written_first_day(&before[..found.start]).is_some();
    match (days, found.date.day) {
        (Some(n), Some(day)) if !spanned && day >= n => {
            PartialDate::new(found.date.year, found.date.month, Some(day + 1 - n))
                .unwrap_or(found.date)
        }
        _ => found.date,
    }
}

/// Whether a date written after `text` opens a clause of its own: "Tiếp tục
/// Kỳ họp thứ 8, sáng 6/11, ..." (a comma, then "sáng", "chiều", "ngày"...).
pub fn opens_clause(text: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new(r"(?i),\s*(?:sáng|chiều|tối|trưa|đêm|ngày)(?:\s+nay)?\s*(?:\(\s*)?$")
            .unwrap_or_else(|e| panic!("clause date regex: {e}"))
    });
    r.is_match(text)
}

/// Completes a date's missing year from the article's date.
pub fn complete(date: PartialDate, published: Option<PartialDate>) -> PartialDate {
    match (date.year, published.and_then(|p| p.year)) {
        (None, Some(y)) => date.with_year(y).unwrap_or(date),
        _ => date,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso(text: &str) -> Option<String> {
        event_date(text).map(|f| f.date.to_iso())
    }

    #[test]
    fn when_event_dates() {
        assert_eq!(
            iso("Sáng 7/9/2021, Đảng ủy tổ chức").as_deref(),
            Some("2021-09-07")
        );
        assert_eq!(
            iso("Ngày 7-12, Bộ Công an tổ chức").as_deref(),
            Some("--12-07")
        );
        assert_eq!(iso("Chiều 9-12, tại Hà Nội").as_deref(), Some("--12-09"));
        assert_eq!(
            iso("hôm qua (15/3), Ban tổ chức").as_deref(),
            Some("--03-15")
        );
        assert_eq!(
            iso("Ngày 22 tháng 12 năm 2024, Bộ Chính trị").as_deref(),
            Some("2024-12-22")
        );
        assert_eq!(
            iso("Trong 2 ngày 5 và 6/12, Quốc hội"),
            Some("--12-05".into())
        );
        assert_eq!(iso("nhiệm kỳ 2015-2020"), None);
        assert_eq!(
            iso("Sau hai ngày làm việc (27 và 28/11), Đại hội"),
            Some("--11-27".into())
        );
        assert_eq!(iso("Ngày 17.12, TAND TP.HCM"), Some("--12-17".into()));
        assert_eq!(iso("Sáng 18.12.2025, Tỉnh ủy"), Some("2025-12-18".into()));
        // A dotted number is no date.
        assert_eq!(iso("với 17.500 đại biểu"), None);
        assert_eq!(iso("với 17.12 tỷ đồng"), None);
    }

    #[test]
    fn when_completes_year() {
        let d = PartialDate::new(None, 12, Some(7)).unwrap();
        let p = PartialDate::new(Some(2021), 12, Some(8));
        assert_eq!(complete(d, p).to_iso(), "2021-12-07");
        assert_eq!(complete(d, None).to_iso(), "--12-07");
    }
}
