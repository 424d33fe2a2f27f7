//! Person mentions and the posts they hold.
//!
//! A name is a run of two to five title-case syllables that no lexicon claims
//! (not a role, rank, body, document or meeting word, nor a province). It is a
//! person when the text says so: a rank, a title, or "đồng chí"/"ông"/"bà" before
//! it; an appositive title list after it ("Trần Hải Châu – Phó Bí thư Thường trực
//! Tỉnh ủy, Chủ tịch HĐND tỉnh"; commas, dashes, colons, parentheses); or a
//! common family name opening three or more syllables. A name once established
//! is recognised anywhere else in the article. Each title is split into a role
//! and a body ("Bộ trưởng Công an" -> "Bộ trưởng" at "Bộ Công an") and becomes a
//! holds_position relation.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use crate::extract::organization::{self, Org};
use crate::extract::{Detail, Mention, MentionId, Mentions, Sent};
use crate::lexicon::{Cue, Keys, Lexicon, Role};
use crate::model::{EdgeKind, NodeKind};
use crate::text::fold;

/// Names established in the article (folded).
#[derive(Clone, Debug, Default)]
pub struct Known {
    names: BTreeSet<String>,
}

/// One title: a role and, when written or implied, its body.
#[derive(Clone, Debug)]
pub struct Title {
    /// Canonical role.
    pub role: String,
    /// The body parsed from the text.
    pub body: Option<Org>,
    /// A body implied by the role alone ("Thủ tướng" -> "Chính phủ").
    pub default_body: Option<String>,
    /// A party committee head waiting for the next title's body ("Ban cán sự đảng").
    pub pending_party: Option<String>,
    /// Token range of the whole title.
    pub tokens: (usize, usize),
}

/// Whether a lexicon claims the phrase at token `i` (so no name starts there),
/// answered once a sentence and token ([`Sent::claims`]).
fn claimed(sent: &Sent, i: usize, lexicon: &Lexicon, with_places: bool) -> bool {
    // Bits of a token's entry: known and claimed, with places in the low two.
    let shift = if with_places { 0 } else { 2 };
    let known = sent.claims.borrow().get(i).map_or(0, |&b| b >> shift);
    if known & 1 != 0 {
        return known & 2 != 0;
    }
    let answer = claimed_uncached(sent, i, lexicon, with_places);
    let mut claims = sent.claims.borrow_mut();
    if claims.len() <= i {
        claims.resize(sent.tokens.len().max(i + 1), 0);
    }
    claims[i] |= (1 | (u8::from(answer) << 1)) << shift;
    answer
}

/// [`claimed`], worked out.
fn claimed_uncached(sent: &Sent, i: usize, lexicon: &Lexicon, with_places: bool) -> bool {
    // (`with_places` is false for the words after a name's first.)
    let ids = sent.keys_from(i);
    let ekey = |k: usize| sent.tokens.get(k).map(|t| t.ekey.as_str());
    lexicon.roles.longest(ids).is_some()
        || lexicon.ranks.longest(ids).is_some()
        || (with_places && lexicon.heads.longest(ids).is_some())
        || lexicon.bodies.longest(ids).is_some()
        || lexicon.doc_types.longest(ids).is_some()
        // ("Phan Hữu Lễ cho biết": inside a name a one-word meeting type is a
        // syllable of it.)
        || lexicon
            .meeting_types
            .longest(ids)
            .is_some_and(|(n, _)| with_places || n > 1)
        // Inside a name, a one-word cue is a syllable of it: "Nguyễn Xuân Ký".
        || lexicon
            .cues
            .longest(ids)
            .is_some_and(|(n, _)| with_places || n > 1)
        || (with_places && lexicon.places.longest(ids).is_some())
        || matches!(
            ekey(i),
            Some(
                "tỉnh"
                    | "tp"
                    | "tại"
                    | "theo"
                    | "trong"
                    | "ngày"
                    | "thứ"
                    | "các"
                    | "nguồn"
            )
        )
        // "Sáng 29/7", "chiều nay": a time of day, but a syllable inside a
        // name ("Lù Văn Sáng") when no date or time word follows.
        || (matches!(ekey(i), Some("sáng" | "chiều"))
            && (with_places
                || sent.tokens.get(i + 1).is_some_and(|t| t.number)
                || matches!(
                    ekey(i + 1),
                    Some("nay" | "qua" | "mai" | "hôm" | "cùng" | "ngày" | "thứ" | "tối")
                )))
        || (ekey(i) == Some("thành") && ekey(i + 1) == Some("phố"))
        || (ekey(i) == Some("đồng") && ekey(i + 1) == Some("chí"))
}

/// A candidate name at token `i`: (end token, whether it opens with a common family name).
#[inline]
pub fn name_at(sent: &Sent, i: usize, lexicon: &Lexicon) -> Option<(usize, bool)> {
    // Asked at every token: most are not title case, answered in the caller.
    if !sent.tokens.get(i)?.title_case() {
        return None;
    }
    title_case_name_at(sent, i, lexicon)
}

/// [`name_at`] at a title-case token.
fn title_case_name_at(sent: &Sent, i: usize, lexicon: &Lexicon) -> Option<(usize, bool)> {
    let t = &sent.tokens[i];
    if claimed(sent, i, lexicon, true) {
        return None;
    }
    // "Anh Bùi Quang Huy", "chị Nguyễn Phạm Duy Trang": a form of address
    // before a full name (the Youth Union's style), no part of it; a name
    // never opens with it before a family name.
    let common_surname = |k: usize| {
        sent.tokens.get(k).is_some_and(|n| {
            n.title_case() && lexicon.surnames.get(&n.key).is_some_and(|rare| !rare)
        })
    };
    if matches!(t.key.as_str(), "anh" | "chị")
        && common_surname(i + 1)
        && sent.tokens.get(i + 2).is_some_and(|n| n.title_case())
    {
        return None;
    }
    let mut j = i + 1;
    while j < sent.tokens.len() && j < i + 5 {
        let t = &sent.tokens[j];
        if !t.title_case() || claimed(sent, j, lexicon, false) {
            break;
        }
        j += 1;
    }
    if j - i < 2 {
        return None;
    }
    let surname = lexicon
        .surnames
        .get(&sent.tokens[i].key)
        .is_some_and(|rare| !rare);
    Some((j, surname))
}

