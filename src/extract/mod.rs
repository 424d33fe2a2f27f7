//! Rule-based extraction of entity and relation mentions from a [`Doc`].
//!
//! Reads the document's sentences (never the file), the [`Lexicon`], and writes
//! [`Mentions`]: entity mentions with their spans and attributes, relation
//! mentions with the sentence that states them. The extractors run sentence by
//! sentence in a fixed order — documents, meetings, organisations, persons (with
//! their titles) — and then [`relation`] reads cue words between them. Nothing
//! here merges entities: that is [`crate::resolve`]'s job.

pub mod document;
pub mod initials;
pub mod meeting;
pub mod organization;
pub mod person;
pub mod relation;
pub mod tokens;
pub mod when;

use std::collections::BTreeSet;

use crate::date::PartialDate;
use crate::doc::{Doc, SentenceKind, Span};
use crate::lexicon::{Cue, Keys, Lexicon, PlaceKind, WordId};
use crate::model::{EdgeKind, NodeKind};
use crate::text::fold;
use tokens::Token;

/// Index of a mention in [`Mentions::entities`].
pub type MentionId = usize;

/// What kind-specific facts a mention carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detail {
    /// A person: rank when written.
    Person {
        /// "Trung tướng".
        rank: Option<String>,
        /// One past the last token of the name and its appositive title list.
        extent_end: usize,
        /// A post standing for the one person the article gave it ("Kết luận,
        /// Thủ tướng yêu cầu ..."): the mention's `name` is that person's, its
        /// surface no name of theirs.
        by_title: bool,
    },
    /// An organisation.
    Organization {
        /// The province-level kind of place the name still needs ("Tỉnh ủy" alone).
        needs_place: Option<PlaceKind>,
        /// The explicit place in the name, if any ("Hà Tĩnh").
        place: Option<String>,
    },
    /// A directive document.
    Resolution {
        /// Canonical type word.
        doc_type: String,
        /// Number as written ("12", "01").
        number: Option<String>,
        /// Issuer code ("NQ/TW").
        code: Option<String>,
        /// Signing date.
        date: Option<PartialDate>,
        /// The "về ..." subject.
        title: Option<String>,
        /// A bare type word referring back ("thực hiện Nghị quyết").
        anaphor: bool,
        /// The short name of an unnumbered document ("Quy chế phối hợp").
        short: Option<String>,
        /// One past the last token of the mention and its tails (date, issuer, subject).
        extent_end: usize,
    },
    /// A meeting.
    Meeting {
        /// Canonical type ("Hội nghị").
        meeting_type: String,
        /// Date as written, year possibly missing.
        date: Option<PartialDate>,
        /// Place when stated.
        place: Option<String>,
        /// A bare type word referring to a meeting named elsewhere.
        bare: bool,
        /// In the headline.
        in_title: bool,
        /// Dated "cùng ngày": the day of the article's main meeting.
        same_day: bool,
        /// Reported "Ngay sau (phiên bế mạc) ...": right after the main
        /// meeting, on its last day.
        right_after: bool,
        /// Reported as an act of its subject: a verb ("Đoàn ... làm việc với
        /// UBND tỉnh", "Ủy ban họp phiên toàn thể") or "có" and a meeting noun
        /// ("Ủy ban đã có buổi làm việc với ..."). The body written right
        /// before it holds the meeting.
        verbal: bool,
        /// Named only as where something will go ("các nội dung trình kỳ
        /// họp", "trình Quốc hội tại Kỳ họp thứ 6", "chuẩn bị cho Đại hội",
        /// "tiến tới Đại hội XIV"): not where the sentence's acts take place.
        referred: bool,
    },
}

/// One entity mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    /// Node kind.
    pub kind: NodeKind,
    /// The surface span in the document.
    pub span: Span,
    /// Index of its sentence.
    pub sentence: usize,
    /// Token range in its sentence (start, end exclusive).
    pub tokens: (usize, usize),
    /// Canonical name as far as this mention alone tells.
    pub name: String,
    /// Kind-specific facts.
    pub detail: Detail,
}

