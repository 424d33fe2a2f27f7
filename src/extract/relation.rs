//! Relations read from cue words between the entity mentions of a sentence.
//!
//! - chaired / spoke_at: the person who is the subject of "chủ trì", "phát
//!   biểu", "tham luận", "kết luận"... (the last person before the cue, or the
//!   first after a cue that opens the sentence: "Phát biểu khai mạc, Thượng tướng
//!   X ..."). Speech verbs such as "nhấn mạnh" count only in a sentence that names
//!   the meeting.
//! - attended: every person of a sentence with "dự", "tham dự", "cùng dự", "có
//!   các đồng chí".
//! - organized: `"<body> tổ chức <meeting>"`, `"<meeting> do <body> tổ chức"`.
//! - issued: `"<body> (đã) ban hành / ký <document>"` (the `"của <body>"` tail is
//!   read by the document extractor).
//! - implements: `"<A> ... thực hiện <B>"`, `"Thực hiện <B>, ... ban hành <A>"`, and a
//!   named document whose name says `"thực hiện <B>"`.
//! - supersedes: `"<A> ... thay thế <B>"`.
//! - discussed: documents that are the object of "quán triệt", "triển khai",
//!   "phổ biến"... in a sentence about the meeting, and documents named in the
//!   meeting's own name.
//!
//! When a sentence names no meeting, the target is [`MAIN_MEETING`], which
//! resolution maps to the article's main meeting.

use crate::extract::{Detail, MentionId, Mentions, Sent, MAIN_MEETING};
use crate::lexicon::{Cue, Lexicon};
use crate::model::{EdgeKind, NodeKind};

struct Found {
    at: usize,
    len: usize,
    cues: Vec<Cue>,
}

/// The cue phrases of a sentence, longest first at each position.
fn cues(sent: &Sent, lexicon: &Lexicon) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < sent.tokens.len() {
        if let Some((n, c)) = sent.cue_at(i, lexicon) {
            out.push(Found {
                at: i,
                len: n,
                cues: c.clone(),
            });
            i += n;
            continue;
        }
        // "Về phía tỉnh có: A; B" (the list a side sent): "có" before a colon.
        if sent.key(i) == "có" && sent.is(i + 1, ':') {
            out.push(Found {
                at: i,
                len: 2,
                cues: vec![Cue::Attend],
            });
            i += 2;
            continue;
        }
        i += 1;
    }
    out
}

/// Whether token `i` lies inside a mention of the sentence (not at its first token for `kinds`).
fn inside(mentions: &Mentions, ids: &[MentionId], i: usize) -> bool {
    ids.iter().any(|&id| {
        let (a, b) = mentions.entities[id].tokens;
        a <= i && i < b
    })
}

fn extent_end(mentions: &Mentions, id: MentionId) -> usize {
    match mentions.entities[id].detail {
        Detail::Person { extent_end, .. } | Detail::Resolution { extent_end, .. } => extent_end,
        _ => mentions.entities[id].tokens.1,
    }
}

/// The document whose mention and tails hold token `c` ("Nghị quyết số 230 ...
/// về lãnh đạo thực hiện Nghị quyết số 05").
fn doc_extent_holding(mentions: &Mentions, docs: &[MentionId], c: usize) -> Option<MentionId> {
    docs.iter().copied().find(|&d| {
        let (a, _) = mentions.entities[d].tokens;
        a < c && c < extent_end(mentions, d)
    })
}

/// The subject person of a cue at token `c`.
fn subject(
    sent: &Sent,
    lexicon: &Lexicon,
    mentions: &Mentions,
    persons: &[MentionId],
    c: usize,
) -> Option<MentionId> {
    let before = persons
        .iter()
        .copied()
        .filter(|&p| extent_end(mentions, p) <= c)
        .max_by_key(|&p| extent_end(mentions, p));
    if let Some(p) = before {
        let gap = &sent.tokens[extent_end(mentions, p)..c];
        let words = gap.iter().filter(|t| t.word).count();
        let breaks = gap
            .iter()
            .any(|t| matches!(t.punct(), Some(';' | ':' | '.')));
        // "X thay mặt các tập thể được khen thưởng phát biểu": an aside on
        // whose behalf one speaks may come between.
        let on_behalf = gap.iter().position(|t| t.word).is_some_and(|k| {
            matches!(
                (
                    gap[k].key.as_str(),
                    sent.key(extent_end(mentions, p) + k + 1)
                ),
                ("thay", "mặt") | ("đại", "diện")
            )
        });
        // "X chủ trì Đại hội và đọc diễn văn khai mạc", "X trao quyết định,
        // tặng hoa và phát biểu": the last of a chain of the subject's acts.
        let first_word = gap
            .iter()
            .position(|t| t.word)
            .map(|k| extent_end(mentions, p) + k);
        let acts = c > 0
            && sent.key(c - 1) == "và"
            && first_word.is_some_and(|k| {
                sent.cue_at(k, lexicon).is_some() || matches!(sent.key(k), "trao" | "tặng")
            });
        if (words <= 4 || (on_behalf && words <= 10) || (acts && words <= 10)) && !breaks {
            return Some(p);
        }
    }
    // A cue that opens the sentence (or its clause): the first person after it.
    let opens = sent.tokens[..c].iter().all(|t| {
        !t.word
            || matches!(
                t.key.as_str(),
                "sau" | "khi" | "trong" | "tiếp" | "đó" | "theo"
            )
    });
    if opens || before.is_none() {
        return persons
            .iter()
            .copied()
            .find(|&p| mentions.entities[p].tokens.0 > c);
    }
    None
}

/// "Đại tá A, Sư đoàn trưởng ... và Thượng tá B, Chính ủy ... tham luận": the
/// persons joined to `p` by "và" before it (with their titles), nearest first.
/// "Kỳ họp thông qua Nghị quyết số 71 ... và Nghị quyết số 72 .... Hai nghị
/// quyết được ban hành để thực hiện Nghị quyết số 45-NQ/TW": a counted (or
/// "các") group of documents of a type, or drafts, opening the sentence and
/// said to implement a document, stands for the last documents of that kind
/// the sentence before named.
fn plural_implementers(
    sent: &Sent,
    lexicon: &Lexicon,
    mentions: &mut Mentions,
    docs: &[MentionId],
    found: &[Found],
    span: crate::extract::Span,
) {
    let count = match sent.key(0) {
        "hai" => Some(2),
        "ba" => Some(3),
        "bốn" => Some(4),
        "các" | "những" => None,
        _ => return,
    };
    // The kind: a type word in lower case, or "dự thảo" / "văn bản" for any.
    let (kind, mut k) = match lexicon.doc_types.longest(sent.keys_from(1)) {
        Some((n, t)) if !sent.tokens[1].cap => (Some(t.name.clone()), 1 + n),
        _ if matches!((sent.key(1), sent.key(2)), ("dự", "thảo") | ("văn", "bản")) => {
            (None, 3)
        }
        _ => return,
    };
    if sent.key(k) == "này" {
        k += 1;
    }
    let Some(f) = found
        .iter()
        .find(|f| f.cues.contains(&Cue::Implement) && f.at >= k)
    else {
        return;
    };
    // Only a passive of making it, or a purpose word, between.
    let filler = [
        "được", "đã", "đều", "ban", "hành", "xây", "dựng", "để", "nhằm",
    ];
    if !(k..f.at).all(|q| filler.contains(&sent.key(q))) {
        return;
    }
    // The objects: of this verb, and of each verb joined to it by "và"
    // ("để thực hiện B của Bộ Chính trị và cụ thể hóa C").
    let mut objects = Vec::new();
    let mut verb = f;
    while let Some(b) = after(sent, mentions, docs, verb.at + verb.len, 8) {
        objects.push(b);
        let e = extent_end(mentions, b);
        match found
            .iter()
            .find(|g| g.at == e + 1 && sent.key(e) == "và" && g.cues.contains(&Cue::Implement))
        {
            Some(g) => verb = g,
            None => break,
        }
    }
    let Some(prev) = sent.index.checked_sub(1) else {
        return;
    };
    let mut named: Vec<MentionId> = mentions
        .in_sentence(prev, NodeKind::Resolution)
        .into_iter()
        .filter(|&d| !is_anaphor(mentions, d))
        .filter(|&d| {
            kind.as_deref()
                .is_none_or(|t| doc_type_of(mentions, d) == Some(t))
        })
        .collect();
    if let Some(n) = count {
        if named.len() < n {
            return;
        }
        named.drain(..named.len() - n);
    }
    for a in named {
        for &object in &objects {
            for b in coordinated(sent, mentions, docs, object, lexicon, false) {
                mentions.relate(EdgeKind::Implements, a, b, None, span);
            }
        }
    }
}

/// "Các đồng chí: A, Bí thư Tỉnh ủy; B, Phó Bí thư ... chủ trì": the others
/// of a list opened by "(các) đồng chí:" that the subject `p` of the verb at
/// `c` ends, when no other verb stands between the colon and it.
fn colon_list_before(
    sent: &Sent,
    mentions: &Mentions,
    persons: &[MentionId],
    found: &[Found],
    p: MentionId,
    c: usize,
) -> Vec<MentionId> {
    let start = mentions.entities[p].tokens.0;
    let Some(colon) = (0..start).rev().find(|&q| sent.is(q, ':')) else {
        return Vec::new();
    };
    let opened = colon >= 2 && sent.key(colon - 2) == "đồng" && sent.key(colon - 1) == "chí";
    let verb_between = found.iter().any(|f| colon < f.at && f.at < c);
    let sentence_break = (colon..start).any(|q| sent.is(q, '.'));
    if !opened || verb_between || sentence_break {
        return Vec::new();
    }
    persons
        .iter()
        .copied()
        .filter(|&q| {
            q != p && mentions.entities[q].tokens.0 > colon && extent_end(mentions, q) <= c
        })
        .collect()
}

