//! What the writing connection knows the database holds, so that saving an
//! article skips the look-ups and no-op inserts of facts stored before: the
//! node an entity key names, the aliases and attributes a node has, the edge a
//! (kind, source, target, role) names. At 100,000 articles most entities and
//! many edges of a new article are already stored, and these statements were
//! most of the writer's work.
//!
//! The cache says "this row exists"; a miss falls through to SQL, except
//! while the cache is *complete*: it began on a database without nodes and
//! has seen every node key and edge written since, so a key or edge it does
//! not know is not stored (a fresh ingest then skips a look-up for each new
//! node and edge). It is emptied, and no longer complete, whenever it could
//! be wrong: another connection committed (SQLite's `data_version` changed),
//! a changed article's facts were deleted, a batch failed (its transaction
//! rolled back), or it grew past its bound.

use rusqlite::Connection;
use rustc_hash::{FxHashMap, FxHashSet};

use crate::model::EdgeKind;
use crate::Result;

/// Entries kept before the cache starts again empty: bounds its memory (a few
/// hundred MB at most) whatever the corpus size.
const MAX_ENTRIES: usize = 4_000_000;

/// A 128-bit fingerprint (xxh3-128) standing for a key of text: the cache
/// holds no strings, so a probe allocates nothing and an entry is a few
/// words. Two keys of the millions cached share a fingerprint with odds
/// of about 10⁻²⁶; the fingerprint never reaches the database.
pub(super) type Fingerprint = u128;

/// The fingerprint of `parts`, each length-prefixed so that ("ab", "c") and
/// ("a", "bc") differ, hashed in one xxh3 call: the parts are laid out in a
/// stack buffer (on the heap for the rare key longer than it), which costs
/// less than xxh3's streaming state.
fn fingerprint(tag: u8, numbers: &[i64], texts: &[&str]) -> Fingerprint {
    const ON_STACK: usize = 256;
    let size = 1 + 8 * numbers.len() + texts.iter().map(|t| 8 + t.len()).sum::<usize>();
    let mut stack = [0u8; ON_STACK];
    let mut heap = Vec::new();
    let buf: &mut [u8] = if size <= ON_STACK {
        &mut stack[..size]
    } else {
        heap.resize(size, 0);
        &mut heap
    };
    buf[0] = tag;
    let mut at = 1;
    let mut put = |bytes: &[u8]| {
        buf[at..at + bytes.len()].copy_from_slice(bytes);
        at += bytes.len();
    };
    for n in numbers {
        put(&n.to_le_bytes());
    }
    for text in texts {
        put(&(text.len() as u64).to_le_bytes());
        put(text.as_bytes());
    }
    xxhash_rust::xxh3::xxh3_128(buf)
}

/// The fingerprint of a node's canonical name, which [`WriteCache::node`]
/// returns in place of the name.
pub(super) fn name_print(name: &str) -> Fingerprint {
    fingerprint(0, &[], &[name])
}

/// A row of a node known to exist: an alias or an attribute name.
#[derive(Clone, Copy)]
pub(super) enum NodeRow<'a> {
    /// `aliases (node, alias)`.
    Alias(&'a str),
    /// `node_attrs (node, name)` (the first value stored wins, so the name is
    /// enough).
    Attr(&'a str),
}

impl NodeRow<'_> {
    fn print(self, node: i64) -> Fingerprint {
        match self {
            NodeRow::Alias(alias) => fingerprint(1, &[node], &[alias]),
            NodeRow::Attr(name) => fingerprint(2, &[node], &[name]),
        }
    }
}

/// See the module documentation.
#[derive(Default)]
pub(super) struct WriteCache {
    /// `PRAGMA data_version` when the last batch began.
    version: Option<i64>,
    /// Entity keys to (node id, fingerprint of its canonical name).
    nodes: FxHashMap<Fingerprint, (i64, Fingerprint)>,
    /// Alias and attribute rows known to exist.
    node_rows: FxHashSet<Fingerprint>,
    /// (kind, source, target, role) to edge id.
    edges: FxHashMap<Fingerprint, i64>,
    /// Whether `nodes` holds every node key stored and `edges` every edge
    /// (see the module documentation).
    complete: bool,
}

impl std::fmt::Debug for WriteCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WriteCache")
            .field("nodes", &self.nodes.len())
            .field("node_rows", &self.node_rows.len())
            .field("edges", &self.edges.len())
            .field("complete", &self.complete)
            .finish()
    }
}

