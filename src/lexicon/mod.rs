//! Domain knowledge as data: ranks, roles, organisations, provinces, document and
//! meeting types, cue words, surnames, abbreviations, site furniture.
//!
//! Each table is a TSV file beside this module (`#` comments, TAB-separated
//! columns, `-` for an empty field, `|` between several values), compiled in with
//! `include_str!`. Phrases are looked up by their [`fold::key`], so case and tone
//! placement never matter. To extend a lexicon, add a line to its file; the
//! `lexicon_files_parse` test checks every file.

use std::collections::HashMap;
use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::text::fold;
use crate::{Error, Result};

pub mod vocab;

use vocab::Element;
pub use vocab::{KeyBuf, Keys, Vocab, WordId};

/// A role (post) from `roles.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Role {
    /// Canonical title ("Phó Bí thư Thường trực").
    pub name: String,
    /// Trailing words of the role that also open the body ("Ban" in "Trưởng Ban").
    pub shares: Option<String>,
    /// Head noun to put before a headless body ("Bộ" for "Bộ trưởng Công an").
    pub implied_head: Option<String>,
    /// The body when none is written ("Chính phủ" for "Thủ tướng").
    pub default_body: Option<String>,
}

/// A central body from `organizations.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Body {
    /// Canonical name.
    pub name: String,
    /// The canonical name of the body it belongs to.
    pub parent: Option<String>,
}

/// Whether a province-level unit is a province or a centrally-run city.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlaceKind {
    /// "tỉnh".
    Province,
    /// "thành phố" (centrally run).
    City,
    /// A district or commune, by the word written before its name ("huyện",
    /// "quận", "thị xã", "xã", "phường", "thị trấn"); not in the lexicon.
    Local(&'static str),
}

impl PlaceKind {
    /// The word written before the name ("tỉnh", "thành phố", "xã").
    pub fn word(self) -> &'static str {
        match self {
            PlaceKind::Province => "tỉnh",
            PlaceKind::City => "thành phố",
            PlaceKind::Local(word) => word,
        }
    }
}

/// A province-level unit from `provinces.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// Bare name ("Hà Tĩnh").
    pub name: String,
    /// Province or city.
    pub kind: PlaceKind,
    /// For a unit merged away in the 2025 arrangement (or replaced, as Thừa
    /// Thiên Huế by Huế), the unit it became part of.
    pub merged_into: Option<String>,
    /// The proper name when it holds the kind word ("Thành phố Hồ Chí Minh":
    /// the bare name is a person's), used in the names of its bodies.
    pub official: Option<String>,
}

/// The class of an organisation head noun (`org_heads.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeadClass {
    /// A party committee or organisation taking a body or place after it.
    Party,
    /// A provincial body named after its place ("Tỉnh ủy", "Công an").
    Local,
    /// A department of the body named after it ("Ban Tổ chức", "Văn phòng").
    Sub,
    /// A body whose own name follows ("Bộ", "Cục").
    Named,
}

/// A document type (`doc_types.tsv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocType {
    /// Canonical type word ("Nghị quyết").
    pub name: String,
    /// The type letters its issuer codes open with ("NQ" in "12-NQ/TW"),
    /// folded; empty when unknown.
    pub codes: Vec<String>,
    /// How an unnumbered mention can still name one document.
    pub unnumbered: Unnumbered,
}

impl DocType {
    /// Whether `code` ("CTPH-CAT-HLHPN", "CTr/BDV-BCSĐ") opens with one of
    /// this type's letters.
    pub fn fits_code(&self, code: &str) -> bool {
        let letters = code.split(['-', '/']).next().unwrap_or("");
        self.codes
            .iter()
            .any(|c| *c == crate::text::fold::key(letters))
    }
}

/// How an unnumbered document mention can name one document (`doc_types.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unnumbered {
    /// Never: a number is needed.
    No,
    /// By the meeting that adopted it ("Nghị quyết Đại hội XIII").
    Event,
    /// By a capitalised name ("Luật Đất đai 2024").
    Name,
    /// By a descriptive phrase ("Quy chế phối hợp giữa ...").
    Text,
    /// By the body it governs ("Điều lệ Công đoàn Việt Nam").
    Body,
}

/// A meeting type (`meeting_types.tsv`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MeetingType {
    /// The type the phrase reports ("Hội nghị" for "Hội nghị trực tuyến").
    pub name: String,
    /// Whether only the capitalised word names a meeting.
    pub needs_capital: bool,
    /// A verb phrase ("làm việc với", "họp phiên"): the meeting is named as
    /// its type and the words after the phrase.
    pub verb: bool,
    /// A verb phrase that reports a meeting only in a sentence opening with
    /// its date ("Chiều 9-12, Đoàn ... làm việc với UBND tỉnh").
    pub needs_date: bool,
}

