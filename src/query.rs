//! The analyst's questions over a [`KnowledgeGraph`]: who chaired a meeting, which
//! meetings match some filters, how a document traces to its root directive and
//! down to what carries it out, the profile of one entity, and a ranked search.
//!
//! [`answer`] turns a [`Request`] into an [`Answer`], which serialises to stable
//! JSON and renders as aligned plain text ([`Answer::render_text`]) with the date,
//! the quote and the article behind every fact. Entity arguments are resolved by
//! [`lookup`]; an argument that matches nothing or several entities is an error
//! (`Error::NotFound`, `Error::Ambiguous`). This module does no IO and prints
//! nothing: the binary decides where answers go and which exit code they mean.

mod draw;
pub mod lookup;
mod render;
pub mod select;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::date::PartialDate;
use crate::graph::{Direction, KnowledgeGraph, Neighbour, Stop, TreeNode};
use crate::model::{Attrs, Edge, EdgeKind, Node, NodeId, NodeKind};
use crate::text::fold;
use crate::{Error, Result};

pub use lookup::Tier;

/// A question, as the command line states it. Entity arguments are free text
/// resolved by [`lookup`]: an id (`#12`), a name, an alias, a document number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Request {
    /// Who chaired the meetings that match `meeting` (words, type, date such as
    /// "7/9/2021" or "2021-09-07", or an id).
    WhoChaired {
        /// The meeting query.
        meeting: String,
        /// At most this many meetings, the newest; all when `None`.
        limit: Option<usize>,
    },
    /// Meetings, newest first, filtered by every filter given.
    Meetings {
        /// A person who chaired the meeting.
        chaired_by: Option<String>,
        /// A person who attended it.
        attended_by: Option<String>,
        /// An organisation that organised it.
        organized_by: Option<String>,
        /// A document it discussed.
        discussed: Option<String>,
        /// Earliest date (ISO; `2021`, `2021-09` or `2021-09-07`).
        from: Option<String>,
        /// Latest date (ISO; partial dates include their whole period).
        to: Option<String>,
    },
    /// A document's issuers, what it implements up to the root, what implements
    /// it, what it supersedes or is superseded by, and where it was discussed.
    Trace {
        /// The document.
        doc: String,
        /// How many links to follow each way; unlimited when `None`.
        depth: Option<usize>,
        /// Which way to follow links; both when neither `up` nor `down` is set.
        way: TraceWay,
        /// At most this many documents below each one, and meetings per
        /// document: the newest; all when `None`.
        limit: Option<usize>,
    },
    /// Everything the graph knows about one entity.
    Show {
        /// The entity.
        entity: String,
        /// At most this many facts of each section, the most recently
        /// reported; all when `None`.
        limit: Option<usize>,
    },
    /// Who held a post (a role, optionally in one body), with the dates of the
    /// articles that report it.
    Holders {
        /// The role ("Thứ trưởng"), matched ignoring case and diacritics.
        role: String,
        /// Only posts in this body.
        of: Option<String>,
    },
    /// The shortest chain of relations linking two entities.
    Path {
        /// Where the chain starts.
        from: String,
        /// Where it ends.
        to: String,
    },
    /// Entities whose name or alias matches `text`, best first.
    Search {
        /// The text to look for.
        text: String,
        /// Only entities of this kind.
        kind: Option<NodeKind>,
    },
}

/// Which links `trace` follows from the document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TraceWay {
    /// Up (what it implements, what it supersedes) and down (what implements
    /// it, what supersedes it).
    #[default]
    Both,
    /// Only up: what the document implements, to the root, and what it supersedes.
    Up,
    /// Only down: what implements the document, transitively, and what supersedes it.
    Down,
}

impl TraceWay {
    /// The way `--up` / `--down` flags ask for: both when both or neither are set.
    pub fn from_flags(up: bool, down: bool) -> TraceWay {
        match (up, down) {
            (true, false) => TraceWay::Up,
            (false, true) => TraceWay::Down,
            _ => TraceWay::Both,
        }
    }

    /// Whether links up (what the document implements or supersedes) are followed.
    pub fn up(self) -> bool {
        self != TraceWay::Down
    }

    /// Whether links down (what implements or supersedes the document) are followed.
    pub fn down(self) -> bool {
        self != TraceWay::Up
    }
}

/// A node as answers cite it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntityRef {
    /// The node id.
    pub id: NodeId,
    /// The node kind.
    pub kind: NodeKind,
    /// The canonical name.
    pub name: String,
    /// The node's date (documents, meetings), ISO, possibly partial.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// Where a fact is stated: the article, its date and the sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Evidence {
    /// The article's file name.
    pub doc: String,
    /// The article's published date (ISO, possibly partial), when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The sentence stating the fact; `None` until quoted when the graph was
    /// loaded without quotes (see [`Answer::quote`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
    /// Where the sentence lies in the article (char offsets).
    #[serde(skip)]
    pub span: Option<(usize, usize)>,
}

/// One relation of an entity: the edge kind, the entity at the other end and the
/// evidence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fact {
    /// The edge kind.
    pub relation: EdgeKind,
    /// The role, for `holds_position`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The entity at the other end of the edge.
    pub entity: EntityRef,
    /// The published dates of the articles that state the edge, earliest first
    /// (undated articles left out).
    pub reported: Vec<String>,
    /// Every article sentence that states the edge.
    pub evidence: Vec<Evidence>,
}

/// A meeting with its chairs (answer to `who-chaired`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ChairedMeeting {
    /// The meeting (with its date).
    pub meeting: EntityRef,
    /// Hội nghị, Hội thảo...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meeting_type: Option<String>,
    /// Who chaired it, with the evidence.
    pub chairs: Vec<Fact>,
}

/// The answer to `who-chaired`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WhoChaired {
    /// The meeting query as asked.
    pub query: String,
    /// How many meetings match.
    pub total: usize,
    /// The matching meetings, newest first (the newest `limit` of them).
    pub meetings: Vec<ChairedMeeting>,
}