/// A role and its body abbreviated in one token: "ĐBQH" (đại biểu Quốc hội).
fn abbreviated_title(sent: &Sent, j: usize, lexicon: &Lexicon) -> Option<Title> {
    let token = sent.tokens.get(j)?;
    if !token.ekey.contains(' ') {
        return None;
    }
    let words: Vec<&str> = token.ekey.split(' ').collect();
    (1..words.len()).rev().find_map(|k| {
        let role = lexicon.roles.get(&words[..k].join(" "))?;
        let body = lexicon.bodies.get(&words[k..].join(" "))?;
        Some(Title {
            role: role.name.clone(),
            body: Some(Org::plain(j, j + 1, body.name.clone())),
            default_body: None,
            pending_party: None,
            tokens: (j, j + 1),
        })
    })
}

/// Parses one role (and its body) at token `j`; a sentence keeps what it
/// parsed ([`Sent::titles`]).
fn title_at(sent: &Sent, j: usize, lexicon: &Lexicon) -> Option<Title> {
    if let Some(Some(known)) = sent.titles.borrow().get(j) {
        return known.clone();
    }
    let title = parse_title_at(sent, j, lexicon);
    if j < sent.tokens.len() {
        let mut titles = sent.titles.borrow_mut();
        if titles.len() < sent.tokens.len() {
            titles.resize(sent.tokens.len(), None);
        }
        titles[j] = Some(title.clone());
    }
    title
}

/// [`title_at`], parsed.
fn parse_title_at(sent: &Sent, j: usize, lexicon: &Lexicon) -> Option<Title> {
    if let Some(title) = abbreviated_title(sent, j, lexicon) {
        return Some(title);
    }
    let (n, role) = lexicon.roles.longest(sent.keys_from(j))?;
    let role: &Role = role;
    let mut role_end = j + n;
    // "Phó Giám đốc phụ trách Sở Nội vụ", "Phó Trưởng đoàn phụ trách": a deputy
    // in charge, the body written after the qualifier.
    let in_charge = sent.key(role_end) == "phụ" && sent.key(role_end + 1) == "trách";
    let role_name = if in_charge {
        role_end += 2;
        format!("{} phụ trách", role.name)
    } else {
        role.name.clone()
    };
    let body_start = match &role.shares {
        Some(shared) if !in_charge => role_end
            .saturating_sub(fold::key(shared).split(' ').count())
            .max(j),
        _ => role_end,
    };
    let mut body = organization::parse_at(sent, body_start, lexicon);
    // "Người phát ngôn của Bộ TT&TT": a post and, after "của", a body whose
    // name opens with a capital.
    if body.is_none()
        && body_start == role_end
        && sent.key(role_end) == "của"
        && sent.tokens.get(role_end + 1).is_some_and(|t| t.cap)
    {
        body = organization::parse_at(sent, role_end + 1, lexicon)
            .filter(|o| o.needs_place.is_none() || o.place.is_some());
    }
    if body.is_none() && body_start < role_end {
        body = organization::parse_shared(sent, body_start, lexicon)
            .filter(|o| o.end > role_end && !names_person(sent, role_end, o.end, lexicon));
    }
    // "Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh": the shared word written
    // again, the body in full after the role.
    if body.is_none() && body_start < role_end && sent.key(role_end) == sent.key(body_start) {
        body = organization::parse_at(sent, role_end, lexicon);
    }
    if body.is_none() {
        if let Some(head) = &role.implied_head {
            let mut ids = vec![lexicon.vocab.id(&fold::key(head))];
            ids.extend_from_slice(&sent.eids[role_end.min(sent.eids.len())..]);
            if let Some((m, b)) = lexicon.bodies.longest(Keys::new(&ids, sent.multi)) {
                if m > 1 {
                    body = Some(Org::plain(role_end, role_end + m - 1, b.name.clone()));
                }
            }
            // "Hiệu trưởng Nhà trường": the school itself, the one the article
            // names (resolution binds the bare head).
            if body.is_none()
                && fold::key(head) == "trường"
                && sent.key(role_end) == "nhà"
                && sent.key(role_end + 1) == "trường"
            {
                body = Some(Org::head_alone(role_end, role_end + 2, head.clone()));
            }
            // "Trưởng phòng Cảnh sát hình sự ...": the implied head before a
            // described body; not before an abbreviation that holds it ("Phó
            // Viện trưởng VKSND cấp cao": "VKSND" is a "Viện").
            let head_key = fold::key(head);
            let written = sent.tokens.get(role_end).is_some_and(|t| {
                t.key != t.ekey && t.ekey.split(' ').next() == Some(head_key.as_str())
            });
            if body.is_none() && !written {
                body = organization::named_after(sent, role_end, head, lexicon);
            }
        }
    }
    // "Trưởng Ban Chỉ đạo": the role shares its last word with a named head
    // written alone, which refers to the board of that kind the article
    // names ("Ban Chỉ đạo phòng, chống tham nhũng tỉnh ..."); resolution finds it.
    if body.is_none() && body_start < role_end {
        if let Some((end, head)) = organization::named_head_alone(sent, body_start, lexicon) {
            if end > role_end {
                role_end = end;
                body = Some(Org::head_alone(body_start, end, head.clone()));
            }
        }
    }
    // "Tư lệnh Quân khu": a body's head alone refers to the body of that kind
    // named before in the article ("Quân khu 4"); resolution finds it.
    if body.is_none() && role.implied_head.is_none() && role.default_body.is_none() {
        // (The head ends the title: the name follows, or no capitalised word does.)
        if let Some((end, head)) = organization::named_head_alone(sent, role_end, lexicon) {
            if sent.tokens[role_end].cap
                && !matches!(fold::key(head).as_str(), "ban" | "bộ" | "đài" | "báo")
            {
                body = Some(Org::head_alone(role_end, end, head.clone()));
            }
        }
    }
    // "các Phó Trưởng Ban: A, B" in a report on a board's conference: the
    // board the article names most (resolution binds the bare head).
    if body.is_none()
        && role.default_body.is_none()
        && fold::key(&role.name).contains("trưởng ban")
        // (A common family name only: "Triệu Văn Bình" is still a name here.)
        && !organization::starts_common_person(sent, role_end, lexicon)
        && (sent.tokens.get(role_end).is_none_or(|t| !t.word || !t.cap)
            || name_at(sent, role_end, lexicon)
                .is_some_and(|(end, _)| names_person(sent, role_end, end, lexicon)))
    {
        body = Some(Org::head_alone(role_end - 1, role_end, "Ban".to_string()));
    }
    // "Bí thư Ban cán sự đảng, Bộ trưởng Bộ Y tế": a party committee named
    // without its body belongs to the body of the next title.
    let mut pending = None;
    if body.is_none() {
        if let Some((m, (head, crate::lexicon::HeadClass::Party))) =
            lexicon.heads.longest(sent.keys_from(role_end))
        {
            // ("Bộ trưởng X – Bí thư Ban cán sự đảng để ...": or the title ends.)
            let ends = sent
                .tokens
                .get(role_end + m)
                .is_none_or(|t| !t.word || !t.cap);
            let cadres = fold::key(head) == "ban cán sự đảng";
            if sent.is(role_end + m, ',') || (cadres && ends) {
                pending = Some(head.clone());
                role_end += m;
            }
        }
    }
    // "Thường trực" is a role only with its body ("Thường trực Ban Bí thư").
    if body.is_none() && pending.is_none() && fold::key(&role_name) == fold::key("Thường trực")
    {
        return None;
    }
    let end = body.as_ref().map_or(role_end, |b| b.end.max(role_end));
    Some(Title {
        role: role_name,
        default_body: if body.is_none() && pending.is_none() {
            // "Thứ trưởng" alone: the implied head alone ("Bộ"), which
            // resolution binds to the article's one ministry, if it has one
            // ("Hiệu trưởng", "Viện trưởng": the school, the institute the
            // article names).
            // Not "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": a minister's rank
            // before the post that names the body.
            let rank_of_next = sent.is(role_end, ',')
                && lexicon
                    .roles
                    .longest(sent.keys_from(role_end + 1))
                    .is_some();
            // (Not a ministry's department, "Cục trưởng", "Vụ trưởng": the
            // article names several, each under its ministry.)
            role.default_body.clone().or_else(|| {
                role.implied_head.clone().filter(|head| {
                    !rank_of_next && !matches!(fold::key(head).as_str(), "cục" | "vụ")
                })
            })
        } else {
            None
        },
        body,
        pending_party: pending,
        tokens: (j, end),
    })
}

