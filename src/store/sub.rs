//! Reading part of the graph: lookup candidates from the name index, graph
//! neighbourhoods by indexed edge walks, and the subgraph they span. What to
//! load for which question is `crate::subgraph`'s business, not this module's.

use std::collections::BTreeSet;

use rusqlite::Connection;

use crate::graph::{fan_out, Direction};
use crate::model::{EdgeKind, NodeId};
use crate::text::fold;
use crate::Result;

/// Leading zeros a stored document number may have beyond the query's: lookups
/// compare numbers without them ("01" = "1").
const MAX_LEADING_ZEROS: usize = 3;

/// A superset of the nodes whose names a lookup of `query` can match (see
/// `query::lookup::rank`): the node `query` names by id, every node with a name
/// or alias containing each of the query's diacritic-free words of three letters
/// or more, the nodes whose name initials are the query, and the documents
/// numbered as the query's number. `None` when the query has no word of three
/// letters: the index cannot narrow it down.
pub(super) fn candidates(conn: &Connection, query: &str) -> Result<Option<BTreeSet<NodeId>>> {
    let query = query.trim();
    let mut out = BTreeSet::new();
    let digits = query.strip_prefix('#').unwrap_or(query);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(id) = digits.parse::<i64>() {
            out.insert(NodeId(id));
        }
        if query.starts_with('#') {
            return Ok(Some(out));
        }
    }
    let ascii = fold::ascii_key(query);
    let words: Vec<&str> = ascii.split(' ').filter(|w| !w.is_empty()).collect();
    let long: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.chars().count() >= 3)
        .collect();
    let numbers: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    if long.is_empty() {
        // Short words ("tỏ", "12", "nq 12") are substrings of too many names.
        return Ok(None);
    }
    {
        // Every three-letter window of every word: with detail = 'none' the index
        // knows which names hold a trigram, not where, so this finds a superset
        // of the names holding each word.
        let mut trigrams: BTreeSet<String> = BTreeSet::new();
        for word in &long {
            let chars: Vec<char> = word.chars().collect();
            for window in chars.windows(3) {
                trigrams.insert(window.iter().collect());
            }
        }
        let pattern = trigrams
            .iter()
            .map(|t| format!("\"{}\"", t.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(" AND ");
        let mut stmt = conn.prepare_cached(
            "SELECT DISTINCT n.node FROM search_trigrams t
             JOIN search_names n ON n.id = t.rowid
             WHERE search_trigrams MATCH ?1",
        )?;
        for id in stmt.query_map([pattern], |row| row.get::<_, i64>(0))? {
            out.insert(NodeId(id?));
        }
    }
    if words.len() == 1 && ascii.chars().count() >= 2 {
        let mut stmt =
            conn.prepare_cached("SELECT DISTINCT node FROM search_names WHERE initials = ?1")?;
        for id in stmt.query_map([&ascii], |row| row.get::<_, i64>(0))? {
            out.insert(NodeId(id?));
        }
    }
    if let [token] = numbers.as_slice() {
        let digits: String = token.chars().take_while(char::is_ascii_digit).collect();
        let bare = digits.trim_start_matches('0');
        let bare = if bare.is_empty() { "0" } else { bare };
        let mut stmt = conn
            .prepare_cached("SELECT node FROM node_attrs WHERE name = 'number' AND value = ?1")?;
        for zeros in 0..=MAX_LEADING_ZEROS {
            let value = format!("{}{bare}", "0".repeat(zeros));
            for id in stmt.query_map([value], |row| row.get::<_, i64>(0))? {
                out.insert(NodeId(id?));
            }
        }
    }
    Ok(Some(out))
}

/// One node per distinct `doc_type` value (the lowest id): document lookups read
/// the graph's document types, so a subgraph must show them all.
/// The nodes with a name or alias whose diacritic-free form is `ascii`: when
/// there are any, no other node matches a lookup of `ascii` as well as they do.
pub(super) fn exact(conn: &Connection, ascii: &str) -> Result<BTreeSet<NodeId>> {
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT node FROM search_names WHERE ascii_hash = ?1 AND ascii = ?2",
    )?;
    let ids = stmt
        .query_map(
            rusqlite::params![super::rows::text_hash(ascii), ascii],
            |row| row.get::<_, i64>(0),
        )?
        .map(|id| id.map(NodeId))
        .collect::<rusqlite::Result<_>>()?;
    Ok(ids)
}