/// One row of the `meetings` listing.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MeetingRow {
    /// The meeting (with its date).
    pub meeting: EntityRef,
    /// Hội nghị, Hội thảo...
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meeting_type: Option<String>,
    /// Organisations that organised it.
    pub organizers: Vec<EntityRef>,
    /// People who chaired it.
    pub chairs: Vec<EntityRef>,
    /// Articles that report it.
    pub articles: Vec<String>,
    /// The sentences behind the row: those stating the filters' relations, or
    /// when there is no such filter, those naming its organiser or chair.
    pub evidence: Vec<Evidence>,
}

/// The answer to `meetings`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MeetingList {
    /// The filters as resolved ("chaired by #1 person Trần Quốc Tỏ").
    pub filters: Vec<String>,
    /// Matching meetings, newest first.
    pub meetings: Vec<MeetingRow>,
}

/// Why a branch of a trace tree stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TraceStop {
    /// The document is already on the branch: the links form a cycle.
    Cycle,
    /// The document is expanded elsewhere in the tree.
    Repeated,
    /// The depth limit was reached.
    Depth,
}

/// A document in a trace tree.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TraceNode {
    /// The document (with its date).
    pub document: EntityRef,
    /// The sentences stating the link from the parent.
    pub evidence: Vec<Evidence>,
    /// Who issued the document.
    pub issuers: Vec<EntityRef>,
    /// Meetings that discussed the document.
    pub discussed_at: Vec<EntityRef>,
    /// Why the branch stops here, if it does early.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stop: Option<TraceStop>,
    /// Ids that links of this tree name but the graph lacks.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<NodeId>,
    /// The next level (the newest `limit` documents, earliest first).
    pub children: Vec<TraceNode>,
    /// Documents of the next level left out by the limit (the earliest).
    #[serde(skip_serializing_if = "is_zero")]
    pub more_children: usize,
    /// Meetings left out of `discussed_at` by the limit (the earliest).
    #[serde(skip_serializing_if = "is_zero")]
    pub more_discussed_at: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The answer to `trace`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Trace {
    /// The document (with its date).
    pub document: EntityRef,
    /// Which links were followed.
    pub way: TraceWay,
    /// Its attributes (doc_type, number, code, date, title).
    pub attrs: Attrs,
    /// Other names it is cited by.
    pub aliases: Vec<String>,
    /// Who issued it.
    pub issuers: Vec<Fact>,
    /// What it implements, transitively up to the root directives.
    pub implements: Vec<TraceNode>,
    /// What implements it, transitively.
    pub implemented_by: Vec<TraceNode>,
    /// What it supersedes, transitively.
    pub supersedes: Vec<TraceNode>,
    /// What supersedes it, transitively.
    pub superseded_by: Vec<TraceNode>,
    /// Documents of each first level left out by the limit, in the order
    /// implements, implemented by, supersedes, superseded by.
    #[serde(skip_serializing_if = "is_zero_4")]
    pub more: [usize; 4],
    /// Meetings that discussed it (the newest `limit`).
    pub discussed_at: Vec<Fact>,
    /// Meetings left out of `discussed_at` by the limit.
    #[serde(skip_serializing_if = "is_zero")]
    pub more_discussed_at: usize,
    /// Links of the document itself that name a node the graph lacks.
    pub missing: Vec<String>,
}

/// A group of an entity's facts: one edge kind in one direction.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Section {
    /// The heading ("posts held", "chaired by"...).
    pub title: String,
    /// The edge kind.
    pub relation: EdgeKind,
    /// `outgoing` when the entity is the edge's source, else `incoming`.
    pub direction: String,
    /// The facts, sorted (roles by name, dated entities newest first).
    pub facts: Vec<Fact>,
    /// Facts left out by the limit (those reported earliest).
    #[serde(skip_serializing_if = "is_zero")]
    pub more: usize,
}

/// The answer to `show`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Profile {
    /// The entity.
    pub entity: EntityRef,
    /// Its other names.
    pub aliases: Vec<String>,
    /// Its attributes.
    pub attrs: Attrs,
    /// Articles that mention it.
    pub articles: Vec<String>,
    /// Its relations, grouped.
    pub sections: Vec<Section>,
}

/// One reported post holder (answer to `holders`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Holder {
    /// The person.
    pub person: EntityRef,
    /// The role as the articles state it.
    pub role: String,
    /// The body the post is in.
    pub body: EntityRef,
    /// The published dates of the articles that report it, earliest first.
    pub reported: Vec<String>,
    /// The sentences that state it.
    pub evidence: Vec<Evidence>,
}

/// The answer to `holders`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Holders {
    /// The role as asked.
    pub role: String,
    /// The body, when `--of` named one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<EntityRef>,
    /// The posts, by body, role, earliest report, then name.
    pub holders: Vec<Holder>,
}

/// One link of a chain (answer to `path`): an edge, stated source to target,
/// and which of its ends the chain reaches.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PathStep {
    /// The edge's source.
    pub source: EntityRef,
    /// The edge kind.
    pub relation: EdgeKind,
    /// The role, for `holds_position`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The edge's target.
    pub target: EntityRef,
    /// `outgoing` when the chain goes from source to target, else `incoming`.
    pub direction: String,
    /// The sentences stating the edge.
    pub evidence: Vec<Evidence>,
}

/// The answer to `path`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Chain {
    /// Where the chain starts.
    pub from: EntityRef,
    /// Where it ends.
    pub to: EntityRef,
    /// Whether the two are linked at all.
    pub found: bool,
    /// The links, in order from `from` to `to`; empty when not linked.
    pub steps: Vec<PathStep>,
}

/// One search result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SearchHit {
    /// The entity.
    pub entity: EntityRef,
    /// How well it matched.
    pub tier: Tier,
    /// The name or alias that matched.
    pub matched: String,
}