/// A chain of titles before a name: "Phó Bí thư Thường trực Tỉnh ủy", "Đại tướng".
/// Returns the rank and titles if the chain ends exactly at `name_start`.
fn titles_before(
    sent: &Sent,
    name_start: usize,
    lexicon: &Lexicon,
    orgs: &[(usize, usize)],
) -> Option<(Option<String>, Vec<Title>, usize)> {
    let lo = name_start.saturating_sub(32);
    for p in lo..name_start {
        // A title never starts inside a body's name ("Ban Bí thư Trung ương Đảng").
        if orgs.iter().any(|&(a, b)| a < p && p < b) {
            continue;
        }
        let mut j = p;
        let mut rank = None;
        let mut titles = Vec::new();
        if let Some((n, r)) = lexicon.ranks.longest(sent.keys_from(j)) {
            rank = Some(r.clone());
            j += n;
        }
        while j < name_start {
            match title_at(sent, j, lexicon) {
                Some(t) if t.tokens.1 <= name_start => {
                    j = t.tokens.1;
                    titles.push(t);
                    if sent.is(j, ',') || sent.key(j) == "kiêm" {
                        j += 1;
                    }
                }
                _ => break,
            }
        }
        // "các Phó Chủ tịch Quốc hội: Nguyễn Khắc Định, ...", "các Phó Giám
        // đốc: PGS.TS Phạm Bảo Sơn, ...", "các đại biểu Quốc hội khóa XV của
        // tỉnh: ..." (the term and the place the list is of, skipped).
        // ("Thủ tướng: Ngành Xây dựng ...", a headline, quotes no name.)
        let listed = {
            let mut q = j;
            if matches!(sent.key(q), "khóa" | "khoá")
                && sent.tokens.get(q + 1).is_some_and(|t| t.word)
            {
                q += 2;
            }
            if sent.key(q) == "của" && matches!(sent.key(q + 1), "tỉnh" | "thành") {
                q = organization::place_at(sent, q + 1, lexicon).map_or(q, |(e, _, _)| e);
            }
            if sent.is(q, ':') {
                q
            } else {
                j
            }
        };
        let j = if titles.is_empty() { j } else { listed };
        let colon = sent.is(j, ':')
            && after_prefix(sent, lexicon, j + 1) == name_start
            && !titles.is_empty()
            && sent
                .tokens
                .get(name_start)
                .is_some_and(|t| lexicon.surnames.get(&t.key).is_some());
        // "Thừa ủy quyền của Thủ tướng, Thứ trưởng Bộ Nội vụ X": the post of
        // whoever authorised the person, before a comma, is not the person's;
        // the chain starts after it. (But "dưới sự chủ trì của Ủy viên Bộ
        // Chính trị, Chủ tịch Quốc hội X": all his.)
        let behalf = p > 1
            && (sent.key(p - 1) == "quyền"
                || (sent.key(p - 1) == "của" && sent.key(p - 2) == "quyền"))
            && titles.len() > 1
            && sent.is(titles[0].tokens.1, ',');
        if (j == name_start || colon) && (rank.is_some() || !titles.is_empty()) && !behalf {
            return Some((rank, titles, p));
        }
        // "Phó Chủ tịch UBND tỉnh, đồng chí Nguyễn Văn Đệ": the post, a comma
        // and the honorific before the name — when the post opens its clause
        // (after a list's last name it would be that person's).
        // (Not on someone's behalf: "Thừa ủy quyền của Bộ trưởng, ông X".)
        let opens_clause = p == 0 || sent.is(p - 1, ':') || {
            let t = &sent.tokens[p - 1];
            t.word && !t.cap && !matches!(t.key.as_str(), "của" | "mặt" | "quyền" | "thay")
        };
        if !titles.is_empty()
            && opens_clause
            && j > p
            && j < name_start
            && sent.is(j - 1, ',')
            && after_prefix(sent, lexicon, j) == name_start
        {
            return Some((rank, titles, p));
        }
        // "Phó Chủ tịch UBND tỉnh - Nguyễn Minh Lâm", "Giám đốc Công an tỉnh -
        // Đại tá Võ Văn Trọng": the post, a dash, then the (ranked) name.
        if !titles.is_empty() && rank.is_none() && matches!(sent.tokens[j].punct(), Some('-' | '–'))
        {
            let mut e = j + 1;
            let mut dash_rank = None;
            if let Some((n, r)) = lexicon.ranks.longest(sent.keys_from(e)) {
                dash_rank = Some(r.clone());
                e += n;
            }
            if after_prefix(sent, lexicon, e) == name_start {
                return Some((dash_rank, titles, p));
            }
        }
        // "của Bộ trưởng Bộ Công an, Đại tướng Lương Tam Quang": a title, a comma,
        // then the rank and name (not a title that follows someone else's name).
        let own = p == 0 || !sent.is(p - 1, ',');
        if own && sent.is(j, ',') && !titles.is_empty() && rank.is_none() {
            if let Some((n, r)) = lexicon.ranks.longest(sent.keys_from(j + 1)) {
                if j + 1 + n == name_start {
                    return Some((Some(r.clone()), titles, p));
                }
            }
        }
        // "các đồng chí Ủy viên Thường vụ Quân ủy Trung ương: Thượng tướng A, ...".
        if sent.is(j, ':') && !titles.is_empty() && rank.is_none() {
            if let Some((n, r)) = lexicon.ranks.longest(sent.keys_from(j + 1)) {
                if j + 1 + n == name_start {
                    return Some((Some(r.clone()), titles, p));
                }
            }
        }
        // A person prefix right before the name: "đồng chí", "ông", "bà".
        if let Some((n, cues)) = lexicon.cues.longest(sent.keys_from(p)) {
            if cues.contains(&Cue::Prefix) {
                let mut e = p + n;
                while sent.is(e, ':') || sent.is(e, '.') {
                    e += 1;
                }
                if e == name_start {
                    return Some((None, Vec::new(), p));
                }
            }
        }
    }
    None
}