fn joined_before(
    sent: &Sent,
    lexicon: &Lexicon,
    mentions: &Mentions,
    persons: &[MentionId],
    p: MentionId,
) -> Vec<MentionId> {
    let mut out = Vec::new();
    let mut cur = p;
    while out.len() < persons.len() {
        let start = mentions.entities[cur].tokens.0;
        // A rank or a form of address may stand between "và" and the name.
        let lead = (start.saturating_sub(3)..start)
            .find(|&k| {
                lexicon
                    .ranks
                    .longest(sent.keys_from(k))
                    .is_some_and(|(n, _)| k + n == start)
                    || (k + 1 == start && matches!(sent.key(k), "ông" | "bà" | "anh" | "chị"))
            })
            .unwrap_or(start);
        // So may a title: "A và Thứ trưởng Bộ Y tế B chủ trì".
        let lead = if lead > 0 && sent.key(lead - 1) == "và" {
            lead
        } else {
            (start.saturating_sub(9)..start)
                .rev()
                .take_while(|&k| sent.tokens[k].word)
                .find(|&k| k > 0 && sent.key(k - 1) == "và")
                .filter(|&k| lexicon.roles.longest(sent.keys_from(k)).is_some())
                .unwrap_or(lead)
        };
        if lead == 0 || sent.key(lead - 1) != "và" {
            break;
        }
        let Some(&q) = persons
            .iter()
            .find(|&&q| q != cur && extent_end(mentions, q) == lead - 1)
        else {
            break;
        };
        out.push(q);
        cur = q;
    }
    out
}

/// Every person of `persons` named after token `at` chaired meeting `m`: the
/// members of a list of chairs.
fn chaired_by_all_after(
    mentions: &mut Mentions,
    persons: &[MentionId],
    at: usize,
    m: MentionId,
    span: crate::extract::Span,
) {
    let listed: Vec<MentionId> = persons
        .iter()
        .copied()
        .filter(|&p| mentions.entities[p].tokens.0 > at)
        .collect();
    for p in listed {
        mentions.relate(EdgeKind::Chaired, p, m, None, span);
    }
}

/// The token of "gồm" in a sentence that opens with a meeting's presidium
/// and lists its members: "Đoàn Chủ tịch đại hội gồm các đồng chí: ...",
/// "Đoàn Chủ tịch điều hành đại hội gồm 11 đồng chí, trong đó có ...". Not a
/// body of that name ("Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"), which
/// is written in capitals after it, nor a seat on one ("Ủy viên Đoàn Chủ tịch").
/// The meeting may be capitalised: "Đoàn Chủ tịch Đại hội gồm ...".
fn presidium_list(sent: &Sent, lexicon: &Lexicon) -> Option<usize> {
    let s = sent.tokens.iter().position(|t| t.word)?;
    let opens = sent.key(s) == "đoàn" && sent.key(s + 1) == "chủ" && sent.key(s + 2) == "tịch";
    let body_after = sent.tokens.get(s + 3).is_some_and(|t| t.word && t.cap)
        && lexicon
            .meeting_types
            .longest(sent.keys_from(s + 3))
            .is_none();
    if !opens || body_after {
        return None;
    }
    (s + 3..sent.tokens.len().min(s + 10))
        .take_while(|&k| !sent.is(k, ';') && !sent.is(k, ':'))
        .find(|&k| sent.key(k) == "gồm")
}

/// The meeting a cue at token `c` speaks of: the nearest meeting mention after
/// it in the sentence, else before it, else the main meeting.
fn meeting_for(mentions: &Mentions, meetings: &[MentionId], c: usize) -> MentionId {
    // Of those before, one the sentence reports taking place (dated, or
    // reported by its verb) over one it refers to ("UBND tỉnh đã họp phiên
    // thứ nhất, thảo luận các nội dung trình kỳ họp ..., do X chủ trì").
    let reported = |m: MentionId| match &mentions.entities[m].detail {
        Detail::Meeting { date, verbal, .. } => date.is_some() || *verbal,
        _ => false,
    };
    let before = || {
        meetings
            .iter()
            .copied()
            .rev()
            .filter(move |&m| mentions.entities[m].tokens.0 < c)
    };
    // One after it that the sentence names as where something will go
    // ("... để trình Quốc hội tại Kỳ họp thứ 6") is not where it was said.
    let referred = |m: MentionId| {
        matches!(
            mentions.entities[m].detail,
            Detail::Meeting { referred: true, .. }
        )
    };
    meetings
        .iter()
        .copied()
        .find(|&m| mentions.entities[m].tokens.0 >= c && !referred(m))
        .or_else(|| before().find(|&m| reported(m)))
        .or_else(|| before().next())
        .unwrap_or(MAIN_MEETING)
}

/// The nearest mention of `ids` ending at most `max_gap` words before `c`, with
/// no other mention of `blockers` in between; mentions end at their last token.
fn before(
    sent: &Sent,
    mentions: &Mentions,
    ids: &[MentionId],
    blockers: &[MentionId],
    c: usize,
    max_gap: usize,
) -> Option<MentionId> {
    nearest_before(sent, mentions, ids, blockers, c, max_gap, |d| {
        mentions.entities[d].tokens.1
    })
}

/// Like [`before`], measuring from the end of each mention's tails.
fn before_extent(
    sent: &Sent,
    mentions: &Mentions,
    ids: &[MentionId],
    blockers: &[MentionId],
    c: usize,
    max_gap: usize,
) -> Option<MentionId> {
    nearest_before(sent, mentions, ids, blockers, c, max_gap, |d| {
        extent_end(mentions, d)
    })
}

/// The mention of `ids` whose end (by `end_of`) is nearest before `c`; of
/// mentions ending together, the outermost. None when more than `max_gap`
/// words, a blocker or a clause break lie between.
fn nearest_before(
    sent: &Sent,
    mentions: &Mentions,
    ids: &[MentionId],
    blockers: &[MentionId],
    c: usize,
    max_gap: usize,
    end_of: impl Fn(MentionId) -> usize,
) -> Option<MentionId> {
    let cand = ids
        .iter()
        .copied()
        .filter(|&d| end_of(d) <= c)
        .max_by_key(|&d| (end_of(d), c - mentions.entities[d].tokens.0.min(c)))?;
    let end = end_of(cand);
    let gap = &sent.tokens[end..c];
    let words = gap.iter().filter(|t| t.word).count();
    let blocked = blockers.iter().any(|&b| {
        let (a, _) = mentions.entities[b].tokens;
        a >= end && a < c
    }) || gap.iter().any(|t| matches!(t.punct(), Some(';' | '.')));
    (words <= max_gap && !blocked).then_some(cand)
}

/// The document a sentence opens with, when it is the only one before `c`:
/// "Luật X năm 2023 được Quốc hội thông qua ..., thay thế Luật Y".
fn sentence_subject_doc(
    sent: &Sent,
    lexicon: &Lexicon,
    mentions: &Mentions,
    docs: &[MentionId],
    c: usize,
) -> Option<MentionId> {
    // The first document in the sentence; else the first named one, after a
    // reporting clause ("Giới thiệu ... của Luật, ông X cho biết, Luật Y ...")
    // where a bare reference before it does not count.
    let named: Vec<MentionId> = docs
        .iter()
        .copied()
        .filter(|&d| !is_anaphor(mentions, d))
        .collect();
    subject_doc_among(sent, lexicon, mentions, docs, c)
        .or_else(|| subject_doc_among(sent, lexicon, mentions, &named, c))
}

fn subject_doc_among(
    sent: &Sent,
    lexicon: &Lexicon,
    mentions: &Mentions,
    docs: &[MentionId],
    c: usize,
) -> Option<MentionId> {
    let first = docs
        .iter()
        .copied()
        .min_by_key(|&d| mentions.entities[d].tokens.0)?;
    let (a, _) = mentions.entities[first].tokens;
    // "..., ông X cho biết, Luật Y năm 2025 ... thay thế Luật Z": the document
    // opening the reported clause.
    let reported = a >= 2
        && sent.is(a - 1, ',')
        && (0..a - 1).rev().take(3).any(|k| {
            sent.cue_at(k, lexicon)
                .is_some_and(|(n, cs)| k + n == a - 1 && cs.contains(&Cue::Say))
        });
    let opens = sent.tokens[..a].iter().filter(|t| t.word).count() <= 1 || reported;
    let alone = docs
        .iter()
        .all(|&d| d == first || mentions.entities[d].tokens.0 >= c);
    if a >= c {
        return None;
    }
    let no_break = !sent.tokens[a..c]
        .iter()
        .any(|t| matches!(t.punct(), Some(';' | '.')));
    (opens && alone && no_break).then_some(first)
}

