//! The merged graph in memory: [`KnowledgeGraph`] over petgraph's `StableDiGraph`,
//! built from a [`GraphDocument`], with the traversals the queries need (neighbours
//! by edge kind, ego graphs, shortest paths, implementation and supersession trees).
//!
//! petgraph's `NodeIndex` never leaves this module: callers speak [`NodeId`]. This
//! module owns no text matching (that is `query`) and no IO (that is `store`).
//! Every observable order is deterministic: neighbours come sorted by edge kind,
//! node id and role, whatever order the document listed them in.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;

use crate::model::{Edge, EdgeKind, GraphDocument, Node, NodeId};

/// Which way an edge is followed from a node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Direction {
    /// From the edge's source to its target.
    Outgoing,
    /// From the edge's target back to its source.
    Incoming,
}

impl Direction {
    fn petgraph(self) -> petgraph::Direction {
        match self {
            Direction::Outgoing => petgraph::Direction::Outgoing,
            Direction::Incoming => petgraph::Direction::Incoming,
        }
    }
}

/// An edge seen from one of its ends: the edge, the node at the other end and
/// the way the edge was followed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Neighbour<'g> {
    /// The edge.
    pub edge: &'g Edge,
    /// The node at the other end.
    pub node: &'g Node,
    /// `Outgoing` when the edge points from the start node to `node`.
    pub direction: Direction,
}

/// One hop of a [`Path`]: the edge crossed and the node reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step<'g> {
    /// The edge crossed.
    pub edge: &'g Edge,
    /// The node reached.
    pub node: &'g Node,
    /// `Outgoing` when the edge was crossed from its source to its target.
    pub direction: Direction,
}

/// A path between two nodes, edges crossed in either direction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path<'g> {
    /// Where the path starts.
    pub start: &'g Node,
    /// The hops, in order; empty when the path starts and ends at one node.
    pub steps: Vec<Step<'g>>,
}

/// Why a [`TreeNode`] has no children although its node may have some.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stop {
    /// Expanded normally (children, if any, are listed).
    No,
    /// The node is already on the path from the root: following it would loop.
    Cycle,
    /// The node was already expanded elsewhere in the tree.
    Repeated,
    /// The depth limit was reached and the node has further links.
    Depth,
}

/// A node of a chain tree (see [`KnowledgeGraph::chain_tree`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeNode<'g> {
    /// The document (or other node) at this place of the tree.
    pub node: &'g Node,
    /// The edge that leads from the parent to this node; `None` at the root.
    pub via: Option<&'g Edge>,
    /// The next level, sorted by date then id.
    pub children: Vec<TreeNode<'g>>,
    /// Why expansion stopped here, if it did.
    pub stop: Stop,
    /// Ids that edges of the followed kind name but the graph lacks, sorted.
    pub missing: Vec<NodeId>,
    /// Children left out by the walk's limit (the earliest ones).
    pub omitted: usize,
}

/// The neighbours a walk follows from one node, given its links (other node,
/// edge kind, direction): every distinct neighbour, or with `cap` at most `cap`
/// of them per (edge kind, direction), highest ids (the latest stored) first, so
/// that a hub such as "Bộ Chính trị" adds a sample of each of its relations
/// rather than thousands of nodes. Returns the neighbours, sorted, and how many
/// distinct neighbours the cap left out. The store's walk and
/// [`KnowledgeGraph::ego_capped`] both choose with this function.
pub fn fan_out(
    links: impl IntoIterator<Item = (NodeId, EdgeKind, Direction)>,
    cap: Option<usize>,
) -> (Vec<NodeId>, usize) {
    let mut groups: BTreeMap<(EdgeKind, bool), BTreeSet<NodeId>> = BTreeMap::new();
    for (other, kind, direction) in links {
        groups
            .entry((kind, direction == Direction::Outgoing))
            .or_default()
            .insert(other);
    }
    let mut kept = BTreeSet::new();
    for group in groups.values() {
        kept.extend(group.iter().rev().take(cap.unwrap_or(usize::MAX)).copied());
    }
    let all: BTreeSet<NodeId> = groups.into_values().flatten().collect();
    let left_out = all.len() - kept.len();
    (kept.into_iter().collect(), left_out)
}

/// The merged knowledge graph: nodes and edges of a [`GraphDocument`] in petgraph.
///
/// Invariant: `index` maps every node id in `graph` to its index and nothing else;
/// edges whose ends are not both present are kept aside in `dangling`.
#[derive(Clone, Debug, Default)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<Node, Edge>,
    index: BTreeMap<NodeId, NodeIndex>,
    dangling: Vec<Edge>,
    /// Article file name -> published date (ISO, possibly partial), when known.
    article_dates: BTreeMap<String, String>,
}

