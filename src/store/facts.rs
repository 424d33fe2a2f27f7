//! An article's facts as one row of `article_facts` (schema 4): the ids of the
//! nodes and edges it supports, packed. Replacing a changed article reads them
//! to find its sources through the primary keys.

use std::collections::BTreeSet;

use rusqlite::{params, Connection, OptionalExtension};

use crate::{Error, Result};

/// Packs ascending ids as differences, each an unsigned LEB128 varint: ids
/// near each other (an article's new nodes) take a byte or two.
pub(super) fn pack(ids: &BTreeSet<i64>) -> Vec<u8> {
    let mut out = Vec::with_capacity(ids.len() * 2);
    let mut previous = 0i64;
    for &id in ids {
        let mut delta = u64::try_from(id - previous).unwrap_or(0);
        previous = id;
        loop {
            let byte = (delta & 0x7f) as u8;
            delta >>= 7;
            if delta == 0 {
                out.push(byte);
                break;
            }
            out.push(byte | 0x80);
        }
    }
    out
}

/// The ids [`pack`] packed; `None` for bytes it cannot have written.
pub(super) fn unpack(bytes: &[u8]) -> Option<Vec<i64>> {
    let mut out = Vec::new();
    let mut previous = 0i64;
    let mut delta = 0u64;
    let mut shift = 0u32;
    for &byte in bytes {
        if shift > 63 {
            return None;
        }
        delta |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            previous = previous.checked_add(i64::try_from(delta).ok()?)?;
            out.push(previous);
            delta = 0;
            shift = 0;
        } else {
            shift += 7;
        }
    }
    (shift == 0).then_some(out)
}

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
    .execute(params![article, pack(nodes), pack(edges)])?;
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
    match (unpack(&nodes), unpack(&edges)) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_pack_round_trips() {
        for ids in [
            vec![],
            vec![1],
            vec![1, 2, 3, 127, 128, 129, 16_384, 2_000_000, i64::MAX / 2],
        ] {
            let set: BTreeSet<i64> = ids.iter().copied().collect();
            let packed = pack(&set);
            assert_eq!(unpack(&packed), Some(ids));
        }
        // Twenty nearby ids take about a byte each.
        let near: BTreeSet<i64> = (1_000_000..1_000_020).collect();
        assert!(pack(&near).len() <= 23);
        // A varint cut short is refused.
        assert_eq!(unpack(&[0x80]), None);
    }
}