/// The class of a cue word (`cues.tsv`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cue {
    /// chaired.
    Chair,
    /// attended.
    Attend,
    /// spoke_at (strong).
    Speak,
    /// spoke_at only in a sentence about the meeting.
    Say,
    /// organized.
    Organize,
    /// issued.
    Issue,
    /// implements.
    Implement,
    /// supersedes.
    Supersede,
    /// discussed.
    Discuss,
    /// discussed, only of a document named right after it ("trình bày dự
    /// thảo Nghị quyết ..."; "báo cáo do X trình bày, cho biết thực hiện
    /// Kế hoạch ..." presents no plan).
    Present,
    /// A word before a person's name ("đồng chí").
    Prefix,
}

/// A phrase table keyed by folded text: a trie of word ids (see [`vocab`]), so
/// that the longest phrase starting at a token is found in one walk, without
/// building or hashing strings.
#[derive(Debug)]
pub struct Phrases<T> {
    /// The node each phrase's first word leads to, indexed by word id
    /// (`NONE` when no phrase starts with that word): most lookups end here.
    first: Vec<u32>,
    /// The nodes below the first word.
    nodes: Vec<Node>,
    values: Vec<T>,
    /// Each phrase's folded key to its value, for whole-phrase lookups.
    exact: FxHashMap<String, usize>,
    /// Whether a comma inside a phrase is read over ("Bộ Văn hóa, Thể thao và Du lịch").
    commas: bool,
}

/// No node.
const NONE: u32 = u32::MAX;

#[derive(Debug, Default)]
struct Node {
    children: FxHashMap<WordId, u32>,
    value: Option<usize>,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            first: Vec::new(),
            nodes: Vec::new(),
            values: Vec::new(),
            exact: FxHashMap::default(),
            commas: false,
        }
    }
}

impl<T> Phrases<T> {
    /// Adds a phrase; false (and no change) when it is there already.
    fn insert(&mut self, vocab: &mut Vocab, phrase: &str, value: T) -> bool {
        let key = fold::key(phrase);
        if self.exact.contains_key(&key) {
            return false;
        }
        let mut node: Option<u32> = None;
        // Words as the tokeniser cuts them: a hyphen inside a word is a token
        // of its own ("ĐHQG-HCM", "Bộ LĐ-TB&XH", "BR-VT").
        let words = key.split(' ').flat_map(|word| {
            let mut parts = Vec::new();
            for (n, part) in word.split('-').enumerate() {
                if n > 0 {
                    parts.push("-");
                }
                if !part.is_empty() {
                    parts.push(part);
                }
            }
            parts
        });
        for word in words {
            let id = vocab.intern(word);
            let fresh = self.nodes.len() as u32;
            let next = match node {
                None => {
                    let slot = id as usize;
                    if self.first.len() <= slot {
                        self.first.resize(slot + 1, NONE);
                    }
                    if self.first[slot] == NONE {
                        self.first[slot] = fresh;
                    }
                    self.first[slot]
                }
                Some(n) => *self.nodes[n as usize].children.entry(id).or_insert(fresh),
            };
            if next == fresh {
                self.nodes.push(Node::default());
            }
            node = Some(next);
        }
        let Some(node) = node else {
            return false;
        };
        self.nodes[node as usize].value = Some(self.values.len());
        self.exact.insert(key, self.values.len());
        self.values.push(value);
        true
    }

    /// The value of a folded phrase.
    pub fn get(&self, key: &str) -> Option<&T> {
        self.exact.get(key).map(|&i| &self.values[i])
    }

    /// The node word `id` leads to from `node` (from the root when `None`).
    fn child(&self, node: Option<u32>, id: WordId) -> Option<u32> {
        match node {
            None => self.first.get(id as usize).copied().filter(|&n| n != NONE),
            Some(n) => self.nodes[n as usize].children.get(&id).copied(),
        }
    }

    /// The longest phrase starting at the first element: (elements used, value).
    ///
    /// One element may hold several words (an expanded abbreviation), and
    /// counts as one.
    ///
    /// Most calls find no phrase opening on their first word; that test is
    /// inlined into the caller (always: with LTO the compiler otherwise keeps
    /// it a call, 1.5% more instructions an ingest), and only the rest walks
    /// the trie.
    #[inline(always)]
    pub fn longest(&self, keys: Keys<'_>) -> Option<(usize, &T)> {
        match keys.single(0) {
            Some(id) if self.first.get(id as usize).is_none_or(|&n| n == NONE) => None,
            _ => self.walk(keys),
        }
    }