/// One relation mention between two entity mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelationMention {
    /// Edge kind.
    pub kind: EdgeKind,
    /// Source mention.
    pub source: MentionId,
    /// Target mention.
    pub target: MentionId,
    /// Role, for holds_position.
    pub role: Option<String>,
    /// The sentence that states it.
    pub evidence: Span,
}

/// A relation target standing for the article's main meeting, when the
/// sentence names no meeting ("... chủ trì tại điểm cầu Bộ Công an").
pub const MAIN_MEETING: MentionId = usize::MAX;

/// Everything the extractors found in one document.
#[derive(Clone, Debug, Default)]
pub struct Mentions {
    /// Entity mentions, in document order within each kind pass.
    pub entities: Vec<Mention>,
    /// Relation mentions.
    pub relations: Vec<RelationMention>,
    /// Explicit province-level places, in document order ("tỉnh Quảng Bình").
    pub places: Vec<(Span, String, PlaceKind)>,
    /// Documents whose code names a local issuer ("QĐ-UBND"): (document, the
    /// issuer's head, the sentence's span), bound once every place is known.
    pub local_issuers: Vec<(MentionId, &'static str, Span)>,
    /// Documents a meeting adopted, written with the meeting as the subject
    /// ("Phiên họp đã thảo luận và thông qua Nghị quyết số 41"): (meeting,
    /// document, sentence span). The body that held the meeting issued them,
    /// which resolution can tell once every sentence is read.
    pub adoptions: Vec<(MentionId, MentionId, Span)>,
    /// A meeting that, in the sentence last read, passed or debated a counted
    /// set of documents ("thông qua 8 nghị quyết"): (meeting, the documents'
    /// canonical type, where that sentence ends). The next sentence of the
    /// paragraph may name them.
    pub counted_list: Option<(MentionId, String, usize)>,
    /// Each mention's id by (kind, sentence, tokens): no mention is repeated.
    index: rustc_hash::FxHashMap<(NodeKind, usize, (usize, usize)), MentionId>,
    /// The mentions of each sentence, by sentence index.
    by_sentence: Vec<Vec<MentionId>>,
}

impl Mentions {
    /// The province-level place the article names most (the latest on a tie),
    /// with its kind. In an article published after the 2025 arrangement (or
    /// undated), a unit merged into another that the article names too is
    /// history ("tỉnh Quảng Nam (cũ)" beside "thành phố Đà Nẵng"), never it.
    pub fn main_place(
        &self,
        lexicon: &Lexicon,
        published: Option<&PartialDate>,
    ) -> Option<(&str, PlaceKind)> {
        let before_merger =
            published.is_some_and(|d| d.year.is_some_and(|y| (y, d.month) < (MERGER.0, MERGER.1)));
        let named: BTreeSet<String> = if before_merger {
            BTreeSet::new()
        } else {
            self.places.iter().map(|p| fold::key(&p.1)).collect()
        };
        let mut counts: Vec<(&str, PlaceKind, usize, usize)> = Vec::new();
        for (at, (_, name, kind)) in self.places.iter().enumerate() {
            if matches!(kind, PlaceKind::Local(_)) {
                continue;
            }
            let merged = lexicon
                .place(&fold::key(name))
                .and_then(|p| p.merged_into.as_deref())
                .is_some_and(|into| named.contains(&fold::key(into)));
            if merged {
                continue;
            }
            match counts.iter_mut().find(|c| c.0 == name.as_str()) {
                Some(c) => {
                    c.2 += 1;
                    c.3 = at;
                }
                None => counts.push((name, *kind, 1, at)),
            }
        }
        counts.iter().max_by_key(|c| (c.2, c.3)).map(|c| (c.0, c.1))
    }

    /// Adds an entity mention, returning its id; a mention of the same kind at
    /// the same tokens of the same sentence is returned instead of repeated.
    pub fn push(&mut self, mention: Mention) -> MentionId {
        let key = (mention.kind, mention.sentence, mention.tokens);
        if let Some(&id) = self.index.get(&key) {
            return id;
        }
        let id = self.entities.len();
        self.index.insert(key, id);
        if self.by_sentence.len() <= mention.sentence {
            self.by_sentence.resize_with(mention.sentence + 1, Vec::new);
        }
        self.by_sentence[mention.sentence].push(id);
        self.entities.push(mention);
        id
    }

