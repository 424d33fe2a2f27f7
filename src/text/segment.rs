//! Sentence segmentation with byte offsets.
//!
//! Each non-metadata line is a paragraph; a paragraph splits after `.`, `!`, `?`
//! or `…` (and any closing quotes) followed by white space and a capital, digit
//! or opening quote — except after abbreviations ("TP.", "Tp.", "TS.", "PGS.")
//! and single-letter initials. Codes such as "12-NQ/TW" hold no sentence break.

use crate::doc::{Sentence, SentenceKind, Span};
use crate::text::meta::Meta;

/// Abbreviations that end with a period but not a sentence.
const ABBREVIATIONS: &[&str] = &[
    "TP", "Tp", "tp", "TS", "ThS", "Th.S", "PGS", "GS", "BS", "KS", "CN", "Q", "P", "TX", "Tx",
    "St", "Mr", "Mrs", "Ms", "Dr", "TT", "Tr", "tr", "ĐC", "Đ/c", "đ/c", "Vs", "vs", "No",
    "TP.HCM",
];

/// Splits the text into sentences, skipping metadata lines.
#[inline(never)]
pub fn segment(text: &str, meta: &Meta) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut paragraph = 0;
    for line in text.split('\n') {
        let span = Span::new(start, start + line.len());
        start += line.len() + 1;
        if line.trim().is_empty() || meta.metadata.iter().any(|m| m.overlaps(span)) {
            continue;
        }
        if let Some(title) = meta.title.filter(|t| span.contains(*t)) {
            out.push(Sentence {
                span: title,
                paragraph,
                kind: SentenceKind::Title,
            });
        } else {
            for s in split_paragraph(text, span) {
                out.push(Sentence {
                    span: s,
                    paragraph,
                    kind: SentenceKind::Body,
                });
            }
        }
        paragraph += 1;
    }
    out
}

/// The sentences of one paragraph, trimmed of white space.
fn split_paragraph(text: &str, para: Span) -> Vec<Span> {
    let p = &text[para.start..para.end];
    let bytes = p.as_bytes();
    let mut out = Vec::new();
    let mut sent_start = 0;
    let mut pos = 0;
    // Only '.', '!', '?' and '…' (whose UTF-8 opens with 0xE2) can end a
    // sentence: the bytes between are skipped unread.
    while let Some(skip) = bytes[pos..]
        .iter()
        .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))
    {
        pos += skip;
        let Some(c) = p[pos..].chars().next() else {
            break;
        };
        if !matches!(c, '.' | '!' | '?' | '…') {
            pos += c.len_utf8();
            continue;
        }
        // Take the run of terminal punctuation and closing quotes.
        let mut end = pos + c.len_utf8();
        while let Some(d) = p[end..].chars().next() {
            if !matches!(d, '.' | '!' | '?' | '…' | '"' | '”' | '’' | '»' | ')') {
                break;
            }
            end += d.len_utf8();
        }
        let rest = &p[end..];
        let next_ok = rest.starts_with(' ')
            && rest
                .trim_start_matches(' ')
                .chars()
                .next()
                .is_some_and(|ch| {
                    ch.is_uppercase()
                        || ch.is_ascii_digit()
                        || matches!(ch, '"' | '“' | '‘' | '(' | '-' | '–')
                });
        if next_ok && !(c == '.' && end == pos + 1 && is_abbreviation(&p[sent_start..pos])) {
            push_trimmed(&mut out, para.start, p, sent_start, end);
            sent_start = end;
        }
        pos = end;
    }
    push_trimmed(&mut out, para.start, p, sent_start, p.len());
    out
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("");
    if word.is_empty() {
        return false;
    }
    let mut cs = word.chars();
    let single_initial = cs.next().is_some_and(|c| c.is_uppercase()) && cs.next().is_none();
    // "... lần thứ I. Ngay sau ...", "... khóa V. Đại hội ...": a Roman
    // numeral after an ordinal word ends the sentence; it is no initial.
    let previous = before[..before.len() - word.len()]
        .split_whitespace()
        .next_back()
        .map(crate::text::fold::key)
        .unwrap_or_default();
    let numeral = matches!(word, "I" | "V" | "X")
        && matches!(previous.as_str(), "thứ" | "khóa" | "khoá" | "kỳ" | "hội");
    // ("GS.TS.", "PGS.TS.": titles joined by their periods.)
    let joined = word
        .rsplit_once('.')
        .is_some_and(|(_, last)| ABBREVIATIONS.contains(&last));
    (single_initial && !numeral) || ABBREVIATIONS.contains(&word) || joined
}