/// The document a purpose clause of issuing before the implement cue at `c`
/// is about: the one whose name and tails a comma closes ("theo Kế hoạch số
/// 2245/KH-TTX ngày 6/12/2024, được ban hành để triển khai ..."), or, with no
/// comma, the one opening the sentence ("Đáng chú ý, Nghị quyết số 25 quy
/// định ... được ban hành để thực hiện ...").
fn issued_to_implement(
    sent: &Sent,
    mentions: &Mentions,
    docs: &[MentionId],
    c: usize,
) -> Option<MentionId> {
    let key = |k: usize| sent.key(k);
    let mut k = c;
    if k >= 2 && key(k - 2) == "tiếp" && key(k - 1) == "tục" {
        k -= 2;
    }
    if !(k >= 1 && matches!(key(k - 1), "để" | "nhằm")) {
        return None;
    }
    k -= 1;
    if !(k >= 2 && key(k - 2) == "ban" && key(k - 1) == "hành") {
        return None;
    }
    k -= 2;
    let passive = k >= 1 && key(k - 1) == "được";
    if passive {
        k -= 1;
    }
    if k >= 1 && sent.is(k - 1, ',') {
        return docs
            .iter()
            .copied()
            .find(|&d| extent_end(mentions, d) == k - 1 && !is_anaphor(mentions, d));
    }
    let first = docs
        .iter()
        .copied()
        .min_by_key(|&d| mentions.entities[d].tokens.0)?;
    let a = mentions.entities[first].tokens.0;
    if !passive || a >= k || is_anaphor(mentions, first) {
        return None;
    }
    let opens = sent.tokens[..a].iter().filter(|t| t.word).count() <= 3;
    let one_clause = !sent.tokens[a..k]
        .iter()
        .any(|t| matches!(t.punct(), Some(';' | '.' | ':')));
    (opens && one_clause).then_some(first)
}

/// The first mention of `ids` starting within `max_gap` words after the cue end.
fn after(
    sent: &Sent,
    mentions: &Mentions,
    ids: &[MentionId],
    from: usize,
    max_gap: usize,
) -> Option<MentionId> {
    let cand = ids
        .iter()
        .copied()
        .filter(|&d| mentions.entities[d].tokens.0 >= from)
        .min_by_key(|&d| mentions.entities[d].tokens.0)?;
    let gap = &sent.tokens[from..mentions.entities[cand].tokens.0];
    let words = gap.iter().filter(|t| t.word).count();
    (words <= max_gap && !gap.iter().any(|t| matches!(t.punct(), Some(';' | '.')))).then_some(cand)
}

/// "thay thế Quy chế ban hành kèm theo Quyết định số 04", "thay thế chương
/// trình ban hành theo Quyết định số 1963": after a replacing cue ending
/// before token `k`, a type word of the replaced document and the words
/// saying which document issued it; returns where that document starts.
fn issued_with_end(sent: &Sent, lexicon: &Lexicon, k: usize) -> Option<usize> {
    let (n, _) = lexicon.doc_types.longest(sent.keys_from(k))?;
    let mut j = k + n;
    if !(sent.key(j) == "ban" && sent.key(j + 1) == "hành") {
        return None;
    }
    j += 2;
    if sent.key(j) == "kèm" {
        j += 1;
    }
    (sent.key(j) == "theo").then_some(j + 1)
}

/// "Quyết định số 05 ban hành Quy chế làm việc ..., thay thế Quyết định số
/// 1016": the document of the replaced one's type that issues `a`, written
/// right before it with "ban hành".
fn issuing_of_type(
    sent: &Sent,
    mentions: &Mentions,
    docs: &[MentionId],
    a: MentionId,
    b: MentionId,
) -> Option<MentionId> {
    let type_of = |d: MentionId| match &mentions.entities[d].detail {
        Detail::Resolution { doc_type, .. } => Some(doc_type.as_str()),
        _ => None,
    };
    if type_of(a) == type_of(b) {
        return None;
    }
    let start = mentions.entities[a].tokens.0;
    docs.iter().copied().find(|&d| {
        let end = extent_end(mentions, d);
        d != a
            && end + 2 == start
            && sent.key(end) == "ban"
            && sent.key(end + 1) == "hành"
            && type_of(d) == type_of(b)
    })
}

/// "Luật Căn cước năm 2023, luật có hiệu lực từ ngày 1/7/2024 và thay thế
/// ...", "Nghị quyết số 48 quy định ...; nghị quyết này thay thế ...": the
/// document a lower-case type word before `c` refers back to, the one named
/// last before it in the sentence.
fn anaphor_antecedent(
    sent: &Sent,
    lexicon: &Lexicon,
    mentions: &Mentions,
    docs: &[MentionId],
    c: usize,
) -> Option<MentionId> {
    let word = (c.saturating_sub(24)..c).rev().find(|&q| {
        let t = &sent.tokens[q];
        t.word
            && !t.cap
            && !inside(mentions, docs, q)
            && lexicon
                .doc_types
                .longest(sent.keys_from(q))
                .is_some_and(|(n, _)| q + n <= c)
    })?;
    if sent.tokens[word..c].iter().any(|t| t.is('.')) {
        return None;
    }
    docs.iter()
        .copied()
        .filter(|&d| extent_end(mentions, d) <= word && !is_anaphor(mentions, d))
        .max_by_key(|&d| extent_end(mentions, d))
        .or_else(|| {
            // "Khi được thông qua, luật sẽ thay thế Luật Nhà ở số 65/2014/QH13":
            // the last document of that type the two sentences before name
            // (the draft the article is about).
            let (_, t) = lexicon.doc_types.longest(sent.keys_from(word))?;
            (1..=2)
                .filter_map(|back| sent.index.checked_sub(back))
                .find_map(|s| {
                    mentions
                        .in_sentence(s, NodeKind::Resolution)
                        .into_iter()
                        .filter(|&d| !is_anaphor(mentions, d))
                        .filter(|&d| doc_type_of(mentions, d) == Some(t.name.as_str()))
                        .max_by_key(|&d| mentions.entities[d].tokens.0)
                })
        })
}

/// The type of a document mention ("Nghị quyết").
fn doc_type_of(mentions: &Mentions, d: MentionId) -> Option<&str> {
    match &mentions.entities[d].detail {
        Detail::Resolution { doc_type, .. } => Some(doc_type),
        _ => None,
    }
}

/// The longest body of `orgs` whose name starts at token `k`.
fn body_at(mentions: &Mentions, orgs: &[MentionId], k: usize) -> Option<MentionId> {
    orgs.iter()
        .copied()
        .filter(|&o| mentions.entities[o].tokens.0 == k)
        .max_by_key(|&o| mentions.entities[o].tokens.1)
}

/// The longest body of `orgs` whose name ends right before token `k`.
fn body_ending_at(mentions: &Mentions, orgs: &[MentionId], k: usize) -> Option<MentionId> {
    orgs.iter()
        .copied()
        .filter(|&o| mentions.entities[o].tokens.1 == k)
        .min_by_key(|&o| mentions.entities[o].tokens.0)
}

/// Whether token `k` lies within a document's name or tails (issuer, date,
/// subject), that of `except` aside.
fn in_document(
    mentions: &Mentions,
    docs: &[MentionId],
    except: Option<MentionId>,
    k: usize,
) -> bool {
    docs.iter().any(|&d| {
        Some(d) != except && mentions.entities[d].tokens.0 <= k && k < extent_end(mentions, d)
    })
}