    /// Adds a relation mention, ignoring self-loops.
    pub fn relate(
        &mut self,
        kind: EdgeKind,
        source: MentionId,
        target: MentionId,
        role: Option<String>,
        evidence: Span,
    ) {
        if source != target {
            self.relations.push(RelationMention {
                kind,
                source,
                target,
                role,
                evidence,
            });
        }
    }

    /// The mention of a kind at exactly these tokens of a sentence.
    pub fn at(&self, kind: NodeKind, sentence: usize, tokens: (usize, usize)) -> Option<MentionId> {
        self.index.get(&(kind, sentence, tokens)).copied()
    }

    /// Mentions of a kind in a sentence, ordered by position.
    pub fn in_sentence(&self, sentence: usize, kind: NodeKind) -> Vec<MentionId> {
        let mut ids: Vec<MentionId> = self
            .by_sentence
            .get(sentence)
            .into_iter()
            .flatten()
            .copied()
            .filter(|&i| self.entities[i].kind == kind)
            .collect();
        ids.sort_by_key(|&i| self.entities[i].tokens);
        ids
    }
}

/// One sentence with its tokens, as every extractor sees it.
pub struct Sent<'a> {
    /// Index among the document's sentences.
    pub index: usize,
    /// Its span.
    pub span: Span,
    /// Title or body.
    pub kind: SentenceKind,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// The expanded keys as lexicon word ids, for phrase lookups.
    pub eids: Vec<WordId>,
    /// The lexicon's several-word elements the ids may refer to.
    pub multi: &'a [Box<[WordId]>],
    /// The document.
    pub doc: &'a Doc,
    /// The title parsed at each token, once asked for ([`person`] asks for
    /// the same ones again and again: each name looks back for its titles).
    pub titles: std::cell::RefCell<Vec<Option<Option<person::Title>>>>,
    /// The organisation parsed at a token (with the parse's depth and case
    /// rule), once asked for.
    pub orgs:
        std::cell::RefCell<rustc_hash::FxHashMap<(usize, usize, bool), Option<organization::Org>>>,
    /// Whether a lexicon claims the phrase at a token, once asked for (see
    /// [`person::name_at`]: each candidate name asks again for the words after
    /// its first): two bits a token, "known" and "claimed", for each of the
    /// two questions (with places or without).
    pub claims: std::cell::RefCell<Vec<u8>>,
}

impl<'a> Sent<'a> {
    /// The text of tokens `a..b` (b exclusive).
    pub fn text(&self, a: usize, b: usize) -> &str {
        if a >= b || b > self.tokens.len() {
            return "";
        }
        self.doc.slice(Span::new(
            self.tokens[a].span.start,
            self.tokens[b - 1].span.end,
        ))
    }