/// The answer to `search`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SearchResult {
    /// The text searched for.
    pub query: String,
    /// The kind filter.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<NodeKind>,
    /// Matches, best first.
    pub hits: Vec<SearchHit>,
}

/// The answer to a [`Request`]; JSON names its variant in the `answer` field.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "answer", rename_all = "snake_case")]
pub enum Answer {
    /// See [`Request::WhoChaired`].
    WhoChaired(WhoChaired),
    /// See [`Request::Meetings`].
    Meetings(MeetingList),
    /// See [`Request::Trace`].
    Trace(Trace),
    /// See [`Request::Show`].
    Show(Profile),
    /// See [`Request::Holders`].
    Holders(Holders),
    /// See [`Request::Path`].
    Path(Chain),
    /// See [`Request::Search`].
    Search(SearchResult),
}

impl Answer {
    /// The answer as aligned plain text, ending with a newline.
    pub fn render_text(&self) -> String {
        render::answer(self)
    }

    /// Quotes the evidence a graph loaded without quotes left unquoted (see
    /// `Store::subgraph_core`): all of it, or with `listed_only` only that of
    /// the articles text output lists (see [`Answer::render_text`]). `read`
    /// gives the article text of `(doc, start, end)` spans, by article.
    pub fn quote(
        &mut self,
        listed_only: bool,
        read: impl FnOnce(
            BTreeMap<String, Vec<(usize, usize)>>,
        ) -> Result<HashMap<(String, usize, usize), String>>,
    ) -> Result<()> {
        let wanted = self.unquoted(listed_only);
        if !wanted.is_empty() {
            let quotes = read(wanted)?;
            self.fill_quotes(&quotes);
        }
        Ok(())
    }

    /// The spans of the evidence not quoted yet, by article: all of them, or
    /// with `listed_only` those of the articles text output lists.
    fn unquoted(&mut self, listed_only: bool) -> BTreeMap<String, Vec<(usize, usize)>> {
        let mut wanted: BTreeMap<String, Vec<(usize, usize)>> = BTreeMap::new();
        self.for_each_evidence(&mut |list| {
            let listed: BTreeSet<&str> = if listed_only {
                render::listed_articles(list).0.into_iter().collect()
            } else {
                BTreeSet::new()
            };
            for e in list.iter() {
                if let (None, Some(span)) = (&e.quote, e.span) {
                    if !listed_only || listed.contains(e.doc.as_str()) {
                        wanted.entry(e.doc.clone()).or_default().push(span);
                    }
                }
            }
        });
        wanted
    }

    /// Quotes the evidence whose span `quotes` holds, then drops the repeats
    /// quoting reveals.
    fn fill_quotes(&mut self, quotes: &HashMap<(String, usize, usize), String>) {
        self.for_each_evidence(&mut |list| {
            let mut filled = false;
            for e in list.iter_mut() {
                if let (None, Some((start, end))) = (&e.quote, e.span) {
                    if let Some(quote) = quotes.get(&(e.doc.clone(), start, end)) {
                        e.quote = Some(quote.clone());
                        filled = true;
                    }
                }
            }
            if filled {
                *list = dedup_evidence(std::mem::take(list));
            }
        });
    }

    /// Calls `visit` on every list of evidence in the answer.
    pub fn for_each_evidence(&mut self, visit: &mut impl FnMut(&mut Vec<Evidence>)) {
        fn facts(facts: &mut [Fact], visit: &mut impl FnMut(&mut Vec<Evidence>)) {
            for fact in facts {
                visit(&mut fact.evidence);
            }
        }
        fn tree(nodes: &mut [TraceNode], visit: &mut impl FnMut(&mut Vec<Evidence>)) {
            for node in nodes {
                visit(&mut node.evidence);
                tree(&mut node.children, visit);
            }
        }
        match self {
            Answer::WhoChaired(who) => {
                for meeting in &mut who.meetings {
                    facts(&mut meeting.chairs, visit);
                }
            }
            Answer::Meetings(list) => {
                for row in &mut list.meetings {
                    visit(&mut row.evidence);
                }
            }
            Answer::Trace(trace) => {
                facts(&mut trace.issuers, visit);
                for nodes in [
                    &mut trace.implements,
                    &mut trace.implemented_by,
                    &mut trace.supersedes,
                    &mut trace.superseded_by,
                ] {
                    tree(nodes, visit);
                }
                facts(&mut trace.discussed_at, visit);
            }
            Answer::Show(profile) => {
                for section in &mut profile.sections {
                    facts(&mut section.facts, visit);
                }
            }
            Answer::Holders(holders) => {
                for holder in &mut holders.holders {
                    visit(&mut holder.evidence);
                }
            }
            Answer::Path(chain) => {
                for step in &mut chain.steps {
                    visit(&mut step.evidence);
                }
            }
            Answer::Search(_) => {}
        }
    }

    /// The part of the graph the answer states: the nodes it names and the
    /// edges behind its facts (for `--dot`).
    pub fn subgraph(&self, graph: &KnowledgeGraph) -> crate::model::GraphDocument {
        draw::subgraph(graph, self)
    }

    /// Whether the answer found nothing (the binary exits with 1): no meeting,
    /// no chair, no search hit.
    pub fn is_empty(&self) -> bool {
        match self {
            // Meetings left out by the limit may have chairs: not empty then.
            Answer::WhoChaired(who) => {
                who.meetings.len() == who.total && who.meetings.iter().all(|m| m.chairs.is_empty())
            }
            Answer::Meetings(list) => list.meetings.is_empty(),
            Answer::Trace(_) | Answer::Show(_) => false,
            Answer::Holders(holders) => holders.holders.is_empty(),
            Answer::Path(chain) => !chain.found,
            Answer::Search(search) => search.hits.is_empty(),
        }
    }
}

