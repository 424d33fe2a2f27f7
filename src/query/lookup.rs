//! Entity lookup: from what a user types (an id, a name, an alias, a document
//! number, a partial name in any word order, an abbreviation) to graph nodes.
//!
//! Matching ignores case, tone placement and diacritics and ranks matches by
//! [`Tier`]: an exact key beats a diacritic-free match, which beats reordered
//! words, a document number, a partial name, initials and finally a substring.
//! Document types ("Nghị quyết", "Quyết định"...) are read from the graph's own
//! `doc_type` attributes, so this module holds no Vietnamese word lists. It owns
//! no output formatting beyond the one-line candidate descriptions of errors.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use crate::graph::KnowledgeGraph;
use crate::model::{Node, NodeId, NodeKind};
use crate::text::fold;
use crate::{Error, Result};

/// How many candidates an ambiguity error lists before summarising the rest.
const MAX_CANDIDATES: usize = 12;
/// How many suggestions a not-found error offers.
const MAX_SUGGESTIONS: usize = 5;

/// How well a node matches a query, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// The query is the node's id (`#12` or `12`).
    Id,
    /// A name or alias has the query's key (case and tone placement folded).
    Exact,
    /// A name or alias equals the query once diacritics are dropped.
    ExactAscii,
    /// A name or alias has the query's words in another order ("Lâm Tô").
    Reordered,
    /// As `Reordered`, diacritics dropped.
    ReorderedAscii,
    /// A document's type, number and code agree with the query ("NQ 12").
    DocumentNumber,
    /// Every query word is a word of a name or alias ("Quốc Tỏ").
    Words,
    /// As `Words`, diacritics dropped.
    WordsAscii,
    /// The query is the initials of a name ("BCA" for "Bộ Công an").
    Initials,
    /// The query is part of a name or alias, diacritics dropped.
    Substring,
}

/// One node matched by a query: how well, and through which of its names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match<'g> {
    /// The node.
    pub node: &'g Node,
    /// The best tier over the node's names.
    pub tier: Tier,
    /// The name or alias that matched best.
    pub matched: &'g str,
}

/// Every node of an allowed kind (all kinds when `kinds` is empty) that `query`
/// matches, sorted by tier, then id.
pub fn rank<'g>(graph: &'g KnowledgeGraph, query: &str, kinds: &[NodeKind]) -> Vec<Match<'g>> {
    let allowed = |node: &Node| kinds.is_empty() || kinds.contains(&node.kind);
    let query = query.trim();
    let mut out = Vec::new();
    if let Some(id) = parse_id(query) {
        if let Some(node) = graph.node(id).filter(|n| allowed(n)) {
            out.push(Match {
                node,
                tier: Tier::Id,
                matched: &node.name,
            });
        }
        if query.starts_with('#') {
            return out;
        }
    }
    let pattern = Pattern::new(query, &doc_type_keys(graph));
    if pattern.is_empty() {
        return out;
    }
    for node in graph.nodes().filter(|n| allowed(n)) {
        if out.iter().any(|m| m.node.id == node.id) {
            continue;
        }
        if let Some(found) = pattern.best(node) {
            out.push(found);
        }
    }
    out.sort_by_key(|m| (m.tier, m.node.id));
    out
}

/// The nodes that match `query` at the best tier reached (several when tied);
/// [`Error::NotFound`] with the nearest names when nothing matches.
pub fn best<'g>(
    graph: &'g KnowledgeGraph,
    query: &str,
    kinds: &[NodeKind],
) -> Result<Vec<Match<'g>>> {
    if query.trim().is_empty() {
        return Err(Error::Query("an empty name matches nothing".to_string()));
    }
    let ranked = rank(graph, query, kinds);
    let Some(top) = ranked.first().map(|m| m.tier) else {
        return Err(Error::NotFound {
            query: query.to_string(),
            suggestions: suggestions(graph, query, kinds),
        });
    };
    Ok(ranked.into_iter().take_while(|m| m.tier == top).collect())
}

/// The one node `query` stands for: [`Error::Ambiguous`] listing the candidates
/// when several match equally well, [`Error::NotFound`] when none does.
pub fn resolve<'g>(graph: &'g KnowledgeGraph, query: &str, kinds: &[NodeKind]) -> Result<&'g Node> {
    let matches = best(graph, query, kinds)?;
    match matches.as_slice() {
        [one] => Ok(one.node),
        many => Err(ambiguous(query, many.iter().map(|m| m.node))),
    }
}