/// Where a name after a person prefix at `k` starts ("PGS.TS Phạm Bảo Sơn",
/// "đồng chí Lê Quân"); `k` when no prefix starts there.
fn after_prefix(sent: &Sent, lexicon: &Lexicon, k: usize) -> usize {
    let mut e = k;
    // "PGS.TS" is read as "PGS", ".", "TS".
    while let Some((n, cues)) = lexicon.cues.longest(sent.keys_from(e)) {
        if !cues.contains(&Cue::Prefix) {
            break;
        }
        e += n;
        while sent.is(e, '.') {
            e += 1;
        }
    }
    e
}

/// The start of an academic title that ends right before the name at `i`
/// ("GS.TS"); `i` when there is none. Not "đồng chí", "ông", "bà": in "các
/// Phó Giám đốc: A, B; đồng chí C, Phó Bí thư ...", C is no longer in the
/// list.
fn prefix_start(sent: &Sent, lexicon: &Lexicon, i: usize) -> usize {
    (i.saturating_sub(4)..i)
        .find(|&p| {
            !matches!(sent.key(p), "đồng" | "các" | "ông" | "bà")
                && after_prefix(sent, lexicon, p) == i
        })
        .unwrap_or(i)
}

/// Whether tokens `start..end`, written after a role that ends in its body's
/// head ("các Phó Trưởng ban Triệu Tài Vinh, Phan Xuân Thủy"), are a person's
/// name rather than the rest of the body's: three or four title-case
/// syllables opening with a family name, which end a list item.
fn names_person(sent: &Sent, start: usize, end: usize, lexicon: &Lexicon) -> bool {
    (3..=4).contains(&(end - start))
        && lexicon.surnames.get(sent.key(start)).is_some()
        && (start..end).all(|k| sent.tokens[k].title_case())
        && (end == sent.tokens.len()
            || sent.is(end, ',')
            || sent.is(end, ';')
            || sent.key(end) == "và")
}

/// A title written in parentheses after a name in a list of one post's
/// holders, "các Phó Chủ tịch Hội: A (Phó Chủ tịch Thường trực), B", names
/// that person's post more precisely, in the body of the list's title: it
/// takes that title's place.
fn specialise(list: &[Title], after: &mut [Title]) -> Vec<Title> {
    let mut kept = list.to_vec();
    for t in after.iter_mut() {
        if t.body.is_some() || t.default_body.is_some() || t.pending_party.is_some() {
            continue;
        }
        let role = fold::key(&t.role);
        if let Some(k) = kept.iter().position(|l| {
            l.body.is_some() && role.starts_with(&fold::key(&l.role)) && role != fold::key(&l.role)
        }) {
            let general = kept.remove(k);
            t.body = general.body;
        }
    }
    kept
}

/// A title list after a name: ", Ủy viên Bộ Chính trị, Bộ trưởng Công an".
fn titles_after(
    sent: &Sent,
    name_end: usize,
    lexicon: &Lexicon,
) -> (Option<String>, Vec<Title>, usize) {
    let mut j = name_end;
    let mut close_paren = false;
    match sent.tokens.get(j).and_then(|t| t.punct()) {
        Some(',' | '–' | '-' | '—' | ':') => j += 1,
        Some('(') => {
            j += 1;
            close_paren = true;
        }
        _ => return (None, Vec::new(), name_end),
    }
    let mut titles = Vec::new();
    let mut rank = None;
    let mut end = name_end;
    loop {
        if let Some((n, r)) = lexicon.ranks.longest(sent.keys_from(j)) {
            if rank.is_none() && titles.is_empty() {
                rank = Some(r.clone());
                j += n;
            }
        }
        match title_at(sent, j, lexicon) {
            // "Giám đốc Sở Nội vụ A, Chánh Văn phòng Tỉnh ủy B": a title
            // followed by a name is that person's, not one more of A's.
            Some(t) if organization::starts_person(sent, t.tokens.1, lexicon) => break,
            Some(t) => {
                j = t.tokens.1;
                titles.push(t);
                // A parenthesised parent body belongs to the title: "(Ban Tổ chức Trung ương)".
                if sent.is(j, '(') {
                    if let Some(close) =
                        (j + 1..(j + 12).min(sent.tokens.len())).find(|&k| sent.is(k, ')'))
                    {
                        j = close + 1;
                    }
                }
                end = j;
            }
            None => break,
        }
        if sent.is(j, ',')
            || sent.key(j) == "kiêm"
            || (sent.key(j) == "và" && title_at(sent, j + 1, lexicon).is_some())
        {
            j += 1;
            continue;
        }
        break;
    }
    if close_paren && sent.is(end, ')') {
        end += 1;
    }
    (rank, titles, end)
}