impl KnowledgeGraph {
    /// Builds the graph from a document. Nodes with a repeated id keep the first
    /// occurrence; edges naming an absent node are kept aside (see
    /// [`KnowledgeGraph::dangling_edges`]) so that traversals can report them.
    pub fn from_document(doc: GraphDocument) -> KnowledgeGraph {
        let mut graph = StableDiGraph::with_capacity(doc.nodes.len(), doc.edges.len());
        let mut index = BTreeMap::new();
        let mut nodes = doc.nodes;
        nodes.sort_by_key(|node| node.id);
        for node in nodes {
            let id = node.id;
            if index.contains_key(&id) {
                continue;
            }
            index.insert(id, graph.add_node(node));
        }
        let mut edges = doc.edges;
        edges.sort_by(edge_order);
        let mut dangling = Vec::new();
        for edge in edges {
            match (index.get(&edge.source), index.get(&edge.target)) {
                (Some(&s), Some(&t)) => {
                    graph.add_edge(s, t, edge);
                }
                _ => dangling.push(edge),
            }
        }
        KnowledgeGraph {
            graph,
            index,
            dangling,
            article_dates: BTreeMap::new(),
        }
    }

    /// The graph with the published dates of its articles (file name -> ISO
    /// date, possibly partial; `None` or blank for an undated article), which
    /// date the facts each article states (see [`KnowledgeGraph::article_date`]).
    pub fn with_article_dates(
        mut self,
        dates: impl IntoIterator<Item = (String, Option<String>)>,
    ) -> KnowledgeGraph {
        self.article_dates = dates
            .into_iter()
            .filter_map(|(doc, date)| {
                date.filter(|d| !d.trim().is_empty())
                    .map(|d| (doc, d.trim().to_string()))
            })
            .collect();
        self
    }

    /// The published date of an article, when the graph knows it.
    pub fn article_date(&self, doc: &str) -> Option<&str> {
        self.article_dates.get(doc).map(String::as_str)
    }

    /// The whole graph as a document: nodes sorted by id, edges by (source, kind,
    /// target, role). Dangling edges are left out.
    pub fn to_document(&self) -> GraphDocument {
        self.subdocument(&self.index.keys().copied().collect())
    }

    /// Number of nodes.
    pub fn n_nodes(&self) -> usize {
        self.index.len()
    }

    /// Number of edges (dangling ones excluded).
    pub fn n_edges(&self) -> usize {
        self.graph.edge_count()
    }

    /// The node with this id.
    pub fn node(&self, id: NodeId) -> Option<&Node> {
        self.index.get(&id).map(|&ix| &self.graph[ix])
    }