/// Reads the relations of one sentence.
pub fn extract(sent: &Sent, _all: &[Sent], lexicon: &Lexicon, mentions: &mut Mentions) {
    let persons = mentions.in_sentence(sent.index, NodeKind::Person);
    let orgs = mentions.in_sentence(sent.index, NodeKind::Organization);
    let docs_all = mentions.in_sentence(sent.index, NodeKind::Resolution);
    let meetings = mentions.in_sentence(sent.index, NodeKind::Meeting);
    // Every relation joins a mention of this sentence to another (or to the
    // article's main meeting): a sentence naming none, most of a long
    // report, states none, and its cue words are not read.
    if persons.is_empty() && orgs.is_empty() && docs_all.is_empty() && meetings.is_empty() {
        return;
    }
    let docs: Vec<MentionId> = docs_all.clone();
    let mut entities: Vec<MentionId> = Vec::new();
    entities.extend(&persons);
    entities.extend(&orgs);
    entities.extend(&docs);
    let names_meeting = !meetings.is_empty();
    let found = cues(sent, lexicon);
    let span = sent.span;
    let mut speakers: Vec<MentionId> = Vec::new();

    // "Đoàn đại biểu Quốc hội tỉnh làm việc với ...", "Ủy ban đã có buổi làm
    // việc với ...": the body written right before a meeting reported as its
    // act holds it.
    for &m in &meetings {
        if !matches!(
            mentions.entities[m].detail,
            Detail::Meeting { verbal: true, .. }
        ) {
            continue;
        }
        let at = mentions.entities[m].tokens.0;
        // ("Ban Chấp hành Đảng bộ phường khoá I đã họp hội nghị lần thứ nhất":
        // past the term written after the body.)
        let past_term = (at > 0 && sent.key(at - 1) == "họp")
            .then(|| organizer_past_asides(sent, mentions, &orgs, at - 1))
            .flatten();
        // ("Ban Thường vụ Thành ủy Vĩnh Yên (tỉnh Vĩnh Phúc) họp phiên ...":
        // past a parenthesised aside.)
        let past_aside = || {
            let close = (at.saturating_sub(3)..at)
                .rev()
                .find(|&k| sent.is(k, ')'))?;
            let open = (close.saturating_sub(8)..close)
                .rev()
                .find(|&k| sent.is(k, '('))?;
            before(sent, mentions, &orgs, &persons, open, 0)
        };
        if let Some(o) = before(sent, mentions, &orgs, &persons, at, 2)
            .or(past_term)
            .or_else(past_aside)
        {
            // "Tiểu ban Nhân sự của Hội đồng Bầu cử quốc gia họp phiên ...":
            // the body before "của" holds it.
            let (a, _) = mentions.entities[o].tokens;
            let owner = (a > 0 && sent.key(a - 1) == "của")
                .then(|| body_ending_at(mentions, &orgs, a - 1))
                .flatten();
            mentions.relate(EdgeKind::Organized, owner.unwrap_or(o), m, None, span);
        } else if let Some(p) = before(sent, mentions, &persons, &orgs, at, 3) {
            // "Chánh án Nguyễn Văn Quảng đến thăm, làm việc với ...": the
            // visitor takes part in it.
            mentions.relate(EdgeKind::Attended, p, m, None, span);
        }
    }

    // "Kỳ họp thường lệ cuối năm 2025 của HĐND thành phố": the body a
    // meeting's name gives it to holds it (not a document's issuer inside the
    // name: "Hội nghị quán triệt Nghị quyết số 57 của Bộ Chính trị", "Hội
    // nghị công bố quyết định của Bộ Chính trị").
    for &m in &meetings {
        let meeting = &mentions.entities[m];
        if matches!(meeting.detail, Detail::Meeting { bare: true, .. }) {
            continue;
        }
        let (a, b) = meeting.tokens;
        let in_doc = |k: usize| in_document(mentions, &docs, None, k);
        let after_doc_word = |k: usize| {
            (k.saturating_sub(3)..k).any(|q| {
                lexicon
                    .doc_types
                    .longest(sent.keys_from(q))
                    .is_some_and(|(n, _)| q + n == k)
            })
        };
        let Some(of) =
            (a + 1..b).find(|&k| sent.key(k) == "của" && !in_doc(k) && !after_doc_word(k))
        else {
            continue;
        };
        if let Some(o) = body_at(mentions, &orgs, of + 1) {
            mentions.relate(EdgeKind::Organized, o, m, None, span);
        }
    }

    // "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh khóa XX", "Cuộc họp
    // Ban Thường vụ Tỉnh ủy cho ý kiến ...": a committee's own sitting, named
    // by the committee right after its type (and number), is held by it —
    // unless the sentence gives it another organiser. (A plenary named
    // without its number, "Hội nghị Ban Chấp hành Đảng bộ X mở rộng", is
    // reported as the party committee's.)
    for &m in &meetings {
        let meeting = &mentions.entities[m];
        if matches!(meeting.detail, Detail::Meeting { bare: true, .. })
            || mentions
                .relations
                .iter()
                .any(|r| r.kind == EdgeKind::Organized && r.target == m)
        {
            continue;
        }
        let (a, b) = meeting.tokens;
        let Some((n, _)) = lexicon.meeting_types.longest(sent.keys_from(a)) else {
            continue;
        };
        let mut k = a + n;
        let numbered = match (sent.key(k), sent.key(k + 1)) {
            ("lần", "thứ") => 3,
            ("thứ", _) => 2,
            _ => 0,
        };
        k += numbered;
        let Some(o) = body_at(mentions, &orgs, k).filter(|&o| mentions.entities[o].tokens.1 <= b)
        else {
            continue;
        };
        let key = crate::text::fold::key(&mentions.entities[o].name);
        let standing = [
            "ban thường vụ",
            "thường vụ",
            "thường trực",
            "ban cán sự",
            "đảng đoàn",
        ]
        .iter()
        .any(|h| key.starts_with(h));
        let plenary = ["ban chấp hành", "ủy ban"]
            .iter()
            .any(|h| key.starts_with(h));
        if standing || (plenary && numbered > 0) {
            mentions.relate(EdgeKind::Organized, o, m, None, span);
        }
    }

    // "Chương trình hành động của Chính phủ thực hiện Nghị quyết 59": an
    // unnumbered document named as a body's is issued by it.
    for &d in &docs {
        let doc = &mentions.entities[d];
        if !matches!(
            doc.detail,
            Detail::Resolution {
                number: None,
                anaphor: false,
                ..
            }
        ) {
            continue;
        }
        let (a, b) = doc.tokens;
        let inner_doc = |k: usize| in_document(mentions, &docs, Some(d), k);
        // Right after the type and a word or two ("Kế hoạch hành động của"),
        // the body then followed by what the document does, not by a list.
        let Some(of) = (a + 1..b.min(a + 5)).find(|&k| sent.key(k) == "của" && !inner_doc(k))
        else {
            continue;
        };
        let issuer = body_at(mentions, &orgs, of + 1).filter(|&o| {
            let e = mentions.entities[o].tokens.1;
            e >= b
                || matches!(
                    (sent.key(e), sent.key(e + 1)),
                    ("thực", "hiện") | ("triển", "khai") | ("cụ", "thể") | ("về", _)
                )
        });
        if let Some(o) = issuer {
            mentions.relate(EdgeKind::Issued, o, d, None, span);
        }
    }

    // "Quy định số 131-QĐ/TW và Quy định số 132-QĐ/TW của Bộ Chính trị": the
    // issuer written after the second of two documents joined by "và" issued
    // the first too, when nothing names another for it.
    for pair in docs.windows(2) {
        let (d1, d2) = (pair[0], pair[1]);
        let e1 = extent_end(mentions, d1);
        let joined = sent.key(e1) == "và" && mentions.entities[d2].tokens.0 == e1 + 1;
        // Of one type, and of one issuer's code when both have codes
        // ("Quy định số 131-QĐ/TW và Quy định số 132-QĐ/TW"; not "Luật ...
        // và Nghị quyết ... của Ban Chấp hành Trung ương").
        let same_kind = match (&mentions.entities[d1].detail, &mentions.entities[d2].detail) {
            (
                Detail::Resolution {
                    doc_type: t1,
                    code: c1,
                    anaphor: false,
                    ..
                },
                Detail::Resolution {
                    doc_type: t2,
                    code: c2,
                    anaphor: false,
                    ..
                },
            ) => {
                let suffix = |c: &Option<String>| {
                    c.as_deref()
                        .and_then(|c| c.rsplit_once('/'))
                        .map(|(_, s)| crate::text::fold::key(s))
                };
                t1 == t2
                    && match (suffix(c1), suffix(c2)) {
                        (Some(a), Some(b)) => a == b,
                        (None, None) => c1.is_none() && c2.is_none(),
                        _ => false,
                    }
            }
            _ => false,
        };
        if !joined || !same_kind {
            continue;
        }
        let issued_to = |d: MentionId| -> Vec<MentionId> {
            mentions
                .relations
                .iter()
                .filter(|r| r.kind == EdgeKind::Issued && r.target == d)
                .map(|r| r.source)
                .collect()
        };
        if !issued_to(d1).is_empty() {
            continue;
        }
        let (a2, _) = mentions.entities[d2].tokens;
        let e2 = extent_end(mentions, d2);
        for o in issued_to(d2) {
            let (oa, _) = mentions.entities[o].tokens;
            if a2 < oa && oa < e2 {
                mentions.relate(EdgeKind::Issued, o, d1, None, span);
            }
        }
    }

    // "Quy chế phối hợp giữa Bộ Tư lệnh Vùng 4 và UBND tỉnh Cà Mau": a
    // document between two bodies is theirs, unless a third issues it
    // ("Quyết định ... ban hành Quy chế phối hợp giữa ...").
    for &d in &docs {
        let (a, b) = mentions.entities[d].tokens;
        let issued_by_other = a >= 2 && sent.key(a - 2) == "ban" && sent.key(a - 1) == "hành";
        // ("Quy chế phối hợp số 01/QCPH giữa VKSND tỉnh và Công an tỉnh": after its number.)
        let Some(k) = (a + 1..=b).find(|&k| sent.key(k) == "giữa") else {
            continue;
        };
        if issued_by_other {
            continue;
        }
        let Some(o1) = body_at(mentions, &orgs, k + 1) else {
            continue;
        };
        let e1 = mentions.entities[o1].tokens.1;
        if !matches!(sent.key(e1), "và" | "với") {
            continue;
        }
        if let Some(o2) = body_at(mentions, &orgs, e1 + 1)
            .filter(|&o| k == b || mentions.entities[o].tokens.1 <= extent_end(mentions, d))
        {
            mentions.relate(EdgeKind::Issued, o1, d, None, span);
            mentions.relate(EdgeKind::Issued, o2, d, None, span);
        }
    }

    // "Đoàn Chủ tịch đại hội gồm các đồng chí: A – ...; B – ...": the
    // presidium a congress elects chairs it, every one listed.
    if let Some(g) = presidium_list(sent, lexicon) {
        let m = meeting_for(mentions, &meetings, g);
        chaired_by_all_after(mentions, &persons, g, m, span);
    }

    for f in &found {
        let c = f.at;
        let end = f.at + f.len;
        let in_entity = inside(mentions, &entities, c);
        let in_meeting = inside(mentions, &meetings, c);
        for cue in &f.cues {
            match cue {
                Cue::Chair if !in_entity && !in_meeting => {
                    // "Chủ tọa kỳ họp gồm các đồng chí: A – ...; B – ...", "...; cùng
                    // chủ trì có các đồng chí: A, ...; B, ...": every one listed.
                    let clause = (0..c).rev().find(|&q| sent.is(q, ';')).map_or(0, |q| q + 1);
                    let opens = sent.tokens[clause..c].iter().filter(|t| t.word).count() <= 1;
                    // ("Chủ trì hội nghị có đồng chí A, ...; đồng chí B, ...")
                    let listed = opens
                        && (sent.tokens[end..]
                            .iter()
                            .any(|t| t.is(':') || t.key == "gồm")
                            || sent.tokens[end..sent.tokens.len().min(end + 4)]
                                .iter()
                                .any(|t| t.key == "có"));
                    if listed {
                        let m = meeting_for(mentions, &meetings, end);
                        chaired_by_all_after(mentions, &persons, c, m, span);
                        continue;
                    }
                    // "A - ... và B - ... đồng chủ trì": every person before the cue.
                    if sent.key(c) == "đồng" {
                        let m = meeting_for(mentions, &meetings, end);
                        let before: Vec<MentionId> = persons
                            .iter()
                            .copied()
                            .filter(|&p| mentions.entities[p].tokens.1 <= c)
                            .collect();
                        if before.len() > 1 {
                            for p in before {
                                mentions.relate(EdgeKind::Chaired, p, m, None, span);
                            }
                            continue;
                        }
                    }
                    if let Some(p) = subject(sent, lexicon, mentions, &persons, c) {
                        let m = meeting_for(mentions, &meetings, end);
                        mentions.relate(EdgeKind::Chaired, p, m, None, span);
                        if extent_end(mentions, p) <= c {
                            for q in joined_before(sent, lexicon, mentions, &persons, p) {
                                mentions.relate(EdgeKind::Chaired, q, m, None, span);
                            }
                            for q in colon_list_before(sent, mentions, &persons, &found, p, c) {
                                mentions.relate(EdgeKind::Chaired, q, m, None, span);
                            }
                        }
                    }
                }
                Cue::Speak | Cue::Say if !in_entity && !in_meeting => {
                    // A speech verb ("nhấn mạnh", "đề nghị") in a sentence that names
                    // no meeting counts for its subject written right before it: in a
                    // meeting report, who says something says it there.
                    let speaker = if *cue == Cue::Say && !names_meeting {
                        subject(sent, lexicon, mentions, &persons, c)
                            .filter(|&p| extent_end(mentions, p) <= c)
                    } else {
                        subject(sent, lexicon, mentions, &persons, c)
                    };
                    if let Some(p) = speaker {
                        let m = meeting_for(mentions, &meetings, end);
                        mentions.relate(EdgeKind::SpokeAt, p, m, None, span);
                        speakers.push(p);
                        if extent_end(mentions, p) <= c {
                            for q in joined_before(sent, lexicon, mentions, &persons, p) {
                                mentions.relate(EdgeKind::SpokeAt, q, m, None, span);
                                speakers.push(q);
                            }
                        }
                    }
                }
                Cue::Attend if !in_entity && !in_meeting => {
                    // "cùng chủ trì có các đồng chí: ...": a list of chairs.
                    // ("Chủ trì hội nghị có đồng chí ...": the clause opens with it.)
                    let clause = (0..c).rev().find(|&q| sent.is(q, ';')).map_or(0, |q| q + 1);
                    let chairs = (c.saturating_sub(3).min(clause)..c).any(|q| {
                        sent.cue_at(q, lexicon)
                            .is_some_and(|(_, cues)| cues.contains(&Cue::Chair))
                    });
                    if chairs {
                        continue;
                    }
                    let m = meeting_for(mentions, &meetings, end);
                    for &p in &persons {
                        mentions.relate(EdgeKind::Attended, p, m, None, span);
                    }
                }
                Cue::Organize if !in_entity && !in_meeting => {
                    // `"<body> tổ chức <meeting>"` or `"<meeting> do <body> tổ chức"`.
                    if let Some(o) = before(sent, mentions, &orgs, &persons, c, 2)
                        .map(|o| aside_owner(sent, mentions, &orgs, o, c).unwrap_or(o))
                        .or_else(|| organizer_past_asides(sent, mentions, &orgs, c))
                    {
                        // "A phối hợp với B tổ chức", "A chủ trì, phối hợp với B
                        // tổ chức": A organises it too.
                        let partner = {
                            let mut k = mentions.entities[o].tokens.0;
                            if k >= 1 && matches!(sent.key(k - 1), "với" | "cùng") {
                                k -= 1;
                            }
                            let joined =
                                k >= 2 && sent.key(k - 2) == "phối" && sent.key(k - 1) == "hợp";
                            if joined {
                                k -= 2;
                                if k >= 1 && sent.is(k - 1, ',') {
                                    k -= 1;
                                }
                                if k >= 2 && sent.key(k - 2) == "chủ" && sent.key(k - 1) == "trì"
                                {
                                    k -= 2;
                                }
                            }
                            joined.then(|| body_ending_at(mentions, &orgs, k)).flatten()
                        };
                        let chain_start = mentions.entities[partner.unwrap_or(o)].tokens.0;
                        // "<meeting> do <body> tổ chức", "<meeting> được <body> tổ chức".
                        let m = after(sent, mentions, &meetings, end, 3).or_else(|| {
                            (chain_start > 0 && matches!(sent.key(chain_start - 1), "do" | "được"))
                                .then(|| before(sent, mentions, &meetings, &[], chain_start, 4))
                                .flatten()
                        });
                        if let Some(m) = m {
                            mentions.relate(EdgeKind::Organized, o, m, None, span);
                            if let Some(a) = partner {
                                mentions.relate(EdgeKind::Organized, a, m, None, span);
                            }
                            // "tổ chức Hội nghị A và Hội nghị B": both.
                            let e = mentions.entities[m].tokens.1;
                            if sent.key(e) == "và" {
                                if let Some(m2) = meetings
                                    .iter()
                                    .copied()
                                    .find(|&x| mentions.entities[x].tokens.0 == e + 1)
                                {
                                    mentions.relate(EdgeKind::Organized, o, m2, None, span);
                                }
                            }
                            // "A và B tổ chức ...", "Đảng ủy, Bộ Tư lệnh X tổ chức":
                            // co-organisers.
                            let a = mentions.entities[o].tokens.0;
                            if a > 1 && (sent.key(a - 1) == "và" || sent.is(a - 1, ',')) {
                                let party = |o2: &MentionId| {
                                    sent.key(a - 1) == "và"
                                        || crate::text::fold::key(&mentions.entities[*o2].name)
                                            .starts_with("đảng ủy")
                                };
                                if let Some(o2) =
                                    body_ending_at(mentions, &orgs, a - 1).filter(party)
                                {
                                    mentions.relate(EdgeKind::Organized, o2, m, None, span);
                                }
                            }
                        }
                    }
                }
                Cue::Issue if !in_entity => {
                    // ("... đi dự Đại hội Đảng bộ Công an Trung ương và thông qua
                    // Nghị quyết": a body right before "và" and the verb is the
                    // object of the verb before, not the subject of this one.)
                    let o = before(sent, mentions, &orgs, &docs, c, 3).filter(|&o| {
                        let e = mentions.entities[o].tokens.1;
                        !(e < c && sent.tokens[e..c].iter().all(|t| t.key == "và"))
                    });
                    let d = after(sent, mentions, &docs, end, 1);
                    if let (Some(o), Some(d)) = (o, d) {
                        if !is_anaphor(mentions, d) {
                            // "A và B (đã) ký Quy chế phối hợp ...": both sign it.
                            let a = mentions.entities[o].tokens.0;
                            let partner = (a > 1 && sent.key(a - 1) == "và")
                                .then(|| body_ending_at(mentions, &orgs, a - 1))
                                .flatten();
                            for d in coordinated(sent, mentions, &docs, d, lexicon, true) {
                                if let Some(p) = partner {
                                    mentions.relate(EdgeKind::Issued, p, d, None, span);
                                }
                                mentions.relate(EdgeKind::Issued, o, d, None, span);
                                date_from_opening(sent, mentions, d, mentions.entities[o].tokens.0);
                            }
                        }
                    }
                }
                // ("thi hành" alone implements only as a purpose: "được ban hành
                // để thi hành Luật ..."; not "một năm thi hành Luật ...".)
                Cue::Implement
                    if sent.key(c) == "thi"
                        && !matches!(
                            c.checked_sub(1).map(|k| sent.key(k)),
                            Some("để" | "nhằm")
                        ) => {}
                Cue::Implement if !in_entity || containing_doc(mentions, &docs, c).is_some() => {
                    // "quy định chi tiết một số điều của Luật ...": a few words may come between.
                    let Some(b) = after(sent, mentions, &docs, end, 8) else {
                        continue;
                    };
                    // "Để cụ thể hóa, Tỉnh ủy ban hành A thực hiện B": a comma
                    // ends the cue's clause; A is not its object.
                    if (end..mentions.entities[b].tokens.0).any(|k| sent.is(k, ',')) {
                        continue;
                    }
                    let a = containing_doc(mentions, &docs, c)
                        .or_else(|| doc_extent_holding(mentions, &docs, c))
                        .or_else(|| issued_to_implement(sent, mentions, &docs, c))
                        .or_else(|| {
                            // The implementer is the subject: nothing but "để", "nhằm",
                            // "đã"... between it and the cue, no other verb, no "và".
                            // "A được Bộ Tài chính ban hành nhằm hướng dẫn thi hành B":
                            // a passive issuing clause may come between.
                            // ("Kế hoạch số 168 sơ kết 5 năm thực hiện B": a plan
                            // reviewing B's implementation carries it out too.)
                            before_extent(sent, mentions, &docs, &persons, c, 7).filter(|&d| {
                                let e = extent_end(mentions, d);
                                let passive = sent.key(e) == "được";
                                let review = |k: usize| {
                                    matches!((sent.key(k), sent.key(k + 1)), ("sơ" | "tổng", "kết"))
                                };
                                !(e..c).any(|k| {
                                    sent.key(k) == "và"
                                        || lexicon.cues.longest(sent.keys_from(k)).is_some_and(
                                            |(_, cs)| {
                                                let issuing = passive && cs.contains(&Cue::Issue);
                                                !(issuing || (k == e && review(k)))
                                            },
                                        )
                                })
                            })
                        })
                        .or_else(|| {
                            // `"Thực hiện <B>, <body> đã ban hành <A>"`, `"Để hướng dẫn
                            // thi hành <B>, ..."`.
                            let fronted = sent.tokens[..c]
                                .iter()
                                .all(|t| !t.word || matches!(t.key.as_str(), "để" | "nhằm"));
                            fronted.then(|| {
                                docs.iter().copied().find(|&d| {
                                    mentions.entities[d].tokens.0 > mentions.entities[b].tokens.1
                                        && !is_anaphor(mentions, d)
                                })
                            })?
                        })
                        .or_else(|| {
                            // The same clause later in a sentence: `"..., cho biết,
                            // thực hiện <B>, <body> đã ban hành <A>"`.
                            // ("..., cho biết, để triển khai <B>, Chính phủ đã ban hành <A>".)
                            let lead = match c.checked_sub(1).map(|k| sent.key(k)) {
                                Some("để" | "nhằm") => c - 1,
                                _ => c,
                            };
                            let opens_clause = sent.tokens[..lead]
                                .last()
                                .is_some_and(|t| matches!(t.punct(), Some(',' | ':')));
                            let b_end = extent_end(mentions, b);
                            opens_clause.then(|| {
                                docs.iter().copied().find(|&d| {
                                    let s = mentions.entities[d].tokens.0;
                                    // A document with its own "để triển khai <C>" is not this
                                    // one's ("để triển khai hai quy định này" names no other).
                                    let own_cue = found.iter().any(|g| {
                                        g.at >= mentions.entities[d].tokens.1
                                            && g.cues.contains(&Cue::Implement)
                                            && after(sent, mentions, &docs, g.at + g.len, 8)
                                                .is_some()
                                    });
                                    s > b_end
                                        && !own_cue
                                        && !is_anaphor(mentions, d)
                                        && found.iter().any(|g| {
                                            g.cues.contains(&Cue::Issue)
                                                && g.at > b_end
                                                && g.at + g.len <= s
                                                && sent.tokens[g.at + g.len..s]
                                                    .iter()
                                                    .filter(|t| t.word)
                                                    .count()
                                                    == 0
                                        })
                                })
                            })?
                        })
                        .or_else(|| sentence_subject_doc(sent, lexicon, mentions, &docs, c));
                    if let Some(a) = a {
                        for b in coordinated(sent, mentions, &docs, b, lexicon, false) {
                            if b != a {
                                mentions.relate(EdgeKind::Implements, a, b, None, span);
                            }
                        }
                    }
                }
                Cue::Supersede if !in_entity => {
                    let a = doc_extent_holding(mentions, &docs, c)
                        .or_else(|| before_extent(sent, mentions, &docs, &persons, c, 4))
                        // "ban hành A công bố thủ tục ..., thay thế B": a clause on A
                        // before the comma.
                        .or_else(|| {
                            // "..., có hiệu lực từ ngày 1/1/2025 và thay thế B": a
                            // second predicate of A.
                            (c > 0 && (sent.is(c - 1, ',') || sent.key(c - 1) == "và"))
                                .then(|| before_extent(sent, mentions, &docs, &persons, c, 12))
                                .flatten()
                        })
                        .or_else(|| anaphor_antecedent(sent, lexicon, mentions, &docs, c))
                        .or_else(|| sentence_subject_doc(sent, lexicon, mentions, &docs, c));
                    let b = after(sent, mentions, &docs, end, 1).or_else(|| {
                        after(
                            sent,
                            mentions,
                            &docs,
                            issued_with_end(sent, lexicon, end)?,
                            0,
                        )
                    });
                    // "Quyết định số 05 ban hành Quy chế làm việc, thay thế
                    // Quyết định số 1016": the decision issuing the rules
                    // replaces the decision of the old ones.
                    let a = match (a, b) {
                        (Some(a), Some(b)) => {
                            Some(issuing_of_type(sent, mentions, &docs, a, b).unwrap_or(a))
                        }
                        (a, _) => a,
                    };
                    if let (Some(a), Some(b)) = (a, b) {
                        let passive = c > 0 && sent.key(c - 1) == "được";
                        if passive {
                            mentions.relate(EdgeKind::Supersedes, b, a, None, span);
                        } else {
                            for b in coordinated(sent, mentions, &docs, b, lexicon, false) {
                                if b != a {
                                    mentions.relate(EdgeKind::Supersedes, a, b, None, span);
                                }
                            }
                        }
                    }
                }
                _ => {}
            }
        }
    }

    // "Theo ông X, ...", "Theo Thứ trưởng X, ...": a statement reported as
    // a person's, in a meeting report, was made there.
    if sent.key(0) == "theo" {
        let first = persons
            .iter()
            .copied()
            .min_by_key(|&p| mentions.entities[p].tokens.0);
        if let Some(p) = first {
            let (a, _) = mentions.entities[p].tokens;
            let e = extent_end(mentions, p);
            let no_other = !entities
                .iter()
                .any(|&x| x != p && mentions.entities[x].tokens.0 < a);
            if a <= 8 && sent.is(e, ',') && no_other {
                let m = meeting_for(mentions, &meetings, e);
                mentions.relate(EdgeKind::SpokeAt, p, m, None, span);
                speakers.push(p);
            }
        }
    }

    // Discussed: objects of discuss cues in sentences about the meeting.
    // "Đồng chí cũng phổ biến Chương trình ...": a speaker referred back to.
    let pronoun_speaker = matches!(sent.key(0), "đồng" | "ông" | "bà")
        && persons.is_empty()
        && found.iter().any(|f| f.cues.contains(&Cue::Speak));
    let about_meeting = names_meeting || !speakers.is_empty() || pronoun_speaker;
    // "Tại phiên họp, Ban Chỉ đạo thống nhất ban hành Quyết định ...": what is
    // issued at the meeting is its subject.
    // ("Cũng tại hội nghị, Văn phòng Bộ công bố ...").
    let at_meeting = meetings.iter().any(|&m| {
        let a = mentions.entities[m].tokens.0;
        (1..=3).contains(&a) && sent.key(a - 1) == "tại"
    });
    list_items(sent, mentions, &docs, span);
    let opening_subject = meetings.iter().copied().find(|&m| {
        let (a, b) = mentions.entities[m].tokens;
        let mut v = b;
        while matches!(sent.key(v), "đã" | "cũng") {
            v += 1;
        }
        sent.tokens[..a].iter().filter(|t| t.word).count() <= 2
            && (sent.cue_at(v, lexicon).is_some() || sent.key(v) == "bầu")
    });
    for f in &found {
        // "Hội nghị thống nhất ban hành Nghị quyết số 168-NQ/ĐU": a meeting
        // opening the sentence issues what it issues, as it adopts.
        let issues = f.cues.contains(&Cue::Issue);
        let issuing_meeting = issues
            && before(sent, mentions, &meetings, &orgs, f.at, 4).is_some_and(|m| {
                let (a, _) = mentions.entities[m].tokens;
                sent.tokens[..a].iter().filter(|t| t.word).count() <= 2
            });
        let issued_here = (at_meeting || issuing_meeting) && issues;
        let presents = f.cues.contains(&Cue::Present);
        if !(f.cues.contains(&Cue::Discuss) || issued_here || presents) {
            continue;
        }
        let c = f.at;
        let own_meeting = meetings.iter().copied().find(|&m| {
            let (a, b) = mentions.entities[m].tokens;
            a <= c && c < b
        });
        if inside(mentions, &docs, c) {
            continue;
        }
        // "HĐND xã đã biểu quyết thông qua Nghị quyết ...": a body adopting a
        // document in a meeting report adopts it at the meeting.
        // Voting ("biểu quyết thông qua", "xem xét, thông qua") happens at the
        // meeting; a bare "thông qua" by the body that organised the meeting too,
        // but by another body it may be any time before.
        let end = c + f.len;
        let adopts = (end >= 2 && sent.key(end - 2) == "thông" && sent.key(end - 1) == "qua")
            || issuing_meeting;
        let organiser = |o: MentionId| {
            let name = crate::text::fold::key(&mentions.entities[o].name);
            mentions.relations.iter().any(|r| {
                r.kind == EdgeKind::Organized && {
                    let other = crate::text::fold::key(&mentions.entities[r.source].name);
                    other.starts_with(&name) || name.starts_with(&other)
                }
            })
        };
        let voted = f.len > 2
            || (c >= 2 && sent.is(c - 1, ',') && sent.key(c - 2) == "xét")
            || (c >= 1 && sent.key(c - 1) == "quyết");
        let adopted = adopts
            && orgs.iter().any(|&o| {
                let (a, b) = mentions.entities[o].tokens;
                let passive = a > 0 && sent.key(a - 1) == "được";
                !passive
                    && b <= c
                    && sent.tokens[b..c].iter().filter(|t| t.word).count() <= 3
                    && (voted || organiser(o))
            });
        // Deliberating ("cho ý kiến vào", "thảo luận", "thẩm tra", "góp ý") on
        // a document, or passing a draft ("thông qua dự thảo ..."), is what a
        // meeting does, whoever the sentence makes its subject.
        let deliberates = f.cues.contains(&Cue::Discuss)
            && (matches!(
                (sent.key(c), sent.key(c + 1)),
                ("cho", "ý") | ("thảo", "luận") | ("thẩm", "tra") | ("góp", "ý")
            ) || (adopts && sent.key(end) == "dự" && sent.key(end + 1) == "thảo"));
        if !(about_meeting || own_meeting.is_some() || adopted || deliberates) {
            continue;
        }
        // "Phiên họp đã thảo luận và thông qua ...": the meeting adopts it.
        // "Đại hội đã thảo luận ...": the meeting that opens the sentence is
        // the one doing it, whatever meeting the sentence names later.
        // "Đại hội đã bầu ..., bầu đoàn đại biểu đi dự Đại hội X và thông qua
        // Nghị quyết Đại hội": one opening the sentence as its subject does
        // each verb joined to its first.
        let coordinated = opening_subject.filter(|&m| {
            mentions.entities[m].tokens.1 < c
                && c > 0
                && (sent.key(c - 1) == "và" || sent.is(c - 1, ','))
        });
        let subject_meeting = before(sent, mentions, &meetings, &orgs, c, 4)
            .filter(|&m| {
                let (a, _) = mentions.entities[m].tokens;
                sent.tokens[..a].iter().filter(|t| t.word).count() <= 2
            })
            .or(coordinated);
        let adopting_meeting = subject_meeting.filter(|_| adopts);
        // "Kế hoạch ... để triển khai Nghị quyết", "Tỉnh ủy triển khai ...": a body
        // or document doing it is not the meeting's subject.
        if own_meeting.is_none() && !adopted && !at_meeting && !deliberates && coordinated.is_none()
        {
            // (A body in a title before the name too: "Thứ trưởng Bộ Nội vụ
            // Vũ Chiến Thắng đọc Quyết định ...".)
            let in_title = |x: MentionId| {
                let (a, _) = mentions.entities[x].tokens;
                let e = extent_end(mentions, x);
                persons.iter().any(|&p| {
                    let start = mentions.entities[p].tokens.0;
                    (start <= a && a < extent_end(mentions, p)) || start == e
                })
            };
            let doer = orgs
                .iter()
                .chain(&docs)
                .filter(|&&x| !in_title(x))
                .any(|&x| {
                    let e = extent_end(mentions, x);
                    e <= c && sent.tokens[e..c].iter().filter(|t| t.word).count() <= 3
                });
            if doer {
                continue;
            }
        }
        let m = own_meeting
            .or(subject_meeting)
            .unwrap_or_else(|| meeting_for(mentions, &meetings, c));
        if let Some(doc_type) = counted_documents(sent, lexicon, c + f.len) {
            mentions.counted_list = Some((m, doc_type, sent.span.end));
        }
        let mut anchor = c + f.len;
        for &d in &docs {
            let (a, b) = mentions.entities[d].tokens;
            if a < anchor {
                continue;
            }
            let gap = &sent.tokens[anchor..a];
            let words = gap.iter().filter(|t| t.word).count();
            // A semicolon may separate the items of one list: "thông qua A; B",
            // "A; và B" (the previous item's tail may come first: "... của Hội
            // nghị Trung ương 5; B").
            let last_item = match gap {
                [.., s, v] if v.key == "và" && s.is(';') => gap.len() - 2,
                _ => gap.len().saturating_sub(1),
            };
            // (An item may run on after its name: "Nghị quyết số 13 quy định
            // mức hỗ trợ đối với người lao động ...; Nghị quyết số 15 ...".)
            let semicolon_list = gap.get(last_item).is_some_and(|t| t.is(';'))
                && words <= 40
                && !gap[..last_item]
                    .iter()
                    .any(|t| matches!(t.punct(), Some(';' | '.' | ':')));
            // "... một loạt nghị quyết, gồm: A; B": a colon that opens the list.
            let opens_list = |k: usize| {
                k > 0 && sent.tokens[k].is(':') && matches!(sent.key(k - 1), "gồm" | "sau" | "là")
            };
            let blocked = (!semicolon_list
                && gap.iter().enumerate().any(|(g, t)| {
                    matches!(t.punct(), Some(';' | '.' | ':')) && !opens_list(anchor + g)
                }))
                || persons.iter().chain(&meetings).any(|&x| {
                    let s = mentions.entities[x].tokens.0;
                    s >= anchor && s < a
                });
            if (words > 20 && !semicolon_list) || blocked {
                break;
            }
            // "trình bày dự thảo Nghị quyết ...": the first document right
            // after the cue ("dự thảo", "tờ trình" between).
            let right_after = words <= 2 || anchor > c + f.len;
            if presents && !f.cues.contains(&Cue::Discuss) && !right_after {
                break;
            }
            // "... theo Nghị định số 111": what a document is made under is
            // cited, not taken up.
            if a > 0 && matches!(sent.key(a - 1), "theo") {
                anchor = extent_end(mentions, d).max(b);
                continue;
            }
            mentions.relate(EdgeKind::Discussed, m, d, None, span);
            // What it adopts is the list right after the verb, not what the
            // list goes on to name ("..., thay thế Kế hoạch số 47").
            let listed = gap
                .iter()
                .all(|t| !t.word || matches!(t.key.as_str(), "và" | "các" | "bản"));
            if let Some(by) = adopting_meeting.filter(|_| listed) {
                mentions.adoptions.push((by, d, span));
            }
            anchor = extent_end(mentions, d).max(b);
        }
    }
    plural_implementers(sent, lexicon, mentions, &docs, &found, span);

    // "Nghị quyết số 53/NQ-HĐND ... đã được các đại biểu thông qua", "Dự
    // thảo Nghị quyết ... được các đại biểu thảo luận tại 10 tổ": a document
    // the delegates (or the meeting) pass or debate is the meeting's subject.
    for &d in &docs {
        if is_anaphor(mentions, d) {
            continue;
        }
        // ("Nghị quyết số 210 và Nghị quyết số 211 do HĐND tỉnh thông qua":
        // past the documents joined to it.)
        let mut e = extent_end(mentions, d);
        while sent.key(e) == "và" {
            match docs
                .iter()
                .copied()
                .find(|&x| mentions.entities[x].tokens.0 == e + 1)
            {
                Some(x) => e = extent_end(mentions, x),
                None => break,
            }
        }
        let Some(p) =
            (e..sent.tokens.len().min(e + 4)).find(|&k| matches!(sent.key(k), "được" | "do"))
        else {
            continue;
        };
        let mut k = p + 1;
        let by_meeting = meetings
            .iter()
            .copied()
            .find(|&m| mentions.entities[m].tokens.0 == k);
        if let Some(m) = by_meeting {
            k = mentions.entities[m].tokens.1;
        } else if sent.key(k) == "các" && sent.key(k + 1) == "đại" && sent.key(k + 2) == "biểu"
        {
            k += 3;
        } else if sent.key(k) == "đại" && sent.key(k + 1) == "biểu" {
            k += 2;
        } else if let Some(o_end) = body_at(mentions, &orgs, k)
            .map(|o| mentions.entities[o].tokens.1)
            .filter(|&o_end| {
                // "do HĐND tỉnh thông qua (ngay) tại kỳ họp": a body passing
                // it at a meeting the clause names.
                (o_end..sent.tokens.len().min(o_end + 8)).any(|q| {
                    sent.key(q) == "tại"
                        && meetings
                            .iter()
                            .any(|&m| mentions.entities[m].tokens.0 == q + 1)
                })
            })
        {
            k = o_end;
        } else {
            continue;
        }
        let passed = sent
            .cue_at(k, lexicon)
            .is_some_and(|(_, c)| c.contains(&Cue::Discuss) || c.contains(&Cue::Issue));
        if passed {
            let m = by_meeting.unwrap_or_else(|| meeting_for(mentions, &meetings, k));
            mentions.relate(EdgeKind::Discussed, m, d, None, span);
        }
    }

    // "cuộc họp với NHCSXH và các bộ, ngành về dự thảo Nghị định ...": a
    // document a meeting is said to be about, right after its description.
    for &m in &meetings {
        let b = mentions.entities[m].tokens.1;
        let Some(v) = (b..sent.tokens.len().min(b + 6))
            .take_while(|&k| !matches!(sent.tokens[k].punct(), Some(';' | '.' | ':')))
            .find(|&k| sent.key(k) == "về")
        else {
            continue;
        };
        let cue_between = (b..v).any(|k| sent.cue_at(k, lexicon).is_some());
        let mut k = v + 1;
        if matches!((sent.key(k), sent.key(k + 1)), ("dự", "thảo")) {
            k += 2;
        }
        if let Some(d) = docs
            .iter()
            .copied()
            .find(|&d| mentions.entities[d].tokens.0 == k)
        {
            if !cue_between && !is_anaphor(mentions, d) {
                mentions.relate(EdgeKind::Discussed, m, d, None, span);
            }
        }
    }
    // Documents named in a meeting's own name are its subject.
    for &m in &meetings {
        let (a, b) = mentions.entities[m].tokens;
        for &d in &docs {
            let (x, _) = mentions.entities[d].tokens;
            if a < x && x < b {
                mentions.relate(EdgeKind::Discussed, m, d, None, span);
            }
        }
    }
}

