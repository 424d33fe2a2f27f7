//! The scorer: a port of `shared/eval/score.py` that reads a [`GraphDocument`]
//! and a directory of gold annotations (`GOLD_FORMAT.md`) and reports precision,
//! recall and F1 per kind, micro averages, role accuracy, cross-article merges and
//! false merges, with the same matching rules and the same numbers.
//!
//! Facts are scored per article: a node or edge counts for an article when one of
//! its sources names it. The Python script is the reference; every function here
//! names its counterpart, and an integration test compares the two on the same
//! export. This module reads gold files and nothing else; it never writes.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

use crate::model::{Edge, GraphDocument, Node};
use crate::{Error, Result};

/// Entity kinds, in the order the report lists them.
const ENTITY_KINDS: [&str; 4] = ["person", "organization", "resolution", "meeting"];
/// Relation kinds, in the order the report lists them.
const RELATION_KINDS: [&str; 10] = [
    "chaired",
    "organized",
    "attended",
    "spoke_at",
    "issued",
    "implements",
    "supersedes",
    "discussed",
    "holds_position",
    "part_of",
];
const TONES: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];
const PUNCT: &[char] = &[
    '"', '\'', '“', '”', '‘', '’', '«', '»', '(', ')', '[', ']', '{', '}', '.', ',', ':', ';', '!',
    '?', '…',
];

// The patterns below are literals checked by the tests: compiling them cannot fail.
static DOC_TYPE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*(nghị quyết|quyết định|quy định|quy chế|kế hoạch|chỉ thị|kết luận|hướng dẫn|chương trình hành động|chương trình|thông báo|luật|nghị định|thông tư|công văn|đề án|báo cáo)\s+(?:số\s*)?(\d+)(?:\s*[-/]\s*([0-9A-Za-zĐđ/\-]+))?",
    )
    .expect("DOC_TYPE_RE is a valid pattern")
});
static YEAR_PREFIX_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\d{4}\s*[/-]").expect("YEAR_PREFIX_RE is a valid pattern"));
static CODE_SEP_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\s\-/]").expect("CODE_SEP_RE is a valid pattern"));
static NON_DIGIT_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\D").expect("NON_DIGIT_RE is a valid pattern"));

/// The gold annotation of one article.
#[derive(Clone, Debug)]
pub struct GoldArticle {
    /// The article's file name.
    pub doc: String,
    entities: Vec<GoldEntity>,
    relations: Vec<GoldRelation>,
}

#[derive(Clone, Debug)]
struct GoldEntity {
    id: String,
    kind: String,
    name: Option<String>,
    aliases: Vec<String>,
    optional: bool,
    identity: Option<String>,
    date: Option<String>,
    meeting_type: Option<String>,
    doc_type: Option<String>,
    /// `Some(None)` is an explicit `"number": null`: an unnumbered document.
    number: Option<Option<String>>,
    code: Option<String>,
}

#[derive(Clone, Debug)]
struct GoldRelation {
    kind: String,
    source: String,
    target: String,
    role: Option<String>,
    optional: bool,
    /// The relation itself first, then its alternatives: (kind, source, target, role).
    readings: Vec<(String, String, String, Option<String>)>,
}