/// Answers a request over the graph.
///
/// Errors: `Error::NotFound` / `Error::Ambiguous` when an entity argument matches
/// nothing / several entities equally well; `Error::Query` for a malformed date.
pub fn answer(graph: &KnowledgeGraph, request: &Request) -> Result<Answer> {
    match request {
        Request::WhoChaired { meeting, limit } => {
            who_chaired(graph, meeting, *limit).map(Answer::WhoChaired)
        }
        Request::Meetings {
            chaired_by,
            attended_by,
            organized_by,
            discussed,
            from,
            to,
        } => {
            let filters = MeetingFilters {
                people: [
                    (EdgeKind::Chaired, chaired_by),
                    (EdgeKind::Attended, attended_by),
                    (EdgeKind::Organized, organized_by),
                    (EdgeKind::Discussed, discussed),
                ],
                from: from.as_deref(),
                to: to.as_deref(),
            };
            meetings(graph, &filters).map(Answer::Meetings)
        }
        Request::Trace {
            doc,
            depth,
            way,
            limit,
        } => trace(graph, doc, *depth, *way, *limit).map(Answer::Trace),
        Request::Show { entity, limit } => show(graph, entity, *limit).map(Answer::Show),
        Request::Holders { role, of } => holders(graph, role, of.as_deref()).map(Answer::Holders),
        Request::Path { from, to } => path(graph, from, to).map(Answer::Path),
        Request::Search { text, kind } => Ok(Answer::Search(search(graph, text, *kind))),
    }
}

fn who_chaired(graph: &KnowledgeGraph, query: &str, limit: Option<usize>) -> Result<WhoChaired> {
    let mut found = find_meetings(graph, query)?;
    sort_newest_first(&mut found);
    let total = found.len();
    let meetings = found
        .into_iter()
        .take(limit.unwrap_or(usize::MAX))
        .map(|meeting| ChairedMeeting {
            meeting: entity_ref(meeting),
            meeting_type: meeting.attrs.get("meeting_type").cloned(),
            chairs: facts(
                graph,
                graph.neighbours(meeting.id, Some(EdgeKind::Chaired), Direction::Incoming),
            ),
        })
        .collect();
    Ok(WhoChaired {
        query: query.to_string(),
        total,
        meetings,
    })
}

/// The meetings a free-text meeting query stands for: every meeting tied at the
/// best match (several meetings are an answer here, not an ambiguity).
///
/// Date tokens ("7/9/2021", "7-12", "2021-09-07") must agree with the meeting's
/// date; the other words must match its name, except words that occur in no
/// meeting name at all ("ngày", "sáng"), which are dropped as noise.
fn find_meetings<'g>(graph: &'g KnowledgeGraph, query: &str) -> Result<Vec<&'g Node>> {
    let kinds = [NodeKind::Meeting];
    let (dates, words) = split_dates(query);
    if dates.is_empty() {
        return Ok(lookup::best(graph, query, &kinds)?
            .into_iter()
            .map(|m| m.node)
            .collect());
    }
    let on_date: Vec<&Node> = graph
        .nodes()
        .filter(|n| n.kind == NodeKind::Meeting)
        .filter(|n| {
            let date = n.attrs.get("date").and_then(|d| parse_date(d));
            dates
                .iter()
                .all(|want| date.is_some_and(|have| dates_agree(*want, have)))
        })
        .collect();
    let vocabulary: BTreeSet<String> = graph
        .nodes()
        .filter(|n| n.kind == NodeKind::Meeting)
        .flat_map(|n| std::iter::once(&n.name).chain(&n.aliases))
        .flat_map(|name| {
            fold::ascii_key(name)
                .split(' ')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let words: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| {
            fold::ascii_key(w)
                .split(' ')
                .all(|a| vocabulary.contains(a))
        })
        .collect();
    if on_date.is_empty() {
        return Err(Error::NotFound {
            query: query.to_string(),
            suggestions: lookup::suggestions(graph, &words.join(" "), &kinds),
        });
    }
    if words.is_empty() {
        return Ok(on_date);
    }
    let ranked: Vec<lookup::Match<'g>> = lookup::rank(graph, &words.join(" "), &kinds)
        .into_iter()
        .filter(|m| on_date.iter().any(|n| n.id == m.node.id))
        .collect();
    let Some(top) = ranked.first().map(|m| m.tier) else {
        return Err(Error::NotFound {
            query: query.to_string(),
            suggestions: on_date
                .iter()
                .map(|n| format!("{} (#{})", n.name, n.id))
                .collect(),
        });
    };
    Ok(ranked
        .into_iter()
        .take_while(|m| m.tier == top)
        .map(|m| m.node)
        .collect())
}

/// Splits a meeting query into date tokens and the other words.
fn split_dates(query: &str) -> (Vec<PartialDate>, Vec<&str>) {
    let mut dates = Vec::new();
    let mut words = Vec::new();
    for token in query.split_whitespace() {
        let bare =
            token.trim_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '/'));
        match parse_date(bare) {
            Some(date) if bare.contains(['/', '-']) => dates.push(date),
            _ => words.push(token),
        }
    }
    (dates, words)
}

/// A date as a user or an article writes it: ISO (`2021-09-07`, `2021-09`,
/// `2021`, `--09-07`) or day first (`7/9/2021`, `7-9-2021`, `7/9`, `9/2021`).
fn parse_date(text: &str) -> Option<PartialDate> {
    let text = text.trim();
    if let Some(date) = PartialDate::parse_iso(text) {
        return Some(date);
    }
    let parts: Vec<&str> = text.split(['/', '-']).collect();
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let number = |p: &str| p.parse::<u32>().ok();
    match parts.as_slice() {
        [d, m, y] if y.len() == 4 => PartialDate::new(y.parse().ok(), number(m)?, Some(number(d)?)),
        [m, y] if y.len() == 4 => PartialDate::new(y.parse().ok(), number(m)?, None),
        [d, m] if d.len() <= 2 && m.len() <= 2 => {
            PartialDate::new(None, number(m)?, Some(number(d)?))
        }
        _ => None,
    }
}

