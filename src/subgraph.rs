//! The part of the stored graph a question needs, so that a query loads a few
//! nodes instead of the whole graph.
//!
//! [`for_request`] and [`for_focus`] find the entity an argument names with the
//! store's name index, then load its neighbourhood: one hop for `show` and
//! `who-chaired`, the implementation and supersession links `trace` shows
//! (the newest `--limit` under each document) with their issuers and
//! meetings, `depth` hops for `export --focus`. `query::answer` over that subgraph
//! gives the same answer as over the whole graph (a test compares them): the
//! subgraph holds every node the lookup could rank at the winning tier and every
//! edge the answer reads. When the index cannot narrow a question down (a name
//! of short words only, dates in a meeting query, `meetings`, an unknown or
//! ambiguous name), these return `None` and the caller loads the whole graph.

use std::collections::BTreeSet;

use crate::graph::KnowledgeGraph;
use crate::model::{EdgeKind, GraphDocument, NodeId, NodeKind};
use std::collections::HashMap;

use crate::graph::Direction;
use crate::query::{lookup, Request, TraceWay};
use crate::store::Store;
use crate::Result;

/// The subgraph that answers `request` as the whole graph would, or `None`.
pub fn for_request(store: &Store, request: &Request) -> Result<Option<GraphDocument>> {
    match request {
        Request::Search { text, .. } => {
            let Some(mut ids) = store.lookup_candidates(text)? else {
                return Ok(None);
            };
            ids.extend(store.doc_type_representatives()?);
            // Hits cite names, never articles or relations.
            Ok(Some(store.nodes_named(&ids)?))
        }
        Request::Show { entity, .. } => around(
            store,
            entity,
            &NodeKind::ALL,
            false,
            &ONE_HOP,
            Load::EntitySources,
        ),
        Request::WhoChaired { meeting, limit } => {
            // Dates ("7/9/2021") filter meetings by a scan of every meeting.
            // A superset of the tokens `query` reads as dates: digits and separators.
            let is_date = |w: &str| {
                let bare =
                    w.trim_matches(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '/'));
                bare.contains(['/', '-'])
                    && bare.contains(|c: char| c.is_ascii_digit())
                    && bare
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == '-' || c == '/')
            };
            if meeting.split_whitespace().any(is_date) {
                return Ok(None);
            }
            // Every matching meeting is counted; only the newest `limit` are
            // shown, so only their neighbourhoods are read.
            let walk = Walk {
                newest: *limit,
                ..ONE_HOP
            };
            around(
                store,
                meeting,
                &[NodeKind::Meeting],
                true,
                &walk,
                Load::EntitySources,
            )
        }
        Request::Trace {
            doc,
            depth,
            way,
            limit,
        } => trace_part(store, doc, *depth, *way, *limit),
        // Holders and paths range over the whole graph.
        Request::Meetings { .. } | Request::Holders { .. } | Request::Path { .. } => Ok(None),
    }
}

/// The subgraph that `export --focus ENTITY --depth N` draws, or `None`.
/// With `sources` false, nodes and edges come without their sources (a
/// diagram draws none).
pub fn for_focus(
    store: &Store,
    entity: &str,
    depth: usize,
    max_neighbours: Option<usize>,
    sources: bool,
) -> Result<Option<GraphDocument>> {
    let walk = Walk {
        depth: Some(depth),
        cap: max_neighbours,
        newest: None,
    };
    let load = if sources {
        Load::AllSources
    } else {
        Load::Bare
    };
    around(store, entity, &NodeKind::ALL, false, &walk, load)
}