impl GoldArticle {
    /// Parses one gold file's JSON; `path` names it in errors.
    pub fn parse(text: &str, path: &Path) -> Result<GoldArticle> {
        let bad = |message: String| Error::BadInput {
            path: path.to_path_buf(),
            message,
        };
        let value: Value =
            serde_json::from_str(text).map_err(|e| bad(format!("invalid gold JSON: {e}")))?;
        let doc = value
            .get("doc")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("gold file has no \"doc\"".into()))?
            .to_string();
        let list = |field: &str| -> Result<Vec<Value>> {
            match value.get(field) {
                Some(Value::Array(items)) => Ok(items.clone()),
                _ => Err(bad(format!("gold file has no \"{field}\" list"))),
            }
        };
        let mut entities = Vec::new();
        for (i, e) in list("entities")?.iter().enumerate() {
            let field = |name: &str| {
                string_of(e.get(name)).ok_or_else(|| bad(format!("entity {i} has no \"{name}\"")))
            };
            entities.push(GoldEntity {
                id: field("id")?,
                kind: field("kind")?,
                name: string_of(e.get("name")),
                aliases: strings_of(e.get("aliases")),
                optional: truthy(e.get("optional")),
                identity: string_of(e.get("identity")).filter(|s| !s.is_empty()),
                date: string_of(e.get("date")),
                meeting_type: string_of(e.get("meeting_type")),
                doc_type: string_of(e.get("doc_type")),
                number: e.get("number").map(|n| string_of(Some(n))),
                code: string_of(e.get("code")),
            });
        }
        let mut relations = Vec::new();
        for (i, r) in list("relations")?.iter().enumerate() {
            let field = |v: &Value, name: &str| {
                string_of(v.get(name)).ok_or_else(|| bad(format!("relation {i} has no \"{name}\"")))
            };
            let kind = field(r, "kind")?;
            let role = string_of(r.get("role"));
            let mut readings = vec![(
                kind.clone(),
                field(r, "source")?,
                field(r, "target")?,
                role.clone(),
            )];
            if let Some(Value::Array(alts)) = r.get("alternatives") {
                for alt in alts {
                    // An alternative's missing kind or role is the main relation's.
                    let alt_role = match alt.get("role") {
                        Some(v) => string_of(Some(v)),
                        None => role.clone(),
                    };
                    readings.push((
                        string_of(alt.get("kind")).unwrap_or_else(|| kind.clone()),
                        field(alt, "source")?,
                        field(alt, "target")?,
                        alt_role,
                    ));
                }
            }
            relations.push(GoldRelation {
                source: readings[0].1.clone(),
                target: readings[0].2.clone(),
                kind,
                role,
                optional: truthy(r.get("optional")),
                readings,
            });
        }
        Ok(GoldArticle {
            doc,
            entities,
            relations,
        })
    }
}

/// Reads every `*.json` of a gold directory, in file-name order; with `docs`,
/// keeps only the articles named there.
pub fn load_gold_dir(dir: &Path, docs: Option<&BTreeSet<String>>) -> Result<Vec<GoldArticle>> {
    let io = |path: &Path, source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| io(dir, e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with(".json"))
        })
        .collect();
    files.sort();
    let mut golds = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).map_err(|e| io(&path, e))?;
        let gold = GoldArticle::parse(&text, &path)?;
        if docs.is_none_or(|d| d.contains(&gold.doc)) {
            golds.push(gold);
        }
    }
    Ok(golds)
}

/// True positives, false positives and false negatives of one kind, with the
/// derived precision, recall and F1.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Counts {
    /// True positives.
    pub tp: u64,
    /// False positives.
    pub fp: u64,
    /// False negatives.
    #[serde(rename = "fn")]
    pub fn_: u64,
    /// tp / (tp + fp), 0 when undefined.
    pub precision: f64,
    /// tp / (tp + fn), 0 when undefined.
    pub recall: f64,
    /// Harmonic mean of precision and recall, 0 when undefined.
    pub f1: f64,
}

impl Counts {
    fn new(tp: u64, fp: u64, fn_: u64) -> Counts {
        let ratio = |a: u64, b: u64| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, tp + fn_);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Counts {
            tp,
            fp,
            fn_,
            precision,
            recall,
            f1,
        }
    }
}

/// Per-kind counts in the report's kind order; kinds with nothing counted are left out.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KindTable(pub Vec<(String, Counts)>);

impl Serialize for KindTable {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (kind, counts) in &self.0 {
            map.serialize_entry(kind, counts)?;
        }
        map.end()
    }
}

/// One scoring mistake, for the verbose listing.
#[derive(Clone, Debug, PartialEq)]
pub struct Miss {
    /// The article.
    pub doc: String,
    /// `FP` or `FN`.
    pub what: &'static str,
    /// Entity or relation kind.
    pub kind: String,
    /// What was missed or wrongly found.
    pub text: String,
}

