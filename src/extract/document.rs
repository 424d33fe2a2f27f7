//! Directive document mentions: a type word ("Nghị quyết", "Quyết định"...),
//! "số", a number and an issuer code ("12-NQ/TW", "1234/QĐ-TTg",
//! "178/2024/NĐ-CP"); short citations ("Nghị quyết 12", "Quy định số 58");
//! unnumbered documents named by the meeting that adopted them ("Nghị quyết Đại
//! hội XIII của Đảng"), by a capitalised name ("Luật Đất đai 2024"), or, for
//! drafts and plans, by a descriptive phrase ("dự thảo Quy chế phối hợp giữa
//! ..."); and bare type words that refer back ("thực hiện Nghị quyết").
//!
//! The tails of a mention are read here too: "ngày 28/2/2018" (date), "của Bộ
//! Chính trị" (issuer, an issued relation), "về ..." or a quoted subject (title).

use crate::doc::Doc;
use crate::extract::organization;
use crate::extract::{is_stop, when, Detail, Mention, Mentions, Sent};
use crate::lexicon::{Cue, Lexicon, Unnumbered};
use crate::model::{EdgeKind, NodeKind};
use crate::text::fold;

/// The lexicon body whose plenums ("Hội nghị Trung ương 6") adopt documents.
const CENTRAL_COMMITTEE: &str = "Ban Chấp hành Trung ương Đảng";

/// Words after which a lower-case type word still names one document.
fn draft_before(sent: &Sent, i: usize) -> bool {
    i >= 2 && sent.key(i - 2) == "dự" && sent.key(i - 1) == "thảo"
}

/// A document number and the issuer code written after it.
struct NumberCode {
    number: String,
    /// The separator as written and the code ("-", "NQ/TW").
    code: Option<(String, String)>,
    end: usize,
}