fn push_person(
    sent: &Sent,
    start: usize,
    end: usize,
    extent_end: usize,
    rank: Option<String>,
    mentions: &mut Mentions,
) -> MentionId {
    let name = sent.text(start, end).to_string();
    mentions.push(Mention {
        kind: NodeKind::Person,
        span: sent.span_of(start, end),
        sentence: sent.index,
        tokens: (start, end),
        name,
        detail: Detail::Person {
            rank,
            extent_end,
            by_title: false,
        },
    })
}

/// The mention id of the organisation at these tokens, added if not there yet.
fn org_mention(sent: &Sent, org: &Org, mentions: &mut Mentions) -> MentionId {
    mentions
        .at(NodeKind::Organization, sent.index, (org.start, org.end))
        .unwrap_or_else(|| organization::push(sent, org, mentions))
}

/// Whether a post is one of a military unit's command ("Tư lệnh", "Chính ủy",
/// "Tham mưu trưởng").
fn commands(role: &str) -> bool {
    let role = role.strip_prefix("Phó ").unwrap_or(role);
    matches!(
        role,
        "Tư lệnh" | "Chính ủy" | "Tham mưu trưởng" | "Chủ nhiệm Chính trị"
    ) || role.ends_with("đoàn trưởng")
}

fn bind_titles(
    sent: &Sent,
    lexicon: &Lexicon,
    person: MentionId,
    titles: &[Title],
    mentions: &mut Mentions,
) {
    for (k, t) in titles.iter().enumerate() {
        if let Some(head) = &t.pending_party {
            // The next title's body, or the body its role implies ("Bí thư Đảng
            // ủy, Tổng Kiểm toán nhà nước": "Đảng ủy Kiểm toán Nhà nước").
            let implied = titles.get(k + 1).and_then(|n| {
                n.default_body
                    .as_ref()
                    .map(|name| Org::plain(n.tokens.0, n.tokens.1, name.clone()))
            });
            let side = side_body(sent, lexicon, t.tokens.0);
            let next = titles
                .get(k + 1)
                .and_then(|n| n.body.as_ref())
                .or(implied.as_ref())
                .or(side.as_ref());
            let org = if let Some(next) = next {
                // "Bí thư Đảng ủy, Chủ tịch HĐND xã": the commune's party committee
                // ("Đảng ủy xã"), not one of its council.
                let key = fold::key(&next.name);
                // ("Bí thư Đảng ủy, Chủ tịch Hội đồng trường": the school's.)
                let of_place = [
                    "ủy ban nhân dân",
                    "hội đồng nhân dân",
                    "ủy ban mặt trận tổ quốc",
                    "hội đồng trường",
                ]
                .iter()
                .find_map(|h| {
                    key.starts_with(h).then(|| {
                        next.name
                            .chars()
                            .skip(h.chars().count())
                            .collect::<String>()
                    })
                })
                .filter(|rest| !rest.trim().is_empty());
                // "Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn X": the
                // committee of the body the board belongs to.
                // "Phó Bí thư Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy các cơ
                // quan Đảng Trung ương": a department of a party committee of
                // that kind names the committee itself.
                let head_key = fold::key(head);
                let committee = next
                    .parent
                    .as_ref()
                    .filter(|p| fold::key(&p.name).starts_with(&format!("{head_key} ")));
                let name = match (&of_place, &next.parent) {
                    (Some(rest), _) => format!("{head}{rest}"),
                    _ if committee.is_some() => {
                        committee.map(|p| p.name.clone()).unwrap_or_default()
                    }
                    (None, Some(parent)) if fold::key(&next.name).starts_with("hội đồng") => {
                        format!("{head} {}", parent.name)
                    }
                    (None, _) => format!("{head} {}", next.name),
                };
                // The mention covers the head written ("Đảng ủy"), not the role
                // before it: its text becomes a surface form of the body.
                let head_words = head.split(' ').count();
                Some(Org {
                    start: t.tokens.1.saturating_sub(head_words).max(t.tokens.0),
                    end: t.tokens.1,
                    name,
                    needs_place: next.needs_place,
                    place: next.place.clone(),
                    parent: None,
                    class: Some(crate::lexicon::HeadClass::Party),
                })
            } else {
                // "Phó Bí thư Đảng ủy, Tổng Giám đốc VNR" with no body after it:
                // the article's party committee, which resolution finds.
                // (So "Bộ trưởng X – Bí thư Ban cán sự đảng": the ministry's.)
                matches!(fold::key(head).as_str(), "đảng ủy" | "ban cán sự đảng").then(|| {
                    Org::plain(
                        t.tokens
                            .1
                            .saturating_sub(head.split(' ').count())
                            .max(t.tokens.0),
                        t.tokens.1,
                        head.clone(),
                    )
                })
            };
            if let Some(org) = org {
                let body = org_mention(sent, &org, mentions);
                mentions.relate(
                    EdgeKind::HoldsPosition,
                    person,
                    body,
                    Some(t.role.clone()),
                    sent.span,
                );
            }
            continue;
        }
        let body = match (&t.body, &t.default_body) {
            // (A congress's own committee is no body: no post in it either.)
            (Some(org), _) if organization::is_congress_committee(&org.name) => continue,
            (Some(org), _) => org_mention(sent, org, mentions),
            (None, Some(name)) => mentions.push(Mention {
                kind: NodeKind::Organization,
                span: sent.span_of(t.tokens.0, t.tokens.1),
                sentence: sent.index,
                tokens: t.tokens,
                name: name.clone(),
                detail: Detail::Organization {
                    // "Tỉnh ủy viên": the Tỉnh ủy of the article's province.
                    needs_place: match fold::key(name).as_str() {
                        "tỉnh ủy" => Some(crate::lexicon::PlaceKind::Province),
                        "thành ủy" => Some(crate::lexicon::PlaceKind::City),
                        _ => None,
                    },
                    place: None,
                },
            }),
            // "Phó Tư lệnh, Tham mưu trưởng Quân đoàn": posts of one unit's
            // command share the body written after the last.
            (None, None) => {
                let next = titles
                    .get(k + 1)
                    .filter(|n| commands(&t.role) && commands(&n.role));
                // "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy": a
                // member of the standing committee of the department's party
                // committee.
                let committee = standing_member(&t.role)
                    .then(|| titles.get(k + 1).and_then(|n| n.body.as_ref()))
                    .flatten()
                    .and_then(committee_of);
                match committee
                    .as_ref()
                    .or_else(|| next.and_then(|n| n.body.as_ref()))
                {
                    Some(org) => org_mention(sent, org, mentions),
                    // "Về phía VKSND thành phố có đồng chí A, Viện trưởng": the
                    // side the clause speaks for.
                    None => match side_body(sent, lexicon, t.tokens.0) {
                        Some(org) => org_mention(sent, &org, mentions),
                        None => match led_body(sent, mentions, &t.role, person) {
                            Some(body) => body,
                            None => continue,
                        },
                    },
                }
            }
        };
        mentions.relate(
            EdgeKind::HoldsPosition,
            person,
            body,
            Some(t.role.clone()),
            sent.span,
        );
    }
}