/// The scorer's result; serialises to the same JSON as `score.py --json`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report {
    /// Per entity kind.
    pub entities: KindTable,
    /// Entity micro average.
    pub entities_micro: Counts,
    /// Per relation kind.
    pub relations: KindTable,
    /// Relation micro average.
    pub relations_micro: Counts,
    /// Share of matched holds_position edges with the gold role; `None` with none matched.
    pub role_accuracy: Option<f64>,
    /// Gold entities in several articles that are one system node in all of them.
    pub cross_article_merged: u64,
    /// Gold entities that appear in several articles.
    pub cross_article_groups: u64,
    /// System nodes that stand for several different gold entities.
    pub false_merges: u64,
    /// Mean of the entity and relation micro F1, rounded to 4 decimals.
    pub score: f64,
    /// Matched holds_position edges with the right role.
    #[serde(skip)]
    pub role_ok: u64,
    /// Matched holds_position edges.
    #[serde(skip)]
    pub role_all: u64,
    /// Each false merge: the node's name and the gold identities it merges.
    #[serde(skip)]
    pub false_merge_list: Vec<(String, Vec<String>)>,
    /// Every FP and FN, in scoring order.
    #[serde(skip)]
    pub misses: Vec<Miss>,
}

impl Report {
    /// The report as `score.py` prints it.
    pub fn render_text(&self) -> String {
        self.render(false)
    }

    /// The report as `score.py --verbose` prints it: false merges and misses too.
    pub fn render_verbose(&self) -> String {
        self.render(true)
    }

    fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        let row = |out: &mut String, name: &str, c: &Counts| {
            let _ = writeln!(
                out,
                "{:<16} {:>5} {:>5} {:>5}  {:>6.3} {:>6.3} {:>6.3}",
                name, c.tp, c.fp, c.fn_, c.precision, c.recall, c.f1
            );
        };
        let _ = writeln!(
            out,
            "{:<16} {:>5} {:>5} {:>5}  {:>6} {:>6} {:>6}",
            "kind", "tp", "fp", "fn", "P", "R", "F1"
        );
        for (title, table, micro) in [
            ("ENTITIES", &self.entities, &self.entities_micro),
            ("RELATIONS", &self.relations, &self.relations_micro),
        ] {
            let _ = writeln!(out, "{title}");
            for (kind, counts) in &table.0 {
                row(&mut out, kind, counts);
            }
            row(&mut out, "  micro", micro);
        }
        if self.role_all > 0 {
            let _ = writeln!(
                out,
                "holds_position role accuracy: {}/{}",
                self.role_ok, self.role_all
            );
        }
        let _ = writeln!(
            out,
            "entities in several articles merged into one node: {}/{}",
            self.cross_article_merged, self.cross_article_groups
        );
        let _ = writeln!(
            out,
            "nodes that merge different gold entities: {}",
            self.false_merges
        );
        if verbose {
            for (name, ids) in &self.false_merge_list {
                let ids: Vec<String> = ids.iter().map(|i| py_repr(Some(i))).collect();
                let _ = writeln!(out, "  false merge: {name} <- [{}]", ids.join(", "));
            }
            for m in &self.misses {
                let _ = writeln!(out, "  {} {} {:<14} {}", m.doc, m.what, m.kind, m.text);
            }
        }
        let _ = writeln!(
            out,
            "score (mean of entity and relation micro F1): {:.4}",
            self.score
        );
        out
    }
}

/// Reads the gold directory and scores the graph against it (`score.py GRAPH GOLD_DIR`).
pub fn evaluate_dir(graph: &GraphDocument, dir: &Path) -> Result<Report> {
    Ok(evaluate(graph, &load_gold_dir(dir, None)?))
}

/// A gold entity's identity across articles (`identity()` in score.py).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Identity {
    /// An annotated identity.
    Named(String, String),
    /// A numbered document: type key, number, code key.
    Document(String, String, Option<String>),
    /// Kind and folded name.
    Name(String, String),
}

impl Identity {
    /// Python's `str(i[1:])` of the identity tuple, for the verbose listing.
    fn repr_tail(&self) -> String {
        match self {
            Identity::Named(_, id) => format!("({},)", py_repr(Some(&format!("id:{id}")))),
            Identity::Name(_, key) => format!("({},)", py_repr(Some(key))),
            Identity::Document(t, n, c) => {
                format!(
                    "({}, {}, {})",
                    py_repr(Some(t)),
                    py_repr(Some(n)),
                    py_repr(c.as_ref())
                )
            }
        }
    }
}

