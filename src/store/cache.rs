//! What the writing connection knows the database holds, so that saving an
//! article skips the look-ups and no-op inserts of facts stored before: the
//! node an entity key names, the aliases and attributes a node has, the edge a
//! (kind, source, target, role) names. At 100,000 articles most entities and
//! many edges of a new article are already stored, and these statements were
//! most of the writer's work.
//!
//! The cache only ever says "this row exists"; a miss falls through to SQL.
//! It is emptied whenever it could be wrong: another connection committed
//! (SQLite's `data_version` changed), a changed article's facts were deleted,
//! a batch failed (its transaction rolled back), or it grew past its bound.

use rusqlite::Connection;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::EdgeKind;
use crate::Result;

/// Entries kept before the cache starts again empty: bounds its memory (a few
/// hundred MB at most) whatever the corpus size.
const MAX_ENTRIES: usize = 4_000_000;

/// A row of a node known to exist: an alias or an attribute name.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) enum NodeRow {
    /// `aliases (node, alias)`.
    Alias(String),
    /// `node_attrs (node, name)` (the first value stored wins, so the name is
    /// enough).
    Attr(String),
}

/// See the module documentation.
#[derive(Default)]
pub(super) struct WriteCache {
    /// `PRAGMA data_version` when the last batch began.
    version: Option<i64>,
    /// Entity keys to (node id, canonical name).
    nodes: FxHashMap<String, (i64, String)>,
    /// Alias and attribute rows known to exist, by node.
    node_rows: FxHashSet<(i64, NodeRow)>,
    /// (kind, source, target, role) to edge id.
    edges: FxHashMap<(EdgeKind, i64, i64, String), i64>,
}

impl std::fmt::Debug for WriteCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WriteCache")
            .field("nodes", &self.nodes.len())
            .field("node_rows", &self.node_rows.len())
            .field("edges", &self.edges.len())
            .finish()
    }
}

impl WriteCache {
    /// Forgets everything.
    pub(super) fn clear(&mut self) {
        self.nodes.clear();
        self.node_rows.clear();
        self.edges.clear();
    }

    /// Called at the start of each batch, inside its transaction: forgets
    /// everything when another connection has committed since the last batch,
    /// or when the cache has grown past its bound.
    pub(super) fn begin(&mut self, conn: &Connection) -> Result<()> {
        let version: i64 = conn.query_row("PRAGMA data_version", [], |row| row.get(0))?;
        let size = self.nodes.len() + self.node_rows.len() + self.edges.len();
        if self.version != Some(version) || size > MAX_ENTRIES {
            self.clear();
        }
        self.version = Some(version);
        Ok(())
    }

    /// The node stored under `key`, if known.
    pub(super) fn node(&self, key: &str) -> Option<(i64, String)> {
        self.nodes.get(key).cloned()
    }

    /// Records that `key` names node `id`, whose canonical name is `name`.
    pub(super) fn set_node(&mut self, key: &str, id: i64, name: &str) {
        self.nodes.insert(key.to_string(), (id, name.to_string()));
    }

    /// Forgets a key a node no longer has (its key was updated).
    pub(super) fn forget_key(&mut self, key: &str) {
        self.nodes.remove(key);
    }

    /// Whether `row` of node `id` is known to exist.
    pub(super) fn has_row(&self, id: i64, row: &NodeRow) -> bool {
        // Keyed by value: one allocation per probe is far cheaper than the
        // statement it saves.
        self.node_rows.contains(&(id, row.clone()))
    }

    /// Records that `row` of node `id` exists.
    pub(super) fn set_row(&mut self, id: i64, row: NodeRow) {
        self.node_rows.insert((id, row));
    }

    /// Forgets a row that was deleted.
    pub(super) fn forget_row(&mut self, id: i64, row: NodeRow) {
        self.node_rows.remove(&(id, row));
    }

    /// The edge with this identity, if known.
    pub(super) fn edge(&self, kind: EdgeKind, source: i64, target: i64, role: &str) -> Option<i64> {
        self.edges
            .get(&(kind, source, target, role.to_string()))
            .copied()
    }

    /// Records an edge's id.
    pub(super) fn set_edge(
        &mut self,
        kind: EdgeKind,
        source: i64,
        target: i64,
        role: &str,
        id: i64,
    ) {
        self.edges
            .insert((kind, source, target, role.to_string()), id);
    }
}