/// "Giám đốc Công an tỉnh; đồng chí B, Phó Giám đốc", "A tái đắc cử Chủ
/// tịch Hội Nông dân tỉnh; B được bầu làm Phó Chủ tịch": a deputy's post
/// written without its body is one of the body the sentence gave the post it
/// deputises to a person named before (the latest such). With none in the
/// sentence, the one body an earlier sentence gave that post ("Bà Vũ Việt
/// Trang, Tổng Giám đốc TTXVN chủ trì. Cùng dự có các Phó Tổng Giám đốc: A, B").
fn led_body(sent: &Sent, mentions: &Mentions, role: &str, person: MentionId) -> Option<MentionId> {
    let role = fold::key(role);
    // ("Phó Chủ tịch Thường trực" deputises the "Chủ tịch" too.)
    let led = role.strip_prefix("phó ")?;
    let led = led.strip_suffix(" thường trực").unwrap_or(led);
    let at = mentions.entities[person].tokens.0;
    let holds = |r: &&crate::extract::RelationMention| {
        r.kind == EdgeKind::HoldsPosition
            && r.source != person
            && r.role.as_deref().is_some_and(|x| fold::key(x) == led)
    };
    let here = mentions
        .relations
        .iter()
        .filter(holds)
        .filter(|r| {
            mentions.entities[r.source].sentence == sent.index
                && mentions.entities[r.source].tokens.1 <= at
        })
        .max_by_key(|r| mentions.entities[r.source].tokens.0)
        .map(|r| r.target);
    // (Not a "Phó Chủ tịch": councils, committees, fronts, unions and
    // associations all have a "Chủ tịch", and the article may name one only.)
    here.or_else(|| {
        if led == "chủ tịch" {
            return None;
        }
        let before: Vec<MentionId> = mentions
            .relations
            .iter()
            .filter(holds)
            .filter(|r| mentions.entities[r.source].sentence < sent.index)
            .map(|r| r.target)
            .collect();
        let first = *before.first()?;
        let name = fold::key(&mentions.entities[first].name);
        before
            .iter()
            .all(|&b| fold::key(&mentions.entities[b].name) == name)
            .then_some(first)
    })
}

/// Whether a role is a seat on a party committee's standing committee.
fn standing_member(role: &str) -> bool {
    matches!(
        fold::key(role).as_str(),
        "ủy viên ban thường vụ" | "ủy viên thường vụ"
    )
}

/// The province's or city's party committee a department of it names as its
/// parent ("Ban Tuyên giáo Tỉnh ủy"), with the tokens it is written at.
fn committee_of(body: &Org) -> Option<Org> {
    let parent = body.parent.as_deref()?;
    let key = fold::key(&parent.name);
    let committee = ["tỉnh ủy", "thành ủy"]
        .iter()
        .any(|h| key == *h || key.starts_with(&format!("{h} ")));
    (committee && parent.start < parent.end).then(|| parent.clone())
}

/// The body of the last "Về phía X" clause opening before token `at`
/// ("Về phía Bộ Công an có đồng chí ..."), which the bodiless posts after it
/// are held in.
fn side_body(sent: &Sent, lexicon: &Lexicon, at: usize) -> Option<Org> {
    (0..at.min(sent.tokens.len()).saturating_sub(2))
        .rev()
        .filter(|&k| sent.key(k) == "về" && sent.key(k + 1) == "phía")
        .filter(|&k| k == 0 || matches!(sent.tokens[k - 1].punct(), Some(';' | ',' | ':')))
        .find_map(|k| organization::parse_at(sent, k + 2, lexicon))
}

/// Token ranges (start, end exclusive) of mentions in a sentence.
type TokenSpans = Vec<(usize, usize)>;

/// The token ranges of a sentence's mentions of `kinds`, kind by kind in
/// order of position; a person's reaches over its titles.
fn mention_spans(mentions: &Mentions, sentence: usize, kinds: &[NodeKind]) -> TokenSpans {
    kinds
        .iter()
        .flat_map(|&kind| mentions.in_sentence(sentence, kind))
        .map(|id| {
            let m = &mentions.entities[id];
            match m.detail {
                Detail::Person { extent_end, .. } => (m.tokens.0, extent_end.max(m.tokens.1)),
                _ => m.tokens,
            }
        })
        .collect()
}