/// The ambiguity error for `query` listing `nodes` ("#12 person Trần Quốc Tỏ").
pub fn ambiguous<'g>(query: &str, nodes: impl Iterator<Item = &'g Node>) -> Error {
    let nodes: Vec<&Node> = nodes.collect();
    let mut candidates: Vec<String> = nodes
        .iter()
        .take(MAX_CANDIDATES)
        .map(|n| describe(n))
        .collect();
    if nodes.len() > MAX_CANDIDATES {
        candidates.push(format!("... and {} more", nodes.len() - MAX_CANDIDATES));
    }
    Error::Ambiguous {
        query: query.to_string(),
        candidates,
    }
}

/// One line naming a node: `#12 person Trần Quốc Tỏ (Trung tướng)`; the key
/// attribute in brackets tells apart namesakes.
pub fn describe(node: &Node) -> String {
    let mut line = format!("#{} {} {}", node.id, node.kind, node.name);
    if let Some(key) = key_attr(node) {
        line.push_str(&format!(" ({key})"));
    }
    line
}

/// The attribute that best tells a node apart: rank for persons, date otherwise.
pub fn key_attr(node: &Node) -> Option<&str> {
    let key = match node.kind {
        NodeKind::Person => node.attrs.get("rank"),
        NodeKind::Organization => None,
        NodeKind::Resolution | NodeKind::Meeting => node.attrs.get("date"),
    };
    key.map(String::as_str).filter(|k| !k.trim().is_empty())
}

/// The names nearest to an unmatched query, best first: most shared words
/// (diacritics dropped), then smallest edit distance. A name qualifies when it
/// shares at least half the query's words or is a few edits away.
pub fn suggestions(graph: &KnowledgeGraph, query: &str, kinds: &[NodeKind]) -> Vec<String> {
    let query_ascii = fold::ascii_key(query);
    if query_ascii.is_empty() {
        return Vec::new();
    }
    let query_words: BTreeSet<&str> = query_ascii.split(' ').collect();
    let n_query = query_ascii.chars().count();
    let mut scored: BTreeMap<(std::cmp::Reverse<usize>, usize, NodeId), String> = BTreeMap::new();
    for node in graph.nodes() {
        if !kinds.is_empty() && !kinds.contains(&node.kind) {
            continue;
        }
        let best = names(node)
            .map(|name| {
                let ascii = fold::ascii_key(name);
                let shared = ascii.split(' ').filter(|w| query_words.contains(w)).count();
                (
                    std::cmp::Reverse(shared),
                    edit_distance(&query_ascii, &ascii),
                )
            })
            .min();
        let Some((shared, distance)) = best else {
            continue;
        };
        // Sharing at least half the query's words, or a few typos away.
        if (shared.0 > 0 && shared.0 * 2 >= query_words.len()) || distance <= (n_query / 3).max(2) {
            scored.insert(
                (shared, distance, node.id),
                format!("{} (#{})", node.name, node.id),
            );
        }
    }
    scored.into_values().take(MAX_SUGGESTIONS).collect()
}

/// A node's name, then its aliases.
fn names(node: &Node) -> impl Iterator<Item = &str> {
    std::iter::once(node.name.as_str()).chain(node.aliases.iter().map(String::as_str))
}

/// `#12` or `12` as a node id.
fn parse_id(query: &str) -> Option<NodeId> {
    let digits = query.strip_prefix('#').unwrap_or(query);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().map(NodeId)
}

/// The diacritic-free keys of every `doc_type` in the graph, longest first.
fn doc_type_keys(graph: &KnowledgeGraph) -> Vec<String> {
    let mut keys: Vec<String> = graph
        .nodes()
        .filter_map(|n| n.attrs.get("doc_type"))
        .map(|t| fold::ascii_key(t))
        .filter(|k| !k.is_empty())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    keys.sort_by_key(|k| std::cmp::Reverse(k.len()));
    keys
}

/// A query folded every way the tiers compare it.
struct Pattern {
    key: String,
    ascii: String,
    key_words: Vec<String>,
    ascii_words: Vec<String>,
    document: Option<DocumentRef>,
}