/// Whether two partial dates can name the same day: every part both know agrees.
fn dates_agree(a: PartialDate, b: PartialDate) -> bool {
    let agree = |x: Option<i64>, y: Option<i64>| x.zip(y).is_none_or(|(x, y)| x == y);
    agree(a.year.map(i64::from), b.year.map(i64::from))
        && a.month == b.month
        && agree(a.day.map(i64::from), b.day.map(i64::from))
}

/// A calendar day as (year, month, day), ordered.
type Day = (i32, u32, u32);

/// The first and last day a partial date with a year covers.
fn date_range(date: PartialDate) -> Option<(Day, Day)> {
    let year = date.year?;
    Some(match date.day {
        Some(d) => ((year, date.month, d), (year, date.month, d)),
        None => ((year, date.month, 1), (year, date.month, 31)),
    })
}

/// A filter bound: a year alone, or a date [`parse_date`] reads (with a year).
fn parse_bound(text: &str, flag: &str) -> Result<(Day, Day)> {
    let text = text.trim();
    if text.len() == 4 {
        if let Ok(year) = text.parse::<i32>() {
            return Ok(((year, 1, 1), (year, 12, 31)));
        }
    }
    parse_date(text).and_then(date_range).ok_or_else(|| {
        Error::Query(format!(
            "invalid date '{text}' for --{flag}; expected YYYY, YYYY-MM or YYYY-MM-DD"
        ))
    })
}