    /// Every node, sorted by id.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> + '_ {
        self.index.values().map(|&ix| &self.graph[ix])
    }

    /// Every edge, sorted by (source, kind, target, role).
    pub fn edges(&self) -> Vec<&Edge> {
        let mut edges: Vec<&Edge> = self.graph.edge_weights().collect();
        edges.sort_by(|a, b| edge_order(a, b));
        edges
    }

    /// Edges of the source document that name a node the graph lacks, sorted.
    pub fn dangling_edges(&self) -> &[Edge] {
        &self.dangling
    }

    /// The edges of `id` followed in `direction`, optionally of one kind only,
    /// sorted by edge kind, then the other node's id, then role.
    pub fn neighbours(
        &self,
        id: NodeId,
        kind: Option<EdgeKind>,
        direction: Direction,
    ) -> Vec<Neighbour<'_>> {
        let Some(&ix) = self.index.get(&id) else {
            return Vec::new();
        };
        let mut out: Vec<Neighbour<'_>> = self
            .graph
            .edges_directed(ix, direction.petgraph())
            .filter(|e| kind.is_none_or(|k| e.weight().kind == k))
            .map(|e| {
                let other = match direction {
                    Direction::Outgoing => e.target(),
                    Direction::Incoming => e.source(),
                };
                Neighbour {
                    edge: e.weight(),
                    node: &self.graph[other],
                    direction,
                }
            })
            .collect();
        out.sort_by(|a, b| {
            (a.edge.kind, a.node.id, role(a.edge)).cmp(&(b.edge.kind, b.node.id, role(b.edge)))
        });
        out
    }

    /// Both directions of [`KnowledgeGraph::neighbours`]: outgoing edges first.
    pub fn all_neighbours(&self, id: NodeId, kind: Option<EdgeKind>) -> Vec<Neighbour<'_>> {
        let mut out = self.neighbours(id, kind, Direction::Outgoing);
        out.extend(self.neighbours(id, kind, Direction::Incoming));
        out
    }

    /// The subgraph within `depth` hops of `center`, edges followed either way:
    /// those nodes and every edge among them. Empty when `center` is absent.
    pub fn ego(&self, center: NodeId, depth: usize) -> GraphDocument {
        self.ego_capped(center, depth, None).0
    }

    /// As [`KnowledgeGraph::ego`], each node reaching at most `cap` neighbours
    /// per relation kind and direction (see [`fan_out`]); also returns how many
    /// neighbours the cap left out.
    pub fn ego_capped(
        &self,
        center: NodeId,
        depth: usize,
        cap: Option<usize>,
    ) -> (GraphDocument, usize) {
        if !self.index.contains_key(&center) {
            return (GraphDocument::default(), 0);
        }
        let mut seen = BTreeSet::from([center]);
        let mut frontier = vec![center];
        let mut left_out = 0;
        for _ in 0..depth {
            let mut next = Vec::new();
            for id in frontier {
                let links = self
                    .all_neighbours(id, None)
                    .into_iter()
                    .map(|n| (n.node.id, n.edge.kind, n.direction));
                let (kept, dropped) = fan_out(links, cap);
                left_out += dropped;
                for other in kept {
                    if seen.insert(other) {
                        next.push(other);
                    }
                }
            }
            if next.is_empty() {
                break;
            }
            frontier = next;
        }
        (self.subdocument(&seen), left_out)
    }

    /// A shortest path from `from` to `to`, edges crossed either way (breadth
    /// first; among equally short paths, the one through lower edge kinds and ids).
    /// `None` when either node is absent or they are not connected.
    pub fn path(&self, from: NodeId, to: NodeId) -> Option<Path<'_>> {
        let &start = self.index.get(&from)?;
        let &goal = self.index.get(&to)?;
        let mut came_from: BTreeMap<NodeIndex, (NodeIndex, EdgeIndex, Direction)> = BTreeMap::new();
        let mut queue = VecDeque::from([start]);
        let mut seen = BTreeSet::from([start]);
        while let Some(ix) = queue.pop_front() {
            if ix == goal {
                break;
            }
            for (eix, other, direction) in self.sorted_links(ix) {
                if seen.insert(other) {
                    came_from.insert(other, (ix, eix, direction));
                    queue.push_back(other);
                }
            }
        }
        if !seen.contains(&goal) {
            return None;
        }
        let mut steps = Vec::new();
        let mut at = goal;
        while at != start {
            let &(prev, eix, direction) = came_from.get(&at)?;
            steps.push(Step {
                edge: &self.graph[eix],
                node: &self.graph[at],
                direction,
            });
            at = prev;
        }
        steps.reverse();
        Some(Path {
            start: &self.graph[start],
            steps,
        })
    }

    /// The tree of documents reached from `root` by edges of `kind` followed in
    /// `direction`: `(Implements, Outgoing)` climbs to what `root` carries out, up
    /// to the root directive; `(Implements, Incoming)` descends to everything made
    /// to carry `root` out; likewise `Supersedes` for replaced / replacing texts.
    ///
    /// Cycle-safe: a node already on the path is listed with [`Stop::Cycle`], one
    /// expanded elsewhere with [`Stop::Repeated`]; neither is expanded again.
    /// `max_depth` (edges from the root) stops with [`Stop::Depth`]. Edges of
    /// `kind` naming an absent node are listed in `missing`. `None` when `root`
    /// is absent.
    pub fn chain_tree(
        &self,
        root: NodeId,
        kind: EdgeKind,
        direction: Direction,
        max_depth: Option<usize>,
        limit: Option<usize>,
    ) -> Option<TreeNode<'_>> {
        let &ix = self.index.get(&root)?;
        let mut walk = ChainWalk {
            graph: self,
            kind,
            direction,
            max_depth,
            limit,
            expanded: BTreeSet::new(),
            on_path: Vec::new(),
        };
        Some(walk.visit(ix, None, 0))
    }

    /// The outgoing and incoming links of a node, sorted by (edge kind, other
    /// node's id, direction, role) so that traversals are deterministic.
    fn sorted_links(&self, ix: NodeIndex) -> Vec<(EdgeIndex, NodeIndex, Direction)> {
        let mut links: Vec<(EdgeIndex, NodeIndex, Direction)> = self
            .graph
            .edges_directed(ix, petgraph::Direction::Outgoing)
            .map(|e| (e.id(), e.target(), Direction::Outgoing))
            .chain(
                self.graph
                    .edges_directed(ix, petgraph::Direction::Incoming)
                    .map(|e| (e.id(), e.source(), Direction::Incoming)),
            )
            .collect();
        links.sort_by(|a, b| {
            let (ea, eb) = (&self.graph[a.0], &self.graph[b.0]);
            (ea.kind, self.graph[a.1].id, a.2, role(ea)).cmp(&(
                eb.kind,
                self.graph[b.1].id,
                b.2,
                role(eb),
            ))
        });
        links
    }

    /// The nodes with these ids and every edge among them, in document order.
    pub fn subdocument(&self, ids: &BTreeSet<NodeId>) -> GraphDocument {
        let nodes = ids
            .iter()
            .filter_map(|&id| self.node(id).cloned())
            .collect();
        let edges = self
            .edges()
            .into_iter()
            .filter(|e| ids.contains(&e.source) && ids.contains(&e.target))
            .cloned()
            .collect();
        GraphDocument { nodes, edges }
    }

    /// Ids named by dangling edges of `kind` leaving `id` in `direction`.
    fn missing_links(&self, id: NodeId, kind: EdgeKind, direction: Direction) -> Vec<NodeId> {
        let mut out: Vec<NodeId> = self
            .dangling
            .iter()
            .filter(|e| e.kind == kind)
            .filter_map(|e| match direction {
                Direction::Outgoing if e.source == id => Some(e.target),
                Direction::Incoming if e.target == id => Some(e.source),
                _ => None,
            })
            .filter(|other| !self.index.contains_key(other))
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

/// The state of one [`KnowledgeGraph::chain_tree`] walk.
struct ChainWalk<'g> {
    graph: &'g KnowledgeGraph,
    kind: EdgeKind,
    direction: Direction,
    max_depth: Option<usize>,
    limit: Option<usize>,
    expanded: BTreeSet<NodeIndex>,
    on_path: Vec<NodeIndex>,
}