impl Pattern {
    fn new(query: &str, doc_types: &[String]) -> Pattern {
        let key = fold::key(query);
        let ascii = fold::ascii_key(query);
        let key_words = sorted_words(&key);
        let ascii_words = sorted_words(&ascii);
        let document = DocumentRef::parse(&ascii, doc_types);
        Pattern {
            key,
            ascii,
            key_words,
            ascii_words,
            document,
        }
    }

    fn is_empty(&self) -> bool {
        self.ascii.is_empty() && self.key.is_empty()
    }

    /// The node's best match over its names (and its document number).
    fn best<'g>(&self, node: &'g Node) -> Option<Match<'g>> {
        let mut best: Option<Match<'g>> = None;
        let mut consider = |tier: Tier, matched: &'g str| {
            if best.is_none_or(|b| tier < b.tier) {
                best = Some(Match {
                    node,
                    tier,
                    matched,
                });
            }
        };
        for name in names(node) {
            if let Some(tier) = self.tier(name) {
                consider(tier, name);
            }
        }
        if let Some(document) = &self.document {
            if node.kind == NodeKind::Resolution && document.matches(node) {
                consider(Tier::DocumentNumber, &node.name);
            }
        }
        best
    }

    /// How `name` matches, if it does.
    fn tier(&self, name: &str) -> Option<Tier> {
        let key = fold::key(name);
        if key == self.key {
            return Some(Tier::Exact);
        }
        let ascii = fold::ascii_key(name);
        if ascii == self.ascii {
            return Some(Tier::ExactAscii);
        }
        let key_words = sorted_words(&key);
        if key_words == self.key_words {
            return Some(Tier::Reordered);
        }
        let ascii_words = sorted_words(&ascii);
        if ascii_words == self.ascii_words {
            return Some(Tier::ReorderedAscii);
        }
        if contains_all(&key_words, &self.key_words) {
            return Some(Tier::Words);
        }
        if contains_all(&ascii_words, &self.ascii_words) {
            return Some(Tier::WordsAscii);
        }
        if !self.ascii.contains(' ') && self.ascii.chars().count() >= 2 {
            let initials: String = ascii.split(' ').filter_map(|w| w.chars().next()).collect();
            if initials == self.ascii {
                return Some(Tier::Initials);
            }
        }
        if !self.ascii.is_empty() && ascii.contains(&self.ascii) {
            return Some(Tier::Substring);
        }
        None
    }
}

/// The words of a key, sorted (duplicates kept).
fn sorted_words(key: &str) -> Vec<String> {
    let mut words: Vec<String> = key
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect();
    words.sort();
    words
}

/// Whether every word of `wanted` (sorted) occurs in `words` (sorted), with multiplicity.
fn contains_all(words: &[String], wanted: &[String]) -> bool {
    if wanted.is_empty() {
        return false;
    }
    let mut available: BTreeMap<&str, usize> = BTreeMap::new();
    for w in words {
        *available.entry(w).or_default() += 1;
    }
    wanted.iter().all(|w| match available.get_mut(w.as_str()) {
        Some(n) if *n > 0 => {
            *n -= 1;
            true
        }
        _ => false,
    })
}

/// A document as a query may cite it: "12-NQ/TW", "NQ 12", "Nghị quyết 12",
/// "Quyết định số 90". All parts are diacritic-free keys.
#[derive(Clone, Debug, PartialEq, Eq)]
struct DocumentRef {
    /// The document type ("nghi quyet"), when the query starts with one.
    doc_type: Option<String>,
    /// A type abbreviation ("nq"), matched against the code or the type's initials.
    abbreviation: Option<String>,
    /// The number without leading zeros.
    number: String,
    /// The issuer code ("nq/tw"), when written after a dash.
    code: Option<String>,
}