/// Scores a graph against gold articles (`main()` of score.py).
pub fn evaluate(graph: &GraphDocument, golds: &[GoldArticle]) -> Report {
    let nodes: HashMap<i64, &Node> = graph.nodes.iter().map(|n| (n.id.0, n)).collect();
    let mut by_doc_nodes: HashMap<String, Vec<&Node>> = HashMap::new();
    let mut by_doc_edges: HashMap<String, Vec<&Edge>> = HashMap::new();
    // Nodes in graph order, as the script's dict keeps them (last of a duplicate id wins).
    let mut seen_ids = HashSet::new();
    let mut unique_nodes: Vec<&Node> = Vec::new();
    for n in &graph.nodes {
        if seen_ids.insert(n.id.0) {
            unique_nodes.push(n);
        }
    }
    for n in unique_nodes {
        let n = nodes[&n.id.0];
        let docs: HashSet<&str> = n.sources.iter().map(|s| s.doc.as_str()).collect();
        for d in docs {
            by_doc_nodes
                .entry(basename(d).to_string())
                .or_default()
                .push(n);
        }
    }
    for e in &graph.edges {
        let docs: HashSet<&str> = e.sources.iter().map(|s| s.doc.as_str()).collect();
        for d in docs {
            by_doc_edges
                .entry(basename(d).to_string())
                .or_default()
                .push(e);
        }
    }

    let mut ent: HashMap<String, [u64; 3]> = HashMap::new();
    let mut rel: HashMap<String, [u64; 3]> = HashMap::new();
    let (mut role_ok, mut role_all) = (0u64, 0u64);
    let mut groups: HashMap<Identity, HashMap<String, Option<i64>>> = HashMap::new();
    let mut identities_of: HashMap<i64, BTreeSet<Identity>> = HashMap::new();
    let mut misses = Vec::new();
    let miss = |misses: &mut Vec<Miss>, doc: &str, what, kind: &str, text: String| {
        misses.push(Miss {
            doc: doc.to_string(),
            what,
            kind: kind.to_string(),
            text,
        })
    };

    // A document cited without its code in one article takes the code the other
    // articles give it, when exactly one code is known for that type and number.
    let mut codes: HashMap<(String, String), BTreeSet<String>> = HashMap::new();
    for gold in golds {
        for g in &gold.entities {
            if g.kind == "resolution" {
                if let Some((t, n, Some(c))) = gold_doc_ident(g) {
                    codes.entry((t, n)).or_default().insert(c);
                }
            }
        }
    }
    // A person without an annotated identity takes the one identity that other
    // articles annotate for the same name, when exactly one exists.
    let mut named_ids: HashMap<(String, String), BTreeSet<String>> = HashMap::new();
    for gold in golds {
        for g in &gold.entities {
            if let Some(ident) = &g.identity {
                named_ids
                    .entry((g.kind.clone(), key(g.name.as_deref())))
                    .or_default()
                    .insert(ident.clone());
            }
        }
    }
    let only = |set: Option<&BTreeSet<String>>| -> Option<String> {
        set.filter(|s| s.len() == 1)
            .and_then(|s| s.iter().next().cloned())
    };
    let identity = |g: &GoldEntity| -> Identity {
        let name_key = key(g.name.as_deref());
        let ident = g
            .identity
            .clone()
            .or_else(|| only(named_ids.get(&(g.kind.clone(), name_key.clone()))));
        if let Some(ident) = ident {
            return Identity::Named(g.kind.clone(), ident);
        }
        if g.kind == "resolution" {
            if let Some((t, n, c)) = gold_doc_ident(g) {
                let c = c.or_else(|| only(codes.get(&(t.clone(), n.clone()))));
                return Identity::Document(t, n, c);
            }
        }
        Identity::Name(g.kind.clone(), name_key)
    };

    for gold in golds {
        let doc = gold.doc.as_str();
        let gents = &gold.entities;
        let gby: HashMap<&str, &GoldEntity> = gents.iter().map(|g| (g.id.as_str(), g)).collect();
        let empty_nodes = Vec::new();
        let snodes = by_doc_nodes.get(doc).unwrap_or(&empty_nodes);
        let mapping = assign(snodes, gents);
        let sys_of: HashMap<&str, i64> = mapping.iter().map(|(&s, g)| (g.as_str(), s)).collect();
        for s in snodes {
            let kind = s.kind.as_str();
            match mapping.get(&s.id.0).map(|gid| gby[gid.as_str()]) {
                None => {
                    ent.entry(kind.to_string()).or_default()[1] += 1;
                    miss(&mut misses, doc, "FP", kind, s.name.clone());
                }
                Some(g) if g.optional => {}
                Some(g)
                    if kind == "meeting"
                        && g.date.as_deref().is_some_and(|d| !d.is_empty())
                        && !dates_agree(date_of(s).as_deref(), g.date.as_deref()) =>
                {
                    // Matched for its relations, but a meeting without its date is not the meeting.
                    let counts = ent.entry("meeting".to_string()).or_default();
                    counts[1] += 1;
                    counts[2] += 1;
                    miss(
                        &mut misses,
                        doc,
                        "FN",
                        "meeting",
                        format!(
                            "{} (date {}, system {})",
                            py_str(g.name.as_deref()),
                            py_str(g.date.as_deref()),
                            py_str(date_of(s).as_deref())
                        ),
                    );
                }
                Some(_) => ent.entry(kind.to_string()).or_default()[0] += 1,
            }
        }
        for g in gents {
            if !sys_of.contains_key(g.id.as_str()) && !g.optional {
                ent.entry(g.kind.clone()).or_default()[2] += 1;
                miss(&mut misses, doc, "FN", &g.kind, py_str(g.name.as_deref()));
            }
            if g.kind == "meeting" || g.optional {
                continue;
            }
            let ident = identity(g);
            let sid = sys_of.get(g.id.as_str()).copied();
            groups
                .entry(ident.clone())
                .or_default()
                .insert(doc.to_string(), sid);
            if let Some(sid) = sid {
                identities_of.entry(sid).or_default().insert(ident);
            }
        }

        // Gold relations: each may list alternatives (another reading of the same
        // fact); any one of them found credits the relation once.
        let rels = &gold.relations;
        // (kind, source, target) -> (relation index, folded role) of each reading.
        type Readings = Vec<(usize, String)>;
        let mut lookup: HashMap<(&str, &str, &str), Readings> = HashMap::new();
        for (i, r) in rels.iter().enumerate() {
            for (kind, source, target, role) in &r.readings {
                lookup
                    .entry((kind.as_str(), source.as_str(), target.as_str()))
                    .or_default()
                    .push((i, key(role.as_deref())));
            }
        }
        let mut credited: HashSet<usize> = HashSet::new();
        let chaired_pairs: HashSet<(&str, &str)> = rels
            .iter()
            .filter(|r| r.kind == "chaired")
            .map(|r| (r.source.as_str(), r.target.as_str()))
            .collect();
        let mut seen = HashSet::new();
        let empty_edges = Vec::new();
        for e in by_doc_edges.get(doc).unwrap_or(&empty_edges) {
            let kind = e.kind.as_str();
            let role = key(e.attrs.get("role").map(String::as_str));
            if !seen.insert((kind, e.source.0, e.target.0, role.clone())) {
                continue;
            }
            let gs = mapping.get(&e.source.0).map(String::as_str);
            let gt = mapping.get(&e.target.0).map(String::as_str);
            let cands: &[(usize, String)] = match (gs, gt) {
                (Some(s), Some(t)) => lookup.get(&(kind, s, t)).map_or(&[], Vec::as_slice),
                _ => &[],
            };
            let mut open: Vec<&(usize, String)> = cands
                .iter()
                .filter(|(i, _)| !credited.contains(i))
                .collect();
            if !open.is_empty() {
                // Stable: the first reading with the system's role, else the first open one.
                open.sort_by_key(|(_, r)| *r != role);
                let (i, gold_role) = open[0];
                credited.insert(*i);
                if rels[*i].optional {
                    continue;
                }
                rel.entry(kind.to_string()).or_default()[0] += 1;
                if kind == "holds_position" {
                    role_all += 1;
                    if role == *gold_role {
                        role_ok += 1;
                    }
                }
                continue;
            }
            if !cands.is_empty() {
                continue; // another reading of a fact already credited
            }
            let optional = |g: Option<&str>| g.is_some_and(|g| gby[g].optional);
            if optional(gs) || optional(gt) {
                continue;
            }
            if kind == "attended" {
                if let (Some(s), Some(t)) = (gs, gt) {
                    if chaired_pairs.contains(&(s, t)) {
                        continue;
                    }
                }
            }
            rel.entry(kind.to_string()).or_default()[1] += 1;
            let name = |id: i64| py_str(nodes.get(&id).map(|n| n.name.as_str()));
            miss(
                &mut misses,
                doc,
                "FP",
                kind,
                format!("{} -> {}", name(e.source.0), name(e.target.0)),
            );
        }
        for (i, r) in rels.iter().enumerate() {
            if !credited.contains(&i) && !r.optional {
                rel.entry(r.kind.clone()).or_default()[2] += 1;
                let name = |id: &str| py_str(gby.get(id).and_then(|g| g.name.as_deref()));
                let role = match r.role.as_deref() {
                    Some(role) if !role.is_empty() => format!(" ({role})"),
                    _ => String::new(),
                };
                miss(
                    &mut misses,
                    doc,
                    "FN",
                    &r.kind,
                    format!("{} -> {}{role}", name(&r.source), name(&r.target)),
                );
            }
        }
    }

    // A node standing for several different gold entities is wrong once per extra entity.
    let mut false_merge_list: Vec<(String, Vec<String>)> = Vec::new();
    let mut sids: Vec<&i64> = identities_of.keys().collect();
    sids.sort();
    for sid in sids {
        let ids = &identities_of[sid];
        if ids.len() > 1 {
            let node = nodes[sid];
            ent.entry(node.kind.as_str().to_string()).or_default()[1] += ids.len() as u64 - 1;
            let mut reprs: Vec<String> = ids.iter().map(Identity::repr_tail).collect();
            reprs.sort();
            false_merge_list.push((node.name.clone(), reprs));
        }
    }
    false_merge_list.sort();

    let (entities, entities_micro) = table(&ent, &ENTITY_KINDS);
    let (relations, relations_micro) = table(&rel, &RELATION_KINDS);
    let multi: Vec<&HashMap<String, Option<i64>>> =
        groups.values().filter(|d| d.len() >= 2).collect();
    let merged = multi
        .iter()
        .filter(|d| {
            let values: HashSet<&Option<i64>> = d.values().collect();
            !values.contains(&None) && values.len() == 1
        })
        .count();
    let score = round4((entities_micro.f1 + relations_micro.f1) / 2.0);
    Report {
        entities,
        entities_micro,
        relations,
        relations_micro,
        role_accuracy: (role_all > 0).then(|| role_ok as f64 / role_all as f64),
        cross_article_merged: merged as u64,
        cross_article_groups: multi.len() as u64,
        false_merges: false_merge_list.len() as u64,
        score,
        role_ok,
        role_all,
        false_merge_list,
        misses,
    }
}

