//! Selections of the graph for `export` (mostly diagrams): the facts of some
//! articles or of a period, some node and edge kinds, the neighbourhood of one
//! entity. [`select`] applies them in that order and returns the subgraph; it
//! does not draw (that is `export::dot`) and prints nothing.

use std::collections::BTreeSet;

use super::{date_range, lookup, parse_bound, Day};
use crate::graph::KnowledgeGraph;
use crate::model::{EdgeKind, GraphDocument, NodeId, NodeKind, Source};
use crate::{Error, Result};

/// What part of the graph to export. The default selects everything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Only facts stated in these articles (file names; a path's directories
    /// are ignored).
    pub articles: Vec<String>,
    /// Only facts stated in articles published on or after this date
    /// (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); undated articles are left out.
    pub from: Option<String>,
    /// Only facts stated in articles published on or before this date.
    pub to: Option<String>,
    /// Only nodes of these kinds (all when empty).
    pub kinds: Vec<NodeKind>,
    /// Only edges of these kinds (all when empty); nodes left without any
    /// selected edge are dropped too.
    pub edge_kinds: Vec<EdgeKind>,
    /// Only what lies within `depth` hops of this entity (resolved like every
    /// entity argument), hops counted over the edges selected above.
    pub focus: Option<String>,
    /// Hops around `focus`.
    pub depth: usize,
    /// With `focus`: at most this many neighbours of each entity per relation
    /// kind and direction (see [`crate::graph::fan_out`]); all when `None`.
    pub max_neighbours: Option<usize>,
}

impl Selection {
    /// Whether the selection keeps the whole graph.
    pub fn is_everything(&self) -> bool {
        *self
            == Selection {
                depth: self.depth,
                max_neighbours: self.max_neighbours,
                ..Selection::default()
            }
    }
}

/// The subgraph `selection` keeps, nodes by id and edges in document order.
///
/// Errors: an unknown article name or focus entity is [`Error::NotFound`]
/// (with the nearest names); an ambiguous focus [`Error::Ambiguous`]; a
/// malformed date [`Error::Query`]; a focus entity that the kind or article
/// filters leave out is [`Error::Query`].
pub fn select(graph: &KnowledgeGraph, selection: &Selection) -> Result<GraphDocument> {
    select_counted(graph, selection).map(|(doc, _)| doc)
}

/// As [`select`], with the number of neighbours `max_neighbours` left out.
pub fn select_counted(
    graph: &KnowledgeGraph,
    selection: &Selection,
) -> Result<(GraphDocument, usize)> {
    let focus = selection
        .focus
        .as_deref()
        .map(|q| lookup::resolve(graph, q, &[]))
        .transpose()?;
    let docs = article_names(graph, &selection.articles)?;
    let from = selection
        .from
        .as_deref()
        .map(|f| parse_bound(f, "from"))
        .transpose()?;
    let to = selection
        .to
        .as_deref()
        .map(|t| parse_bound(t, "to"))
        .transpose()?;
    let by_source = !docs.is_empty() || from.is_some() || to.is_some();
    let keep_source = |source: &Source| -> bool {
        if !docs.is_empty() && !docs.contains(&source.doc) {
            return false;
        }
        if from.is_none() && to.is_none() {
            return true;
        }
        let Some((lo, hi)) = graph
            .article_date(&source.doc)
            .and_then(super::parse_date)
            .and_then(date_range)
        else {
            return false;
        };
        in_range((lo, hi), from, to)
    };
    let mut doc = graph.to_document();
    if by_source {
        for node in &mut doc.nodes {
            node.sources.retain(&keep_source);
        }
        for edge in &mut doc.edges {
            edge.sources.retain(&keep_source);
        }
        doc.edges.retain(|e| !e.sources.is_empty());
        // A node stays when the articles mention it or state one of its edges.
        let ends: BTreeSet<NodeId> = doc
            .edges
            .iter()
            .flat_map(|e| [e.source, e.target])
            .collect();
        doc.nodes
            .retain(|n| !n.sources.is_empty() || ends.contains(&n.id));
    }
    if !selection.kinds.is_empty() {
        doc.nodes.retain(|n| selection.kinds.contains(&n.kind));
    }
    if !selection.edge_kinds.is_empty() {
        doc.edges.retain(|e| selection.edge_kinds.contains(&e.kind));
        // Asking for some relations asks for what they join: nodes left
        // without any of them would only crowd the diagram.
        let ends: BTreeSet<NodeId> = doc
            .edges
            .iter()
            .filter(|e| {
                selection.kinds.is_empty() || {
                    [e.source, e.target].iter().all(|id| {
                        doc.nodes
                            .iter()
                            .any(|n| n.id == *id && selection.kinds.contains(&n.kind))
                    })
                }
            })
            .flat_map(|e| [e.source, e.target])
            .collect();
        let center = focus.map(|c| c.id);
        doc.nodes
            .retain(|n| ends.contains(&n.id) || Some(n.id) == center);
    }
    let selected = KnowledgeGraph::from_document(doc);
    let Some(center) = focus else {
        return Ok((selected.to_document(), 0));
    };
    if selected.node(center.id).is_none() {
        return Err(Error::Query(format!(
            "{} is outside the selection (--kind, --article, --from, --to)",
            lookup::describe(center)
        )));
    }
    Ok(selected.ego_capped(center.id, selection.depth, selection.max_neighbours))
}

/// Whether a period overlaps the bounds.
fn in_range((lo, hi): (Day, Day), from: Option<(Day, Day)>, to: Option<(Day, Day)>) -> bool {
    from.is_none_or(|(start, _)| hi >= start) && to.is_none_or(|(_, end)| lo <= end)
}

/// The stored article names that `--article` arguments stand for: each names
/// a file (its directories ignored) that some source cites.
fn article_names(graph: &KnowledgeGraph, wanted: &[String]) -> Result<BTreeSet<String>> {
    if wanted.is_empty() {
        return Ok(BTreeSet::new());
    }
    let known: BTreeSet<&str> = graph
        .nodes()
        .flat_map(|n| n.sources.iter().map(|s| s.doc.as_str()))
        .collect();
    let mut out = BTreeSet::new();
    for path in wanted {
        let name = std::path::Path::new(path)
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or(path);
        if !known.contains(name) {
            let mut near: Vec<&str> = known.iter().copied().collect();
            near.sort_by_key(|k| (lookup::distance(name, k), *k));
            return Err(Error::NotFound {
                query: path.clone(),
                suggestions: near.into_iter().take(3).map(str::to_string).collect(),
            });
        }
        out.insert(name.to_string());
    }
    Ok(out)
}