/// What `trace` reads: the document, the chain links it shows (each level
/// bounded by `limit`, chosen as `KnowledgeGraph::chain_tree` chooses them,
/// by `graph::chain_order`), every link of a shown document to count what
/// the limit leaves out, and the issuers and meetings of shown documents,
/// with only the edges that touch a shown document.
fn trace_part(
    store: &Store,
    doc: &str,
    depth: Option<usize>,
    way: TraceWay,
    limit: Option<usize>,
) -> Result<Option<GraphDocument>> {
    let Some((top, reps, _)) = resolved(store, doc, &[NodeKind::Resolution], false)? else {
        return Ok(None);
    };
    let mut ids: BTreeSet<NodeId> = top.union(&reps).copied().collect();
    let mut shown = top.clone();
    for (kind, direction, wanted) in [
        (EdgeKind::Implements, Direction::Outgoing, way.up()),
        (EdgeKind::Implements, Direction::Incoming, way.down()),
        (EdgeKind::Supersedes, Direction::Outgoing, way.up()),
        (EdgeKind::Supersedes, Direction::Incoming, way.down()),
    ] {
        if !wanted {
            continue;
        }
        // The lowest level each node was expanded at: the tree may reach a node
        // at a lower level than this walk first did, and expand it further.
        let mut expanded: HashMap<NodeId, usize> = HashMap::new();
        let mut stack: Vec<(NodeId, usize)> = top.iter().map(|&id| (id, 0)).collect();
        while let Some((node, level)) = stack.pop() {
            if expanded.get(&node).is_some_and(|&at| at <= level) {
                continue;
            }
            expanded.insert(node, level);
            let mut children = store.chain_children(node, kind, direction)?;
            ids.extend(children.iter().map(|c| c.0));
            if depth.is_some_and(|d| level >= d) {
                continue;
            }
            children.sort_by(|a, b| {
                crate::graph::chain_key(a.1.as_deref(), a.0)
                    .cmp(&crate::graph::chain_key(b.1.as_deref(), b.0))
            });
            let skip = limit.map_or(0, |l| children.len().saturating_sub(l));
            for (child, _) in children.into_iter().skip(skip) {
                shown.insert(child);
                stack.push((child, level + 1));
            }
        }
    }
    ids.extend(store.neighbourhood(
        &shown,
        Some(1),
        &[EdgeKind::Issued, EdgeKind::Discussed],
        None,
    )?);
    ids.extend(shown.iter().copied());
    Ok(Some(store.subgraph_core(&ids, &shown, &top)?))
}

/// Which sources [`around`] loads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Load {
    /// Node sources of the resolved entities only; every edge's sources.
    EntitySources,
    /// Every node's and edge's sources.
    AllSources,
    /// None at all.
    Bare,
}

/// One hop around the entity, every neighbour.
const ONE_HOP: Walk = Walk {
    depth: Some(1),
    cap: None,
    newest: None,
};

/// How far [`around`] goes from the entities a query resolves to.
struct Walk {
    /// Hops around them (unbounded when `None`).
    depth: Option<usize>,
    /// At most this many neighbours per node, relation kind and direction.
    cap: Option<usize>,
    /// Walk from the newest this many of the resolved entities only (the
    /// others are loaded bare, to be counted).
    newest: Option<usize>,
}

/// The entities `query` resolves to (all tied at the best tier when `tied`,
/// else exactly one) and `walk.depth` hops around them, with the sources `load` asks for. Answers
/// (`Load::EntitySources`) list the articles of the entity asked about, never
/// those of its neighbours (a hub such as "Bộ Chính trị" has thousands).
fn around(
    store: &Store,
    query: &str,
    kinds: &[NodeKind],
    tied: bool,
    walk: &Walk,
    load: Load,
) -> Result<Option<GraphDocument>> {
    let Some((top, reps, phase)) = resolved(store, query, kinds, tied)? else {
        return Ok(None);
    };
    let start: BTreeSet<NodeId> = match walk.newest {
        Some(n) => {
            let mut nodes: Vec<&crate::model::Node> =
                top.iter().filter_map(|&id| phase.node(id)).collect();
            crate::query::sort_newest_first(&mut nodes);
            nodes.into_iter().take(n).map(|node| node.id).collect()
        }
        None => top.clone(),
    };
    let mut ids = store.neighbourhood(&start, walk.depth, &[], walk.cap)?;
    ids.extend(top);
    ids.extend(reps);
    Ok(Some(match load {
        Load::EntitySources => store.subgraph_core(&ids, &start, &start)?,
        Load::AllSources => store.subgraph(&ids)?,
        Load::Bare => store.subgraph_bare(&ids)?,
    }))
}

/// What [`resolved`] finds: the entities, the document-type representatives,
/// and the ranked candidates.
type Resolved = (BTreeSet<NodeId>, BTreeSet<NodeId>, KnowledgeGraph);