/// The filters of a `meetings` request.
struct MeetingFilters<'a> {
    /// (edge kind joining the entity and the meeting, entity query).
    people: [(EdgeKind, &'a Option<String>); 4],
    from: Option<&'a str>,
    to: Option<&'a str>,
}

fn meetings(graph: &KnowledgeGraph, filters: &MeetingFilters<'_>) -> Result<MeetingList> {
    let mut described = Vec::new();
    let mut allowed: Option<BTreeSet<NodeId>> = None;
    // Meeting id -> the sentences stating the filters' relations.
    let mut filter_evidence: BTreeMap<NodeId, Vec<Evidence>> = BTreeMap::new();
    for (kind, query) in filters.people {
        let Some(query) = query else { continue };
        let (wanted, direction, label) = match kind {
            EdgeKind::Chaired => (NodeKind::Person, Direction::Outgoing, "chaired by"),
            EdgeKind::Attended => (NodeKind::Person, Direction::Outgoing, "attended by"),
            EdgeKind::Organized => (NodeKind::Organization, Direction::Outgoing, "organised by"),
            _ => (NodeKind::Resolution, Direction::Incoming, "discussed"),
        };
        let entity = lookup::resolve(graph, query, &[wanted])?;
        described.push(format!("{label} {}", lookup::describe(entity)));
        let linked = graph.neighbours(entity.id, Some(kind), direction);
        for n in &linked {
            filter_evidence
                .entry(n.node.id)
                .or_default()
                .extend(evidence(graph, n.edge));
        }
        let ids: BTreeSet<NodeId> = linked.iter().map(|n| n.node.id).collect();
        allowed = Some(match allowed {
            Some(before) => before.intersection(&ids).copied().collect(),
            None => ids,
        });
    }
    let from = filters.from.map(|f| parse_bound(f, "from")).transpose()?;
    let to = filters.to.map(|t| parse_bound(t, "to")).transpose()?;
    if let Some(f) = filters.from {
        described.push(format!("from {}", f.trim()));
    }
    if let Some(t) = filters.to {
        described.push(format!("to {}", t.trim()));
    }
    let mut found: Vec<&Node> = graph
        .nodes()
        .filter(|n| n.kind == NodeKind::Meeting)
        .filter(|n| allowed.as_ref().is_none_or(|ids| ids.contains(&n.id)))
        .filter(|n| {
            if from.is_none() && to.is_none() {
                return true;
            }
            // A meeting without a year cannot be placed in a range.
            let Some((lo, hi)) = n
                .attrs
                .get("date")
                .and_then(|d| parse_date(d))
                .and_then(date_range)
            else {
                return false;
            };
            from.is_none_or(|(start, _)| hi >= start) && to.is_none_or(|(_, end)| lo <= end)
        })
        .collect();
    sort_newest_first(&mut found);
    let meetings = found
        .into_iter()
        .map(|meeting| MeetingRow {
            meeting: entity_ref(meeting),
            meeting_type: meeting.attrs.get("meeting_type").cloned(),
            organizers: refs(graph.neighbours(
                meeting.id,
                Some(EdgeKind::Organized),
                Direction::Incoming,
            )),
            chairs: refs(graph.neighbours(
                meeting.id,
                Some(EdgeKind::Chaired),
                Direction::Incoming,
            )),
            articles: articles(meeting),
            evidence: match filter_evidence.get(&meeting.id) {
                Some(found) => dedup_evidence(found.clone()),
                None => meeting_evidence(graph, meeting),
            },
        })
        .collect();
    Ok(MeetingList {
        filters: described,
        meetings,
    })
}

/// The sentences naming a meeting's organiser or chair (the first article's),
/// for a listing without a relation filter.
fn meeting_evidence(graph: &KnowledgeGraph, meeting: &Node) -> Vec<Evidence> {
    for kind in [EdgeKind::Organized, EdgeKind::Chaired, EdgeKind::Discussed] {
        let direction = if kind == EdgeKind::Discussed {
            Direction::Outgoing
        } else {
            Direction::Incoming
        };
        if let Some(n) = graph.neighbours(meeting.id, Some(kind), direction).first() {
            return evidence(graph, n.edge).into_iter().take(1).collect();
        }
    }
    Vec::new()
}

fn trace(
    graph: &KnowledgeGraph,
    query: &str,
    depth: Option<usize>,
    way: TraceWay,
    limit: Option<usize>,
) -> Result<Trace> {
    let doc = lookup::resolve(graph, query, &[NodeKind::Resolution])?;
    let branch = |kind: EdgeKind, direction: Direction| -> (Vec<TraceNode>, Vec<NodeId>, usize) {
        let wanted = match direction {
            Direction::Outgoing => way.up(),
            Direction::Incoming => way.down(),
        };
        if !wanted {
            return (Vec::new(), Vec::new(), 0);
        }
        match graph.chain_tree(doc.id, kind, direction, depth, limit) {
            Some(root) => (
                root.children
                    .iter()
                    .map(|c| trace_node(graph, c, limit))
                    .collect(),
                root.missing,
                root.omitted,
            ),
            None => (Vec::new(), Vec::new(), 0),
        }
    };
    let mut missing = Vec::new();
    let mut more = [0; 4];
    let mut take = |kind: EdgeKind, direction: Direction, what: &str, slot: usize| {
        let (children, lacking, omitted) = branch(kind, direction);
        for id in lacking {
            missing.push(format!("{what} #{id}, which is not in the graph"));
        }
        more[slot] = omitted;
        children
    };
    let implements = take(EdgeKind::Implements, Direction::Outgoing, "implements", 0);
    let implemented_by = take(
        EdgeKind::Implements,
        Direction::Incoming,
        "implemented by",
        1,
    );
    let supersedes = take(EdgeKind::Supersedes, Direction::Outgoing, "supersedes", 2);
    let superseded_by = take(
        EdgeKind::Supersedes,
        Direction::Incoming,
        "superseded by",
        3,
    );
    let mut discussed_at = facts(
        graph,
        graph.neighbours(doc.id, Some(EdgeKind::Discussed), Direction::Incoming),
    );
    sort_facts(&mut discussed_at, Order::NewestFirst);
    let more_discussed_at = truncate(&mut discussed_at, limit);
    Ok(Trace {
        document: entity_ref(doc),
        way,
        attrs: doc.attrs.clone(),
        aliases: doc.aliases.clone(),
        issuers: facts(
            graph,
            graph.neighbours(doc.id, Some(EdgeKind::Issued), Direction::Incoming),
        ),
        implements,
        implemented_by,
        supersedes,
        superseded_by,
        more,
        discussed_at,
        more_discussed_at,
        missing,
    })
}

impl Trace {
    /// How many documents and meetings the limit left out, over the whole tree.
    pub fn omitted(&self) -> usize {
        fn below(nodes: &[TraceNode]) -> usize {
            nodes
                .iter()
                .map(|n| n.more_children + n.more_discussed_at + below(&n.children))
                .sum()
        }
        self.more.iter().sum::<usize>()
            + self.more_discussed_at
            + below(&self.implements)
            + below(&self.implemented_by)
            + below(&self.supersedes)
            + below(&self.superseded_by)
    }
}

/// Keeps the first `limit` items; returns how many it dropped.
fn truncate<T>(items: &mut Vec<T>, limit: Option<usize>) -> usize {
    let dropped = limit.map_or(0, |limit| items.len().saturating_sub(limit));
    items.truncate(items.len() - dropped);
    dropped
}

fn is_zero_4(more: &[usize; 4]) -> bool {
    more.iter().all(|&n| n == 0)
}

fn trace_node(graph: &KnowledgeGraph, tree: &TreeNode<'_>, limit: Option<usize>) -> TraceNode {
    let node = tree.node;
    let mut discussed_at =
        refs(graph.neighbours(node.id, Some(EdgeKind::Discussed), Direction::Incoming));
    sort_refs_newest_first(&mut discussed_at);
    let more_discussed_at = truncate(&mut discussed_at, limit);
    TraceNode {
        document: entity_ref(node),
        evidence: tree.via.map(|e| evidence(graph, e)).unwrap_or_default(),
        issuers: refs(graph.neighbours(node.id, Some(EdgeKind::Issued), Direction::Incoming)),
        discussed_at,
        stop: match tree.stop {
            Stop::No => None,
            Stop::Cycle => Some(TraceStop::Cycle),
            Stop::Repeated => Some(TraceStop::Repeated),
            Stop::Depth => Some(TraceStop::Depth),
        },
        missing: tree.missing.clone(),
        children: tree
            .children
            .iter()
            .map(|c| trace_node(graph, c, limit))
            .collect(),
        more_children: tree.omitted,
        more_discussed_at,
    }
}

/// The sections of a profile, in display order: (edge kind, direction, heading).
/// Edge kinds fix their end kinds, so each node kind meets only its own rows.
const SECTIONS: [(EdgeKind, Direction, &str); 20] = [
    (
        EdgeKind::HoldsPosition,
        Direction::Outgoing,
        "posts held (earliest report first)",
    ),
    (EdgeKind::Chaired, Direction::Outgoing, "chaired"),
    (EdgeKind::Attended, Direction::Outgoing, "attended"),
    (EdgeKind::SpokeAt, Direction::Outgoing, "spoke at"),
    (EdgeKind::HoldsPosition, Direction::Incoming, "members"),
    (EdgeKind::PartOf, Direction::Outgoing, "part of"),
    (EdgeKind::PartOf, Direction::Incoming, "bodies under it"),
    (EdgeKind::Issued, Direction::Outgoing, "documents issued"),
    (
        EdgeKind::Organized,
        Direction::Outgoing,
        "meetings organised",
    ),
    (EdgeKind::Issued, Direction::Incoming, "issued by"),
    (EdgeKind::Implements, Direction::Outgoing, "implements"),
    (EdgeKind::Implements, Direction::Incoming, "implemented by"),
    (EdgeKind::Supersedes, Direction::Outgoing, "supersedes"),
    (EdgeKind::Supersedes, Direction::Incoming, "superseded by"),
    (EdgeKind::Discussed, Direction::Incoming, "discussed at"),
    (EdgeKind::Organized, Direction::Incoming, "organised by"),
    (EdgeKind::Chaired, Direction::Incoming, "chaired by"),
    (EdgeKind::Attended, Direction::Incoming, "attended by"),
    (EdgeKind::SpokeAt, Direction::Incoming, "speakers"),
    (
        EdgeKind::Discussed,
        Direction::Outgoing,
        "documents discussed",
    ),
];

fn show(graph: &KnowledgeGraph, query: &str, limit: Option<usize>) -> Result<Profile> {
    let node = lookup::resolve(graph, query, &[])?;
    let sections = SECTIONS
        .iter()
        .filter_map(|&(kind, direction, title)| {
            let mut found = facts(graph, graph.neighbours(node.id, Some(kind), direction));
            if found.is_empty() {
                return None;
            }
            let order = match (kind, direction) {
                (EdgeKind::HoldsPosition, Direction::Outgoing) => Order::Timeline,
                (EdgeKind::HoldsPosition, Direction::Incoming) => Order::ByRole,
                _ => Order::NewestFirst,
            };
            let total = found.len();
            if let Some(limit) = limit.filter(|&limit| total > limit) {
                // The most recently reported (dated entities: the newest).
                if order == Order::NewestFirst {
                    sort_facts(&mut found, order);
                } else {
                    found.sort_by_cached_key(|f| {
                        let last = newest_first_key(f.reported.last().map(String::as_str));
                        (last, fold::key(&f.entity.name), f.entity.id)
                    });
                }
                found.truncate(limit);
            }
            sort_facts(&mut found, order);
            let more = total - found.len();
            Some(Section {
                title: title.to_string(),
                relation: kind,
                direction: direction_name(direction).to_string(),
                facts: found,
                more,
            })
        })
        .collect();
    Ok(Profile {
        entity: entity_ref(node),
        aliases: node.aliases.clone(),
        attrs: node.attrs.clone(),
        articles: articles(node),
        sections,
    })
}

/// Who held `role` (in the body `of` names, when given). Roles match by their
/// folded key, diacritics optional; when no role matches whole, roles holding
/// every word of the query do ("trưởng" does not, "thứ trưởng" does).
fn holders(graph: &KnowledgeGraph, role: &str, of: Option<&str>) -> Result<Holders> {
    let body = of
        .map(|q| lookup::resolve(graph, q, &[NodeKind::Organization]))
        .transpose()?;
    let wanted_ascii = fold::ascii_key(role);
    if wanted_ascii.is_empty() {
        return Err(Error::Query("an empty role matches nothing".to_string()));
    }
    let posts: Vec<&Edge> = graph
        .edges()
        .into_iter()
        .filter(|e| e.kind == EdgeKind::HoldsPosition)
        .filter(|e| body.is_none_or(|b| e.target == b.id))
        .collect();
    let role_of = |e: &Edge| e.attrs.get("role").cloned().unwrap_or_default();
    let exact: Vec<&Edge> = posts
        .iter()
        .copied()
        .filter(|e| fold::ascii_key(&role_of(e)) == wanted_ascii)
        .collect();
    let chosen = if exact.is_empty() {
        let words: Vec<&str> = wanted_ascii.split(' ').collect();
        posts
            .iter()
            .copied()
            .filter(|e| {
                let have = fold::ascii_key(&role_of(e));
                let have: Vec<&str> = have.split(' ').collect();
                // Consecutive words, so "bí thư" finds "Phó Bí thư" but not "Bí thư ... Phó".
                have.windows(words.len()).any(|w| w == words.as_slice())
            })
            .collect()
    } else {
        exact
    };
    if chosen.is_empty() {
        let mut roles: Vec<String> = posts
            .iter()
            .map(|e| role_of(e))
            .filter(|r| !r.is_empty())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        roles.sort_by_cached_key(|r| lookup::distance(&wanted_ascii, &fold::ascii_key(r)));
        roles.truncate(5);
        return Err(Error::NotFound {
            query: role.to_string(),
            suggestions: roles,
        });
    }
    let mut found: Vec<Holder> = chosen
        .into_iter()
        .filter_map(|e| {
            let person = graph.node(e.source)?;
            let org = graph.node(e.target)?;
            let evidence = evidence(graph, e);
            Some(Holder {
                person: entity_ref(person),
                role: role_of(e),
                body: entity_ref(org),
                reported: reported(&evidence),
                evidence,
            })
        })
        .collect();
    found.sort_by_key(|h| {
        (
            fold::key(&h.body.name),
            h.body.id,
            fold::key(&h.role),
            earliest_first_key(h.reported.first().map(String::as_str)),
            fold::key(&h.person.name),
            h.person.id,
        )
    });
    Ok(Holders {
        role: role.to_string(),
        body: body.map(entity_ref),
        holders: found,
    })
}

/// The shortest chain of relations from one entity to another.
fn path(graph: &KnowledgeGraph, from: &str, to: &str) -> Result<Chain> {
    let start = lookup::resolve(graph, from, &[])?;
    let goal = lookup::resolve(graph, to, &[])?;
    let Some(found) = graph.path(start.id, goal.id) else {
        return Ok(Chain {
            from: entity_ref(start),
            to: entity_ref(goal),
            found: false,
            steps: Vec::new(),
        });
    };
    let mut at = found.start;
    let mut steps = Vec::new();
    for step in &found.steps {
        let (source, target) = match step.direction {
            Direction::Outgoing => (at, step.node),
            Direction::Incoming => (step.node, at),
        };
        steps.push(PathStep {
            source: entity_ref(source),
            relation: step.edge.kind,
            role: step.edge.attrs.get("role").cloned(),
            target: entity_ref(target),
            direction: direction_name(step.direction).to_string(),
            evidence: evidence(graph, step.edge),
        });
        at = step.node;
    }
    Ok(Chain {
        from: entity_ref(start),
        to: entity_ref(goal),
        found: true,
        steps,
    })
}

fn direction_name(direction: Direction) -> &'static str {
    match direction {
        Direction::Outgoing => "outgoing",
        Direction::Incoming => "incoming",
    }
}