    /// The span of tokens `a..b` (b exclusive).
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        Span::new(self.tokens[a].span.start, self.tokens[b - 1].span.end)
    }

    /// The folded key of token `i`, or "" past the end.
    pub fn key(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.key.as_str())
    }

    /// Whether token `i` is a number: digits or a Roman numeral ("thứ 9",
    /// "khóa XIII", "khu vực VII").
    pub fn numeral(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.number
                || (t.word
                    && self
                        .text(i, i + 1)
                        .chars()
                        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L')))
        })
    }

    /// Whether token `i` is the punctuation `c`.
    pub fn is(&self, i: usize, c: char) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is(c))
    }

    /// The cue phrase at token `i` (longest first), unless the words only look
    /// like one: "dự thảo", "dự án" (not "dự"), "đăng ký", "ký kết" (not "ký"),
    /// "tổ chức đảng" (not "tổ chức").
    ///
    /// Asked at every token: the test whether a cue opens there is inlined
    /// into the caller, and only a cue found is checked further.
    #[inline]
    pub fn cue_at<'l>(&self, i: usize, lexicon: &'l Lexicon) -> Option<(usize, &'l Vec<Cue>)> {
        let (n, c) = lexicon.cues.longest(self.keys_from(i))?;
        self.checked_cue(i, n, c)
    }

    /// The cue of `n` tokens at token `i`, unless its words only look like one.
    fn checked_cue<'l>(
        &self,
        i: usize,
        n: usize,
        c: &'l Vec<Cue>,
    ) -> Option<(usize, &'l Vec<Cue>)> {
        let key = self.key(i);
        let next = self.key(i + n);
        let false_friend = (key == "dự"
            && n == 1
            && matches!(
                next,
                "thảo"
                    | "án"
                    | "báo"
                    | "kiến"
                    | "toán"
                    | "trữ"
                    | "bị"
                    | "định"
                    | "đoán"
                    | "phòng"
                    | "khuyết"
                    | "luật"
                    | "thi"
            ))
            || (key == "ký"
                && (matches!(next, "kết" | "túc" | "ức" | "giả")
                    || (i > 0 && self.key(i - 1) == "đăng")))
            || (key == "tổ" && matches!(next, "đảng" | "cơ" | "chính" | "quốc"))
            // "phiên khai mạc", "lễ bế mạc": the sitting, not someone opening it.
            || (matches!(key, "khai" | "bế")
                && i > 0
                && matches!(self.key(i - 1), "phiên" | "lễ" | "buổi" | "tại"))
            // "Theo kết luận của UBKTTW": the conclusion, not a speaker.
            || (key == "kết"
                && self.key(i + 1) == "luận"
                && ((i > 0 && self.key(i - 1) == "theo") || next == "của"));
        (!false_friend).then_some((n, c))
    }

    /// Phrase-lookup keys from token `i` on.
    pub fn keys_from(&self, i: usize) -> Keys<'_> {
        Keys::new(&self.eids[i.min(self.eids.len())..], self.multi)
    }
}

/// The year and month the 2025 arrangement of provinces took effect
/// (1 July 2025, Nghị quyết 202/2025/QH15; see `provinces.tsv`).
const MERGER: (i32, u32) = (2025, 7);

/// Runs every extractor over a document.
// A stage boundary kept in profiles (scripts/instructions.sh): called once
// an article, so never inlining it costs nothing.
#[inline(never)]
pub fn extract(doc: &Doc, lexicon: &Lexicon) -> Mentions {
    let tokens: Vec<Vec<Token>> = doc
        .sentences
        .iter()
        .map(|s| tokens::without_credits(tokens::tokenize(doc, s.span, lexicon)))
        .collect();
    let sents: Vec<Sent> = doc
        .sentences
        .iter()
        .zip(&tokens)
        .enumerate()
        .map(|(index, (s, tokens))| Sent {
            index,
            span: s.span,
            kind: s.kind,
            eids: tokens.iter().map(|t| t.eid).collect(),
            multi: lexicon.vocab.multi(),
            tokens,
            doc,
            titles: std::cell::RefCell::new(Vec::new()),
            orgs: std::cell::RefCell::new(rustc_hash::FxHashMap::default()),
            claims: std::cell::RefCell::new(Vec::new()),
        })
        .collect();
    let mut mentions = Mentions::default();
    for sent in &sents {
        document::extract(sent, lexicon, &mut mentions);
    }
    for sent in &sents {
        meeting::extract(sent, lexicon, &mut mentions);
    }
    for sent in &sents {
        organization::extract(sent, lexicon, &mut mentions);
    }
    // A provincial paper may name its province only in its masthead or source
    // line ("BÁO HÀ GIANG", "Bản quyền thuộc về Báo Hà Giang") and write "HĐND
    // tỉnh" throughout: when no sentence names a province or city with its
    // kind word, the paper's is the article's.
    if !mentions
        .places
        .iter()
        .any(|p| !matches!(p.2, PlaceKind::Local(_)))
    {
        mentions.places.extend(outlet_place(doc, lexicon));
    }
    let known = person::Known::default();
    let mut known = known;
    for sent in &sents {
        person::extract(sent, lexicon, &mut mentions, &mut known);
    }
    // A second pass finds later bare mentions of names established anywhere.
    for sent in &sents {
        person::extract_known(sent, lexicon, &mut mentions, &known);
    }
    let holders = person::post_holders(&mentions);
    for sent in &sents {
        person::extract_by_title(sent, lexicon, &holders, &mut mentions);
    }
    for sent in &sents {
        relation::extract(sent, &sents, lexicon, &mut mentions);
    }
    // (After the relations: a local body that organised a meeting may be the issuer.)
    document::bind_local_issuers(&mut mentions, lexicon, doc);
    // (Last: only documents no sentence and no known code gave an issuer.)
    initials::bind(&mut mentions);
    mentions
}

