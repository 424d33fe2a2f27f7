//! The graph's data model: node and edge kinds, nodes, edges and their sources.
//!
//! These types mirror `EXPORT_CONTRACT.md` field for field and are the only ones
//! (with the query results) that derive `Serialize`: the JSON export is a public
//! boundary that gains fields and never renames them. This module owns no
//! behaviour beyond naming, parsing and ordering the kinds.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

/// String attributes of a node or edge (`rank`, `doc_type`, `date`, `role`...), sorted by key.
pub type Attrs = BTreeMap<String, String>;

/// The four kinds of node.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// A named individual ("Trần Quốc Tỏ"), without rank or title.
    Person,
    /// A named body: party committee, ministry, department, council, police force...
    Organization,
    /// Any directive document: Nghị quyết, Quyết định, Quy định, Kế hoạch, Luật...
    Resolution,
    /// A conference, workshop, session or ceremony reported as taking place.
    Meeting,
}

impl NodeKind {
    /// Every kind, in canonical order.
    pub const ALL: [NodeKind; 4] = [
        NodeKind::Person,
        NodeKind::Organization,
        NodeKind::Resolution,
        NodeKind::Meeting,
    ];

    /// The contract's name of the kind (`person`, `organization`...).
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Person => "person",
            NodeKind::Organization => "organization",
            NodeKind::Resolution => "resolution",
            NodeKind::Meeting => "meeting",
        }
    }

    /// Parses the contract's name of a kind.
    pub fn parse(text: &str) -> Option<NodeKind> {
        NodeKind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

impl fmt::Display for NodeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The ten kinds of edge; each joins one fixed pair of node kinds (see [`EdgeKind::endpoints`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EdgeKind {
    /// person -> meeting ("chủ trì").
    Chaired,
    /// organization -> meeting ("tổ chức").
    Organized,
    /// person -> meeting ("dự", "tham dự", "có các đồng chí").
    Attended,
    /// person -> meeting ("phát biểu", "tham luận", "kết luận").
    SpokeAt,
    /// organization -> resolution ("ban hành", "của Bộ Chính trị").
    Issued,
    /// resolution -> resolution ("Kế hoạch ... thực hiện Nghị quyết ...").
    Implements,
    /// resolution -> resolution ("thay thế").
    Supersedes,
    /// meeting -> resolution ("quán triệt", "triển khai").
    Discussed,
    /// person -> organization, with `attrs.role`.
    HoldsPosition,
    /// organization -> organization ("(Ban Tổ chức Trung ương)", "trực thuộc").
    PartOf,
}

impl EdgeKind {
    /// Every kind, in canonical order.
    pub const ALL: [EdgeKind; 10] = [
        EdgeKind::Chaired,
        EdgeKind::Organized,
        EdgeKind::Attended,
        EdgeKind::SpokeAt,
        EdgeKind::Issued,
        EdgeKind::Implements,
        EdgeKind::Supersedes,
        EdgeKind::Discussed,
        EdgeKind::HoldsPosition,
        EdgeKind::PartOf,
    ];

    /// The contract's name of the kind (`chaired`, `holds_position`...).
    pub fn as_str(self) -> &'static str {
        match self {
            EdgeKind::Chaired => "chaired",
            EdgeKind::Organized => "organized",
            EdgeKind::Attended => "attended",
            EdgeKind::SpokeAt => "spoke_at",
            EdgeKind::Issued => "issued",
            EdgeKind::Implements => "implements",
            EdgeKind::Supersedes => "supersedes",
            EdgeKind::Discussed => "discussed",
            EdgeKind::HoldsPosition => "holds_position",
            EdgeKind::PartOf => "part_of",
        }
    }

    /// Parses the contract's name of a kind.
    pub fn parse(text: &str) -> Option<EdgeKind> {
        EdgeKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The (source, target) node kinds this edge kind joins.
    pub fn endpoints(self) -> (NodeKind, NodeKind) {
        use NodeKind::*;
        match self {
            EdgeKind::Chaired | EdgeKind::Attended | EdgeKind::SpokeAt => (Person, Meeting),
            EdgeKind::Organized => (Organization, Meeting),
            EdgeKind::Issued => (Organization, Resolution),
            EdgeKind::Implements | EdgeKind::Supersedes => (Resolution, Resolution),
            EdgeKind::Discussed => (Meeting, Resolution),
            EdgeKind::HoldsPosition => (Person, Organization),
            EdgeKind::PartOf => (Organization, Organization),
        }
    }
}

impl fmt::Display for EdgeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A node's id: the database's row id in the store, a local index inside one [`Extraction`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NodeId(pub i64);

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Where a fact comes from: an article and a span of its normalised text.
///
/// `start`/`end` are Unicode scalar (char) offsets, as the contract says; `quote`
/// is the sentence stating the relation (edges only).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Source {
    /// The article's file name.
    pub doc: String,
    /// First char offset.
    pub start: usize,
    /// One past the last char offset.
    pub end: usize,
    /// The sentence behind an edge; absent on nodes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// A node of the graph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Node {
    /// Stable id.
    pub id: NodeId,
    /// Person, organisation, resolution or meeting.
    pub kind: NodeKind,
    /// Canonical name, NFC; persons without rank or title.
    pub name: String,
    /// Every other surface form seen, NFC, sorted, without the name itself.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Kind-specific attributes (see the contract).
    #[serde(default)]
    pub attrs: Attrs,
    /// Every article span that supports the node, sorted.
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// An edge of the graph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// What the edge states.
    pub kind: EdgeKind,
    /// Source node id.
    pub source: NodeId,
    /// Target node id.
    pub target: NodeId,
    /// `role` for holds_position; otherwise usually empty.
    #[serde(default)]
    pub attrs: Attrs,
    /// Every article span (with its quote) that states the edge, sorted.
    #[serde(default)]
    pub sources: Vec<Source>,
}

/// The whole graph as the JSON export writes it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GraphDocument {
    /// Nodes sorted by id.
    pub nodes: Vec<Node>,
    /// Edges sorted by (source, kind, target, role).
    pub edges: Vec<Edge>,
}

/// How an extracted entity is recognised again, in this article and in others.
///
/// `primary` is a folded, kind-prefixed key ("person|tran quoc to"); two entities
/// with the same primary key are one node. `loose` is set on entities that may
/// also stand for one more precise entity elsewhere: a document cited without its
/// issuer code ("resolution|nghi quyet|12") joins the one coded document of that
/// type and number when exactly one exists.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityKey {
    /// Exact identity key.
    pub primary: String,
    /// Looser key shared by the precise forms this entity may stand for.
    pub loose: Option<String>,
}

/// One entity found in one article, ready to be merged into the graph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Entity {
    /// Identity across articles.
    pub key: EntityKey,
    /// The node as this article alone supports it; `node.id` is the local index.
    pub node: Node,
}

/// Everything extracted from one article: the unit that ingest stores atomically.
///
/// Edges refer to entities by their local index (`NodeId(i)` is `entities[i]`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Extraction {
    /// The article's file name.
    pub doc: String,
    /// Entities, local ids `0..n`.
    pub entities: Vec<Entity>,
    /// Edges between local ids.
    pub edges: Vec<Edge>,
}