fn push_trimmed(out: &mut Vec<Span>, base: usize, p: &str, start: usize, end: usize) {
    let s = &p[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if s.trim().is_empty() {
        return;
    }
    out.push(Span::new(base + start + lead, base + end - trail));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `split_paragraph` as first written, over a vector of chars: the reference.
    fn split_paragraph_reference(text: &str, para: Span) -> Vec<Span> {
        let p = &text[para.start..para.end];
        let mut out = Vec::new();
        let mut sent_start = 0;
        let chars: Vec<(usize, char)> = p.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if matches!(c, '.' | '!' | '?' | '…') {
                // Take the run of terminal punctuation and closing quotes.
                let mut j = i + 1;
                while j < chars.len()
                    && matches!(
                        chars[j].1,
                        '.' | '!' | '?' | '…' | '"' | '”' | '’' | '»' | ')'
                    )
                {
                    j += 1;
                }
                let end = chars.get(j).map_or(p.len(), |&(b, _)| b);
                let next_ok = j < chars.len()
                    && chars[j].1 == ' '
                    && chars[j..]
                        .iter()
                        .find(|(_, ch)| *ch != ' ')
                        .is_some_and(|&(_, ch)| {
                            ch.is_uppercase()
                                || ch.is_ascii_digit()
                                || matches!(ch, '"' | '“' | '‘' | '(' | '-' | '–')
                        });
                if next_ok && !(c == '.' && j == i + 1 && is_abbreviation(&p[sent_start..pos])) {
                    push_trimmed(&mut out, para.start, p, sent_start, end);
                    sent_start = end;
                }
                i = j;
                continue;
            }
            let _ = pos;
            i += 1;
        }
        push_trimmed(&mut out, para.start, p, sent_start, p.len());
        out
    }

    proptest::proptest! {
        #[test]
        fn split_paragraph_equals_reference(
            text in "[aAbĐđ1 .!?…\"”’»)(“‘–-]{0,40}"
        ) {
            let span = Span::new(0, text.len());
            proptest::prop_assert_eq!(
                split_paragraph(&text, span),
                split_paragraph_reference(&text, span)
            );
        }
    }

    fn check(text: &str) -> Vec<&str> {
        split_paragraph(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn segment_keeps_abbreviations_and_codes() {
        assert_eq!(
            check("Hội nghị tại Hội trường (TP. Hà Nội), trực tuyến. Nghị quyết số 12-NQ/TW được ban hành."),
            vec!["Hội nghị tại Hội trường (TP. Hà Nội), trực tuyến.", "Nghị quyết số 12-NQ/TW được ban hành."]
        );
    }

    #[test]
    fn segment_keeps_titles_joined_by_periods() {
        assert_eq!(
            check("Đoàn Chủ tịch gồm: GS.TS. Nguyễn Văn An, Hiệu trưởng; PGS.TS. Lê Thị Bình. Đại hội bế mạc."),
            vec![
                "Đoàn Chủ tịch gồm: GS.TS. Nguyễn Văn An, Hiệu trưởng; PGS.TS. Lê Thị Bình.",
                "Đại hội bế mạc."
            ]
        );
    }

    #[test]
    fn segment_splits_on_quotes_and_ellipsis() {
        assert_eq!(
            check("Ông nói: \"Đó là cơ sở.\" Hội nghị bế mạc… Các đại biểu dự."),
            vec![
                "Ông nói: \"Đó là cơ sở.\"",
                "Hội nghị bế mạc…",
                "Các đại biểu dự."
            ]
        );
        assert_eq!(
            check("Giá 1.000 đồng. Xong"),
            vec!["Giá 1.000 đồng.", "Xong"]
        );
    }

    #[test]
    fn segment_splits_after_a_roman_numeral_but_not_an_initial() {
        assert_eq!(
            check("Đảng bộ tổ chức Đại hội lần thứ I. Ngay sau đó, Ban Chấp hành họp. Ông Nguyễn V. Hùng dự."),
            vec![
                "Đảng bộ tổ chức Đại hội lần thứ I.",
                "Ngay sau đó, Ban Chấp hành họp.",
                "Ông Nguyễn V. Hùng dự."
            ]
        );
    }
}