pub(super) fn doc_type_representatives(conn: &Connection) -> Result<Vec<NodeId>> {
    let mut out = Vec::new();
    let mut stmt = conn.prepare_cached(
        "SELECT value, (SELECT min(node) FROM node_attrs b WHERE b.name = 'doc_type' AND b.value = a.value)
         FROM node_attrs a WHERE name = 'doc_type' AND value > ?1 ORDER BY value LIMIT 1",
    )?;
    let mut after = String::new();
    // A skip scan over the (name, value) index: one probe per distinct type.
    while let Some((value, node)) = {
        let mut rows = stmt.query([&after])?;
        match rows.next()? {
            Some(row) => Some((row.get::<_, String>(0)?, row.get::<_, i64>(1)?)),
            None => None,
        }
    } {
        out.push(NodeId(node));
        after = value;
    }
    Ok(out)
}

/// The other ends of `node`'s `kind` edges in `direction`, with their `date`
/// attribute.
pub(super) fn chain_children(
    conn: &Connection,
    node: NodeId,
    kind: EdgeKind,
    direction: Direction,
) -> Result<Vec<(NodeId, Option<String>)>> {
    let sql = match direction {
        Direction::Outgoing => {
            "SELECT e.target, (SELECT value FROM node_attrs WHERE node = e.target AND name = 'date')
             FROM edges e WHERE e.source = ?1 AND e.kind = ?2"
        }
        Direction::Incoming => {
            "SELECT e.source, (SELECT value FROM node_attrs WHERE node = e.source AND name = 'date')
             FROM edges e WHERE e.target = ?1 AND e.kind = ?2"
        }
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(
        rusqlite::params![node.0, super::rows::edge_code(kind)],
        |row| Ok((NodeId(row.get(0)?), row.get(1)?)),
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The nodes within `depth` edges of `seeds` (either direction), following only
/// `kinds` when given, each node reaching at most `cap` neighbours per edge
/// kind and direction when given (chosen by [`fan_out`], as the in-memory
/// graph chooses them).
pub(super) fn neighbourhood(
    conn: &Connection,
    seeds: &BTreeSet<NodeId>,
    depth: Option<usize>,
    kinds: &[EdgeKind],
    cap: Option<usize>,
) -> Result<BTreeSet<NodeId>> {
    let mut seen: BTreeSet<NodeId> = seeds.clone();
    let mut frontier: Vec<NodeId> = seeds.iter().copied().collect();
    let mut out_stmt = conn.prepare_cached("SELECT target, kind FROM edges WHERE source = ?1")?;
    let mut in_stmt = conn.prepare_cached("SELECT source, kind FROM edges WHERE target = ?1")?;
    let mut level = 0;
    while !frontier.is_empty() && depth.is_none_or(|d| level < d) {
        let mut next = Vec::new();
        for node in frontier {
            let mut links = Vec::new();
            for (stmt, direction) in [
                (&mut out_stmt, Direction::Outgoing),
                (&mut in_stmt, Direction::Incoming),
            ] {
                let rows = stmt.query_map([node.0], |row| {
                    Ok((
                        row.get::<_, i64>(0)?,
                        row.get::<_, super::rows::SqlEdgeKind>(1)?.0,
                    ))
                })?;
                for row in rows {
                    let (other, kind) = row?;
                    if kinds.is_empty() || kinds.contains(&kind) {
                        links.push((NodeId(other), kind, direction));
                    }
                }
            }
            for other in fan_out(links, cap).0 {
                if seen.insert(other) {
                    next.push(other);
                }
            }
        }
        frontier = next;
        level += 1;
    }
    Ok(seen)
}
