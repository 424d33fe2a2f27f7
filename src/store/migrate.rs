//! Schema migrations: the numbered files of `schema/`, applied in order, each in
//! its own transaction, the database's `PRAGMA user_version` recording the last
//! one applied.
//!
//! This module owns opening checks (is the file SQLite, is its schema one this
//! build knows) and the steps of a migration that SQL cannot do (folding
//! names for schema 2's search index, packing schema 5's node sources and
//! schema 6's edge sources, hashing schema 6's keys).

use std::path::Path;

use rusqlite::{Connection, ErrorCode, OptionalExtension, TransactionBehavior};

use crate::{Error, Result};

/// The migrations, in order: `MIGRATIONS[i]` brings a database to version `i + 1`.
/// Files in `schema/` are append-only once merged.
const MIGRATIONS: &[&str] = &[
    include_str!("../../schema/0001_init.sql"),
    include_str!("../../schema/0002_search_and_compact_quotes.sql"),
    include_str!("../../schema/0003_covering_edge_indexes.sql"),
    include_str!("../../schema/0004_article_facts.sql"),
    include_str!("../../schema/0005_compact_edges_and_sources.sql"),
    include_str!("../../schema/0006_hashed_keys_and_packed_edge_sources.sql"),
    include_str!("../../schema/0007_node_kind_check_without_in_list.sql"),
    include_str!("../../schema/0008_document_key_index.sql"),
];