fn search(graph: &KnowledgeGraph, text: &str, kind: Option<NodeKind>) -> SearchResult {
    let kinds: Vec<NodeKind> = kind.into_iter().collect();
    let hits = lookup::rank(graph, text, &kinds)
        .into_iter()
        .map(|m| SearchHit {
            entity: entity_ref(m.node),
            tier: m.tier,
            matched: m.matched.to_string(),
        })
        .collect();
    SearchResult {
        query: text.to_string(),
        kind,
        hits,
    }
}

fn entity_ref(node: &Node) -> EntityRef {
    let date = match node.kind {
        NodeKind::Resolution | NodeKind::Meeting => node.attrs.get("date").cloned(),
        NodeKind::Person | NodeKind::Organization => None,
    };
    EntityRef {
        id: node.id,
        kind: node.kind,
        name: node.name.clone(),
        date,
    }
}

/// The sentences stating an edge, each with its article's date.
fn evidence(graph: &KnowledgeGraph, edge: &Edge) -> Vec<Evidence> {
    dedup_evidence(
        edge.sources
            .iter()
            .map(|s| Evidence {
                doc: s.doc.clone(),
                date: graph.article_date(&s.doc).map(str::to_string),
                quote: s.quote.clone(),
                span: Some((s.start, s.end)),
            })
            .collect(),
    )
}