impl WriteCache {
    /// Forgets everything.
    pub(super) fn clear(&mut self) {
        self.nodes.clear();
        self.node_rows.clear();
        self.edges.clear();
        self.complete = false;
    }

    /// Called at the start of each batch, inside its transaction: forgets
    /// everything when another connection has committed since the last batch,
    /// or when the cache has grown past its bound. An empty cache on a
    /// database without nodes (nor, then, edges) is complete.
    pub(super) fn begin(&mut self, conn: &Connection) -> Result<()> {
        let version: i64 = conn.query_row("PRAGMA data_version", [], |row| row.get(0))?;
        let size = self.nodes.len() + self.node_rows.len() + self.edges.len();
        if self.version != Some(version) || size > MAX_ENTRIES {
            self.clear();
        }
        self.version = Some(version);
        if !self.complete && self.is_empty() {
            self.complete = conn.query_row(
                "SELECT NOT EXISTS (SELECT 1 FROM nodes) AND NOT EXISTS (SELECT 1 FROM edges)",
                [],
                |row| row.get(0),
            )?;
        }
        Ok(())
    }

    /// Whether a node key or edge the cache does not know is not stored: the
    /// cache began on a database without nodes and has seen every write.
    pub(super) fn is_complete(&self) -> bool {
        self.complete
    }

    /// Whether the cache knows no node and no edge (a complete one: the
    /// database has none).
    pub(super) fn is_empty(&self) -> bool {
        self.nodes.is_empty() && self.edges.is_empty()
    }

    /// The node stored under `key`, if known, with the fingerprint of its
    /// canonical name ([`name_print`]).
    pub(super) fn node(&self, key: &str) -> Option<(i64, Fingerprint)> {
        self.nodes.get(&fingerprint(3, &[], &[key])).copied()
    }

    /// Records that `key` names node `id`, whose canonical name has the
    /// fingerprint `name`.
    pub(super) fn set_node(&mut self, key: &str, id: i64, name: Fingerprint) {
        self.nodes.insert(fingerprint(3, &[], &[key]), (id, name));
    }

    /// Forgets a key a node no longer has (its key was updated).
    pub(super) fn forget_key(&mut self, key: &str) {
        self.nodes.remove(&fingerprint(3, &[], &[key]));
    }

    /// Whether `row` of node `id` is known to exist.
    pub(super) fn has_row(&self, id: i64, row: NodeRow<'_>) -> bool {
        self.node_rows.contains(&row.print(id))
    }

    /// Records that `row` of node `id` exists.
    pub(super) fn set_row(&mut self, id: i64, row: NodeRow<'_>) {
        self.node_rows.insert(row.print(id));
    }

    /// Forgets a row that was deleted.
    pub(super) fn forget_row(&mut self, id: i64, row: NodeRow<'_>) {
        self.node_rows.remove(&row.print(id));
    }

    /// The edge with this identity, if known.
    pub(super) fn edge(&self, kind: EdgeKind, source: i64, target: i64, role: &str) -> Option<i64> {
        self.edges
            .get(&edge_print(kind, source, target, role))
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
            .insert(edge_print(kind, source, target, role), id);
    }
}

/// The fingerprint of an edge's identity.
fn edge_print(kind: EdgeKind, source: i64, target: i64, role: &str) -> Fingerprint {
    fingerprint(4, &[kind as i64, source, target], &[role])
}

#[cfg(test)]
mod tests {
    use super::fingerprint;

    #[test]
    fn fingerprints_tell_parts_apart_short_or_long() {
        assert_ne!(
            fingerprint(3, &[], &["ab", "c"]),
            fingerprint(3, &[], &["a", "bc"])
        );
        assert_ne!(fingerprint(3, &[], &["ab"]), fingerprint(4, &[], &["ab"]));
        assert_ne!(
            fingerprint(4, &[1, 2], &[""]),
            fingerprint(4, &[2, 1], &[""])
        );
        // Keys longer than the stack buffer are laid out on the heap.
        let long = "ủy ban nhân dân ".repeat(40);
        let other = format!("{}x", &long[..long.len() - 1]);
        assert_eq!(fingerprint(3, &[], &[&long]), fingerprint(3, &[], &[&long]));
        assert_ne!(
            fingerprint(3, &[], &[&long]),
            fingerprint(3, &[], &[&other])
        );
    }
}