impl<'g> ChainWalk<'g> {
    fn visit(&mut self, ix: NodeIndex, via: Option<&'g Edge>, depth: usize) -> TreeNode<'g> {
        let graph = self.graph;
        let node = &graph.graph[ix];
        let missing = graph.missing_links(node.id, self.kind, self.direction);
        let mut tree = TreeNode {
            node,
            via,
            children: Vec::new(),
            stop: Stop::No,
            missing,
            omitted: 0,
        };
        if self.on_path.contains(&ix) {
            tree.stop = Stop::Cycle;
            return tree;
        }
        if !self.expanded.insert(ix) {
            tree.stop = Stop::Repeated;
            return tree;
        }
        let mut next: Vec<(EdgeIndex, NodeIndex)> = graph
            .graph
            .edges_directed(ix, self.direction.petgraph())
            .filter(|e| e.weight().kind == self.kind)
            .map(|e| {
                let other = match self.direction {
                    Direction::Outgoing => e.target(),
                    Direction::Incoming => e.source(),
                };
                (e.id(), other)
            })
            .collect();
        if next.is_empty() {
            return tree;
        }
        if self.max_depth.is_some_and(|max| depth >= max) {
            tree.stop = Stop::Depth;
            return tree;
        }
        next.sort_by(|a, b| {
            let (na, nb) = (&graph.graph[a.1], &graph.graph[b.1]);
            chain_order(na).cmp(&chain_order(nb))
        });
        // The newest `limit` children, still earliest first.
        if let Some(limit) = self.limit {
            tree.omitted = next.len().saturating_sub(limit);
            next.drain(..tree.omitted);
        }
        self.on_path.push(ix);
        for (eix, other) in next {
            let child = self.visit(other, Some(&graph.graph[eix]), depth + 1);
            tree.children.push(child);
        }
        self.on_path.pop();
        tree
    }
}

/// The order of a node's children in a chain tree: by date (as stored), then
/// id.
pub fn chain_order(node: &Node) -> (Option<&str>, NodeId) {
    chain_key(node.attrs.get("date").map(String::as_str), node.id)
}

/// [`chain_order`] from a node's date and id alone: what the store's bounded
/// walk (`Store::chain_children`) reads, so that both choose the same newest.
pub fn chain_key(date: Option<&str>, id: NodeId) -> (Option<&str>, NodeId) {
    (date, id)
}

/// The role of an edge, or "" (holds_position edges differ only by role).
fn role(edge: &Edge) -> &str {
    edge.attrs.get("role").map_or("", String::as_str)
}

/// The contract's edge order: (source, kind, target, role), then attributes and sources.
fn edge_order(a: &Edge, b: &Edge) -> std::cmp::Ordering {
    (a.source, a.kind, a.target, role(a), &a.attrs, &a.sources).cmp(&(
        b.source,
        b.kind,
        b.target,
        role(b),
        &b.attrs,
        &b.sources,
    ))
}

/// A small graph modelled on the seed articles, shared by the unit tests of
/// `graph`, `query` and `export`.
#[cfg(test)]
pub(crate) mod fixture {
    use crate::model::{Attrs, Edge, EdgeKind, GraphDocument, Node, NodeId, NodeKind, Source};