/// The province or city of the paper a metadata line names ("BÁO HÀ GIANG -
/// CƠ QUAN CỦA ĐẢNG BỘ ...", "Theo Báo Bắc Giang"): the first line that names
/// one.
fn outlet_place(doc: &Doc, lexicon: &Lexicon) -> Option<(Span, String, PlaceKind)> {
    doc.metadata.iter().find_map(|&span| {
        let key = fold::key(doc.slice(span));
        let words: Vec<&str> = key.split(' ').collect();
        let at = words.iter().position(|w| *w == "báo")?;
        let rest = &words[at + 1..];
        (1..=rest.len().min(4)).rev().find_map(|n| {
            let place = lexicon.place(&rest[..n].join(" "))?;
            (!matches!(place.kind, PlaceKind::Local(_)))
                .then(|| (span, place.name.clone(), place.kind))
        })
    })
}

/// Whether two words after a comma open a clause about what was just named
/// rather than going on with its name: ", quy định về ...", ", bảo đảm ...",
/// ", xác định ...", ", nhấn mạnh ..." (what a document says or does).
pub fn opens_clause_on(first: &str, second: &str) -> bool {
    matches!(
        (first, second),
        // ", văn bản tiếp theo hướng dẫn Luật ...": what the document is.
        ("văn", "bản")
            | ("quy", "định")
            | ("bảo", "đảm")
            | ("đảm", "bảo")
            | ("góp", "phần")
            | ("phấn", "đấu")
            | ("trong", "đó")
            | ("tạo", _)
            | ("xác", "định")
            | ("đề", "ra")
            | ("nêu", _)
            | ("nhấn", "mạnh")
            | ("khẳng", "định")
            | ("đặt", "ra")
            | ("chỉ", "rõ")
            | ("yêu", "cầu")
            // ", ưu tiên các xã biên giới", ", đẩy mạnh kiểm tra ...", ", giao
            // Phòng X ...": what is to be done with it.
            | ("ưu", "tiên")
            | ("đẩy", "mạnh")
            | ("tăng", "cường")
            | ("nâng", "cao")
            | ("giao", _)
            // ", phân công các ủy viên ...": who is to do it.
            | ("phân", "công")
    )
}

/// Words that end a name or phrase: function words and common verbs.
pub fn is_stop(key: &str) -> bool {
    matches!(
        key,
        "của"
            | "tại"
            | "về"
            | "đã"
            | "được"
            | "cũng"
            | "với"
            | "trong"
            | "là"
            | "có"
            | "cho"
            | "để"
            | "này"
            | "đó"
            | "theo"
            | "từ"
            | "đến"
            | "cùng"
            | "các"
            | "những"
            | "nhằm"
            | "sẽ"
            | "đang"
            | "vừa"
            | "và"
            | "ở"
            | "khi"
            | "thì"
            | "mà"
            | "do"
            | "bởi"
            | "qua"
            | "trên"
            | "dưới"
            | "sau"
            | "trước"
            | "giữa"
            | "đối"
            | "nhưng"
            | "hoặc"
            | "như"
            | "nên"
            | "vì"
            | "rất"
            | "cần"
            | "phải"
            | "luôn"
            | "đều"
            | "vào"
            | "ra"
            | "lên"
            | "gồm"
            | "nay"
            | "thay"
            | "mặt"
            | "tiếp"
            | "nhận"
            | "gửi"
            | "làm"
            | "không"
            | "chưa"
            | "còn"
            | "kèm"
            | "bị"
            | "hãy"
            | "hết"
            | "nhất"
            | "thêm"
            | "năm"
            | "tháng"
            | "ngày"
            | "sáng"
            | "chiều"
            | "tối"
            | "lần"
            | "thật"
            | "nơi"
            | "hiện"
            | "thuộc"
    )
}

#[cfg(test)]
mod tests;