impl DocumentRef {
    /// Reads a diacritic-free query; `None` when it does not cite a document.
    fn parse(ascii: &str, doc_types: &[String]) -> Option<DocumentRef> {
        let words: Vec<&str> = ascii.split(' ').filter(|w| !w.is_empty()).collect();
        let numeric: Vec<usize> = (0..words.len())
            .filter(|&i| words[i].starts_with(|c: char| c.is_ascii_digit()))
            .collect();
        let [at] = numeric.as_slice() else {
            return None;
        };
        let token = words[*at];
        let n_digits = token.bytes().take_while(u8::is_ascii_digit).count();
        let (digits, rest) = token.split_at(n_digits);
        let code = match rest {
            "" => None,
            rest => Some(normalise_code(rest.strip_prefix('-')?)),
        };
        let number = trim_zeros(digits).to_string();
        let prefix = words[..*at].join(" ");
        let (doc_type, abbreviation) = if prefix.is_empty() {
            (None, None)
        } else if let Some(doc_type) = doc_types
            .iter()
            .find(|t| prefix == **t || prefix.starts_with(&format!("{t} ")))
        {
            (Some(doc_type.clone()), None)
        } else if words[..*at].len() == 1 && prefix.chars().all(|c| c.is_ascii_alphabetic()) {
            (None, Some(prefix))
        } else {
            return None;
        };
        if doc_type.is_none() && abbreviation.is_none() && code.is_none() && words.len() > 1 {
            // "Hội nghị 2021": a number inside other words is not a citation.
            return None;
        }
        Some(DocumentRef {
            doc_type,
            abbreviation,
            number,
            code,
        })
    }

    /// Whether a resolution node agrees on every part the query gives.
    fn matches(&self, node: &Node) -> bool {
        let attr = |k: &str| node.attrs.get(k).map(|v| fold::ascii_key(v));
        let Some(number) = attr("number") else {
            return false;
        };
        if trim_zeros(&number) != self.number {
            return false;
        }
        let node_code = attr("code").map(|c| normalise_code(&c));
        let node_type = attr("doc_type");
        if let (Some(want), Some(have)) = (&self.code, &node_code) {
            if want != have {
                return false;
            }
        }
        if let Some(want) = &self.doc_type {
            if node_type.as_ref() != Some(want) {
                return false;
            }
        }
        if let Some(abbreviation) = &self.abbreviation {
            let by_code = node_code
                .as_ref()
                .is_some_and(|c| c.split('/').next() == Some(abbreviation.as_str()));
            let by_type = node_type.as_ref().is_some_and(|t| {
                t.split(' ')
                    .filter_map(|w| w.chars().next())
                    .collect::<String>()
                    == *abbreviation
            });
            if !by_code && !by_type {
                return false;
            }
        }
        true
    }
}