    /// [`Phrases::longest`], walking the trie from the first element.
    #[inline(never)]
    fn walk(&self, keys: Keys<'_>) -> Option<(usize, &T)> {
        let mut node: Option<u32> = None;
        let mut best = None;
        for i in 0..keys.len() {
            let next = match keys.element(i) {
                Element::Word(vocab::UNKNOWN) => None,
                Element::Word(vocab::COMMA) if self.commas && i > 0 => continue,
                Element::Word(id) => self.child(node, id),
                Element::Words(words) => words
                    .iter()
                    .try_fold(node, |node, &word| self.child(node, word).map(Some))
                    .flatten(),
            };
            let Some(next) = next else {
                return best;
            };
            node = Some(next);
            if let Some(v) = self.nodes[next as usize].value {
                best = Some((i + 1, &self.values[v]));
            }
        }
        best
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether the table is empty.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}

/// All lexicons.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Ranks ("Trung tướng").
    pub ranks: Phrases<String>,
    /// Roles ("Thứ trưởng").
    pub roles: Phrases<Role>,
    /// Central bodies by canonical name and alias.
    pub bodies: Phrases<Body>,
    /// Province-level units by name and alias.
    pub places: Phrases<Place>,
    /// Organisation head nouns.
    pub heads: Phrases<(String, HeadClass)>,
    /// Document types.
    pub doc_types: Phrases<DocType>,
    /// Meeting types.
    pub meeting_types: Phrases<MeetingType>,
    /// Cue words (a phrase may have several classes).
    pub cues: Phrases<Vec<Cue>>,
    /// Family names; `true` when the name is also a frequent ordinary word.
    pub surnames: Phrases<bool>,
    /// The words of every phrase above, as ids.
    pub vocab: Vocab,
    /// Abbreviations (folded) to their expansion (as written).
    pub abbreviations: FxHashMap<String, String>,
    /// Site furniture lines; `true` when the rest of the page is navigation.
    boilerplate: FxHashMap<String, bool>,
    /// The longest key in `boilerplate`, in bytes.
    boilerplate_max: usize,
    /// The first word of each key in `boilerplate`: a line whose first word
    /// is none of them is not looked up.
    boilerplate_first: FxHashSet<String>,
    /// Issuer codes ("CP", "QH", "BYT") to the body they name.
    pub issuer_codes: FxHashMap<String, String>,
    /// Tells loaded lexicons apart (0 for a default one), for caches.
    id: u64,
    /// Endings of codes of bodies every province has ("TU", "UBND"), in the
    /// form `resolve::code_key` gives.
    pub local_codes: Vec<String>,
}

type Row<'a> = (usize, Vec<&'a str>);

fn rows(file: &'static str, text: &'static str, columns: usize) -> Result<Vec<Row<'static>>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
        if fields.len() < columns {
            return Err(Error::Lexicon {
                file,
                line: i + 1,
                message: format!("expected {columns} columns, found {}", fields.len()),
            });
        }
        out.push((i + 1, fields));
    }
    Ok(out)
}

fn opt(field: &str) -> Option<String> {
    (field != "-" && !field.is_empty()).then(|| field.to_string())
}

fn list(field: &str) -> impl Iterator<Item = &str> {
    field
        .split('|')
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "-")
}

