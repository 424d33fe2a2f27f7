//! An article's facts as one row of `article_facts` (schema 4): the ids of the
//! nodes and edges it supports, packed. Replacing a changed article reads them
//! to find its sources through the primary keys. The packing is
//! [`super::packed`]'s.

use std::collections::BTreeSet;

use rusqlite::{params, Connection, OptionalExtension};

use super::packed::{pack_ids, unpack_ids};
use crate::{Error, Result};

/// Records the nodes and edges an article supports (replacing what it had).
pub(super) fn save(
    conn: &Connection,
    article: i64,
    nodes: &BTreeSet<i64>,
    edges: &BTreeSet<i64>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR REPLACE INTO article_facts (article, nodes, edges) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![article, pack_ids(nodes), pack_ids(edges)])?;
    Ok(())
}

/// The nodes and edges an article supports, as [`save`] recorded them.
pub(super) fn load(conn: &Connection, article: i64) -> Result<(Vec<i64>, Vec<i64>)> {
    let row: Option<(Vec<u8>, Vec<u8>)> = conn
        .prepare_cached("SELECT nodes, edges FROM article_facts WHERE article = ?1")?
        .query_row([article], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    let Some((nodes, edges)) = row else {
        return Ok((Vec::new(), Vec::new()));
    };
    match (unpack_ids(&nodes), unpack_ids(&edges)) {
        (Some(nodes), Some(edges)) => Ok((nodes, edges)),
        _ => Err(Error::Query(format!(
            "the fact list of article #{article} is damaged (article_facts); re-ingest into a new database"
        ))),
    }
}

/// Schema 4's migration: fills `article_facts` from the sources, then drops
/// the indexes by article it replaces.
pub(super) fn migrate(conn: &Connection) -> Result<()> {
    let mut nodes: std::collections::BTreeMap<i64, BTreeSet<i64>> = Default::default();
    let mut edges: std::collections::BTreeMap<i64, BTreeSet<i64>> = Default::default();
    {
        let mut stmt = conn.prepare("SELECT article, node FROM node_sources")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            nodes.entry(row.get(0)?).or_default().insert(row.get(1)?);
        }
        let mut stmt = conn.prepare("SELECT article, edge FROM edge_sources")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            edges.entry(row.get(0)?).or_default().insert(row.get(1)?);
        }
    }
    let none = BTreeSet::new();
    let articles: Vec<i64> = conn
        .prepare("SELECT id FROM articles")?
        .query_map([], |row| row.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    for article in articles {
        save(
            conn,
            article,
            nodes.get(&article).unwrap_or(&none),
            edges.get(&article).unwrap_or(&none),
        )?;
    }
    conn.execute_batch(
        "DROP INDEX node_sources_by_article;
         DROP INDEX edge_sources_by_article;",
    )?;
    Ok(())
}
