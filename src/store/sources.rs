//! The source rows of a batch, written together at its end in key order.
//!
//! An article's node and edge source rows go into `node_sources` and
//! `edge_sources`, whose keys lead with the node or edge: most of an
//! article's entities are stored already, so its rows land all over both
//! tables. Written one article at a time, each insert descends to another
//! page; sorted over a whole batch, consecutive inserts share their pages,
//! which the writer then finds in the processor's caches (at 100,000 articles
//! the writer's time went mostly to finding pages).
//!
//! The rows are written before the batch's transaction commits, so the
//! database never holds an article without its sources; and before anything
//! that reads the tables in the batch (deleting a changed article's facts
//! asks which nodes and edges still have sources).

use rusqlite::params;

use super::statements::Statements;
use crate::Result;

/// The source rows waiting to be written.
#[derive(Default)]
pub(super) struct PendingSources {
    /// (node, article, packed spans).
    nodes: Vec<(i64, i64, Vec<u8>)>,
    /// (edge, article, packed spans, quotes).
    edges: Vec<(i64, i64, Vec<u8>, Option<String>)>,
}

impl std::fmt::Debug for PendingSources {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingSources")
            .field("nodes", &self.nodes.len())
            .field("edges", &self.edges.len())
            .finish()
    }
}

impl PendingSources {
    /// A `node_sources` row to write.
    pub(super) fn node(&mut self, node: i64, article: i64, spans: Vec<u8>) {
        self.nodes.push((node, article, spans));
    }

    /// An `edge_sources` row to write.
    pub(super) fn edge(&mut self, edge: i64, article: i64, spans: Vec<u8>, quotes: Option<String>) {
        self.edges.push((edge, article, spans, quotes));
    }

    /// Forgets the rows (their batch failed).
    pub(super) fn clear(&mut self) {
        self.nodes.clear();
        self.edges.clear();
    }

    /// Writes the rows, each table's in key order, and forgets them.
    pub(super) fn flush(&mut self, db: &mut Statements<'_>) -> Result<()> {
        self.nodes.sort_unstable_by_key(|r| (r.0, r.1));
        let insert =
            db.get("INSERT INTO node_sources (node, article, spans) VALUES (?1, ?2, ?3)")?;
        for (node, article, spans) in self.nodes.drain(..) {
            insert.execute(params![node, article, spans])?;
        }
        self.edges.sort_unstable_by_key(|r| (r.0, r.1));
        let insert = db.get(
            "INSERT INTO edge_sources (edge, article, spans, quotes) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (edge, article, spans, quotes) in self.edges.drain(..) {
            insert.execute(params![edge, article, spans, quotes])?;
        }
        Ok(())
    }
}