impl Lexicon {
    /// The lexicon bundled with the binary.
    pub fn builtin() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        // The bundled files are checked by the `lexicon_files_parse` test, so a
        // parse error here is a build defect, not an input error.
        LEXICON.get_or_init(|| Lexicon::load().unwrap_or_else(|e| panic!("bundled {e}")))
    }

    /// Parses the bundled lexicon files.
    pub fn load() -> Result<Lexicon> {
        static LOADED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let mut lx = Lexicon {
            id: LOADED.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            ..Lexicon::default()
        };
        lx.bodies.commas = true;
        for (_, f) in rows("ranks.tsv", include_str!("ranks.tsv"), 1)? {
            lx.ranks.insert(&mut lx.vocab, f[0], f[0].to_string());
        }
        for (_, f) in rows("roles.tsv", include_str!("roles.tsv"), 4)? {
            lx.roles.insert(
                &mut lx.vocab,
                f[0],
                Role {
                    name: f[0].to_string(),
                    shares: opt(f[1]),
                    implied_head: opt(f[2]),
                    default_body: opt(f[3]),
                },
            );
        }
        for (line, f) in rows("organizations.tsv", include_str!("organizations.tsv"), 3)? {
            let body = Body {
                name: f[0].to_string(),
                parent: opt(f[2]),
            };
            if !lx.bodies.insert(&mut lx.vocab, f[0], body.clone()) {
                return Err(Error::Lexicon {
                    file: "organizations.tsv",
                    line,
                    message: format!("duplicate body '{}'", f[0]),
                });
            }
            for alias in list(f[1]) {
                lx.bodies.insert(&mut lx.vocab, alias, body.clone());
            }
        }
        for (line, f) in rows("provinces.tsv", include_str!("provinces.tsv"), 5)? {
            let kind = match f[1] {
                "tỉnh" => PlaceKind::Province,
                "thành phố" => PlaceKind::City,
                other => {
                    return Err(Error::Lexicon {
                        file: "provinces.tsv",
                        line,
                        message: format!("kind must be 'tỉnh' or 'thành phố', not '{other}'"),
                    })
                }
            };
            let place = Place {
                name: f[0].to_string(),
                kind,
                merged_into: list(f[3]).next().map(str::to_string),
                official: f.get(5).and_then(|o| opt(o)),
            };
            lx.places.insert(&mut lx.vocab, f[0], place.clone());
            for alias in list(f[4]) {
                lx.places.insert(&mut lx.vocab, alias, place.clone());
            }
        }
        for (line, f) in rows("org_heads.tsv", include_str!("org_heads.tsv"), 2)? {
            let class = match f[1] {
                "party" => HeadClass::Party,
                "local" => HeadClass::Local,
                "sub" => HeadClass::Sub,
                "named" => HeadClass::Named,
                other => {
                    return Err(Error::Lexicon {
                        file: "org_heads.tsv",
                        line,
                        message: format!("unknown class '{other}'"),
                    })
                }
            };
            lx.heads
                .insert(&mut lx.vocab, f[0], (f[0].to_string(), class));
        }
        for (_, f) in rows("doc_types.tsv", include_str!("doc_types.tsv"), 3)? {
            lx.doc_types.insert(
                &mut lx.vocab,
                f[0],
                DocType {
                    name: f[0].to_string(),
                    codes: f[1]
                        .split('|')
                        .filter(|c| *c != "-" && !c.is_empty())
                        .map(crate::text::fold::key)
                        .collect(),
                    unnumbered: match f[2] {
                        "event" => Unnumbered::Event,
                        "name" => Unnumbered::Name,
                        "text" => Unnumbered::Text,
                        "body" => Unnumbered::Body,
                        _ => Unnumbered::No,
                    },
                },
            );
        }
        for (_, f) in rows("meeting_types.tsv", include_str!("meeting_types.tsv"), 3)? {
            lx.meeting_types.insert(
                &mut lx.vocab,
                f[0],
                MeetingType {
                    name: opt(f[2]).unwrap_or_else(|| f[0].to_string()),
                    needs_capital: f[1] == "yes",
                    verb: f[1].starts_with("verb"),
                    needs_date: f[1] == "verb dated",
                },
            );
        }
        let mut cues: HashMap<String, Vec<Cue>> = HashMap::new();
        for (line, f) in rows("cues.tsv", include_str!("cues.tsv"), 2)? {
            let cue = match f[1] {
                "chair" => Cue::Chair,
                "attend" => Cue::Attend,
                "speak" => Cue::Speak,
                "say" => Cue::Say,
                "organize" => Cue::Organize,
                "issue" => Cue::Issue,
                "implement" => Cue::Implement,
                "supersede" => Cue::Supersede,
                "discuss" => Cue::Discuss,
                "present" => Cue::Present,
                "prefix" => Cue::Prefix,
                other => {
                    return Err(Error::Lexicon {
                        file: "cues.tsv",
                        line,
                        message: format!("unknown cue class '{other}'"),
                    })
                }
            };
            cues.entry(f[0].to_string()).or_default().push(cue);
        }
        let mut cues: Vec<_> = cues.into_iter().collect();
        cues.sort();
        for (phrase, classes) in cues {
            lx.cues.insert(&mut lx.vocab, &phrase, classes);
        }
        for (_, f) in rows("surnames.tsv", include_str!("surnames.tsv"), 1)? {
            lx.surnames
                .insert(&mut lx.vocab, f[0], f.get(1).is_some_and(|c| *c == "rare"));
        }
        for (_, f) in rows("abbreviations.tsv", include_str!("abbreviations.tsv"), 2)? {
            lx.vocab.intern_phrase(&fold::key(f[1]));
            lx.abbreviations
                .entry(fold::key(f[0]))
                .or_insert_with(|| f[1].to_string());
        }
        for (_, f) in rows("local_codes.tsv", include_str!("local_codes.tsv"), 2)? {
            lx.local_codes
                .push(f[0].chars().flat_map(char::to_uppercase).collect());
        }
        for (line, f) in rows("issuer_codes.tsv", include_str!("issuer_codes.tsv"), 2)? {
            if lx.bodies.get(&fold::key(f[1])).is_none() {
                return Err(Error::Lexicon {
                    file: "issuer_codes.tsv",
                    line,
                    message: format!("'{}' is not a body of organizations.tsv", f[1]),
                });
            }
            lx.issuer_codes.insert(f[0].to_string(), f[1].to_string());
        }
        for (_, f) in rows("boilerplate.tsv", include_str!("boilerplate.tsv"), 1)? {
            let key = fold::key(f[0]);
            lx.boilerplate_max = lx.boilerplate_max.max(key.len());
            if let Some(first) = key.split(' ').next() {
                lx.boilerplate_first.insert(first.to_string());
            }
            lx.boilerplate
                .insert(key, f.get(1).is_some_and(|c| *c == "end"));
        }
        Ok(lx)
    }

    /// Whether a folded line is site furniture: `Some(true)` when the rest of
    /// the page is navigation, `Some(false)` for that line only.
    pub fn boilerplate(&self, key: &str) -> Option<bool> {
        self.boilerplate.get(key).copied()
    }

    /// [`Lexicon::boilerplate`] of a line as written: its key is computed only
    /// as far as a furniture line's key can reach.
    pub fn boilerplate_line(&self, line: &str) -> Option<bool> {
        if !self
            .boilerplate_first
            .contains(&fold::first_word_key(line)?)
        {
            return None;
        }
        fold::key_within(line, self.boilerplate_max).and_then(|key| self.boilerplate(&key))
    }

    /// Whether a code key ("KHTU", "QĐUBND") is a local body's: the same code
    /// is then written in every province.
    pub fn is_local_code(&self, code_key: &str) -> bool {
        self.local_codes
            .iter()
            .any(|end| code_key.ends_with(end.as_str()))
    }

    /// The body an issuer code names: "NĐ-CP" -> "Chính phủ", "2025/QH15" -> "Quốc hội".
    pub fn issuer_of_code(&self, code: &str) -> Option<&str> {
        code.split(['/', '-'])
            .map(|part| part.trim_end_matches(|c: char| c.is_ascii_digit()))
            .filter(|part| !part.is_empty())
            .find_map(|part| self.issuer_codes.get(part).map(String::as_str))
    }

    /// An id that tells this lexicon from other loaded ones.
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The place a folded name stands for.
    pub fn place(&self, key: &str) -> Option<&Place> {
        self.places.get(key)
    }
}

