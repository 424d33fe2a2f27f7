//! Article metadata read off the cleaned text: the title, the publication date,
//! site furniture (view counters, "Phản hồi", "Các tin khác"...) and the byline or
//! source line. Metadata lines are excluded from extraction: a byline is a
//! journalist, not an official.

use std::sync::OnceLock;

use regex::Regex;

use crate::date::PartialDate;
use crate::doc::Span;
use crate::lexicon::Lexicon;

/// What [`analyse`] finds.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    /// The headline (without a leading "date YYYY-MM" marker).
    pub title: Option<Span>,
    /// The publication date.
    pub published: Option<PartialDate>,
    /// Lines that are not article content.
    pub metadata: Vec<Span>,
    /// The byline or source line.
    pub byline: Option<Span>,
}

struct Line {
    span: Span,
    /// The line trimmed of white space.
    trimmed: Span,
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let span = Span::new(start, start + line.len());
        start += line.len() + 1;
        let lead = line.len() - line.trim_start().len();
        let trail = line.len() - line.trim_end().len();
        if line.trim().is_empty() {
            continue;
        }
        out.push(Line {
            span,
            trimmed: Span::new(span.start + lead, span.end - trail),
        });
    }
    out
}

fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).unwrap_or_else(|e| panic!("bad regex {pattern}: {e}")))
}

/// `date 2022-10` (a crawler's marker) at the start of the text.
fn date_marker() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"^date\s+(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s+")
}

/// A line that is only a date and time: "Thứ tư, 08/12/2021 17:50",
/// "12/03/2024 - 10:15", "Cập nhật: 10:15 12/03/2024", "Ngày đăng: 12-3-2024",
/// with perhaps page furniture after a bar ("... - 18:05 | Lượt xem: 1.284").
fn date_line() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"(?i)^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật)\s*,?\s*|(?:cập\s+nhật|ngày\s+đăng|đăng\s+ngày|ngày\s+cập\s+nhật|xuất\s+bản)\s*:?\s*)*(?:\d{1,2}[:h]\d{2}\s*[,|-]?\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s*[,|-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?(?:\s*[(\[]?GMT\s*\+\s*7[)\]]?)?(?:\s*\|.*)?\s*$",
    )
}

/// A first sentence that opens on a full date: "Sáng 7/9/2021, ...".
fn dated_opening() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"(?i)^(?:sáng|chiều|tối|trưa|đêm|ngày|hôm\s+nay|hôm\s+qua)?\s*(?:\(\s*)?(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})\b",
    )
}

/// A first sentence that opens on a date in words: "Ngày 23 tháng 12 năm 2025, ...".
fn dated_opening_words() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"(?i)^(?:sáng|chiều|tối|trưa|đêm)?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b",
    )
}

/// A site's navigation line: a breadcrumb ("Trang chủ > Chính trị > ...") or a
/// menu ("Thời sự | Kinh tế | Pháp luật").
fn navigation_line(line: &str) -> bool {
    let crumbs = line.matches(['>', '›', '»']).count();
    let bars = line.matches('|').count();
    let slashes = line.matches(" / ").count();
    crumbs >= 1 && !line.contains(['.', ',']) || bars >= 2 || slashes >= 2
}

/// A masthead: a line in capitals with no lower-case letter ("BÁO QUẢNG TRỊ
/// ĐIỆN TỬ", "BÁO CÔNG THƯƠNG - Cơ quan ngôn luận ..." opens so too).
fn capitals_line(line: &str) -> bool {
    let first: Vec<&str> = line.split_whitespace().take(3).collect();
    first.len() >= 2
        && first
            .iter()
            .all(|w| w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase))
}

/// A view counter or similar: a line of digits only.
fn counter_line() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"^[\d.,\s]{1,12}(?:lượt xem|views?)?$")
}

/// A source line: "Theo CAND", "Nguồn Báo CAND", "Nguồn: TTXVN".
fn source_line() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^(?:(?:Theo|Nguồn|Nguồn tin|Nguồn bài)\s*:?\s+\S.{0,60}|\(?(?:Theo|Nguồn)\s*:?\s*\S.{0,60}\)?)$",
    )
}

fn ymd(y: &str, m: &str, d: Option<&str>) -> Option<PartialDate> {
    let day = match d {
        Some(d) => Some(d.parse().ok()?),
        None => None,
    };
    PartialDate::new(Some(y.parse().ok()?), m.parse().ok()?, day)
}