/// The document types the `n` words of a longer one at token `i` open with,
/// longest first, with their length ("Chương trình" in "Chương trình phối hợp").
fn shorter_types<'a>(
    sent: &'a Sent,
    i: usize,
    n: usize,
    lexicon: &'a Lexicon,
) -> impl Iterator<Item = (usize, &'a crate::lexicon::DocType)> + 'a {
    (1..n).rev().filter_map(move |m| {
        lexicon
            .doc_types
            .get(&fold::key(sent.text(i, i + m)))
            .map(|short| (m, short))
    })
}

/// Parses a number and issuer code at token `j` ("12-NQ/TW", "1234/QĐ-TTg").
fn number_code(sent: &Sent, j: usize) -> Option<NumberCode> {
    let t = sent.tokens.get(j)?;
    if !t.number {
        return None;
    }
    let number = sent.text(j, j + 1).to_string();
    // The code: separators and words written without spaces after the number.
    let mut k = j + 1;
    let mut last = j;
    while k + 1 < sent.tokens.len() {
        let sep = &sent.tokens[k];
        let next = &sent.tokens[k + 1];
        let tight =
            sep.span.start == sent.tokens[k - 1].span.end && next.span.start == sep.span.end;
        if tight && matches!(sep.punct(), Some('-' | '/' | '.')) && next.word {
            last = k + 1;
            k += 2;
        } else {
            break;
        }
    }
    let code = sent.text(j + 2, last + 1).to_string();
    if last == j || !code.chars().any(|c| c.is_alphabetic()) {
        // "25-5-2022" is a date, not a code.
        return Some(NumberCode {
            number,
            code: None,
            end: j + 1,
        });
    }
    Some(NumberCode {
        number,
        code: Some((sent.text(j + 1, j + 2).to_string(), code)),
        end: last + 1,
    })
}

/// Finds document mentions in a sentence.
#[inline(never)]
pub fn extract(sent: &Sent, lexicon: &Lexicon, mentions: &mut Mentions) {
    let mut i = 0;
    while i < sent.tokens.len() {
        let Some((mut n, mut dt)) = lexicon.doc_types.longest(sent.keys_from(i)) else {
            i += 1;
            continue;
        };
        // "Chương trình phối hợp và thống nhất hành động ...": the longer
        // type's last words are the first of a pair, and the shorter type
        // names the document.
        if dt.unnumbered == Unnumbered::Text && sent.key(i + n) == "và" {
            let shorter = shorter_types(sent, i, n, lexicon).find(|&(m, short)| {
                short.unnumbered == Unnumbered::Text && text_name(sent, i + m, lexicon).is_some()
            });
            if let Some((m, short)) = shorter {
                (n, dt) = (m, short);
            }
        }
        let cap = sent.tokens[i].cap;
        let generic = i > 0 && matches!(sent.key(i - 1), "các" | "những" | "mỗi" | "nhiều");
        let mut j = i + n;
        // "Kết luận thanh tra số 28/KL-TTr", "Quyết định xử phạt số
        // 12/QĐ-XPHC": lower-case words of the kind between the type and its
        // number, when the code's letters are the type's.
        let qualifier = (1..=2).find(|&q| {
            (j..j + q).all(|k| {
                sent.tokens
                    .get(k)
                    .is_some_and(|t| t.word && !t.cap && !t.number && !is_stop(&t.key))
            }) && sent.key(j + q) == "số"
                && number_code(sent, j + q + 1)
                    .is_some_and(|nc| nc.code.as_ref().is_some_and(|(_, c)| dt.fits_code(c)))
        });
        let kind = qualifier.map(|q| sent.text(j, j + q).to_string());
        j += qualifier.unwrap_or(0);
        if sent.key(j) == "số" {
            j += 1;
        }
        if let Some(NumberCode { number, code, end }) = number_code(sent, j) {
            // The code's letters tell a type from its longer form: "Chương
            // trình phối hợp số 01/CTr-UBDT" is a "Chương trình" (CTr), "...
            // số 02/CTPH-CAT" a "Chương trình phối hợp" (CTPH).
            let long = dt;
            let dt = match &code {
                Some((_, c)) if !dt.codes.is_empty() && !dt.fits_code(c) => {
                    shorter_types(sent, i, n, lexicon)
                        .find(|(_, short)| short.fits_code(c))
                        .map_or(dt, |(_, short)| short)
                }
                _ => dt,
            };
            let typed = match &kind {
                Some(kind) => format!("{} {kind}", long.name),
                None => long.name.clone(),
            };
            let name = match &code {
                Some((sep, c)) => format!("{typed} số {number}{sep}{c}"),
                None => format!("{typed} số {number}"),
            };
            let code = code.map(|(_, c)| c);
            let next = push_numbered(
                sent,
                (i, end),
                name,
                &dt.name,
                number,
                code,
                lexicon,
                mentions,
            );
            i = next.max(end);
            continue;
        }
        // "Phòng Tài chính - Kế hoạch huyện ...": an unnumbered type word
        // after a dash, right after words a capital opens, is a body's name
        // going on.
        let dash_joined = i >= 2
            && matches!(sent.tokens[i - 1].punct(), Some('-' | '–'))
            && (i.saturating_sub(4)..i - 1)
                .rev()
                .take_while(|&k| sent.tokens[k].word)
                .any(|k| sent.tokens[k].cap);
        if generic || dash_joined || !(cap || draft_before(sent, i)) {
            i += 1;
            continue;
        }
        // Reports and letters are not directives: only directive types are named by subject.
        let directive = !matches!(
            dt.name.as_str(),
            "Tờ trình" | "Báo cáo" | "Công văn" | "Thông báo" | "Công điện"
        );
        let subject_named = || {
            if !directive {
                return None;
            }
            // "Nghị quyết về việc sắp xếp ...", "Quy định của Ban Chấp hành Trung ương về ...".
            let mut j = i + n;
            if sent.key(j) == "của" {
                j = organization::parse_at(sent, j + 1, lexicon)?.end;
            }
            // "thông qua Nghị quyết điều chỉnh ...", "dự thảo Nghị định quy định ...":
            // a verb names the document when a verb or "và" leads to it (at the
            // start of a sentence, "Nghị quyết quy định ..." is a clause).
            let verb = matches!(
                (sent.key(j), sent.key(j + 1)),
                ("quy", "định")
                    | ("điều", "chỉnh")
                    | ("phê", "duyệt")
                    | ("thành", "lập")
                    | ("lãnh", "đạo")
            );
            let led = cap && i > 0 && sent.tokens[i - 1].word && !sent.tokens[i - 1].cap;
            if matches!(sent.key(j), "về")
                || (sent.key(j) == "sửa" && sent.key(j + 1) == "đổi")
                || (verb && led)
            {
                text_name(sent, i + n, lexicon)
            } else {
                None
            }
        };
        // "Luật sửa đổi, bổ sung một số điều của Luật Đất đai": the amending
        // law is named whole, the law it amends inside its name.
        let amending = (dt.unnumbered == Unnumbered::Name)
            .then(|| amending_name(sent, i + n, lexicon))
            .flatten();
        // "Chương trình số 05 ... . Chương trình cụ thể hoá Quy định số 22
        // ...": a type word opening a sentence, its verb right after it,
        // refers back to the document of that type named before.
        let refers_back = sent.tokens[..i].iter().all(|t| !t.word)
            && sent
                .cue_at(i + n, lexicon)
                .is_some_and(|(_, cues)| cues.contains(&Cue::Implement))
            && mentions.entities.iter().any(|m| {
                m.sentence < sent.index
                    && matches!(&m.detail, Detail::Resolution { doc_type, number: Some(_), .. } if *doc_type == dt.name)
            });
        let unnumbered = match dt.unnumbered {
            _ if refers_back => None,
            _ if amending.is_some() => amending,
            Unnumbered::No => subject_named(),
            Unnumbered::Event => event_name(sent, i + n, lexicon).or_else(subject_named),
            Unnumbered::Name => capital_name(sent, i + n, lexicon),
            // "Chương trình làm việc", "Chương trình nghị sự": an agenda.
            Unnumbered::Text
                if dt.name == "Chương trình"
                    && matches!(
                        (sent.key(i + n), sent.key(i + n + 1)),
                        ("làm", "việc") | ("nghị", "sự")
                    ) =>
            {
                None
            }
            Unnumbered::Text => text_name(sent, i + n, lexicon),
            Unnumbered::Body => body_name(sent, i + n, lexicon),
        };
        // "Luật Khám bệnh, chữa bệnh số 15/2023/QH15", "Quy chế phối hợp số
        // 01/QCPH-VKS-CA": a named document with its number.
        if let Some((end, _)) =
            unnumbered.filter(|_| matches!(dt.unnumbered, Unnumbered::Name | Unnumbered::Text))
        {
            if sent.key(end) == "số" {
                if let Some(NumberCode {
                    number,
                    code,
                    end: e2,
                }) = number_code(sent, end + 1)
                {
                    let name = format!(
                        "{}{}",
                        dt.name,
                        &sent.text(i, e2)[sent.text(i, i + n).len()..]
                    );
                    let code = code.map(|(_, c)| c);
                    let next = push_numbered(
                        sent,
                        (i, e2),
                        name,
                        &dt.name,
                        number,
                        code,
                        lexicon,
                        mentions,
                    );
                    i = next.max(e2);
                    continue;
                }
            }
        }
        match unnumbered {
            Some((end, short)) => {
                let mut m = Mention {
                    kind: NodeKind::Resolution,
                    span: sent.span_of(i, end),
                    sentence: sent.index,
                    tokens: (i, end),
                    name: format!(
                        "{}{}",
                        dt.name,
                        &sent.text(i, end)[sent.text(i, i + n).len()..]
                    ),
                    detail: Detail::Resolution {
                        doc_type: dt.name.clone(),
                        number: None,
                        code: None,
                        date: None,
                        title: None,
                        anaphor: false,
                        extent_end: end,
                        short: short.map(|s| {
                            format!(
                                "{}{}",
                                dt.name,
                                &sent.text(i, s)[sent.text(i, i + n).len()..]
                            )
                        }),
                    },
                };
                let (next, issuers) = if dt.unnumbered != Unnumbered::Event {
                    tails(sent, end, lexicon, &mut m)
                } else {
                    (end, Vec::new())
                };
                push_with_issuers(sent, m, issuers, mentions, lexicon);
                // Documents named inside this one's name are found too, but
                // not the law an amending law amends.
                let _ = next;
                i = match amending {
                    Some((end, _)) => end,
                    None => i + n,
                };
            }
            None => {
                // A bare type word: a reference back to a document named before
                // ("thực hiện Nghị quyết", "Quy định mới", "Chỉ thị này").
                let next = sent.tokens.get(i + n);
                let refers = |t: &crate::extract::tokens::Token| {
                    !t.word
                        || is_stop(&t.key)
                        || matches!(t.key.as_str(), "mới" | "này" | "trên" | "đó")
                };
                if cap && (refers_back || next.is_none_or(refers)) {
                    mentions.push(Mention {
                        kind: NodeKind::Resolution,
                        span: sent.span_of(i, i + n),
                        sentence: sent.index,
                        tokens: (i, i + n),
                        name: dt.name.clone(),
                        detail: Detail::Resolution {
                            doc_type: dt.name.clone(),
                            number: None,
                            code: None,
                            date: None,
                            title: None,
                            anaphor: true,
                            short: None,
                            extent_end: i + n,
                        },
                    });
                }
                i += n;
            }
        }
    }
}

/// Whether `name` is one of the Party's leading bodies, which issue jointly:
/// the Central Committee, the Politburo, the Secretariat.
fn leading_party_body(name: &str, lexicon: &Lexicon) -> bool {
    lexicon.bodies.get(&fold::key(name)).is_some_and(|body| {
        matches!(
            fold::key(&body.name).as_str(),
            "ban chấp hành trung ương đảng" | "bộ chính trị" | "ban bí thư trung ương đảng"
        )
    })
}

/// Adds a numbered document mention at `tokens` with its tails (date, issuer,
/// subject) and issued relations; returns the token after the tails.
#[allow(clippy::too_many_arguments)]
fn push_numbered(
    sent: &Sent,
    tokens: (usize, usize),
    name: String,
    doc_type: &str,
    number: String,
    code: Option<String>,
    lexicon: &Lexicon,
    mentions: &mut Mentions,
) -> usize {
    let (i, end) = tokens;
    let mut m = Mention {
        kind: NodeKind::Resolution,
        span: sent.span_of(i, end),
        sentence: sent.index,
        tokens,
        name,
        detail: Detail::Resolution {
            doc_type: doc_type.to_string(),
            number: Some(number),
            code,
            date: None,
            title: None,
            anaphor: false,
            short: None,
            extent_end: end,
        },
    };
    let (next, issuers) = tails(sent, end, lexicon, &mut m);
    push_with_issuers(sent, m, issuers, mentions, lexicon);
    next
}

/// "Nghị quyết Đại hội XIII của Đảng": the adopting meeting, up to a comma,
/// "và" or the clause end, with one `"của <body>"`.
fn event_name(sent: &Sent, j: usize, lexicon: &Lexicon) -> Option<(usize, Option<usize>)> {
    // ("Nghị quyết Trung ương 4 khóa XII": the plenum written short.)
    let plenum = sent.key(j) == "trung" && sent.key(j + 1) == "ương" && sent.numeral(j + 2);
    let n = match lexicon.meeting_types.longest(sent.keys_from(j)) {
        Some((n, _)) => n,
        None if plenum => 2,
        None => return None,
    };
    if !sent.tokens.get(j)?.cap {
        return None;
    }
    let mut k = j + n;
    while k < sent.tokens.len() {
        let t = &sent.tokens[k];
        // "..., nhiệm kỳ 2025-2030", "..., khóa XII": the term is part of the
        // meeting's name, dash between its years included.
        let term = sent.is(k, ',')
            && (matches!((sent.key(k + 1), sent.key(k + 2)), ("nhiệm", "kỳ"))
                || matches!(sent.key(k + 1), "khóa" | "khoá"));
        let years = matches!(t.punct(), Some('-' | '–'))
            && k > 0
            && sent.tokens[k - 1].number
            && sent.tokens.get(k + 1).is_some_and(|n| n.number);
        if term || years {
            k += 1;
            continue;
        }
        if !t.word || t.key == "và" || lexicon.cues.get(&t.key).is_some() {
            break;
        }
        if t.key == "của" {
            if let Some(org) = organization::parse_at(sent, k + 1, lexicon) {
                k = org.end;
            } else if sent.tokens.get(k + 1).is_some_and(|t| t.cap) {
                k += 2;
            }
            break;
        }
        // A body's name is read whole: "Đại hội Đảng bộ Công an Trung ương lần thứ VII".
        if t.cap {
            if let Some(org) = organization::parse_at(sent, k, lexicon) {
                k = org.end;
                continue;
            }
        }
        // The adopting meeting is named by capitals, numbers and a few words:
        // "Đại hội XIII", "Đại hội đại biểu Đảng bộ tỉnh lần thứ XV".
        let naming = t.cap
            || t.number
            || matches!(
                t.key.as_str(),
                "lần"
                    | "thứ"
                    | "đại"
                    | "biểu"
                    | "toàn"
                    | "quốc"
                    | "tỉnh"
                    | "thành"
                    | "phố"
                    | "huyện"
                    | "xã"
                    | "phường"
                    | "quận"
                    // "Đại hội Công đoàn tỉnh ..."
                    | "đoàn"
                    | "khóa"
                    | "nhiệm"
                    | "kỳ"
            );
        // ("Đại hội Đảng bộ Trường lần thứ XI": a party organisation of a
        // body the article names.)
        let party = t.key == "bộ" && k > 0 && sent.key(k - 1) == "đảng";
        if !naming && !party {
            break;
        }
        k += 1;
    }
    // Ordinal words are not a name on their own: "Nghị quyết Đại hội thành công".
    let named = (j + n..k).any(|q| sent.tokens[q].cap || sent.tokens[q].number);
    // "thông qua Báo cáo chính trị, Nghị quyết Đại hội và Điều lệ ...": the
    // resolution of the congress the article reports (resolution names it).
    let own_congress = k == j + n
        && crate::text::fold::key(sent.text(j, j + n)) == "đại hội"
        && sent
            .tokens
            .get(k)
            .is_none_or(|t| !t.word || matches!(t.key.as_str(), "và" | "đã" | "được"));
    if own_congress {
        return Some((k, None));
    }
    (k > j + n && named).then_some((k, None))
}

/// "sửa đổi, bổ sung một số điều của Luật Cảnh sát cơ động năm 2022" after
/// a law's type word: where the name of the amending law ends.
fn amending_name(sent: &Sent, j: usize, lexicon: &Lexicon) -> Option<(usize, Option<usize>)> {
    if !(sent.key(j) == "sửa" && sent.key(j + 1) == "đổi") {
        return None;
    }
    let mut k = j + 2;
    if sent.is(k, ',') {
        k += 1;
    }
    if sent.key(k) == "bổ" && sent.key(k + 1) == "sung" {
        k += 2;
    }
    if (sent.key(k), sent.key(k + 1), sent.key(k + 2)) == ("một", "số", "điều") {
        k += 3;
    }
    if sent.key(k) != "của" {
        return None;
    }
    let (n, _) = lexicon.doc_types.longest(sent.keys_from(k + 1))?;
    if !sent.tokens.get(k + 1).is_some_and(|t| t.cap) {
        return None;
    }
    let (end, _) = capital_name(sent, k + 1 + n, lexicon)?;
    Some((end, None))
}

/// "Luật Đất đai 2024", "Luật Khám bệnh, chữa bệnh": a capitalised first word,
/// the lower-case words of the name (a comma may join two), and a year.
fn capital_name(sent: &Sent, j: usize, lexicon: &Lexicon) -> Option<(usize, Option<usize>)> {
    let first = sent.tokens.get(j)?;
    if !(first.word && first.cap && !first.number) {
        return None;
    }
    let mut k = j + 1;
    // "nhà ở" (housing) is a noun, not "nhà" and the preposition "ở": "Luật
    // Nhà ở".
    // A verb after the name ends it ("Luật Đường bộ tập trung vào ...",
    // "... tới 63 tỉnh"); one the name opens with is its own ("Luật Thực
    // hiện dân chủ ở cơ sở").
    let opening_verb = sent
        .cue_at(j, lexicon)
        .map_or(j + 1, |(n, _)| j + n)
        .max(j + 1);
    let verb = |k: usize| {
        matches!(
            (sent.key(k), sent.key(k + 1)),
            ("tới", _) | ("tập", "trung") | ("thay", "thế") | ("quy", "định")
        )
    };
    // ("sáng tạo", "hiện đại": words that open with a function word's syllable.)
    let compound = |k: usize| {
        matches!(
            (sent.key(k), sent.key(k + 1)),
            ("sáng", "tạo" | "kiến" | "lập" | "tác") | ("hiện", "đại")
        )
    };
    let ends = |k: usize| {
        let t = &sent.tokens[k];
        (is_stop(&t.key)
            && !(t.key == "ở" && sent.key(k - 1) == "nhà")
            && !compound(k)
            && k >= opening_verb)
            || t.cap
            || verb(k)
    };
    // Where the current part of the name starts (after a joining "và").
    let mut part = j;
    while k < sent.tokens.len() && k < j + 14 {
        let t = &sent.tokens[k];
        // A cue ends the name, but "tổ chức" is also a noun ("Luật Các tổ chức
        // tín dụng").
        if sent
            .cue_at(k, lexicon)
            .is_some_and(|(_, c)| !c.contains(&crate::lexicon::Cue::Organize))
        {
            break;
        }
        if t.key == "số" {
            break;
        }
        // "Luật Cảnh sát biển Việt Nam năm 2018": the year closes the name.
        if t.key == "năm"
            && sent
                .tokens
                .get(k + 1)
                .is_some_and(|n| n.number && n.key.len() == 4)
        {
            k += 2;
            break;
        }
        if t.number {
            if t.key.len() == 4 {
                k += 1;
            }
            break;
        }
        if t.word && !ends(k) {
            k += 1;
            continue;
        }
        // "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15": a law's name may
        // hold "ở" or "trong" when its number follows a few words on.
        if matches!(t.key.as_str(), "ở" | "trong") {
            let numbered = (k + 1..sent.tokens.len().min(k + 5))
                .take_while(|&q| {
                    let w = &sent.tokens[q];
                    w.key == "số" || (w.word && !w.cap && !is_stop(&w.key) && !verb(q))
                })
                .any(|q| sent.key(q) == "số" && number_code(sent, q + 1).is_some());
            if numbered {
                k += 1;
                continue;
            }
        }
        // "Luật Địa chất và khoáng sản", "Luật Quản lý, bảo vệ công trình quốc
        // phòng và khu quân sự": "và" joining lower-case words of the name
        // (not "và các ...", "và cho ý kiến ...", "và Luật ...").
        if t.key == "và"
            && sent.tokens.get(k + 1).is_some_and(|n| {
                n.word && !n.cap && !n.number && !is_stop(&n.key)
                    && !matches!(n.key.as_str(), "các" | "những" | "một" | "văn")
            })
            && sent.cue_at(k + 1, lexicon).is_none()
            // ("Luật Đất đai và nghị định hướng dẫn": another document.)
            && lexicon.doc_types.longest(sent.keys_from(k + 1)).is_none()
        {
            k += 2;
            part = k - 1;
            continue;
        }
        // "Luật Khám bệnh, chữa bệnh", "Luật Phòng, chống tham nhũng": a comma
        // after a short first part joining lower-case words.
        // (So after "và": "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ".)
        if k - part <= 2 && organization::comma_joins(sent, k, lexicon) {
            k += 1;
            continue;
        }
        // Capitalised words go on the name ("Luật Công an nhân dân", "Luật Tổ chức Chính phủ").
        if t.word && t.cap && lexicon.doc_types.longest(sent.keys_from(k)).is_none() {
            k += 1;
            continue;
        }
        break;
    }
    Some((revision_end(sent, k), None))
}

/// "Luật Ngân sách nhà nước (sửa đổi)", "Điều lệ ... (sửa đổi, bổ sung)": the
/// amending draft is named so. Where the name ends, past such a note.
fn revision_end(sent: &Sent, k: usize) -> usize {
    if !(sent.is(k, '(') && sent.key(k + 1) == "sửa" && sent.key(k + 2) == "đổi") {
        return k;
    }
    if sent.is(k + 3, ')') {
        return k + 4;
    }
    if sent.is(k + 3, ',')
        && sent.key(k + 4) == "bổ"
        && sent.key(k + 5) == "sung"
        && sent.is(k + 6, ')')
    {
        return k + 7;
    }
    k
}

/// "Điều lệ Hội Nông dân Việt Nam", "Điều lệ Đảng": the body a charter
/// governs, or a run of capitalised words (a lower-case one between two:
/// "Điều lệ Công đoàn Việt Nam"), whichever is longer.
fn body_name(sent: &Sent, j: usize, lexicon: &Lexicon) -> Option<(usize, Option<usize>)> {
    let cap = |k: usize| {
        sent.tokens
            .get(k)
            .is_some_and(|t| t.word && t.cap && !t.number)
    };
    let mut run = j;
    while run < j + 8 {
        if cap(run) {
            run += 1;
        } else if run > j && sent.tokens[run].word && cap(run + 1) {
            run += 2;
        } else {
            break;
        }
    }
    let body = organization::parse_at(sent, j, lexicon).map_or(j, |org| org.end);
    let end = run.max(body);
    (end > j).then(|| (revision_end(sent, end), None))
}

/// "Quy chế phối hợp giữa ... Trung ương": a descriptive phrase to the clause end.
/// Also returns where the short name ends ("Quy chế phối hợp").
fn text_name(sent: &Sent, j: usize, lexicon: &Lexicon) -> Option<(usize, Option<usize>)> {
    let first = sent.tokens.get(j)?;
    let opens_clause = matches!(
        first.key.as_str(),
        "được"
            | "đã"
            | "là"
            | "để"
            | "nhằm"
            | "sẽ"
            | "có"
            | "cần"
            | "phải"
            | "đang"
            | "này"
            | "đó"
            | "và"
            | "các"
            | "những"
            | "cũng"
            | "vừa"
            | "mới"
    );
    // "Kế hoạch tập trung vào ...", "Quy chế gồm 4 chương": a verb makes the
    // type word the subject of a clause, a reference back, not a name.
    let verb = matches!(
        (first.key.as_str(), sent.key(j + 1)),
        ("tập", "trung")
            | ("xác", "định")
            | ("đề", "ra")
            | ("yêu", "cầu")
            | ("bao", "gồm")
            | ("gồm", _)
            | ("nêu", _)
            | ("đặt", "ra")
            | ("chỉ", "rõ")
            | ("nhấn", "mạnh")
            | ("khẳng", "định")
            | ("hướng", "tới")
            | ("giao", _)
            // "Quy chế ban hành kèm theo Nghị quyết số 06": the document
            // attached to another, not a name.
            | ("ban", "hành")
    );
    if !first.word || first.number || opens_clause || verb {
        return None;
    }
    let mut k = j;
    let mut short = None;
    while k < sent.tokens.len() && k < j + 60 {
        let t = &sent.tokens[k];
        if !t.word {
            match t.punct() {
                // "Quy chế làm việc (sửa đổi) của ...": the revision is named so.
                Some('(')
                    if sent.key(k + 1) == "sửa"
                        && sent.key(k + 2) == "đổi"
                        && sent.is(k + 3, ')') =>
                {
                    k += 4;
                    continue;
                }
                Some(',') if sent.tokens.get(k + 1).is_some_and(|n| is_stop(&n.key)) => break,
                // ", đồng chí X ...": the clause moves on to a person.
                Some(',')
                    if lexicon
                        .cues
                        .longest(sent.keys_from(k + 1))
                        .is_some_and(|(_, c)| c.contains(&crate::lexicon::Cue::Prefix)) =>
                {
                    break
                }
                // ", quy định về ...", ", bảo đảm ...": a clause on the document,
                // not its name.
                Some(',') if crate::extract::opens_clause_on(sent.key(k + 1), sent.key(k + 2)) => {
                    break
                }
                // "... năm 2024, UBND tỉnh đã ...": a year closes the name.
                Some(',') if k > 0 && sent.tokens[k - 1].number && sent.key(k - 1).len() == 4 => {
                    break
                }
                Some(',' | '-' | '–' | '/') => {
                    k += 1;
                    continue;
                }
                _ => break,
            }
        }
        // "Nghị quyết về A và Nghị quyết về B", "Quy chế A và ký kết Quy chế B":
        // the next document starts. "Nghị quyết về nhiệm vụ năm 2026 và sơ kết
        // một năm thực hiện ...": the meeting's next item of business starts.
        if k > j
            && t.key == "và"
            && ((k + 1..k + 4).any(|q| {
                sent.tokens.get(q).is_some_and(|n| n.cap)
                    && lexicon.doc_types.longest(sent.keys_from(q)).is_some()
            }) || sent
                .cue_at(k + 1, lexicon)
                .is_some_and(|(_, c)| c.contains(&crate::lexicon::Cue::Discuss)))
        {
            break;
        }
        // "Chương trình công tác năm 2025 của Ban Chấp hành Hội LHPN tỉnh và
        // thống nhất ...", "Nghị quyết ... năm 2025 của Đảng ủy Cảnh sát biển,
        // xác định ...": the body it belongs to ends the name, with its term
        // and a revision note ("... nhiệm kỳ 2020-2025 (sửa đổi)").
        if t.key == "của" && k > j {
            if let Some(org) = organization::parse_at(sent, k + 1, lexicon) {
                let mut e = org.end;
                if matches!(sent.key(e), "nhiệm" | "khóa" | "khoá") {
                    e += if sent.key(e) == "nhiệm" { 2 } else { 1 };
                    while sent
                        .tokens
                        .get(e)
                        .is_some_and(|t| t.number || t.cap || matches!(t.punct(), Some('-' | '–')))
                    {
                        e += 1;
                    }
                }
                let e = revision_end(sent, e);
                let ends = sent.tokens.get(e).is_some_and(|t| {
                    t.key == "và"
                        && sent.tokens.get(e + 1).is_some_and(|n| n.word && !n.cap)
                        && lexicon.doc_types.longest(sent.keys_from(e + 1)).is_none()
                });
                if ends {
                    k = e;
                    break;
                }
            }
        }
        // "Quy chế phối hợp số 01/QCPH-VKS-CA": the number ends the name.
        // (Not an inner document's: "... thực hiện Nghị quyết số 12-NQ/TW".)
        if t.key == "số"
            && sent.tokens.get(k + 1).is_some_and(|n| n.number)
            && !(k.saturating_sub(6)..k).any(|q| {
                lexicon
                    .doc_types
                    .longest(sent.keys_from(q))
                    .is_some_and(|(n, _)| q + n == k)
            })
        {
            break;
        }
        // "Nghị quyết ... năm 2025 với 6 chỉ tiêu": what it holds, after its year.
        if t.key == "với" && k > j && sent.tokens[k - 1].number && sent.key(k - 1).len() == 4 {
            break;
        }
        // "Đề án ... giai đoạn 2024 - 2030 do UBND xã xây dựng": who drafts it.
        if t.key == "do" && k > j && organization::parse_at(sent, k + 1, lexicon).is_some() {
            break;
        }
        // "... cho dự thảo kế hoạch trước ngày 15/9": a deadline, not a name.
        if matches!(t.key.as_str(), "trước" | "sau" | "trong")
            && matches!(sent.key(k + 1), "ngày" | "khi" | "tháng" | "thời")
        {
            break;
        }
        if matches!(
            t.key.as_str(),
            "được"
                | "đã"
                | "là"
                | "để"
                | "nhằm"
                | "sẽ"
                | "tạo"
                | "có"
                | "cần"
                | "phải"
                | "đang"
                // "Quy chế ... kèm theo Quyết định số 1205": what it is attached to.
                | "kèm"
        ) || (k > j
            && sent.cue_at(k, lexicon).is_some_and(|(n, c)| {
                use crate::lexicon::Cue;
                // One-word cues end a name unless they carry it out ("thực
                // hiện"); of longer ones, replacing, issuing, chairing,
                // attending and speaking do, organising ("tổ chức lại") does not.
                if n == 1 {
                    !c.contains(&Cue::Implement)
                } else {
                    c.iter().any(|x| {
                        matches!(
                            x,
                            Cue::Supersede | Cue::Issue | Cue::Chair | Cue::Attend | Cue::Speak
                        )
                    })
                }
            }))
        {
            break;
        }
        if short.is_none() && (is_stop(&t.key) || matches!(t.key.as_str(), "thực" | "đối")) {
            short = Some(k);
        }
        k += 1;
    }
    // No name ends on punctuation or a dangling "và", "của", "cho"... ("nhà
    // ở", housing, is a noun: "Luật Nhà ở").
    let revision = |k: usize| k >= 3 && sent.is(k - 1, ')') && sent.key(k - 2) == "đổi";
    while k > j
        && (!sent.tokens[k - 1].word || is_stop(&sent.tokens[k - 1].key))
        && !(k >= 2 && sent.key(k - 1) == "ở" && sent.key(k - 2) == "nhà")
        && !revision(k)
    {
        k -= 1;
    }
    if k == j {
        return None;
    }
    Some((k, short.filter(|&s| s > j && s < k)))
}

/// Reads the tails of a document mention; returns the token after them.
fn tails(
    sent: &Sent,
    mut k: usize,
    lexicon: &Lexicon,
    m: &mut Mention,
) -> (usize, Vec<organization::Org>) {
    let mut issuers = Vec::new();
    let Detail::Resolution {
        date,
        title,
        extent_end,
        number,
        ..
    } = &mut m.detail
    else {
        return (k, issuers);
    };
    loop {
        // "ngày 28/2/2018", "ngày 25-5-2022"
        if sent.key(k) == "ngày" {
            let rest = &sent.doc.text[sent.tokens[k].span.end..sent.span.end];
            // (A date read here opens `rest` with its day's digits: no other
            // text is searched for one.)
            let opens_with_digit = rest.trim_start().starts_with(|c: char| c.is_ascii_digit());
            if let Some(f) = opens_with_digit
                .then(|| when::dates(rest).next())
                .flatten()
                .filter(|f| rest[..f.start].trim().is_empty())
            {
                *date = Some(f.date);
                let end_byte = sent.tokens[k].span.end + f.end;
                while k < sent.tokens.len() && sent.tokens[k].span.end <= end_byte {
                    k += 1;
                }
                continue;
            }
        }
        // "của Bộ Chính trị"; "của Hội nghị lần thứ tư, Ban Chấp hành Trung ương
        // Đảng" (or without the comma): the body whose meeting adopted it.
        if sent.key(k) == "của" {
            let mut p = k + 1;
            // "của Chánh án TAND TP.HCM", "của Thống đốc Ngân hàng Nhà nước":
            // the holder's body issues it (not "của Trưởng Ban Tổ chức", where
            // the post shares its body's first word).
            if let Some((n, role)) = lexicon.roles.longest(sent.keys_from(p)) {
                if role.shares.is_none()
                    && sent.tokens[p].cap
                    && organization::parse_at(sent, p + n, lexicon).is_some()
                {
                    p += n;
                }
            }
            if let Some((n, _)) = lexicon.meeting_types.longest(sent.keys_from(p)) {
                let mut q = p + n;
                while q < sent.tokens.len() && q < p + n + 6 {
                    if sent.is(q, ',') {
                        p = q + 1;
                        break;
                    }
                    if sent.tokens[q].cap && organization::parse_at(sent, q, lexicon).is_some() {
                        p = q;
                        break;
                    }
                    q += 1;
                }
            }
            if let Some(org) = organization::parse_at(sent, p, lexicon) {
                k = org.end;
                // "của Bộ Chính trị, Ban Bí thư": the Party's leading bodies
                // issue jointly.
                if leading_party_body(&org.name, lexicon) {
                    while sent.is(k, ',') || sent.key(k) == "và" {
                        match organization::parse_at(sent, k + 1, lexicon) {
                            Some(next) if leading_party_body(&next.name, lexicon) => {
                                k = next.end;
                                issuers.push(next);
                            }
                            _ => break,
                        }
                    }
                }
                issuers.push(org);
                continue;
            }
            // "Kế hoạch số 412/KH-UBXH15 của Ủy ban về ...": a bare head names
            // the body of that kind the article is about (resolution finds it).
            if let Some(org) = bare_head_at(sent, p, lexicon) {
                k = org.end;
                issuers.push(org);
                continue;
            }
            // "của Hội nghị Trung ương 7 khóa XII về ...": a meeting named as the
            // author, no body after it; the subject still follows.
            if let Some((n, _)) = lexicon
                .meeting_types
                .longest(sent.keys_from(p))
                .filter(|_| p == k + 1)
            {
                // "Hội nghị Trung ương 6 khóa XIII": a plenum of the Central
                // Committee, which adopts what it passes.
                if sent.key(p + n) == "trung" && sent.key(p + n + 1) == "ương" {
                    let plenum = lexicon.bodies.get(&fold::key(CENTRAL_COMMITTEE));
                    if let Some(body) = plenum {
                        issuers.push(organization::Org::plain(p, p + n + 2, body.name.clone()));
                    }
                }
                if let Some(v) = (p + 1..sent.tokens.len().min(p + 10))
                    .take_while(|&q| sent.tokens[q].word)
                    .find(|&q| sent.key(q) == "về")
                {
                    k = v;
                }
            }
        }
        break;
    }
    // "về đẩy mạnh xây dựng ..." to the clause end; or a quoted subject.
    if sent.key(k) == "về" {
        let mut e = k + 1;
        while e < sent.tokens.len()
            && !matches!(
                sent.tokens[e].punct(),
                Some(';' | '(' | '.' | '“' | '"' | ':')
            )
        {
            if e > k + 1
                && lexicon
                    .doc_types
                    .longest(sent.keys_from(e))
                    .is_some_and(|_| sent.tokens[e].cap)
            {
                break;
            }
            // "... về điều chỉnh kế hoạch đầu tư công năm 2020 đã được các đại
            // biểu thông qua": the clause's verb ends the subject.
            if matches!(sent.key(e), "đã" | "được" | "sẽ")
                && (e + 1..sent.tokens.len().min(e + 7)).any(|q| sent.cue_at(q, lexicon).is_some())
            {
                break;
            }
            // "Thực hiện Quy định số 131 về kiểm soát quyền lực, Ban Thường vụ
            // Tỉnh ủy đã ban hành ...": a body opening a clause ends the subject.
            if sent.is(e, ',')
                && sent.tokens.get(e + 1).is_some_and(|t| t.cap)
                && organization::parse_at(sent, e + 1, lexicon).is_some_and(|o| {
                    matches!(sent.key(o.end), "đã" | "vừa" | "sẽ" | "đang")
                        || lexicon.cues.longest(sent.keys_from(o.end)).is_some()
                })
            {
                break;
            }
            // "về huấn luyện năm 2024, thay thế Kế hoạch số 47": what it
            // replaces or carries out is no part of its subject.
            if sent.is(e, ',')
                && lexicon
                    .cues
                    .longest(sent.keys_from(e + 1))
                    .is_some_and(|(_, c)| {
                        c.iter()
                            .any(|c| matches!(c, Cue::Implement | Cue::Supersede))
                    })
            {
                break;
            }
            e += 1;
        }
        // "... của Đảng và Kế hoạch số 05", "..., cùng Kế hoạch số 05": the
        // subject ends before the "và".
        while e > k + 1 && (!sent.tokens[e - 1].word || matches!(sent.key(e - 1), "và" | "cùng"))
        {
            e -= 1;
        }
        if e > k + 1 {
            *title = Some(sent.text(k + 1, e).to_string());
            k = e;
        }
    } else if matches!(sent.tokens.get(k).and_then(|t| t.punct()), Some('“' | '"')) {
        let mut e = k + 1;
        while e < sent.tokens.len() && !matches!(sent.tokens[e].punct(), Some('”' | '"')) {
            e += 1;
        }
        if e < sent.tokens.len() && e > k + 1 {
            *title = Some(sent.text(k + 1, e).to_string());
            k = e + 1;
        }
    }
    // "Nghị quyết số 03/NQ-CP ... của Chính phủ ban hành Chương trình hành
    // động thực hiện Nghị quyết 57": the programme is the resolution's content,
    // no document of its own, and the resolution carries out what follows.
    if number.is_some() && sent.key(k) == "ban" && sent.key(k + 1) == "hành" {
        if let Some((n, _)) = lexicon.doc_types.longest(sent.keys_from(k + 2)) {
            let mut e = k + 2 + n;
            while e < sent.tokens.len()
                && e < k + 2 + n + 8
                && sent.tokens[e].word
                && sent.key(e) != "số"
                && !sent
                    .cue_at(e, lexicon)
                    .is_some_and(|(_, c)| c.contains(&Cue::Implement))
            {
                e += 1;
            }
            let implements = sent
                .cue_at(e, lexicon)
                .is_some_and(|(_, c)| c.contains(&Cue::Implement));
            if implements {
                k = e;
            }
        }
    }
    *extent_end = k;
    (k, issuers)
}

/// A capitalised head noun standing alone at token `p` ("Ủy ban", "Đoàn",
/// "Bộ Tư lệnh"), as an organisation named by its head only.
fn bare_head_at(sent: &Sent, p: usize, lexicon: &Lexicon) -> Option<organization::Org> {
    let (n, (head, class)) = lexicon.heads.longest(sent.keys_from(p))?;
    // Nothing goes on the head: punctuation or a function word follows it
    // ("của Bộ trưởng", "của Hội nghị" are no bodies).
    let alone = sent
        .tokens
        .get(p + n)
        .is_none_or(|t| !t.word || is_stop(&t.key));
    let named = *class == crate::lexicon::HeadClass::Named
        && sent.tokens[p].cap
        && lexicon.meeting_types.longest(sent.keys_from(p)).is_none()
        && lexicon.roles.longest(sent.keys_from(p)).is_none();
    (named && alone).then(|| organization::Org::head_alone(p, p + n, head.clone()))
}

/// Binds the documents coded "QĐ-UBND", "NQ-HĐND" without a written issuer to
/// the People's Committee or Council of the article's province or city (see
/// [`Mentions::main_place`]); none when the article names no such place.
///
/// A district's or commune's council or committee that holds a meeting in
/// the article is theirs instead ("HĐND huyện Xuyên Mộc tổ chức kỳ họp ...
/// Nghị quyết số 41/NQ-HĐND"), when it is the only such body of that head.
pub fn bind_local_issuers(mentions: &mut Mentions, lexicon: &Lexicon, doc: &Doc) {
    let kind = mentions
        .main_place(lexicon, doc.published.as_ref())
        .map(|(_, kind)| kind);
    for (did, head, evidence) in std::mem::take(&mut mentions.local_issuers) {
        let (name, needs_place) = match (local_organiser(mentions, head), kind) {
            (Some(name), _) => (name, None),
            (None, Some(kind)) => (format!("{head} {}", kind.word()), Some(kind)),
            (None, None) => continue,
        };
        let doc = &mentions.entities[did];
        let (span, sentence, tokens) = (doc.span, doc.sentence, doc.tokens);
        let oid = mentions.push(Mention {
            kind: NodeKind::Organization,
            span,
            sentence,
            tokens,
            name,
            detail: Detail::Organization {
                needs_place,
                place: None,
            },
        });
        mentions.relate(EdgeKind::Issued, oid, did, None, evidence);
    }
}

/// The one body below a province's level, of the head `head` ("Hội đồng nhân
/// dân"), that the article says organised a meeting: "Hội đồng nhân dân huyện
/// Xuyên Mộc".
fn local_organiser(mentions: &Mentions, head: &str) -> Option<String> {
    let mut names: Vec<&str> = mentions
        .relations
        .iter()
        .filter(|r| r.kind == EdgeKind::Organized)
        .filter_map(|r| mentions.entities.get(r.source))
        .map(|o| o.name.as_str())
        .filter(|name| {
            name.strip_prefix(head)
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|rest| {
                    ["huyện ", "quận ", "thị xã ", "xã ", "phường ", "thị trấn "]
                        .iter()
                        .any(|level| rest.starts_with(level))
                })
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    match names.as_slice() {
        [one] => Some((*one).to_string()),
        _ => None,
    }
}

/// Adds a document mention and the issued relations of its "của ..." tails,
/// or, when none is written, of the body its code names ("NĐ-CP": Chính phủ).
fn push_with_issuers(
    sent: &Sent,
    m: Mention,
    issuers: Vec<organization::Org>,
    mentions: &mut Mentions,
    lexicon: &Lexicon,
) {
    let code_issuer = match &m.detail {
        Detail::Resolution {
            code: Some(code), ..
        } if issuers.is_empty() => lexicon.issuer_of_code(code).map(str::to_string),
        _ => None,
    };
    // "Quyết định số 3712/QĐ-UBND", "Nghị quyết số 48/2025/NQ-HĐND": the
    // People's Committee or Council of the article's province or city.
    let local_issuer = match &m.detail {
        Detail::Resolution {
            code: Some(code), ..
        } if issuers.is_empty() && code_issuer.is_none() => {
            code.split(['/', '-'])
                .find_map(|part| match fold::key(part).as_str() {
                    "ubnd" => Some("Ủy ban nhân dân"),
                    "hđnd" => Some("Hội đồng nhân dân"),
                    _ => None,
                })
        }
        _ => None,
    };
    // "Nghị quyết số 1275-NQ/ĐU", "Quyết định số 87-QĐ/ĐU": the party
    // committee of the unit the article is about (resolution binds the bare
    // head, or drops it when the article names none).
    let committee = match &m.detail {
        Detail::Resolution {
            code: Some(code), ..
        } if issuers.is_empty() && code_issuer.is_none() && local_issuer.is_none() => code
            .rsplit('/')
            .next()
            .is_some_and(|last| fold::key(last) == "đu"),
        _ => false,
    };
    let (span, tokens) = (m.span, m.tokens);
    let did = mentions.push(m);
    if committee {
        let oid = mentions.push(Mention {
            kind: NodeKind::Organization,
            span,
            sentence: sent.index,
            tokens,
            name: "Đảng ủy".to_string(),
            detail: Detail::Organization {
                needs_place: None,
                place: None,
            },
        });
        mentions.relate(EdgeKind::Issued, oid, did, None, sent.span);
    }
    if let Some(head) = local_issuer {
        mentions.local_issuers.push((did, head, sent.span));
    }
    if let Some(body) = code_issuer {
        let oid = mentions.push(Mention {
            kind: NodeKind::Organization,
            span,
            sentence: sent.index,
            tokens,
            name: body,
            detail: Detail::Organization {
                needs_place: None,
                place: None,
            },
        });
        mentions.relate(EdgeKind::Issued, oid, did, None, sent.span);
    }
    for org in issuers {
        let oid = organization::push(sent, &org, mentions);
        mentions.relate(EdgeKind::Issued, oid, did, None, sent.span);
    }
}