/// Evidence with repeats (the same sentence of the same article) removed,
/// first occurrence kept. Evidence not quoted yet repeats only at the same
/// span: quoting it may find more repeats (see [`Answer::quote`]).
pub(crate) fn dedup_evidence(found: Vec<Evidence>) -> Vec<Evidence> {
    let mut seen = BTreeSet::new();
    found
        .into_iter()
        .filter(|e| {
            let span = if e.quote.is_none() { e.span } else { None };
            seen.insert((e.doc.clone(), e.quote.clone(), span))
        })
        .collect()
}

/// The distinct dates of the articles behind some evidence, earliest first.
fn reported(evidence: &[Evidence]) -> Vec<String> {
    let dates: BTreeSet<String> = evidence.iter().filter_map(|e| e.date.clone()).collect();
    let mut dates: Vec<String> = dates.into_iter().collect();
    dates.sort_by_cached_key(|d| std::cmp::Reverse(newest_first_key(Some(d))));
    dates
}

fn facts(graph: &KnowledgeGraph, neighbours: Vec<Neighbour<'_>>) -> Vec<Fact> {
    neighbours
        .into_iter()
        .map(|n| {
            let evidence = evidence(graph, n.edge);
            Fact {
                relation: n.edge.kind,
                role: n.edge.attrs.get("role").cloned(),
                entity: entity_ref(n.node),
                reported: reported(&evidence),
                evidence,
            }
        })
        .collect()
}

fn refs(neighbours: Vec<Neighbour<'_>>) -> Vec<EntityRef> {
    let mut out: Vec<EntityRef> = neighbours.into_iter().map(|n| entity_ref(n.node)).collect();
    out.dedup_by_key(|r| r.id);
    out
}

/// Articles that support a node, sorted, each once.
fn articles(node: &Node) -> Vec<String> {
    node.sources
        .iter()
        .map(|s| s.doc.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// A sort key putting later dates first: dated (with a year) before year-less
/// before undated.
fn newest_first_key(date: Option<&str>) -> std::cmp::Reverse<(u8, i32, u32, u32)> {
    let key = match date.and_then(parse_date) {
        Some(d) => match d.year {
            Some(y) => (2, y, d.month, d.day.unwrap_or(0)),
            None => (1, 0, d.month, d.day.unwrap_or(0)),
        },
        None => (0, 0, 0, 0),
    };
    std::cmp::Reverse(key)
}

/// A sort key putting earlier dates first and undated last (the reverse of
/// [`newest_first_key`] for dated values).
fn earliest_first_key(date: Option<&str>) -> std::cmp::Reverse<(u8, i32, u32, u32)> {
    let std::cmp::Reverse((rank, y, m, d)) = newest_first_key(date);
    // Dated (rank 2) must come first: invert the date parts, keep rank descending.
    std::cmp::Reverse((rank, -y, u32::MAX - m, u32::MAX - d))
}

/// Sorts meetings or documents newest first (dated, then year-less, then
/// undated; ties by id): the order answers list them in.
pub(crate) fn sort_newest_first(nodes: &mut [&Node]) {
    nodes.sort_by_key(|n| {
        (
            newest_first_key(n.attrs.get("date").map(String::as_str)),
            n.id,
        )
    });
}

fn sort_refs_newest_first(refs: &mut [EntityRef]) {
    refs.sort_by_cached_key(|r| (newest_first_key(r.date.as_deref()), r.id));
}

/// How a profile section is ordered.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    /// Earliest report first (undated last), then role and name: a timeline.
    Timeline,
    /// Role, then earliest report, then name: members grouped by role.
    ByRole,
    /// Dated entities newest first, then name.
    NewestFirst,
}

fn sort_facts(facts: &mut [Fact], order: Order) {
    facts.sort_by_cached_key(|f| {
        let name = fold::key(&f.entity.name);
        let role = fold::key(f.role.as_deref().unwrap_or(""));
        let first = earliest_first_key(f.reported.first().map(String::as_str));
        match order {
            Order::Timeline => (String::new(), first, role, name, f.entity.id),
            Order::ByRole => (role, first, String::new(), name, f.entity.id),
            Order::NewestFirst => (
                String::new(),
                newest_first_key(f.entity.date.as_deref()),
                String::new(),
                name,
                f.entity.id,
            ),
        }
    });
}

#[cfg(test)]
mod tests;

/// The subgraph within `depth` hops of the entity an argument names (`export
/// --focus ENTITY --depth N`): resolved like every entity argument.
pub fn focus(
    graph: &KnowledgeGraph,
    entity: &str,
    depth: usize,
    max_neighbours: Option<usize>,
) -> Result<crate::model::GraphDocument> {
    let node = lookup::resolve(graph, entity, &crate::model::NodeKind::ALL)?;
    Ok(graph.ego_capped(node.id, depth, max_neighbours).0)
}