    const A0: &str = "000_e8a868fe77b78c13.txt";
    const A1: &str = "001_08bf44569f6f14bc.txt";
    const A2: &str = "002_5a1154b3da28aced.txt";
    const A4: &str = "004_36d0775449bcde8e.txt";

    /// A node with `attrs` given as `key=value` pairs.
    pub(crate) fn node(
        id: i64,
        kind: NodeKind,
        name: &str,
        aliases: &[&str],
        attrs: &[(&str, &str)],
        doc: &str,
    ) -> Node {
        Node {
            id: NodeId(id),
            kind,
            name: name.to_string(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            attrs: attrs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<Attrs>(),
            sources: vec![Source {
                doc: doc.to_string(),
                start: 0,
                end: name.chars().count(),
                quote: None,
            }],
        }
    }

    /// An edge stated by `quote` in article `doc`; `role` for holds_position.
    pub(crate) fn edge(
        kind: EdgeKind,
        source: i64,
        target: i64,
        role: Option<&str>,
        doc: &str,
        quote: &str,
    ) -> Edge {
        let mut attrs = Attrs::new();
        if let Some(role) = role {
            attrs.insert("role".to_string(), role.to_string());
        }
        Edge {
            kind,
            source: NodeId(source),
            target: NodeId(target),
            attrs,
            sources: vec![Source {
                doc: doc.to_string(),
                start: 0,
                end: quote.chars().count(),
                quote: Some(quote.to_string()),
            }],
        }
    }

    /// The fixture: people, bodies, documents and meetings of the seeds.
    pub(crate) fn document() -> GraphDocument {
        use EdgeKind::*;
        use NodeKind::*;
        let q_to = "Trung tướng Trần Quốc Tỏ – Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an chủ trì tại điểm cầu Bộ Công an.";
        let q_lam = "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Công an chủ trì Hội nghị.";
        let q_kh = "Đảng ủy Công an Trung ương ban hành Kế hoạch số 118-KH/ĐUCA thực hiện Nghị quyết số 12-NQ/TW của Bộ Chính trị.";
        let q_nq = "Nghị quyết số 12-NQ/TW ngày 16/3/2022 của Bộ Chính trị thực hiện Nghị quyết Đại hội XIII của Đảng.";
        let q_qd = "Quy định số 58-QĐ/TW thay thế Quy định số 126-QĐ/TW.";
        let q_gb = "Ngày 7-12, Bộ Công an tổ chức Hội nghị giao ban công tác Đảng và công tác chính trị Công an nhân dân (CAND) năm 2021.";
        let q_ht =
            "Sáng 7/9/2021, Đảng ủy Công an Trung ương tổ chức hội thảo trực tuyến toàn quốc.";
        let q_28 = "Ngày 28/10, Đảng ủy Công an Trung ương tổ chức Hội thảo chuyên đề, quán triệt Nghị quyết số 12-NQ/TW.";
        let q_90 = "Hội nghị quán triệt Quyết định số 90-QĐ/TW của Ban Bí thư.";
        let q_an = "Thượng tá Nguyễn Văn An tham dự Hội thảo.";
        let q_an2 = "Đồng chí Nguyễn Văn An phát biểu tham luận tại Hội nghị.";
        GraphDocument {
            nodes: vec![
                node(
                    1,
                    Person,
                    "Trần Quốc Tỏ",
                    &[],
                    &[("rank", "Trung tướng")],
                    A0,
                ),
                node(2, Person, "Tô Lâm", &[], &[("rank", "Đại tướng")], A1),
                node(
                    4,
                    Person,
                    "Nguyễn Văn An",
                    &[],
                    &[("rank", "Thượng tá")],
                    A4,
                ),
                node(5, Person, "Nguyễn Văn An", &[], &[], A2),
                node(10, Organization, "Bộ Công an", &["BCA"], &[], A0),
                node(11, Organization, "Bộ Chính trị", &[], &[], A1),
                node(
                    12,
                    Organization,
                    "Đảng ủy Công an Trung ương",
                    &["Đảng uỷ Công an TW"],
                    &[],
                    A0,
                ),
                node(
                    13,
                    Organization,
                    "Ban Chấp hành Trung ương Đảng",
                    &[],
                    &[],
                    A0,
                ),
                node(14, Organization, "Ban Bí thư", &[], &[], A1),
                node(
                    20,
                    Resolution,
                    "Nghị quyết số 12-NQ/TW",
                    &["Nghị quyết 12", "Nghị quyết số 12"],
                    &[
                        ("code", "NQ/TW"),
                        ("date", "2022-03-16"),
                        ("doc_type", "Nghị quyết"),
                        ("number", "12"),
                    ],
                    A1,
                ),
                node(
                    21,
                    Resolution,
                    "Kế hoạch số 118-KH/ĐUCA",
                    &[],
                    &[
                        ("code", "KH/ĐUCA"),
                        ("doc_type", "Kế hoạch"),
                        ("number", "118"),
                    ],
                    A4,
                ),
                node(
                    22,
                    Resolution,
                    "Quy định số 58-QĐ/TW",
                    &[],
                    &[
                        ("code", "QĐ/TW"),
                        ("date", "2022-02-08"),
                        ("doc_type", "Quy định"),
                        ("number", "58"),
                    ],
                    A4,
                ),
                node(
                    23,
                    Resolution,
                    "Quy định số 126-QĐ/TW",
                    &[],
                    &[
                        ("code", "QĐ/TW"),
                        ("date", "2018-02-28"),
                        ("doc_type", "Quy định"),
                        ("number", "126"),
                    ],
                    A4,
                ),
                node(
                    24,
                    Resolution,
                    "Quyết định số 90-QĐ/TW",
                    &["Quyết định số 90"],
                    &[
                        ("code", "QĐ/TW"),
                        ("date", "2022-12-06"),
                        ("doc_type", "Quyết định"),
                        ("number", "90"),
                    ],
                    A1,
                ),
                node(
                    25,
                    Resolution,
                    "Nghị quyết Đại hội XIII của Đảng",
                    &[],
                    &[("doc_type", "Nghị quyết")],
                    A1,
                ),
                node(
                    30,
                    Meeting,
                    "Hội thảo trực tuyến về dự thảo Quy chế phối hợp",
                    &[],
                    &[("date", "2021-09-07"), ("meeting_type", "Hội thảo")],
                    A0,
                ),
                node(
                    31,
                    Meeting,
                    "Hội nghị giao ban công tác Đảng và công tác chính trị CAND năm 2021",
                    &[],
                    &[
                        ("date", "2021-12-07"),
                        ("meeting_type", "Hội nghị"),
                        ("place", "Hà Nội"),
                    ],
                    A2,
                ),
                node(
                    32,
                    Meeting,
                    "Hội nghị quán triệt Quyết định số 90-QĐ/TW",
                    &[],
                    &[("date", "2023-01-05"), ("meeting_type", "Hội nghị")],
                    A1,
                ),
                node(
                    33,
                    Meeting,
                    "Hội thảo chuyên đề xây dựng tổ chức cơ sở Đảng",
                    &[],
                    &[("date", "--10-28"), ("meeting_type", "Hội thảo")],
                    A4,
                ),
            ],
            edges: vec![
                edge(HoldsPosition, 1, 10, Some("Thứ trưởng"), A0, q_to),
                edge(HoldsPosition, 1, 13, Some("Ủy viên"), A0, q_to),
                edge(Chaired, 1, 30, None, A0, q_to),
                edge(Chaired, 1, 31, None, A2, q_to),
                edge(HoldsPosition, 2, 10, Some("Bộ trưởng"), A1, q_lam),
                edge(HoldsPosition, 2, 11, Some("Ủy viên"), A1, q_lam),
                edge(HoldsPosition, 2, 12, Some("Bí thư"), A1, q_lam),
                edge(Chaired, 2, 32, None, A1, q_lam),
                edge(Attended, 4, 33, None, A4, q_an),
                edge(SpokeAt, 5, 31, None, A2, q_an2),
                edge(Organized, 10, 31, None, A2, q_gb),
                edge(Issued, 11, 20, None, A1, q_nq),
                edge(Issued, 12, 21, None, A4, q_kh),
                edge(Organized, 12, 30, None, A0, q_ht),
                edge(Organized, 12, 33, None, A4, q_28),
                edge(Issued, 14, 24, None, A1, q_90),
                edge(Implements, 20, 25, None, A1, q_nq),
                edge(Implements, 21, 20, None, A4, q_kh),
                edge(Supersedes, 22, 23, None, A4, q_qd),
                edge(Discussed, 32, 24, None, A1, q_90),
                edge(Discussed, 33, 20, None, A4, q_28),
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::fixture::{self, edge};
    use super::*;
    use crate::model::NodeKind;

    fn graph() -> KnowledgeGraph {
        KnowledgeGraph::from_document(fixture::document())
    }

    fn names(doc: &GraphDocument) -> Vec<String> {
        doc.nodes
            .iter()
            .map(|n| format!("{} {}", n.id, n.name))
            .collect()
    }

    fn render_tree(tree: &TreeNode<'_>, depth: usize, out: &mut String) {
        out.push_str(&format!(
            "{}{} {:?}{}\n",
            "  ".repeat(depth),
            tree.node.id,
            tree.stop,
            if tree.missing.is_empty() {
                String::new()
            } else {
                format!(" missing {:?}", tree.missing)
            }
        ));
        for child in &tree.children {
            render_tree(child, depth + 1, out);
        }
    }

    fn tree(graph: &KnowledgeGraph, root: i64, kind: EdgeKind, dir: Direction) -> String {
        let mut out = String::new();
        if let Some(t) = graph.chain_tree(NodeId(root), kind, dir, None, None) {
            render_tree(&t, 0, &mut out);
        }
        out
    }

    #[test]
    fn graph_round_trip_sorts_document() {
        let mut doc = fixture::document();
        let expected = {
            let g = graph();
            g.to_document()
        };
        doc.nodes.reverse();
        doc.edges.reverse();
        let g = KnowledgeGraph::from_document(doc);
        assert_eq!(g.to_document(), expected);
        assert_eq!(g.n_nodes(), 19);
        assert_eq!(g.n_edges(), 21);
        let ids: Vec<i64> = expected.nodes.iter().map(|n| n.id.0).collect();
        let mut sorted = ids.clone();
        sorted.sort();
        assert_eq!(ids, sorted);
    }

    #[test]
    fn graph_neighbours_by_kind_and_direction() {
        let g = graph();
        let out: Vec<String> = g
            .neighbours(
                NodeId(1),
                Some(EdgeKind::HoldsPosition),
                Direction::Outgoing,
            )
            .iter()
            .map(|n| format!("{} {}", n.edge.attrs["role"], n.node.name))
            .collect();
        assert_eq!(
            out,
            [
                "Thứ trưởng Bộ Công an",
                "Ủy viên Ban Chấp hành Trung ương Đảng"
            ]
        );
        let members: Vec<i64> = g
            .neighbours(NodeId(10), None, Direction::Incoming)
            .iter()
            .map(|n| n.node.id.0)
            .collect();
        assert_eq!(members, [1, 2]);
        assert!(g
            .neighbours(NodeId(999), None, Direction::Incoming)
            .is_empty());
        assert_eq!(g.all_neighbours(NodeId(10), None).len(), 3);
    }

    #[test]
    fn graph_ego_is_undirected_and_bounded() {
        let g = graph();
        assert_eq!(names(&g.ego(NodeId(21), 0)), ["21 Kế hoạch số 118-KH/ĐUCA"]);
        let ego = g.ego(NodeId(21), 1);
        assert_eq!(
            names(&ego),
            [
                "12 Đảng ủy Công an Trung ương",
                "20 Nghị quyết số 12-NQ/TW",
                "21 Kế hoạch số 118-KH/ĐUCA"
            ]
        );
        assert_eq!(ego.edges.len(), 2);
        assert_eq!(g.ego(NodeId(21), 2).nodes.len(), 8);
        assert_eq!(g.ego(NodeId(404), 3), GraphDocument::default());
    }

    #[test]
    fn fan_out_keeps_the_latest_per_relation_and_direction() {
        use Direction::{Incoming, Outgoing};
        let links = [
            (NodeId(5), EdgeKind::Issued, Outgoing),
            (NodeId(9), EdgeKind::Issued, Outgoing),
            (NodeId(7), EdgeKind::Issued, Outgoing),
            (NodeId(7), EdgeKind::Issued, Outgoing),
            (NodeId(2), EdgeKind::HoldsPosition, Incoming),
            (NodeId(3), EdgeKind::HoldsPosition, Incoming),
            (NodeId(4), EdgeKind::Organized, Outgoing),
        ];
        let ids = |v: Vec<NodeId>| v.into_iter().map(|n| n.0).collect::<Vec<_>>();
        let (all, dropped) = fan_out(links, None);
        assert_eq!((ids(all), dropped), (vec![2, 3, 4, 5, 7, 9], 0));
        let (one, dropped) = fan_out(links, Some(1));
        assert_eq!((ids(one), dropped), (vec![3, 4, 9], 3));
        // A neighbour kept through one relation is not counted as left out.
        let shared = [
            (NodeId(1), EdgeKind::Issued, Outgoing),
            (NodeId(1), EdgeKind::Organized, Outgoing),
            (NodeId(2), EdgeKind::Organized, Outgoing),
        ];
        let (kept, dropped) = fan_out(shared, Some(1));
        assert_eq!((ids(kept), dropped), (vec![1, 2], 0));
    }

    #[test]
    fn graph_shortest_path_crosses_edges_both_ways() {
        let g = graph();
        let path = g.path(NodeId(1), NodeId(2)).expect("connected");
        let hops: Vec<String> = path
            .steps
            .iter()
            .map(|s| format!("{} {:?} {}", s.edge.kind, s.direction, s.node.id))
            .collect();
        assert_eq!(path.start.id, NodeId(1));
        assert_eq!(
            hops,
            ["holds_position Outgoing 10", "holds_position Incoming 2"]
        );
        assert!(g.path(NodeId(1), NodeId(1)).expect("self").steps.is_empty());
        // Quy định 58/126 form their own component.
        assert!(g.path(NodeId(1), NodeId(22)).is_none());
        assert!(g.path(NodeId(1), NodeId(404)).is_none());
    }

    #[test]
    fn graph_chain_tree_both_ways() {
        let g = graph();
        assert_eq!(
            tree(&g, 21, EdgeKind::Implements, Direction::Outgoing),
            "21 No\n  20 No\n    25 No\n"
        );
        assert_eq!(
            tree(&g, 25, EdgeKind::Implements, Direction::Incoming),
            "25 No\n  20 No\n    21 No\n"
        );
        assert_eq!(
            tree(&g, 23, EdgeKind::Supersedes, Direction::Incoming),
            "23 No\n  22 No\n"
        );
        let limited = g
            .chain_tree(
                NodeId(25),
                EdgeKind::Implements,
                Direction::Incoming,
                Some(1),
                None,
            )
            .expect("root");
        assert_eq!(limited.children[0].stop, Stop::Depth);
        assert!(g
            .chain_tree(
                NodeId(404),
                EdgeKind::Implements,
                Direction::Incoming,
                None,
                None
            )
            .is_none());
    }

    #[test]
    fn graph_chain_tree_reports_cycles_repeats_and_missing_links() {
        use EdgeKind::Implements;
        let r = |id, name| fixture::node(id, NodeKind::Resolution, name, &[], &[], "x.txt");
        let doc = GraphDocument {
            nodes: vec![r(1, "A"), r(2, "B"), r(3, "C"), r(4, "D")],
            edges: vec![
                edge(Implements, 1, 2, None, "x.txt", "A thực hiện B"),
                edge(Implements, 2, 3, None, "x.txt", "B thực hiện C"),
                edge(Implements, 3, 1, None, "x.txt", "C thực hiện A"),
                edge(Implements, 4, 2, None, "x.txt", "D thực hiện B"),
                edge(Implements, 4, 3, None, "x.txt", "D thực hiện C"),
                edge(Implements, 3, 99, None, "x.txt", "C thực hiện ?"),
            ],
        };
        let g = KnowledgeGraph::from_document(doc);
        assert_eq!(g.dangling_edges().len(), 1);
        assert_eq!(
            tree(&g, 1, Implements, Direction::Outgoing),
            "1 No\n  2 No\n    3 No missing [NodeId(99)]\n      1 Cycle\n"
        );
        assert_eq!(
            tree(&g, 4, Implements, Direction::Outgoing),
            "4 No\n  2 No\n    3 No missing [NodeId(99)]\n      1 No\n        2 Cycle\n  3 Repeated missing [NodeId(99)]\n"
        );
    }

    #[test]
    fn graph_keeps_first_of_duplicate_ids() {
        let mut doc = fixture::document();
        let mut dup = doc.nodes[0].clone();
        dup.name = "Bản sao".to_string();
        doc.nodes.push(dup);
        let g = KnowledgeGraph::from_document(doc);
        assert_eq!(
            g.node(NodeId(1)).map(|n| n.name.as_str()),
            Some("Trần Quốc Tỏ")
        );
    }
}