/// An issuer code compared without spaces or case ("NQ/TW" = "nq / tw").
fn normalise_code(code: &str) -> String {
    code.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A number without leading zeros ("01" = "1"); "0" stays.
fn trim_zeros(digits: &str) -> &str {
    let trimmed = digits.trim_start_matches('0');
    if trimmed.is_empty() && !digits.is_empty() {
        "0"
    } else {
        trimmed
    }
}

/// The Levenshtein distance between two strings, in chars (for "did you mean").
pub fn distance(a: &str, b: &str) -> usize {
    edit_distance(a, b)
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitute = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitute.min(row[j] + 1).min(row[j + 1] + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::fixture;

    fn graph() -> KnowledgeGraph {
        KnowledgeGraph::from_document(fixture::document())
    }

    /// The best matches of `query` among `kinds`, as "id tier" or the error text.
    #[track_caller]
    fn check(query: &str, kinds: &[NodeKind], expected: &str) {
        let g = graph();
        let actual = match best(&g, query, kinds) {
            Ok(matches) if matches.len() > 1 => {
                ambiguous(query, matches.iter().map(|m| m.node)).to_string()
            }
            Ok(matches) => matches
                .iter()
                .map(|m| format!("#{} {:?}", m.node.id, m.tier))
                .collect::<Vec<_>>()
                .join(", "),
            Err(err) => err.to_string(),
        };
        assert_eq!(actual, expected, "query {query:?}");
    }

    #[test]
    fn lookup_ids() {
        check("#1", &[], "#1 Id");
        check("1", &[NodeKind::Person], "#1 Id");
        check("#404", &[], "no entity matches '#404'");
        // A bare number that is no id of the wanted kind reads as a document number.
        check("12", &[NodeKind::Resolution], "#20 DocumentNumber");
        check("12", &[], "#12 Id");
    }

    #[test]
    fn lookup_names_ignore_case_diacritics_tone_placement_and_order() {
        check("Trần Quốc Tỏ", &[], "#1 Exact");
        check("TRẦN QUỐC TỎ", &[], "#1 Exact");
        check("tran quoc to", &[], "#1 ExactAscii");
        check("Lâm Tô", &[], "#2 Reordered");
        check("lam to", &[], "#2 ReorderedAscii");
        check("Quốc Tỏ", &[], "#1 Words");
        check("Đảng ủy Công an TW", &[], "#12 Exact");
        check("Đảng uỷ Công an Trung ương", &[], "#12 Exact");
        check("dang uy cong an", &[], "#12 WordsAscii");
    }

    #[test]
    fn lookup_abbreviations() {
        check("BCA", &[], "#10 Exact");
        check("bct", &[NodeKind::Organization], "#11 Initials");
    }

    #[test]
    fn lookup_document_numbers() {
        check("12-NQ/TW", &[], "#20 DocumentNumber");
        check("NQ 12", &[], "#20 DocumentNumber");
        check("Nghị quyết 12", &[], "#20 Exact");
        check("nghi quyet so 12", &[], "#20 ExactAscii");
        check("Quyết định số 90", &[], "#24 Exact");
        check("Quyết định 90-QĐ/TW", &[], "#24 DocumentNumber");
        check("QĐ 58", &[], "#22 DocumentNumber");
        check("Kế hoạch 118", &[], "#21 DocumentNumber");
        check("Quy định 90", &[], "no entity matches 'Quy định 90'; did you mean: Quyết định số 90-QĐ/TW (#24), Quy định số 58-QĐ/TW (#22), Quy định số 126-QĐ/TW (#23)?");
    }

    #[test]
    fn lookup_ambiguous_lists_candidates() {
        check(
            "Nguyễn Văn An",
            &[],
            "'Nguyễn Văn An' is ambiguous; it matches:\n#4 person Nguyễn Văn An (Thượng tá)\n#5 person Nguyễn Văn An",
        );
        let g = graph();
        assert!(matches!(
            resolve(&g, "to", &[]),
            Err(Error::Ambiguous { .. })
        ));
        assert_eq!(resolve(&g, "Tô", &[]).map(|n| n.id).ok(), Some(NodeId(2)));
    }

    #[test]
    fn lookup_not_found_suggests_nearest_names() {
        check(
            "Trần Quốc Toàn",
            &[NodeKind::Person],
            "no entity matches 'Trần Quốc Toàn'; did you mean: Trần Quốc Tỏ (#1)?",
        );
        check("Bộ Công an tỉnh", &[NodeKind::Organization], "no entity matches 'Bộ Công an tỉnh'; did you mean: Bộ Công an (#10), Đảng ủy Công an Trung ương (#12)?");
        check(
            "Bộ Ngoại giao",
            &[NodeKind::Organization],
            "no entity matches 'Bộ Ngoại giao'",
        );
        check("zzz", &[], "no entity matches 'zzz'");
        check("  ", &[], "an empty name matches nothing");
    }

    #[test]
    fn lookup_document_ref_parse() {
        let types = vec!["nghi quyet".to_string(), "quyet dinh".to_string()];
        let parse = |q: &str| DocumentRef::parse(&fold::ascii_key(q), &types);
        assert_eq!(
            parse("Nghị quyết số 012-NQ/TW"),
            Some(DocumentRef {
                doc_type: Some("nghi quyet".to_string()),
                abbreviation: None,
                number: "12".to_string(),
                code: Some("nq/tw".to_string()),
            })
        );
        assert_eq!(parse("Hội nghị 2021"), None);
        assert_eq!(parse("NQ 12 13"), None);
        assert_eq!(parse("12").map(|d| d.number), Some("12".to_string()));
    }

    #[test]
    fn lookup_edit_distance() {
        assert_eq!(edit_distance("kitten", "sitting"), 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("tô", "tỏ"), 1);
    }

    /// Every name and alias of the fixture finds its node, alone or among the
    /// candidates of an ambiguity, whatever its case or diacritics.
    #[test]
    fn lookup_every_name_finds_its_node() {
        let g = KnowledgeGraph::from_document(fixture::document());
        for node in g.nodes() {
            for name in names(node) {
                for query in [name.to_string(), name.to_uppercase(), fold::ascii_key(name)] {
                    let found = best(&g, &query, &[]).expect("a match");
                    assert!(
                        found.iter().any(|m| m.node.id == node.id),
                        "{query:?} misses #{}",
                        node.id
                    );
                }
            }
        }
    }
}