/// The entities `query` resolves to (all tied at the best tier when `tied`,
/// else exactly one), the document-type representatives every lookup
/// reads, and the candidates' names the lookup ranked; `None` when the name index cannot tell or the name is unknown or
/// ambiguous (the whole graph words the error then).
fn resolved(
    store: &Store,
    query: &str,
    kinds: &[NodeKind],
    tied: bool,
) -> Result<Option<Resolved>> {
    let reps: BTreeSet<NodeId> = store.doc_type_representatives()?.into_iter().collect();
    // Nodes named exactly like the query beat every other node but the one its
    // id names: look no further then.
    let mut candidates = store.exact_matches(query)?;
    if candidates.is_empty() {
        match store.lookup_candidates(query)? {
            Some(found) => candidates = found,
            None => return Ok(None),
        }
    }
    let trimmed = query.trim();
    candidates.extend(
        trimmed
            .strip_prefix('#')
            .unwrap_or(trimmed)
            .parse::<i64>()
            .ok()
            .map(NodeId),
    );
    candidates.extend(reps.iter().copied());
    let phase = KnowledgeGraph::from_document(store.nodes_named(&candidates)?);
    let top: BTreeSet<NodeId> = match lookup::best(&phase, query, kinds) {
        Ok(found) if tied || found.len() == 1 => found.iter().map(|m| m.node.id).collect(),
        // Unknown or ambiguous: the whole graph words the error.
        _ => return Ok(None),
    };
    Ok(Some((top, reps, phase)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::query;
    use crate::text::ingest::collect_paths;

    /// The seeds and the held-out corpus in an in-memory store.
    fn seeded() -> Store {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let (files, _) = collect_paths(&[root.join("seeds"), root.join("tests/corpus")]);
        let records: Vec<_> = files
            .iter()
            .filter_map(|f| crate::pipeline::read(f).ok())
            .map(|a| crate::pipeline::process(&a, Lexicon::builtin()))
            .collect();
        let mut store = Store::open_in_memory().expect("store");
        store.save_batch(&records).expect("save");
        store
    }

    /// An answer (or error) as comparable JSON and text. `store` quotes what
    /// a subgraph left unquoted: all of it for the JSON, what text output
    /// lists for the text (as the binary does).
    fn outcome(
        graph: &KnowledgeGraph,
        request: &Request,
        store: Option<&Store>,
    ) -> (String, String) {
        match query::answer(graph, request) {
            Ok(answer) => {
                let (mut all, mut listed) = (answer.clone(), answer);
                if let Some(store) = store {
                    all.quote(false, |wanted| store.quotes(wanted))
                        .expect("quotes");
                    listed
                        .quote(true, |wanted| store.quotes(wanted))
                        .expect("quotes");
                }
                (
                    serde_json::to_string_pretty(&all).expect("json"),
                    listed.render_text(),
                )
            }
            Err(err) => (format!("error: {err}"), String::new()),
        }
    }

    #[test]
    fn subgraph_answers_equal_whole_graph_answers() {
        let store = seeded();
        let whole = KnowledgeGraph::from_document(store.graph().expect("graph"));
        let mut requests = Vec::new();
        // Every third node keeps the test quick in debug builds.
        for node in whole.nodes().step_by(3) {
            for name in std::iter::once(&node.name).chain(&node.aliases) {
                for limit in [None, Some(1)] {
                    requests.push(Request::Show {
                        entity: name.clone(),
                        limit,
                    });
                }
                requests.push(Request::Search {
                    text: name.clone(),
                    kind: None,
                });
                match node.kind {
                    NodeKind::Resolution => {
                        for limit in [None, Some(1)] {
                            requests.push(Request::Trace {
                                doc: name.clone(),
                                depth: None,
                                way: crate::query::TraceWay::Both,
                                limit,
                            });
                        }
                    }
                    NodeKind::Meeting => {
                        for limit in [None, Some(1)] {
                            requests.push(Request::WhoChaired {
                                meeting: name.clone(),
                                limit,
                            });
                        }
                    }
                    _ => {}
                }
            }
            requests.push(Request::Show {
                entity: format!("#{}", node.id),
                limit: Some(2),
            });
        }
        for text in [
            "cong an",
            "Quốc Tỏ",
            "hội nghị",
            "BCA",
            "Nghị quyết 12",
            "xyz",
        ] {
            requests.push(Request::Search {
                text: text.to_string(),
                kind: None,
            });
            requests.push(Request::Show {
                entity: text.to_string(),
                limit: None,
            });
        }
        let mut narrowed = 0;
        for request in &requests {
            let Some(part) = for_request(&store, request).expect("subgraph") else {
                continue;
            };
            narrowed += 1;
            let part = KnowledgeGraph::from_document(part);
            assert_eq!(
                outcome(&part, request, Some(&store)),
                outcome(&whole, request, None),
                "{request:?}"
            );
        }
        // Most questions are served from a subgraph.
        assert!(
            narrowed * 10 > requests.len() * 8,
            "{narrowed} of {}",
            requests.len()
        );
    }

    #[test]
    fn subgraph_focus_equals_whole_graph_focus() {
        let store = seeded();
        let whole = KnowledgeGraph::from_document(store.graph().expect("graph"));
        let names: Vec<String> = whole.nodes().step_by(7).map(|n| n.name.clone()).collect();
        for name in names {
            for depth in [1, 2] {
                for cap in [None, Some(1), Some(3)] {
                    let Some(part) = for_focus(&store, &name, depth, cap, true).expect("subgraph")
                    else {
                        continue;
                    };
                    let part = KnowledgeGraph::from_document(part);
                    let a = query::focus(&part, &name, depth, cap)
                        .map(|d| serde_json::to_string(&d).ok());
                    let b = query::focus(&whole, &name, depth, cap)
                        .map(|d| serde_json::to_string(&d).ok());
                    assert_eq!(a.ok(), b.ok(), "{name} depth {depth} cap {cap:?}");
                }
            }
        }
    }
}