/// Per-kind rows (kinds with any count) and their micro average (`table()`).
fn table(counts: &HashMap<String, [u64; 3]>, kinds: &[&str]) -> (KindTable, Counts) {
    let mut rows = Vec::new();
    let mut total = [0u64; 3];
    for kind in kinds {
        let [tp, fp, fn_] = counts.get(*kind).copied().unwrap_or_default();
        if tp + fp + fn_ == 0 {
            continue;
        }
        rows.push((kind.to_string(), Counts::new(tp, fp, fn_)));
        total = [total[0] + tp, total[1] + fp, total[2] + fn_];
    }
    (KindTable(rows), Counts::new(total[0], total[1], total[2]))
}

/// Python's `round(x, 4)`: the double nearest the correctly rounded decimal.
fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

/// Greedy one-to-one matching by score, best first (`assign()`): system id -> gold id.
fn assign(sys_nodes: &[&Node], gold_ents: &[GoldEntity]) -> HashMap<i64, String> {
    let mut pairs = Vec::new();
    for s in sys_nodes {
        for g in gold_ents {
            let score = match_score(s, g);
            if score > 0 {
                pairs.push((score, s.id.0, g.id.as_str()));
            }
        }
    }
    // Stable, as Python's sort: ties keep system-then-gold order.
    pairs.sort_by_key(|p| std::cmp::Reverse(p.0));
    let mut used_s = HashSet::new();
    let mut used_g = HashSet::new();
    let mut out = HashMap::new();
    for (_, sid, gid) in pairs {
        if used_s.contains(&sid) || used_g.contains(gid) {
            continue;
        }
        used_s.insert(sid);
        used_g.insert(gid);
        out.insert(sid, gid.to_string());
    }
    out
}