/// The canonical type of the documents a count opens at token `k`: "8 nghị
/// quyết", "các nghị quyết", "30 nghị quyết, trong đó ...". None for a
/// named document ("Nghị quyết số 12") or anything else.
fn counted_documents(sent: &Sent, lexicon: &Lexicon, k: usize) -> Option<String> {
    let count = sent.tokens.get(k)?;
    let words = matches!(
        count.key.as_str(),
        "các" | "những" | "hai" | "ba" | "bốn" | "năm" | "sáu" | "bảy" | "tám" | "chín" | "mười"
    );
    if !(count.number || words) {
        return None;
    }
    let first = sent.tokens.get(k + 1)?;
    if first.cap || !first.word {
        return None;
    }
    let (_, doc_type) = lexicon.doc_types.longest(sent.keys_from(k + 1))?;
    Some(doc_type.name.clone())
}

/// "Kỳ họp đã biểu quyết thông qua 8 nghị quyết. Trong đó, Nghị quyết số 25
/// ... Nghị quyết số 26 ...": a sentence right after one in which a meeting
/// passed a counted set of documents, opening (past "Trong đó", "Đáng chú
/// ý", "Cụ thể") with a document of that type, names one of them; so may the
/// sentence after it, and so on, to the paragraph's end.
fn list_items(sent: &Sent, mentions: &mut Mentions, docs: &[MentionId], span: crate::doc::Span) {
    let Some((m, doc_type, last)) = mentions.counted_list.take() else {
        return;
    };
    // (The very next sentence, in the same paragraph.)
    let gap = sent.doc.text.get(last..sent.span.start).unwrap_or("\n");
    if gap.contains('\n') || !gap.trim().is_empty() {
        return;
    }
    let mut k = match (sent.key(0), sent.key(1), sent.key(2)) {
        ("trong", "đó", _) | ("cụ", "thể", _) | ("đặc", "biệt", _) | ("theo", "đó", _) => {
            2
        }
        ("đáng", "chú", "ý") => 3,
        _ => 0,
    };
    if sent.is(k, ',') {
        k += 1;
    }
    if sent.key(k) == "có" {
        k += 1;
    }
    let item = docs.iter().copied().find(|&d| {
        let doc = &mentions.entities[d];
        doc.tokens.0 == k
            && matches!(&doc.detail, Detail::Resolution { doc_type: t, anaphor: false, .. } if *t == doc_type)
    });
    if let Some(d) = item {
        mentions.relate(EdgeKind::Discussed, m, d, None, span);
        mentions.counted_list = Some((m, doc_type, sent.span.end));
    }
}