/// Finds persons (with ranks and titles) in a sentence; remembers their names.
pub fn extract(sent: &Sent, lexicon: &Lexicon, mentions: &mut Mentions, known: &mut Known) {
    // The token spans of the sentence's organisations, and of its
    // organisations, documents and meetings: read at its first candidate
    // name, before this pass adds anything (most sentences have none).
    let spans = |mentions: &Mentions| {
        let orgs = mention_spans(mentions, sent.index, &[NodeKind::Organization]);
        let mut others = orgs.clone();
        others.extend(mention_spans(
            mentions,
            sent.index,
            &[NodeKind::Resolution, NodeKind::Meeting],
        ));
        (orgs, others)
    };
    let mut read_spans: Option<(TokenSpans, TokenSpans)> = None;
    let mut i = 0;
    // The titles of a plural role before a list of names: "các Phó Thủ tướng A, B, C".
    let mut list_titles: Option<Vec<Title>> = None;
    // A list opened by a colon runs to the sentence end: "có các đồng chí Ủy viên
    // Bộ Chính trị: A, Chủ tịch nước; B, Thủ tướng Chính phủ; ...".
    let mut colon_list = false;
    while i < sent.tokens.len() {
        let Some((end, surname)) = name_at(sent, i, lexicon) else {
            if !(colon_list
                || sent.is(i, ',')
                || sent.is(i, ';')
                || sent.is(i, ':')
                || sent.key(i) == "và")
            {
                list_titles = None;
            }
            i += 1;
            continue;
        };
        let (orgs, others) = read_spans.get_or_insert_with(|| spans(mentions));
        // Not inside another entity, nor inside a title ("Bộ trưởng Công Thương, ...").
        if others.iter().any(|&(a, b)| a <= i && i < b) || inside_title(sent, i, lexicon) {
            i += 1;
            continue;
        }
        // A further name in a list ("…, Lê Thành Long, Hồ Đức Phớc", "…, GS.TS
        // Nguyễn Hiệu").
        if let Some(titles) = list_titles.clone() {
            let rank_before = (i > 0)
                .then(|| lexicon.ranks.longest(sent.keys_from(i.saturating_sub(2))))
                .flatten();
            let li = prefix_start(sent, lexicon, i);
            if li > 0
                && (sent.is(li - 1, ',')
                    || sent.is(li - 1, ';')
                    || sent.is(li - 1, ':')
                    || sent.key(li - 1) == "và")
                || rank_before.is_some()
            {
                let (rank_after, mut after, extent_end) = titles_after(sent, end, lexicon);
                let rank = rank_before
                    .filter(|(n, _)| *n == 2 || i < 2)
                    .map(|(_, r)| r.clone())
                    .or(rank_after);
                let id = push_person(sent, i, end, extent_end.max(end), rank, mentions);
                known.names.insert(fold::key(sent.text(i, end)));
                let titles = specialise(&titles, &mut after);
                bind_titles(sent, lexicon, id, &titles, mentions);
                bind_titles(sent, lexicon, id, &after, mentions);
                i = extent_end.max(end);
                continue;
            }
        }
        let before = titles_before(sent, i, lexicon, orgs);
        let (rank_after, mut after, extent_end) = titles_after(sent, end, lexicon);
        let strong = before.is_some() || !after.is_empty();
        let weak = surname && end - i >= 3;
        if !(strong || weak) {
            i += 1;
            continue;
        }
        let (rank, titles_b) = match before {
            Some((rank, titles, p)) => {
                // "các Phó Thủ tướng A, B", "có các đồng chí Ủy viên Bộ Chính trị: A, ...; B, ...".
                // "các đồng chí", "các anh, chị", "các ông, bà" may come between.
                let mut q = p;
                while q > 0
                    && p - q < 4
                    && (matches!(
                        sent.key(q - 1),
                        "đồng" | "chí" | "anh" | "chị" | "ông" | "bà"
                    ) || sent.is(q - 1, ','))
                {
                    q -= 1;
                }
                let plural = q > 0 && matches!(sent.key(q - 1), "các" | "những");
                list_titles = Some(if plural { titles.clone() } else { Vec::new() });
                let li = prefix_start(sent, lexicon, i);
                let opener = (li.saturating_sub(4)..li)
                    .rev()
                    .find(|&q| !sent.tokens[q].word);
                colon_list = plural && opener.is_some_and(|q| sent.is(q, ':'));
                (rank, titles)
            }
            None => {
                list_titles = None;
                (None, Vec::new())
            }
        };
        // "đại biểu Lò Văn Thắng (Đoàn ĐBQH tỉnh Điện Biên)": a role written
        // without its body takes the body in parentheses after the name.
        let mut titles_b = titles_b;
        let mut extent_end = extent_end;
        if after.is_empty() && sent.is(end, '(') {
            if let Some(org) =
                organization::parse_at(sent, end + 1, lexicon).filter(|o| sent.is(o.end, ')'))
            {
                if let Some(t) = titles_b
                    .iter_mut()
                    .rev()
                    .find(|t| t.body.is_none() && t.pending_party.is_none())
                {
                    extent_end = org.end + 1;
                    t.body = Some(org);
                    t.default_body = None;
                }
            }
        }
        let id = push_person(
            sent,
            i,
            end,
            extent_end.max(end),
            rank.or(rank_after),
            mentions,
        );
        known.names.insert(fold::key(sent.text(i, end)));
        let titles_b = specialise(&titles_b, &mut after);
        bind_titles(sent, lexicon, id, &titles_b, mentions);
        bind_titles(sent, lexicon, id, &after, mentions);
        i = extent_end.max(end);
    }
    elected(sent, lexicon, mentions);
}

/// "A, Chủ tịch UBND tỉnh, và B được bầu giữ chức Phó Bí thư Tỉnh ủy": the
/// post a person is elected or appointed to, for every subject of the clause.
fn elected(sent: &Sent, lexicon: &Lexicon, mentions: &mut Mentions) {
    let persons = mentions.in_sentence(sent.index, NodeKind::Person);
    for k in 0..sent.tokens.len() {
        // A verb of election or appointment at token `q`.
        let appoints = |q: usize| {
            matches!(
                (sent.key(q), sent.key(q + 1)),
                ("bầu", _) | ("bổ", "nhiệm") | ("chỉ", "định")
            )
        };
        let appointed = sent.key(k) == "được" && appoints(k + 1);
        // "X đã trúng cử chức vụ Phó Chủ tịch UBND thành phố", "X tái đắc cử
        // Chủ tịch ...": elected, in the active voice.
        let won = matches!(
            (sent.key(k), sent.key(k + 1)),
            ("trúng", "cử") | ("đắc", "cử")
        );
        // "bổ nhiệm Đại tá X, Trưởng phòng ..., giữ chức Phó Giám đốc ...": the
        // person named last before "giữ chức" (not "thôi giữ chức").
        let holds = sent.key(k) == "giữ"
            && sent.key(k + 1) == "chức"
            && (k == 0 || !matches!(sent.key(k - 1), "thôi" | "được" | "từng"))
            && !(k >= 2 && sent.key(k - 2) == "được");
        // "bầu đồng chí X làm Chủ nhiệm Ủy ban Kiểm tra": the same, after a
        // verb of election or appointment earlier in the clause.
        let made = sent.key(k) == "làm"
            && k > 0
            && sent.tokens[k - 1].word
            && (0..k).rev().take_while(|&q| !sent.is(q, ';')).any(|q| {
                (appoints(q) || (sent.key(q), sent.key(q + 1)) == ("phân", "công"))
                    && (q == 0 || sent.key(q - 1) != "được")
            });
        if holds || made {
            let at = if holds { k + 2 } else { k + 1 };
            if let Some(title) = title_at(sent, at, lexicon) {
                let last = persons
                    .iter()
                    .copied()
                    .filter(|&p| mentions.entities[p].tokens.1 <= k)
                    .max_by_key(|&p| mentions.entities[p].tokens.1);
                if let Some(p) = last {
                    let e = mentions.entities[p].tokens.1;
                    let clause = !(e..k).any(|q| sent.is(q, ';') || sent.is(q, '.'));
                    if clause && k - e <= 24 {
                        // "Các đồng chí A, B, C giữ chức Phó Chủ tịch": a plain
                        // list of names before the last one holds it too.
                        let mut list = vec![p];
                        let mut start = mentions.entities[p].tokens.0;
                        while let Some(q) = persons.iter().copied().find(|&q| {
                            let b = mentions.entities[q].tokens.1;
                            b < start
                                && sent.tokens[b..start]
                                    .iter()
                                    .all(|t| t.is(',') || t.key == "và")
                        }) {
                            list.push(q);
                            start = mentions.entities[q].tokens.0;
                        }
                        for p in list {
                            bind_titles(sent, lexicon, p, std::slice::from_ref(&title), mentions);
                        }
                    }
                }
            }
            continue;
        }
        if !appointed && !won {
            continue;
        }
        let mut j = match (won, sent.key(k + 1)) {
            (true, _) => k + 2,
            (false, "bầu") => k + 2,
            _ => k + 3,
        };
        if matches!(
            (sent.key(j), sent.key(j + 1)),
            ("giữ", "chức") | ("chức", "vụ" | "danh")
        ) {
            j += 2;
        } else if matches!(sent.key(j), "làm" | "vào") {
            j += 1;
        }
        let Some(title) = title_at(sent, j, lexicon) else {
            continue;
        };
        // The subjects: persons of this clause before the verb.
        let clause_start = (0..k)
            .rev()
            .find(|&q| sent.is(q, ';') || sent.is(q, '.'))
            .map_or(0, |q| q + 1);
        let subjects: Vec<MentionId> = persons
            .iter()
            .copied()
            .filter(|&p| {
                let (a, b) = mentions.entities[p].tokens;
                a >= clause_start && b <= k
            })
            .collect();
        for p in subjects {
            bind_titles(sent, lexicon, p, std::slice::from_ref(&title), mentions);
        }
    }
}