/// The newest schema version this build knows.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Reads the schema version, refusing files that are not SQLite databases or
/// that a newer cadregraph wrote. Writes nothing.
pub(crate) fn check(conn: &Connection, path: &Path) -> Result<u32> {
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(|e| not_a_database(e, path))?;
    let version = u32::try_from(version).map_err(|_| Error::BadDatabase {
        path: path.to_path_buf(),
        message: format!("schema version {version} is not a cadregraph version"),
    })?;
    if version > SCHEMA_VERSION {
        return Err(Error::SchemaTooNew {
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    if version == 0 {
        // Version 0 with tables is some other program's database: do not add ours.
        let n_tables: i64 = conn.query_row(
            "SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'",
            [],
            |row| row.get(0),
        )?;
        // Another process creating the database may have committed its tables
        // (and their version, in the same transaction) between our two reads:
        // read the version again before calling the database foreign.
        if n_tables > 0 {
            let again: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
            if let Ok(again @ 1..) = u32::try_from(again) {
                if again > SCHEMA_VERSION {
                    return Err(Error::SchemaTooNew {
                        found: again,
                        known: SCHEMA_VERSION,
                    });
                }
                return Ok(again);
            }
            return Err(Error::BadDatabase {
                path: path.to_path_buf(),
                message: "SQLite database of another program (it has tables but no cadregraph schema version)".into(),
            });
        }
    }
    Ok(version)
}

/// Applies every migration newer than `version` (what [`check`] read), one
/// transaction each.
///
/// Each step takes the write lock first and reads the version again under it:
/// two processes opening a new database at once would otherwise both create
/// the tables, and the second fail. An up-to-date database takes no lock, so
/// readers never wait for a writer here.
pub(crate) fn migrate(conn: &mut Connection, version: u32) -> Result<()> {
    if version >= SCHEMA_VERSION {
        return Ok(());
    }
    // Rebuilding a table (schema 5) drops the old one, which with foreign keys
    // on deletes the rows of other tables that reference it: migrations run
    // with them off (a pragma that is a no-op inside a transaction) and check
    // them before each commit.
    conn.pragma_update(None, "foreign_keys", false)?;
    let applied = apply(conn);
    conn.pragma_update(None, "foreign_keys", true)?;
    applied
}

/// The loop of [`migrate`], with foreign keys off.
fn apply(conn: &mut Connection) -> Result<()> {
    loop {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let version: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        let version = usize::try_from(version).unwrap_or(usize::MAX);
        let Some(sql) = MIGRATIONS.get(version) else {
            // Up to date (another process migrated it), or newer than this build,
            // which `check` reported unless it happened since.
            return Ok(());
        };
        // Schema 6 indexes keys and folded names by a hash SQL cannot compute.
        if version + 1 == 6 {
            hash_keys(&tx)?;
        }
        tx.execute_batch(sql)?;
        // Schema 2 adds the search index: fill it for the nodes already stored.
        if version + 1 == 2 {
            fill_search_names(&tx)?;
        }
        // Schema 4 lists each article's facts in a packed row: fill it.
        if version + 1 == 4 {
            super::facts::migrate(&tx)?;
        }
        // Schema 5 packs each node's spans in an article into one row: fill it.
        if version + 1 == 5 {
            pack_node_sources(&tx)?;
        }
        // Schema 6 does the same for edges.
        if version + 1 == 6 {
            pack_edge_sources(&tx)?;
        }
        let broken: Option<String> = tx
            .query_row("PRAGMA foreign_key_check", [], |row| row.get(0))
            .optional()?;
        if let Some(table) = broken {
            return Err(Error::BadDatabase {
                path: conn_path(&tx),
                message: format!(
                    "schema migration {} left rows of table {table} without their parent; nothing was changed",
                    version + 1
                ),
            });
        }
        // PRAGMA takes no parameters; the value is our own integer, not input.
        tx.execute_batch(&format!("PRAGMA user_version = {}", version + 1))?;
        tx.commit()?;
    }
}

/// Turns SQLite's errors on opening into ones naming the file and the problem.
pub(crate) fn not_a_database(err: rusqlite::Error, path: &Path) -> Error {
    let message = match err.sqlite_error_code() {
        Some(ErrorCode::NotADatabase) => "not a SQLite database",
        Some(ErrorCode::DatabaseCorrupt) => {
            "damaged SQLite database (truncated or corrupt); restore it from a backup or re-ingest into a new file"
        }
        Some(ErrorCode::CannotOpen) => {
            "cannot open the database file (does its directory exist, and may it be written? SQLite needs to create files beside it)"
        }
        Some(ErrorCode::ReadOnly) => "database is read-only",
        _ => return Error::Sqlite(err),
    };
    Error::BadDatabase {
        path: path.to_path_buf(),
        message: message.into(),
    }
}

/// Version 2's search index holds diacritic-free names, which SQL cannot fold:
/// fill it for the nodes a version 1 database already has.
fn fill_search_names(conn: &Connection) -> Result<()> {
    let forms: Vec<(i64, String)> = conn
        .prepare(
            "SELECT id, name FROM nodes UNION ALL SELECT node, alias FROM aliases ORDER BY 1, 2",
        )?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    // Schema 2's table, not the current one: this runs before 3 to 6.
    let mut insert = conn.prepare(
        "INSERT OR IGNORE INTO search_names (node, ascii, initials) VALUES (?1, ?2, ?3)",
    )?;
    for (node, form) in forms {
        let ascii = crate::text::fold::ascii_key(&form);
        if !ascii.is_empty() {
            insert.execute(rusqlite::params![
                node,
                ascii,
                super::rows::initials(&ascii)
            ])?;
        }
    }
    conn.execute_batch(
        "INSERT INTO search_trigrams (rowid, ascii)
         SELECT id, ascii FROM search_names WHERE id > (SELECT id FROM search_indexed);
         UPDATE search_indexed SET id = (SELECT coalesce(max(id), 0) FROM search_names);",
    )?;
    Ok(())
}

/// The file a connection has open, for error messages.
fn conn_path(conn: &Connection) -> std::path::PathBuf {
    conn.path().unwrap_or(":memory:").into()
}

/// Schema 5's migration: one `node_sources_v5` row per (node, article) from
/// the rows of `node_sources`, which it then replaces.
fn pack_node_sources(conn: &Connection) -> Result<()> {
    let mut write =
        conn.prepare("INSERT INTO node_sources_v5 (node, article, spans) VALUES (?1, ?2, ?3)")?;
    regroup_spans(
        conn,
        "SELECT node, article, start, \"end\", NULL FROM node_sources ORDER BY node, article",
        |(node, article), spans| {
            write.execute(rusqlite::params![
                node,
                article,
                super::packed::pack_spans(spans.keys())
            ])?;
            Ok(())
        },
    )?;
    drop(write);
    conn.execute_batch(
        "DROP TABLE node_sources;
         ALTER TABLE node_sources_v5 RENAME TO node_sources;",
    )?;
    Ok(())
}

/// Reads rows of (owner, article, start, end, quote) ordered by owner and
/// article, and hands `save` each (owner, article) with its spans.
fn regroup_spans(
    conn: &Connection,
    select: &str,
    mut save: impl FnMut((i64, i64), &super::packed::QuotedSpans) -> Result<()>,
) -> Result<()> {
    let mut read = conn.prepare(select)?;
    let mut rows = read.query([])?;
    let mut current: Option<(i64, i64)> = None;
    let mut spans = super::packed::QuotedSpans::new();
    while let Some(row) = rows.next()? {
        let key = (row.get(0)?, row.get(1)?);
        if current != Some(key) {
            if let Some(done) = current {
                save(done, &spans)?;
            }
            spans.clear();
            current = Some(key);
        }
        let offset = |i| -> rusqlite::Result<usize> {
            Ok(usize::try_from(row.get::<_, i64>(i)?).unwrap_or(0))
        };
        spans.insert((offset(2)?, offset(3)?), row.get::<_, Option<String>>(4)?);
    }
    if let Some(done) = current {
        save(done, &spans)?;
    }
    Ok(())
}

/// Schema 6's first step: the hash of every node key and folded search name,
/// into `temp.key_hashes` and `temp.ascii_hashes` (id, hash), which the
/// migration's SQL reads and drops.
fn hash_keys(conn: &Connection) -> Result<()> {
    for (table, column, into) in [
        ("nodes", "key", "key_hashes"),
        ("search_names", "ascii", "ascii_hashes"),
    ] {
        // Our own table and column names, not input.
        conn.execute_batch(&format!(
            "CREATE TEMP TABLE {into} (id INTEGER PRIMARY KEY, hash INTEGER NOT NULL)"
        ))?;
        let mut read = conn.prepare(&format!("SELECT id, {column} FROM {table}"))?;
        let mut write = conn.prepare(&format!(
            "INSERT INTO temp.{into} (id, hash) VALUES (?1, ?2)"
        ))?;
        let mut rows = read.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let text: String = row.get(1)?;
            write.execute(rusqlite::params![id, super::rows::text_hash(&text)])?;
        }
    }
    Ok(())
}

/// Schema 6's last step: one `edge_sources_v6` row per (edge, article) from
/// the rows of `edge_sources`, which it then replaces.
fn pack_edge_sources(conn: &Connection) -> Result<()> {
    let mut write = conn.prepare(
        "INSERT INTO edge_sources_v6 (edge, article, spans, quotes) VALUES (?1, ?2, ?3, ?4)",
    )?;
    regroup_spans(
        conn,
        "SELECT edge, article, start, \"end\", quote FROM edge_sources
         ORDER BY edge, article, start, \"end\"",
        |(edge, article), spans| {
            let (packed, quotes) = super::packed::pack_quoted_spans(spans);
            write.execute(rusqlite::params![edge, article, packed, quotes])?;
            Ok(())
        },
    )?;
    drop(write);
    conn.execute_batch(
        "DROP TABLE edge_sources;
         ALTER TABLE edge_sources_v6 RENAME TO edge_sources;",
    )?;
    Ok(())
}