/// The body a parenthesis closing right before `c` follows, when `o` is
/// inside it: in "Đảng ủy Bộ Tư lệnh Cảnh sát cơ động (K02, Bộ Công an) tổ
/// chức", the body that holds the meeting is not "Bộ Công an".
fn aside_owner(
    sent: &Sent,
    mentions: &Mentions,
    orgs: &[MentionId],
    o: MentionId,
    c: usize,
) -> Option<MentionId> {
    let (start, end) = mentions.entities[o].tokens;
    let closes = sent.tokens[end..c].iter().all(|t| !t.word)
        && sent.tokens[end..c].iter().any(|t| t.is(')'));
    if !closes {
        return None;
    }
    let open = (0..start)
        .rev()
        .take_while(|&q| !sent.tokens[q].is(')'))
        .find(|&q| sent.tokens[q].is('('))?;
    body_ending_at(mentions, orgs, open)
}

/// The body right before an organise cue at `c` once asides are skipped: a
/// parenthesis ("HĐND xã Phù Cát (tỉnh Gia Lai) tổ chức", "Đảng ủy Bộ đội Biên
/// phòng (BĐBP) tổ chức"), a term ("HĐND tỉnh khóa XVIII, nhiệm kỳ 2021-2026")
/// or a province after a comma ("HĐND huyện Xuyên Mộc, tỉnh Bà Rịa - Vũng Tàu").
fn organizer_past_asides(
    sent: &Sent,
    mentions: &Mentions,
    orgs: &[MentionId],
    c: usize,
) -> Option<MentionId> {
    let o = orgs
        .iter()
        .copied()
        .filter(|&o| mentions.entities[o].tokens.1 <= c)
        // Of the bodies ending there, the whole name, not the body inside it
        // ("Ủy ban Kiểm tra Tỉnh ủy Hưng Yên", not "Tỉnh ủy Hưng Yên").
        .max_by_key(|&o| {
            let (start, end) = mentions.entities[o].tokens;
            (end, std::cmp::Reverse(start))
        })?;
    let mut k = mentions.entities[o].tokens.1;
    let mut words = 0;
    while k < c {
        let t = &sent.tokens[k];
        if t.is('(') {
            k = (k..c).find(|&q| sent.tokens[q].is(')'))? + 1;
            continue;
        }
        if matches!(t.key.as_str(), "khóa" | "nhiệm") {
            // "khóa XVIII", "nhiệm kỳ 2021-2026".
            k += if t.key == "nhiệm" { 2 } else { 1 };
            while k < c && (sent.tokens[k].number || !sent.tokens[k].word || sent.tokens[k].cap) {
                if matches!(sent.tokens[k].punct(), Some(';' | '.')) {
                    return None;
                }
                k += 1;
            }
            continue;
        }
        // ", tỉnh Bà Rịa - Vũng Tàu": the province of a local body.
        if t.is(',') {
            let next = sent.tokens.get(k + 1).map(|n| n.span.start);
            let place = mentions.places.iter().find(|p| Some(p.0.start) == next);
            if let Some(end) = place.map(|p| p.0.end) {
                k += 1;
                while k < c && sent.tokens[k].span.start < end {
                    k += 1;
                }
                continue;
            }
        }
        if matches!(t.punct(), Some(';' | '.' | ':')) {
            return None;
        }
        if t.word {
            words += 1;
        }
        k += 1;
    }
    (words <= 2).then_some(o)
}