/// Greater than 0 when the system node may stand for the gold entity; higher is better.
fn match_score(s: &Node, g: &GoldEntity) -> u32 {
    let kind = g.kind.as_str();
    if s.kind.as_str() != kind {
        return 0;
    }
    let attr = |name: &str| s.attrs.get(name).map(String::as_str);
    let shared_name = || !node_names(s).is_disjoint(&gold_names(g));
    match kind {
        "resolution" => {
            let gi = gold_doc_ident(g);
            let si = doc_ident(
                attr("doc_type"),
                attr("number"),
                attr("code"),
                Some(&s.name),
            );
            if let Some(gi) = gi {
                return match si {
                    // A system node named like one of the gold names still counts.
                    None => u32::from(shared_name()),
                    Some(si) => 3 * u32::from(same_doc(&si, &gi)),
                };
            }
            if si.is_some() && !attr("number").unwrap_or("").trim().is_empty() {
                return 0; // a numbered system document is not an unnumbered gold one
            }
            2 * u32::from(shared_name())
        }
        "meeting" => {
            // Meetings have no proper names: match on date, type and wording.
            let mut score = 0;
            let sd = date_of(s);
            let gd = g.date.as_deref().filter(|d| !d.is_empty());
            if let (Some(sd), Some(gd)) = (sd.as_deref(), gd) {
                if !dates_agree(Some(sd), Some(gd)) {
                    return 0;
                }
                score += 3;
            }
            if same_meeting_type(attr("meeting_type"), g.meeting_type.as_deref()) {
                score += 1;
            }
            let (sn, gn) = (node_names(s), gold_names(g));
            if !sn.is_disjoint(&gn) {
                score += 2;
            } else {
                let words = |names: &HashSet<String>| -> HashSet<String> {
                    names
                        .iter()
                        .flat_map(|n| n.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                        .collect()
                };
                let (sw, gw) = (words(&sn), words(&gn));
                if !sw.is_empty() && !gw.is_empty() {
                    let inter = sw.intersection(&gw).count() as f64;
                    let union = sw.union(&gw).count() as f64;
                    if inter / union >= 0.5 {
                        score += 1;
                    }
                }
            }
            score
        }
        _ => 2 * u32::from(shared_name()),
    }
}

/// Folded keys of a system node's name and aliases (`names()`).
fn node_names(n: &Node) -> HashSet<String> {
    std::iter::once(&n.name)
        .chain(&n.aliases)
        .filter(|s| !s.is_empty())
        .map(|s| key(Some(s)))
        .collect()
}

/// Folded keys of a gold entity's name and aliases (`names()`).
fn gold_names(g: &GoldEntity) -> HashSet<String> {
    g.name
        .iter()
        .chain(&g.aliases)
        .filter(|s| !s.is_empty())
        .map(|s| key(Some(s)))
        .collect()
}

/// A system node's date attribute, trimmed, `None` when blank (`date_of()`).
fn date_of(n: &Node) -> Option<String> {
    n.attrs
        .get("date")
        .map(|d| d.trim().to_string())
        .filter(|d| !d.is_empty())
}

/// Dates agree when equal or when a partial `--MM-DD` matches any year (`dates_agree()`).
fn dates_agree(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else {
        return false;
    };
    if a.is_empty() || b.is_empty() {
        return false;
    }
    a == b
        || (a.starts_with("--") && b.ends_with(&a[1..]))
        || (b.starts_with("--") && a.ends_with(&b[1..]))
}

/// Equal types, or the shorter (of at least two words) starts the longer (`same_meeting_type()`).
fn same_meeting_type(a: Option<&str>, b: Option<&str>) -> bool {
    let (a, b) = (key(a), key(b));
    let a: Vec<&str> = a.split_whitespace().collect();
    let b: Vec<&str> = b.split_whitespace().collect();
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    short == long || (short.len() >= 2 && long[..short.len()] == short[..])
}

/// A document's identity: type key, number without leading zeros, code key.
type DocIdent = (String, String, Option<String>);

/// The identity of a directive document from its attributes or, when they lack
/// type or number, from the start of its name (`doc_ident()`).
fn doc_ident(
    doc_type: Option<&str>,
    number: Option<&str>,
    code: Option<&str>,
    name: Option<&str>,
) -> Option<DocIdent> {
    let truthy = |s: Option<&str>| s.is_some_and(|s| !s.is_empty());
    let (mut dtype, mut num, mut code) = (
        doc_type.map(str::to_string),
        number.map(str::to_string),
        code.map(str::to_string),
    );
    if !(truthy(dtype.as_deref()) && truthy(num.as_deref())) {
        let name: String = name.unwrap_or("").nfc().collect();
        if let Some(m) = DOC_TYPE_RE.captures(&name) {
            let group = |i| m.get(i).map(|g| g.as_str().to_string());
            if !truthy(dtype.as_deref()) {
                dtype = group(1);
            }
            if !truthy(num.as_deref()) {
                num = group(2);
            }
            if !truthy(code.as_deref()) {
                code = group(3);
            }
        }
    }
    let dtype = dtype.filter(|d| !d.is_empty())?;
    let num = num.filter(|n| !n.trim().is_empty())?;
    let digits = NON_DIGIT_RE.replace_all(&num, "");
    if digits.is_empty() {
        return None;
    }
    let trimmed = digits.trim_start_matches('0');
    let number = if trimmed.is_empty() { "0" } else { trimmed };
    Some((
        key(Some(&dtype)),
        number.to_string(),
        code_key(code.as_deref()),
    ))
}

/// A gold document's identity; `"number": null` marks an unnumbered one (`gold_doc_ident()`).
fn gold_doc_ident(g: &GoldEntity) -> Option<DocIdent> {
    if let Some(None) = g.number {
        return None;
    }
    let number = g.number.as_ref().and_then(|n| n.as_deref());
    doc_ident(
        g.doc_type.as_deref(),
        number,
        g.code.as_deref(),
        g.name.as_deref(),
    )
}

/// Type and number equal, codes equal when both known (`same_doc()`).
fn same_doc(a: &DocIdent, b: &DocIdent) -> bool {
    a.0 == b.0 && a.1 == b.1 && (a.2.is_none() || b.2.is_none() || a.2 == b.2)
}

/// Issuer code for comparison: "NQ/TW" = "NQ-TW"; a leading year dropped (`code_key()`).
fn code_key(code: Option<&str>) -> Option<String> {
    let code: String = code.filter(|c| !c.is_empty())?.nfc().collect();
    let code = YEAR_PREFIX_RE.replace(&code, "");
    let code = CODE_SEP_RE.replace_all(&code, "").to_uppercase();
    (!code.is_empty()).then_some(code)
}

/// The scorer's comparison key (`key()`): NFD, the tone marks moved to the end of
/// their word, case-folded, punctuation at word edges dropped, single spaces.
///
/// Unlike [`crate::text::fold::key`] it keeps every tone mark of a word, as the
/// script does.
pub fn key(text: Option<&str>) -> String {
    let Some(text) = text else {
        return String::new();
    };
    let text: String = text.replace('\u{a0}', " ").nfd().collect();
    let mut words = Vec::new();
    for word in text.split_whitespace() {
        let word = word.trim_matches(PUNCT);
        let tone: String = word.chars().filter(|c| TONES.contains(c)).collect();
        let base: String = word.chars().filter(|c| !TONES.contains(c)).collect();
        let mut folded = String::with_capacity(base.len() + tone.len());
        for c in base.nfc() {
            match c {
                // str.casefold() differs from lowercasing for these.
                'ß' | 'ẞ' => folded.push_str("ss"),
                'ſ' => folded.push('s'),
                c => folded.extend(c.to_lowercase()),
            }
        }
        folded.push_str(&tone);
        if !folded.is_empty() {
            words.push(folded);
        }
    }
    words.join(" ")
}

/// The last path component, as Python's `os.path.basename` on POSIX.
fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// A JSON value as Python's `str()` would give it for the scorer's purposes;
/// `None` for null, absent, lists and objects.
fn string_of(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(if *b { "True" } else { "False" }.to_string()),
        _ => None,
    }
}

fn strings_of(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Array(items)) => items.iter().filter_map(|v| string_of(Some(v))).collect(),
        _ => Vec::new(),
    }
}

/// Python truthiness of a JSON value.
fn truthy(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64() != Some(0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// Python's `"%s" % x` of an optional string.
fn py_str(text: Option<&str>) -> String {
    text.unwrap_or("None").to_string()
}

/// Python's `repr()` of an optional string (single quotes unless it holds one).
fn py_repr(text: Option<&String>) -> String {
    match text {
        None => "None".to_string(),
        Some(t) if t.contains('\'') && !t.contains('"') => format!("\"{t}\""),
        Some(t) => format!("'{}'", t.replace('\\', "\\\\").replace('\'', "\\'")),
    }
}

#[cfg(test)]
mod tests;
