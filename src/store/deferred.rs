//! Indexes a fresh ingest builds at its end instead of keeping them up to date
//! at every insert.
//!
//! An ingest into a database without nodes reads none of these indexes: its
//! write cache is complete ([`super::cache`]), so it looks up no node by key
//! hash and no edge by its ends, and it removes no article's facts. Yet every
//! insert updated them, at a scattered place each (hashes, node ids), and at
//! 100,000 articles the pages they touched were 15% of the ingest's time.
//! So the first batch of such an ingest drops them, and the ingest's end
//! ([`super::Store::finish_bulk`]) builds them again, each in one sorted pass,
//! with the trigram index of the search names (synced per batch otherwise).
//!
//! Queries work without them (they scan instead), so a query during a fresh
//! ingest is slower, not wrong. A writer whose cache is not complete builds
//! them in its batch before any look-up: the fresh ingest itself once another
//! connection wrote, or another writer beside it. A database left without
//! them by a killed ingest gets them back when a writable connection next
//! opens it ([`heal`]).

use rusqlite::{Connection, TransactionBehavior};

use crate::Result;

/// The deferred indexes: name and definition, as the schema's migrations
/// create them (a test compares them with a migrated database's).
pub(super) const INDEXES: [(&str, &str); 7] = [
    (
        "edges_by_source",
        "CREATE UNIQUE INDEX edges_by_source ON edges (source, kind, target, role)",
    ),
    (
        "edges_by_target",
        "CREATE INDEX edges_by_target ON edges (target, kind, source)",
    ),
    (
        "nodes_by_key_hash",
        "CREATE INDEX nodes_by_key_hash ON nodes (key_hash)",
    ),
    (
        "search_names_by_node",
        "CREATE INDEX search_names_by_node ON search_names (node)",
    ),
    (
        "search_names_by_initials",
        "CREATE INDEX search_names_by_initials ON search_names (initials)",
    ),
    (
        "node_attrs_by_number",
        "CREATE INDEX node_attrs_by_number ON node_attrs (value) WHERE name = 'number'",
    ),
    (
        "node_attrs_by_doc_type",
        "CREATE INDEX node_attrs_by_doc_type ON node_attrs (value) WHERE name = 'doc_type'",
    ),
];

/// Drops the deferred indexes (inside the caller's transaction).
pub(super) fn drop_all(conn: &Connection) -> Result<()> {
    for (name, _) in INDEXES {
        conn.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
    }
    Ok(())
}

/// Builds the deferred indexes that are missing and indexes the search names
/// not yet in the trigram table (inside the caller's transaction).
pub(super) fn build(conn: &Connection) -> Result<()> {
    let present = present(conn)?;
    for (name, sql) in INDEXES {
        if !present.iter().any(|p| p == name) {
            conn.execute_batch(sql)?;
        }
    }
    super::rows::sync_search(conn)
}

/// Whether any deferred index is missing.
pub(super) fn any_missing(conn: &Connection) -> Result<bool> {
    Ok(present(conn)?.len() < INDEXES.len())
}

/// The deferred indexes the database has (one look-up in the schema table:
/// every opening of a writable database asks).
fn present(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached("SELECT name FROM sqlite_schema WHERE type = 'index'")?;
    let names = stmt.query_map([], |row| row.get::<_, String>(0))?;
    let mut present = Vec::new();
    for name in names {
        let name = name?;
        if INDEXES.iter().any(|(n, _)| *n == name) {
            present.push(name);
        }
    }
    Ok(present)
}

/// Builds the missing deferred indexes and syncs the trigram index in a
/// transaction of its own, with the sorting tuned for it: SQLite's sorter
/// spilling sorted runs to temporary files and merging them, in worker
/// threads, from a small page cache. At 100,000 articles that took the
/// indexes' build from 4.0 to 1.6 s (`sqlite3`, same database): a large
/// cache and temporary storage in memory sort runs of hundreds of MB as one
/// list, slowly. The connection's settings are restored afterwards.
pub(super) fn build_now(conn: &mut Connection) -> Result<()> {
    let cache_size: i64 = conn.query_row("PRAGMA cache_size", [], |row| row.get(0))?;
    let temp_store: i64 = conn.query_row("PRAGMA temp_store", [], |row| row.get(0))?;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    conn.execute_batch(&format!(
        "PRAGMA cache_size = -2000; PRAGMA temp_store = DEFAULT; PRAGMA threads = {threads};"
    ))?;
    let built = (|| -> Result<()> {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        build(&tx)?;
        tx.commit()?;
        Ok(())
    })();
    let restored = conn.execute_batch(&format!(
        "PRAGMA cache_size = {cache_size}; PRAGMA temp_store = {temp_store}; PRAGMA threads = 0;"
    ));
    built?;
    Ok(restored?)
}

/// Builds the deferred indexes a killed ingest left missing, when no other
/// connection is writing: one that is may be the ingest that dropped them,
/// and builds them at its end. Called on opening a writable database. A
/// failure (the lock is taken, the directory is write-protected, the disk is
/// full) leaves the database as it was, slower to query but not wrong, and
/// the next opening tries again: it does not fail the opening.
pub(super) fn heal(conn: &mut Connection, busy_timeout: std::time::Duration) -> Result<()> {
    if !any_missing(conn)? {
        return Ok(());
    }
    // Take the write lock without waiting for it.
    conn.busy_timeout(std::time::Duration::ZERO)?;
    let _ = build_now(conn);
    conn.busy_timeout(busy_timeout)?;
    Ok(())
}