/// Whether a line looks like a lone byline: two to five capitalised words, no
/// sentence punctuation ("Trần Tuấn", "Thùy Dương", "Minh Anh (TTXVN)").
fn lone_name(line: &str) -> bool {
    let core = line.split('(').next().unwrap_or(line).trim();
    let words: Vec<&str> = core.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && !core.contains(['.', ',', ':', ';', '!', '?', '"', '“'])
        && words.iter().all(|w| {
            let mut cs = w.chars();
            cs.next().is_some_and(|c| c.is_uppercase()) && cs.all(|c| c.is_alphabetic() || c == '-')
        })
        && !(words.len() == 1 && words[0].chars().count() > 12)
}

/// Reads the metadata of a cleaned text.
#[inline(never)]
pub fn analyse(text: &str, lexicon: &Lexicon) -> Meta {
    let lines = lines(text);
    let mut meta = Meta::default();
    let mut title_index = None;
    // Whether site furniture came before the headline.
    let mut furniture_seen = false;

    // Site furniture; an "end" line ("Các tin khác") makes the rest navigation.
    let mut end_at = lines.len();
    for (i, line) in lines.iter().enumerate() {
        let t = &text[line.trimmed.start..line.trimmed.end];
        match lexicon.boilerplate_line(t) {
            Some(true) if i > 0 => {
                end_at = i;
                break;
            }
            Some(_) => meta.metadata.push(line.span),
            None if i > 0 && counter_line().is_match(t) => meta.metadata.push(line.span),
            None => {}
        }
    }
    for line in &lines[end_at..] {
        meta.metadata.push(line.span);
    }

    for (i, line) in lines.iter().enumerate().take(end_at) {
        if meta.metadata.contains(&line.span) {
            continue;
        }
        let t = &text[line.trimmed.start..line.trimmed.end];
        if title_index.is_none() {
            // Before the headline: navigation, and a masthead or a section
            // label ("Chính trị") followed by navigation or the date line.
            let next = lines
                .get(i + 1)
                .map(|l| &text[l.trimmed.start..l.trimmed.end]);
            let furniture_next =
                next.is_some_and(|n| navigation_line(n) || date_line().is_match(n));
            // A label only under other furniture: a short headline may come
            // right before the date line too.
            let label =
                furniture_seen && t.split_whitespace().count() <= 4 && !t.contains(['.', ',', ':']);
            if navigation_line(t) || (furniture_next && (capitals_line(t) || label)) {
                meta.metadata.push(line.span);
                furniture_seen = true;
                continue;
            }
            let mut start = line.trimmed.start;
            if let Some(c) = date_marker().captures(t) {
                if let Some(m) = c.get(2) {
                    meta.published = ymd(&c[1], m.as_str(), c.get(3).map(|m| m.as_str()));
                }
                start += c[0].len();
            }
            if date_line().is_match(t) {
                // A date line before any title is metadata, not the headline.
                if let Some(c) = date_line().captures(t) {
                    meta.published = meta.published.or_else(|| ymd(&c[3], &c[2], Some(&c[1])));
                }
                meta.metadata.push(line.span);
                continue;
            }
            meta.title = Some(Span::new(start, line.trimmed.end));
            title_index = Some(i);
            continue;
        }
        if i <= title_index.unwrap_or(0) + 4 && date_line().is_match(t) {
            if let Some(c) = date_line().captures(t) {
                meta.published = meta.published.or_else(|| ymd(&c[3], &c[2], Some(&c[1])));
            }
            meta.metadata.push(line.span);
        }
    }

    // The byline: the last content line, when it is a source line or a lone name.
    if let Some(last) = lines[..end_at]
        .iter()
        .rev()
        .find(|l| !meta.metadata.contains(&l.span))
    {
        let t = &text[last.trimmed.start..last.trimmed.end];
        let is_title = meta.title.is_some_and(|s| last.span.contains(s));
        if !is_title && (source_line().is_match(t) || lone_name(t)) {
            meta.byline = Some(last.trimmed);
            meta.metadata.push(last.span);
        }
    }

    // A dated opening sentence gives the date when nothing else did.
    if meta.published.is_none() {
        let first_body = lines
            .iter()
            .take(end_at)
            .enumerate()
            .find(|(i, l)| Some(*i) > title_index && !meta.metadata.contains(&l.span));
        if let Some((_, l)) = first_body {
            let t = &text[l.trimmed.start..l.trimmed.end];
            if let Some(c) = dated_opening()
                .captures(t)
                .or_else(|| dated_opening_words().captures(t))
            {
                meta.published = ymd(&c[3], &c[2], Some(&c[1]));
            }
        }
    }
    meta.metadata.sort();
    meta.metadata.dedup();
    meta
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Option<String>, Option<String>, Option<String>, usize) {
        let m = analyse(text, Lexicon::builtin());
        (
            m.title.map(|s| text[s.start..s.end].to_string()),
            m.published.map(|d| d.to_iso()),
            m.byline.map(|s| text[s.start..s.end].to_string()),
            m.metadata.len(),
        )
    }

    #[test]
    fn meta_weekday_date_line_and_source_byline() {
        let (title, date, byline, _) =
            run("Tiêu đề bài\n\nThứ tư, 08/12/2021 17:50\n\nNgày 7-12, Bộ tổ chức.\n\nTheo CAND\n");
        assert_eq!(title.as_deref(), Some("Tiêu đề bài"));
        assert_eq!(date.as_deref(), Some("2021-12-08"));
        assert_eq!(byline.as_deref(), Some("Theo CAND"));
    }

    #[test]
    fn meta_date_line_with_bracketed_time_zone() {
        let (_, date, _, _) =
            run("Tiêu đề bài\n\nThứ Năm, 06/06/2024, 16:20 [GMT+7]\n\nNội dung.\n");
        assert_eq!(date.as_deref(), Some("2024-06-06"));
    }

    #[test]
    fn meta_date_marker_and_lone_name_byline() {
        let (title, date, byline, _) =
            run(" date 2022-10 Phát huy sức mạnh\n\nNội dung bài.\n\nThùy Dương\n");
        assert_eq!(title.as_deref(), Some("Phát huy sức mạnh"));
        assert_eq!(date.as_deref(), Some("2022-10"));
        assert_eq!(byline.as_deref(), Some("Thùy Dương"));
    }

    #[test]
    fn meta_masthead_navigation_and_counter_after_the_date() {
        let (title, date, _, n) = run(
            "BÁO VÀ PHÁT THANH, TRUYỀN HÌNH ĐÀ NẴNG\nTrang chủ  >  Chính trị  >  Hội đồng nhân dân\n\nThứ Năm, 11/12/2025 - 18:05   |   Lượt xem: 1.284\n\nBế mạc kỳ họp cuối năm\n\nChiều 11-12, kỳ họp bế mạc.\n",
        );
        assert_eq!(title.as_deref(), Some("Bế mạc kỳ họp cuối năm"));
        assert_eq!(date.as_deref(), Some("2025-12-11"));
        assert_eq!(n, 3);
        let (title, date, _, _) = run(
            "BÁO QUẢNG TRỊ ĐIỆN TỬ\nTrang chủ | Chính trị | Xây dựng Đảng | Kinh tế\n\nChính trị\n\nThứ Sáu, 19/12/2025 - 11:42\n\nHội nghị Tỉnh ủy\n\nNội dung.\n",
        );
        assert_eq!(title.as_deref(), Some("Hội nghị Tỉnh ủy"));
        assert_eq!(date.as_deref(), Some("2025-12-19"));
        // A headline in capitals with no furniture after it stays the headline.
        let (title, _, _, _) =
            run("BỘ CÔNG AN TỔNG KẾT NĂM\n\nSáng 7/1/2025, Bộ Công an tổ chức hội nghị.\n");
        assert_eq!(title.as_deref(), Some("BỘ CÔNG AN TỔNG KẾT NĂM"));
    }

    #[test]
    fn meta_date_in_words_opens_the_article() {
        let (_, date, _, _) =
            run("Công bố quyết định\n\nNgày 23 tháng 12 năm 2025, UBND thành phố Huế tổ chức hội nghị.\n");
        assert_eq!(date.as_deref(), Some("2025-12-23"));
    }

    #[test]
    fn meta_counter_furniture_and_dated_opening() {
        let (title, date, byline, n) = run(
            "Hội thảo trực tuyến\n\n269\nĐánh giá bài viết\n\nSáng 7/9/2021, Đảng ủy tổ chức hội thảo.\n\nTrần Tuấn\nPhản hồi\n\nCác tin khác\n\nMới nhất\n",
        );
        assert_eq!(title.as_deref(), Some("Hội thảo trực tuyến"));
        assert_eq!(date.as_deref(), Some("2021-09-07"));
        assert_eq!(byline.as_deref(), Some("Trần Tuấn"));
        assert!(n >= 5, "{n}");
    }
}