/// What a thread has worked out from a text and one lexicon (a word's
/// token data, a name's bare head), kept for the next time: bounded, emptied
/// when full or when another lexicon asks. It only saves work; an answer is
/// the same whether kept or not.
#[derive(Debug)]
pub struct LexiconMemo<V> {
    lexicon: u64,
    answers: FxHashMap<Box<str>, V>,
    max: usize,
}

impl<V: Clone> LexiconMemo<V> {
    /// A memo keeping at most `max` answers.
    pub fn new(max: usize) -> Self {
        LexiconMemo {
            lexicon: 0,
            answers: FxHashMap::default(),
            max,
        }
    }

    /// The answer for `text` under `lexicon`: kept, else `work` out and keep it.
    pub fn get(&mut self, text: &str, lexicon: &Lexicon, work: impl FnOnce() -> V) -> V {
        if self.lexicon != lexicon.id() || self.answers.len() >= self.max {
            self.lexicon = lexicon.id();
            self.answers.clear();
        }
        if let Some(answer) = self.answers.get(text) {
            return answer.clone();
        }
        let answer = work();
        self.answers.insert(text.into(), answer.clone());
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lexicon_files_parse() {
        let lx = Lexicon::load().unwrap();
        assert!(lx.ranks.len() >= 12);
        assert!(lx.roles.get(&fold::key("Thứ trưởng")).is_some());
        assert!(lx.roles.get(&fold::key("phó bí thư thường trực")).is_some());
    }

    #[test]
    fn lexicon_longest_match() {
        let lx = Lexicon::load().unwrap();
        let keys: Vec<String> = ["phó", "bí", "thư", "thường", "trực", "tỉnh", "ủy"]
            .iter()
            .map(|w| fold::key(w))
            .collect();
        let (n, role) = lx.roles.longest(lx.vocab.keys(&keys).keys()).unwrap();
        assert_eq!((n, role.name.as_str()), (5, "Phó Bí thư Thường trực"));
    }
}
