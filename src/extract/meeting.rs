//! Meeting mentions: a meeting type ("Hội nghị", "Hội thảo", "Phiên họp",
//! "Kỳ họp", "Lễ"...) and the words that describe it, to the end of the clause
//! ("Hội nghị giao ban công tác Đảng ... năm 2021"); the date of the sentence
//! that reports it ("Sáng 7/9/2021, ... tổ chức hội thảo"); a bare type word
//! ("tại Hội nghị") is a reference to a meeting named elsewhere. Meetings named
//! inside a document's name ("Nghị quyết Đại hội XIII") are not reported events.

use crate::doc::SentenceKind;
use crate::extract::{is_stop, when, Detail, Mention, Mentions, Sent};
use crate::lexicon::{Cue, Lexicon};
use crate::model::NodeKind;
use crate::text::fold;

/// Words that end a meeting's description.
fn ends_description(key: &str) -> bool {
    matches!(
        key,
        "được"
            | "đã"
            | "sẽ"
            | "đang"
            | "vừa"
            | "là"
            | "rất"
            | "cũng"
            | "cùng"
            | "này"
            | "đó"
            | "nhằm"
            | "để"
            | "do"
            | "tại"
            | "diễn"
            | "vào"
            | "khi"
            | "thì"
            | "mà"
            | "nhưng"
            | "sau"
            | "trước"
            | "có"
            | "cần"
            | "phải"
            | "đều"
            | "tiếp"
            | "nhận"
            | "gồm"
            | "bằng"
            | "trong"
            | "theo"
            | "qua"
    )
}

/// The longest prefix of `text` of at most `max` bytes that ends on a char boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// The key of a sentence's opening words as far as the meeting rules read it
/// (whether it starts "ngay sau" or holds "cùng ngày"): empty when the text
/// can hold neither, which most openings show without being folded. (In NFC
/// text a folded "ù" comes from "ù" or "Ù" only, and "ngay" from those four
/// ASCII letters in either case.)
fn opening_key(text: &str) -> String {
    let first = text.trim_start_matches(|c: char| c.is_whitespace() || fold::is_edge_punct(c));
    let may_open = first
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("ngay"));
    if may_open || text.contains(['ù', 'Ù']) {
        fold::key_once(text)
    } else {
        String::new()
    }
}