/// `first` and the documents coordinated with it: `"<B> ... và <C>"`, `"<B>, <C>"`,
/// each following the previous one's tails with only "và" or a comma between.
fn coordinated(
    sent: &Sent,
    mentions: &Mentions,
    docs: &[MentionId],
    first: MentionId,
    lexicon: &Lexicon,
    issued: bool,
) -> Vec<MentionId> {
    let implements_at = |k: usize| {
        sent.cue_at(k, lexicon)
            .filter(|(_, cues)| cues.contains(&Cue::Implement))
            .map(|(n, _)| n)
    };
    let mut out = vec![first];
    let mut last = first;
    let mut carried_out = false;
    loop {
        let end = extent_end(mentions, last);
        let next = docs
            .iter()
            .copied()
            .filter(|&d| mentions.entities[d].tokens.0 >= end && !is_anaphor(mentions, d))
            .min_by_key(|&d| mentions.entities[d].tokens.0);
        let Some(next) = next else { break };
        let start = mentions.entities[next].tokens.0;
        let gap = &sent.tokens[end..start];
        // Issued "A thực hiện B, cùng C": what A carries out is passed over (once).
        let implemented =
            issued && !carried_out && !gap.is_empty() && implements_at(end) == Some(gap.len());
        if implemented {
            carried_out = true;
            last = next;
            continue;
        }
        let joined = match gap {
            [g] => g.key == "và" || g.key == "cùng" || g.is(','),
            [a, b] => a.is(',') && (b.key == "cùng" || b.key == "và"),
            _ => false,
        };
        // Carried out "B và C triển khai D": C is a second subject, not a target.
        if !joined || (!issued && implements_at(extent_end(mentions, next)).is_some()) {
            break;
        }
        carried_out = false;
        out.push(next);
        last = next;
    }
    out
}

fn is_anaphor(mentions: &Mentions, id: MentionId) -> bool {
    matches!(
        mentions.entities[id].detail,
        Detail::Resolution { anaphor: true, .. }
    )
}

/// The unnumbered document whose name contains token `c`.
fn containing_doc(mentions: &Mentions, docs: &[MentionId], c: usize) -> Option<MentionId> {
    docs.iter().copied().find(|&d| {
        let (a, b) = mentions.entities[d].tokens;
        a < c && c < b && !is_anaphor(mentions, d)
    })
}

/// "Ngày 16-3-2022, Bộ Chính trị đã ban hành Nghị quyết ...": the opening date
/// is the document's date.
fn date_from_opening(sent: &Sent, mentions: &mut Mentions, doc: MentionId, subject_start: usize) {
    let before = &sent.doc.text[sent.span.start..sent.tokens[subject_start].span.start];
    if let Some(f) = crate::extract::when::event_date(before) {
        if let Detail::Resolution { date, .. } = &mut mentions.entities[doc].detail {
            if date.is_none() && f.date.year.is_some() {
                *date = Some(f.date);
            }
        }
    }
}