/// Whether token `i` lies inside a title that starts before it ("Công Thương" in
/// "Bộ trưởng Công Thương").
fn inside_title(sent: &Sent, i: usize, lexicon: &Lexicon) -> bool {
    (i.saturating_sub(6)..i).any(|p| title_at(sent, p, lexicon).is_some_and(|t| t.tokens.1 > i))
}

/// The persons named with each post in an article: folded role to names.
pub type PostHolders = FxHashMap<String, BTreeSet<String>>;

/// Who the article gave each post, by name (from its holds_position relations).
pub fn post_holders(mentions: &Mentions) -> PostHolders {
    let mut holders = PostHolders::default();
    for r in &mentions.relations {
        let (EdgeKind::HoldsPosition, Some(role)) = (r.kind, r.role.as_deref()) else {
            continue;
        };
        let p = &mentions.entities[r.source];
        if matches!(
            p.detail,
            Detail::Person {
                by_title: false,
                ..
            }
        ) {
            holders
                .entry(fold::key(role))
                .or_default()
                .insert(p.name.clone());
        }
    }
    holders
}

/// "Kết luận phiên họp, Thủ tướng yêu cầu ...", "Bộ trưởng nhấn mạnh ...": a
/// post written alone before a verb stands for the one person the article
/// gave that post (by name, anywhere in it); a post two persons hold, or that
/// names its body, or comes before a name, stands for no one.
#[inline(never)]
pub fn extract_by_title(
    sent: &Sent,
    lexicon: &Lexicon,
    holders: &PostHolders,
    mentions: &mut Mentions,
) {
    // Only a post the article gave one person stands for them.
    if !holders.values().any(|names| names.len() == 1) {
        return;
    }
    // The spans of the sentence's mentions, read once a post is found.
    let spans = |mentions: &Mentions| {
        mention_spans(
            mentions,
            sent.index,
            &[
                NodeKind::Person,
                NodeKind::Organization,
                NodeKind::Resolution,
                NodeKind::Meeting,
            ],
        )
    };
    let mut taken: Option<TokenSpans> = None;
    let mut i = 0;
    while i < sent.tokens.len() {
        // (A post in lower case is a common noun: "các đại biểu", "giám đốc
        // các bệnh viện".)
        let candidate = sent.tokens[i].cap
            && sent.tokens[i].word
            && lexicon.roles.longest(sent.keys_from(i)).is_some();
        let Some(title) = candidate.then(|| title_at(sent, i, lexicon)).flatten() else {
            i += 1;
            continue;
        };
        let (a, e) = title.tokens;
        let alone = title.body.is_none()
            && title.pending_party.is_none()
            && !taken
                .get_or_insert_with(|| spans(mentions))
                .iter()
                .any(|&(s, t)| s <= a && a < t)
            && (a == 0 || !sent.tokens[a - 1].cap || !sent.tokens[a - 1].word)
            && sent
                .tokens
                .get(e)
                .is_some_and(|n| n.word && !n.cap && !n.number);
        if !alone {
            i = e.max(i + 1);
            continue;
        }
        let holder = holders
            .get(&fold::key(&title.role))
            .filter(|names| names.len() == 1)
            .and_then(BTreeSet::first);
        if let Some(name) = holder {
            mentions.push(Mention {
                kind: NodeKind::Person,
                span: sent.span_of(a, e),
                sentence: sent.index,
                tokens: (a, e),
                name: name.clone(),
                detail: Detail::Person {
                    rank: None,
                    extent_end: e,
                    by_title: true,
                },
            });
        }
        i = e.max(i + 1);
    }
}

/// Finds later mentions of established names that the first pass did not take.
#[inline(never)]
pub fn extract_known(sent: &Sent, lexicon: &Lexicon, mentions: &mut Mentions, known: &Known) {
    if known.names.is_empty() {
        return;
    }
    let taken: Vec<(usize, usize)> = mentions
        .in_sentence(sent.index, NodeKind::Person)
        .into_iter()
        .map(|id| mentions.entities[id].tokens)
        .collect();
    let mut i = 0;
    while i < sent.tokens.len() {
        if taken.iter().any(|&(a, b)| a <= i && i < b) {
            i += 1;
            continue;
        }
        if let Some((end, _)) = name_at(sent, i, lexicon) {
            // The longest known name starting here.
            if let Some(e) = (i + 2..=end)
                .rev()
                .find(|&e| known.names.contains(&fold::key(sent.text(i, e))))
            {
                push_person(sent, i, e, e, None, mentions);
                i = e;
                continue;
            }
        }
        i += 1;
    }
}