/// The text with its first letter in upper case ("hội thảo ..." -> "Hội thảo ...").
fn capitalised(text: &str) -> String {
    let mut cs = text.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

/// Whether the words before token `i` name a meeting only as where something
/// will go: "các nội dung trình kỳ họp", "trình Quốc hội tại Kỳ họp thứ 6",
/// "chuẩn bị (cho) Đại hội", "tiến tới / hướng tới Đại hội", "chào mừng Đại hội",
/// or as what something is of or after: "văn kiện Đại hội", "kết quả Kỳ họp",
/// "sau Kỳ họp thứ 6".
fn referred_to(sent: &Sent, i: usize) -> bool {
    let key = |back: usize| i.checked_sub(back).map_or("", |k| sent.key(k));
    matches!(
        (key(3), key(2), key(1)),
        (_, w, "trình") | (w, "trình", "tại") if w != "chương"
    ) || matches!(
        (key(3), key(2), key(1)),
        (_, "chuẩn", "bị")
            | ("chuẩn", "bị", "cho")
            | (_, "tiến" | "hướng", "tới")
            | (_, "chào", "mừng")
            // "dự thảo văn kiện Đại hội ...": the congress whose documents
            // are drafted, not the meeting discussing them; "báo cáo kết
            // quả Kỳ họp thứ 6": the session whose results are reported.
            | (_, "văn", "kiện")
            | (_, "kết", "quả")
    )
        // "tiếp xúc cử tri sau Kỳ họp thứ 6": the session before this meeting
        // ("Sau Hội nghị, ...", "Ngay sau Đại hội, ..." open a report of the next).
        || (i >= 2 && key(1) == "sau" && key(2) != "ngay")
}

/// Whether token `k` opens a vote or an election: "thông qua", "biểu
/// quyết", "nhất trí", "bầu", "hiệp thương (cử)".
fn votes_at(sent: &Sent, k: usize) -> bool {
    matches!(
        (sent.key(k), sent.key(k + 1)),
        ("thông", "qua") | ("biểu", "quyết") | ("nhất", "trí") | ("bầu", _) | ("hiệp", "thương")
    ) && sent.tokens.get(k).is_some_and(|t| !t.cap)
}

/// Finds meeting mentions in a sentence.
pub fn extract(sent: &Sent, lexicon: &Lexicon, mentions: &mut Mentions) {
    let docs: Vec<(usize, usize)> = mentions
        .in_sentence(sent.index, NodeKind::Resolution)
        .into_iter()
        .map(|id| {
            let m = &mentions.entities[id];
            // The document's tails too: "Chỉ thị 45 ... về đại hội đảng bộ các cấp".
            match m.detail {
                Detail::Resolution { extent_end, .. } => (m.tokens.0, extent_end.max(m.tokens.1)),
                _ => m.tokens,
            }
        })
        .collect();
    let mut i = 0;
    while i < sent.tokens.len() {
        let Some((n, mt)) = lexicon.meeting_types.longest(sent.keys_from(i)) else {
            i += 1;
            continue;
        };
        let cap = sent.tokens[i].cap;
        let inside_doc = docs.iter().any(|&(a, b)| a <= i && i < b && a != i);
        // "các hội nghị", and "Nghị quyết số 15 ... của Hội nghị Trung ương 5":
        // a meeting named as a document's author is no event of the article.
        let authored =
            i > 0 && sent.key(i - 1) == "của" && docs.iter().any(|&(_, b)| b <= i && i - b <= 2);
        let generic = authored
            || (i > 0 && matches!(sent.key(i - 1), "các" | "những" | "nhiều" | "mỗi" | "từng"));
        // "Trung tâm Hội nghị quốc gia" is a venue.
        let generic = generic || (i >= 2 && sent.key(i - 2) == "trung" && sent.key(i - 1) == "tâm");
        // "Đại tá Phan Hữu Lễ – Phó Giám đốc", "Phan Hữu Lễ cho biết": the
        // last syllable of a name, a one-word type right after a title-case
        // word (a ceremony follows a verb or a date: "tổ chức Lễ ...").
        let generic = generic
            || (n == 1
                && cap
                && i > 0
                && sent.tokens[i - 1].word
                && sent.tokens[i - 1].title_case()
                && sent.tokens[i - 1].span.end < sent.tokens[i].span.start);
        // "đại hội đảng bộ các cấp": congresses at every level, no one event.
        let generic = generic
            || (!cap
                && (i + n..(i + n + 5).min(sent.tokens.len()))
                    .any(|k| sent.key(k) == "các" && sent.key(k + 1) == "cấp"));
        // "chương trình kỳ họp", "nội dung phiên họp": what a meeting named
        // elsewhere covers, no meeting of its own.
        let generic = generic
            || (!cap
                && i >= 2
                && matches!(
                    (sent.key(i - 2), sent.key(i - 1)),
                    ("chương", "trình") | ("nội", "dung") | ("tài", "liệu") | ("văn", "kiện")
                ));
        if inside_doc || generic || (mt.needs_capital && !cap) {
            i += n;
            continue;
        }
        let before_all = &sent.doc.text[sent.span.start..sent.tokens[i].span.start];
        let before = prefix(before_all, 120);
        // Only a date that opens the sentence dates the event ("Sáng 5/10, ...");
        // a date further in belongs to something else ("Kế hoạch số 118 ngày 25-5-2022").
        // It dates the first meeting named after it only: "Sáng 3/9, Tổ công
        // tác làm việc với ... về các văn kiện trình đại hội đảng bộ tỉnh"
        // reports no congress that morning. ("sau khi kết thúc phiên họp": a
        // bare type word refers to another meeting.)
        let named_since = |from: usize| {
            mentions
                .in_sentence(sent.index, NodeKind::Meeting)
                .into_iter()
                .any(|m| {
                    let m = &mentions.entities[m];
                    m.span.start >= from && !matches!(m.detail, Detail::Meeting { bare: true, .. })
                })
        };
        let joined = || {
            i > 0
                && sent.key(i - 1) == "và"
                && cap
                && mentions
                    .in_sentence(sent.index, NodeKind::Meeting)
                    .into_iter()
                    .any(|m| mentions.entities[m].tokens.1 == i - 1)
        };
        let opening_date = when::event_date(before)
            .filter(|f| {
                before[..f.start].chars().count() <= 30 || when::opens_clause(&before[..f.start])
            })
            // ("... tổ chức Hội nghị A (buổi sáng) và Hội nghị B (buổi chiều)":
            // two meetings joined by "và" share it.)
            .filter(|f| !named_since(sent.span.start + f.start) || joined())
            .map(|f| when::span_start(before, f));
        // (Named before this one: "Thường vụ đã họp, ..., cho ý kiến vào
        // phương án chuẩn bị đại hội" reports the sitting, not the congress.)
        // "sáng cùng ngày": the day of the article's main meeting.
        // ("Ngay sau phiên bế mạc, ...": right after it, on its last day.)
        let lead = opening_key(before);
        let right_after = lead.starts_with("ngay sau");
        let same_day = lead.contains("cùng ngày") || right_after;
        let first_meeting = !mentions
            .in_sentence(sent.index, NodeKind::Meeting)
            .into_iter()
            .any(|m| {
                let m = &mentions.entities[m];
                m.tokens.0 < i && !matches!(m.detail, Detail::Meeting { bare: true, .. })
            });
        if mt.verb {
            // "họp phiên họp chuyên đề": the noun after the verb names it.
            let noun_follows = lexicon
                .meeting_types
                .longest(sent.keys_from(i + 1))
                .is_some_and(|(_, next)| !next.verb);
            // "Hội nghị ... đã hoàn thành chương trình và họp phiên bế mạc":
            // a sitting of a meeting named before, no meeting of its own.
            let sitting = !first_meeting;
            // "Chiều cùng ngày, Chánh án ... làm việc với ...": dated by the
            // article's main meeting.
            let dated = opening_date.is_some() || same_day;
            if noun_follows || sitting || (mt.needs_date && !dated) {
                i += 1;
                continue;
            }
        }
        // "Ủy ban đã có buổi làm việc với ...": held by the body before "có".
        // ("Ban Chấp hành khóa I đã họp hội nghị lần thứ nhất": the verb
        // before the noun reports it the same way.)
        let verbal = mt.verb
            || (i > 0 && sent.key(i - 1) == "có" && matches!(sent.key(i), "buổi" | "cuộc"))
            || (i > 0 && sent.key(i - 1) == "họp");
        // A working visit or gathering is named by where and with whom it is
        // held ("buổi làm việc tại Trung đoàn ..."); a conference is not.
        let held_at_names_it = fold::key(&mt.name).starts_with("buổi");
        // The description: to the clause end, past commas that open another
        // activity of the same meeting ("Hội nghị học tập, quán triệt ...").
        let mut k = i + n;
        while k < sent.tokens.len() {
            // A document named in the description is read whole.
            if let Some(&(_, b)) = docs.iter().find(|&&(a, _)| a == k) {
                k = b;
                continue;
            }
            let t = &sent.tokens[k];
            // A quoted title is read whole: Hội thảo chuyên đề “Nhiệm vụ, giải pháp ...”.
            if t.is('“') {
                if let Some(close) = (k + 1..sent.tokens.len()).find(|&q| sent.tokens[q].is('”'))
                {
                    k = close + 1;
                    continue;
                }
            }
            if !t.word {
                match t.punct() {
                    Some(',') => {
                        let next_cue = lexicon
                            .cues
                            .longest(sent.keys_from(k + 1))
                            .is_some_and(|(_, c)| c.contains(&Cue::Discuss));
                        // Only a name that is a list of activities goes on
                        // ("Hội nghị học tập, quán triệt ...", "Hội nghị tổng kết
                        // ..., triển khai ..."), not "Hội nghị giao ban ..., đánh giá ...".
                        let activities = (i..=i + n).any(|q| {
                            lexicon
                                .cues
                                .longest(sent.keys_from(q))
                                .is_some_and(|(_, c)| c.contains(&Cue::Discuss))
                        });
                        if next_cue && activities {
                            k += 1;
                            continue;
                        }
                        // "Hội nghị cán bộ, công chức, viên chức": the staff it gathers.
                        let staff = matches!(
                            (sent.key(k + 1), sent.key(k + 2)),
                            ("công" | "viên", "chức") | ("người", "lao")
                        ) && matches!(sent.key(k - 1), "bộ" | "chức");
                        if staff {
                            k += 1;
                            continue;
                        }
                        break;
                    }
                    // A spaced dash opens an aside: "Kỳ họp thứ 9 - kỳ họp được đánh giá ...".
                    Some('-' | '–')
                        if k > 0
                            && sent.tokens[k - 1].span.end < t.span.start
                            && sent
                                .tokens
                                .get(k + 1)
                                .is_some_and(|n| t.span.end < n.span.start) =>
                    {
                        break
                    }
                    Some('(' | ')' | '“' | '”' | '"' | '-' | '–' | '/') => {
                        k += 1;
                        continue;
                    }
                    _ => break,
                }
            }
            let held_at = t.key == "tại" && held_at_names_it;
            // "Đảng bộ Trường Đại học Cần Thơ": a capitalised word among
            // capitalised words is part of a name, whatever it means alone.
            let name_word = t.cap
                && [k.wrapping_sub(1), k + 1]
                    .iter()
                    .any(|&q| sent.tokens.get(q).is_some_and(|x| x.word && x.cap));
            if ((ends_description(&t.key) && !name_word)
                || (matches!(t.key.as_str(), "với" | "dưới") && sent.key(k + 1) == "sự"))
                && k > i + n - 1
                && !held_at
            {
                break;
            }
            // "Nghị quyết Đại hội và Chương trình hành động ...": a document
            // follows; "Hội nghị Ban Thường vụ (buổi sáng) và Hội nghị Ban Chấp
            // hành ...": another meeting does.
            if t.key == "và"
                && sent.tokens.get(k + 1).is_some_and(|x| x.cap)
                && (lexicon.doc_types.longest(sent.keys_from(k + 1)).is_some()
                    || lexicon
                        .meeting_types
                        .longest(sent.keys_from(k + 1))
                        .is_some())
            {
                break;
            }
            // "... đi dự Đại hội Công đoàn Việt Nam lần thứ XIII và thông qua
            // Nghị quyết ...": a verb after "và" is the sentence going on.
            // (After its ordinal only: "Hội nghị học tập, quán triệt và triển
            // khai ...", "tổng kết công tác năm 2023 và triển khai ..." go on.)
            let numbered = k > 1 && sent.key(k - 2) == "thứ" && sent.numeral(k - 1);
            if t.key == "và"
                && numbered
                && sent.tokens.get(k + 1).is_some_and(|x| x.word && !x.cap)
                && sent.cue_at(k + 1, lexicon).is_some()
            {
                break;
            }
            // "... bầu đoàn đại biểu đi dự Đại hội Đảng bộ Công an Trung ương
            // và thông qua Nghị quyết Đại hội": voting and electing are what a
            // meeting does, never part of its name.
            // ("... trình hội nghị Ban Chấp hành và dự kiến tổ chức Đại hội":
            // planning or agreeing is the sentence going on too.)
            if t.key == "và"
                && (votes_at(sent, k + 1)
                    || matches!(
                        (sent.key(k + 1), sent.key(k + 2)),
                        ("dự", "kiến") | ("thống", "nhất") | ("đồng", "ý")
                    ))
            {
                break;
            }
            // "Đại hội bước vào phiên làm việc chính thức": what the meeting
            // does, entering a sitting.
            if t.key == "bước" && sent.key(k + 1) == "vào" {
                break;
            }
            // "của Ban Chỉ đạo": a capitalised cue word after a capitalised
            // word is part of a name.
            let in_name = t.cap && k > 0 && sent.tokens[k - 1].cap && sent.tokens[k - 1].word;
            if let Some((_, cues)) = sent.cue_at(k, lexicon).filter(|_| !in_name) {
                if cues.iter().any(|c| {
                    matches!(
                        c,
                        Cue::Chair | Cue::Attend | Cue::Speak | Cue::Say | Cue::Organize
                    )
                }) && !cues.contains(&Cue::Discuss)
                {
                    break;
                }
            }
            k += 1;
        }
        // Close an unbalanced quote or parenthesis the description ran into.
        while k > i + n
            && !sent.tokens[k - 1].word
            && !matches!(sent.tokens[k - 1].punct(), Some('”' | '"' | ')'))
        {
            k -= 1;
        }
        // "Đại hội đánh giá kết quả ...", "Hội nghị đã thảo luận ...": a meeting word
        // opening its sentence and followed by a verb is the subject, a reference
        // to the meeting, not its name.
        // So is one a purpose clause opens: "... để hội nghị thảo luận, thông qua".
        // ("..., ông X cho biết, kỳ họp xem xét 7 tờ trình": a lower-case
        // type word after a comma opens a clause the same way.)
        let opens = sent.tokens[..i].iter().all(|t| !t.word)
            || (i > 0 && matches!(sent.key(i - 1), "để" | "nhằm"))
            || (i > 0 && !cap && sent.is(i - 1, ','));
        // ("Hội nghị bầu đồng chí X làm ...": electing is such a verb too.)
        // ("Hội nghị thống nhất ban hành ...", "Hội nghị đã nhất trí thông
        // qua ...": past the words of agreeing.)
        let mut v = i + n;
        loop {
            match (sent.key(v), sent.key(v + 1)) {
                ("đã" | "cũng", _) => v += 1,
                ("thống", "nhất") | ("nhất", "trí") | ("đồng", "ý") | ("tiếp", "tục") => {
                    v += 2
                }
                _ => break,
            }
        }
        let subject = opens
            && sent.kind == SentenceKind::Body
            && (sent.cue_at(v, lexicon).is_some() || sent.key(v) == "bầu");
        // "..., là kỳ họp cuối năm đầu tiên của thành phố": a predicate says
        // what a meeting named before is; it names no other.
        let predicate = i > 0 && sent.key(i - 1) == "là";
        let described = !subject
            && !predicate
            && (i + n..k).any(|j| sent.tokens[j].word && !is_stop(&sent.tokens[j].key));
        if mt.verb && !described && opening_date.is_none() && !same_day {
            // "Ban Thường vụ đã họp, thống nhất ...": no meeting of its own to
            // name, and no type word to refer back to one — unless the
            // sentence dates it ("Chiều 16-12, Thường vụ đã họp, do ...",
            // "Chiều cùng ngày, Ban cán sự đảng họp, cho ý kiến ...").
            i += n;
            continue;
        }
        let end = if described { k } else { i + n };
        // The date of the sentence that reports the meeting.
        // Dates are read near the mention only: the sentence's opening (up to
        // 120 bytes) and the words right after the description (up to 80 bytes),
        // so a long sentence costs no more per mention than a short one.
        let referred = referred_to(sent, i);
        // (The sentence's date is not that of a meeting it only refers to.)
        let opening_date = opening_date.filter(|_| !referred);
        let date = opening_date.or_else(|| {
            // "Phiên họp ... diễn ra sáng 5/10", "Hội nghị ... vào ngày 5/10".
            let rest = prefix(
                &sent.doc.text[sent.tokens[end.max(i + n) - 1].span.end..sent.span.end],
                80,
            );
            // (Folded only when a date follows.)
            let cued = || {
                let lead = fold::key_once(prefix(rest, 40));
                // ("Đại hội được khai mạc từ chiều 18/12", "... đã diễn ra ...")
                let lead = ["được ", "đã "]
                    .iter()
                    .find_map(|w| lead.strip_prefix(w))
                    .unwrap_or(&lead);
                ["diễn ra", "khai mạc", "vào", "ngày", "sáng", "chiều", "tối"]
                    .iter()
                    .any(|c| lead.starts_with(c))
            };
            // "Hội nghị diễn ra trong hai ngày 26 và 27-12": the first day.
            when::dates(rest)
                .next()
                .map(|f| when::first_day(rest, f))
                .filter(|f| rest[..f.start].chars().count() <= 36 && cued())
                .map(|f| f.date)
        });
        // A verb phrase is named as its type: "họp phiên toàn thể lần thứ 15"
        // is the "Phiên họp toàn thể lần thứ 15".
        let name = if mt.verb {
            // After the words the type shares: "làm việc với X" is the
            // "Buổi làm việc với X".
            let type_words = fold::key(&mt.name);
            let type_words: Vec<&str> = type_words.split(' ').collect();
            let shared = (i..i + n)
                .take_while(|&q| type_words.contains(&sent.key(q)))
                .count();
            let rest = sent.text(i + shared, end);
            if rest.is_empty() {
                mt.name.clone()
            } else {
                format!("{} {rest}", mt.name)
            }
        } else {
            capitalised(sent.text(i, end))
        };
        mentions.push(Mention {
            kind: NodeKind::Meeting,
            span: sent.span_of(i, end),
            sentence: sent.index,
            tokens: (i, end),
            name,
            detail: Detail::Meeting {
                meeting_type: mt.name.clone(),
                date,
                place: None,
                // (A dated sitting reported by its verb is a meeting of its own.)
                bare: !(described || (mt.verb && same_day)),
                in_title: sent.kind == SentenceKind::Title,
                same_day,
                right_after,
                verbal,
                referred,
            },
        });
        i = end.max(i + n);
    }
}

#[cfg(test)]
mod tests {
    use super::opening_key;
    use crate::text::fold;

    #[test]
    fn opening_key_is_the_key_wherever_a_rule_could_match() {
        // Openings that may hold a phrase the rules read are folded whole.
        for text in [
            "Ngay sau phiên bế mạc, ",
            "“NGAY SAU lễ khai mạc, ",
            " (ngay sau đó) ",
            "Chiều cùng ngày, ",
            "SÁNG CÙNG NGÀY, ",
        ] {
            assert_eq!(opening_key(text), fold::key_once(text), "{text}");
        }
        assert!(opening_key("Ngay sau phiên bế mạc, ").starts_with("ngay sau"));
        assert!(opening_key("SÁNG CÙNG NGÀY, ").contains("cùng ngày"));
        // The others hold neither, and are not folded.
        for text in ["Sáng 5/10, ", "Cũng trong ngày, ", "Ngày 12-3, ", ""] {
            let key = fold::key_once(text);
            assert!(!key.starts_with("ngay sau") && !key.contains("cùng ngày"));
            assert_eq!(opening_key(text), "", "{text}");
        }
    }
}
